// SPDX-License-Identifier: GPL-3.0-or-later
// The Trading API payloads: each golden parses to the expected values, and every
// request variant serialises to exactly the expected body and parses back.

#include "jsoncodec.h"

#include "account.h"
#include "accountconfigurations.h"
#include "accountconfigurationspatch.h"
#include "activity.h"
#include "apierror.h"
#include "asset.h"
#include "calendarday.h"
#include "cancelallresult.h"
#include "clock.h"
#include "closepositionrequest.h"
#include "closepositionresult.h"
#include "order.h"
#include "orderrequest.h"
#include "portfoliohistory.h"
#include "position.h"
#include "replaceorderrequest.h"
#include "watchlist.h"
#include "watchlistrequest.h"

#include "alpacagolden.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Elson;
using namespace ElsonTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Elson::OrderRequest)
Q_DECLARE_METATYPE(Elson::ReplaceOrderRequest)
Q_DECLARE_METATYPE(Elson::AccountConfigurationsPatch)
Q_DECLARE_METATYPE(Elson::Error::Code)

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_CodecTrading : public QObject
{
    Q_OBJECT

private slots:
    void accountCurrent();
    void accountLegacyPdt();
    void accountDaytradeCountAsString();
    void accountUnknownStatus();
    void configurations();
    void orderBracketWithHeldLeg();
    void ordersOpenBracketBothLegsHeld();
    void orderTrailingStop();
    void orderNotionalFill();
    void ordersReplacePair();
    void orderUnknownStatusKept();
    void cancelAll207();
    void closeAll207();
    void errorBodies();
    void apiErrorToError_data();
    void apiErrorToError();
    void positions();
    void assets();
    void clock();
    void calendar();
    void activities();
    void portfolioHistorySeconds();
    void portfolioHistoryMilliseconds();
    void watchlists();
    void orderRequest_data();
    void orderRequest();
    void replaceOrderRequest_data();
    void replaceOrderRequest();
    void configurationsPatch_data();
    void configurationsPatch();
    void configurationsPatchApplied();
    void closePositionRequest();
    void closePositionRequestRejects_data();
    void closePositionRequestRejects();
    void watchlistRequest();
};

void tst_CodecTrading::accountCurrent()
{
    ELSON_PARSE_GOLDEN(Account, account, u"account.json"_s);
    QCOMPARE(account.id, u"e6fe16f3-64a4-4921-8928-cadf02f92f98"_s);
    QCOMPARE(account.accountNumber, u"PA3M4Z7Q1XYZ"_s);
    QCOMPARE(account.status, AccountStatus::Active);
    QVERIFY(account.rawStatus.isEmpty());
    QCOMPARE(account.cryptoStatus, std::optional(AccountStatus::Active));
    QCOMPARE(account.currency, u"USD"_s);
    QCOMPARE(account.cash, dec("-23140.2"));
    QCOMPARE(account.cash.toString(), u"-23140.2"_s);
    QCOMPARE(account.equity, dec("103820.56"));
    QCOMPARE(account.buyingPower, dec("80680.36"));
    QCOMPARE(account.maintenanceMargin.toString(), u"38088.228"_s);
    QCOMPARE(account.multiplier, dec("2"));
    QCOMPARE(account.shortMarketValue, dec("0"));
    QCOMPARE(*account.optionsBuyingPower, dec("40340.18"));
    QVERIFY(account.shortingEnabled);
    QVERIFY(!account.tradingBlocked);
    QCOMPARE(account.createdAt, ts(u"2024-05-14T18:04:41.239612Z"_s));
    QCOMPARE(account.optionsApprovedLevel, std::optional(2));
    // The PDT fields are gone since 2026-07-06 and must not read as zero.
    QVERIFY(!account.patternDayTrader);
    QVERIFY(!account.daytradeCount);
    QVERIFY(!account.daytradingBuyingPower);
    const QJsonObject written = Json::toJson(account).toObject();
    QVERIFY(!written.contains(u"pattern_day_trader"_s));
    QVERIFY(!written.contains(u"daytrade_count"_s));
    QVERIFY(!written.contains(u"daytrading_buying_power"_s));
}

void tst_CodecTrading::accountLegacyPdt()
{
    ELSON_PARSE_GOLDEN(Account, account, u"account_legacy_pdt.json"_s);
    QCOMPARE(account.patternDayTrader, std::optional(true));
    QCOMPARE(account.daytradeCount, std::optional(4));
    QCOMPARE(*account.daytradingBuyingPower, dec("262113.632"));
    QCOMPARE(account.multiplier, dec("4"));
    QVERIFY(!account.cryptoStatus);
    QVERIFY(!account.optionsTradingLevel);
    const QJsonObject written = Json::toJson(account).toObject();
    QCOMPARE(written.value(u"daytrade_count"_s), QJsonValue(4)); // an int on the wire
    QCOMPARE(written.value(u"pattern_day_trader"_s), QJsonValue(true));
}

void tst_CodecTrading::accountDaytradeCountAsString()
{
    // Old documentation examples quote the count.
    QJsonObject json = goldenJson(u"account_legacy_pdt.json"_s).toObject();
    json.insert(u"daytrade_count"_s, u"0"_s);
    const Result<Account> account = Json::fromJson<Account>(json);
    QVERIFY2(account.ok(), qPrintable(account.error().toString()));
    QCOMPARE(account->daytradeCount, std::optional(0));
    QCOMPARE(Json::toJson(account.value()).toObject().value(u"daytrade_count"_s), QJsonValue(0));
}

void tst_CodecTrading::accountUnknownStatus()
{
    QJsonObject json = goldenJson(u"account.json"_s).toObject();
    json.insert(u"status"_s, u"ACCOUNT_CLOSED"_s);
    const Result<Account> account = Json::fromJson<Account>(json);
    QVERIFY2(account.ok(), qPrintable(account.error().toString()));
    QCOMPARE(account->status, AccountStatus::Unknown);
    QCOMPARE(account->rawStatus, u"ACCOUNT_CLOSED"_s);
    QCOMPARE(Json::toJson(account.value()).toObject().value(u"status"_s),
             QJsonValue(u"ACCOUNT_CLOSED"_s));
}

void tst_CodecTrading::configurations()
{
    ELSON_PARSE_GOLDEN(AccountConfigurations, current, u"account_configurations.json"_s);
    QCOMPARE(current.tradeConfirmEmail, u"all"_s);
    QVERIFY(current.fractionalTrading);
    QVERIFY(!current.noShorting);
    QCOMPARE(current.maxMarginMultiplier, dec("4"));
    QCOMPARE(current.maxOptionsTradingLevel, std::optional(2));
    QCOMPARE(current.ptpNoExceptionEntry, std::optional(false));
    QVERIFY(current.dtbpCheck.isEmpty());
    QVERIFY(current.pdtCheck.isEmpty());

    ELSON_PARSE_GOLDEN(AccountConfigurations, legacy, u"account_configurations_legacy.json"_s);
    QCOMPARE(legacy.dtbpCheck, u"entry"_s);
    QCOMPARE(legacy.pdtCheck, u"both"_s);
    QVERIFY(!legacy.maxOptionsTradingLevel);
}

void tst_CodecTrading::orderBracketWithHeldLeg()
{
    ELSON_PARSE_GOLDEN(Order, order, u"order_bracket.json"_s);
    QCOMPARE(order.id, u"61e69015-8549-4bfd-b9c3-01e75843f47d"_s);
    QCOMPARE(order.orderClass, OrderClass::Bracket);
    QCOMPARE(order.type, OrderType::Limit);
    QCOMPARE(order.side, OrderSide::Buy);
    QCOMPARE(order.positionIntent, std::optional(PositionIntent::BuyToOpen));
    QCOMPARE(order.timeInForce, TimeInForce::Gtc);
    QCOMPARE(order.status, OrderStatus::Filled);
    QCOMPARE(*order.qty, dec("10"));
    QVERIFY(!order.notional);
    QCOMPARE(order.filledQty, dec("10"));
    QCOMPARE(order.filledAvgPrice->toString(), u"150.20"_s);
    QCOMPARE(*order.limitPrice, dec("150.25"));
    QVERIFY(!order.stopPrice);
    QCOMPARE(order.filledAt, ts(u"2026-03-09T14:30:01.5Z"_s));
    QCOMPARE(order.expiresAt, ts(u"2026-06-08T20:00:00Z"_s));
    QVERIFY(order.canceledAt.isNull());
    QVERIFY(order.replacedBy.isEmpty());
    QVERIFY(!order.extendedHours);

    QCOMPARE(order.legs.size(), qsizetype(2));
    const Order &takeProfit = order.legs.at(0);
    QCOMPARE(takeProfit.status, OrderStatus::New);
    QCOMPARE(takeProfit.type, OrderType::Limit);
    QCOMPARE(takeProfit.side, OrderSide::Sell);
    QCOMPARE(*takeProfit.limitPrice, dec("160"));
    const Order &stopLoss = order.legs.at(1);
    QCOMPARE(stopLoss.status, OrderStatus::Held);
    QCOMPARE(stopLoss.type, OrderType::Stop);
    QCOMPARE(stopLoss.stopPrice->toString(), u"145.00"_s);
    QVERIFY(!stopLoss.limitPrice);
    QVERIFY(takeProfit.legs.isEmpty());
    QVERIFY(stopLoss.legs.isEmpty());

    // Legs without legs are written as null, like Alpaca does.
    const QJsonObject written = Json::toJson(order).toObject();
    QCOMPARE(written.value(u"legs"_s).toArray().at(1).toObject().value(u"legs"_s), QJsonValue());
    QCOMPARE(written.value(u"order_type"_s), QJsonValue(u"limit"_s));
}

void tst_CodecTrading::ordersOpenBracketBothLegsHeld()
{
    ELSON_PARSE_GOLDEN(QList<Order>, orders, u"orders_open.json"_s);
    QCOMPARE(orders.size(), qsizetype(3));
    const Order &entry = orders.at(0);
    QCOMPARE(entry.status, OrderStatus::Accepted);
    QCOMPARE(entry.type, OrderType::Market);
    QCOMPARE(entry.legs.size(), qsizetype(2));
    QCOMPARE(entry.legs.at(0).status, OrderStatus::Held);
    QCOMPARE(entry.legs.at(1).status, OrderStatus::Held);
    QCOMPARE(entry.legs.at(1).type, OrderType::StopLimit);
    QCOMPARE(*entry.legs.at(1).stopPrice, dec("139.9"));
    QCOMPARE(*entry.legs.at(1).limitPrice, dec("139.5"));
    QCOMPARE(orders.at(1).type, OrderType::TrailingStop);
    QCOMPARE(orders.at(2).status, OrderStatus::PendingNew);
}

void tst_CodecTrading::orderTrailingStop()
{
    ELSON_PARSE_GOLDEN(Order, order, u"order_trailing_stop.json"_s);
    QCOMPARE(order.type, OrderType::TrailingStop);
    QCOMPARE(order.side, OrderSide::Sell);
    QCOMPARE(*order.trailPercent, dec("2.5"));
    QVERIFY(!order.trailPrice);
    QCOMPARE(*order.hwm, dec("152.37"));
    QCOMPARE(*order.stopPrice, dec("148.56"));
    QVERIFY(!order.limitPrice);
    QCOMPARE(order.filledQty, dec("0"));
    QVERIFY(!order.filledAvgPrice);
    QCOMPARE(order.updatedAt, ts(u"2026-03-10T15:42:07.000001Z"_s));
    QCOMPARE(order.updatedAt.toString(), u"2026-03-10T15:42:07.000001Z"_s);
}

void tst_CodecTrading::orderNotionalFill()
{
    ELSON_PARSE_GOLDEN(Order, order, u"order_notional_fill.json"_s);
    QVERIFY(!order.qty); // null on the wire for a notional order
    QCOMPARE(*order.notional, dec("250"));
    QCOMPARE(order.filledQty.toString(), u"1.663893511"_s);
    QCOMPARE(*order.filledAvgPrice, dec("150.25"));
    QCOMPARE(order.orderClass, OrderClass::Simple); // sent as ""
    QCOMPARE(order.status, OrderStatus::Filled);
    QCOMPARE(static_cast<qint64>(order.createdAt.epochNanos() % 1000),
             qint64(1)); // nanoseconds survive
    const QJsonObject written = Json::toJson(order).toObject();
    QCOMPARE(written.value(u"qty"_s), QJsonValue());
    QCOMPARE(written.value(u"notional"_s), QJsonValue(u"250"_s));
}

void tst_CodecTrading::ordersReplacePair()
{
    ELSON_PARSE_GOLDEN(QList<Order>, orders, u"orders_replace.json"_s);
    QCOMPARE(orders.size(), qsizetype(2));
    const Order &old = orders.at(0);
    const Order &replacement = orders.at(1);
    QCOMPARE(old.status, OrderStatus::Replaced);
    QCOMPARE(old.replacedBy, replacement.id);
    QCOMPARE(old.replacedAt, ts(u"2026-03-09T15:05:00.25Z"_s));
    QVERIFY(old.replaces.isEmpty());
    QCOMPARE(replacement.replaces, old.id);
    QVERIFY(replacement.replacedBy.isEmpty());
    QCOMPARE(replacement.limitPrice->toString(), u"148.50"_s);
    QCOMPARE(replacement.status, OrderStatus::PendingNew);
    QVERIFY(isTerminal(old.status));
}

void tst_CodecTrading::orderUnknownStatusKept()
{
    QJsonObject json = goldenJson(u"order_trailing_stop.json"_s).toObject();
    json.insert(u"status"_s, u"pending_moon"_s);
    json.insert(u"asset_class"_s, u"us_future"_s);
    const Result<Order> order = Json::fromJson<Order>(json);
    QVERIFY2(order.ok(), qPrintable(order.error().toString()));
    QCOMPARE(order->status, OrderStatus::Unknown);
    QCOMPARE(order->rawStatus, u"pending_moon"_s);
    QCOMPARE(order->assetClass, AssetClass::Unknown);
    QCOMPARE(order->rawAssetClass, u"us_future"_s);
    const QJsonObject written = Json::toJson(order.value()).toObject();
    QCOMPARE(written.value(u"status"_s), QJsonValue(u"pending_moon"_s));
    QCOMPARE(written.value(u"asset_class"_s), QJsonValue(u"us_future"_s));
}

void tst_CodecTrading::cancelAll207()
{
    ELSON_PARSE_GOLDEN(QList<CancelAllResult>, results, u"cancel_all_207.json"_s);
    QCOMPARE(results.size(), qsizetype(3));
    QVERIFY(results.at(0).isSuccess());
    QCOMPARE(results.at(0).status, 200);
    QVERIFY(!results.at(0).body);
    QVERIFY(!results.at(1).isSuccess());
    QCOMPARE(results.at(1).status, 404);
    QCOMPARE(results.at(1).body->code, std::optional<qint64>(40410000));
    QCOMPARE(results.at(1).body->message, u"order not found"_s);
    QCOMPARE(results.at(2).status, 422);
    const Error error = results.at(2).body->toError(results.at(2).status);
    QCOMPARE(error.code, Error::Code::Http);
    QCOMPARE(error.apiCode, qint64(42210000));
}

void tst_CodecTrading::closeAll207()
{
    ELSON_PARSE_GOLDEN(QList<ClosePositionResult>, results, u"close_all_207.json"_s);
    QCOMPARE(results.size(), qsizetype(2));
    const ClosePositionResult &closed = results.at(0);
    QCOMPARE(closed.symbol, u"AAPL"_s);
    QVERIFY(closed.isSuccess());
    QVERIFY(closed.order());
    QVERIFY(!closed.error());
    QCOMPARE(closed.order()->side, OrderSide::Sell);
    QCOMPARE(closed.order()->status, OrderStatus::Accepted);
    QCOMPARE(*closed.order()->qty, dec("10"));

    const ClosePositionResult &refused = results.at(1);
    QCOMPARE(refused.status, 403);
    QVERIFY(!refused.order());
    QVERIFY(refused.error());
    QCOMPARE(refused.error()->code, std::optional<qint64>(40310000));
    QCOMPARE(refused.error()->extra.value(u"existing_qty"_s), QJsonValue(u"-100"_s));
    QCOMPARE(refused.error()->extra.value(u"symbol"_s), QJsonValue(u"SQQQ"_s));
    QCOMPARE(refused.error()->extra.size(), qsizetype(4));
}

void tst_CodecTrading::errorBodies()
{
    const ApiError buyingPower = ApiError::fromBody(readGolden(u"error_buying_power.json"_s), 403);
    QCOMPARE(buyingPower.code, std::optional<qint64>(40310000));
    QCOMPARE(buyingPower.message, u"insufficient buying power"_s);
    QCOMPARE(
        buyingPower.extra,
        (QJsonObject { { u"buying_power"_s, u"1500.25"_s }, { u"cost_basis"_s, u"15020.00"_s } }));
    const Error error = buyingPower.toError(403);
    QCOMPARE(error.code, Error::Code::Http);
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.apiCode, qint64(40310000));
    QCOMPARE(error.message, u"insufficient buying power"_s);
    QCOMPARE(error.extra.value(u"buying_power"_s), QJsonValue(u"1500.25"_s));

    const ApiError messageOnly = ApiError::fromBody(readGolden(u"error_message_only.json"_s), 403);
    QVERIFY(!messageOnly.code);
    QCOMPARE(messageOnly.message, u"forbidden."_s);
    QVERIFY(messageOnly.extra.isEmpty());
    QCOMPARE(messageOnly.toError(403).apiCode, qint64(0));

    // An edge proxy's HTML page: the text, never a parse failure.
    const ApiError gateway = ApiError::fromBody(readGolden(u"error_gateway.html"_s), 502);
    QVERIFY(!gateway.code);
    QVERIFY2(gateway.message.contains(u"502 Bad Gateway"_s), qPrintable(gateway.message));
    QVERIFY(!gateway.message.contains(u'\n'));
    QCOMPARE(gateway.toError(502).httpStatus, 502);

    const ApiError empty = ApiError::fromBody(QByteArray(), 500);
    QCOMPARE(empty.message, u"HTTP status 500 without a message"_s);

    // A JSON body that is not an error object is shown as text, not lost.
    const ApiError odd = ApiError::fromBody(R"({"code":"forty"})"_ba, 400);
    QCOMPARE(odd.message, u"{\"code\":\"forty\"}"_s);
}

void tst_CodecTrading::apiErrorToError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("400") << 400 << Error::Code::Http;
    QTest::newRow("401") << 401 << Error::Code::Unauthorized;
    QTest::newRow("403") << 403 << Error::Code::Http;
    QTest::newRow("404") << 404 << Error::Code::NotFound;
    QTest::newRow("422") << 422 << Error::Code::Http;
    QTest::newRow("429") << 429 << Error::Code::RateLimited;
    QTest::newRow("500") << 500 << Error::Code::Http;
}

void tst_CodecTrading::apiErrorToError()
{
    QFETCH(int, status);
    QFETCH(Error::Code, code);
    ApiError body;
    body.code = 40010001; // the first digits need not match the status (422 vs 400…)
    body.message = u"client_order_id must be unique"_s;
    const Error error = body.toError(status);
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.apiCode, qint64(40010001));
    QCOMPARE(error.message, body.message);
}

void tst_CodecTrading::positions()
{
    ELSON_PARSE_GOLDEN(QList<Position>, positions, u"positions.json"_s);
    QCOMPARE(positions.size(), qsizetype(3));
    const Position &aapl = positions.at(0);
    QCOMPARE(aapl.side, PositionSide::Long);
    QCOMPARE(aapl.qty, dec("10"));
    QCOMPARE(aapl.avgEntryPrice.toString(), u"150.20"_s);
    QCOMPARE(aapl.marketValue->toString(), u"1523.70"_s);
    QCOMPARE(aapl.costBasis, dec("1502"));
    QCOMPARE(aapl.assetMarginable, std::optional(true));
    // Ratios with more than 9 digits are rounded, not rejected.
    QCOMPARE(*aapl.unrealizedPlpc, dec("0.014447403"));
    QCOMPARE(*aapl.changeToday, dec("0.003358356"));

    const Position &sqqq = positions.at(1);
    QCOMPARE(sqqq.side, PositionSide::Short);
    QCOMPARE(sqqq.qty, dec("-100"));
    QVERIFY(sqqq.qty.isNegative());
    QCOMPARE(*sqqq.marketValue, dec("-1012"));
    QCOMPARE(*sqqq.unrealizedIntradayPl, dec("-4"));
    QCOMPARE(*sqqq.unrealizedIntradayPlpc, dec("-0.003968254"));

    const Position &msft = positions.at(2);
    QCOMPARE(msft.qty.toString(), u"1.663893511"_s);
    QCOMPARE(*msft.qtyAvailable, dec("0.663893511"));
    QCOMPARE(*msft.changeToday, dec("0"));

    // A position without a price yet: null, not zero.
    QJsonArray json = goldenJson(u"positions.json"_s).toArray();
    QJsonObject unpriced = json.at(0).toObject();
    unpriced.insert(u"current_price"_s, QJsonValue::Null);
    unpriced.insert(u"market_value"_s, QJsonValue::Null);
    const Result<Position> parsed = Json::fromJson<Position>(unpriced);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QVERIFY(!parsed->currentPrice);
    QVERIFY(!parsed->marketValue);
}

void tst_CodecTrading::assets()
{
    ELSON_PARSE_GOLDEN(QList<Asset>, assets, u"assets.json"_s);
    QCOMPARE(assets.size(), qsizetype(4));
    const Asset &aapl = assets.at(0);
    QCOMPARE(aapl.assetClass, AssetClass::UsEquity);
    QCOMPARE(aapl.status, AssetStatus::Active);
    QCOMPARE(aapl.easyToBorrow, std::optional(true));
    QVERIFY(aapl.borrowStatus.isEmpty());
    QCOMPARE(*aapl.maintenanceMarginRequirement, dec("30"));
    QCOMPARE(*aapl.marginRequirementLong, dec("30"));
    QCOMPARE(aapl.attributes, (QStringList { u"fractional_eh_enabled"_s, u"has_options"_s }));
    QVERIFY(aapl.fractionable && aapl.shortable && aapl.marginable && aapl.tradable);

    const Asset &msft = assets.at(1);
    QVERIFY(!msft.easyToBorrow); // deprecated key absent
    QCOMPARE(msft.borrowStatus, u"easy_to_borrow"_s);
    QCOMPARE(*msft.maintenanceMarginRequirement, dec("37.5")); // a JSON number
    QCOMPARE(*msft.marginRequirementShort, dec("100"));
    QCOMPARE(msft.cusip, u"594918104"_s);

    const Asset &delisted = assets.at(2);
    QCOMPARE(delisted.status, AssetStatus::Inactive);
    QVERIFY(delisted.exchange.isEmpty());
    QVERIFY(delisted.name.isEmpty());
    QVERIFY(!delisted.tradable);
    QVERIFY(!delisted.marginRequirementLong);

    const Asset &btc = assets.at(3);
    QCOMPARE(btc.assetClass, AssetClass::Crypto);
    QCOMPARE(btc.symbol, u"BTC/USD"_s);
    QCOMPARE(btc.minTradeIncrement->toString(), u"0.000000001"_s);
    QCOMPARE(*btc.minOrderSize, dec("0.0001"));
    QCOMPARE(*btc.priceIncrement, dec("1"));

    const QJsonArray written = Json::toJson(assets).toArray();
    QCOMPARE(written.at(1).toObject().value(u"maintenance_margin_requirement"_s), QJsonValue(37.5));
    QCOMPARE(written.at(0).toObject().value(u"margin_requirement_long"_s), QJsonValue(u"30"_s));
    QVERIFY(!written.at(1).toObject().contains(u"easy_to_borrow"_s));
    QCOMPARE(written.at(2).toObject().value(u"name"_s), QJsonValue(u""_s));
}

void tst_CodecTrading::clock()
{
    ELSON_PARSE_GOLDEN(Clock, clock, u"clock.json"_s);
    QVERIFY(clock.isOpen);
    QCOMPARE(clock.timestamp.offsetSeconds(), -5 * 3600);
    QCOMPARE(clock.timestamp.toString(), u"2026-11-23T10:15:03.418221871-05:00"_s);
    QCOMPARE(clock.timestamp, ts(u"2026-11-23T15:15:03.418221871Z"_s));
    QCOMPARE(clock.nextOpen, ts(u"2026-11-24T14:30:00Z"_s));
    QCOMPARE(clock.nextClose, ts(u"2026-11-23T21:00:00Z"_s));
}

void tst_CodecTrading::calendar()
{
    ELSON_PARSE_GOLDEN(QList<CalendarDay>, days, u"calendar.json"_s);
    QCOMPARE(days.size(), qsizetype(3));
    QCOMPARE(days.at(0).date, QDate(2026, 11, 25));
    QCOMPARE(days.at(0).open, QTime(9, 30));
    QCOMPARE(days.at(0).close, QTime(16, 0));
    QCOMPARE(days.at(0).sessionOpen, QTime(4, 0)); // "0400", no colon
    QCOMPARE(days.at(0).sessionClose, QTime(20, 0)); // "2000"
    QCOMPARE(days.at(0).settlementDate, QDate(2026, 11, 27));
    // Thanksgiving (26th) is absent; the 27th closes early.
    QCOMPARE(days.at(1).date, QDate(2026, 11, 27));
    QCOMPARE(days.at(1).close, QTime(13, 0));
    QCOMPARE(days.at(1).sessionClose, QTime(17, 0));

    const QJsonObject written = Json::toJson(days).toArray().at(1).toObject();
    QCOMPARE(written.value(u"close"_s), QJsonValue(u"13:00"_s));
    QCOMPARE(written.value(u"session_close"_s), QJsonValue(u"1700"_s));
    QCOMPARE(written.value(u"session_open"_s), QJsonValue(u"0400"_s));

    // Older recordings have no settlement_date; "HH:MM" and "HHMM" are read in either field.
    const Result<CalendarDay> old = Json::parse<CalendarDay>(
        R"({"date":"2019-07-03","open":"0930","close":"13:00","session_open":"07:00","session_close":"1700"})"_ba);
    QVERIFY2(old.ok(), qPrintable(old.error().toString()));
    QCOMPARE(old->open, QTime(9, 30));
    QCOMPARE(old->sessionOpen, QTime(7, 0));
    QVERIFY(old->settlementDate.isNull());
}

void tst_CodecTrading::activities()
{
    ELSON_PARSE_GOLDEN(QList<Activity>, activities, u"activities.json"_s);
    QCOMPARE(activities.size(), qsizetype(4));
    const Activity &fill = activities.at(0);
    QVERIFY(fill.isTrade());
    QCOMPARE(fill.activityType, ActivityType::Fill);
    QCOMPARE(fill.fillType, u"fill"_s);
    QCOMPARE(fill.price->toString(), u"150.20"_s);
    QCOMPARE(*fill.qty, dec("6"));
    QCOMPARE(*fill.cumQty, dec("10"));
    QCOMPARE(*fill.leavesQty, dec("0"));
    QCOMPARE(fill.side, u"buy"_s);
    QCOMPARE(fill.orderStatus, std::optional(OrderStatus::Filled));
    QCOMPARE(fill.transactionTime, ts(u"2026-03-09T14:30:01.5Z"_s));
    QCOMPARE(fill.orderId, u"61e69015-8549-4bfd-b9c3-01e75843f47d"_s);

    QCOMPARE(activities.at(1).fillType, u"partial_fill"_s);
    QCOMPARE(activities.at(1).orderStatus, std::optional(OrderStatus::PartiallyFilled));

    const Activity &dividend = activities.at(2);
    QVERIFY(!dividend.isTrade());
    QCOMPARE(dividend.activityType, ActivityType::Div);
    QCOMPARE(dividend.date, QDate(2026, 5, 15));
    QCOMPARE(*dividend.netAmount, dec("2.6"));
    QCOMPARE(*dividend.perShareAmount, dec("0.26"));
    QCOMPARE(*dividend.qty, dec("10"));
    QCOMPARE(dividend.symbol, u"AAPL"_s);
    QCOMPARE(dividend.status, u"executed"_s);

    const Activity &deposit = activities.at(3);
    QCOMPARE(deposit.activityType, ActivityType::Csd);
    QVERIFY(deposit.symbol.isEmpty());
    QVERIFY(!deposit.qty);
    QCOMPARE(*deposit.netAmount, dec("5000"));

    // A FILL without its price is malformed; an unknown type is kept as a non-trade.
    QJsonArray json = goldenJson(u"activities.json"_s).toArray();
    QJsonObject noPrice = json.at(0).toObject();
    noPrice.remove(u"price"_s);
    const Result<Activity> bad = Json::fromJson<Activity>(noPrice);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, u"price"_s);
    QJsonObject future = json.at(3).toObject();
    future.insert(u"activity_type"_s, u"XFER"_s);
    const Result<Activity> unknown = Json::fromJson<Activity>(future);
    QVERIFY2(unknown.ok(), qPrintable(unknown.error().toString()));
    QCOMPARE(unknown->activityType, ActivityType::Unknown);
    QCOMPARE(unknown->rawActivityType, u"XFER"_s);
    QCOMPARE(Json::toJson(unknown.value()).toObject().value(u"activity_type"_s),
             QJsonValue(u"XFER"_s));
}

void tst_CodecTrading::portfolioHistorySeconds()
{
    ELSON_PARSE_GOLDEN(PortfolioHistory, history, u"portfolio_history.json"_s);
    QCOMPARE(history.timestamp.size(), qsizetype(4));
    QCOMPARE(static_cast<qint64>(history.timestamp.at(0).epochSeconds()), qint64(1772427600));
    QCOMPARE(history.timestamp.at(0), ts(u"2026-03-02T05:00:00Z"_s));
    QCOMPARE(*history.equity.at(1), dec("100250.5"));
    QVERIFY(!history.equity.at(2)); // null element
    QVERIFY(!history.profitLoss.at(2));
    QVERIFY(!history.profitLossPct.at(2));
    QCOMPARE(*history.profitLossPct.at(1), dec("0.002505"));
    QCOMPARE(*history.profitLoss.at(3), dec("769.62"));
    QCOMPARE(*history.baseValue, dec("100000"));
    QCOMPARE(history.baseValueAsof, QDate(2026, 2, 27));
    QCOMPARE(history.timeframe, u"1D"_s);

    const QJsonObject written = Json::toJson(history).toObject();
    QCOMPARE(written.value(u"equity"_s).toArray().at(2), QJsonValue());
    QCOMPARE(written.value(u"equity"_s).toArray().at(3), QJsonValue(101020.12));
    QCOMPARE(written.value(u"timestamp"_s).toArray().at(0), QJsonValue(qint64(1772427600)));
}

void tst_CodecTrading::portfolioHistoryMilliseconds()
{
    ELSON_PARSE_GOLDEN(PortfolioHistory, millis, u"portfolio_history_millis.json"_s);
    ELSON_PARSE_GOLDEN(PortfolioHistory, seconds, u"portfolio_history.json"_s);
    QCOMPARE(millis.timestamp, seconds.timestamp); // same instants, other unit
    QVERIFY(!millis.equity.at(0));
    QCOMPARE(*millis.equity.at(1), dec("27423.73"));
    QCOMPARE(*millis.profitLossPct.at(1), dec("0.00043047"));
    QCOMPARE(*millis.profitLossPct.at(2), dec("-0.000136437"));
    QCOMPARE(*millis.baseValue, dec("27411.93"));
    QVERIFY(millis.baseValueAsof.isNull());
    QVERIFY(millis.cashflow.isEmpty());
}

void tst_CodecTrading::watchlists()
{
    ELSON_PARSE_GOLDEN(Watchlist, watchlist, u"watchlist.json"_s);
    QCOMPARE(watchlist.name, u"Tech"_s);
    QVERIFY(watchlist.assets);
    QCOMPARE(watchlist.assets->size(), qsizetype(2));
    QCOMPARE(watchlist.assets->at(1).symbol, u"MSFT"_s);
    QCOMPARE(watchlist.createdAt, ts(u"2026-01-10T12:00:00.000001Z"_s));

    ELSON_PARSE_GOLDEN(QList<Watchlist>, list, u"watchlists.json"_s);
    QCOMPARE(list.size(), qsizetype(1));
    QVERIFY(!list.at(0).assets); // the list endpoint leaves assets out
    QVERIFY(!Json::toJson(list).toArray().at(0).toObject().contains(u"assets"_s));
}

void tst_CodecTrading::orderRequest_data()
{
    QTest::addColumn<OrderRequest>("request");
    QTest::addColumn<QByteArray>("expected");

    const auto base = [](OrderType type, const char *qty) {
        OrderRequest r;
        r.symbol = u"AAPL"_s;
        r.qty = dec(qty);
        r.type = type;
        return r;
    };

    QTest::newRow("market")
        << base(OrderType::Market, "10")
        << R"({"symbol":"AAPL","qty":"10","side":"buy","type":"market","time_in_force":"day"})"_ba;
    {
        OrderRequest r;
        r.symbol = u"AAPL"_s;
        r.notional = dec("250.00");
        r.clientOrderId = u"elson-5f0b6c1e-3c1a-4b8a-9d57-2b7de1f0c0a1"_s;
        QTest::newRow("notional")
            << r
            << R"({"symbol":"AAPL","notional":"250.00","side":"buy","type":"market","time_in_force":"day","client_order_id":"elson-5f0b6c1e-3c1a-4b8a-9d57-2b7de1f0c0a1"})"_ba;
    }
    {
        OrderRequest r = base(OrderType::Limit, "1.5");
        r.side = OrderSide::Sell;
        r.limitPrice = dec("150.20");
        r.extendedHours = true;
        QTest::newRow("limit extended hours fractional")
            << r
            << R"({"symbol":"AAPL","qty":"1.5","side":"sell","type":"limit","time_in_force":"day","limit_price":"150.20","extended_hours":true})"_ba;
    }
    {
        OrderRequest r = base(OrderType::Stop, "3");
        r.side = OrderSide::Sell;
        r.stopPrice = dec("140");
        r.timeInForce = TimeInForce::Gtc;
        QTest::newRow("stop")
            << r
            << R"({"symbol":"AAPL","qty":"3","side":"sell","type":"stop","time_in_force":"gtc","stop_price":"140"})"_ba;
    }
    {
        OrderRequest r = base(OrderType::StopLimit, "3");
        r.stopPrice = dec("155");
        r.limitPrice = dec("155.50");
        QTest::newRow("stop limit")
            << r
            << R"({"symbol":"AAPL","qty":"3","side":"buy","type":"stop_limit","time_in_force":"day","stop_price":"155","limit_price":"155.50"})"_ba;
    }
    {
        OrderRequest r = base(OrderType::TrailingStop, "5");
        r.side = OrderSide::Sell;
        r.trailPercent = dec("2.5");
        r.timeInForce = TimeInForce::Gtc;
        QTest::newRow("trailing percent")
            << r
            << R"({"symbol":"AAPL","qty":"5","side":"sell","type":"trailing_stop","time_in_force":"gtc","trail_percent":"2.5"})"_ba;
    }
    {
        OrderRequest r = base(OrderType::TrailingStop, "5");
        r.side = OrderSide::Sell;
        r.trailPrice = dec("1.25");
        QTest::newRow("trailing price")
            << r
            << R"({"symbol":"AAPL","qty":"5","side":"sell","type":"trailing_stop","time_in_force":"day","trail_price":"1.25"})"_ba;
    }
    {
        OrderRequest r = base(OrderType::Limit, "10");
        r.limitPrice = dec("150.25");
        r.timeInForce = TimeInForce::Gtc;
        r.orderClass = OrderClass::Bracket;
        r.takeProfit = TakeProfit { dec("160") };
        r.stopLoss = StopLoss { dec("145"), dec("144.50") };
        r.clientOrderId = u"elson-bracket-1"_s;
        QTest::newRow("bracket stop-limit exit")
            << r
            << R"({"symbol":"AAPL","qty":"10","side":"buy","type":"limit","time_in_force":"gtc","limit_price":"150.25",
                  "order_class":"bracket","take_profit":{"limit_price":"160"},
                  "stop_loss":{"stop_price":"145","limit_price":"144.50"},"client_order_id":"elson-bracket-1"})"_ba;
    }
    {
        OrderRequest r = base(OrderType::Market, "10");
        r.orderClass = OrderClass::Bracket;
        r.takeProfit = TakeProfit { dec("160") };
        r.stopLoss = StopLoss { dec("145"), std::nullopt };
        QTest::newRow("bracket market stop exit")
            << r
            << R"({"symbol":"AAPL","qty":"10","side":"buy","type":"market","time_in_force":"day",
                  "order_class":"bracket","take_profit":{"limit_price":"160"},"stop_loss":{"stop_price":"145"}})"_ba;
    }
    {
        OrderRequest r = base(OrderType::Limit, "10");
        r.side = OrderSide::Sell;
        r.limitPrice = dec("160");
        r.timeInForce = TimeInForce::Gtc;
        r.orderClass = OrderClass::Oco;
        r.takeProfit = TakeProfit { dec("160") };
        r.stopLoss = StopLoss { dec("145"), std::nullopt };
        QTest::newRow("oco")
            << r
            << R"({"symbol":"AAPL","qty":"10","side":"sell","type":"limit","time_in_force":"gtc","limit_price":"160",
                  "order_class":"oco","take_profit":{"limit_price":"160"},"stop_loss":{"stop_price":"145"}})"_ba;
    }
    {
        OrderRequest r = base(OrderType::Limit, "10");
        r.limitPrice = dec("150");
        r.orderClass = OrderClass::Oto;
        r.stopLoss = StopLoss { dec("145"), std::nullopt };
        QTest::newRow("oto")
            << r
            << R"({"symbol":"AAPL","qty":"10","side":"buy","type":"limit","time_in_force":"day","limit_price":"150",
                  "order_class":"oto","stop_loss":{"stop_price":"145"}})"_ba;
    }
    {
        OrderRequest r = base(OrderType::Market, "2");
        r.side = OrderSide::Sell;
        r.timeInForce = TimeInForce::Cls;
        r.positionIntent = PositionIntent::SellToClose;
        r.orderClass = OrderClass::Simple;
        QTest::newRow("market on close with intent")
            << r
            << R"({"symbol":"AAPL","qty":"2","side":"sell","type":"market","time_in_force":"cls",
                  "order_class":"simple","position_intent":"sell_to_close"})"_ba;
    }
    {
        OrderRequest r = base(OrderType::Limit, "100");
        r.limitPrice = dec("0.4512");
        r.timeInForce = TimeInForce::Opg;
        QTest::newRow("limit on open sub-dollar")
            << r
            << R"({"symbol":"AAPL","qty":"100","side":"buy","type":"limit","time_in_force":"opg","limit_price":"0.4512"})"_ba;
    }
}

void tst_CodecTrading::orderRequest()
{
    QFETCH(OrderRequest, request);
    QFETCH(QByteArray, expected);
    const QJsonObject expectedObject = object(expected);
    QVERIFY(!expectedObject.isEmpty());
    const QJsonValue written = Json::toJson(request);
    QVERIFY2(written.toObject() == expectedObject,
             qPrintable(u"\n   Actual: "_s + compact(written) + u"\n Expected: "_s
                        + compact(expectedObject)));
    // The simulator reads the same body back.
    const Result<OrderRequest> parsed = Json::parse<OrderRequest>(expected);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    ELSON_COMPARE_VALUES(parsed.value(), request);
    QCOMPARE(Json::serialize(parsed.value()), Json::serialize(request));
}

void tst_CodecTrading::replaceOrderRequest_data()
{
    QTest::addColumn<ReplaceOrderRequest>("request");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("nothing") << ReplaceOrderRequest() << "{}"_ba;
    {
        ReplaceOrderRequest r;
        r.qty = dec("15");
        QTest::newRow("qty") << r << R"({"qty":"15"})"_ba;
    }
    {
        ReplaceOrderRequest r;
        r.limitPrice = dec("149.90");
        r.timeInForce = TimeInForce::Gtc;
        r.clientOrderId = u"elson-limit-1-r1"_s;
        QTest::newRow("price and tif")
            << r
            << R"({"limit_price":"149.90","time_in_force":"gtc","client_order_id":"elson-limit-1-r1"})"_ba;
    }
    {
        ReplaceOrderRequest r;
        r.stopPrice = dec("144");
        r.limitPrice = dec("143.5");
        QTest::newRow("stop limit") << r << R"({"stop_price":"144","limit_price":"143.5"})"_ba;
    }
    {
        ReplaceOrderRequest r;
        r.trail = dec("3");
        QTest::newRow("trail") << r << R"({"trail":"3"})"_ba;
    }
}

void tst_CodecTrading::replaceOrderRequest()
{
    QFETCH(ReplaceOrderRequest, request);
    QFETCH(QByteArray, expected);
    QCOMPARE(Json::toJson(request).toObject(), object(expected));
    const Result<ReplaceOrderRequest> parsed = Json::parse<ReplaceOrderRequest>(expected);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    ELSON_COMPARE_VALUES(parsed.value(), request);
    QCOMPARE(parsed->isEmpty(), expected == "{}");
}

void tst_CodecTrading::configurationsPatch_data()
{
    QTest::addColumn<AccountConfigurationsPatch>("patch");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("nothing") << AccountConfigurationsPatch() << "{}"_ba;
    {
        AccountConfigurationsPatch p;
        p.noShorting = true;
        QTest::newRow("no shorting") << p << R"({"no_shorting":true})"_ba;
    }
    {
        AccountConfigurationsPatch p;
        p.suspendTrade = false; // an explicit false is written, unlike an unset field
        p.maxMarginMultiplier = dec("1");
        p.tradeConfirmEmail = u"none"_s;
        QTest::newRow("explicit false")
            << p
            << R"({"suspend_trade":false,"max_margin_multiplier":"1","trade_confirm_email":"none"})"_ba;
    }
    {
        AccountConfigurationsPatch p;
        p.dtbpCheck = u"exit"_s;
        p.maxOptionsTradingLevel = 0;
        QTest::newRow("legacy dtbp and level 0")
            << p << R"({"dtbp_check":"exit","max_options_trading_level":0})"_ba;
    }
}

void tst_CodecTrading::configurationsPatch()
{
    QFETCH(AccountConfigurationsPatch, patch);
    QFETCH(QByteArray, expected);
    QCOMPARE(Json::toJson(patch).toObject(), object(expected));
    const Result<AccountConfigurationsPatch> parsed =
        Json::parse<AccountConfigurationsPatch>(expected);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    ELSON_COMPARE_VALUES(parsed.value(), patch);
}

void tst_CodecTrading::configurationsPatchApplied()
{
    ELSON_PARSE_GOLDEN(AccountConfigurations, current, u"account_configurations.json"_s);
    AccountConfigurationsPatch patch;
    patch.noShorting = true;
    patch.maxMarginMultiplier = dec("1");
    const AccountConfigurations updated = patch.appliedTo(current);
    QVERIFY(updated.noShorting);
    QCOMPARE(updated.maxMarginMultiplier, dec("1"));
    QCOMPARE(updated.tradeConfirmEmail, current.tradeConfirmEmail);
    QCOMPARE(updated.fractionalTrading, current.fractionalTrading);
    QVERIFY(AccountConfigurationsPatch().appliedTo(current) == current);
    QVERIFY(AccountConfigurationsPatch().isEmpty());
    QVERIFY(!patch.isEmpty());
}

void tst_CodecTrading::closePositionRequest()
{
    QVERIFY(ClosePositionRequest().toQuery().isEmpty());
    ClosePositionRequest byQty;
    byQty.qty = dec("1.5");
    QCOMPARE(byQty.toQuery().toString(), u"qty=1.5"_s);
    ClosePositionRequest byPercent;
    byPercent.percentage = dec("50");
    QCOMPARE(byPercent.toQuery().toString(), u"percentage=50"_s);

    const Result<ClosePositionRequest> parsed = ClosePositionRequest::fromQuery(byQty.toQuery());
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value() == byQty);
    const Result<ClosePositionRequest> all = ClosePositionRequest::fromQuery(QUrlQuery());
    QVERIFY(all.ok());
    QVERIFY(!all->qty && !all->percentage);
}

void tst_CodecTrading::closePositionRequestRejects_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("both") << u"qty=1&percentage=50"_s << u"percentage"_s;
    QTest::newRow("bad qty") << u"qty=abc"_s << u"qty"_s;
    QTest::newRow("empty percentage") << u"percentage="_s << u"percentage"_s;
}

void tst_CodecTrading::closePositionRequestRejects()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Result<ClosePositionRequest> parsed = ClosePositionRequest::fromQuery(QUrlQuery(query));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, Error::Code::Parse);
    QCOMPARE(parsed.error().field, field);
    QVERIFY(!parsed.error().message.isEmpty());
}

void tst_CodecTrading::watchlistRequest()
{
    WatchlistRequest request { u"Tech"_s, { u"AAPL"_s, u"MSFT"_s } };
    QCOMPARE(Json::toJson(request).toObject(),
             object(R"({"name":"Tech","symbols":["AAPL","MSFT"]})"_ba));
    const Result<WatchlistRequest> parsed = Json::parse<WatchlistRequest>(Json::serialize(request));
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value() == request);
    QCOMPARE(Json::toJson(WatchlistRequest { u"Empty"_s, {} }).toObject(),
             object(R"({"name":"Empty"})"_ba));
}

QTEST_GUILESS_MAIN(tst_CodecTrading)
#include "tst_codectrading.moc"
