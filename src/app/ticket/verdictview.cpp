// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictview.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Elson {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

VerdictView::VerdictView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    setVisible(false);
}

VerdictView::~VerdictView() = default;

QColor VerdictView::colourFor(RuleVerdict verdict, bool acknowledged, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (verdict) {
    case RuleVerdict::Block:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xb7, 0x1c, 0x1c);
    case RuleVerdict::Warn:
        if (acknowledged)
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x8a, 0x4b, 0x00);
    case RuleVerdict::Pass:
        break;
    }
    return palette.color(QPalette::WindowText);
}

VerdictView::Line VerdictView::makeLine(const QString &rule)
{
    Line line;
    line.rule = rule;
    line.row = new QWidget(this);
    auto *layout = new QHBoxLayout(line.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    line.icon = new QLabel(line.row);
    line.icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    line.icon->setFixedWidth(18);
    line.message = new QLabel(line.row);
    line.message->setObjectName(u"verdict:" + rule);
    line.message->setProperty("rule", rule);
    line.message->setTextFormat(Qt::PlainText);
    line.message->setWordWrap(true);
    line.message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line.message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(line.icon, 0, Qt::AlignTop);
    layout->addWidget(line.message, 1);
    return line;
}

void VerdictView::updateLine(Line &line, const RuleResult &result, bool checkbox)
{
    const QColor colour = colourFor(result.verdict, result.acknowledged, palette());
    QPalette p = line.message->palette();
    p.setColor(QPalette::WindowText, colour);
    line.message->setPalette(p);
    line.message->setText(result.message);
    line.message->setToolTip(tr("Rule %1").arg(result.rule));
    line.message->setAccessibleName(RuleResult::verdictName(result.verdict) + u": "
                                    + result.message);

    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    if (result.isWarn())
        icon =
            result.acknowledged ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning;
    line.icon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));

    if (checkbox && !line.acknowledge) {
        line.acknowledge = new QCheckBox(tr("Acknowledge"), line.row);
        line.acknowledge->setObjectName(u"ack:" + result.rule);
        line.acknowledge->setToolTip(
            tr("Send the order despite this warning (rule %1)").arg(result.rule));
        static_cast<QHBoxLayout *>(line.row->layout())
            ->addWidget(line.acknowledge, 0, Qt::AlignTop);
        const QString rule = result.rule;
        connect(line.acknowledge, &QCheckBox::toggled, this,
                [this, rule](bool on) { Q_EMIT acknowledgementChanged(rule, on); });
    } else if (!checkbox && line.acknowledge) {
        delete line.acknowledge;
        line.acknowledge = nullptr;
    }
    if (line.acknowledge) {
        const QSignalBlocker blocker(line.acknowledge);
        line.acknowledge->setChecked(result.acknowledged);
    }
}

void VerdictView::setResults(const QList<RuleResult> &results,
                             const QSet<QString> &acknowledgedElsewhere)
{
    m_results.clear();
    for (const RuleResult &r : results) {
        if (!r.isPass())
            m_results.append(r);
    }

    QList<Line> lines;
    for (const RuleResult &r : std::as_const(m_results)) {
        const auto found = std::find_if(m_lines.begin(), m_lines.end(),
                                        [&r](const Line &l) { return l.rule == r.rule; });
        Line line;
        if (found != m_lines.end()) {
            line = *found;
            m_lines.erase(found);
        } else {
            line = makeLine(r.rule);
        }
        updateLine(line, r, r.isWarn() && !acknowledgedElsewhere.contains(r.rule));
        lines.append(line);
    }
    // Lines whose rule has nothing to say any more.
    for (const Line &old : std::as_const(m_lines))
        delete old.row;
    m_lines = lines;

    // Re-order: taking a widget out of a layout keeps it (and its focus) alive.
    for (const Line &line : std::as_const(m_lines))
        m_layout->removeWidget(line.row);
    for (QLabel *note : std::as_const(m_notes))
        m_layout->removeWidget(note);
    for (const Line &line : std::as_const(m_lines)) {
        m_layout->addWidget(line.row);
        line.row->show();
    }
    for (QLabel *note : std::as_const(m_notes))
        m_layout->addWidget(note);
    setVisible(!m_lines.isEmpty() || !m_notes.isEmpty());
}

void VerdictView::setNotes(const QStringList &notes)
{
    qDeleteAll(m_notes);
    m_notes.clear();
    for (const QString &text : notes) {
        auto *note = new QLabel(text, this);
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        m_layout->addWidget(note);
        m_notes.append(note);
    }
    setVisible(!m_lines.isEmpty() || !m_notes.isEmpty());
}

QString VerdictView::text() const
{
    QStringList lines;
    for (const Line &line : m_lines)
        lines.append(line.message->text());
    for (const QLabel *note : m_notes)
        lines.append(note->text());
    return lines.join(u'\n');
}

RuleVerdict VerdictView::worst() const
{
    RuleVerdict worst = RuleVerdict::Pass;
    for (const RuleResult &r : m_results) {
        if (r.isBlock())
            return RuleVerdict::Block;
        if (r.isWarn() && !r.acknowledged)
            worst = RuleVerdict::Warn;
    }
    return worst;
}

QCheckBox *VerdictView::acknowledgeBox(const QString &rule) const
{
    for (const Line &line : m_lines) {
        if (line.rule == rule)
            return line.acknowledge;
    }
    return nullptr;
}

QList<QCheckBox *> VerdictView::acknowledgeBoxes() const
{
    QList<QCheckBox *> boxes;
    for (const Line &line : m_lines) {
        if (line.acknowledge)
            boxes.append(line.acknowledge);
    }
    return boxes;
}

void VerdictView::retranslate()
{
    for (const Line &line : std::as_const(m_lines)) {
        if (line.acknowledge)
            line.acknowledge->setText(tr("Acknowledge"));
    }
}

void VerdictView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // Re-colour for the new theme; the rule messages themselves are unchanged.
        QList<RuleResult> results = m_results;
        for (Line &line : m_lines) {
            for (const RuleResult &r : std::as_const(results)) {
                if (r.rule == line.rule)
                    updateLine(line, r, line.acknowledge != nullptr);
            }
        }
    }
}

} // namespace Elson
