// SPDX-License-Identifier: GPL-3.0-or-later
#include "simordervalidator.h"

#include "simerror.h"

#include <QJsonObject>

namespace Elson {

namespace {

const Decimal kPenny = Decimal::fromLiteral("0.01");

QString wire(OrderType type)
{
    return QString(enumToWire(type));
}

QString wire(TimeInForce tif)
{
    return QString(enumToWire(tif));
}

QString wire(OrderClass cls)
{
    return QString(enumToWire(cls));
}

QString text(const Decimal &value)
{
    return value.toString();
}

} // namespace

bool SimOrderValidator::isFractional(const OrderRequest &request)
{
    return request.notional.has_value() || (request.qty && !request.qty->isInteger());
}

OrderClass SimOrderValidator::orderClass(const OrderRequest &request)
{
    return request.orderClass.value_or(OrderClass::Simple);
}

OrderSide SimOrderValidator::exitSide(const OrderRequest &request)
{
    if (orderClass(request) == OrderClass::Oco)
        return request.side;
    return request.side == OrderSide::Buy ? OrderSide::Sell : OrderSide::Buy;
}

bool SimOrderValidator::allowsTimeInForce(OrderType type, TimeInForce tif)
{
    switch (tif) {
    case TimeInForce::Day:
    case TimeInForce::Gtc:
        return true;
    case TimeInForce::Opg:
    case TimeInForce::Cls:
    case TimeInForce::Ioc:
    case TimeInForce::Fok:
        // sim decision: ioc/fok for stop and stop_limit are unconfirmed (§7.3); refused.
        return type == OrderType::Market || type == OrderType::Limit;
    case TimeInForce::Gtd:
    case TimeInForce::Gtx:
        // sim decision: gtd/gtx come from newer enums and are unconfirmed for stocks.
        return false;
    }
    return false;
}

std::optional<Error> SimOrderValidator::checkTick(const Decimal &price, const QString &field)
{
    if (price.isTickAligned())
        return std::nullopt;
    return SimError::unprocessable(
        tr("invalid %1 %2. sub-penny increment does not fulfill minimum pricing criteria")
            .arg(field, text(price)),
        {}, field);
}

std::optional<Error> SimOrderValidator::checkStopSide(OrderSide side, const Decimal &stopPrice,
                                                      const std::optional<SimQuote> &quote)
{
    if (!quote)
        return std::nullopt;
    // sim decision: stops trigger on the quote side they would trade against (a buy stop
    // on the ask, a sell stop on the bid), so that is the "current price" compared here.
    const Decimal market = side == OrderSide::Buy ? quote->ask : quote->bid;
    if (!market.isPositive())
        return std::nullopt;
    const bool ok = side == OrderSide::Buy ? stopPrice > market : stopPrice < market;
    if (ok)
        return std::nullopt;
    QJsonObject extra;
    extra.insert(QStringLiteral("market_price"), text(market));
    extra.insert(QStringLiteral("stop_price"), text(stopPrice));
    return SimError::unprocessable(side == OrderSide::Buy
                                       ? tr("stop price must be greater than current price")
                                       : tr("stop price must be less than current price"),
                                   extra, QStringLiteral("stop_price"));
}

std::optional<Error> SimOrderValidator::checkShape(const OrderRequest &r)
{
    const OrderClass cls = orderClass(r);
    if (cls == OrderClass::Mleg) {
        return SimError::invalidInput(tr("order_class mleg is not supported for equities"),
                                      QStringLiteral("order_class"));
    }

    // --- qty xor notional
    if (r.qty && r.notional) {
        // [C] fractional-trading.md: both → 400.
        return SimError::make(400, SimError::InvalidInput,
                              tr("qty and notional cannot both be specified"), {},
                              QStringLiteral("notional"));
    }
    if (!r.qty && !r.notional)
        return SimError::invalidInput(tr("qty or notional is required"), QStringLiteral("qty"));
    if (r.qty && !r.qty->isPositive())
        return SimError::invalidInput(tr("qty must be > 0"), QStringLiteral("qty"));
    if (r.notional && !r.notional->isPositive())
        return SimError::invalidInput(tr("notional must be > 0"), QStringLiteral("notional"));
    if (r.notional && r.notional->significantScale() > 2) {
        // sim decision: 2 decimal places, as the current Broker FAQ says (§7.2).
        return SimError::invalidInput(tr("notional must be limited to 2 decimal places"),
                                      QStringLiteral("notional"));
    }

    // --- prices required or forbidden by type
    const bool wantsLimit = r.type == OrderType::Limit || r.type == OrderType::StopLimit;
    const bool wantsStop = r.type == OrderType::Stop || r.type == OrderType::StopLimit;
    const bool wantsTrail = r.type == OrderType::TrailingStop;
    // An OCO order is the take-profit limit: its limit price may come from take_profit.
    if (wantsLimit && !r.limitPrice && cls != OrderClass::Oco) {
        return SimError::invalidInput(tr("limit_price is required for %1 orders").arg(wire(r.type)),
                                      QStringLiteral("limit_price"));
    }
    if (!wantsLimit && r.limitPrice) {
        return SimError::invalidInput(
            tr("limit_price is not allowed for %1 orders").arg(wire(r.type)),
            QStringLiteral("limit_price"));
    }
    if (wantsStop && !r.stopPrice) {
        return SimError::invalidInput(tr("stop_price is required for %1 orders").arg(wire(r.type)),
                                      QStringLiteral("stop_price"));
    }
    if (!wantsStop && r.stopPrice) {
        return SimError::invalidInput(
            tr("stop_price is not allowed for %1 orders").arg(wire(r.type)),
            QStringLiteral("stop_price"));
    }
    if (wantsTrail && r.trailPrice.has_value() == r.trailPercent.has_value()) {
        return SimError::invalidInput(
            tr("trailing_stop orders require exactly one of trail_price or trail_percent"),
            QStringLiteral("trail_price"));
    }
    if (!wantsTrail && (r.trailPrice || r.trailPercent)) {
        return SimError::invalidInput(
            tr("trail_price and trail_percent are only allowed for trailing_stop orders"),
            QStringLiteral("trail_price"));
    }

    // --- positive prices on the tick grid
    struct Price
    {
        const std::optional<Decimal> &value;
        const char *field;
    };
    const std::optional<Decimal> tpLimit =
        r.takeProfit ? std::optional<Decimal>(r.takeProfit->limitPrice) : std::nullopt;
    const std::optional<Decimal> slStop =
        r.stopLoss ? std::optional<Decimal>(r.stopLoss->stopPrice) : std::nullopt;
    const std::optional<Decimal> slLimit = r.stopLoss ? r.stopLoss->limitPrice : std::nullopt;
    const Price prices[] = {
        { r.limitPrice, "limit_price" },    { r.stopPrice, "stop_price" },
        { r.trailPrice, "trail_price" },    { tpLimit, "take_profit.limit_price" },
        { slStop, "stop_loss.stop_price" }, { slLimit, "stop_loss.limit_price" },
    };
    for (const Price &price : prices) {
        if (!price.value)
            continue;
        const QString field = QString::fromLatin1(price.field);
        if (!price.value->isPositive())
            return SimError::invalidInput(tr("%1 must be > 0").arg(field), field);
        if (std::optional<Error> error = checkTick(*price.value, field))
            return error;
    }
    if (r.trailPercent) {
        if (!r.trailPercent->isPositive() || !(*r.trailPercent < Decimal::fromInt(100))) {
            return SimError::invalidInput(tr("trail_percent must be > 0 and < 100"),
                                          QStringLiteral("trail_percent"));
        }
    }

    // --- time in force
    if (!allowsTimeInForce(r.type, r.timeInForce)) {
        return SimError::invalidInput(
            tr("invalid time_in_force %1 for %2 orders").arg(wire(r.timeInForce), wire(r.type)),
            QStringLiteral("time_in_force"));
    }

    // --- extended hours [C]: limit + day only, never an advanced order
    if (r.extendedHours) {
        if (r.type != OrderType::Limit || r.timeInForce != TimeInForce::Day) {
            return SimError::invalidInput(tr("extended hours order must be DAY limit orders"),
                                          QStringLiteral("extended_hours"));
        }
        if (cls != OrderClass::Simple) {
            return SimError::invalidInput(tr("extended hours orders must be simple orders"),
                                          QStringLiteral("extended_hours"));
        }
    }

    // --- order classes (§7.4); the exact codes are unconfirmed (§18): 42210000.
    if (cls == OrderClass::Simple) {
        if (r.takeProfit || r.stopLoss) {
            // sim decision: refused rather than silently ignored, so a client that forgot
            // order_class learns it before a position goes out unprotected.
            return SimError::invalidInput(
                tr("take_profit and stop_loss require order_class bracket, oco or oto"),
                QStringLiteral("order_class"));
        }
        return std::nullopt;
    }
    const QString className = wire(cls);
    if (r.timeInForce != TimeInForce::Day && r.timeInForce != TimeInForce::Gtc) {
        return SimError::unprocessable(tr("%1 orders must be day or gtc orders").arg(className), {},
                                       QStringLiteral("time_in_force"));
    }
    if (cls == OrderClass::Oco) {
        if (r.type != OrderType::Limit) {
            return SimError::unprocessable(tr("oco orders must be limit orders"), {},
                                           QStringLiteral("type"));
        }
        if (!r.takeProfit) {
            return SimError::unprocessable(tr("oco orders require take_profit.limit_price"), {},
                                           QStringLiteral("take_profit"));
        }
        if (!r.stopLoss) {
            return SimError::unprocessable(tr("oco orders require stop_loss.stop_price"), {},
                                           QStringLiteral("stop_loss"));
        }
        if (r.limitPrice && *r.limitPrice != r.takeProfit->limitPrice) {
            return SimError::invalidInput(
                tr("limit_price must equal take_profit.limit_price for oco orders"),
                QStringLiteral("limit_price"));
        }
    } else {
        // sim decision: stop and stop_limit entries are unconfirmed (§7.4); market or limit only.
        if (r.type != OrderType::Market && r.type != OrderType::Limit) {
            return SimError::unprocessable(
                tr("%1 orders must be market or limit orders").arg(className), {},
                QStringLiteral("type"));
        }
        if (cls == OrderClass::Bracket) {
            if (!r.takeProfit) {
                return SimError::unprocessable(tr("bracket orders require take_profit.limit_price"),
                                               {}, QStringLiteral("take_profit"));
            }
            if (!r.stopLoss) {
                return SimError::unprocessable(tr("bracket orders require stop_loss.stop_price"),
                                               {}, QStringLiteral("stop_loss"));
            }
        } else if (r.takeProfit.has_value() == r.stopLoss.has_value()) {
            return SimError::unprocessable(
                tr("oto orders require exactly one of take_profit or stop_loss"), {},
                QStringLiteral("take_profit"));
        }
    }
    if (r.takeProfit && r.stopLoss) {
        const bool sellExits = exitSide(r) == OrderSide::Sell;
        const Decimal &tp = r.takeProfit->limitPrice;
        const Decimal &sl = r.stopLoss->stopPrice;
        if (sellExits && !(tp > sl)) {
            return SimError::unprocessable(
                tr("take_profit.limit_price must be > stop_loss.stop_price"), {},
                QStringLiteral("take_profit.limit_price"));
        }
        if (!sellExits && !(tp < sl)) {
            return SimError::unprocessable(
                tr("take_profit.limit_price must be < stop_loss.stop_price"), {},
                QStringLiteral("take_profit.limit_price"));
        }
    }
    return std::nullopt;
}

std::optional<Error> SimOrderValidator::checkAsset(const OrderRequest &r, const SimAsset &asset,
                                                   const Rules &rules)
{
    if (!asset.tradable || !asset.active) {
        // §8: wording as community code sees it; the code is unconfirmed.
        return SimError::unprocessable(tr("asset \"%1\" is not tradable").arg(asset.symbol), {},
                                       QStringLiteral("symbol"));
    }
    if (!isFractional(r))
        return std::nullopt;
    if (!rules.fractionalTrading) {
        return SimError::forbidden(tr("fractional trading is not enabled for this account"));
    }
    if (!asset.fractionable)
        return SimError::unprocessable(tr("requested asset is not fractionable"), {},
                                       QStringLiteral("qty"));
    if (orderClass(r) != OrderClass::Simple)
        return SimError::unprocessable(tr("fractional orders must be simple orders"), {},
                                       QStringLiteral("order_class"));
    if (r.timeInForce != TimeInForce::Day)
        return SimError::unprocessable(tr("fractional orders must be DAY orders"), {},
                                       QStringLiteral("time_in_force"));
    const bool stopType = r.type == OrderType::Stop || r.type == OrderType::StopLimit;
    if (r.type == OrderType::TrailingStop || (stopType && !rules.fractionalStopOrders)) {
        return SimError::unprocessable(
            tr("fractional orders are not supported for %1 orders").arg(wire(r.type)), {},
            QStringLiteral("type"));
    }
    if (r.notional && r.extendedHours) {
        // §7.3 simulator default: no extended hours for notional orders.
        return SimError::unprocessable(tr("notional orders are not supported in extended hours"),
                                       {}, QStringLiteral("extended_hours"));
    }
    return std::nullopt;
}

std::optional<Error> SimOrderValidator::checkPrices(const OrderRequest &r,
                                                    const std::optional<SimQuote> &quote)
{
    const OrderClass cls = orderClass(r);
    if (cls == OrderClass::Simple) {
        if (r.stopPrice && (r.type == OrderType::Stop || r.type == OrderType::StopLimit))
            return checkStopSide(r.side, *r.stopPrice, quote);
        return std::nullopt;
    }

    const OrderSide exit = exitSide(r);
    const bool sellExits = exit == OrderSide::Sell;
    // Base prices (§7.4): the entry limit for limit-entry bracket/OTO, the take-profit
    // limit for OCO, and the current market price in every case.
    std::optional<Decimal> entryBase;
    if (cls == OrderClass::Oco)
        entryBase = r.takeProfit ? std::optional<Decimal>(r.takeProfit->limitPrice) : std::nullopt;
    else if (r.type == OrderType::Limit)
        entryBase = r.limitPrice;
    std::optional<Decimal> market;
    if (quote) {
        // The price the entry would trade at; for an OCO the price the exits sell/buy at.
        const OrderSide entrySide = cls == OrderClass::Oco ? exit : r.side;
        const Decimal px = entrySide == OrderSide::Buy ? quote->ask : quote->bid;
        if (px.isPositive())
            market = px;
    }
    if (cls != OrderClass::Oco && !entryBase)
        entryBase = market;

    if (r.stopLoss) {
        const Decimal &sl = r.stopLoss->stopPrice;
        if (std::optional<Error> error = checkStopSide(exit, sl, quote))
            return error;
        for (const std::optional<Decimal> &base : { entryBase, market }) {
            if (!base)
                continue;
            const bool ok = sellExits ? sl <= *base - kPenny : sl >= *base + kPenny;
            if (!ok) {
                return SimError::unprocessable(
                    (sellExits
                         ? tr("stop_loss.stop_price must be <= base_price - 0.01 (base_price: %1)")
                         : tr("stop_loss.stop_price must be >= base_price + 0.01 (base_price: %1)"))
                        .arg(text(*base)),
                    {}, QStringLiteral("stop_loss.stop_price"));
            }
        }
    }
    if (r.takeProfit && cls != OrderClass::Oco && entryBase) {
        const Decimal &tp = r.takeProfit->limitPrice;
        const bool ok = sellExits ? tp >= *entryBase + kPenny : tp <= *entryBase - kPenny;
        if (!ok) {
            return SimError::unprocessable(
                (sellExits
                     ? tr("take_profit.limit_price must be >= base_price + 0.01 (base_price: %1)")
                     : tr("take_profit.limit_price must be <= base_price - 0.01 (base_price: %1)"))
                    .arg(text(*entryBase)),
                {}, QStringLiteral("take_profit.limit_price"));
        }
    }
    return std::nullopt;
}

} // namespace Elson
