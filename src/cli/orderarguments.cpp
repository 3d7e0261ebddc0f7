// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderarguments.h"

#include "decimal.h"
#include "enums.h"

namespace Elson {

namespace {

Error usage(const QString &flag, const QString &message)
{
    return Error::validation(flag, message);
}

/** The decimal of @p flag (or its older spelling @p alias), if given. */
Result<std::optional<Decimal>> decimalOption(const CommandOptions &options, const QString &flag,
                                             const QString &alias = {})
{
    const bool hasAlias = !alias.isEmpty() && options.values.contains(alias);
    if (hasAlias && options.values.contains(flag))
        return usage(flag, OrderArguments::tr("give %1 or %2, not both").arg(flag, alias));
    const QString given = hasAlias ? alias : flag;
    if (!options.values.contains(given))
        return std::optional<Decimal>();
    const Result<Decimal> value = Decimal::fromString(options.value(given).trimmed(), given);
    if (!value) {
        return usage(given, OrderArguments::tr("must be a decimal number, not \"%1\"")
                                .arg(options.value(given)));
    }
    return std::optional<Decimal>(value.value());
}

} // namespace

Result<Trade> OrderArguments::toTrade(const CommandOptions &options)
{
    Trade trade;
    // `order buy AAPL …`, or the first release's `order --side buy --symbol AAPL …`.
    QString side = options.value(QStringLiteral("--side"));
    QString symbol = options.value(QStringLiteral("--symbol"));
    QStringList positional = options.positional;
    if (side.isEmpty() && !positional.isEmpty())
        side = positional.takeFirst();
    if (symbol.isEmpty() && !positional.isEmpty())
        symbol = positional.takeFirst();
    if (!positional.isEmpty())
        return usage(positional.first(), tr("unexpected argument \"%1\"").arg(positional.first()));
    if (side.isEmpty())
        return usage(QStringLiteral("buy|sell"), tr("say buy or sell"));
    const std::optional<OrderSide> orderSide = enumFromWire<OrderSide>(side.toLower());
    if (!orderSide)
        return usage(QStringLiteral("buy|sell"), tr("the side must be buy or sell, not \"%1\"").arg(side));
    trade.side = *orderSide;
    if (symbol.trimmed().isEmpty())
        return usage(QStringLiteral("SYMBOL"), tr("the symbol is missing"));
    trade.symbol = symbol.trimmed().toUpper();

    struct DecimalOption
    {
        const char *flag;
        const char *alias;
        std::optional<Decimal> Trade::*member;
    };
    const DecimalOption decimals[] = {
        {"--qty", nullptr, &Trade::quantity},
        {"--notional", nullptr, &Trade::investmentAmount},
        {"--limit-price", "--limit", &Trade::limitPrice},
        {"--stop-price", "--stop", &Trade::stopPrice},
        {"--trail-price", nullptr, &Trade::trailPrice},
        {"--trail-percent", nullptr, &Trade::trailPercent},
        {"--take-profit", nullptr, &Trade::takeProfitLimitPrice},
        {"--stop-loss", nullptr, &Trade::stopLossStopPrice},
        {"--stop-loss-limit", "--stop-limit", &Trade::stopLossLimitPrice},
    };
    for (const DecimalOption &d : decimals) {
        Result<std::optional<Decimal>> value =
            decimalOption(options, QString::fromLatin1(d.flag),
                          d.alias ? QString::fromLatin1(d.alias) : QString());
        if (!value)
            return value.error();
        trade.*(d.member) = value.value();
    }
    if (trade.quantity.has_value() == trade.investmentAmount.has_value())
        return usage(QStringLiteral("--qty/--notional"), tr("give exactly one of --qty and --notional"));
    if (trade.trailPrice && trade.trailPercent)
        return usage(QStringLiteral("--trail-price/--trail-percent"),
                     tr("give --trail-price or --trail-percent, not both"));
    if (trade.quantity)
        trade.fractional = !trade.quantity->isInteger();

    if (options.values.contains(QStringLiteral("--type"))) {
        const QString text = options.value(QStringLiteral("--type")).toLower();
        const std::optional<OrderType> type = enumFromWire<OrderType>(text);
        if (!type || text == u"mleg")
            return usage(QStringLiteral("--type"),
                         tr("must be market, limit, stop, stop_limit or trailing_stop"));
        trade.orderType = *type;
    } else if (trade.trailPrice || trade.trailPercent) {
        trade.orderType = OrderType::TrailingStop;
    } else if (trade.limitPrice && trade.stopPrice) {
        trade.orderType = OrderType::StopLimit;
    } else if (trade.limitPrice) {
        trade.orderType = OrderType::Limit;
    } else if (trade.stopPrice) {
        trade.orderType = OrderType::Stop;
    }
    if (options.values.contains(QStringLiteral("--tif"))) {
        const std::optional<TimeInForce> tif =
            enumFromWire<TimeInForce>(options.value(QStringLiteral("--tif")).toLower());
        if (!tif)
            return usage(QStringLiteral("--tif"), tr("must be day, gtc, opg, cls, ioc or fok"));
        trade.timeInForce = *tif;
    }

    const bool takeProfit = trade.takeProfitLimitPrice.has_value();
    const bool stopLoss = trade.stopLossStopPrice.has_value();
    if (trade.stopLossLimitPrice && !stopLoss)
        return usage(QStringLiteral("--stop-loss-limit"), tr("needs --stop-loss"));
    const QString orderClass = options.value(QStringLiteral("--order-class")).toLower();
    if (orderClass.isEmpty() || orderClass == u"bracket") {
        if (takeProfit != stopLoss) {
            return usage(takeProfit ? QStringLiteral("--take-profit") : QStringLiteral("--stop-loss"),
                         tr("a bracket needs both --take-profit and --stop-loss (one exit alone "
                            "is --order-class oto)"));
        }
        if (takeProfit)
            trade.orderClass = OrderClass::Bracket;
        else if (orderClass == u"bracket")
            return usage(QStringLiteral("--order-class"),
                         tr("a bracket needs --take-profit and --stop-loss"));
    } else if (orderClass == u"oco") {
        if (!takeProfit || !stopLoss)
            return usage(QStringLiteral("--order-class"),
                         tr("oco needs both --take-profit and --stop-loss"));
        trade.orderClass = OrderClass::Oco;
    } else if (orderClass == u"oto") {
        if (takeProfit == stopLoss)
            return usage(QStringLiteral("--order-class"),
                         tr("oto needs exactly one of --take-profit and --stop-loss"));
        trade.orderClass = OrderClass::Oto;
    } else {
        return usage(QStringLiteral("--order-class"), tr("must be oco or oto (or bracket)"));
    }

    trade.extendedHours = options.flags.contains(QStringLiteral("--extended-hours"));
    const QString clientOrderId = options.value(QStringLiteral("--client-order-id")).trimmed();
    if (options.values.contains(QStringLiteral("--client-order-id"))
        && (clientOrderId.isEmpty() || clientOrderId.size() > Trade::MaxClientOrderIdLength)) {
        return usage(QStringLiteral("--client-order-id"),
                     tr("must be 1 to %1 characters").arg(Trade::MaxClientOrderIdLength));
    }
    trade.clientOrderId = clientOrderId;
    return trade;
}

Result<ReplaceOrderRequest> OrderArguments::toReplace(const CommandOptions &options)
{
    if (options.positional.size() != 1)
        return usage(QStringLiteral("ORDER_ID"), tr("give exactly one ORDER_ID"));
    ReplaceOrderRequest request;
    struct DecimalOption
    {
        const char *flag;
        std::optional<Decimal> ReplaceOrderRequest::*member;
    };
    const DecimalOption decimals[] = {
        {"--qty", &ReplaceOrderRequest::qty},
        {"--limit-price", &ReplaceOrderRequest::limitPrice},
        {"--stop-price", &ReplaceOrderRequest::stopPrice},
        {"--trail", &ReplaceOrderRequest::trail},
    };
    for (const DecimalOption &d : decimals) {
        Result<std::optional<Decimal>> value = decimalOption(options, QString::fromLatin1(d.flag));
        if (!value)
            return value.error();
        request.*(d.member) = value.value();
    }
    if (request.isEmpty())
        return usage(QStringLiteral("--qty/--limit-price/--stop-price/--trail"),
                     tr("say what to change: --qty, --limit-price, --stop-price or --trail"));
    return request;
}

} // namespace Elson
