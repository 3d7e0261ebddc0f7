// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "marketcalendar.h"
#include "simasset.h"
#include "simbar.h"
#include "simprint.h"
#include "simquote.h"
#include "simtimeframe.h"
#include "timestamp.h"

#include <QList>

#include <cstdint>
#include <memory>
#include <optional>

namespace Elson {

/**
 * The simulated market: a deterministic, seeded price path per symbol, from
 * which quotes, last trades and bars are read at any instant.
 *
 * Every output is a pure function of (seed, asset, instant): the same inputs give
 * the same quote, print or bar in any call order, in any process, so tests and
 * restarts are reproducible. There is no state to advance and no "now"; the
 * simulator's clock decides which instant to ask about.
 *
 * How the path is built:
 * - **Day levels.** Each New York calendar day d has a closing log-price level
 *   ln(referencePrice) + X(d), where X is a mean-reverting (AR(1), half-life 60
 *   days) sum of seeded daily shocks with the asset's annual volatility. Being a
 *   truncated sum of the last 600 shocks, X(d) is computed directly for any d
 *   (cached), and prices stay near their reference over years.
 * - **Intraday path.** On a trading day the price moves only during the extended
 *   session (04:00 ET up to 20:00, or 17:00 on early closes) on a 1-second grid:
 *   a Brownian bridge in "business time" from the previous trading day's level to
 *   this day's level. Business time is U-shaped inside the regular session
 *   (busiest after the open, busy into the close, quiet at midday) and slow in
 *   pre-market and after-hours. The
 *   bridge is drawn by dyadic midpoint refinement, each midpoint from a
 *   counter-based hash (SplitMix64) of seed ⊕ symbol ⊕ day ⊕ grid index, so one
 *   grid point costs O(log n) draws and a range of m points O(m + log n).
 * - **Closed.** Between a session close and the next session open (overnight,
 *   weekends, holidays) nothing moves: quote and last trade are those of the
 *   previous session's end.
 * - **Quotes and prints.** Grid point k of a day carries a quote (stamped at a
 *   seeded instant inside second k) around the mid exp(level): spread about the
 *   asset's typical spread, never under one tick, wider in extended hours.
 *   Every regular-session second has trades, an extended-hours second with
 *   probability 0.2; a second's trades print at its bid, ask or mid with a seeded
 *   volume that follows the intraday shape and sums to about the average daily
 *   volume. Bars aggregate those per-second prints (open = first, close = last,
 *   high/low, Σ size, Σ count, exact Σ price × size), so any bar equals the merge
 *   of the smaller bars inside it.
 * - **Prices** leave the double-precision maths only through an integer count of
 *   1/10000 dollars (std::llround), snapped to Alpaca's sub-penny grid: cents at
 *   $1.00 and above, 1/100 cent below.
 *
 * Reproducible to the last bit on the same platform and C library; another libm
 * could, very rarely, round a price to the neighbouring tick.
 *
 * Cost (RelWithDebInfo, this machine): a quote ≈ 0.7 µs, a day of 1-second
 * prints aggregated ≈ 4 ms per symbol (full-day bars are cached), so a year of
 * minute bars for one symbol takes about a second the first time.
 *
 * Thread-safe: caches are guarded by a mutex.
 */
class PriceProcess final
{
public:
    /** The market of @p seed on the schedule of @p calendar (the built-in NYSE one by default). */
    explicit PriceProcess(std::uint64_t seed, MarketCalendar calendar = {});
    ~PriceProcess();
    PriceProcess(const PriceProcess &) = delete;
    PriceProcess &operator=(const PriceProcess &) = delete;

    [[nodiscard]] std::uint64_t seed() const { return m_seed; }
    [[nodiscard]] const MarketCalendar &calendar() const { return m_calendar; }

    /** True while prices move: inside the extended session (04:00–20:00 ET) of a trading day. */
    [[nodiscard]] bool isMoving(const Timestamp &at) const;

    /** The quote in force at @p at (set at or before it). */
    [[nodiscard]] SimQuote quote(const SimAsset &asset, const Timestamp &at) const;

    /** The last print at or before @p at (the previous session's last while closed). */
    [[nodiscard]] SimPrint lastPrint(const SimAsset &asset, const Timestamp &at) const;

    /** The start of the @p timeframe period containing @p at (see SimTimeframe). */
    [[nodiscard]] Timestamp periodStart(SimTimeframe timeframe, const Timestamp &at) const;

    /**
     * The bar of the @p timeframe period containing @p at, built from prints up to
     * @p asOf inclusive (a null @p asOf: the whole period). Nothing when no print
     * falls in it, as Alpaca omits empty bars.
     */
    [[nodiscard]] std::optional<SimBar> bar(const SimAsset &asset, SimTimeframe timeframe,
                                            const Timestamp &at, const Timestamp &asOf = {}) const;

    /**
     * The non-empty bars whose period starts within [@p start, @p end], oldest
     * first, built from prints up to @p asOf inclusive (null: no cut-off), at most
     * @p limit of them (negative: all).
     */
    [[nodiscard]] QList<SimBar> bars(const SimAsset &asset, SimTimeframe timeframe,
                                     const Timestamp &start, const Timestamp &end,
                                     const Timestamp &asOf = {}, qsizetype limit = -1) const;

    /**
     * The prints of [@p from, @p to), oldest first, at most @p limit (negative:
     * all). One print per simulated second: the last trade of that second, whose
     * size is the second's last lot (a bar's volume counts all of them).
     */
    [[nodiscard]] QList<SimPrint> prints(const SimAsset &asset, const Timestamp &from,
                                         const Timestamp &to, qsizetype limit = -1) const;

private:
    struct DayInfo;
    struct Shape;
    struct DayPath;
    struct Caches;

    [[nodiscard]] DayInfo dayInfo(std::int64_t julianDay) const;
    [[nodiscard]] std::int64_t newYorkJulianDay(std::int64_t epochNanos) const;
    [[nodiscard]] std::shared_ptr<const Shape> shapeFor(const DayInfo &day) const;
    [[nodiscard]] double level(const SimAsset &asset, std::int64_t julianDay) const;
    [[nodiscard]] DayPath dayPath(const SimAsset &asset, const DayInfo &day) const;
    [[nodiscard]] SimBar aggregate(const SimAsset &asset, std::int64_t fromNanos,
                                   std::int64_t toNanos) const;
    [[nodiscard]] SimBar aggregateDay(const SimAsset &asset, const DayPath &path,
                                      std::int64_t fromNanos, std::int64_t toNanos) const;

    std::uint64_t m_seed = 0;
    MarketCalendar m_calendar;
    std::unique_ptr<Caches> m_caches;
};

} // namespace Elson
