// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncodec.h"

#include "jsoncodec_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Elson::Json {

template<typename T>
requires isSupported<T> Result<T> fromJson(const QJsonValue &json)
{
    JsonDetail::ReadContext ctx;
    T value {};
    const bool ok =
        JsonDetail::readValue(json, value, JsonDetail::Enc::Default, JsonDetail::Path(), ctx);
    if (ctx.failed())
        return ctx.error();
    Q_ASSERT(ok); // every reader records an error before returning false
    Q_UNUSED(ok);
    return value;
}

template<typename T>
requires isSupported<T> Result<T> parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        return Error::parse(
            QString(),
            JsonDetail::trJson(QT_TRANSLATE_NOOP("Elson::Json", "invalid JSON at offset %1: %2"))
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    if (document.isArray())
        return fromJson<T>(QJsonValue(document.array()));
    return fromJson<T>(QJsonValue(document.object()));
}

template<typename T>
requires isSupported<T> QJsonValue toJson(const T &value)
{
    return JsonDetail::writeValue(value, JsonDetail::Enc::Default);
}

template<typename T>
requires isSupported<T> QByteArray serialize(const T &value)
{
    // Straight to text (jsontextwriter.h): the same bytes as
    // QJsonDocument(toJson(value)).toJson(QJsonDocument::Compact).
    QByteArray text;
    text.reserve(1024);
    JsonDetail::writeText(text, value, JsonDetail::Enc::Default);
    return text;
}

#define ELSON_JSON_INSTANTIATE_ONE(...)                                                            \
    template Result<__VA_ARGS__> parse<__VA_ARGS__>(const QByteArray &);                           \
    template Result<__VA_ARGS__> fromJson<__VA_ARGS__>(const QJsonValue &);                        \
    template QJsonValue toJson<__VA_ARGS__>(const __VA_ARGS__ &);                                  \
    template QByteArray serialize<__VA_ARGS__>(const __VA_ARGS__ &);

#define ELSON_JSON_INSTANTIATE(...)                                                                \
    ELSON_JSON_INSTANTIATE_ONE(__VA_ARGS__)                                                        \
    ELSON_JSON_INSTANTIATE_ONE(QList<__VA_ARGS__>)

ELSON_JSON_INSTANTIATE(Account)
ELSON_JSON_INSTANTIATE(AccountConfigurations)
ELSON_JSON_INSTANTIATE(AccountConfigurationsPatch)
ELSON_JSON_INSTANTIATE(Activity)
ELSON_JSON_INSTANTIATE(ApiError)
ELSON_JSON_INSTANTIATE(Asset)
ELSON_JSON_INSTANTIATE(Bar)
ELSON_JSON_INSTANTIATE(CalendarDay)
ELSON_JSON_INSTANTIATE(CancelAllResult)
ELSON_JSON_INSTANTIATE(Clock)
ELSON_JSON_INSTANTIATE(ClosePositionResult)
ELSON_JSON_INSTANTIATE(MarketDataControl)
ELSON_JSON_INSTANTIATE(MarketDataMessage)
ELSON_JSON_INSTANTIATE(MarketDataRequest)
ELSON_JSON_INSTANTIATE(MarketDataSubscription)
ELSON_JSON_INSTANTIATE(MarketTrade)
ELSON_JSON_INSTANTIATE(Order)
ELSON_JSON_INSTANTIATE(OrderRequest)
ELSON_JSON_INSTANTIATE(PortfolioHistory)
ELSON_JSON_INSTANTIATE(Position)
ELSON_JSON_INSTANTIATE(Quote)
ELSON_JSON_INSTANTIATE(ReplaceOrderRequest)
ELSON_JSON_INSTANTIATE(Snapshot)
ELSON_JSON_INSTANTIATE(StopLoss)
ELSON_JSON_INSTANTIATE(StreamAuthorization)
ELSON_JSON_INSTANTIATE(StreamListening)
ELSON_JSON_INSTANTIATE(TakeProfit)
ELSON_JSON_INSTANTIATE(TradeUpdate)
ELSON_JSON_INSTANTIATE(TradingStreamMessage)
ELSON_JSON_INSTANTIATE(TradingStreamRequest)
ELSON_JSON_INSTANTIATE(Watchlist)
ELSON_JSON_INSTANTIATE(WatchlistRequest)
ELSON_JSON_INSTANTIATE(HistoryPage<Bar>)
ELSON_JSON_INSTANTIATE(HistoryPage<MarketTrade>)
ELSON_JSON_INSTANTIATE(HistoryPage<Quote>)
ELSON_JSON_INSTANTIATE(MultiHistoryPage<Bar>)
ELSON_JSON_INSTANTIATE(MultiHistoryPage<MarketTrade>)
ELSON_JSON_INSTANTIATE(MultiHistoryPage<Quote>)
ELSON_JSON_INSTANTIATE(Latest<Bar>)
ELSON_JSON_INSTANTIATE(Latest<MarketTrade>)
ELSON_JSON_INSTANTIATE(Latest<Quote>)
ELSON_JSON_INSTANTIATE(MultiLatest<Bar>)
ELSON_JSON_INSTANTIATE(MultiLatest<MarketTrade>)
ELSON_JSON_INSTANTIATE(MultiLatest<Quote>)
ELSON_JSON_INSTANTIATE(SnapshotMap)

#undef ELSON_JSON_INSTANTIATE
#undef ELSON_JSON_INSTANTIATE_ONE

} // namespace Elson::Json
