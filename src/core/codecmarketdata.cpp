// SPDX-License-Identifier: GPL-3.0-or-later
// Market data (REST and stream): single-letter keys and JSON numbers (§14, §15).

#include "jsoncodec_p.h"

#include <type_traits>
#include <variant>

namespace Elson::JsonDetail {

namespace {

/** Prices and VWAPs are JSON numbers; a VWAP can carry more than 9 fractional digits. */
constexpr Enc Price = Enc::Number | Enc::Round;

template<typename T> struct Keys;
template<> struct Keys<Bar>
{
    static constexpr const char *plural = "bars";
    static constexpr const char *singular = "bar";
};
template<> struct Keys<MarketTrade>
{
    static constexpr const char *plural = "trades";
    static constexpr const char *singular = "trade";
};
template<> struct Keys<Quote>
{
    static constexpr const char *plural = "quotes";
    static constexpr const char *singular = "quote";
};

template<typename S, template<typename> class Template> inline constexpr bool isInstanceOf = false;
template<typename T, template<typename> class Template>
inline constexpr bool isInstanceOf<Template<T>, Template> = true;

template<typename S> struct ItemOf;
template<template<typename> class Template, typename T> struct ItemOf<Template<T>>
{
    using type = T;
};

template<typename S, template<typename> class Template>
concept InstanceOf = isInstanceOf<std::remove_const_t<S>, Template>;

template<typename S> using ItemType = typename ItemOf<std::remove_const_t<S>>::type;

} // namespace

template<typename V, Is<Bar> S> void describe(V &v, S &x)
{
    v.omit("S", x.symbol); // stream only
    v.req("t", x.time);
    v.req("o", x.open, Price);
    v.req("h", x.high, Price);
    v.req("l", x.low, Price);
    v.req("c", x.close, Price);
    v.req("v", x.volume);
    v.req("n", x.tradeCount);
    v.req("vw", x.vwap, Price);
}

template<typename V, Is<Quote> S> void describe(V &v, S &x)
{
    v.omit("S", x.symbol);
    v.req("t", x.time);
    v.opt("ax", x.askExchange);
    v.req("ap", x.askPrice, Price);
    v.req("as", x.askSize);
    v.opt("bx", x.bidExchange);
    v.req("bp", x.bidPrice, Price);
    v.req("bs", x.bidSize);
    v.omit("c", x.conditions);
    v.opt("z", x.tape);
}

template<typename V, Is<MarketTrade> S> void describe(V &v, S &x)
{
    v.omit("S", x.symbol);
    v.req("t", x.time);
    v.opt("x", x.exchange);
    v.req("p", x.price, Price);
    v.req("s", x.size);
    v.omit("c", x.conditions);
    v.req("i", x.id);
    v.opt("z", x.tape);
}

template<typename V, Is<Snapshot> S> void describe(V &v, S &x)
{
    v.omit("symbol", x.symbol); // single-symbol endpoint only
    v.opt("latestTrade", x.latestTrade);
    v.opt("latestQuote", x.latestQuote);
    v.opt("minuteBar", x.minuteBar);
    v.opt("dailyBar", x.dailyBar);
    v.opt("prevDailyBar", x.prevDailyBar);
}

template<typename V, InstanceOf<HistoryPage> S> void describe(V &v, S &x)
{
    v.req("symbol", x.symbol);
    v.opt(Keys<ItemType<S>>::plural, x.items); // null when the range is empty
    v.opt("next_page_token", x.nextPageToken);
}

template<typename V, InstanceOf<MultiHistoryPage> S> void describe(V &v, S &x)
{
    v.opt(Keys<ItemType<S>>::plural, x.items);
    v.opt("next_page_token", x.nextPageToken);
}

template<typename V, InstanceOf<Latest> S> void describe(V &v, S &x)
{
    v.req("symbol", x.symbol);
    v.req(Keys<ItemType<S>>::singular, x.item);
}

template<typename V, InstanceOf<MultiLatest> S> void describe(V &v, S &x)
{
    v.req(Keys<ItemType<S>>::plural, x.items);
}

template<typename V, Is<MarketDataControl> S> void describe(V &v, S &x)
{
    v.omit("code", x.code); // error messages only
    v.req("msg", x.message);
}

/**
 * The channel lists, shared by the server's `subscription` message (every list
 * written) and the client's subscribe/unsubscribe (only the non-empty ones).
 */
template<typename V, typename S> void describeChannels(V &v, S &x, bool onlyNonEmpty)
{
    const auto field = [&v, onlyNonEmpty](const char *key, auto &list) {
        if (onlyNonEmpty)
            v.omit(key, list);
        else
            v.opt(key, list);
    };
    field("trades", x.trades);
    field("quotes", x.quotes);
    field("bars", x.bars);
    field("updatedBars", x.updatedBars);
    field("dailyBars", x.dailyBars);
    field("statuses", x.statuses);
    field("lulds", x.lulds);
    field("corrections", x.corrections);
    field("cancelErrors", x.cancelErrors);
    field("imbalances", x.imbalances);
}

template<typename V, Is<MarketDataSubscription> S> void describe(V &v, S &x)
{
    describeChannels(v, x, false);
}

template<typename V, Is<MarketDataRequest> S> void describe(V &v, S &x)
{
    v.req("action", x.action);
    if (x.action == MarketDataAction::Auth) {
        v.req("key", x.key);
        v.req("secret", x.secret);
    } else {
        describeChannels(v, x.channels, true);
    }
}

ELSON_JSON_DEFINE(Bar)
ELSON_JSON_DEFINE(Quote)
ELSON_JSON_DEFINE(MarketTrade)
ELSON_JSON_DEFINE(Snapshot)
ELSON_JSON_DEFINE(HistoryPage<Bar>)
ELSON_JSON_DEFINE(HistoryPage<MarketTrade>)
ELSON_JSON_DEFINE(HistoryPage<Quote>)
ELSON_JSON_DEFINE(MultiHistoryPage<Bar>)
ELSON_JSON_DEFINE(MultiHistoryPage<MarketTrade>)
ELSON_JSON_DEFINE(MultiHistoryPage<Quote>)
ELSON_JSON_DEFINE(Latest<Bar>)
ELSON_JSON_DEFINE(Latest<MarketTrade>)
ELSON_JSON_DEFINE(Latest<Quote>)
ELSON_JSON_DEFINE(MultiLatest<Bar>)
ELSON_JSON_DEFINE(MultiLatest<MarketTrade>)
ELSON_JSON_DEFINE(MultiLatest<Quote>)
ELSON_JSON_DEFINE(MarketDataControl)
ELSON_JSON_DEFINE(MarketDataSubscription)
ELSON_JSON_DEFINE(MarketDataRequest)

// A stream message is dispatched on `T`; the payload type follows from it.
bool readValue(const QJsonValue &json, MarketDataMessage &out, Enc, const Path &path,
               ReadContext &ctx)
{
    if (!json.isObject())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "an object"), json);
    const QJsonObject object = json.toObject();
    const QLatin1StringView typeKey("T");
    const Path typePath = path.key(typeKey);
    if (!object.contains(typeKey))
        return ctx.missingKey(typePath);
    QString type;
    if (!readValue(object.value(typeKey), type, Enc::Default, typePath, ctx))
        return false;

    out = MarketDataMessage();
    out.type = enumFromWire<MarketDataMessageType>(type).value_or(MarketDataMessageType::Unknown);

    // Data messages carry their symbol in `S`; without it they are useless.
    const auto requireSymbol = [&](const QString &symbol) {
        return !symbol.isEmpty() || ctx.missingKey(path.key(QLatin1StringView("S")));
    };
    switch (out.type) {
    case MarketDataMessageType::Success:
    case MarketDataMessageType::Error: {
        if (out.type == MarketDataMessageType::Error && !object.contains(QLatin1StringView("code")))
            return ctx.missingKey(path.key(QLatin1StringView("code")));
        MarketDataControl control;
        if (!readObject(json, control, path, ctx))
            return false;
        out.payload = control;
        return true;
    }
    case MarketDataMessageType::Subscription: {
        MarketDataSubscription subscription;
        if (!readObject(json, subscription, path, ctx))
            return false;
        out.payload = subscription;
        return true;
    }
    case MarketDataMessageType::Trade: {
        MarketTrade trade;
        if (!readObject(json, trade, path, ctx) || !requireSymbol(trade.symbol))
            return false;
        out.payload = trade;
        return true;
    }
    case MarketDataMessageType::Quote: {
        Quote quote;
        if (!readObject(json, quote, path, ctx) || !requireSymbol(quote.symbol))
            return false;
        out.payload = quote;
        return true;
    }
    case MarketDataMessageType::Bar:
    case MarketDataMessageType::UpdatedBar:
    case MarketDataMessageType::DailyBar: {
        Bar bar;
        if (!readObject(json, bar, path, ctx) || !requireSymbol(bar.symbol))
            return false;
        out.payload = bar;
        return true;
    }
    case MarketDataMessageType::TradingStatus:
    case MarketDataMessageType::Luld:
    case MarketDataMessageType::Imbalance:
    case MarketDataMessageType::Correction:
    case MarketDataMessageType::CancelError:
    case MarketDataMessageType::Unknown:
        break;
    }
    out.payload = object; // not modelled: kept whole for logging
    return true;
}

QJsonValue writeValue(const MarketDataMessage &value, Enc)
{
    QJsonObject object = std::visit(
        [](const auto &payload) -> QJsonObject {
            using P = std::decay_t<decltype(payload)>;
            if constexpr (std::is_same_v<P, std::monostate>)
                return QJsonObject();
            else if constexpr (std::is_same_v<P, QJsonObject>)
                return payload;
            else
                return writeObject(payload);
        },
        value.payload);
    if (value.type != MarketDataMessageType::Unknown)
        object.insert(QLatin1StringView("T"), QString(enumToWire(value.type)));
    // The reader requires an error's code; MarketDataControl omits a zero one.
    if (value.type == MarketDataMessageType::Error && !object.contains(QLatin1StringView("code")))
        object.insert(QLatin1StringView("code"), 0);
    return object;
}

void writeText(QByteArray &out, const MarketDataMessage &value, Enc enc)
{
    appendJsonText(out, writeValue(value, enc));
}

} // namespace Elson::JsonDetail
