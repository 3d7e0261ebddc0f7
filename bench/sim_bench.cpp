// SPDX-License-Identifier: GPL-3.0-or-later
// sim_bench: how fast the simulator is. Prints a table, never asserts:
//  1. order round trips per second over loopback HTTP: POST /v2/orders market orders
//     through one QNetworkAccessManager with 1 and 6 requests in flight (QNAM keeps up
//     to 6 keep-alive connections per host, as a client would), against a SimService
//     running in its own thread (as elson-sim would in its own process);
//  2. matching events (trade updates) per second in process: a SimExchange driven
//     directly with a scripted quote source (read once per instant, as elson-sim reads
//     its price process): market orders with an empty book and with 10,000 limits
//     resting, then books of 100, 1,000 and 10,000 resting limits filled in bulk when
//     the quote moves through them. "CPU-bound" divides by the process's CPU time, which
//     another process on this shared machine does not inflate.
// Each row is the median of --repeat runs. An unoptimised build prints a warning and no
// figures. --digest instead hashes every event and answer of a long seeded workload, so
// two builds can be compared for byte-identical behaviour (that mode runs in any build).
#include "marketcalendar.h"
#include "simdigest.h"
#include "simexchange.h"
#include "simhttpserver.h"
#include "simservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

#ifndef ELSON_BUILD_TYPE
#define ELSON_BUILD_TYPE ""
#endif

using namespace Elson;

namespace {

const QString Key = QStringLiteral("PKBENCH0000000000001");
const QString Secret = QStringLiteral("bench-secret");
const QString Start = QStringLiteral("2026-11-23T10:00:00-05:00"); // a Monday, regular session

/** One row of the table: @p work units of @p unit done in @p seconds. */
struct Figure
{
    qint64 work = 0;
    double seconds = 0;
    double cpuSeconds = 0; ///< CPU time of the process meanwhile (the machine may be shared)
    qint64 extraWork = 0; ///< a second rate: the fills made inside advanceTo()
    double extraSeconds = 0;
    int failures = 0;
    [[nodiscard]] double rate() const { return seconds > 0 ? double(work) / seconds : 0; }
};

/** The median of @p runs by rate (the machine is shared: one run can be unlucky). */
Figure median(QList<Figure> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Figure &a, const Figure &b) { return a.rate() < b.rate(); });
    return runs.at(runs.size() / 2);
}

QString grouped(double value)
{
    return QLocale(QLocale::English).toString(qint64(value + 0.5));
}

void printRow(const char *scenario, const Figure &f, const char *unit, const QString &note = {})
{
    std::printf("  %-54s %9s %-11s %7.3f s %11s/s%s\n", scenario, qPrintable(grouped(double(f.work))), unit,
                f.seconds, qPrintable(grouped(f.rate())), note.isEmpty() ? "" : qPrintable(u"  " + note));
    std::fflush(stdout);
}

// --- 1. loopback HTTP --------------------------------------------------------------------------

Figure runHttp(QNetworkAccessManager &nam, const QUrl &base, int total, int inFlight)
{
    Figure figure;
    int sent = 0;
    int done = 0;
    QEventLoop loop;
    const QUrl url = base.resolved(QUrl(QStringLiteral("/v2/orders")));
    const QByteArray key = Key.toUtf8();
    const QByteArray secret = Secret.toUtf8();

    std::function<void()> sendOne = [&] {
        const int n = sent++;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("APCA-API-KEY-ID", key);
        request.setRawHeader("APCA-API-SECRET-KEY", secret);
        request.setTransferTimeout(30'000);
        // Alternate buys and sells so the position stays small.
        const QJsonObject body{{QStringLiteral("symbol"), QStringLiteral("AAPL")},
                               {QStringLiteral("qty"), QStringLiteral("1")},
                               {QStringLiteral("side"), n % 2 ? QStringLiteral("sell") : QStringLiteral("buy")},
                               {QStringLiteral("type"), QStringLiteral("market")},
                               {QStringLiteral("time_in_force"), QStringLiteral("day")}};
        QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++figure.failures;
            if (++done == total) {
                loop.quit();
                return;
            }
            if (sent < total)
                sendOne();
        });
    };

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < inFlight && sent < total; ++i)
        sendOne();
    loop.exec();
    figure.seconds = double(timer.nsecsElapsed()) / 1e9;
    figure.work = done;
    return figure;
}

// --- 2. in-process matching --------------------------------------------------------------------

/** Bid/ask of every symbol at @p at: 100.00/100.01 on even seconds, 101.00/101.01 on odd ones. */
std::optional<SimQuote> scriptedQuote(const QString &symbol, const Timestamp &at)
{
    static const Decimal lowBid = Decimal::fromLiteral("100.00");
    static const Decimal lowAsk = Decimal::fromLiteral("100.01");
    static const Decimal highBid = Decimal::fromLiteral("101.00");
    static const Decimal highAsk = Decimal::fromLiteral("101.01");
    const std::int64_t second = at.epochSeconds();
    const bool high = (second % 2) != 0;
    SimQuote q;
    q.symbol = symbol;
    q.timestamp = Timestamp::fromEpochSeconds(second);
    q.bid = high ? highBid : lowBid;
    q.ask = high ? highAsk : lowAsk;
    q.bidSize = 1'000'000;
    q.askSize = 1'000'000;
    return q;
}

OrderRequest order(const QString &symbol, OrderSide side, OrderType type, const Decimal &limit = {})
{
    OrderRequest r;
    r.symbol = symbol;
    r.qty = Decimal::fromInt(1);
    r.side = side;
    r.type = type;
    r.timeInForce = type == OrderType::Market ? TimeInForce::Day : TimeInForce::Gtc;
    if (type == OrderType::Limit)
        r.limitPrice = limit;
    return r;
}

struct Matching
{
    int market = 0; ///< market orders a round (alternately buy and sell, each filled at once)
    int resting = 0; ///< limit sells a round, swept by the next quote move; then as many buys
    int idle = 0; ///< limit buys far below the market, resting all along
    double minSeconds = 0.5; ///< rounds are repeated until this much time has passed
    int maxRounds = 1'000'000;
};

/**
 * Rounds of: @p m.market market orders, then @p m.resting limit sells that rest until
 * the next second's quote crosses them (one advanceTo() fills them all), then as many
 * limit buys, filled the same way a second later. The rate counts trade updates
 * (new + fill); extraWork/extraSeconds are the fills made inside advanceTo().
 */
Figure runMatching(const Matching &m)
{
    SimExchange::Config config;
    config.startingCash = Decimal::fromInt(1'000'000'000);
    config.partialFillPercent = 0;
    config.quotesFixedPerInstant = true; // as elson-sim runs: the quotes are a function of time
    const SimUniverse universe = SimUniverse::standard();
    QStringList symbols;
    for (const SimAsset &asset : universe.assets()) {
        if (asset.tradable && asset.fractionable && asset.shortable && asset.easyToBorrow)
            symbols.append(asset.symbol);
    }
    const Decimal middle = Decimal::fromLiteral("100.50");
    const Decimal farBelow = Decimal::fromLiteral("50.00");
    Timestamp now = Timestamp::fromString(Start).value().withOffset(0);
    SimExchange exchange(config, universe, MarketCalendar(), scriptedQuote, now);
    for (int i = 0; i < m.idle; ++i)
        exchange.submitOrder(order(symbols.at(i % symbols.size()), OrderSide::Buy, OrderType::Limit, farBelow));

    Figure figure;
    QObject counter;
    QObject::connect(&exchange, &SimExchange::tradeUpdate, &counter, [&figure](const TradeUpdate &) { ++figure.work; });
    figure.work = 0;

    QElapsedTimer sweep;
    const auto advance = [&] {
        now = now.addSeconds(1);
        const qint64 before = figure.work;
        sweep.start();
        exchange.advanceTo(now);
        figure.extraSeconds += double(sweep.nsecsElapsed()) / 1e9;
        figure.extraWork += figure.work - before;
    };
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    for (int round = 0; round < m.maxRounds && double(timer.nsecsElapsed()) / 1e9 < m.minSeconds; ++round) {
        for (int i = 0; i < m.market; ++i) {
            const OrderSide side = i % 2 ? OrderSide::Sell : OrderSide::Buy;
            if (!exchange.submitOrder(order(symbols.at((i / 2) % symbols.size()), side, OrderType::Market)))
                ++figure.failures;
        }
        if (m.resting == 0)
            continue;
        for (int i = 0; i < m.resting; ++i) {
            if (!exchange.submitOrder(order(symbols.at(i % symbols.size()), OrderSide::Sell, OrderType::Limit, middle)))
                ++figure.failures;
        }
        advance(); // odd second, bid 101.00: the resting sells fill
        for (int i = 0; i < m.resting; ++i) {
            if (!exchange.submitOrder(order(symbols.at(i % symbols.size()), OrderSide::Buy, OrderType::Limit, middle)))
                ++figure.failures;
        }
        advance(); // even second, ask 100.01: the resting buys fill
    }
    figure.seconds = double(timer.nsecsElapsed()) / 1e9;
    figure.cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    return figure;
}

int runDigest(int iterations)
{
    std::printf("elson-sim determinism digest (%d iterations a workload)\n", iterations);
    for (int variant = 0; variant < 2; ++variant) {
        QElapsedTimer timer;
        timer.start();
        const SimDigest::Outcome o = SimDigest::run(variant, iterations);
        std::printf("  workload %d: sha256 %s  (%lld events, %lld calls, %lld errors, %.2f s)\n", variant,
                    o.sha256.constData(), static_cast<long long>(o.events), static_cast<long long>(o.calls),
                    static_cast<long long>(o.errors), double(timer.nsecsElapsed()) / 1e9);
        std::fflush(stdout);
        // The workload's market is a pure function of time: reading each quote once per
        // instant must not change a thing.
        const SimDigest::Outcome fixed = SimDigest::run(variant, iterations, true);
        const QByteArray verdict = fixed.sha256 == o.sha256 ? QByteArray("same digest")
                                                             : "DIFFERENT: " + fixed.sha256;
        std::printf("  workload %d with quotesFixedPerInstant: %s\n", variant, verdict.constData());
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("elson.sim.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulator throughput: prints figures, asserts nothing."));
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("HTTP orders per run."),
                                          QStringLiteral("n"), QStringLiteral("4000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Minimum time per in-process run."),
                                           QStringLiteral("s"), QStringLiteral("0.5"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs per row; the median is shown."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Only this part: http or matching."),
                                        QStringLiteral("part"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QStringLiteral("Only this in-process row (1-5), e.g. under a profiler."),
                                            QStringLiteral("n"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Exactly this many rounds an in-process run (no time box)."),
                                          QStringLiteral("n"));
    const QCommandLineOption digestOption(QStringLiteral("digest"),
                                          QStringLiteral("Print a hash of a long seeded workload's events and "
                                                         "answers instead (any build type)."));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
                                              QStringLiteral("Digest workload length."), QStringLiteral("n"),
                                              QStringLiteral("6000"));
    parser.addOptions({ordersOption, secondsOption, repeatOption, onlyOption, scenarioOption, roundsOption,
                       digestOption, iterationsOption});
    parser.process(app);
    if (parser.isSet(digestOption))
        return runDigest(std::max(1, parser.value(iterationsOption).toInt()));

    const int orders = std::max(1, parser.value(ordersOption).toInt());
    const double minSeconds = std::max(0.01, parser.value(secondsOption).toDouble());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const QString only = parser.value(onlyOption);

    const QByteArray buildType = QByteArrayLiteral(ELSON_BUILD_TYPE).isEmpty() ? QByteArrayLiteral("(none)")
                                                                               : QByteArrayLiteral(ELSON_BUILD_TYPE);
#ifdef __OPTIMIZE__
    const bool optimised = true;
#else
    const bool optimised = false;
#endif
    std::printf("elson-sim benchmark: figures only, no assertions (median of %d runs a row)\n", repeat);
    std::printf("  machine: %d CPUs (nproc)   build type: %s%s   Qt %s\n", QThread::idealThreadCount(),
                buildType.constData(), optimised ? " (optimised)" : " (NOT optimised)", qVersion());
    if (!optimised) {
        std::printf("WARNING: not an optimised build: figures would mislead and are not reported. "
                    "Build with -DCMAKE_BUILD_TYPE=Release or RelWithDebInfo (--digest works in any build).\n");
        return 0;
    }

    if (only.isEmpty() || only == u"http") {
        // The service in its own thread, the client here.
        QThread serverThread;
        serverThread.setObjectName(QStringLiteral("sim-server"));
        serverThread.start();
        QObject anchor;
        anchor.moveToThread(&serverThread);
        std::unique_ptr<SimService> service;
        QUrl url;
        QString startError;
        std::atomic<int> connections = 0; // counted in the server thread
        QMetaObject::invokeMethod(&anchor, [&] {
            SimService::Options options;
            options.keyId = Key;
            options.secretKey = Secret;
            options.clock = QStringLiteral("fixed:") + Start;
            options.cash = Decimal::fromInt(1'000'000'000);
            options.rateLimitPerMinute = 100'000'000;
            options.partialFillPercent = 0;
            service = std::make_unique<SimService>(options);
            const Result<quint16> started = service->start();
            if (!started) {
                startError = started.error().toString();
                return;
            }
            url = service->url();
            // Counts TCP connections, to show that the client's connections are kept alive.
            for (QTcpServer *server : service->httpServer()->servers())
                QObject::connect(server, &QTcpServer::pendingConnectionAvailable, &anchor, [&] { ++connections; });
        }, Qt::BlockingQueuedConnection);
        if (!url.isValid()) {
            std::fprintf(stderr, "sim_bench: %s\n", qPrintable(startError));
            return 1;
        }

        std::printf("\n  order round trips over loopback HTTP: POST /v2/orders (market), one QNetworkAccessManager,\n"
                    "  N requests in flight on keep-alive connections (aim: >= 5,000/s)\n");
        QNetworkAccessManager nam;
        runHttp(nam, url, std::min(orders, 300), 6); // warm-up: connections, caches
        std::printf("  (the warm-up opened %d connection(s); the rows below open none if they are kept alive)\n",
                    connections.load());
        for (const int inFlight : {1, 6}) {
            QList<Figure> runs;
            const int before = connections;
            for (int r = 0; r < repeat; ++r)
                runs.append(runHttp(nam, url, orders, inFlight));
            const Figure f = median(runs);
            QString note = QStringLiteral("new connections: %1").arg(connections - before);
            if (f.failures)
                note += QStringLiteral(", %1 not 200").arg(f.failures);
            const QByteArray label = QByteArray::number(inFlight) + " in flight";
            printRow(label.constData(), f, "orders", note);
        }
        QMetaObject::invokeMethod(&anchor, [&] { service.reset(); }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    }

    if (only.isEmpty() || only == u"matching") {
        std::printf("\n  matching in process: SimExchange, scripted quotes, no I/O; rate = trade updates (new,\n"
                    "  fill, ...) a second (aim: >= 1,000,000/s)\n");
        runMatching({20, 20, 0, 0.05, 1'000}); // warm-up
        struct Scenario
        {
            const char *name;
            Matching matching;
        };
        const Scenario scenarios[] = {
            {"market orders (accept + fill), empty book", {200, 0, 0, minSeconds}},
            {"market orders, 10,000 idle limits resting", {200, 0, 10'000, minSeconds}},
            {"resting limits: 100-order book swept a quote move", {0, 100, 0, minSeconds}},
            {"resting limits: 1,000-order book swept a quote move", {0, 1'000, 0, minSeconds}},
            {"resting limits: 10,000-order book swept a quote move", {0, 10'000, 0, minSeconds, 1'000}},
        };
        const int onlyScenario = parser.value(scenarioOption).toInt();
        const int rounds = parser.value(roundsOption).toInt();
        for (int i = 0; i < int(std::size(scenarios)); ++i) {
            const Scenario &scenario = scenarios[i];
            if (onlyScenario > 0 && onlyScenario != i + 1)
                continue;
            Matching matching = scenario.matching;
            if (rounds > 0) {
                matching.minSeconds = 1e9;
                matching.maxRounds = rounds;
            }
            QList<Figure> runs;
            for (int r = 0; r < repeat; ++r)
                runs.append(runMatching(matching));
            const Figure f = median(runs);
            // Wall-clock time counts what another process took from this one; CPU time does not.
            QString note = QStringLiteral("CPU-bound %1/s").arg(grouped(double(f.work) / f.cpuSeconds));
            if (f.extraWork > 0) {
                note += QStringLiteral("; fills in advanceTo(): %1/s")
                            .arg(grouped(double(f.extraWork) / f.extraSeconds));
            }
            if (f.failures)
                note += QStringLiteral(" (%1 refused)").arg(f.failures);
            printRow(scenario.name, f, "events", note);
        }
    }
    return 0;
}
