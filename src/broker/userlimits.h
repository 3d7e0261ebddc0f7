// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"

#include <QSet>
#include <QString>

#include <optional>

namespace Elson {

/**
 * The trader's own risk limits, checked by the limits.* rules. An unset optional is
 * "no limit". Values are dollars unless stated.
 */
struct UserLimits
{
    /** The default ceiling on one symbol's position value after a fill. */
    static Decimal defaultMaxPositionValue() { return Decimal::fromInt(50'000); }

    std::optional<Decimal> maxOrderValue;
    std::optional<Decimal> maxOrderQty; ///< shares
    std::optional<Decimal> maxPositionValue = defaultMaxPositionValue();
    /** Loss since the previous close (last_equity − equity) at which new risk is refused. */
    std::optional<Decimal> maxDailyLoss;
    /** When not empty, only these symbols may be traded. */
    QSet<QString> allowedSymbols;
    /** Fat-finger collar: a limit or stop this many percent through the quote warns. */
    std::optional<Decimal> priceCollarPercent = Decimal::fromInt(10);
    /** An open order with the same symbol, side and size younger than this warns. */
    qint64 duplicateWindowSeconds = 60;

    friend bool operator==(const UserLimits &, const UserLimits &) = default;
};

} // namespace Elson
