// SPDX-License-Identifier: GPL-3.0-or-later
// sim_bench: how fast the simulator is. Prints, never asserts:
//  1. order round trips per second over loopback HTTP — POST /v2/orders market orders
//     through QNetworkAccessManager with N requests in flight, against a SimService
//     running in its own thread (as elson-sim would in its own process);
//  2. matching events per second in process — a SimExchange driven directly with a
//     scripted quote source: market orders (accept + fill) and resting limit orders
//     filled in bulk when the quote crosses them.
#include "marketcalendar.h"
#include "simexchange.h"
#include "simservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Elson;

namespace {

const QString Key = QStringLiteral("PKBENCH0000000000001");
const QString Secret = QStringLiteral("bench-secret");
const QString Start = QStringLiteral("2026-11-23T10:00:00-05:00"); // a Monday, regular session

// --- 1. loopback HTTP --------------------------------------------------------------------------

struct HttpFigures
{
    int inFlight = 0;
    int orders = 0;
    int failures = 0;
    double seconds = 0;
};

HttpFigures runHttp(const QUrl &base, int total, int inFlight)
{
    QNetworkAccessManager nam;
    HttpFigures figures;
    figures.inFlight = inFlight;
    int sent = 0;
    int done = 0;
    QEventLoop loop;
    QElapsedTimer timer;

    std::function<void()> sendOne = [&] {
        const int n = sent++;
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/v2/orders"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("APCA-API-KEY-ID", Key.toUtf8());
        request.setRawHeader("APCA-API-SECRET-KEY", Secret.toUtf8());
        request.setTransferTimeout(30'000);
        // Alternate buys and sells so the position stays small.
        const QJsonObject body{{QStringLiteral("symbol"), QStringLiteral("AAPL")},
                               {QStringLiteral("qty"), QStringLiteral("1")},
                               {QStringLiteral("side"), n % 2 ? QStringLiteral("sell") : QStringLiteral("buy")},
                               {QStringLiteral("type"), QStringLiteral("market")},
                               {QStringLiteral("time_in_force"), QStringLiteral("day")},
                               {QStringLiteral("client_order_id"), QStringLiteral("bench-%1-%2").arg(inFlight).arg(n)}};
        QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++figures.failures;
            if (++done == total) {
                loop.quit();
                return;
            }
            if (sent < total)
                sendOne();
        });
    };

    timer.start();
    for (int i = 0; i < inFlight && sent < total; ++i)
        sendOne();
    loop.exec();
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    figures.orders = done;
    return figures;
}

// --- 2. in-process matching --------------------------------------------------------------------

struct MatchingFigures
{
    qint64 orders = 0;
    qint64 events = 0;
    double seconds = 0;
    qint64 sweepEvents = 0;     ///< events emitted inside advanceTo()
    double sweepSeconds = 0;    ///< time spent in advanceTo()
};

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

/**
 * @p rounds of: @p marketPerRound market orders (alternately buy and sell, each
 * accepted and filled at once), then @p restingPerRound limit sells that rest until
 * the next second's quote crosses them (one advanceTo() fills them all), then as
 * many limit buys, filled the same way a second later.
 */
MatchingFigures runMatching(int rounds, int marketPerRound, int restingPerRound)
{
    SimExchange::Config config;
    config.startingCash = Decimal::fromInt(1'000'000'000);
    config.partialFillPercent = 0;
    const SimUniverse universe = SimUniverse::standard();
    QStringList symbols;
    for (const SimAsset &asset : universe.assets()) {
        if (asset.tradable && asset.fractionable && asset.shortable && asset.easyToBorrow)
            symbols.append(asset.symbol);
    }
    const Decimal middle = Decimal::fromLiteral("100.50");
    Timestamp now = Timestamp::fromString(Start).value().withOffset(0);
    SimExchange exchange(config, universe, MarketCalendar(), scriptedQuote, now);
    MatchingFigures figures;
    QObject counter;
    QObject::connect(&exchange, &SimExchange::tradeUpdate, &counter,
                     [&figures](const TradeUpdate &) { ++figures.events; });

    QElapsedTimer sweep;
    const auto advance = [&] {
        now = now.addSeconds(1);
        const qint64 before = figures.events;
        sweep.start();
        exchange.advanceTo(now);
        figures.sweepSeconds += double(sweep.nsecsElapsed()) / 1e9;
        figures.sweepEvents += figures.events - before;
    };
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < marketPerRound; ++i) {
            const OrderSide side = i % 2 ? OrderSide::Sell : OrderSide::Buy;
            if (exchange.submitOrder(order(symbols.at((i / 2) % symbols.size()), side, OrderType::Market)))
                ++figures.orders;
        }
        for (int i = 0; i < restingPerRound; ++i) {
            if (exchange.submitOrder(order(symbols.at(i % symbols.size()), OrderSide::Sell, OrderType::Limit, middle)))
                ++figures.orders;
        }
        advance(); // odd second, bid 101.00: the resting sells fill
        for (int i = 0; i < restingPerRound; ++i) {
            if (exchange.submitOrder(order(symbols.at(i % symbols.size()), OrderSide::Buy, OrderType::Limit, middle)))
                ++figures.orders;
        }
        advance(); // even second, ask 100.01: the resting buys fill
    }
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    return figures;
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
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Matching rounds."),
                                          QStringLiteral("n"), QStringLiteral("200"));
    parser.addOption(ordersOption);
    parser.addOption(roundsOption);
    parser.process(app);
    const int orders = std::max(1, parser.value(ordersOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    // --- 1. the service in its own thread, the client here
    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("sim-server"));
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    std::unique_ptr<SimService> service;
    QUrl url;
    QString startError;
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
        if (started)
            url = service->url();
        else
            startError = started.error().toString();
    }, Qt::BlockingQueuedConnection);
    if (!url.isValid()) {
        std::fprintf(stderr, "sim_bench: %s\n", qPrintable(startError));
        return 1;
    }

    std::printf("elson-sim benchmark (figures only, no assertions; %d-core machine)\n",
                QThread::idealThreadCount());
    std::printf("\n1. order round trips over loopback HTTP (POST /v2/orders, market, QNAM)\n");
    runHttp(url, std::min(orders, 300), 4); // warm-up: connections, caches
    for (const int inFlight : {1, 6, 16}) {
        const HttpFigures f = runHttp(url, orders, inFlight);
        std::printf("   %2d in flight: %5d orders in %6.3f s = %8.0f round trips/s%s\n", f.inFlight,
                    f.orders, f.seconds, f.orders / f.seconds,
                    f.failures ? qPrintable(QStringLiteral(" (%1 not 200)").arg(f.failures)) : "");
        std::fflush(stdout);
    }
    QMetaObject::invokeMethod(&anchor, [&] { service.reset(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    // --- 2. the engine alone
    std::printf("\n2. matching in process (SimExchange, scripted quotes, no I/O)\n");
    runMatching(std::max(1, rounds / 10), 20, 20); // warm-up
    struct Scenario
    {
        const char *name;
        int market;
        int resting;
    };
    for (const Scenario &scenario : {Scenario{"market orders only (accept + fill)", 100, 0},
                                     Scenario{"resting limits swept by the quote", 0, 100},
                                     Scenario{"deep book: 1000 resting limits a sweep", 0, 1000}}) {
        const int n = scenario.resting >= 1000 ? std::max(1, rounds / 10) : rounds;
        const MatchingFigures m = runMatching(n, scenario.market, scenario.resting);
        std::printf("   %-42s %7lld orders, %7lld events in %6.3f s = %9.0f orders/s, %9.0f events/s\n",
                    scenario.name, static_cast<long long>(m.orders), static_cast<long long>(m.events),
                    m.seconds, m.orders / m.seconds, m.events / m.seconds);
        if (m.sweepEvents > 0) {
            std::printf("   %-42s %7lld fill events in advanceTo() in %6.3f s = %9.0f events/s\n", "",
                        static_cast<long long>(m.sweepEvents), m.sweepSeconds, m.sweepEvents / m.sweepSeconds);
        }
        std::fflush(stdout);
    }
    return 0;
}
