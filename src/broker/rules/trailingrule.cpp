// SPDX-License-Identifier: GPL-3.0-or-later
#include "trailingrule.h"

#include "orderexposure.h"

namespace Elson {

RuleResult TrailingRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    if (t.orderType != OrderType::TrailingStop)
        return pass();
    if (t.trailPrice.has_value() == t.trailPercent.has_value()) {
        const QString field = QStringLiteral("trail_price");
        return block(field,
                     tr("%1: a trailing stop needs exactly one of a trail price and a "
                        "trail percent.")
                         .arg(fieldLabel(field)));
    }
    if (t.trailPercent && !(*t.trailPercent < Decimal::fromInt(100))) {
        const QString field = QStringLiteral("trail_percent");
        return block(field,
                     tr("%1 %2 must be below 100.").arg(fieldLabel(field), text(*t.trailPercent)),
                     { { QStringLiteral("trail_percent"), number(*t.trailPercent) } });
    }
    if (t.trailPrice && t.side == OrderSide::Sell) {
        // A sell trail tracks the high-water mark down by the trail: at or above the price,
        // the stop starts at or below zero and would never trigger.
        const std::optional<Decimal> bid = OrderExposure::marketPrice(context, OrderSide::Sell);
        if (bid && !(*t.trailPrice < *bid)) {
            const QString field = QStringLiteral("trail_price");
            return warn(
                field,
                tr("%1 %2 is at or above the bid %3: the stop would start at or below zero.")
                    .arg(fieldLabel(field), text(*t.trailPrice), text(*bid)),
                { { QStringLiteral("trail_price"), number(*t.trailPrice) },
                  { QStringLiteral("bid"), number(*bid) } });
        }
    }
    return pass();
}

} // namespace Elson
