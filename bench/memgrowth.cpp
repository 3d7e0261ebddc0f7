// SPDX-License-Identifier: GPL-3.0-or-later
// memgrowth: does anything the terminal keeps running for hours grow with every request?
// Repeats a fixed request mix against elson-sim on 127.0.0.1 in rounds and prints the
// process's resident size (VmRSS) and glibc's live heap after each round, so growth per
// request can be told apart from what the exchange legitimately keeps (its orders).
//
//   memgrowth --mode inproc   client(s) and an in-process SimService: everything together
//   memgrowth --mode sim      an in-process SimService alone, serving another process;
//                             prints its port, then a line per --per-round requests served,
//                             until it is stopped (the client says when it is done)
//   memgrowth --mode client --url http://127.0.0.1:PORT
//                             client(s) only, against elson-sim or `memgrowth --mode sim`
//
//   --mix reads|orders|all    reads: account, open orders, positions, clock (no order is
//                             created); orders: submit a resting limit + cancel it; all: both
//   --broker                  go through AlpacaBroker::executeTrade() (validation chain,
//                             context reads) instead of AlpacaClient::submitOrder()
//   --lanes L                 clients (or brokers), each running one cycle at a time
//   --fault-rate R            (inproc, sim) after each request, arm one fault of a random
//                             kind on the same route with probability R, as elson-faultsoak
//   --trim                    malloc_trim(0) before each sample: RSS then shows live memory
//
// Figures only; it asserts nothing.
#include "alpacabroker.h"
#include "alpacaclient.h"
#include "simfaultplan.h"
#include "simhttpserver.h"
#include "simservice.h"
#include "trade.h"
#include "validationchain.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Elson;

namespace {

qint64 vmRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/** Bytes glibc has handed out and not had back (live heap, mmapped blocks included). */
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

enum class Mode { InProcess, Sim, Client };
enum class Mix { Reads, Orders, All };

struct Options
{
    Mode mode = Mode::InProcess;
    Mix mix = Mix::All;
    QUrl url;
    int rounds = 10;
    qint64 perRound = 2'000;
    int lanes = 6;
    bool broker = false;
    double faultRate = 0;
    bool trim = false;
    quint64 seed = 1;
};

SimService::Options simOptions(const Options &o)
{
    SimService::Options sim;
    sim.seed = o.seed;
    sim.clock = QStringLiteral("demo");
    sim.cash = Decimal::fromInt(500'000'000);
    sim.rateLimitPerMinute = 1'000'000; // the budget is not under test
    return sim;
}

/** Arms faults after served requests, as elson-faultsoak does (no stream drops: no stream). */
void armFaults(SimService *sim, double rate, int timeoutMs, QObject *context)
{
    if (rate <= 0)
        return;
    QObject::connect(sim->httpServer(), &SimHttpServer::requestServed, context,
                     [sim, rate, timeoutMs](const QString &routeKey, int) {
        auto *random = QRandomGenerator::global();
        if (!routeKey.contains(u' ') || routeKey.startsWith(u"GET /sim/")
            || random->generateDouble() >= rate)
            return;
        SimFault fault;
        fault.route = routeKey;
        fault.count = 1;
        switch (random->bounded(8)) {
        case 0: fault.kind = SimFault::Kind::Status; fault.status = 500; break;
        case 1: fault.kind = SimFault::Kind::Status; fault.status = 503; break;
        case 2: fault.kind = SimFault::Kind::RateLimit; fault.retryAfterSeconds = 1; break;
        case 3: fault.kind = SimFault::Kind::Delay; fault.delayMs = 50 + int(random->bounded(timeoutMs / 2)); break;
        case 4: fault.kind = SimFault::Kind::Delay; fault.delayMs = timeoutMs + 500 + int(random->bounded(1000)); break;
        case 5: fault.kind = SimFault::Kind::DropBeforeCommit; break;
        case 6: fault.kind = SimFault::Kind::DropAfterCommit; break;
        default: fault.kind = SimFault::Kind::MalformedBody; break;
        }
        sim->httpServer()->faults().add(fault);
    });
}

class Driver final : public QObject
{
public:
    explicit Driver(Options options) : m_o(std::move(options)) {}
    int run();

private:
    void cycle(int lane);
    void reads(int lane, std::function<void()> then);
    void orderRoundTrip(int lane, std::function<void()> then);
    void cycleDone(int lane);
    /** Counts a failed call; the first few are shown (none is expected without faults). */
    void failed(const Error &error);
    qint64 served();
    void sample();
    Trade restingTrade();

    Options m_o;
    std::unique_ptr<SimService> m_sim;
    std::vector<std::unique_ptr<AlpacaClient>> m_clients;
    std::vector<std::unique_ptr<AlpacaBroker>> m_brokers;
    QSet<QString> m_acknowledged;
    QNetworkAccessManager m_admin; ///< reads /sim/stats of a separate simulator
    Decimal m_bid;
    qint64 m_cycles = 0;
    qint64 m_failures = 0;
    qint64 m_ordersPlaced = 0; ///< orders the exchange accepted (and keeps)
    qint64 m_requestsAtStart = 0;
    qint64 m_nextSample = 0;
    int m_round = 0;
    qint64 m_startRss = 0;
    qint64 m_startHeap = 0;
    qint64 m_lastRss = 0;
    bool m_stopping = false;
    int m_running = 0;
    QEventLoop m_loop;
    QElapsedTimer m_clock;
};

qint64 Driver::served()
{
    if (m_sim)
        return m_sim->httpServer()->requestCount();
    // A separate simulator: ask it (one extra request per sample).
    QUrl url = m_o.url;
    url.setPath(QStringLiteral("/sim/stats"));
    QNetworkRequest request(url);
    request.setRawHeader("APCA-API-KEY-ID", SimService::DefaultKeyId);
    request.setRawHeader("APCA-API-SECRET-KEY", SimService::DefaultSecretKey);
    QNetworkReply *reply = m_admin.get(request);
    QEventLoop wait;
    connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object()
        .value(QStringLiteral("requests_served")).toInteger();
}

Trade Driver::restingTrade()
{
    Trade t;
    t.symbol = QStringLiteral("AAPL");
    t.orderType = OrderType::Limit;
    t.timeInForce = TimeInForce::Gtc;
    t.quantity = Decimal::fromInt(1);
    // 30 % under the bid: rests, never fills, so cancelling it always works.
    t.limitPrice = (m_bid * Decimal::fromUnits(700'000'000)).roundedToTick(Decimal::Rounding::Down);
    t.ensureClientOrderId();
    return t;
}

void Driver::reads(int lane, std::function<void()> then)
{
    AlpacaClient *client = m_brokers.empty() ? m_clients.at(lane).get()
                                             : m_brokers.at(lane)->client();
    auto left = std::make_shared<int>(4);
    auto one = [left, then] {
        if (--*left == 0)
            then();
    };
    client->account().then(this, [this, one](const Result<Account> &r) { if (!r) failed(r.error()); one(); });
    client->orders().then(this, [this, one](const Result<QList<Order>> &r) { if (!r) failed(r.error()); one(); });
    client->positions().then(this, [this, one](const Result<QList<Position>> &r) { if (!r) failed(r.error()); one(); });
    client->clock().then(this, [this, one](const Result<Clock> &r) { if (!r) failed(r.error()); one(); });
}

void Driver::orderRoundTrip(int lane, std::function<void()> then)
{
    // Counts the placed order and cancels it with @p cancelOrder (the broker's or the client's).
    auto placed = [this, then](const Result<Order> &order, auto cancelOrder) {
        if (!order) {
            failed(order.error());
            then();
            return;
        }
        ++m_ordersPlaced;
        cancelOrder(order->id).then(this, [this, then](const Result<bool> &r) {
            if (!r)
                failed(r.error());
            then();
        });
    };
    if (!m_brokers.empty()) {
        AlpacaBroker *broker = m_brokers.at(lane).get();
        broker->executeTrade(restingTrade(), m_acknowledged)
            .then(this, [placed, broker](const Result<Order> &order) {
                placed(order, [broker](const QString &id) { return broker->cancelOrder(id); });
            });
        return;
    }
    AlpacaClient *client = m_clients.at(lane).get();
    const Result<OrderRequest> request = restingTrade().toOrderRequest();
    if (!request) {
        failed(request.error());
        then();
        return;
    }
    client->submitOrder(request.value()).then(this, [placed, client](const Result<Order> &order) {
        placed(order, [client](const QString &id) { return client->cancelOrder(id); });
    });
}

void Driver::failed(const Error &error)
{
    if (++m_failures <= 3 && m_o.faultRate <= 0)
        std::fprintf(stderr, "memgrowth: a call failed: %s\n", qPrintable(error.toString()));
}

void Driver::cycle(int lane)
{
    if (m_stopping) {
        if (--m_running == 0)
            m_loop.quit();
        return;
    }
    auto done = [this, lane] { cycleDone(lane); };
    switch (m_o.mix) {
    case Mix::Reads: reads(lane, done); break;
    case Mix::Orders: orderRoundTrip(lane, done); break;
    case Mix::All: reads(lane, [this, lane, done] { orderRoundTrip(lane, done); }); break;
    }
}

void Driver::cycleDone(int lane)
{
    ++m_cycles;
    // Sampling a separate simulator costs a request: only every 20 cycles.
    if (m_sim || m_cycles % 20 == 0) {
        if (served() - m_requestsAtStart >= m_nextSample)
            sample();
    }
    // Queued: a long chain of synchronous continuations would grow the stack.
    QMetaObject::invokeMethod(this, [this, lane] { cycle(lane); }, Qt::QueuedConnection);
}

void Driver::sample()
{
    if (m_o.trim)
        malloc_trim(0);
    const qint64 requests = served() - m_requestsAtStart;
    const qint64 rss = vmRssKb();
    const qint64 heap = heapInUse();
    const qint64 orders = m_ordersPlaced;
    std::printf("%5d %9lld %8lld %8lld %9.1f %9.1f %+8.0f %+8.0f %7.1f\n", m_round,
                static_cast<long long>(requests), static_cast<long long>(m_cycles),
                static_cast<long long>(orders), double(rss) / 1024.0, double(heap) / 1048576.0,
                requests > 0 ? double(rss - m_startRss) * 1024.0 / double(requests) : 0.0,
                requests > 0 ? double(heap - m_startHeap) / double(requests) : 0.0,
                double(m_clock.elapsed()) / 1000.0);
    std::fflush(stdout);
    m_lastRss = rss;
    ++m_round;
    m_nextSample = qint64(m_round) * m_o.perRound;
    if (m_round > m_o.rounds)
        m_stopping = true;
}

int Driver::run()
{
    if (m_o.mode == Mode::InProcess) {
        m_sim = std::make_unique<SimService>(simOptions(m_o));
        if (const Result<quint16> port = m_sim->start(); !port) {
            std::fprintf(stderr, "memgrowth: the simulator did not start: %s\n",
                         qPrintable(port.error().toString()));
            return 2;
        }
        m_o.url = m_sim->url();
        armFaults(m_sim.get(), m_o.faultRate, 4'000, this);
    }
    const QString key = QString::fromLatin1(SimService::DefaultKeyId);
    const QString secret = QString::fromLatin1(SimService::DefaultSecretKey);
    QUrl stream = m_o.url;
    stream.setScheme(QStringLiteral("ws"));
    for (int lane = 0; lane < m_o.lanes; ++lane) {
        if (m_o.broker) {
            AlpacaBroker::Settings settings;
            settings.endpoints.paperTrading = m_o.url;
            settings.endpoints.liveTrading = m_o.url;
            settings.endpoints.data = m_o.url;
            settings.endpoints.dataStream = stream;
            settings.credentials = BrokerCredentials(key, secret);
            settings.mode = Broker::Mode::Sim;
            settings.transferTimeoutMs = 4'000;
            settings.limits.maxPositionValue.reset();
            m_brokers.push_back(std::make_unique<AlpacaBroker>(settings));
        } else {
            AlpacaClient::Options options;
            options.endpoints.paperTrading = m_o.url;
            options.endpoints.liveTrading = m_o.url;
            options.endpoints.data = m_o.url;
            options.endpoints.dataStream = stream;
            options.transferTimeoutMs = 4'000;
            options.tradingRequestsPerMinute = 1'000'000;
            options.dataRequestsPerMinute = 1'000'000;
            m_clients.push_back(std::make_unique<AlpacaClient>(Credentials(key, secret), options));
        }
    }
    for (const QString &code : ValidationChain::standard().codes())
        m_acknowledged.insert(code);

    // The reference price, before anything is measured.
    {
        AlpacaClient *client = m_brokers.empty() ? m_clients.front().get() : m_brokers.front()->client();
        QEventLoop wait;
        client->latestQuote(QStringLiteral("AAPL")).then(this, [&](const Result<Quote> &q) {
            if (q)
                m_bid = q->bidPrice;
            wait.quit();
        });
        wait.exec();
        if (!m_bid.isPositive()) {
            std::fprintf(stderr, "memgrowth: no quote from the simulator at %s\n",
                         qPrintable(m_o.url.toString()));
            return 2;
        }
    }

    std::printf("memgrowth: %s, mix %s, %s, %d lane(s), fault rate %.2f, %lld requests a round%s\n",
                m_o.mode == Mode::InProcess ? "client + in-process sim" : "client only",
                m_o.mix == Mix::Reads ? "reads" : m_o.mix == Mix::Orders ? "orders" : "all",
                m_o.broker ? "AlpacaBroker::executeTrade" : "AlpacaClient", m_o.lanes, m_o.faultRate,
                static_cast<long long>(m_o.perRound), m_o.trim ? ", malloc_trim before each sample" : "");
    std::printf("round  requests   cycles   orders   RSS(MB)  heap(MB)  dRSS/req dHeap/req    time\n");
    m_clock.start();
    if (m_o.trim)
        malloc_trim(0);
    m_requestsAtStart = served();
    m_startRss = vmRssKb();
    m_startHeap = heapInUse();
    sample(); // round 0: the baseline
    // Faulted runs are slow (timeouts, backoff): a progress line on stderr every 30 s.
    QTimer progress;
    progress.setInterval(30'000);
    connect(&progress, &QTimer::timeout, this, [this] {
        std::fprintf(stderr, "  … %lld requests, %lld cycles, %lld failed calls, %.0f s\n",
                     static_cast<long long>(served() - m_requestsAtStart),
                     static_cast<long long>(m_cycles), static_cast<long long>(m_failures),
                     double(m_clock.elapsed()) / 1000.0);
    });
    progress.start();
    m_running = m_o.lanes;
    for (int lane = 0; lane < m_o.lanes; ++lane)
        cycle(lane);
    m_loop.exec();
    std::printf("cycles %lld, failed calls %lld\n", static_cast<long long>(m_cycles),
                static_cast<long long>(m_failures));
    return 0;
}

/** The simulator alone: a line per perRound requests served, until it is stopped. */
int runSim(const Options &o)
{
    SimService sim(simOptions(o));
    const Result<quint16> port = sim.start();
    if (!port) {
        std::fprintf(stderr, "memgrowth: the simulator did not start: %s\n",
                     qPrintable(port.error().toString()));
        return 2;
    }
    QObject context;
    armFaults(&sim, o.faultRate, 4'000, &context);
    std::printf("memgrowth: simulator alone on %s, fault rate %.2f%s\n",
                qPrintable(sim.url().toString()), o.faultRate,
                o.trim ? ", malloc_trim before each sample" : "");
    std::printf("round  requests   RSS(MB)  heap(MB)\n");
    std::fflush(stdout);
    qint64 next = 0;
    int round = 0;
    QObject::connect(sim.httpServer(), &SimHttpServer::requestServed, &context,
                     [&](const QString &, int) {
        const qint64 served = sim.httpServer()->requestCount();
        if (served < next)
            return;
        if (o.trim)
            malloc_trim(0);
        std::printf("%5d %9lld %9.1f %9.1f\n", round, static_cast<long long>(served),
                    double(vmRssKb()) / 1024.0, double(heapInUse()) / 1048576.0);
        std::fflush(stdout);
        ++round;
        next = qint64(round) * o.perRound;
    });
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("elson.*.info=false\nqt.*.warning=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("inproc | sim | client"),
                                  QStringLiteral("mode"), QStringLiteral("inproc"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("The simulator (client mode)."),
                                 QStringLiteral("url"));
    const QCommandLineOption mix(QStringLiteral("mix"), QStringLiteral("reads | orders | all"),
                                 QStringLiteral("mix"), QStringLiteral("all"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds."),
                                    QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption perRound(QStringLiteral("per-round"), QStringLiteral("Requests a round."),
                                      QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption lanes(QStringLiteral("lanes"), QStringLiteral("Clients."),
                                   QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption broker(QStringLiteral("broker"), QStringLiteral("Through AlpacaBroker."));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"), QStringLiteral("0..1"),
                                       QStringLiteral("r"), QStringLiteral("0"));
    const QCommandLineOption trim(QStringLiteral("trim"), QStringLiteral("malloc_trim before samples."));
    for (const QCommandLineOption &option : {mode, url, mix, rounds, perRound, lanes, broker, faultRate, trim})
        parser.addOption(option);
    parser.process(app);

    Options o;
    const QString m = parser.value(mode);
    o.mode = m == u"sim" ? Mode::Sim : m == u"client" ? Mode::Client : Mode::InProcess;
    const QString x = parser.value(mix);
    o.mix = x == u"reads" ? Mix::Reads : x == u"orders" ? Mix::Orders : Mix::All;
    o.url = QUrl(parser.value(url));
    o.rounds = std::max(1, parser.value(rounds).toInt());
    o.perRound = std::max<qint64>(1, parser.value(perRound).toLongLong());
    o.lanes = std::max(1, parser.value(lanes).toInt());
    o.broker = parser.isSet(broker);
    o.faultRate = std::clamp(parser.value(faultRate).toDouble(), 0.0, 1.0);
    o.trim = parser.isSet(trim);
    if (o.mode == Mode::Client && !o.url.isValid()) {
        std::fprintf(stderr, "memgrowth: --mode client needs --url\n");
        return 2;
    }
    if (o.mode == Mode::Sim)
        return runSim(o);
    Driver driver(o);
    return driver.run();
}
