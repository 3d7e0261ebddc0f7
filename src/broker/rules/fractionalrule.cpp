// SPDX-License-Identifier: GPL-3.0-or-later
#include "fractionalrule.h"

#include "orderexposure.h"

namespace Elson {

RuleResult FractionalRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    if (!OrderExposure::isFractional(t))
        return pass();
    if (t.quantity && !t.quantity->isInteger() && !t.fractional) {
        const QString field = QStringLiteral("qty");
        return block(field,
                     tr("%1 %2 has a fractional part; turn on fractional shares to trade it.")
                         .arg(fieldLabel(field), text(*t.quantity)));
    }
    if (t.orderType != OrderType::Market && t.orderType != OrderType::Limit) {
        // §7.3: stop/stop_limit fractions came later and are not relied on; trailing never.
        const QString field = QStringLiteral("type");
        return block(field,
                     tr("%1: fractional and dollar-amount orders must be market or limit "
                        "orders, not %2.")
                         .arg(fieldLabel(field), enumDisplayName(t.orderType)));
    }
    if (t.timeInForce != TimeInForce::Day) {
        const QString field = QStringLiteral("time_in_force");
        return block(field,
                     tr("%1: fractional and dollar-amount orders must be day orders.")
                         .arg(fieldLabel(field)));
    }
    if (t.orderClass != OrderClass::Simple) {
        const QString field = QStringLiteral("order_class");
        return block(field,
                     tr("%1: fractional and dollar-amount orders must be simple orders.")
                         .arg(fieldLabel(field)));
    }
    if (t.investmentAmount) {
        if (t.extendedHours) {
            const QString field = QStringLiteral("extended_hours");
            return block(field,
                         tr("%1: dollar-amount orders cannot trade in extended hours.")
                             .arg(fieldLabel(field)));
        }
        const QString field = QStringLiteral("notional");
        if (t.investmentAmount->significantScale() > 2) {
            return block(field,
                         tr("%1 %2 has more than 2 decimals.")
                             .arg(fieldLabel(field), text(*t.investmentAmount)),
                         { { QStringLiteral("notional"), number(*t.investmentAmount) } });
        }
        if (t.side == OrderSide::Buy && *t.investmentAmount < Decimal::fromInt(1)) {
            // The $1 minimum is documented for the Broker API only (§7.3): warn, don't refuse.
            return warn(field,
                        tr("%1 %2 is below $1; Alpaca may refuse buys under $1.")
                            .arg(fieldLabel(field), text(*t.investmentAmount)),
                        { { QStringLiteral("notional"), number(*t.investmentAmount) } });
        }
    }
    return pass();
}

} // namespace Elson
