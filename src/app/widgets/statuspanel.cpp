// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspanel.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Elson {

namespace {

QLabel *makeLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(name));
    label->setTextFormat(Qt::RichText);
    return label;
}

QString dot(const char *colour)
{
    return QStringLiteral("<span style='color:%1'>&#9679;</span> ").arg(QLatin1StringView(colour));
}

} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_rest(makeLabel(this, "statusRest"))
    , m_stream(makeLabel(this, "statusStream"))
    , m_market(makeLabel(this, "statusMarket"))
    , m_budget(makeLabel(this, "statusBudget"))
    , m_refresh(makeLabel(this, "statusRefresh"))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    for (QLabel *label : {m_market, m_rest, m_stream, m_budget, m_refresh})
        layout->addWidget(label);
    setRest(false, tr("connecting"));
    setStreamHealth(Broker::StreamHealth::Down);
    setMarket(std::nullopt, {});
    m_budget->setText(tr("Budget: –"));
    m_refresh->setText(tr("Last refresh: –"));
}

void StatusPanel::setRest(bool ok, const QString &detail)
{
    m_rest->setText((ok ? dot("#2f855a") : dot("#c53030")) + tr("REST %1").arg(detail.toHtmlEscaped()));
}

void StatusPanel::setStreamHealth(Broker::StreamHealth health)
{
    switch (health) {
    case Broker::StreamHealth::Healthy:
        m_stream->setText(dot("#2f855a") + tr("Orders stream live"));
        break;
    case Broker::StreamHealth::Stale:
        m_stream->setText(dot("#d69e2e") + tr("Orders stream stale"));
        break;
    case Broker::StreamHealth::Down:
        m_stream->setText(dot("#c53030") + tr("Orders stream down"));
        break;
    }
}

void StatusPanel::setMarket(const std::optional<Clock> &clock, const Timestamp &now)
{
    if (!clock) {
        m_market->setText(dot("#718096") + tr("Market: unknown"));
        return;
    }
    const qint64 nowNs = now.epochNanos();
    if (clock->isOpen) {
        const qint64 left = (clock->nextClose.epochNanos() - nowNs) / 1'000'000'000;
        m_market->setText(dot("#2f855a") + tr("Market open — closes in %1").arg(duration(left)));
    } else {
        const qint64 left = (clock->nextOpen.epochNanos() - nowNs) / 1'000'000'000;
        m_market->setText(dot("#718096") + tr("Market closed — opens in %1").arg(duration(left)));
    }
}

void StatusPanel::setRateBudget(int remaining, int capacity)
{
    m_budget->setText(tr("Budget: %1/%2 req/min").arg(remaining).arg(capacity));
}

void StatusPanel::setLastRefresh(const QDateTime &when)
{
    m_refresh->setText(when.isValid()
                           ? tr("Last refresh: %1").arg(when.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                           : tr("Last refresh: –"));
}

QString StatusPanel::duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 days = seconds / 86'400;
    const qint64 hours = (seconds % 86'400) / 3'600;
    const qint64 minutes = (seconds % 3'600) / 60;
    if (days > 0)
        return tr("%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1h %2m").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    return tr("%1m %2s").arg(minutes).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Elson
