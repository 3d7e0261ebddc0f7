// SPDX-License-Identifier: GPL-3.0-or-later
// SimService's Market Data v2 over real loopback HTTP and the market-data WebSocket:
// shapes (through the codec), paging, unknown symbols, and the stream protocol.
#include "simservicetestsupport.h"

#include "marketcalendar.h"
#include "marketdataresponses.h"
#include "simclock.h"
#include "snapshot.h"

#include <QSet>

using namespace Elson;
using namespace SimTest;

class tst_SimServiceMarketData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void latestSingleAndMulti();
    void unknownSymbol_data();
    void unknownSymbol();
    void barsPaginateAcrossSymbols();
    void barsDescendingPages();
    void barTimeframes_data();
    void barTimeframes();
    void badBarParameters_data();
    void badBarParameters();
    void nothingFromTheFuture();
    void tradesAndQuotesHistory();
    void snapshotsWithNull();

    void streamAuthAndErrors();
    void streamQuotesTradesBarsAfterAdvance();
    void streamOneConnectionPerFeed();
    void streamAuthTimeout();

private:
    [[nodiscard]] StreamProbe *connectAuthenticated(const QString &feed = QStringLiteral("iex"));

    std::unique_ptr<SimService> m_service;
    std::unique_ptr<Client> m_client;
    std::list<std::unique_ptr<StreamProbe>> m_probes;
};

namespace {

QJsonObject request(const char *action, const QJsonObject &fields = {})
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("action"), QString::fromLatin1(action));
    return o;
}

bool isControl(const StreamProbe::Frame &frame, MarketDataMessageType type, int code = 0)
{
    const QList<MarketDataMessage> messages = marketData(frame);
    return messages.size() == 1 && messages.first().type == type
           && std::get<MarketDataControl>(messages.first().payload).code == code;
}

} // namespace

void tst_SimServiceMarketData::init()
{
    m_service = std::make_unique<SimService>(options());
    const Result<quint16> port = m_service->start();
    QVERIFY2(port.ok(), qPrintable(port.error().toString()));
    m_client = std::make_unique<Client>(m_service->url());
}

void tst_SimServiceMarketData::cleanup()
{
    m_probes.clear();
    m_client.reset();
    m_service.reset();
}

StreamProbe *tst_SimServiceMarketData::connectAuthenticated(const QString &feed)
{
    auto probe = std::make_unique<StreamProbe>();
    if (!probe->open(streamUrl(*m_service, QStringLiteral("/v2/") + feed)))
        return nullptr;
    if (!probe->waitFor([](const StreamProbe::Frame &f) { return isControl(f, MarketDataMessageType::Success); }))
        return nullptr;
    probe->send(request("auth", {{QStringLiteral("key"), Key}, {QStringLiteral("secret"), Secret}}));
    if (!probe->waitForText("\"msg\":\"authenticated\""))
        return nullptr;
    m_probes.push_back(std::move(probe));
    return m_probes.back().get();
}

void tst_SimServiceMarketData::latestSingleAndMulti()
{
    const SimAsset &aapl = *m_service->exchange()->universe().findBySymbol(u"AAPL");
    const Timestamp now = m_service->clock()->now();
    const SimQuote expected = m_service->prices()->quote(aapl, now);

    const Reply single = m_client->get(QStringLiteral("/v2/stocks/AAPL/quotes/latest"));
    QCOMPARE(single.status, 200);
    const auto quote = single.parse<LatestQuote>();
    QVERIFY2(quote.ok(), single.body.constData());
    QCOMPARE(quote->symbol, QStringLiteral("AAPL"));
    QCOMPARE(quote->item.bidPrice, expected.bid);
    QCOMPARE(quote->item.askPrice, expected.ask);
    QVERIFY(quote->item.time <= now);
    // Market-data prices are JSON numbers, not strings.
    QVERIFY(single.object().value(QStringLiteral("quote")).toObject().value(QStringLiteral("bp")).isDouble());

    const Reply multi = m_client->get(QStringLiteral("/v2/stocks/quotes/latest?symbols=AAPL,MSFT,NOPE"));
    QCOMPARE(multi.status, 200);
    const auto quotes = multi.parse<LatestQuotes>();
    QVERIFY(quotes.ok());
    QCOMPARE(quotes->items.keys(), (QStringList{QStringLiteral("AAPL"), QStringLiteral("MSFT")}));

    const auto trade = m_client->get(QStringLiteral("/v2/stocks/AAPL/trades/latest")).parse<LatestTrade>();
    QVERIFY(trade.ok());
    QCOMPARE(trade->item.price, m_service->prices()->lastPrint(aapl, now).price);
    const auto trades = m_client->get(QStringLiteral("/v2/stocks/trades/latest?symbols=SPY,AAPL")).parse<LatestTrades>();
    QVERIFY(trades.ok());
    QCOMPARE(trades->items.size(), 2);

    const auto bar = m_client->get(QStringLiteral("/v2/stocks/AAPL/bars/latest")).parse<LatestBar>();
    QVERIFY(bar.ok());
    QVERIFY(bar->item.time <= now);
    QVERIFY(bar->item.volume > 0);
    const auto bars = m_client->get(QStringLiteral("/v2/stocks/bars/latest?symbols=SPY,AAPL")).parse<LatestBars>();
    QVERIFY(bars.ok());
    QCOMPARE(bars->items.size(), 2);
}

void tst_SimServiceMarketData::unknownSymbol_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("quote") << QStringLiteral("/v2/stocks/NOPE/quotes/latest");
    QTest::newRow("trade") << QStringLiteral("/v2/stocks/NOPE/trades/latest");
    QTest::newRow("bars") << QStringLiteral("/v2/stocks/NOPE/bars?timeframe=1Min");
    QTest::newRow("snapshot") << QStringLiteral("/v2/stocks/NOPE/snapshot");
    QTest::newRow("lower case") << QStringLiteral("/v2/stocks/aapl/quotes/latest"); // case-sensitive
}

void tst_SimServiceMarketData::unknownSymbol()
{
    QFETCH(QString, path);
    const Reply reply = m_client->get(path);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), 40410000);
    QVERIFY(reply.message().contains(path.section(u'/', 3, 3)));
    QVERIFY(Json::parse<ApiError>(reply.body).ok());
}

void tst_SimServiceMarketData::barsPaginateAcrossSymbols()
{
    // 09:30–10:14 ET on the fixed day: 45 one-minute bars per symbol.
    const QString range = QStringLiteral("&start=2026-11-23T14:30:00Z&end=2026-11-23T15:14:00Z");
    const Reply all = m_client->get(QStringLiteral("/v2/stocks/bars?symbols=MSFT,AAPL&timeframe=1Min&limit=10000") + range);
    QCOMPARE(all.status, 200);
    const auto whole = all.parse<MultiBarsPage>();
    QVERIFY(whole.ok());
    QVERIFY(whole->nextPageToken.isEmpty());
    QCOMPARE(whole->items.value(QStringLiteral("AAPL")).size(), 45);
    QCOMPARE(whole->items.value(QStringLiteral("MSFT")).size(), 45);

    QMap<QString, QList<Bar>> collected;
    QString token;
    int pages = 0;
    do {
        QString path = QStringLiteral("/v2/stocks/bars?symbols=MSFT,AAPL&timeframe=1Min&limit=20") + range;
        if (!token.isEmpty())
            path += QStringLiteral("&page_token=") + token;
        const Reply reply = m_client->get(path);
        QCOMPARE(reply.status, 200);
        const auto page = reply.parse<MultiBarsPage>();
        QVERIFY2(page.ok(), reply.body.constData());
        qsizetype count = 0;
        for (auto it = page->items.cbegin(); it != page->items.cend(); ++it) {
            count += it.value().size();
            collected[it.key()].append(it.value());
        }
        QVERIFY(count <= 20); // the limit counts across symbols
        token = page->nextPageToken;
        if (!token.isEmpty())
            QCOMPARE(count, 20);
        QVERIFY(++pages <= 10);
    } while (!token.isEmpty());
    QCOMPARE(pages, 5); // 90 bars, 20 a page
    QCOMPARE(collected, whole->items);
    // Sorted by symbol, then time: AAPL's bars all come before MSFT's.
    const QList<Bar> aapl = collected.value(QStringLiteral("AAPL"));
    for (qsizetype i = 1; i < aapl.size(); ++i)
        QVERIFY(aapl.at(i - 1).time < aapl.at(i).time);
    QCOMPARE(aapl.first().time, Timestamp::fromString(u"2026-11-23T14:30:00Z").value());
    QCOMPARE(m_client->get(QStringLiteral("/v2/stocks/bars?symbols=AAPL&timeframe=1Min&page_token=%%%")).status, 422);
}

void tst_SimServiceMarketData::barsDescendingPages()
{
    const QString base = QStringLiteral("/v2/stocks/AAPL/bars?timeframe=5Min&sort=desc&limit=4"
                                        "&start=2026-11-23T14:30:00Z&end=2026-11-23T15:14:00Z");
    QList<Bar> bars;
    QString token;
    int pages = 0;
    do {
        const Reply reply = m_client->get(token.isEmpty() ? base : base + QStringLiteral("&page_token=") + token);
        QCOMPARE(reply.status, 200);
        const auto page = reply.parse<BarsPage>();
        QVERIFY(page.ok());
        QCOMPARE(page->symbol, QStringLiteral("AAPL"));
        bars.append(page->items);
        token = page->nextPageToken;
        QVERIFY(++pages <= 10);
    } while (!token.isEmpty());
    QCOMPARE(bars.size(), 9); // 14:30, 14:35, … 15:10
    for (qsizetype i = 1; i < bars.size(); ++i)
        QVERIFY(bars.at(i - 1).time > bars.at(i).time);
}

void tst_SimServiceMarketData::barTimeframes_data()
{
    QTest::addColumn<QString>("timeframe");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstTime");
    QTest::newRow("1Min") << QStringLiteral("1Min") << QStringLiteral("2026-11-23T15:00:00Z") << 15 << QStringLiteral("2026-11-23T15:00:00Z");
    QTest::newRow("15T") << QStringLiteral("15T") << QStringLiteral("2026-11-23T14:30:00Z") << 3 << QStringLiteral("2026-11-23T14:30:00Z");
    QTest::newRow("1Hour") << QStringLiteral("1Hour") << QStringLiteral("2026-11-23") << 7 << QStringLiteral("2026-11-23T09:00:00Z");
    QTest::newRow("4H") << QStringLiteral("4H") << QStringLiteral("2026-11-23") << 2 << QStringLiteral("2026-11-23T09:00:00Z");
    // Thanksgiving week: 23, 24, 25, (26 closed), 27 — and today up to now.
    QTest::newRow("1Day") << QStringLiteral("1Day") << QStringLiteral("2026-11-16") << 6 << QStringLiteral("2026-11-16T05:00:00Z");
    QTest::newRow("1Week") << QStringLiteral("1Week") << QStringLiteral("2026-11-02") << 4 << QStringLiteral("2026-11-02T05:00:00Z");
    QTest::newRow("1Month") << QStringLiteral("1Month") << QStringLiteral("2026-10-01") << 2 << QStringLiteral("2026-10-01T04:00:00Z");
    QTest::newRow("3M") << QStringLiteral("3M") << QStringLiteral("2026-07-01") << 2 << QStringLiteral("2026-07-01T04:00:00Z");
}

void tst_SimServiceMarketData::barTimeframes()
{
    QFETCH(QString, timeframe);
    QFETCH(QString, start);
    QFETCH(int, count);
    QFETCH(QString, firstTime);
    const Reply reply = m_client->get(QStringLiteral("/v2/stocks/SPY/bars?timeframe=%1&start=%2").arg(timeframe, start));
    QVERIFY2(reply.status == 200, reply.body.constData());
    const auto page = reply.parse<BarsPage>();
    QVERIFY2(page.ok(), qPrintable(page.error().toString()));
    QCOMPARE(page->items.size(), count);
    QCOMPARE(page->items.first().time, Timestamp::fromString(firstTime).value());
    QCOMPARE(page->items.first().time.offsetSeconds(), 0); // stamped in UTC
    for (const Bar &bar : page->items) {
        QVERIFY(bar.low <= bar.open && bar.open <= bar.high);
        QVERIFY(bar.low <= bar.close && bar.close <= bar.high);
        QVERIFY(bar.volume > 0);
    }
}

void tst_SimServiceMarketData::badBarParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("no timeframe") << QStringLiteral("") << QStringLiteral("timeframe");
    QTest::newRow("60Min") << QStringLiteral("timeframe=60Min") << QStringLiteral("timeframe");
    QTest::newRow("2Day") << QStringLiteral("timeframe=2Day") << QStringLiteral("timeframe");
    QTest::newRow("5Month") << QStringLiteral("timeframe=5Month") << QStringLiteral("timeframe");
    QTest::newRow("lower case") << QStringLiteral("timeframe=1min") << QStringLiteral("timeframe");
    QTest::newRow("limit 0") << QStringLiteral("timeframe=1Min&limit=0") << QStringLiteral("limit");
    QTest::newRow("limit 10001") << QStringLiteral("timeframe=1Min&limit=10001") << QStringLiteral("limit");
    QTest::newRow("start") << QStringLiteral("timeframe=1Min&start=monday") << QStringLiteral("start");
    QTest::newRow("end before start") << QStringLiteral("timeframe=1Min&start=2026-11-23&end=2026-11-20") << QStringLiteral("end");
    QTest::newRow("sort") << QStringLiteral("timeframe=1Min&sort=up") << QStringLiteral("sort");
    QTest::newRow("feed") << QStringLiteral("timeframe=1Min&feed=nasdaq") << QStringLiteral("feed");
}

void tst_SimServiceMarketData::badBarParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const Reply reply = m_client->get(QStringLiteral("/v2/stocks/AAPL/bars?") + query);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.code(), 42210000);
    QVERIFY2(reply.message().contains(parameter), qPrintable(reply.message()));
    const Reply multi = m_client->get(QStringLiteral("/v2/stocks/bars?timeframe=1Min"));
    QCOMPARE(multi.status, 422);
    QVERIFY(multi.message().contains(QStringLiteral("symbols")));
}

void tst_SimServiceMarketData::nothingFromTheFuture()
{
    const Timestamp now = m_service->clock()->now();
    const auto bars = m_client->get(QStringLiteral("/v2/stocks/AAPL/bars?timeframe=1Min&start=2026-11-23T15:00:00Z&end=2026-11-23T20:00:00Z"))
                          .parse<BarsPage>();
    QVERIFY(bars.ok());
    QCOMPARE(bars->items.size(), 15); // 15:00–15:14Z; 15:15 has not traded yet at 15:15:00.000
    QVERIFY(bars->items.constLast().time <= now);
    const auto trades = m_client->get(QStringLiteral("/v2/stocks/AAPL/trades?start=2026-11-23T15:14:00Z&end=2026-11-24")).parse<TradesPage>();
    QVERIFY(trades.ok());
    QVERIFY(!trades->items.isEmpty());
    QVERIFY(trades->items.constLast().time <= now);
    // The clock moves on: so does the data.
    QCOMPARE(m_client->postJson(QStringLiteral("/sim/clock/advance"), {{QStringLiteral("seconds"), 120}}).status, 200);
    const auto later = m_client->get(QStringLiteral("/v2/stocks/AAPL/bars?timeframe=1Min&start=2026-11-23T15:00:00Z&end=2026-11-23T20:00:00Z"))
                           .parse<BarsPage>();
    QVERIFY(later.ok());
    QCOMPARE(later->items.size(), 17);
}

void tst_SimServiceMarketData::tradesAndQuotesHistory()
{
    const QString range = QStringLiteral("start=2026-11-23T15:00:00Z&end=2026-11-23T15:01:00Z");
    const auto all = m_client->get(QStringLiteral("/v2/stocks/AAPL/trades?limit=10000&") + range).parse<TradesPage>();
    QVERIFY(all.ok());
    QVERIFY(all->items.size() >= 50); // about one print per regular-session second
    QList<MarketTrade> paged;
    QString token;
    int pages = 0;
    do {
        QString path = QStringLiteral("/v2/stocks/AAPL/trades?limit=25&") + range;
        if (!token.isEmpty())
            path += QStringLiteral("&page_token=") + token;
        const auto page = m_client->get(path).parse<TradesPage>();
        QVERIFY(page.ok());
        QVERIFY(page->items.size() <= 25);
        paged.append(page->items);
        token = page->nextPageToken;
        QVERIFY(++pages < 20);
    } while (!token.isEmpty());
    QCOMPARE(paged, all->items);

    const Reply quotesReply = m_client->get(QStringLiteral("/v2/stocks/quotes?symbols=AAPL,MSFT&limit=30&") + range);
    QCOMPARE(quotesReply.status, 200);
    const auto quotes = quotesReply.parse<MultiQuotesPage>();
    QVERIFY2(quotes.ok(), quotesReply.body.left(300).constData());
    QCOMPARE(quotes->items.value(QStringLiteral("AAPL")).size(), 30);
    QVERIFY(!quotes->nextPageToken.isEmpty());
    const QList<Quote> aapl = quotes->items.value(QStringLiteral("AAPL"));
    for (qsizetype i = 1; i < aapl.size(); ++i)
        QVERIFY(aapl.at(i - 1).time < aapl.at(i).time);
    for (const Quote &q : aapl)
        QVERIFY(q.bidPrice < q.askPrice);
}

void tst_SimServiceMarketData::snapshotsWithNull()
{
    const Reply multi = m_client->get(QStringLiteral("/v2/stocks/snapshots?symbols=AAPL,NOPE,SPY"));
    QCOMPARE(multi.status, 200);
    const auto map = multi.parse<SnapshotMap>();
    QVERIFY2(map.ok(), multi.body.left(300).constData());
    QCOMPARE(map->size(), 3);
    QVERIFY(!map->value(QStringLiteral("NOPE")).has_value());
    QVERIFY(multi.object().value(QStringLiteral("NOPE")).isNull());
    const std::optional<Snapshot> aapl = map->value(QStringLiteral("AAPL"));
    QVERIFY(aapl.has_value());
    QVERIFY(aapl->latestTrade && aapl->latestQuote && aapl->minuteBar && aapl->dailyBar && aapl->prevDailyBar);
    QCOMPARE(aapl->dailyBar->time, Timestamp::fromString(u"2026-11-23T05:00:00Z").value());
    QCOMPARE(aapl->prevDailyBar->time, Timestamp::fromString(u"2026-11-20T05:00:00Z").value());

    const auto single = m_client->get(QStringLiteral("/v2/stocks/SPY/snapshot")).parse<Snapshot>();
    QVERIFY(single.ok());
    QCOMPARE(single->symbol, QStringLiteral("SPY"));
    QCOMPARE(single->latestQuote, map->value(QStringLiteral("SPY"))->latestQuote);
}

void tst_SimServiceMarketData::streamAuthAndErrors()
{
    StreamProbe stream;
    QVERIFY(stream.open(streamUrl(*m_service, QStringLiteral("/v2/iex"))));
    auto frame = stream.waitFor([](const StreamProbe::Frame &f) { return isControl(f, MarketDataMessageType::Success); });
    QVERIFY(frame);
    QVERIFY(!frame->binary); // the data stream sends text frames
    QCOMPARE(frame->data, QByteArray(R"([{"T":"success","msg":"connected"}])"));

    const auto error = [](int code) {
        return [code](const StreamProbe::Frame &f) { return isControl(f, MarketDataMessageType::Error, code); };
    };
    stream.send(request("subscribe", {{QStringLiteral("quotes"), QJsonArray{QStringLiteral("AAPL")}}}));
    QVERIFY(stream.waitFor(error(401)));
    stream.sendRaw(QStringLiteral("not json"));
    QVERIFY(stream.waitFor(error(400)));
    stream.send(request("dance"));
    QVERIFY(stream.waitFor(error(400)));
    stream.send(request("auth", {{QStringLiteral("key"), Key}, {QStringLiteral("secret"), QStringLiteral("bad")}}));
    frame = stream.waitFor(error(402));
    QVERIFY(frame);
    QVERIFY(frame->data.contains("auth failed"));
    stream.send(request("auth", {{QStringLiteral("key"), Key}, {QStringLiteral("secret"), Secret}}));
    QVERIFY(stream.waitFor([](const StreamProbe::Frame &f) { return isControl(f, MarketDataMessageType::Success) && f.data.contains("authenticated"); }));
    stream.send(request("auth", {{QStringLiteral("key"), Key}, {QStringLiteral("secret"), Secret}}));
    QVERIFY(stream.waitFor(error(403)));

    // Subscribe adds, unsubscribe removes; each answer is the full state.
    const auto subscription = [](const StreamProbe::Frame &f) {
        const QList<MarketDataMessage> m = marketData(f);
        return m.size() == 1 && m.first().type == MarketDataMessageType::Subscription;
    };
    const auto state = [](const StreamProbe::Frame &f) {
        return std::get<MarketDataSubscription>(marketData(f).first().payload);
    };
    stream.send(request("subscribe", {{QStringLiteral("trades"), QJsonArray{QStringLiteral("AAPL")}},
                                      {QStringLiteral("quotes"), QJsonArray{QStringLiteral("AAPL"), QStringLiteral("MSFT")}}}));
    frame = stream.waitFor(subscription);
    QVERIFY(frame);
    MarketDataSubscription s = state(*frame);
    QCOMPARE(s.trades, QStringList{QStringLiteral("AAPL")});
    QCOMPARE(s.quotes, (QStringList{QStringLiteral("AAPL"), QStringLiteral("MSFT")}));
    QCOMPARE(s.corrections, QStringList{QStringLiteral("AAPL")}); // trades bring corrections
    QVERIFY(s.bars.isEmpty());
    QVERIFY(QJsonDocument::fromJson(frame->data).array().first().toObject().value(QStringLiteral("bars")).isArray());

    stream.send(request("subscribe", {{QStringLiteral("bars"), QJsonArray{QStringLiteral("*")}},
                                      {QStringLiteral("quotes"), QJsonArray{QStringLiteral("AAPL")}}}));
    frame = stream.waitFor(subscription);
    QVERIFY(frame);
    s = state(*frame);
    QCOMPARE(s.bars, QStringList{QStringLiteral("*")});
    QCOMPARE(s.quotes.size(), 2); // no duplicate
    stream.send(request("unsubscribe", {{QStringLiteral("quotes"), QJsonArray{QStringLiteral("AAPL")}},
                                        {QStringLiteral("trades"), QJsonArray{QStringLiteral("AAPL")}}}));
    frame = stream.waitFor(subscription);
    QVERIFY(frame);
    s = state(*frame);
    QCOMPARE(s.quotes, QStringList{QStringLiteral("MSFT")});
    QVERIFY(s.trades.isEmpty());
    QVERIFY(s.corrections.isEmpty());
}

void tst_SimServiceMarketData::streamQuotesTradesBarsAfterAdvance()
{
    StreamProbe *stream = connectAuthenticated();
    QVERIFY(stream);
    stream->send(request("subscribe", {{QStringLiteral("quotes"), QJsonArray{QStringLiteral("AAPL")}},
                                       {QStringLiteral("trades"), QJsonArray{QStringLiteral("SPY")}},
                                       {QStringLiteral("bars"), QJsonArray{QStringLiteral("*")}}}));
    QVERIFY(stream->waitForText("\"T\":\"subscription\""));

    const Timestamp before = m_service->clock()->now();
    QCOMPARE(m_client->postJson(QStringLiteral("/sim/clock/advance"), {{QStringLiteral("seconds"), 65}}).status, 200);

    QList<MarketDataMessage> received;
    const auto has = [&received](MarketDataMessageType type) {
        return std::any_of(received.cbegin(), received.cend(),
                           [type](const MarketDataMessage &m) { return m.type == type; });
    };
    bool binary = false;
    const bool all = stream->waitFor([&](const StreamProbe::Frame &f) {
        binary = binary || f.binary;
        received.append(marketData(f));
        return has(MarketDataMessageType::Quote) && has(MarketDataMessageType::Trade)
               && has(MarketDataMessageType::Bar);
    }).has_value();
    QVERIFY2(all, "expected a q, a t and a b message after the clock advanced");
    QVERIFY2(!binary, "market-data frames are text");
    for (const MarketDataMessage &m : std::as_const(received)) {
        if (m.type == MarketDataMessageType::Quote) {
            const Quote &q = std::get<Quote>(m.payload);
            QCOMPARE(q.symbol, QStringLiteral("AAPL"));
            QVERIFY(q.time > before);
            QVERIFY(q.bidPrice < q.askPrice);
        } else if (m.type == MarketDataMessageType::Trade) {
            const MarketTrade &t = std::get<MarketTrade>(m.payload);
            QCOMPARE(t.symbol, QStringLiteral("SPY"));
            QVERIFY(t.time > before);
        } else if (m.type == MarketDataMessageType::Bar) {
            const Bar &b = std::get<Bar>(m.payload);
            QVERIFY(!b.symbol.isEmpty());
            QVERIFY(b.time >= Timestamp::fromString(u"2026-11-23T15:15:00Z").value());
            QVERIFY(b.time < Timestamp::fromString(u"2026-11-23T15:16:00Z").value().addNanos(1));
        }
    }
    const qint64 sent = m_client->get(QStringLiteral("/sim/stats")).object().value(QStringLiteral("market_data_messages_sent")).toInteger();
    QVERIFY(sent >= received.size());
}

void tst_SimServiceMarketData::streamOneConnectionPerFeed()
{
    StreamProbe *first = connectAuthenticated(QStringLiteral("iex"));
    QVERIFY(first);
    StreamProbe second;
    QVERIFY(second.open(streamUrl(*m_service, QStringLiteral("/v2/iex"))));
    QVERIFY(second.waitForText("connected"));
    second.send(request("auth", {{QStringLiteral("key"), Key}, {QStringLiteral("secret"), Secret}}));
    const auto refused = second.waitFor([](const StreamProbe::Frame &f) { return isControl(f, MarketDataMessageType::Error, 406); });
    QVERIFY(refused);
    QVERIFY(refused->data.contains("connection limit exceeded"));
    QVERIFY(second.waitDisconnected());
    // Another feed is another connection allowance; the first one is unaffected.
    QVERIFY(connectAuthenticated(QStringLiteral("sip")));
    first->send(request("subscribe", {{QStringLiteral("quotes"), QJsonArray{QStringLiteral("AAPL")}}}));
    QVERIFY(first->waitForText("\"T\":\"subscription\""));
}

void tst_SimServiceMarketData::streamAuthTimeout()
{
    SimService::Options o = options();
    o.streamAuthTimeoutMs = 300;
    SimService service(o);
    QVERIFY(service.start().ok());
    StreamProbe stream;
    QVERIFY(stream.open(streamUrl(service, QStringLiteral("/v2/test"))));
    const auto timeout = stream.waitFor([](const StreamProbe::Frame &f) { return isControl(f, MarketDataMessageType::Error, 404); });
    QVERIFY(timeout);
    QVERIFY(timeout->data.contains("auth timeout"));
    QVERIFY(stream.waitDisconnected());
}

QTEST_GUILESS_MAIN(tst_SimServiceMarketData)
#include "tst_simservicemarketdata.moc"
