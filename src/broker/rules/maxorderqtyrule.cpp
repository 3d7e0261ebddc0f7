// SPDX-License-Identifier: GPL-3.0-or-later
#include "maxorderqtyrule.h"

#include "orderexposure.h"

namespace Elson {

RuleResult MaxOrderQtyRule::check(const ValidationContext &context) const
{
    const std::optional<Decimal> &max = context.limits.maxOrderQty;
    if (!max)
        return pass();
    const std::optional<Decimal> qty = OrderExposure::estimatedQty(context);
    const QString field =
        context.trade.investmentAmount ? QStringLiteral("notional") : QStringLiteral("qty");
    if (!qty) {
        return warn(field,
                    tr("%1: without a price, the number of shares cannot be checked against "
                       "your maximum of %2.")
                        .arg(fieldLabel(field), text(*max)),
                    { { QStringLiteral("max"), number(*max) } });
    }
    if (*qty > *max) {
        return block(
            field,
            tr("%1: %2 shares exceed your maximum order size of %3 shares.")
                .arg(fieldLabel(field), text(*qty), text(*max)),
            { { QStringLiteral("qty"), number(*qty) }, { QStringLiteral("max"), number(*max) } });
    }
    return pass();
}

} // namespace Elson
