// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "timestamp.h"

#include <QString>
#include <QStringList>

namespace Elson {

/**
 * A trade print from market data (§14/§15) — named MarketTrade because Trade is the
 * terminal's trade intent. symbol is set only on stream trades.
 */
struct MarketTrade
{
    QString symbol;
    Timestamp time;
    QString exchange;
    Decimal price;
    qint64 size = 0;
    QStringList conditions;
    qint64 id = 0;
    QString tape;

    friend bool operator==(const MarketTrade &, const MarketTrade &) = default;
};

} // namespace Elson
