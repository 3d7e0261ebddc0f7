// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordertext.h"

#include "decimalformatter.h"
#include "jsoncodec.h"

#include <QRegularExpression>
#include <QStringList>

namespace Elson {

namespace {

const QString kQueueRule = QStringLiteral("market.session");

QString dollars(const Decimal &value, const QLocale &locale)
{
    // A price off the sub-penny grid is shown with every digit, not silently rounded.
    if (value.isValid() && !value.isTickAligned())
        return OrderText::tr("$%1").arg(DecimalFormatter::format(value, locale, 2, 9));
    return DecimalFormatter::price(value, locale, QStringLiteral("$"));
}

QString percentText(const Decimal &value, const QLocale &locale)
{
    return DecimalFormatter::format(value, locale, 0, 9) + locale.percent();
}

QString priceClause(const Trade &t, const QLocale &locale)
{
    auto price = [&](const std::optional<Decimal> &p) {
        return p ? dollars(*p, locale) : OrderText::tr("(no price)");
    };
    switch (t.orderType) {
    case OrderType::Market:
        return OrderText::tr("at market");
    case OrderType::Limit:
        return OrderText::tr("at limit %1").arg(price(t.limitPrice));
    case OrderType::Stop:
        return OrderText::tr("at stop %1").arg(price(t.stopPrice));
    case OrderType::StopLimit:
        return OrderText::tr("at stop %1, limit %2").arg(price(t.stopPrice), price(t.limitPrice));
    case OrderType::TrailingStop: {
        const QString trail =
            t.trailPercent ? percentText(*t.trailPercent, locale) : price(t.trailPrice);
        return t.side == OrderSide::Sell
            ? OrderText::tr("with a trailing stop %1 below the highest price").arg(trail)
            : OrderText::tr("with a trailing stop %1 above the lowest price").arg(trail);
    }
    }
    return {};
}

QString tifClause(TimeInForce tif)
{
    switch (tif) {
    case TimeInForce::Day:
        return OrderText::tr("good for the day");
    case TimeInForce::Gtc:
        return OrderText::tr("good until cancelled");
    case TimeInForce::Opg:
        return OrderText::tr("in the opening auction");
    case TimeInForce::Cls:
        return OrderText::tr("in the closing auction");
    case TimeInForce::Ioc:
        return OrderText::tr("immediate or cancel");
    case TimeInForce::Fok:
        return OrderText::tr("fill or kill");
    case TimeInForce::Gtd:
    case TimeInForce::Gtx:
        break;
    }
    return enumDisplayName(tif).toLower();
}

QString stopLossText(const Trade &t, const QLocale &locale)
{
    QString text = OrderText::tr("a stop-loss at %1").arg(dollars(*t.stopLossStopPrice, locale));
    if (t.stopLossLimitPrice)
        text += OrderText::tr(" (limit %1)").arg(dollars(*t.stopLossLimitPrice, locale));
    return text;
}

QString exitClause(const Trade &t, const QLocale &locale)
{
    const bool tp = t.takeProfitLimitPrice.has_value();
    const bool sl = t.stopLossStopPrice.has_value();
    const QString takeProfit = tp
        ? OrderText::tr("a take-profit at %1").arg(dollars(*t.takeProfitLimitPrice, locale))
        : QString();
    switch (t.orderClass) {
    case OrderClass::Simple:
    case OrderClass::Mleg:
        return {};
    case OrderClass::Bracket:
        if (tp && sl) {
            return OrderText::tr("once filled, exit with %1 or %2, whichever comes first")
                .arg(takeProfit, stopLossText(t, locale));
        }
        break;
    case OrderClass::Oco:
        if (sl)
            return OrderText::tr("one cancels the other with %1").arg(stopLossText(t, locale));
        break;
    case OrderClass::Oto:
        if (tp || sl) {
            return OrderText::tr("once filled, exit with %1")
                .arg(tp ? takeProfit : stopLossText(t, locale));
        }
        break;
    }
    return OrderText::tr("exit legs incomplete");
}

void addDecimal(QStringList &args, const char *flag, const std::optional<Decimal> &value)
{
    if (value)
        args << QString::fromLatin1(flag) << value->toString();
}

} // namespace

QString OrderText::plainWords(const Trade &t, const QLocale &locale)
{
    const QString symbol = t.symbol.trimmed().toUpper();
    QString size;
    if (t.investmentAmount) {
        size = tr("%1 of %2").arg(DecimalFormatter::money(*t.investmentAmount, locale), symbol);
    } else if (t.quantity) {
        size = tr("%1 %2").arg(DecimalFormatter::quantity(*t.quantity, locale), symbol);
    } else {
        size = symbol;
    }
    const QString action =
        t.side == OrderSide::Buy ? tr("Buy %1").arg(size) : tr("Sell %1").arg(size);
    const QString hours = t.extendedHours ? tr("extended hours allowed") : tr("regular hours only");
    QString text =
        tr("%1 %2, %3, %4").arg(action, priceClause(t, locale), tifClause(t.timeInForce), hours);
    const QString exits = exitClause(t, locale);
    if (!exits.isEmpty())
        text = tr("%1; %2").arg(text, exits);
    return text;
}

Result<QByteArray> OrderText::requestBody(const Trade &trade)
{
    const Result<OrderRequest> request = trade.toOrderRequest();
    if (!request)
        return request.error();
    return Json::serialize(request.value());
}

Result<QString> OrderText::readableRequestBody(const Trade &trade)
{
    const Result<QByteArray> body = requestBody(trade);
    if (!body)
        return body.error();
    // Re-indent the exact text the broker sends rather than encoding the request again.
    const QByteArray &compact = body.value();
    QString out;
    int depth = 0;
    bool inString = false;
    auto newline = [&out](int level) {
        out += u'\n';
        out += QString(level * 2, u' ');
    };
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const char c = compact.at(i);
        if (inString) {
            out += QLatin1Char(c);
            if (c == '\\' && i + 1 < compact.size())
                out += QLatin1Char(compact.at(++i));
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += QLatin1Char(c);
            break;
        case '{':
        case '[':
            out += QLatin1Char(c);
            newline(++depth);
            break;
        case '}':
        case ']':
            newline(--depth);
            out += QLatin1Char(c);
            break;
        case ',':
            out += QLatin1Char(c);
            newline(depth);
            break;
        case ':':
            out += QStringLiteral(": ");
            break;
        default:
            out += QLatin1Char(c);
        }
    }
    // The body is ASCII-safe JSON except inside strings; keep any UTF-8 intact.
    return QString::fromUtf8(out.toLatin1());
}

QString OrderText::elsonctlCommand(const Trade &t, Broker::Mode mode,
                                   const QSet<QString> &acknowledged)
{
    QStringList args { QStringLiteral("elsonctl") };
    if (mode == Broker::Mode::Live)
        args << QStringLiteral("--live");
    args << QStringLiteral("order") << QString(enumToWire(t.side)) << t.symbol.trimmed().toUpper();
    addDecimal(args, "--qty", t.quantity);
    addDecimal(args, "--notional", t.investmentAmount);
    args << QStringLiteral("--type") << QString(enumToWire(t.orderType));
    addDecimal(args, "--limit-price", t.limitPrice);
    addDecimal(args, "--stop-price", t.stopPrice);
    addDecimal(args, "--trail-percent", t.trailPercent);
    addDecimal(args, "--trail-price", t.trailPrice);
    args << QStringLiteral("--tif") << QString(enumToWire(t.timeInForce));
    if (t.extendedHours)
        args << QStringLiteral("--extended-hours");
    addDecimal(args, "--take-profit", t.takeProfitLimitPrice);
    addDecimal(args, "--stop-loss", t.stopLossStopPrice);
    addDecimal(args, "--stop-loss-limit", t.stopLossLimitPrice);
    // A bracket is implied by --take-profit with --stop-loss; the other classes are named.
    if (t.orderClass == OrderClass::Oco || t.orderClass == OrderClass::Oto)
        args << QStringLiteral("--order-class") << QString(enumToWire(t.orderClass));
    if (!t.clientOrderId.isEmpty())
        args << QStringLiteral("--client-order-id") << t.clientOrderId;
    if (acknowledged.contains(kQueueRule))
        args << QStringLiteral("--queue-when-closed");
    for (QString &arg : args)
        arg = shellQuoted(arg);
    return args.join(u' ');
}

QString OrderText::shellQuoted(const QString &argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=+-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace Elson
