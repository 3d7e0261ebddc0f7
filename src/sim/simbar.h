// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "timestamp.h"

#include <QString>

#include <cstdint>

namespace Elson {

/**
 * An OHLCV bar of simulated trades (a market-data `b` message / REST Bar).
 *
 * The volume-weighted price is kept as an exact sum (price × size, in
 * ten-thousandths of a dollar) rather than as a rounded average, so bars merge
 * exactly: sixty minute bars merged in order are identical to their hour bar,
 * VWAP included.
 */
struct SimBar
{
    QString symbol;
    Timestamp timestamp; ///< start of the period (UTC)
    Decimal open;
    Decimal high;
    Decimal low;
    Decimal close;
    qint64 volume = 0; ///< shares
    qint64 tradeCount = 0; ///< prints
    /// Σ price × size over every print, in 1/10000 dollar; below 2⁶³ for any
    /// realistic day (SPY: 70 M shares × $700 ≈ 4.9·10¹⁴).
    std::int64_t notionalTenThousandths = 0;

    /** Σ price × size / Σ size, rounded half-even to 6 decimals; zero for an empty bar. */
    [[nodiscard]] Decimal vwap() const;

    /**
     * Appends @p later (the next period, or the next prints of this one): the
     * open and timestamp stay, the close becomes later's, the extremes, volume,
     * count and notional combine. Merging into an empty bar copies @p later,
     * keeping this bar's timestamp if it has one. An empty @p later changes nothing.
     */
    void merge(const SimBar &later);

    [[nodiscard]] bool isEmpty() const { return tradeCount == 0; }

    friend bool operator==(const SimBar &, const SimBar &) = default;
};

} // namespace Elson
