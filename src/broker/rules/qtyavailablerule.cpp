// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtyavailablerule.h"

#include "orderexposure.h"

namespace Elson {

RuleResult QtyAvailableRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    const Decimal held = OrderExposure::positionQty(context);
    const QString field = t.investmentAmount ? QStringLiteral("notional") : QStringLiteral("qty");
    const QString label = fieldLabel(field);
    const std::optional<Decimal> qty = OrderExposure::estimatedQty(context);

    if (t.orderClass == OrderClass::Oco) {
        // An OCO order only exits (§7.4): a sell OCO needs a long, a buy OCO a short.
        const Decimal closable = t.side == OrderSide::Sell ? held : -held;
        if (!closable.isPositive() || (qty && *qty > closable)) {
            return block(field,
                         tr("%1: an OCO order only closes a position, and you hold %2 "
                            "shares of %3.")
                             .arg(label, text(held), t.symbol),
                         { { QStringLiteral("position_qty"), number(held) } });
        }
    }
    if (t.side != OrderSide::Sell || !held.isPositive())
        return pass(); // buys, and sells that open or add to a short (symbol.shortable)

    const Decimal heldForOrders = OrderExposure::heldBySellOrders(context);
    Decimal available = held - heldForOrders;
    if (const Position *p = OrderExposure::position(context); p && p->qtyAvailable)
        available = Decimal::min(available, *p->qtyAvailable); // Alpaca's own figure, if lower
    available = Decimal::max(available, Decimal());
    QVariantMap numbers { { QStringLiteral("position_qty"), number(held) },
                          { QStringLiteral("held_for_orders"), number(heldForOrders) },
                          { QStringLiteral("available"), number(available) } };
    if (!qty) {
        return warn(field,
                    tr("%1: without a price, the shares this sells cannot be compared with "
                       "the %2 available.")
                        .arg(label, text(available)),
                    numbers);
    }
    numbers.insert(QStringLiteral("requested"), number(*qty));
    if (*qty > available) {
        // Selling past the long would also flip the position in one order, which Alpaca
        // refuses ("insufficient qty available", §3).
        return block(
            field,
            tr("%1: you can sell at most %2 shares of %3 (%4 held, %5 held for "
               "open orders), not %6.")
                .arg(label, text(available), t.symbol, text(held), text(heldForOrders), text(*qty)),
            numbers);
    }
    return pass();
}

} // namespace Elson
