// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity.h"
#include "decimal.h"
#include "marketcalendar.h"
#include "timestamp.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Elson {

/** One counted day trade: the closing order and the New York day it closed on. */
struct DayTrade
{
    QDate date;
    QString symbol;
    QString orderId; ///< the closing order (the fill's id when it has no order id)

    friend bool operator==(const DayTrade &, const DayTrade &) = default;
};

/**
 * Counts day trades from FILL activities over the rolling window of the legacy pattern-
 * day-trader rule (§5): the last 5 trading days of the exchange calendar, today included
 * (or the last 5 before today when today does not trade).
 *
 * A day trade is an order that closes, in whole or in part, shares opened the same New
 * York day — buy then sell, or short then cover, extended hours included. Each such
 * closing order counts once however many fills it had; the shares a day opened are used
 * up by the closes that follow. (The same counting as the simulator's legacy mode, so the
 * two agree; FINRA leaves the finer matching to the broker.)
 *
 * Fills alone do not say what was held before the first of them. Pass the current
 * positions and the position before the first fill is derived from them (current minus
 * the net of the fills, so the fills must run up to now); without them every symbol is
 * taken to start flat. Pure and deterministic. Alpaca removed its own daytrade_count on
 * 2026-07-06; this count is the terminal's.
 */
class PdtMonitor final
{
public:
    static constexpr int WindowDays = 5;
    static constexpr int PatternDayTrades = 4; ///< the count that flags a pattern day trader

    struct Status
    {
        QList<QDate> window; ///< the trading days counted, newest first
        QList<DayTrade> dayTrades; ///< in the window, in the order they happened

        [[nodiscard]] int count() const { return int(dayTrades.size()); }
        /** Would be flagged under the legacy rule (4 or more in the window). */
        [[nodiscard]] bool isPatternDayTrader() const { return count() >= PatternDayTrades; }
        /** Day trades left before the one that would flag the account. */
        [[nodiscard]] int remainingBeforeFlag() const
        {
            return count() >= PatternDayTrades - 1 ? 0 : PatternDayTrades - 1 - count();
        }
    };

    PdtMonitor() = delete;

    /** The window for an exchange instant @p now. */
    [[nodiscard]] static QList<QDate> window(const MarketCalendar &calendar, const Timestamp &now);

    /**
     * The day trades among @p activities (non-FILL activities are ignored) that fall in
     * the window for @p now. @p currentPositions maps a symbol to its signed quantity now.
     */
    [[nodiscard]] static Status evaluate(const QList<Activity> &activities,
                                         const MarketCalendar &calendar, const Timestamp &now,
                                         const QHash<QString, Decimal> &currentPositions = {});
};

} // namespace Elson
