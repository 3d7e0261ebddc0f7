// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "timestamp.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Elson {

/**
 * GET /v2/account/portfolio/history (§11). Parallel arrays, one element per
 * timestamp; an element is nullopt where Alpaca sends null. The timestamps are
 * epoch seconds on the wire (values over 10¹¹ are read as milliseconds, as old
 * examples show). profitLossPct is a ratio, rounded to 9 fractional digits.
 */
struct PortfolioHistory
{
    QList<Timestamp> timestamp;
    QList<std::optional<Decimal>> equity;
    QList<std::optional<Decimal>> profitLoss;
    QList<std::optional<Decimal>> profitLossPct;
    std::optional<Decimal> baseValue;
    QDate baseValueAsof; ///< invalid when absent
    QString timeframe;
    QJsonObject cashflow; ///< kept as sent; empty when absent

    friend bool operator==(const PortfolioHistory &, const PortfolioHistory &) = default;
};

} // namespace Elson
