// SPDX-License-Identifier: GPL-3.0-or-later
#include "trade.h"

#include <QCoreApplication>
#include <QUuid>

namespace Elson {

namespace {

Error invalid(const char *field, const QString &message)
{
    return Error::validation(QLatin1StringView(field), message);
}

/** An optional amount, if present, must be > 0. */
std::optional<Error> checkPositive(const std::optional<Decimal> &value, const char *field)
{
    if (value && !value->isPositive())
        return invalid(field,
                       QCoreApplication::translate("Elson::Trade", "must be greater than zero"));
    return std::nullopt;
}

/** A price the order type needs is missing, or one it does not use is set. */
std::optional<Error> checkUse(const std::optional<Decimal> &value, bool needed, const char *field,
                              OrderType type)
{
    if (needed && !value) {
        return invalid(field,
                       QCoreApplication::translate("Elson::Trade", "a %1 order needs this price")
                           .arg(enumDisplayName(type)));
    }
    if (!needed && value) {
        return invalid(
            field,
            QCoreApplication::translate("Elson::Trade", "a %1 order does not use this price")
                .arg(enumDisplayName(type)));
    }
    return std::nullopt;
}

} // namespace

QString Trade::newClientOrderId()
{
    return QStringLiteral("elson-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString &Trade::ensureClientOrderId()
{
    if (clientOrderId.isEmpty())
        clientOrderId = newClientOrderId();
    return clientOrderId;
}

Result<OrderRequest> Trade::toOrderRequest() const
{
    if (symbol.trimmed().isEmpty())
        return invalid("symbol",
                       QCoreApplication::translate("Elson::Trade", "a symbol is required"));
    if (quantity.has_value() == investmentAmount.has_value()) {
        return invalid("quantity",
                       QCoreApplication::translate(
                           "Elson::Trade", "give either a quantity or an investment amount"));
    }
    if (quantity && !quantity->isInteger() && !fractional) {
        return invalid("quantity",
                       QCoreApplication::translate(
                           "Elson::Trade", "a fractional quantity needs fractional trading"));
    }
    if (clientOrderId.isEmpty() || clientOrderId.size() > MaxClientOrderIdLength) {
        return invalid("clientOrderId",
                       QCoreApplication::translate("Elson::Trade", "must be 1 to %1 characters")
                           .arg(MaxClientOrderIdLength));
    }

    const bool usesLimit = orderType == OrderType::Limit || orderType == OrderType::StopLimit;
    const bool usesStop = orderType == OrderType::Stop || orderType == OrderType::StopLimit;
    const bool trailing = orderType == OrderType::TrailingStop;
    const std::optional<Error> checks[] = {
        checkPositive(quantity, "quantity"),
        checkPositive(investmentAmount, "investmentAmount"),
        checkPositive(limitPrice, "limitPrice"),
        checkPositive(stopPrice, "stopPrice"),
        checkPositive(trailPrice, "trailPrice"),
        checkPositive(trailPercent, "trailPercent"),
        checkPositive(takeProfitLimitPrice, "takeProfitLimitPrice"),
        checkPositive(stopLossStopPrice, "stopLossStopPrice"),
        checkPositive(stopLossLimitPrice, "stopLossLimitPrice"),
        checkUse(limitPrice, usesLimit, "limitPrice", orderType),
        checkUse(stopPrice, usesStop, "stopPrice", orderType),
    };
    for (const std::optional<Error> &error : checks) {
        if (error)
            return *error;
    }
    if (trailing && trailPrice.has_value() == trailPercent.has_value()) {
        return invalid(
            "trailPrice",
            QCoreApplication::translate(
                "Elson::Trade", "a trailing stop needs either a trail price or a trail percent"));
    }
    if (!trailing && (trailPrice || trailPercent)) {
        return invalid(
            trailPrice ? "trailPrice" : "trailPercent",
            QCoreApplication::translate("Elson::Trade", "only a trailing stop uses a trail"));
    }

    const bool hasTakeProfit = takeProfitLimitPrice.has_value();
    const bool hasStopLoss = stopLossStopPrice.has_value();
    if (stopLossLimitPrice && !hasStopLoss) {
        return invalid("stopLossStopPrice",
                       QCoreApplication::translate("Elson::Trade",
                                                   "a stop-loss limit price needs a stop price"));
    }
    switch (orderClass) {
    case OrderClass::Simple:
        if (hasTakeProfit || hasStopLoss) {
            return invalid(
                hasTakeProfit ? "takeProfitLimitPrice" : "stopLossStopPrice",
                QCoreApplication::translate("Elson::Trade", "a simple order has no exit legs"));
        }
        break;
    case OrderClass::Bracket:
    case OrderClass::Oco:
        if (!hasTakeProfit || !hasStopLoss) {
            return invalid(hasTakeProfit ? "stopLossStopPrice" : "takeProfitLimitPrice",
                           QCoreApplication::translate(
                               "Elson::Trade", "a %1 order needs a take-profit and a stop-loss")
                               .arg(enumDisplayName(orderClass)));
        }
        break;
    case OrderClass::Oto:
        if (hasTakeProfit == hasStopLoss) {
            return invalid(
                "takeProfitLimitPrice",
                QCoreApplication::translate(
                    "Elson::Trade", "a one-triggers-other order needs exactly one exit leg"));
        }
        break;
    case OrderClass::Mleg:
        return invalid("orderClass",
                       QCoreApplication::translate("Elson::Trade",
                                                   "multi-leg option orders are not supported"));
    }

    OrderRequest request;
    request.symbol = symbol.trimmed();
    request.qty = quantity;
    request.notional = investmentAmount;
    request.side = side;
    request.type = orderType;
    request.timeInForce = timeInForce;
    request.limitPrice = limitPrice;
    request.stopPrice = stopPrice;
    request.trailPrice = trailPrice;
    request.trailPercent = trailPercent;
    request.extendedHours = extendedHours;
    request.clientOrderId = clientOrderId;
    if (orderClass != OrderClass::Simple)
        request.orderClass = orderClass;
    if (hasTakeProfit)
        request.takeProfit = TakeProfit { *takeProfitLimitPrice };
    if (hasStopLoss)
        request.stopLoss = StopLoss { *stopLossStopPrice, stopLossLimitPrice };
    request.positionIntent = positionIntent;
    return request;
}

} // namespace Elson
