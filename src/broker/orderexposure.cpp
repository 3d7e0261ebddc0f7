// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderexposure.h"

#include <QSet>

namespace Elson {

namespace {

const Decimal kFifty = Decimal::fromInt(50);

Decimal remainingQty(const Order &order)
{
    if (!order.qty)
        return {};
    const Decimal left = *order.qty - order.filledQty;
    return left.isPositive() ? left : Decimal();
}

bool isOpen(const Order &order)
{
    return !isTerminal(order.status);
}

} // namespace

bool OrderExposure::isFractional(const Trade &trade)
{
    return trade.investmentAmount.has_value() || (trade.quantity && !trade.quantity->isInteger());
}

OrderSide OrderExposure::exitSide(const Trade &trade)
{
    if (trade.orderClass == OrderClass::Oco)
        return trade.side;
    return trade.side == OrderSide::Buy ? OrderSide::Sell : OrderSide::Buy;
}

const Position *OrderExposure::position(const ValidationContext &context)
{
    for (const Position &p : context.positions) {
        if (p.symbol == context.trade.symbol)
            return &p;
    }
    return nullptr;
}

Decimal OrderExposure::positionQty(const ValidationContext &context)
{
    const Position *p = position(context);
    return p && p->qty.isValid() ? p->qty : Decimal();
}

std::optional<Decimal> OrderExposure::marketPrice(const ValidationContext &context, OrderSide side)
{
    if (!context.quote)
        return std::nullopt;
    const Decimal &price =
        side == OrderSide::Buy ? context.quote->askPrice : context.quote->bidPrice;
    if (!price.isPositive())
        return std::nullopt;
    return price;
}

std::optional<Decimal> OrderExposure::referencePrice(const ValidationContext &context)
{
    const Trade &t = context.trade;
    std::optional<Decimal> price;
    switch (t.orderType) {
    case OrderType::Limit:
    case OrderType::StopLimit:
        price = t.limitPrice;
        break;
    case OrderType::Stop:
        price = t.stopPrice;
        break;
    case OrderType::Market:
    case OrderType::TrailingStop:
        price = marketPrice(context, t.side);
        break;
    }
    if (price && price->isPositive())
        return price;
    if (const Position *p = position(context);
        p && p->currentPrice && p->currentPrice->isPositive())
        return p->currentPrice;
    return std::nullopt;
}

std::optional<Decimal> OrderExposure::estimatedQty(const ValidationContext &context)
{
    const Trade &t = context.trade;
    if (t.quantity)
        return t.quantity;
    if (!t.investmentAmount)
        return std::nullopt;
    const std::optional<Decimal> price = referencePrice(context);
    if (!price)
        return std::nullopt;
    const Result<Decimal> qty = t.investmentAmount->checkedDiv(*price);
    return qty ? std::optional<Decimal>(qty.value()) : std::nullopt;
}

std::optional<Decimal> OrderExposure::orderValue(const ValidationContext &context)
{
    const Trade &t = context.trade;
    if (t.investmentAmount)
        return t.investmentAmount;
    const std::optional<Decimal> price = referencePrice(context);
    if (!t.quantity || !price)
        return std::nullopt;
    const Decimal value = *t.quantity * *price;
    return value.isValid() ? std::optional<Decimal>(value) : std::nullopt;
}

Decimal OrderExposure::buyCollar(const Decimal &price)
{
    return price < kFifty ? Decimal::fromLiteral("0.04") : Decimal::fromLiteral("0.025");
}

Decimal OrderExposure::heldBySellOrders(const ValidationContext &context)
{
    const QString &symbol = context.trade.symbol;
    QSet<QString> seen;
    Decimal held;
    for (const Order &order : context.openOrders) {
        if (order.symbol != symbol || !isOpen(order))
            continue;
        if (!order.id.isEmpty() && seen.contains(order.id))
            continue;
        seen.insert(order.id);
        // One group (the parent and its legs) sells the same shares at most once.
        Decimal group = order.side == OrderSide::Sell ? remainingQty(order) : Decimal();
        for (const Order &leg : order.legs) {
            if (!leg.id.isEmpty())
                seen.insert(leg.id);
            if (leg.side == OrderSide::Sell && isOpen(leg))
                group = Decimal::max(group, remainingQty(leg));
        }
        held += group;
    }
    return held;
}

Decimal OrderExposure::shortQty(const ValidationContext &context, const Decimal &qty)
{
    if (context.trade.side != OrderSide::Sell)
        return {};
    const Decimal longQty = Decimal::max(positionQty(context), Decimal());
    const Decimal excess = qty - longQty;
    return excess.isPositive() ? excess : Decimal();
}

Decimal OrderExposure::longOpeningQty(const ValidationContext &context, const Decimal &qty)
{
    if (context.trade.side != OrderSide::Buy)
        return {};
    const Decimal shortHeld = Decimal::max(-positionQty(context), Decimal());
    const Decimal excess = qty - shortHeld;
    return excess.isPositive() ? excess : Decimal();
}

bool OrderExposure::increasesExposure(const ValidationContext &context)
{
    const std::optional<Decimal> qty = estimatedQty(context);
    const Decimal held = positionQty(context);
    if (!qty)
        return true; // unknown size: treat as new risk
    if (context.trade.side == OrderSide::Buy)
        return !held.isNegative() || *qty > -held;
    return !held.isPositive() || *qty > held;
}

} // namespace Elson
