// SPDX-License-Identifier: GPL-3.0-or-later
#include "buyingpowerrule.h"

#include "orderexposure.h"

namespace Elson {

namespace {

const Decimal kOne = Decimal::fromInt(1);
const Decimal kHundred = Decimal::fromInt(100);

/** The per-share price Alpaca's buying-power check puts on an opening buy (§7.4). */
std::optional<Decimal> longPrice(const ValidationContext &context, Decimal *collar)
{
    const Trade &t = context.trade;
    const std::optional<Decimal> ask = OrderExposure::marketPrice(context, OrderSide::Buy);
    std::optional<Decimal> base;
    switch (t.orderType) {
    case OrderType::Limit:
    case OrderType::StopLimit:
        return t.limitPrice;
    case OrderType::Market:
        base = ask;
        break;
    case OrderType::Stop:
        base = t.stopPrice;
        break;
    case OrderType::TrailingStop:
        if (ask && t.trailPrice)
            base = *ask + *t.trailPrice;
        else if (ask && t.trailPercent)
            base = *ask * (kOne + *t.trailPercent / kHundred);
        break;
    }
    if (!base || !base->isValid())
        return std::nullopt;
    *collar = OrderExposure::buyCollar(*base);
    return *base * (kOne + *collar);
}

/** max(limit, ask × 1.03) for a short (§7.4); the limit alone if there is no ask. */
std::optional<Decimal> shortPrice(const ValidationContext &context, Decimal *collar)
{
    const Trade &t = context.trade;
    const std::optional<Decimal> ask = OrderExposure::marketPrice(context, OrderSide::Buy);
    std::optional<Decimal> limit;
    if (t.orderType == OrderType::Limit || t.orderType == OrderType::StopLimit)
        limit = t.limitPrice;
    std::optional<Decimal> collared;
    if (ask) {
        *collar = OrderExposure::shortCollar();
        collared = *ask * (kOne + *collar);
    }
    if (limit && collared)
        return Decimal::max(*limit, *collared);
    return limit ? limit : collared;
}

} // namespace

RuleResult BuyingPowerRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    if (t.orderClass == OrderClass::Oco)
        return pass(); // exit-only
    const QString field = t.investmentAmount ? QStringLiteral("notional") : QStringLiteral("qty");
    const QString label = fieldLabel(field);

    const Account &account = context.account;
    const bool nonMarginable =
        context.asset && !context.asset->marginable && account.nonMarginableBuyingPower.has_value();
    const Decimal available =
        nonMarginable ? *account.nonMarginableBuyingPower : account.buyingPower;

    Decimal required;
    Decimal price;
    Decimal collar;
    if (t.side == OrderSide::Buy && t.investmentAmount
        && !OrderExposure::positionQty(context).isNegative()) {
        required = *t.investmentAmount;
    } else {
        const std::optional<Decimal> qty = OrderExposure::estimatedQty(context);
        const Decimal opening = !qty   ? Decimal()
            : t.side == OrderSide::Buy ? OrderExposure::longOpeningQty(context, *qty)
                                       : OrderExposure::shortQty(context, *qty);
        if (qty && !opening.isPositive())
            return pass(); // closes or reduces: no buying power needed
        const std::optional<Decimal> perShare =
            t.side == OrderSide::Buy ? longPrice(context, &collar) : shortPrice(context, &collar);
        if (!qty || !perShare) {
            return warn(field,
                        tr("%1: there is no quote for %2, so the buying power this order "
                           "needs cannot be checked.")
                            .arg(label, t.symbol),
                        { { QStringLiteral("available"), number(available) } });
        }
        price = *perShare;
        required = (opening * price).rounded(2, Decimal::Rounding::Ceiling);
    }
    if (!required.isValid() || required > available) {
        return block(
            field,
            (nonMarginable
                 ? tr("%1: this order needs about $%2 of non-marginable buying power; the "
                      "account has $%3.")
                 : tr("%1: this order needs about $%2 of buying power; the account has $%3."))
                .arg(label, text(required), text(available)),
            { { QStringLiteral("required"), number(required) },
              { QStringLiteral("available"), number(available) },
              { QStringLiteral("price"), number(price) },
              { QStringLiteral("collar"), number(collar) } });
    }
    return pass();
}

} // namespace Elson
