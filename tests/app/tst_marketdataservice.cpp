// SPDX-License-Identifier: GPL-3.0-or-later
// MarketDataService against the embedded exchange (an in-process SimBroker on 127.0.0.1,
// clock fixed on a Monday morning): watchlist quotes by polling and by the stream, the
// fallback to polling when the stream drops (and, when it keeps dropping, no faster than the
// quote interval), backoff on errors, bars and portfolio history.
#include "../broker/brokertestsupport.h"
#include "marketdataservice.h"
#include "simbroker.h"
#include "simclock.h"
#include "simhttpserver.h"
#include "tradingsession.h"
#include "watchlistmodel.h"

#include <QAbstractItemModelTester>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = BrokerTest::WaitMs;

/** Stream timing a few times faster than Alpaca's, with quick reconnects. */
AlpacaStream::Options fastStream()
{
    AlpacaStream::Options o;
    o.pingIntervalMs = 1'000;
    o.staleAfterMs = 20'000;
    o.deadAfterMs = 40'000;
    o.reconnectInitialMs = 100;
    o.reconnectMaxMs = 500;
    o.connectionLimitWaitMs = 500;
    return o;
}

QStringList symbolsOf(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).toString());
    return out;
}

} // namespace

class tst_MarketDataService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pollsQuotesForTheWatchlist();
    void subscribedSymbolsArePolledToo();
    void unknownSymbolIsReportedOnce();
    void streamCarriesQuotesTradesAndBars();
    void fallsBackToPollingWhenTheStreamDrops();
    void aFlappingStreamPollsNoFasterThanTheQuoteInterval();
    void backsOffOnErrors();
    void loadBars_data();
    void loadBars();
    void loadPortfolioHistory_data();
    void loadPortfolioHistory();
    void followsBrokerChanges();
    void watchlistModelFollowsTheService();
    void withoutBrokerEverythingFails();

private:
    SimBroker *startSim();
    std::unique_ptr<MarketDataService> makeService();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TradingSession> m_session;
    SimBroker *m_sim = nullptr; ///< owned by the session
};

void tst_MarketDataService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<TradingSession>(BrokerFactory::Configuration {},
                                                 m_dir->filePath(u"audit.jsonl"_s));
    m_sim = startSim();
    QVERIFY(m_sim);
}

void tst_MarketDataService::cleanup()
{
    m_session.reset();
    m_sim = nullptr;
    m_dir.reset();
}

SimBroker *tst_MarketDataService::startSim()
{
    SimService::Options options = BrokerTest::simOptions();
    options.rateLimitPerMinute = 100'000;
    Result<std::unique_ptr<SimBroker>> broker = SimBroker::create(options);
    if (!broker) {
        qWarning("%s", qPrintable(broker.error().toString()));
        return nullptr;
    }
    SimBroker *raw = broker.value().get();
    m_session->setBroker(BrokerFactory::BrokerPtr(std::move(broker).value()));
    return raw;
}

std::unique_ptr<MarketDataService> tst_MarketDataService::makeService()
{
    auto service = std::make_unique<MarketDataService>(m_session.get());
    service->setStreamOptions(fastStream());
    service->setQuoteIntervalMs(250);
    return service;
}

void tst_MarketDataService::pollsQuotesForTheWatchlist()
{
    auto service = makeService();
    service->setStreamingEnabled(false);
    service->setWatchlist({u"aapl"_s, u"MSFT"_s, u"AAPL"_s});
    QCOMPARE(service->watchlist(), (QStringList {u"AAPL"_s, u"MSFT"_s}));
    QSignalSpy quotes(service.get(), &MarketDataService::quoteUpdated);
    QSignalSpy snapshots(service.get(), &MarketDataService::snapshotUpdated);
    QSignalSpy refreshed(service.get(), &MarketDataService::refreshed);
    QCOMPARE(service->requestsInLastMinute(), 0);
    service->start();
    QVERIFY(refreshed.wait(WaitMs));

    QStringList updated = symbolsOf(quotes);
    updated.sort();
    QCOMPARE(updated, (QStringList {u"AAPL"_s, u"MSFT"_s}));
    QCOMPARE(snapshots.count(), 2);
    for (const QString &symbol : {u"AAPL"_s, u"MSFT"_s}) {
        const std::optional<Quote> q = service->quote(symbol);
        QVERIFY(q.has_value());
        QVERIFY(q->bidPrice.isPositive());
        QVERIFY(q->askPrice >= q->bidPrice);
        const std::optional<Snapshot> s = service->snapshot(symbol.toLower());
        QVERIFY(s.has_value());
        QCOMPARE(s->symbol, symbol);
        QVERIFY(s->prevDailyBar.has_value());
        QVERIFY(s->dailyBar.has_value());
        QVERIFY(s->latestTrade.has_value());
        QCOMPARE(service->lastPrice(symbol), s->latestTrade->price);
    }
    QVERIFY(!service->lastPrice(u"NVDA"_s).isValid());
    QVERIFY(service->lastRefresh().isValid());
    QVERIFY(!service->isStale());

    // It keeps polling at the interval; the same prices emit nothing new (fixed clock).
    const int before = service->requestsInLastMinute();
    QVERIFY(before >= 1);
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY(service->requestsInLastMinute() > before);
    QCOMPARE(snapshots.count(), 2);
    service->stop();
    QVERIFY(!service->isRunning());
}

void tst_MarketDataService::subscribedSymbolsArePolledToo()
{
    auto service = makeService();
    service->setStreamingEnabled(false);
    service->setWatchlist({u"AAPL"_s});
    service->subscribe(u"nvda"_s);
    service->subscribe(u"NVDA"_s);
    QCOMPARE(service->symbols(), (QStringList {u"AAPL"_s, u"NVDA"_s}));
    QSignalSpy refreshed(service.get(), &MarketDataService::refreshed);
    service->start();
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY(service->quote(u"NVDA"_s).has_value());
    service->unsubscribe(u"NVDA"_s);
    QCOMPARE(service->symbols().size(), 2); // subscribed twice
    service->unsubscribe(u"NVDA"_s);
    QCOMPARE(service->symbols(), QStringList {u"AAPL"_s});
}

void tst_MarketDataService::unknownSymbolIsReportedOnce()
{
    auto service = makeService();
    service->setStreamingEnabled(false);
    service->setWatchlist({u"AAPL"_s, u"NOSUCH"_s});
    QSignalSpy errors(service.get(), &MarketDataService::errorOccurred);
    QSignalSpy refreshed(service.get(), &MarketDataService::refreshed);
    service->start();
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY(refreshed.wait(WaitMs));
    QCOMPARE(errors.count(), 1);
    const auto error = errors.at(0).at(0).value<Error>();
    QCOMPARE(error.code, Error::Code::NotFound);
    QVERIFY(error.message.contains(u"NOSUCH"_s));
    QVERIFY(service->quote(u"AAPL"_s).has_value());
    QVERIFY(!service->quote(u"NOSUCH"_s).has_value());
}

void tst_MarketDataService::streamCarriesQuotesTradesAndBars()
{
    auto service = makeService();
    // Poll once at start, then (with the stream healthy) not again within the test.
    service->setQuoteIntervalMs(60'000);
    service->setSnapshotIntervalMs(600'000);
    service->setWatchlist({u"AAPL"_s, u"MSFT"_s});
    QSignalSpy health(service.get(), &MarketDataService::streamHealthChanged);
    QSignalSpy refreshed(service.get(), &MarketDataService::refreshed);
    service->start();
    QTRY_COMPARE_WITH_TIMEOUT(service->streamHealth(), MarketDataService::StreamHealth::Healthy,
                              WaitMs);
    QVERIFY(health.count() >= 1);
    QCOMPARE(health.constLast().at(0).value<AlpacaStream::Health>(), AlpacaStream::Health::Healthy);
    // The exchange confirmed both symbols: quotes are live, polling slows down.
    QTRY_VERIFY_WITH_TIMEOUT(service->isLive(), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, WaitMs);
    const int requests = service->requestsInLastMinute();

    QSignalSpy quotes(service.get(), &MarketDataService::quoteUpdated);
    QSignalSpy trades(service.get(), &MarketDataService::tradeUpdated);
    QSignalSpy bars(service.get(), &MarketDataService::barUpdated);
    // Move the exchange's clock: it publishes the quotes, prints and closed minutes.
    const std::optional<Quote> before = service->quote(u"AAPL"_s);
    QVERIFY(before.has_value());
    QVERIFY(m_sim->service()->clock()->advance(std::int64_t(90) * 1'000'000'000));
    QTRY_VERIFY_WITH_TIMEOUT(quotes.count() >= 1 && trades.count() >= 1 && bars.count() >= 1,
                             WaitMs);
    QVERIFY(symbolsOf(quotes).contains(u"AAPL"_s) || symbolsOf(quotes).contains(u"MSFT"_s));
    for (const QList<QVariant> &args : std::as_const(bars)) {
        const auto bar = args.at(1).value<Bar>();
        QCOMPARE(bar.symbol, args.at(0).toString());
        QVERIFY(bar.high >= bar.low);
    }
    const auto trade = trades.constLast().at(1).value<MarketTrade>();
    QCOMPARE(service->lastPrice(trades.constLast().at(0).toString()), trade.price);
    // All of it came over the socket: no REST request was made.
    QCOMPARE(service->requestsInLastMinute(), requests);
    const std::optional<Quote> after = service->quote(u"AAPL"_s);
    QVERIFY(after.has_value() && after->time >= before->time);
}

void tst_MarketDataService::fallsBackToPollingWhenTheStreamDrops()
{
    auto service = makeService();
    AlpacaStream::Options slowReconnect = fastStream();
    slowReconnect.reconnectInitialMs = 2'000; // room for polls while it is down
    slowReconnect.reconnectMaxMs = 4'000;
    service->setStreamOptions(slowReconnect);
    service->setQuoteIntervalMs(300);
    service->setSnapshotIntervalMs(600'000);
    service->setWatchlist({u"AAPL"_s});
    QSignalSpy refreshed(service.get(), &MarketDataService::refreshed);
    service->start();
    QTRY_COMPARE_WITH_TIMEOUT(service->streamHealth(), MarketDataService::StreamHealth::Healthy,
                              WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, WaitMs);

    // Healthy: no further polls (the snapshot interval is ten minutes; the stream test
    // shows that data then arrives without requests).
    const int requests = service->requestsInLastMinute();
    refreshed.clear();

    // The exchange closes every stream: the service polls at once, then every 300 ms.
    QSignalSpy health(service.get(), &MarketDataService::streamHealthChanged);
    SimFault fault;
    fault.kind = SimFault::Kind::CloseStream;
    m_sim->service()->httpServer()->faults().add(fault);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2, WaitMs);
    QVERIFY(service->requestsInLastMinute() >= requests + 2);
    QVERIFY(!health.isEmpty());
    QCOMPARE(health.first().at(0).value<AlpacaStream::Health>(), AlpacaStream::Health::Down);
    QVERIFY(!service->isLive());
    // And the stream comes back on its own.
    QTRY_COMPARE_WITH_TIMEOUT(service->streamHealth(), MarketDataService::StreamHealth::Healthy,
                              WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(service->isLive(), WaitMs);

    // Turning the stream off polls too (within a quote interval of the last poll).
    refreshed.clear();
    service->setStreamingEnabled(false);
    QCOMPARE(service->streamHealth(), MarketDataService::StreamHealth::Down);
    QVERIFY(refreshed.wait(WaitMs));
}

void tst_MarketDataService::aFlappingStreamPollsNoFasterThanTheQuoteInterval()
{
    constexpr int QuoteMs = 1'000;
    auto service = makeService();
    AlpacaStream::Options quickReconnect = fastStream();
    quickReconnect.reconnectInitialMs = 50; // the stream comes and goes several times a second
    quickReconnect.reconnectMaxMs = 100;
    service->setStreamOptions(quickReconnect);
    service->setQuoteIntervalMs(QuoteMs);
    service->setSnapshotIntervalMs(600'000);
    service->setWatchlist({u"AAPL"_s});
    QSignalSpy refreshed(service.get(), &MarketDataService::refreshed);
    service->start();
    QTRY_VERIFY_WITH_TIMEOUT(service->isLive(), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, WaitMs);

    // The exchange closes every stream at its next tick (250 ms), for as long as the test runs.
    QSignalSpy health(service.get(), &MarketDataService::streamHealthChanged);
    const int requests = service->requestsInLastMinute();
    QElapsedTimer elapsed;
    elapsed.start();
    SimFault fault;
    fault.kind = SimFault::Kind::CloseStream;
    fault.count = -1;
    m_sim->service()->httpServer()->faults().add(fault);
    const auto losses = [&health] {
        return std::count_if(health.cbegin(), health.cend(), [](const QList<QVariant> &args) {
            return args.at(0).value<AlpacaStream::Health>() == AlpacaStream::Health::Down;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(losses() >= 6, WaitMs);
    const qint64 ms = elapsed.elapsed();
    const int polled = service->requestsInLastMinute() - requests;
    m_sim->service()->httpServer()->faults().clear();

    // Polls start a quote interval apart at the closest, so at most one more than the
    // intervals that fit; one per loss would be 6 or more.
    QVERIFY2(polled >= 1, qPrintable(QString::number(polled)));
    QVERIFY2(polled <= ms / (QuoteMs * 95 / 100) + 1, // coarse timers may fire 5% early
             qPrintable(QStringLiteral("%1 polls in %2 ms, %3 stream losses")
                            .arg(polled).arg(ms).arg(losses())));
}

void tst_MarketDataService::backsOffOnErrors()
{
    auto service = makeService();
    service->setStreamingEnabled(false);
    service->setWatchlist({u"AAPL"_s});
    SimFault fault;
    fault.kind = SimFault::Kind::Status;
    fault.route = u"GET /v2/stocks/snapshots"_s;
    fault.status = 403; // not entitled: not retried by the client
    fault.count = 3;
    m_sim->service()->httpServer()->faults().add(fault);

    QSignalSpy errors(service.get(), &MarketDataService::errorOccurred);
    QSignalSpy stale(service.get(), &MarketDataService::staleChanged);
    QSignalSpy refreshed(service.get(), &MarketDataService::refreshed);
    QElapsedTimer elapsed;
    elapsed.start();
    service->start();
    QTRY_COMPARE_WITH_TIMEOUT(service->consecutiveFailures(), 3, WaitMs);
    // Three failures of the same kind are reported once.
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<Error>().httpStatus, 403);
    QVERIFY(service->isStale());
    QCOMPARE(stale.count(), 1);
    QCOMPARE(stale.at(0).at(0).toBool(), true);
    // Then it recovers, after waiting 500 + 1000 + 2000 ms (the 250 ms interval doubled);
    // without backoff it would have taken 750 ms. Coarse timers may fire 5% early.
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY2(elapsed.elapsed() >= 3'300, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(service->consecutiveFailures(), 0);
    QVERIFY(!service->isStale());
    QCOMPARE(stale.count(), 2);
    QCOMPARE(stale.at(1).at(0).toBool(), false);
    QVERIFY(service->quote(u"AAPL"_s).has_value());
}

void tst_MarketDataService::loadBars_data()
{
    QTest::addColumn<QString>("timeframe");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("spacingSeconds"); ///< at least this far apart
    QTest::newRow("1Day") << u"1Day"_s << 30 << qint64(20 * 3600);
    QTest::newRow("1Min") << u"1Min"_s << 120 << qint64(60);
    QTest::newRow("15Min") << u"15Min"_s << 40 << qint64(900);
    QTest::newRow("1Hour") << u"1Hour"_s << 20 << qint64(3600);
}

void tst_MarketDataService::loadBars()
{
    QFETCH(QString, timeframe);
    QFETCH(int, limit);
    QFETCH(qint64, spacingSeconds);
    auto service = makeService();
    QSignalSpy loaded(service.get(), &MarketDataService::barsLoaded);
    QSignalSpy failed(service.get(), &MarketDataService::barsFailed);
    service->loadBars(u"aapl"_s, timeframe, limit);
    QVERIFY(loaded.wait(WaitMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(loaded.at(0).at(0).toString(), u"AAPL"_s);
    QCOMPARE(loaded.at(0).at(1).toString(), timeframe);
    const auto bars = loaded.at(0).at(2).value<QList<Bar>>();
    QCOMPARE(bars.size(), limit);
    const Timestamp now = m_sim->service()->clock()->now();
    for (qsizetype i = 0; i < bars.size(); ++i) {
        QCOMPARE(bars.at(i).symbol, u"AAPL"_s);
        QVERIFY(bars.at(i).high >= bars.at(i).low);
        QVERIFY(bars.at(i).time <= now);
        if (i > 0)
            QVERIFY(bars.at(i).time.epochSeconds() - bars.at(i - 1).time.epochSeconds()
                    >= spacingSeconds);
    }
    // The newest bars: the last one is in the exchange's current session or day.
    QVERIFY(now.epochSeconds() - bars.constLast().time.epochSeconds() <= 4 * 86'400);
}

void tst_MarketDataService::loadPortfolioHistory_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("timeframe");
    QTest::newRow("1D") << u"1D"_s << u"5Min"_s;
    QTest::newRow("1W") << u"1W"_s << u"1H"_s;
    QTest::newRow("1M") << u"1M"_s << u"1D"_s;
    QTest::newRow("1A") << u"1A"_s << u"1D"_s;
}

void tst_MarketDataService::loadPortfolioHistory()
{
    QFETCH(QString, period);
    QFETCH(QString, timeframe);
    auto service = makeService();
    QSignalSpy loaded(service.get(), &MarketDataService::portfolioHistoryLoaded);
    QSignalSpy failed(service.get(), &MarketDataService::portfolioHistoryFailed);
    service->loadPortfolioHistory(period);
    QVERIFY(loaded.wait(WaitMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(loaded.at(0).at(0).toString(), period);
    const auto history = loaded.at(0).at(1).value<PortfolioHistory>();
    QCOMPARE(history.timeframe, timeframe);
    QCOMPARE(history.timestamp.size(), history.equity.size());
    QVERIFY(!history.timestamp.isEmpty());
    QVERIFY(service->requestsInLastMinute() >= 1);
}

void tst_MarketDataService::followsBrokerChanges()
{
    auto service = makeService();
    service->setStreamingEnabled(false);
    service->setWatchlist({u"AAPL"_s});
    QSignalSpy refreshed(service.get(), &MarketDataService::refreshed);
    QSignalSpy cleared(service.get(), &MarketDataService::dataCleared);
    service->start();
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY(service->quote(u"AAPL"_s).has_value());

    // A second exchange replaces the first (what a mode switch does).
    const quint16 oldPort = m_sim->service()->port();
    m_sim = startSim();
    QVERIFY(m_sim);
    QVERIFY(m_sim->service()->port() != oldPort);
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!service->quote(u"AAPL"_s).has_value());
    refreshed.clear();
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY(service->quote(u"AAPL"_s).has_value());

    // Bars come from the new exchange too.
    QSignalSpy loaded(service.get(), &MarketDataService::barsLoaded);
    service->loadBars(u"MSFT"_s, u"1Day"_s, 5);
    QVERIFY(loaded.wait(WaitMs));
    QCOMPARE(loaded.at(0).at(2).value<QList<Bar>>().size(), 5);
}

void tst_MarketDataService::watchlistModelFollowsTheService()
{
    auto service = makeService();
    service->setStreamingEnabled(false);
    WatchlistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSymbols({u"AAPL"_s});
    model.setService(service.get());
    QCOMPARE(service->watchlist(), QStringList {u"AAPL"_s});
    model.addSymbol(u"MSFT"_s);
    QCOMPARE(service->watchlist(), (QStringList {u"AAPL"_s, u"MSFT"_s}));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    service->start();
    const auto filled = [&model] {
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column : {WatchlistModel::Bid, WatchlistModel::Ask, WatchlistModel::Last,
                               WatchlistModel::Change, WatchlistModel::Volume}) {
                if (model.index(row, column).data().toString().isEmpty())
                    return false;
            }
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(filled(), WaitMs);
    // The cells show what the service holds, exactly.
    const std::optional<Snapshot> snapshot = service->snapshot(u"MSFT"_s);
    QVERIFY(snapshot && snapshot->latestTrade);
    QCOMPARE(model.index(1, WatchlistModel::Last).data(WatchlistModel::SortRole).toLongLong(),
             qint64(snapshot->latestTrade->price.units()));
    QCOMPARE(resets.count(), 0);

    model.removeSymbol(u"AAPL"_s);
    QCOMPARE(service->watchlist(), QStringList {u"MSFT"_s});

    // A broker change clears the values (the rows stay) until the new exchange answers.
    QSignalSpy refreshed(service.get(), &MarketDataService::refreshed);
    m_sim = startSim();
    QVERIFY(m_sim);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, WatchlistModel::Last).data().toString().isEmpty());
    QVERIFY(refreshed.wait(WaitMs));
    QVERIFY(!model.index(0, WatchlistModel::Last).data().toString().isEmpty());

    // A second model on the same service shows what is already known at once.
    WatchlistModel second;
    second.setSymbols({u"MSFT"_s});
    second.setService(service.get());
    QVERIFY(!second.index(0, WatchlistModel::Bid).data().toString().isEmpty());
    model.setService(nullptr);
}

void tst_MarketDataService::withoutBrokerEverythingFails()
{
    TradingSession empty(BrokerFactory::Configuration {}, m_dir->filePath(u"other.jsonl"_s));
    MarketDataService service(&empty);
    service.setQuoteIntervalMs(250);
    QSignalSpy barsFailed(&service, &MarketDataService::barsFailed);
    QSignalSpy historyFailed(&service, &MarketDataService::portfolioHistoryFailed);
    QSignalSpy errors(&service, &MarketDataService::errorOccurred);
    service.loadBars(u"AAPL"_s, u"1Day"_s, 10);
    service.loadPortfolioHistory(u"1M"_s);
    QCOMPARE(barsFailed.count(), 0); // answered asynchronously, like every request
    QVERIFY(barsFailed.wait(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(historyFailed.count(), 1, WaitMs);
    QCOMPARE(barsFailed.at(0).at(2).value<Error>().code, Error::Code::Network);
    QVERIFY(errors.count() >= 1);

    service.setWatchlist({u"AAPL"_s});
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(service.isStale(), WaitMs);
    QVERIFY(!service.quote(u"AAPL"_s).has_value());
}

QTEST_MAIN(tst_MarketDataService)
#include "tst_marketdataservice.moc"
