// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the JSON codec: the object-level readValue/writeValue of every
// domain type, defined next to its describe() in codectrading.cpp,
// codecmarketdata.cpp and codecstream.cpp, so one translation unit can nest
// another's types (an Order inside a TradeUpdate) without seeing its describe().
//
// Adding a type:
//  1. the struct in its own header (default member initialisers, defaulted ==);
//  2. a `template<typename V, Is<T> S> void describe(V &v, S &x)` in the codec*.cpp
//     of its family, one line per JSON key: v.req / v.opt / v.omit (see
//     ObjectReader), an Enc for numbers, epoch times or "HHMM" times, v.check for a
//     rule across fields;
//  3. ELSON_JSON_DECLARE(T) below and ELSON_JSON_DEFINE(T) after the describe();
//  4. ELSON_JSON_SUPPORTED(T) in jsoncodec.h and ELSON_JSON_INSTANTIATE(T) in
//     jsoncodec.cpp (which also enables QList<T>);
//  5. a golden payload under tests/data/alpaca and its rows in tst_jsoncodec.

#include "jsonreader.h"
#include "jsontextwriter.h"
#include "jsonwriter.h"

#include "account.h"
#include "accountconfigurations.h"
#include "accountconfigurationspatch.h"
#include "activity.h"
#include "apierror.h"
#include "asset.h"
#include "bar.h"
#include "calendarday.h"
#include "cancelallresult.h"
#include "clock.h"
#include "closepositionresult.h"
#include "marketdatamessage.h"
#include "marketdataresponses.h"
#include "markettrade.h"
#include "order.h"
#include "orderrequest.h"
#include "portfoliohistory.h"
#include "position.h"
#include "quote.h"
#include "replaceorderrequest.h"
#include "snapshot.h"
#include "tradeupdate.h"
#include "tradingstreammessage.h"
#include "watchlist.h"
#include "watchlistrequest.h"

namespace Elson::JsonDetail {

#define ELSON_JSON_DECLARE(...)                                                                    \
    bool readValue(const QJsonValue &json, __VA_ARGS__ &out, Enc enc, const Path &path,            \
                   ReadContext &ctx);                                                              \
    QJsonValue writeValue(const __VA_ARGS__ &value, Enc enc);                                      \
    void writeText(QByteArray &out, const __VA_ARGS__ &value, Enc enc);

/** Defines the pair declared above from the type's describe() template. */
#define ELSON_JSON_DEFINE(...)                                                                     \
    bool readValue(const QJsonValue &json, __VA_ARGS__ &out, Enc, const Path &path,                \
                   ReadContext &ctx)                                                               \
    {                                                                                              \
        return readObject(json, out, path, ctx);                                                   \
    }                                                                                              \
    QJsonValue writeValue(const __VA_ARGS__ &value, Enc)                                           \
    {                                                                                              \
        return writeObject(value);                                                                 \
    }                                                                                              \
    void writeText(QByteArray &out, const __VA_ARGS__ &value, Enc)                                 \
    {                                                                                              \
        writeObjectText(out, value);                                                               \
    }

// codectrading.cpp
ELSON_JSON_DECLARE(Account)
ELSON_JSON_DECLARE(AccountConfigurations)
ELSON_JSON_DECLARE(AccountConfigurationsPatch)
ELSON_JSON_DECLARE(Activity)
ELSON_JSON_DECLARE(ApiError)
ELSON_JSON_DECLARE(Asset)
ELSON_JSON_DECLARE(CalendarDay)
ELSON_JSON_DECLARE(CancelAllResult)
ELSON_JSON_DECLARE(Clock)
ELSON_JSON_DECLARE(ClosePositionResult)
ELSON_JSON_DECLARE(Order)
ELSON_JSON_DECLARE(OrderRequest)
ELSON_JSON_DECLARE(PortfolioHistory)
ELSON_JSON_DECLARE(Position)
ELSON_JSON_DECLARE(ReplaceOrderRequest)
ELSON_JSON_DECLARE(StopLoss)
ELSON_JSON_DECLARE(TakeProfit)
ELSON_JSON_DECLARE(Watchlist)
ELSON_JSON_DECLARE(WatchlistRequest)

// codecmarketdata.cpp
ELSON_JSON_DECLARE(Bar)
ELSON_JSON_DECLARE(Quote)
ELSON_JSON_DECLARE(MarketTrade)
ELSON_JSON_DECLARE(Snapshot)
ELSON_JSON_DECLARE(HistoryPage<Bar>)
ELSON_JSON_DECLARE(HistoryPage<MarketTrade>)
ELSON_JSON_DECLARE(HistoryPage<Quote>)
ELSON_JSON_DECLARE(MultiHistoryPage<Bar>)
ELSON_JSON_DECLARE(MultiHistoryPage<MarketTrade>)
ELSON_JSON_DECLARE(MultiHistoryPage<Quote>)
ELSON_JSON_DECLARE(Latest<Bar>)
ELSON_JSON_DECLARE(Latest<MarketTrade>)
ELSON_JSON_DECLARE(Latest<Quote>)
ELSON_JSON_DECLARE(MultiLatest<Bar>)
ELSON_JSON_DECLARE(MultiLatest<MarketTrade>)
ELSON_JSON_DECLARE(MultiLatest<Quote>)
ELSON_JSON_DECLARE(MarketDataControl)
ELSON_JSON_DECLARE(MarketDataSubscription)
ELSON_JSON_DECLARE(MarketDataMessage)
ELSON_JSON_DECLARE(MarketDataRequest)

// codecstream.cpp
ELSON_JSON_DECLARE(TradeUpdate)
ELSON_JSON_DECLARE(StreamAuthorization)
ELSON_JSON_DECLARE(StreamListening)
ELSON_JSON_DECLARE(TradingStreamMessage)
ELSON_JSON_DECLARE(TradingStreamRequest)

#undef ELSON_JSON_DECLARE

} // namespace Elson::JsonDetail
