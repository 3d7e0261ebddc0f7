// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Elson {

struct Account;
struct AccountConfigurations;
struct AccountConfigurationsPatch;
struct Activity;
struct ApiError;
struct Asset;
struct Bar;
struct CalendarDay;
struct CancelAllResult;
struct Clock;
struct ClosePositionResult;
struct MarketDataControl;
struct MarketDataMessage;
struct MarketDataRequest;
struct MarketDataSubscription;
struct MarketTrade;
struct Order;
struct OrderRequest;
struct PortfolioHistory;
struct Position;
struct Quote;
struct ReplaceOrderRequest;
struct Snapshot;
struct StopLoss;
struct StreamAuthorization;
struct StreamListening;
struct TakeProfit;
struct TradeUpdate;
struct TradingStreamMessage;
struct TradingStreamRequest;
struct Watchlist;
struct WatchlistRequest;
template<typename T> struct HistoryPage;
template<typename T> struct MultiHistoryPage;
template<typename T> struct Latest;
template<typename T> struct MultiLatest;

/**
 * The JSON codec for every Alpaca request, response and stream message, in both
 * directions: the client parses responses and serialises requests, the simulator
 * does the reverse, and `fromJson(toJson(x)) == x` for every supported value.
 *
 * Wire rules (the team's Alpaca API reference, §2):
 * - decimals are read from JSON strings or numbers and written as strings, except
 *   where Alpaca writes numbers (market data, portfolio-history arrays,
 *   maintenance_margin_requirement); a decimal string round-trips byte for byte;
 * - timestamps: RFC 3339 with 0–9 fractional digits and any offset;
 * - null or a missing key for optional fields; unknown keys are ignored;
 * - a missing required key, a wrong JSON type, a bad decimal, timestamp or enum is
 *   an Error with code Parse, `field` = the JSON path ("legs[1].stop_price",
 *   "bars.AAPL[3].t", "" for the root) and a translated message. Never a crash,
 *   never a silent zero.
 *
 * Supported types: each domain struct, `QList` of it (JSON arrays such as
 * GET /v2/orders or a market-data stream frame), SnapshotMap and the market-data
 * envelopes (BarsPage, MultiBarsPage, LatestQuote, …). Using any other type does
 * not compile.
 */
namespace Json {

/** The types with a JSON form of their own (objects and maps). */
template<typename T> inline constexpr bool isSupportedElement = false;

/** What parse()/serialize() accept: a supported element or a QList of one. */
template<typename T> inline constexpr bool isSupported = isSupportedElement<T>;
template<typename T> inline constexpr bool isSupported<QList<T>> = isSupportedElement<T>;

#define ELSON_JSON_SUPPORTED(...)                                                                  \
    template<> inline constexpr bool isSupportedElement<__VA_ARGS__> = true;

ELSON_JSON_SUPPORTED(Account)
ELSON_JSON_SUPPORTED(AccountConfigurations)
ELSON_JSON_SUPPORTED(AccountConfigurationsPatch)
ELSON_JSON_SUPPORTED(Activity)
ELSON_JSON_SUPPORTED(ApiError)
ELSON_JSON_SUPPORTED(Asset)
ELSON_JSON_SUPPORTED(Bar)
ELSON_JSON_SUPPORTED(CalendarDay)
ELSON_JSON_SUPPORTED(CancelAllResult)
ELSON_JSON_SUPPORTED(Clock)
ELSON_JSON_SUPPORTED(ClosePositionResult)
ELSON_JSON_SUPPORTED(MarketDataControl)
ELSON_JSON_SUPPORTED(MarketDataMessage)
ELSON_JSON_SUPPORTED(MarketDataRequest)
ELSON_JSON_SUPPORTED(MarketDataSubscription)
ELSON_JSON_SUPPORTED(MarketTrade)
ELSON_JSON_SUPPORTED(Order)
ELSON_JSON_SUPPORTED(OrderRequest)
ELSON_JSON_SUPPORTED(PortfolioHistory)
ELSON_JSON_SUPPORTED(Position)
ELSON_JSON_SUPPORTED(Quote)
ELSON_JSON_SUPPORTED(ReplaceOrderRequest)
ELSON_JSON_SUPPORTED(Snapshot)
ELSON_JSON_SUPPORTED(StopLoss)
ELSON_JSON_SUPPORTED(StreamAuthorization)
ELSON_JSON_SUPPORTED(StreamListening)
ELSON_JSON_SUPPORTED(TakeProfit)
ELSON_JSON_SUPPORTED(TradeUpdate)
ELSON_JSON_SUPPORTED(TradingStreamMessage)
ELSON_JSON_SUPPORTED(TradingStreamRequest)
ELSON_JSON_SUPPORTED(Watchlist)
ELSON_JSON_SUPPORTED(WatchlistRequest)
ELSON_JSON_SUPPORTED(HistoryPage<Bar>)
ELSON_JSON_SUPPORTED(HistoryPage<MarketTrade>)
ELSON_JSON_SUPPORTED(HistoryPage<Quote>)
ELSON_JSON_SUPPORTED(MultiHistoryPage<Bar>)
ELSON_JSON_SUPPORTED(MultiHistoryPage<MarketTrade>)
ELSON_JSON_SUPPORTED(MultiHistoryPage<Quote>)
ELSON_JSON_SUPPORTED(Latest<Bar>)
ELSON_JSON_SUPPORTED(Latest<MarketTrade>)
ELSON_JSON_SUPPORTED(Latest<Quote>)
ELSON_JSON_SUPPORTED(MultiLatest<Bar>)
ELSON_JSON_SUPPORTED(MultiLatest<MarketTrade>)
ELSON_JSON_SUPPORTED(MultiLatest<Quote>)
ELSON_JSON_SUPPORTED(QMap<QString, std::optional<Snapshot>>) // SnapshotMap

#undef ELSON_JSON_SUPPORTED

/**
 * Parses a complete JSON document (object or array). Invalid JSON — truncated,
 * empty, a text body — is a Parse error at the root naming the offset.
 */
template<typename T>
requires isSupported<T> Result<T> parse(const QByteArray &json);

/** Reads an already parsed JSON value. */
template<typename T>
requires isSupported<T> Result<T> fromJson(const QJsonValue &json);

/** The value in Alpaca's wire shape. */
template<typename T>
requires isSupported<T> QJsonValue toJson(const T &value);

/** The value as compact JSON text (what goes on the wire). */
template<typename T>
requires isSupported<T> QByteArray serialize(const T &value);

} // namespace Json
} // namespace Elson
