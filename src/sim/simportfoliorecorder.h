// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "marketcalendar.h"
#include "portfoliohistory.h"
#include "result.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Elson {

/**
 * The equity curve of the simulated account: snapshots recorded as time moves
 * (at most one per minute, plus one per fill) and the equity at each regular
 * close, from which GET /v2/account/portfolio/history is answered (§11).
 */
class SimPortfolioRecorder final
{
    Q_DECLARE_TR_FUNCTIONS(SimPortfolioRecorder)

public:
    struct Snapshot
    {
        Timestamp at;
        Decimal equity;
        bool pinned = false; ///< a fill or a close: never replaced by a later snapshot
    };

    struct Close
    {
        QDate date;
        Decimal equity;
        Decimal maintenanceMargin;
    };

    /**
     * Records @p equity at @p at. An unpinned snapshot in the same minute as the
     * last one replaces it (so a minute keeps its latest value); @p pinned ones
     * (fills, closes) are always kept.
     */
    void record(const Timestamp &at, const Decimal &equity, bool pinned = false);
    /** True when a snapshot at @p at would start a new minute (worth computing equity). */
    [[nodiscard]] bool wantsSnapshot(const Timestamp &at) const;
    /** The equity at the regular close of @p date. */
    void recordClose(QDate date, const Decimal &equity, const Decimal &maintenanceMargin);
    /** The last close strictly before @p date. */
    [[nodiscard]] std::optional<Close> lastCloseBefore(QDate date) const;

    [[nodiscard]] const QList<Snapshot> &snapshots() const { return m_snapshots; }
    [[nodiscard]] const QList<Close> &closes() const { return m_closes; }

    /**
     * The history for the query strings of §11 at instant @p now: period
     * (n D|W|M|A, default 1M; D counts trading days), timeframe (1Min, 5Min, 15Min,
     * 1H, 1D; default by span), start and end (only two of start, end and period).
     * Intraday points cover regular hours. Daily points are labelled at New York
     * midnight and carry the closing equity (today's: the latest). Points before the
     * account existed are null; base_value is the equity at the window start.
     */
    [[nodiscard]] Result<PortfolioHistory> history(const QString &period, const QString &timeframe,
                                                   const Timestamp &start, const Timestamp &end,
                                                   const Timestamp &now,
                                                   const MarketCalendar &calendar) const;

    void restore(const QList<Snapshot> &snapshots, const QList<Close> &closes);
    void clear();

private:
    /** The equity of the last snapshot at or before @p at. */
    [[nodiscard]] std::optional<Decimal> equityAt(const Timestamp &at) const;

    QList<Snapshot> m_snapshots;
    QList<Close> m_closes;
};

} // namespace Elson
