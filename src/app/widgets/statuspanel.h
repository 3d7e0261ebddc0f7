// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "broker.h"
#include "clock.h"
#include "timestamp.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLabel;

namespace Elson {

/**
 * The status bar's permanent part: REST health, order-stream health, the market
 * session with the time to the next open or close (on the exchange's clock), the
 * request budget, and the time of the last successful refresh. Plain setters: the
 * main window feeds it from the services.
 */
class StatusPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPanel(QWidget *parent = nullptr);

    void setRest(bool ok, const QString &detail);
    void setStreamHealth(Broker::StreamHealth health);
    /** @p now is the exchange's current time (the clock advanced locally). */
    void setMarket(const std::optional<Clock> &clock, const Timestamp &now);
    void setRateBudget(int remaining, int capacity);
    void setLastRefresh(const QDateTime &when);

    /** "2h 05m", "4m 10s": the countdown format (for tests). */
    [[nodiscard]] static QString duration(qint64 seconds);

private:
    QLabel *m_rest;
    QLabel *m_stream;
    QLabel *m_market;
    QLabel *m_budget;
    QLabel *m_refresh;
};

} // namespace Elson
