// SPDX-License-Identifier: GPL-3.0-or-later
#include "maxordervaluerule.h"

#include "orderexposure.h"

namespace Elson {

RuleResult MaxOrderValueRule::check(const ValidationContext &context) const
{
    const std::optional<Decimal> &max = context.limits.maxOrderValue;
    if (!max)
        return pass();
    const QString field =
        context.trade.investmentAmount ? QStringLiteral("notional") : QStringLiteral("qty");
    const std::optional<Decimal> value = OrderExposure::orderValue(context);
    if (!value) {
        return warn(field,
                    tr("%1: without a price, the order's value cannot be checked against "
                       "your maximum of $%2.")
                        .arg(fieldLabel(field), text(*max)),
                    { { QStringLiteral("max"), number(*max) } });
    }
    if (*value > *max) {
        return block(field,
                     tr("%1: this order is worth about $%2, above your maximum order value "
                        "of $%3.")
                         .arg(fieldLabel(field), text(value->rounded(2)), text(*max)),
                     { { QStringLiteral("value"), number(*value) },
                       { QStringLiteral("max"), number(*max) } });
    }
    return pass();
}

} // namespace Elson
