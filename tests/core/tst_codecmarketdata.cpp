// SPDX-License-Identifier: GPL-3.0-or-later
// Market data REST envelopes and the market-data stream, both directions.

#include "jsoncodec.h"

#include "marketdatamessage.h"
#include "marketdataresponses.h"
#include "snapshot.h"

#include "alpacagolden.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Elson;
using namespace ElsonTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Elson::MarketDataMessage)
Q_DECLARE_METATYPE(Elson::MarketDataRequest)

class tst_CodecMarketData : public QObject
{
    Q_OBJECT

private slots:
    void dailyBarsAcrossDst_data();
    void dailyBarsAcrossDst();
    void barsPage();
    void barsLastPageAndEmptyRange();
    void multiSymbolBars();
    void snapshots();
    void singleSnapshot();
    void latest();
    void streamFrames();
    void streamMessagesWritten_data();
    void streamMessagesWritten();
    void requests_data();
    void requests();
};

void tst_CodecMarketData::dailyBarsAcrossDst_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QDate>("newYorkDate");

    // Daily bars are stamped at New York midnight: 05:00Z in winter, 04:00Z in summer.
    // DST began 2026-03-08 and ended 2026-11-01.
    QTest::newRow("Thu before spring")
        << u"bars_daily_spring.json"_s << 0 << u"2026-03-05T05:00:00Z"_s << QDate(2026, 3, 5);
    QTest::newRow("Fri before spring")
        << u"bars_daily_spring.json"_s << 1 << u"2026-03-06T05:00:00Z"_s << QDate(2026, 3, 6);
    QTest::newRow("Mon after spring")
        << u"bars_daily_spring.json"_s << 2 << u"2026-03-09T04:00:00Z"_s << QDate(2026, 3, 9);
    QTest::newRow("Tue after spring")
        << u"bars_daily_spring.json"_s << 3 << u"2026-03-10T04:00:00Z"_s << QDate(2026, 3, 10);
    QTest::newRow("Thu before fall")
        << u"bars_daily_fall.json"_s << 0 << u"2026-10-29T04:00:00Z"_s << QDate(2026, 10, 29);
    QTest::newRow("Fri before fall")
        << u"bars_daily_fall.json"_s << 1 << u"2026-10-30T04:00:00Z"_s << QDate(2026, 10, 30);
    QTest::newRow("Mon after fall")
        << u"bars_daily_fall.json"_s << 2 << u"2026-11-02T05:00:00Z"_s << QDate(2026, 11, 2);
    QTest::newRow("Tue after fall")
        << u"bars_daily_fall.json"_s << 3 << u"2026-11-03T05:00:00Z"_s << QDate(2026, 11, 3);
}

void tst_CodecMarketData::dailyBarsAcrossDst()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, utc);
    QFETCH(QDate, newYorkDate);

    ELSON_PARSE_GOLDEN(BarsPage, page, file);
    QCOMPARE(page.items.size(), qsizetype(4));
    const Bar &bar = page.items.at(index);
    QCOMPARE(bar.time.toString(), utc);
    const QDateTime local = bar.time.toDateTime().toTimeZone(QTimeZone("America/New_York"_ba));
    QCOMPARE(local.date(), newYorkDate);
    QCOMPARE(local.time(), QTime(0, 0));
}

void tst_CodecMarketData::barsPage()
{
    ELSON_PARSE_GOLDEN(BarsPage, page, u"bars_daily_spring.json"_s);
    QCOMPARE(page.symbol, u"AAPL"_s);
    QCOMPARE(page.nextPageToken, u"QUFQTHxEfDIwMjYtMDMtMTBUMDQ6MDA6MDAuMDAwMDAwMDAwWg=="_s);
    const Bar &first = page.items.at(0);
    QVERIFY(first.symbol.isEmpty()); // REST bars carry no S
    QCOMPARE(first.open, dec("150.1"));
    QCOMPARE(first.high, dec("152.4"));
    QCOMPARE(first.low, dec("149.55"));
    QCOMPARE(first.close, dec("151.98"));
    QCOMPARE(first.volume, qint64(51234567));
    QCOMPARE(first.tradeCount, qint64(612345));
    QCOMPARE(first.vwap, dec("151.203317"));
    QCOMPARE(page.items.at(1).open, dec("152")); // 152.0 on the wire

    // Prices go back out as JSON numbers, not strings.
    const QJsonObject written = Json::toJson(page.items.at(0)).toObject();
    QCOMPARE(written.value(u"o"_s), QJsonValue(150.1));
    QCOMPARE(written.value(u"v"_s), QJsonValue(qint64(51234567)));
    QVERIFY(!written.contains(u"S"_s));
}

void tst_CodecMarketData::barsLastPageAndEmptyRange()
{
    ELSON_PARSE_GOLDEN(BarsPage, last, u"bars_daily_fall.json"_s);
    QVERIFY(last.nextPageToken.isEmpty());
    QCOMPARE(Json::toJson(last).toObject().value(u"next_page_token"_s), QJsonValue());

    // An empty range comes back with "bars": null.
    const Result<BarsPage> empty =
        Json::parse<BarsPage>(R"({"bars":null,"symbol":"AAPL","next_page_token":null})"_ba);
    QVERIFY2(empty.ok(), qPrintable(empty.error().toString()));
    QVERIFY(empty->items.isEmpty());
    QCOMPARE(empty->symbol, u"AAPL"_s);
}

void tst_CodecMarketData::multiSymbolBars()
{
    ELSON_PARSE_GOLDEN(MultiBarsPage, page, u"bars_multi.json"_s);
    QCOMPARE(page.items.keys(), (QStringList { u"AAPL"_s, u"MSFT"_s }));
    QCOMPARE(page.items.value(u"AAPL"_s).size(), qsizetype(4));
    QCOMPARE(page.items.value(u"MSFT"_s).size(), qsizetype(1));
    QCOMPARE(page.items.value(u"AAPL"_s).at(1).time, ts(u"2026-03-09T13:31:00Z"_s));
    QCOMPARE(page.items.value(u"MSFT"_s).at(0).close, dec("414.84"));
    QCOMPARE(page.nextPageToken, u"TVNGVHwyMDI2LTAzLTA5VDEzOjMxOjAwWg=="_s);
}

void tst_CodecMarketData::snapshots()
{
    ELSON_PARSE_GOLDEN(SnapshotMap, snapshots, u"snapshots.json"_s);
    QCOMPARE(snapshots.size(), qsizetype(3));
    QVERIFY(snapshots.contains(u"NOSUCH"_s));
    QVERIFY(!snapshots.value(u"NOSUCH"_s)); // null: a symbol Alpaca does not know

    const Snapshot aapl = *snapshots.value(u"AAPL"_s);
    QVERIFY(aapl.symbol.isEmpty());
    QCOMPARE(aapl.latestTrade->price, dec("152.37"));
    QCOMPARE(aapl.latestTrade->size, qint64(100));
    QCOMPARE(aapl.latestTrade->id, qint64(52983525029461));
    QCOMPARE(aapl.latestTrade->conditions, QStringList { u"@"_s });
    QCOMPARE(aapl.latestTrade->exchange, u"V"_s);
    QCOMPARE(aapl.latestTrade->tape, u"C"_s);
    QCOMPARE(aapl.latestTrade->time.toString(), u"2026-03-09T15:51:44.208123456Z"_s);
    QCOMPARE(aapl.latestQuote->askPrice, dec("152.38"));
    QCOMPARE(aapl.latestQuote->bidPrice, dec("152.36"));
    QCOMPARE(aapl.latestQuote->askSize, qint64(200));
    QCOMPARE(aapl.latestQuote->bidSize, qint64(300));
    QCOMPARE(aapl.minuteBar->close, dec("152.37"));
    QCOMPARE(aapl.dailyBar->time, ts(u"2026-03-09T04:00:00Z"_s));
    QCOMPARE(aapl.prevDailyBar->time, ts(u"2026-03-06T05:00:00Z"_s));

    const Snapshot msft = *snapshots.value(u"MSFT"_s);
    QVERIFY(!msft.minuteBar);
    QCOMPARE(msft.latestQuote->askPrice, dec("0")); // no ask
    QCOMPARE(msft.latestTrade->conditions, (QStringList { u"@"_s, u"I"_s }));

    const QJsonObject written = Json::toJson(snapshots).toObject();
    QCOMPARE(written.value(u"NOSUCH"_s), QJsonValue());
    QCOMPARE(written.value(u"MSFT"_s).toObject().value(u"minuteBar"_s), QJsonValue());
}

void tst_CodecMarketData::singleSnapshot()
{
    ELSON_PARSE_GOLDEN(Snapshot, snapshot, u"snapshot_aapl.json"_s);
    ELSON_PARSE_GOLDEN(SnapshotMap, map, u"snapshots.json"_s);
    QCOMPARE(snapshot.symbol, u"AAPL"_s);
    Snapshot fromMap = *map.value(u"AAPL"_s);
    fromMap.symbol = u"AAPL"_s;
    ELSON_COMPARE_VALUES(snapshot, fromMap);
}

void tst_CodecMarketData::latest()
{
    ELSON_PARSE_GOLDEN(LatestQuotes, quotes, u"latest_quotes.json"_s);
    QCOMPARE(quotes.items.size(), qsizetype(2));
    QCOMPARE(quotes.items.value(u"AAPL"_s).askExchange, u"V"_s);
    QCOMPARE(quotes.items.value(u"AAPL"_s).conditions, QStringList { u"R"_s });
    QCOMPARE(quotes.items.value(u"MSFT"_s).bidPrice, dec("414.8"));

    ELSON_PARSE_GOLDEN(LatestTrade, trade, u"latest_trade_aapl.json"_s);
    QCOMPARE(trade.symbol, u"AAPL"_s);
    QCOMPARE(trade.item.price, dec("152.37"));
    QCOMPARE(Json::toJson(trade).toObject().keys(), (QStringList { u"symbol"_s, u"trade"_s }));
}

void tst_CodecMarketData::streamFrames()
{
    const QJsonArray frames = goldenJson(u"market_data_stream.json"_s).toArray();
    QList<QList<MarketDataMessage>> parsed;
    for (const QJsonValue &frame : frames) {
        const Result<QList<MarketDataMessage>> messages =
            Json::fromJson<QList<MarketDataMessage>>(frame);
        QVERIFY2(messages.ok(), qPrintable(messages.error().toString()));
        parsed.append(messages.value());
    }
    QCOMPARE(parsed.size(), qsizetype(8));

    QCOMPARE(parsed.at(0).at(0).type, MarketDataMessageType::Success);
    QCOMPARE(std::get<MarketDataControl>(parsed.at(0).at(0).payload).message, u"connected"_s);
    QCOMPARE(std::get<MarketDataControl>(parsed.at(1).at(0).payload).message, u"authenticated"_s);

    const auto &subscription = std::get<MarketDataSubscription>(parsed.at(2).at(0).payload);
    QCOMPARE(subscription.trades, QStringList { u"AAPL"_s });
    QCOMPARE(subscription.quotes, (QStringList { u"AMD"_s, u"CLDR"_s }));
    QCOMPARE(subscription.bars, QStringList { u"*"_s });
    QVERIFY(subscription.updatedBars.isEmpty());
    QCOMPARE(subscription.dailyBars, QStringList { u"VOO"_s });
    QCOMPARE(subscription.cancelErrors, QStringList { u"AAPL"_s });

    // Data frames may carry several messages.
    QCOMPARE(parsed.at(3).size(), qsizetype(2));
    QCOMPARE(parsed.at(3).at(0).type, MarketDataMessageType::Trade);
    const auto &trade = std::get<MarketTrade>(parsed.at(3).at(0).payload);
    QCOMPARE(trade.symbol, u"AAPL"_s);
    QCOMPARE(trade.price, dec("126.55"));
    QCOMPARE(trade.id, qint64(96921));
    const auto &quote = std::get<Quote>(parsed.at(3).at(1).payload);
    QCOMPARE(quote.symbol, u"AMD"_s);
    QCOMPARE(quote.bidPrice, dec("87.66"));
    QCOMPARE(quote.askSize, qint64(4));
    QCOMPARE(quote.time.toString(), u"2026-03-09T15:51:45.335689322Z"_s);

    QCOMPARE(parsed.at(4).at(0).type, MarketDataMessageType::Bar);
    QCOMPARE(parsed.at(4).at(1).type, MarketDataMessageType::UpdatedBar);
    QCOMPARE(parsed.at(4).at(2).type, MarketDataMessageType::DailyBar);
    QCOMPARE(std::get<Bar>(parsed.at(4).at(0).payload).vwap, dec("389.062639"));
    QCOMPARE(std::get<Bar>(parsed.at(4).at(0).payload).open, dec("388.985"));
    QCOMPARE(std::get<Bar>(parsed.at(4).at(2).payload).symbol, u"VOO"_s);

    // A trading status is not modelled: kept whole.
    QCOMPARE(parsed.at(5).at(0).type, MarketDataMessageType::TradingStatus);
    const auto &status = std::get<QJsonObject>(parsed.at(5).at(0).payload);
    QCOMPARE(status.value(u"sc"_s), QJsonValue(u"H"_s));

    QCOMPARE(parsed.at(6).at(0).type, MarketDataMessageType::Error);
    QCOMPARE(std::get<MarketDataControl>(parsed.at(6).at(0).payload).code, 402);
    QCOMPARE(std::get<MarketDataControl>(parsed.at(7).at(0).payload).message,
             u"connection limit exceeded"_s);

    // A type from the future is kept, not an error.
    const Result<QList<MarketDataMessage>> future =
        Json::parse<QList<MarketDataMessage>>(R"([{"T":"z","S":"AAPL","k":1}])"_ba);
    QVERIFY2(future.ok(), qPrintable(future.error().toString()));
    QCOMPARE(future->at(0).type, MarketDataMessageType::Unknown);
    QCOMPARE(std::get<QJsonObject>(future->at(0).payload).value(u"T"_s), QJsonValue(u"z"_s));
    QCOMPARE(Json::serialize(future.value()), R"([{"S":"AAPL","T":"z","k":1}])"_ba);
}

void tst_CodecMarketData::streamMessagesWritten_data()
{
    QTest::addColumn<MarketDataMessage>("message");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("connected") << MarketDataMessage { MarketDataMessageType::Success,
                                                      MarketDataControl { 0, u"connected"_s } }
                               << R"({"T":"success","msg":"connected"})"_ba;
    QTest::newRow("auth failed") << MarketDataMessage {
        MarketDataMessageType::Error, MarketDataControl { 402, u"auth failed"_s }
    } << R"({"T":"error","code":402,"msg":"auth failed"})"_ba;
    MarketDataSubscription subscription;
    subscription.trades = { u"AAPL"_s };
    subscription.bars = { u"*"_s };
    QTest::newRow("subscription lists every channel")
        << MarketDataMessage { MarketDataMessageType::Subscription, subscription }
        << R"({"T":"subscription","trades":["AAPL"],"quotes":[],"bars":["*"],"updatedBars":[],
              "dailyBars":[],"statuses":[],"lulds":[],"corrections":[],"cancelErrors":[],"imbalances":[]})"_ba;
    MarketTrade trade;
    trade.symbol = u"AAPL"_s;
    trade.time = ts(u"2026-03-09T15:51:44.208Z"_s);
    trade.exchange = u"V"_s;
    trade.price = dec("152.37");
    trade.size = 100;
    trade.conditions = { u"@"_s };
    trade.id = 7;
    trade.tape = u"C"_s;
    QTest::newRow("trade") << MarketDataMessage {
        MarketDataMessageType::Trade, trade
    } << R"({"T":"t","S":"AAPL","t":"2026-03-09T15:51:44.208Z","x":"V","p":152.37,
                                 "s":100,"c":["@"],"i":7,"z":"C"})"_ba;
    Quote quote;
    quote.symbol = u"AAPL"_s;
    quote.time = ts(u"2026-03-09T15:51:45Z"_s);
    quote.askExchange = u"V"_s;
    quote.askPrice = dec("152.38");
    quote.askSize = 200;
    quote.bidExchange = u"V"_s;
    quote.bidPrice = dec("152.36");
    quote.bidSize = 300;
    quote.tape = u"C"_s;
    QTest::newRow("quote") << MarketDataMessage {
        MarketDataMessageType::Quote, quote
    } << R"({"T":"q","S":"AAPL","t":"2026-03-09T15:51:45Z","ax":"V","ap":152.38,"as":200,
                                 "bx":"V","bp":152.36,"bs":300,"z":"C"})"_ba;
    Bar bar;
    bar.symbol = u"SPY"_s;
    bar.time = ts(u"2026-03-09T19:15:00Z"_s);
    bar.open = dec("388.985");
    bar.high = dec("389.13");
    bar.low = dec("388.975");
    bar.close = dec("389.12");
    bar.volume = 49378;
    bar.tradeCount = 461;
    bar.vwap = dec("389.062639");
    QTest::newRow("daily bar") << MarketDataMessage {
        MarketDataMessageType::DailyBar, bar
    } << R"({"T":"d","S":"SPY","t":"2026-03-09T19:15:00Z","o":388.985,"h":389.13,
                                     "l":388.975,"c":389.12,"v":49378,"n":461,"vw":389.062639})"_ba;
}

void tst_CodecMarketData::streamMessagesWritten()
{
    QFETCH(MarketDataMessage, message);
    QFETCH(QByteArray, expected);
    const QJsonObject expectedObject = QJsonDocument::fromJson(expected).object();
    QVERIFY(!expectedObject.isEmpty());
    QCOMPARE(Json::toJson(message).toObject(), expectedObject);
    // A frame is an array; what the simulator sends, the client reads back unchanged.
    const QList<MarketDataMessage> frame { message };
    const Result<QList<MarketDataMessage>> back =
        Json::parse<QList<MarketDataMessage>>(Json::serialize(frame));
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QVERIFY(back.value() == frame);
}

void tst_CodecMarketData::requests_data()
{
    QTest::addColumn<MarketDataRequest>("request");
    QTest::addColumn<QByteArray>("expected");

    MarketDataRequest auth;
    auth.action = MarketDataAction::Auth;
    auth.key = u"PKTEST"_s;
    auth.secret = u"s3cr3t"_s;
    QTest::newRow("auth") << auth << R"({"action":"auth","key":"PKTEST","secret":"s3cr3t"})"_ba;

    MarketDataRequest subscribe;
    subscribe.action = MarketDataAction::Subscribe;
    subscribe.channels.trades = { u"AAPL"_s };
    subscribe.channels.quotes = { u"AMD"_s, u"CLDR"_s };
    subscribe.channels.bars = { u"*"_s };
    QTest::newRow("subscribe writes only the channels asked for")
        << subscribe
        << R"({"action":"subscribe","trades":["AAPL"],"quotes":["AMD","CLDR"],"bars":["*"]})"_ba;

    MarketDataRequest unsubscribe;
    unsubscribe.action = MarketDataAction::Unsubscribe;
    unsubscribe.channels.dailyBars = { u"VOO"_s };
    QTest::newRow("unsubscribe") << unsubscribe
                                 << R"({"action":"unsubscribe","dailyBars":["VOO"]})"_ba;
}

void tst_CodecMarketData::requests()
{
    QFETCH(MarketDataRequest, request);
    QFETCH(QByteArray, expected);
    QCOMPARE(Json::toJson(request).toObject(), QJsonDocument::fromJson(expected).object());
    const Result<MarketDataRequest> parsed = Json::parse<MarketDataRequest>(expected);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QVERIFY(parsed.value() == request);
}

QTEST_GUILESS_MAIN(tst_CodecMarketData)
#include "tst_codecmarketdata.moc"
