// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "timestamp.h"

#include <QString>
#include <QStringList>

namespace Elson {

/**
 * A top-of-book quote (§14/§15). A price of 0 means there is no bid or ask.
 * Sizes are in shares (since 2025-11-03). symbol is set only on stream quotes.
 */
struct Quote
{
    QString symbol;
    Timestamp time;
    QString askExchange;
    Decimal askPrice;
    qint64 askSize = 0;
    QString bidExchange;
    Decimal bidPrice;
    qint64 bidSize = 0;
    QStringList conditions;
    QString tape; ///< "A", "B" or "C"

    friend bool operator==(const Quote &, const Quote &) = default;
};

} // namespace Elson
