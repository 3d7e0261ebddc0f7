// SPDX-License-Identifier: GPL-3.0-or-later
#include "maxpositionrule.h"

#include "orderexposure.h"

namespace Elson {

RuleResult MaxPositionRule::check(const ValidationContext &context) const
{
    const std::optional<Decimal> &max = context.limits.maxPositionValue;
    if (!max || !OrderExposure::increasesExposure(context))
        return pass();
    const Trade &t = context.trade;
    const QString field = t.investmentAmount ? QStringLiteral("notional") : QStringLiteral("qty");
    const std::optional<Decimal> qty = OrderExposure::estimatedQty(context);
    const std::optional<Decimal> price = OrderExposure::referencePrice(context);
    if (!qty || !price) {
        return warn(field,
                    tr("%1: without a price, the position after this order cannot be "
                       "checked against your maximum of $%2.")
                        .arg(fieldLabel(field), text(*max)),
                    { { QStringLiteral("max"), number(*max) } });
    }
    const Decimal held = OrderExposure::positionQty(context);
    const Decimal after = t.side == OrderSide::Buy ? held + *qty : held - *qty;
    const Decimal value = after.abs() * *price;
    if (!value.isValid() || value > *max) {
        return block(field,
                     tr("%1: after this order the %2 position would be worth about $%3, "
                        "above your maximum of $%4 per symbol.")
                         .arg(fieldLabel(field), t.symbol, text(value.rounded(2)), text(*max)),
                     { { QStringLiteral("position_qty_after"), number(after) },
                       { QStringLiteral("value_after"), number(value) },
                       { QStringLiteral("max"), number(*max) } });
    }
    return pass();
}

} // namespace Elson
