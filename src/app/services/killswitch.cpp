// SPDX-License-Identifier: GPL-3.0-or-later
#include "killswitch.h"

#include "tradingsession.h"

#include <QJsonObject>

namespace Elson {

KillSwitch::KillSwitch(TradingSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void KillSwitch::engage()
{
    if (m_running)
        return;
    m_running = true;
    m_session->lockEntry(tr("Kill switch engaged"));
    m_session->journal(QStringLiteral("killswitch.engage"), {});
    Broker *broker = m_session->broker();
    if (!broker) {
        Outcome outcome;
        outcome.error = tr("No broker is connected; order entry is locked.");
        finish(outcome);
        return;
    }
    Q_EMIT progress(tr("Cancelling all open orders…"));
    broker->cancelAllOrders().then(this, [this](Result<QList<CancelAllResult>> cancelled) {
        Outcome outcome;
        if (cancelled) {
            for (const CancelAllResult &one : cancelled.value()) {
                if (one.isSuccess())
                    ++outcome.ordersCancelled;
                else
                    ++outcome.cancelFailures;
            }
        } else {
            outcome.error = cancelled.error().message;
        }
        Broker *current = m_session->broker();
        if (!current) {
            finish(outcome);
            return;
        }
        Q_EMIT progress(tr("Closing all positions…"));
        current->closeAllPositions(true).then(this,
            [this, outcome](Result<QList<ClosePositionResult>> closed) mutable {
                if (closed) {
                    for (const ClosePositionResult &one : closed.value()) {
                        if (one.isSuccess())
                            ++outcome.positionsClosed;
                        else
                            ++outcome.closeFailures;
                    }
                } else if (outcome.error.isEmpty()) {
                    outcome.error = closed.error().message;
                }
                finish(outcome);
            });
    });
}

void KillSwitch::finish(Outcome outcome)
{
    m_running = false;
    m_session->journal(QStringLiteral("killswitch.done"),
                       {{QStringLiteral("orders_cancelled"), outcome.ordersCancelled},
                        {QStringLiteral("cancel_failures"), outcome.cancelFailures},
                        {QStringLiteral("positions_closed"), outcome.positionsClosed},
                        {QStringLiteral("close_failures"), outcome.closeFailures},
                        {QStringLiteral("error"), outcome.error}});
    Q_EMIT finished(outcome);
}

void KillSwitch::rearm()
{
    m_session->rearmEntry();
}

} // namespace Elson
