// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "timestamp.h"

#include <QString>

namespace Elson {

/**
 * The simulated NBBO of one symbol at one instant: what a market-data `q`
 * message carries. Both prices obey the sub-penny grid and bid < ask.
 * Sizes are in shares (Alpaca's unit since 2025-11-03).
 */
struct SimQuote
{
    QString symbol;
    Timestamp timestamp; ///< when this quote was set (UTC); at or before the instant asked for
    Decimal bid;
    Decimal ask;
    qint64 bidSize = 0;
    qint64 askSize = 0;

    friend bool operator==(const SimQuote &, const SimQuote &) = default;
};

} // namespace Elson
