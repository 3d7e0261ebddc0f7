// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "timestamp.h"

#include <QString>

namespace Elson {

/**
 * One trade on the simulated tape (a market-data `t` message): the last sale,
 * not a fill of ours; the matching engine fills against SimQuote.
 */
struct SimPrint
{
    QString symbol;
    Timestamp timestamp; ///< UTC
    Decimal price; ///< on the sub-penny grid, between the bid and the ask of its second
    qint64 size = 0; ///< shares, ≥ 1
    qint64 id = 0; ///< unique per symbol, stable across runs with the same seed

    friend bool operator==(const SimPrint &, const SimPrint &) = default;
};

} // namespace Elson
