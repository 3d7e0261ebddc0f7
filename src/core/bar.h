// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "timestamp.h"

#include <QString>

namespace Elson {

/**
 * An OHLCV bar (§14/§15). Prices are JSON numbers on the wire and exact decimals
 * here. A daily bar is stamped at midnight New York time expressed in UTC
 * (…T04:00:00Z in summer, …T05:00:00Z in winter). symbol is set only on stream
 * bars (key `S`); REST bars take theirs from the enclosing map or response.
 */
struct Bar
{
    QString symbol;
    Timestamp time; ///< start of the bar
    Decimal open;
    Decimal high;
    Decimal low;
    Decimal close;
    qint64 volume = 0;
    qint64 tradeCount = 0;
    Decimal vwap; ///< rounded to 9 fractional digits

    friend bool operator==(const Bar &, const Bar &) = default;
};

} // namespace Elson
