// SPDX-License-Identifier: GPL-3.0-or-later
// requests_bench: how many REST requests the running terminal makes a minute in steady
// state, with its two WebSocket streams (trade_updates and market data) up, and with
// them kept down. Each phase is a fresh terminal in process, built as src/app/main.cpp
// builds it (empty environment → the embedded exchange, MainWindow, session started,
// services started), left to settle after its first refresh, then measured.
//
// Three phases:
//  - streams up: as the terminal runs;
//  - streams down: MarketDataService::setStreamingEnabled(false) before the services
//    start and Broker::stopStreaming() right after, so neither WebSocket is open and the
//    terminal reads everything by polling;
//  - streams flapping: the exchange gets a close-stream fault that never runs out
//    (SimFault::CloseStream, count -1), so every stream the terminal opens is closed at
//    the exchange's next tick (250 ms) after it came up: reconnects and the reads that
//    follow each recovery, as with a network that keeps dropping the sockets.
//
// Counted two ways:
//  - the terminal's own counters, PortfolioService::requestsInLastMinute() +
//    MarketDataService::requestsInLastMinute() (a sliding 60 s window; for a measurement
//    shorter than a minute the difference of two readings taken within the first minute
//    of the window's life, which then counts every request, scaled to a minute);
//  - the REST requests the exchange served (SimHttpServer::requestServed: everything the
//    terminal sent, whatever service sent it), over an interval of the same length, scaled
//    to a minute; WebSocket upgrade requests are counted apart.
// Prints figures; never asserts.
#include "benchsupport.h"

#include "appsettings.h"
#include "brokerfactory.h"
#include "mainwindow.h"
#include "marketdataservice.h"
#include "portfolioservice.h"
#include "simbroker.h"
#include "simhttpserver.h"
#include "tradingsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMap>
#include <QMetaEnum>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Elson;
using namespace ElsonBench;

namespace {

constexpr int ServerLagMs = 250;

/** Runs the event loop for @p ms. */
void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Outcome
{
    bool ok = false;
    QString error;
    double appPerMinute = 0;
    int portfolioRequests = 0;
    int marketDataRequests = 0;
    double serverPerMinute = 0;   ///< REST requests served, a minute
    qint64 serverRequests = 0;    ///< every HTTP request, WebSocket upgrades included
    int restServed = 0;
    int rateLimited = 0;          ///< answered 429
    QStringList routes;
    double seconds = 0;
    QString portfolioStream;
    QString marketDataStream;
    QString method;
};

template<typename E>
QString enumName(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

enum class Streams { Up, Down, Flapping };

Outcome runPhase(Streams streams, int settleSeconds, int measureSeconds)
{
    Outcome out;
    const qint64 born = monotonicNs();
    const QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("elson-terminal.ini")));
    const Result<BrokerFactory::Configuration> configuration =
        BrokerFactory::configurationFrom(QProcessEnvironment(), BrokerConfig::lookupIn(settings.settings()));
    if (!configuration) {
        out.error = configuration.error().toString();
        return out;
    }
    BrokerFactory::Configuration fresh = configuration.value();
    fresh.simStateFile = dir.filePath(QStringLiteral("sim-state.json")); // a new demo account
    TradingSession session(fresh, dir.filePath(QStringLiteral("audit.jsonl")));
    if (!session.openJournal()) {
        out.error = QStringLiteral("the journal cannot be opened");
        return out;
    }
    MainWindow window(&session, &settings);
    window.show();

    bool refreshed = false;
    QObject::connect(&window, &MainWindow::firstRefreshShown, &window, [&refreshed] { refreshed = true; });
    SimBroker *sim = nullptr;
    bool started = false;
    session.start().then(&window, [&](Result<Broker::Mode> mode) {
        started = true;
        if (!mode) {
            out.error = mode.error().toString();
            return;
        }
        sim = qobject_cast<SimBroker *>(session.broker());
        if (!sim) {
            out.error = QStringLiteral("the session did not start on the embedded exchange");
            return;
        }
        if (streams == Streams::Flapping) {
            SimFault fault;
            fault.kind = SimFault::Kind::CloseStream;
            fault.count = -1;
            sim->service()->httpServer()->faults().add(fault);
        }
        if (streams == Streams::Down)
            window.marketData()->setStreamingEnabled(false);
        window.startServices();
        if (streams == Streams::Down)
            sim->stopStreaming(); // PortfolioService::start() started the trade_updates stream
    });
    for (int i = 0; i < 600 && !(started && (refreshed || sim == nullptr)); ++i)
        wait(50);
    if (!out.error.isEmpty())
        return out;
    if (!refreshed) {
        out.error = QStringLiteral("no first refresh within 30 s");
        return out;
    }
    wait(settleSeconds * 1000);

    PortfolioService *portfolio = window.portfolio();
    MarketDataService *marketData = window.marketData();
    SimHttpServer *server = sim->service()->httpServer();
    // The exchange counts what it has served, the terminal what it has sent: the exchange's
    // window starts and ends ServerLagMs later, so requests in flight at either end are
    // counted by both (the loopback answers in milliseconds).
    bool counting = false;
    QMap<QString, int> routes;
    QObject::connect(server, &SimHttpServer::requestServed, &window, [&](const QString &route, int status) {
        if (!counting)
            return;
        ++out.restServed;
        if (status == 429)
            ++out.rateLimited;
        ++routes[route];
    });
    const int portfolio0 = portfolio->requestsInLastMinute();
    const int marketData0 = marketData->requestsInLastMinute();
    const qint64 start = monotonicNs();
    wait(ServerLagMs);
    counting = true;
    const qint64 server0 = server->requestCount();
    wait(measureSeconds * 1000 - ServerLagMs);
    const qint64 end = monotonicNs();
    const int portfolio1 = portfolio->requestsInLastMinute();
    const int marketData1 = marketData->requestsInLastMinute();
    wait(ServerLagMs);
    counting = false;
    out.serverRequests = server->requestCount() - server0;
    out.seconds = double(end - start) / 1e9;
    out.serverPerMinute = double(out.restServed) * 60.0 / out.seconds;
    for (auto it = routes.cbegin(); it != routes.cend(); ++it)
        out.routes.append(QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value()));

    const double windowAge = double(end - born) / 1e9;
    if (measureSeconds >= 60) {
        // The window holds exactly the last minute, all of it inside this measurement.
        out.portfolioRequests = portfolio1;
        out.marketDataRequests = marketData1;
        out.appPerMinute = double(portfolio1 + marketData1);
        out.method = QStringLiteral("requestsInLastMinute() after %1 s").arg(fixed(out.seconds, 1));
    } else if (windowAge < 59.5) {
        // Still inside the counters' first minute: the window has dropped nothing yet.
        out.portfolioRequests = portfolio1 - portfolio0;
        out.marketDataRequests = marketData1 - marketData0;
        out.appPerMinute = double(out.portfolioRequests + out.marketDataRequests) * 60.0 / out.seconds;
        out.method = QStringLiteral("difference of requestsInLastMinute() over %1 s, × 60/%1")
                         .arg(fixed(out.seconds, 1));
    } else {
        out.error = QStringLiteral("settle + measure must stay under a minute when measuring less than one");
        return out;
    }
    out.portfolioStream = enumName(portfolio->streamHealth());
    out.marketDataStream = enumName(marketData->streamHealth());
    out.ok = true;
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("elson.*.info=false\nelson.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Steady-state REST requests a minute of the terminal, streams up and down."));
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Measurement a phase (60: a whole window)."),
                                           QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption settleOption(QStringLiteral("settle"),
                                          QStringLiteral("Wait after the first refresh before measuring."),
                                          QStringLiteral("s"), QStringLiteral("10"));
    parser.addOptions({secondsOption, settleOption});
    parser.process(app);
    const int seconds = std::clamp(parser.value(secondsOption).toInt(), 5, 600);
    const int settle = std::clamp(parser.value(settleOption).toInt(), 0, 120);
    if (!printBuildLine("requests_bench"))
        return 0;
    std::printf("  three fresh terminals on the embedded exchange, one after the other: settle %d s after the first "
                "refresh, then measure %d s\n", settle, seconds);

    std::printf("\n| Figure | Value | Note |\n|---|---|---|\n");
    const std::pair<Streams, QString> phases[] = {{Streams::Up, QStringLiteral("streams up")},
                                                  {Streams::Down, QStringLiteral("streams down")},
                                                  {Streams::Flapping, QStringLiteral("streams flapping")}};
    for (const auto &[streams, phase] : phases) {
        const Outcome o = runPhase(streams, settle, seconds);
        if (!o.ok) {
            std::fprintf(stderr, "requests_bench: %s\n", qPrintable(o.error));
            return 1;
        }
        printFigure(QStringLiteral("steady-state requests/min, %1: terminal's counters").arg(phase),
                    fixed(o.appPerMinute, 0), "req/min",
                    QStringLiteral("portfolio %1 + market data %2 requests; %3; stream health at the end: orders %4, "
                                   "market data %5")
                        .arg(o.portfolioRequests)
                        .arg(o.marketDataRequests)
                        .arg(o.method, o.portfolioStream, o.marketDataStream));
        printFigure(QStringLiteral("steady-state requests/min, %1: REST served by the exchange").arg(phase),
                    fixed(o.serverPerMinute, 0), "req/min",
                    QStringLiteral("%1 in %2 s, × 60/%2; %3 answered 429; WebSocket upgrade requests besides: %4")
                        .arg(o.restServed)
                        .arg(fixed(o.seconds, 1))
                        .arg(o.rateLimited)
                        .arg(o.serverRequests - o.restServed));
        std::printf("    routes served (%s): %s\n", qPrintable(phase), qPrintable(o.routes.join(QStringLiteral(", "))));
    }
    return 0;
}
