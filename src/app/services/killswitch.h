// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace Elson {

class TradingSession;

/**
 * The panic button: locks order entry first (so nothing new leaves while the rest
 * runs), then cancels every open order and closes every position (cancelling their
 * orders), and keeps entry locked until the trader re-arms it. Each step is journaled.
 */
class KillSwitch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KillSwitch)

public:
    struct Outcome
    {
        int ordersCancelled = 0;
        int cancelFailures = 0;
        int positionsClosed = 0;
        int closeFailures = 0;
        QString error; ///< a whole step failed (translated), empty otherwise
    };

    explicit KillSwitch(TradingSession *session, QObject *parent = nullptr);

    [[nodiscard]] bool isRunning() const { return m_running; }
    /** Starts the sequence; finished() reports the outcome. No-op while running. */
    void engage();
    /** Allows order entry again. */
    void rearm();

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const Elson::KillSwitch::Outcome &outcome);

private:
    void finish(Outcome outcome);

    TradingSession *m_session;
    bool m_running = false;
};

} // namespace Elson
