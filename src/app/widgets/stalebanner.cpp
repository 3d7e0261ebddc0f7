// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalebanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Elson {

StaleBanner::StaleBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("staleBanner"));
    m_label->setObjectName(QStringLiteral("staleBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setOpenExternalLinks(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label);
    hide();
}

void StaleBanner::showMessage(const QString &text, Level level)
{
    if (text.isEmpty()) {
        m_label->clear();
        hide();
        return;
    }
    // Fixed colours: the banner must read the same in light and dark themes.
    const char *background = level == Level::Danger ? "#fed7d7"
        : level == Level::Warning                  ? "#fefcbf"
                                                   : "#bee3f8";
    const char *border = level == Level::Danger ? "#c53030"
        : level == Level::Warning              ? "#b7791f"
                                               : "#2b6cb0";
    setStyleSheet(QStringLiteral("QFrame#staleBanner { background: %1; border: 1px solid %2; }"
                                 " QLabel#staleBannerText { color: #1a202c; }")
                      .arg(QLatin1StringView(background), QLatin1StringView(border)));
    m_label->setText(text);
    show();
}

QString StaleBanner::message() const
{
    return m_label->text();
}

} // namespace Elson
