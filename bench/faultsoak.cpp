// SPDX-License-Identifier: GPL-3.0-or-later
// elson-faultsoak: drives N orders of mixed types through the broker layer (AlpacaBroker's
// executeTrade(): validation chain, audit journal, idempotent submission) into an
// in-process elson-sim while the simulator injects faults of every kind into a share of
// the requests, then reconciles what the terminal was told with what the exchange holds
// and what the journal recorded. Prints figures; exits 1 if an order was duplicated or
// lost, an answer was misreported, or the journal does not verify (ctest soak_short).
//
//   elson-faultsoak [--orders N] [--fault-rate R] [--seed S] [--lanes L]
//                   [--timeout-ms T] [--sweep-every K] [--keep-journal]
//
// Faults: after each request the simulator serves, with probability R the next request
// on the same route gets one fault, drawn evenly from: HTTP 500, HTTP 503 (a non-JSON
// edge body), 429 with Retry-After, a delay under the client's timeout, a delay over it,
// a dropped connection before the route ran, a dropped connection after it ran (the
// order exists; QNetworkAccessManager resends the POST on its own), a truncated 200 body,
// and closing every stream. So every route, reads and order lookups included, sees about
// R of its requests faulted, and bursts happen.
//
// Concurrency: L lanes, each an AlpacaBroker (its own AlpacaClient and 200/min budget, as
// several terminals on one account would have) running one order at a time; all share
// one journal and one exchange. Lane 0 also keeps the trade_updates stream open. Every
// K finished orders lane 0 cancels all open orders through the broker, so the open-order
// list each validation reads stays short (the cancelled orders stay on the exchange).
//
// Outcomes of each intent, from its answer and the journal:
//   accepted      executeTrade() returned an order;
//   refused       the chain refused it (journal order.refused, no order.submit): a rule,
//                 or a read the chain needed failed under the faults ("context");
//   rejected      submitted, and the exchange answered 4xx (a definitive no);
//   not placed    submitted, each POST failed and a lookup by client_order_id said it had
//                 not landed (5xx/429 after the last attempt): a definitive no;
//   unknown       submitted, and the outcome could not be established (the lookup failed)
//                 even after submitting the same intent (same client_order_id) again, up
//                 to 5 attempts in all: what the client tells the trader to do with an
//                 unknown outcome, and a test of idempotency in itself.
// Reconciled against the exchange itself (SimExchange, by client_order_id, top-level orders):
//   duplicates    orders beyond one per intent, plus orders no intent accounts for;
//   lost          accepted or unknown but absent on the exchange, or on the exchange but
//                 without an order.submit record in the journal;
//   misreported   on the exchange although the answer was refused, rejected or not placed,
//                 or accepted with an order id other than the exchange's.
#include "alpacabroker.h"
#include "alpacaclient.h"
#include "auditjournal.h"
#include "simexchange.h"
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
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

using namespace Elson;

namespace {

// Liquid, fractionable, shortable names of the simulator's universe.
const char *const kSymbols[] = {"AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "AMD",
                                "NFLX", "PEP",  "WMT",  "INTC", "JPM",   "BAC",  "XOM",  "KO",
                                "DIS",  "F",    "T",    "PFE",  "SPY",   "QQQ",  "IWM",  "DIA",
                                "TLT",  "GLD"};

enum class Kind {
    MarketBuy, MarketSell, LimitMarketable, LimitResting, LimitSellResting, Stop, StopLimit,
    Trailing, Bracket, Notional, Fractional, Extended, LimitIoc, NotTradable, Count
};

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::MarketBuy: return "market buy";
    case Kind::MarketSell: return "market sell";
    case Kind::LimitMarketable: return "limit (marketable)";
    case Kind::LimitResting: return "limit buy (resting, gtc)";
    case Kind::LimitSellResting: return "limit sell (resting)";
    case Kind::Stop: return "stop";
    case Kind::StopLimit: return "stop_limit";
    case Kind::Trailing: return "trailing_stop";
    case Kind::Bracket: return "bracket";
    case Kind::Notional: return "notional";
    case Kind::Fractional: return "fractional";
    case Kind::Extended: return "extended hours limit";
    case Kind::LimitIoc: return "limit ioc";
    case Kind::NotTradable: return "not tradable (NSRGY)";
    case Kind::Count: break;
    }
    return "?";
}

enum class FaultKind { Status500, Status503, RateLimit, Delay, LongDelay, DropBefore, DropAfter,
                       Malformed, CloseStream, Count };

/** The short names --fault-kinds takes. */
const char *faultKey(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Status500: return "500";
    case FaultKind::Status503: return "503";
    case FaultKind::RateLimit: return "429";
    case FaultKind::Delay: return "delay";
    case FaultKind::LongDelay: return "long-delay";
    case FaultKind::DropBefore: return "drop-before";
    case FaultKind::DropAfter: return "drop-after";
    case FaultKind::Malformed: return "malformed";
    case FaultKind::CloseStream: return "stream";
    case FaultKind::Count: break;
    }
    return "?";
}

const char *faultName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Status500: return "HTTP 500";
    case FaultKind::Status503: return "HTTP 503 (edge)";
    case FaultKind::RateLimit: return "429 + Retry-After";
    case FaultKind::Delay: return "delay < timeout";
    case FaultKind::LongDelay: return "delay > timeout";
    case FaultKind::DropBefore: return "drop before commit";
    case FaultKind::DropAfter: return "drop after commit";
    case FaultKind::Malformed: return "truncated body";
    case FaultKind::CloseStream: return "stream drop";
    case FaultKind::Count: break;
    }
    return "?";
}

enum class Outcome { Pending, Accepted, Refused, Rejected, NotPlaced, Unknown };

struct Intent
{
    Kind kind = Kind::MarketBuy;
    Trade trade;
    bool answered = false;
    qint64 startedMs = 0;
    qint64 answeredMs = 0;
    int attempts = 0;         ///< executeTrade() calls for this intent
    bool wasUnknown = false;  ///< an attempt ended with the outcome unknown
    bool openAtEnd = false;   ///< the last answer still left the outcome open
    int submitsSeen = 0;      ///< order.submit records of this intent after its last answer
    Result<Order> result = Error{};
};

/** ref × (1 + bps/10,000), on the tick grid. */
Decimal priced(const Decimal &ref, int bps, Decimal::Rounding mode = Decimal::Rounding::HalfEven)
{
    const Decimal factor = Decimal::fromUnits(qint64(10'000 + bps) * 100'000);
    return (ref * factor).roundedToTick(mode);
}

class Soak final : public QObject
{
public:
    struct Options
    {
        int orders = 10'000;
        double faultRate = 0.2;
        quint64 seed = 1;
        int lanes = 16;
        int timeoutMs = 4'000;
        int sweepEvery = 250;
        bool keepJournal = false;
        QList<FaultKind> faultKinds; ///< drawn from evenly
    };

    explicit Soak(Options options) : m_options(options), m_random(options.seed) {}

    int run();

private:
    bool setUp();
    void buildIntents();
    void armFault(const QString &routeKey);
    void next(int lane);
    void finished(int lane, int index, Result<Order> result);
    bool leavesOutcomeOpen(const Intent &intent, const Result<Order> &result, bool submitted) const;
    void readJournal();
    void maybeDone();
    int report();

    Options m_options;
    QRandomGenerator m_random;
    QTemporaryDir m_dir;
    std::unique_ptr<SimService> m_sim;
    std::unique_ptr<AuditJournal> m_journal;
    std::vector<std::unique_ptr<AlpacaBroker>> m_brokers;
    QHash<QString, Quote> m_quotes;
    QList<Intent> m_intents;
    QSet<QString> m_acknowledged;
    static constexpr int MaxAttempts = 5;
    int m_nextIndex = 0;
    QList<int> m_resubmit;  ///< intents whose outcome was unknown, to submit again
    QList<int> m_idleLanes;
    qint64 m_resubmissions = 0;
    // What the journal holds so far, read as it grows (across rotations).
    QHash<QString, int> m_journalSubmits; ///< client_order_id → order.submit records
    QHash<QString, QString> m_refusedReason; ///< client_order_id → order.refused reason
    QHash<QString, qint64> m_journalRead; ///< file → bytes read
    int m_answered = 0;
    int m_sweepsPending = 0;
    int m_sweeps = 0;
    int m_sweepFailures = 0;
    bool m_faulting = false;
    std::map<FaultKind, qint64> m_armed;
    qint64 m_unspent = 0; ///< armed faults no request consumed before the end
    qint64 m_requests = 0;
    qint64 m_tradeUpdates = 0;
    qint64 m_streamDrops = 0;
    bool m_streamHealthy = false;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = 0;
    QTimer m_watchdog;
    bool m_stalled = false;
};

bool Soak::setUp()
{
    SimService::Options sim;
    sim.seed = m_options.seed;
    sim.clock = QStringLiteral("demo"); // always in a regular session, time moving
    sim.cash = Decimal::fromInt(500'000'000);
    sim.rateLimitPerMinute = 1'000'000; // 429s come from the fault plan, not the account budget
    m_sim = std::make_unique<SimService>(sim);
    if (const Result<quint16> port = m_sim->start(); !port) {
        std::fprintf(stderr, "elson-faultsoak: the simulator did not start: %s\n",
                     qPrintable(port.error().toString()));
        return false;
    }

    m_journal = std::make_unique<AuditJournal>(m_dir.filePath(QStringLiteral("audit.jsonl")));
    if (const auto opened = m_journal->open(); !opened) {
        std::fprintf(stderr, "elson-faultsoak: journal: %s\n", qPrintable(opened.error().toString()));
        return false;
    }

    const QUrl url = m_sim->url();
    QUrl stream = url;
    stream.setScheme(QStringLiteral("ws"));
    AlpacaBroker::Settings settings;
    settings.endpoints.paperTrading = url;
    settings.endpoints.liveTrading = url;
    settings.endpoints.data = url;
    settings.endpoints.dataStream = stream;
    settings.credentials = BrokerCredentials(sim.keyId, sim.secretKey);
    settings.mode = Broker::Mode::Sim;
    settings.transferTimeoutMs = m_options.timeoutMs;
    settings.limits.maxPositionValue.reset(); // the soak is about faults, not position limits
    for (int lane = 0; lane < m_options.lanes; ++lane) {
        auto broker = std::make_unique<AlpacaBroker>(settings);
        broker->setJournal(m_journal.get());
        m_brokers.push_back(std::move(broker));
    }
    for (const QString &code : ValidationChain::standard().codes())
        m_acknowledged.insert(code); // every warning accepted, as elsonctl --yes does

    // Reference prices, read before any fault is armed.
    int pending = int(std::size(kSymbols));
    bool failed = false;
    QEventLoop loop;
    for (const char *symbol : kSymbols) {
        const QString s = QString::fromLatin1(symbol);
        m_brokers.front()->client()->latestQuote(s).then(this, [&, s](Result<Quote> quote) {
            if (quote && quote->askPrice.isPositive() && quote->bidPrice.isPositive())
                m_quotes.insert(s, quote.value());
            else
                failed = true;
            if (--pending == 0)
                loop.quit();
        });
    }
    loop.exec();
    if (failed) {
        std::fprintf(stderr, "elson-faultsoak: no quotes from the simulator\n");
        return false;
    }

    // Lane 0 is the terminal with its stream open.
    AlpacaBroker *terminal = m_brokers.front().get();
    connect(terminal, &Broker::tradeUpdate, this, [this](const TradeUpdate &) { ++m_tradeUpdates; });
    connect(terminal, &Broker::streamHealthChanged, this, [this](Broker::StreamHealth health) {
        if (health == Broker::StreamHealth::Healthy)
            m_streamHealthy = true;
        else if (health == Broker::StreamHealth::Down && m_streamHealthy) {
            m_streamHealthy = false;
            ++m_streamDrops;
        }
    });
    terminal->startStreaming();

    connect(m_sim->httpServer(), &SimHttpServer::requestServed, this,
            [this](const QString &routeKey, int) {
                ++m_requests;
                armFault(routeKey);
            });
    return true;
}

void Soak::buildIntents()
{
    m_intents.reserve(m_options.orders);
    for (int i = 0; i < m_options.orders; ++i) {
        Intent intent;
        // A few orders the chain must refuse (not tradable), the rest spread over the kinds.
        const quint32 roll = m_random.bounded(1000);
        intent.kind = roll < 10 ? Kind::NotTradable
                                : Kind(m_random.bounded(int(Kind::NotTradable)));
        Trade &t = intent.trade;
        t.symbol = QString::fromLatin1(kSymbols[m_random.bounded(int(std::size(kSymbols)))]);
        const Quote &q = m_quotes.value(t.symbol);
        const Decimal shares = Decimal::fromInt(1 + m_random.bounded(3));
        t.quantity = shares;
        switch (intent.kind) {
        case Kind::MarketBuy:
            break;
        case Kind::MarketSell:
            t.side = OrderSide::Sell;
            t.quantity = Decimal::fromInt(1);
            break;
        case Kind::LimitMarketable:
            t.orderType = OrderType::Limit;
            t.limitPrice = priced(q.askPrice, 20, Decimal::Rounding::Up);
            break;
        case Kind::LimitResting:
            t.orderType = OrderType::Limit;
            t.timeInForce = TimeInForce::Gtc;
            t.limitPrice = priced(q.bidPrice, -300, Decimal::Rounding::Down);
            break;
        case Kind::LimitSellResting:
            t.side = OrderSide::Sell;
            t.orderType = OrderType::Limit;
            t.quantity = Decimal::fromInt(1);
            t.limitPrice = priced(q.askPrice, 300, Decimal::Rounding::Up);
            break;
        case Kind::Stop:
            t.orderType = OrderType::Stop;
            t.stopPrice = priced(q.askPrice, 300, Decimal::Rounding::Up);
            break;
        case Kind::StopLimit:
            t.orderType = OrderType::StopLimit;
            t.stopPrice = priced(q.askPrice, 300, Decimal::Rounding::Up);
            t.limitPrice = priced(q.askPrice, 350, Decimal::Rounding::Up);
            break;
        case Kind::Trailing:
            t.orderType = OrderType::TrailingStop;
            if (m_random.bounded(2) == 0)
                t.trailPercent = Decimal::fromInt(1 + m_random.bounded(3));
            else
                t.trailPrice = priced(q.askPrice, 150, Decimal::Rounding::Up) - q.askPrice;
            break;
        case Kind::Bracket:
            t.orderClass = OrderClass::Bracket;
            t.takeProfitLimitPrice = priced(q.askPrice, 500, Decimal::Rounding::Up);
            t.stopLossStopPrice = priced(q.bidPrice, -500, Decimal::Rounding::Down);
            if (m_random.bounded(2) == 0)
                t.stopLossLimitPrice = priced(q.bidPrice, -550, Decimal::Rounding::Down);
            break;
        case Kind::Notional:
            t.quantity.reset();
            t.investmentAmount = Decimal::fromInt(50 + m_random.bounded(450));
            break;
        case Kind::Fractional:
            t.quantity = Decimal::fromUnits(qint64(1 + m_random.bounded(9)) * 100'000'000, 1);
            t.fractional = true;
            break;
        case Kind::Extended:
            t.orderType = OrderType::Limit;
            t.extendedHours = true;
            t.limitPrice = priced(q.bidPrice, -100, Decimal::Rounding::Down);
            break;
        case Kind::LimitIoc:
            t.orderType = OrderType::Limit;
            t.timeInForce = TimeInForce::Ioc;
            t.limitPrice = priced(q.askPrice, 10, Decimal::Rounding::Up);
            break;
        case Kind::NotTradable:
            t.symbol = QStringLiteral("NSRGY");
            break;
        case Kind::Count:
            break;
        }
        t.ensureClientOrderId(); // the intent's identity, fixed before anything is sent
        m_intents.append(intent);
    }
}

void Soak::armFault(const QString &routeKey)
{
    // Route keys are "METHOD /path"; answers before routing (401, 404) carry a bare path.
    if (!m_faulting || !routeKey.contains(u' ') || m_random.generateDouble() >= m_options.faultRate)
        return;
    if (m_options.faultKinds.isEmpty())
        return;
    const FaultKind kind = m_options.faultKinds.at(int(m_random.bounded(int(m_options.faultKinds.size()))));
    SimFault fault;
    fault.route = routeKey;
    fault.count = 1;
    switch (kind) {
    case FaultKind::Status500: fault.kind = SimFault::Kind::Status; fault.status = 500; break;
    case FaultKind::Status503: fault.kind = SimFault::Kind::Status; fault.status = 503; break;
    case FaultKind::RateLimit: fault.kind = SimFault::Kind::RateLimit; fault.retryAfterSeconds = 1; break;
    case FaultKind::Delay:
        fault.kind = SimFault::Kind::Delay;
        fault.delayMs = 50 + int(m_random.bounded(m_options.timeoutMs / 2));
        break;
    case FaultKind::LongDelay:
        fault.kind = SimFault::Kind::Delay;
        fault.delayMs = m_options.timeoutMs + 500 + int(m_random.bounded(1000));
        break;
    case FaultKind::DropBefore: fault.kind = SimFault::Kind::DropBeforeCommit; break;
    case FaultKind::DropAfter: fault.kind = SimFault::Kind::DropAfterCommit; break;
    case FaultKind::Malformed: fault.kind = SimFault::Kind::MalformedBody; break;
    case FaultKind::CloseStream: fault.kind = SimFault::Kind::CloseStream; fault.route = QStringLiteral("*"); break;
    case FaultKind::Count: return;
    }
    m_sim->httpServer()->faults().add(fault);
    ++m_armed[kind];
}

void Soak::next(int lane)
{
    int index = -1;
    if (!m_resubmit.isEmpty()) {
        index = m_resubmit.takeFirst();
    } else if (m_nextIndex < m_intents.size()) {
        index = m_nextIndex++;
        m_intents[index].startedMs = m_clock.elapsed();
    } else {
        m_idleLanes.append(lane);
        return;
    }
    Intent &intent = m_intents[index];
    ++intent.attempts;
    m_brokers.at(lane)->executeTrade(intent.trade, m_acknowledged)
        .then(this, [this, lane, index](Result<Order> result) { finished(lane, index, std::move(result)); });
}

/**
 * True when @p result leaves the intent's fate open: the attempt was sent (@p submitted:
 * it wrote an order.submit record) and the client could not establish whether it landed
 * (OrderSubmitter reports that as a Network error after its lookup failed, or as the
 * lookup's unreadable answer); or a resubmission of such an intent was refused before it
 * was sent, which says nothing about the earlier attempt.
 */
bool Soak::leavesOutcomeOpen(const Intent &intent, const Result<Order> &result, bool submitted) const
{
    if (result)
        return false;
    const Error &e = result.error();
    if (submitted)
        return e.code == Error::Code::Network || e.code == Error::Code::Parse;
    return intent.wasUnknown;
}

void Soak::readJournal()
{
    // A rotation renames the file being written: the renamed one is read again from the
    // start (the sets do not mind), the new current file from its start.
    for (const QString &path : AuditJournal::files(m_journal->path())) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        qint64 &read = m_journalRead[path];
        if (file.size() < read)
            read = 0;
        file.seek(read);
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            if (!line.endsWith('\n'))
                break; // being written; read it next time
            read += line.size();
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            const QString action = record.value(QStringLiteral("action")).toString();
            const QJsonObject details = record.value(QStringLiteral("details")).toObject();
            const QString id = details.value(QStringLiteral("client_order_id")).toString();
            if (action == u"order.submit")
                ++m_journalSubmits[id];
            else if (action == u"order.refused")
                m_refusedReason.insert(id, details.value(QStringLiteral("reason")).toString());
        }
    }
}

void Soak::finished(int lane, int index, Result<Order> result)
{
    Intent &intent = m_intents[index];
    readJournal();
    // What the trader is told to do with an unknown outcome ("look at the open orders
    // before submitting it again"; OrderSubmitter): submit the same intent, same
    // client_order_id, again. It must find the order if it landed, never double it.
    const int submits = m_journalSubmits.value(intent.trade.clientOrderId);
    const bool submitted = submits > intent.submitsSeen; // this attempt was sent
    intent.submitsSeen = submits;
    const bool open = leavesOutcomeOpen(intent, result, submitted);
    if (open) {
        // This attempt's outcome is unknown, or an earlier one's still is.
        intent.wasUnknown = true;
        if (intent.attempts < MaxAttempts) {
            ++m_resubmissions;
            m_resubmit.append(index);
            next(lane);
            return;
        }
    }
    intent.openAtEnd = open;
    intent.answered = true;
    intent.answeredMs = m_clock.elapsed();
    intent.result = std::move(result);
    ++m_answered;
    m_lastProgressMs = m_clock.elapsed();
    if (m_answered % 500 == 0) {
        std::fprintf(stderr, "  %d/%lld orders answered, %.1f s\n", m_answered,
                     static_cast<long long>(m_intents.size()), double(m_clock.elapsed()) / 1000.0);
    }
    if (m_options.sweepEvery > 0 && m_answered % m_options.sweepEvery == 0) {
        ++m_sweepsPending;
        m_brokers.front()->cancelAllOrders().then(this, [this](Result<QList<CancelAllResult>> r) {
            --m_sweepsPending;
            ++m_sweeps;
            if (!r)
                ++m_sweepFailures;
            maybeDone();
        });
    }
    next(lane);
    // A resubmission queued while other lanes had run dry wakes one of them.
    while (!m_resubmit.isEmpty() && !m_idleLanes.isEmpty())
        next(m_idleLanes.takeFirst());
    maybeDone();
}

void Soak::maybeDone()
{
    if (m_answered == m_intents.size() && m_sweepsPending == 0)
        QCoreApplication::quit();
}

int Soak::run()
{
    if (!m_dir.isValid() || !setUp())
        return 2;
    m_dir.setAutoRemove(!m_options.keepJournal);
    buildIntents();

    std::printf("elson-faultsoak: %d orders, %d lanes, fault rate %.0f%%, seed %llu, client timeout %d ms\n",
                m_options.orders, m_options.lanes, m_options.faultRate * 100,
                static_cast<unsigned long long>(m_options.seed), m_options.timeoutMs);
    std::fflush(stdout);
    m_clock.start();
    m_faulting = true;
    // A soak that stops making progress is a finding too: report instead of hanging.
    m_watchdog.setInterval(5'000);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_clock.elapsed() - m_lastProgressMs > 180'000) {
            m_stalled = true;
            QCoreApplication::quit();
        }
    });
    m_watchdog.start();
    for (int lane = 0; lane < int(m_brokers.size()); ++lane)
        next(lane);
    if (!m_intents.isEmpty())
        QCoreApplication::exec();
    m_faulting = false;
    m_unspent = m_sim->httpServer()->faults().faults().size();
    m_sim->httpServer()->faults().clear();
    return report();
}

int Soak::report()
{
    const double elapsed = double(m_clock.elapsed()) / 1000.0;
    // --- what the journal recorded, per client_order_id
    m_journal->close();
    readJournal();
    const QHash<QString, int> &submitted = m_journalSubmits;
    const QHash<QString, QString> &refusedReason = m_refusedReason;
    const Result<AuditJournal::Summary> verified = AuditJournal::verify(m_journal->path());
    const qint64 journalRecords = verified ? verified->records : -1;
    const qsizetype journalFiles = AuditJournal::files(m_journal->path()).size();

    // --- what the exchange holds: every top-level order, by client_order_id
    QHash<QString, QStringList> onExchange; // client_order_id → order ids
    qint64 exchangeOrders = 0;
    const QJsonArray orders = m_sim->exchange()->saveState().value(QStringLiteral("orders")).toArray();
    for (const QJsonValue &value : orders) {
        const QJsonObject o = value.toObject();
        if (!o.value(QStringLiteral("parent_id")).toString().isEmpty())
            continue; // a bracket's leg, part of its parent's order
        const QJsonObject order = o.value(QStringLiteral("order")).toObject();
        onExchange[order.value(QStringLiteral("client_order_id")).toString()].append(
            order.value(QStringLiteral("id")).toString());
        ++exchangeOrders;
    }

    // --- per intent
    std::map<Outcome, qint64> outcomes;
    std::map<QString, qint64> refusals;
    std::map<Kind, std::pair<qint64, qint64>> byKind; // accepted, intended
    qint64 duplicates = 0, lost = 0, lostUnknown = 0, misreported = 0, unanswered = 0;
    qint64 unknownLanded = 0, unjournaled = 0;
    QSet<QString> intended;
    QStringList problems;
    for (const Intent &intent : std::as_const(m_intents)) {
        const QString &id = intent.trade.clientOrderId;
        intended.insert(id);
        const QStringList exchangeIds = onExchange.value(id);
        const bool present = !exchangeIds.isEmpty();
        duplicates += std::max<qsizetype>(0, exchangeIds.size() - 1);
        Outcome outcome = Outcome::Pending;
        if (!intent.answered) {
            ++unanswered;
        } else if (intent.result) {
            outcome = Outcome::Accepted;
        } else if (intent.openAtEnd) {
            outcome = Outcome::Unknown;
        } else if (!submitted.contains(id)) {
            outcome = Outcome::Refused;
            if (refusedReason.contains(id))
                ++refusals[refusedReason.value(id)];
            else
                ++unjournaled;
        } else {
            const Error &e = intent.result.error();
            if (e.code == Error::Code::Network || e.code == Error::Code::Parse)
                outcome = Outcome::Unknown;
            else if (e.httpStatus >= 400 && e.httpStatus < 500 && e.httpStatus != 429)
                outcome = Outcome::Rejected;
            else
                outcome = Outcome::NotPlaced;
        }
        ++outcomes[outcome];
        ++byKind[intent.kind].second;
        if (outcome == Outcome::Accepted)
            ++byKind[intent.kind].first;
        if (outcome == Outcome::Unknown && present)
            ++unknownLanded;

        auto problem = [&](const QString &what) {
            if (problems.size() < 20)
                problems.append(id + u": " + what
                                + (intent.result ? QString() : u" (" + intent.result.error().toString() + u')'));
        };
        if (outcome == Outcome::Accepted && !present) {
            ++lost;
            problem(QStringLiteral("accepted, not on the exchange"));
        } else if (outcome == Outcome::Unknown && !present) {
            ++lost;
            ++lostUnknown;
            problem(QStringLiteral("outcome unknown, not on the exchange"));
        }
        if (present && !submitted.contains(id)) {
            ++lost;
            problem(QStringLiteral("on the exchange, no order.submit in the journal"));
        }
        if (present && (outcome == Outcome::Refused || outcome == Outcome::Rejected
                        || outcome == Outcome::NotPlaced)) {
            ++misreported;
            problem(QStringLiteral("on the exchange, but answered as refused/rejected/not placed"));
        }
        if (outcome == Outcome::Accepted && present && !exchangeIds.contains(intent.result->id)) {
            ++misreported;
            problem(QStringLiteral("accepted as %1, the exchange has %2")
                        .arg(intent.result->id, exchangeIds.join(u',')));
        }
    }
    qint64 strangers = 0;
    for (auto it = onExchange.cbegin(); it != onExchange.cend(); ++it) {
        if (!intended.contains(it.key())) {
            strangers += it.value().size();
            if (problems.size() < 20)
                problems.append(QStringLiteral("order(s) %1 with client_order_id \"%2\" belong to no intent")
                                    .arg(it.value().join(u','), it.key()));
        }
    }
    duplicates += strangers;

    qint64 armed = 0;
    for (const auto &[kind, n] : m_armed)
        armed += n;

    auto row = [](const char *label, const QString &value) {
        std::printf("  %-42s %s\n", label, qPrintable(value));
    };
    auto num = [](qint64 n) { return QString::number(n); };
    std::printf("\nelson-faultsoak results\n");
    row("orders intended", num(m_intents.size()));
    row("  accepted", num(outcomes[Outcome::Accepted]));
    row("  refused by the chain", num(outcomes[Outcome::Refused]));
    for (const auto &[reason, n] : refusals)
        row(qPrintable(u"    reason: " + reason), num(n));
    row("  rejected by the exchange (4xx)", num(outcomes[Outcome::Rejected]));
    row("  not placed (definitive, after retries)", num(outcomes[Outcome::NotPlaced]));
    row("  outcome unknown (after resubmitting)", num(outcomes[Outcome::Unknown]));
    row("    of which on the exchange", num(unknownLanded));
    row("  never answered", num(unanswered));
    row("unknown outcomes resubmitted (same intent)", num(m_resubmissions));
    row("orders on the exchange (top-level)", num(exchangeOrders));
    row("duplicates", num(duplicates));
    row("  on the exchange, belonging to no intent", num(strangers));
    row("orders lost", num(lost));
    row("  of which outcome unknown and absent", num(lostUnknown));
    row("misreported answers", num(misreported));
    row("refusals without a journal record", num(unjournaled));
    row("journal records (files)", QStringLiteral("%1 (%2)").arg(journalRecords).arg(journalFiles));
    row("journal verify", verified ? QStringLiteral("ok (%1 records, last hash %2…)")
                                         .arg(verified->records).arg(verified->lastHash.left(12))
                                   : u"FAILED: " + verified.error().message);
    row("requests served by the simulator", num(m_requests));
    row("faults injected", QStringLiteral("%1 (%2% of requests)")
                               .arg(armed - m_unspent)
                               .arg(m_requests ? 100.0 * double(armed - m_unspent) / double(m_requests) : 0, 0, 'f', 1));
    for (const auto &[kind, n] : m_armed)
        row(qPrintable(QStringLiteral("  ") + QLatin1StringView(faultName(kind))), num(n));
    row("trade updates received (lane 0 stream)", num(m_tradeUpdates));
    row("stream drops seen", num(m_streamDrops));
    row("cancel-all sweeps (failed)", QStringLiteral("%1 (%2)").arg(m_sweeps).arg(m_sweepFailures));
    row("accepted by kind", QString());
    for (const auto &[kind, counts] : byKind)
        row(qPrintable(QStringLiteral("  ") + QLatin1StringView(kindName(kind))),
            QStringLiteral("%1 / %2").arg(counts.first).arg(counts.second));
    QList<qint64> latencies;
    for (const Intent &intent : std::as_const(m_intents)) {
        if (intent.answered)
            latencies.append(intent.answeredMs - intent.startedMs);
    }
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&latencies](double p) {
        return latencies.isEmpty() ? qint64(0) : latencies.at(qsizetype(p * double(latencies.size() - 1)));
    };
    row("executeTrade() to answer, p50 / p90 / max", QStringLiteral("%1 / %2 / %3 ms")
                                                         .arg(percentile(0.5)).arg(percentile(0.9)).arg(percentile(1.0)));
    row("elapsed", QStringLiteral("%1 s (%2 orders/s)").arg(elapsed, 0, 'f', 1)
                       .arg(elapsed > 0 ? double(m_intents.size()) / elapsed : 0, 0, 'f', 1));
    if (m_options.keepJournal)
        row("journal kept at", m_journal->path());
    if (m_stalled)
        std::printf("  STALLED: no answer for 180 s\n");
    for (const QString &p : std::as_const(problems))
        std::printf("  problem: %s\n", qPrintable(p));

    const bool ok = !m_stalled && unanswered == 0 && duplicates == 0 && lost == 0 && misreported == 0
        && unjournaled == 0 && verified.ok();
    std::printf("%s\n", ok ? "PASS: 0 duplicates, 0 lost, journal verifies"
                           : "FAIL: see the figures above");
    std::fflush(stdout);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("elson-faultsoak"));
    // Every fault is logged by the simulator and the client; thousands of lines say nothing.
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.warning=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Drives orders through the broker layer into an in-process elson-sim with injected "
        "faults, then reconciles exchange, answers and journal."));
    parser.addHelpOption();
    const QCommandLineOption orders(QStringLiteral("orders"), QStringLiteral("Orders to submit."),
                                    QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption rate(QStringLiteral("fault-rate"),
                                  QStringLiteral("Share of requests that get a fault (0–1)."),
                                  QStringLiteral("R"), QStringLiteral("0.2"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption lanes(QStringLiteral("lanes"),
                                   QStringLiteral("Orders in flight (one broker each)."),
                                   QStringLiteral("L"), QStringLiteral("16"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
                                     QStringLiteral("The client's transfer timeout."),
                                     QStringLiteral("T"), QStringLiteral("4000"));
    const QCommandLineOption sweep(QStringLiteral("sweep-every"),
                                   QStringLiteral("Cancel all open orders every K answers (0: never)."),
                                   QStringLiteral("K"), QStringLiteral("250"));
    QStringList allKinds;
    for (int k = 0; k < int(FaultKind::Count); ++k)
        allKinds.append(QString::fromLatin1(faultKey(FaultKind(k))));
    const QCommandLineOption kinds(QStringLiteral("fault-kinds"),
                                   QStringLiteral("The fault kinds to inject, comma-separated (default all: %1).")
                                       .arg(allKinds.join(u',')),
                                   QStringLiteral("LIST"), allKinds.join(u','));
    const QCommandLineOption keep(QStringLiteral("keep-journal"),
                                  QStringLiteral("Keep the audit journal and print its path."));
    parser.addOptions({orders, rate, seed, lanes, timeout, sweep, kinds, keep});
    parser.process(app);

    Soak::Options options;
    bool ok = true;
    auto readInt = [&](const QCommandLineOption &option, int min) {
        bool good = false;
        const int v = parser.value(option).toInt(&good);
        ok = ok && good && v >= min;
        return v;
    };
    options.orders = readInt(orders, 0);
    options.lanes = readInt(lanes, 1);
    options.timeoutMs = readInt(timeout, 100);
    options.sweepEvery = readInt(sweep, 0);
    bool good = false;
    options.faultRate = parser.value(rate).toDouble(&good);
    ok = ok && good && options.faultRate >= 0 && options.faultRate <= 1;
    options.seed = parser.value(seed).toULongLong(&good);
    ok = ok && good;
    options.keepJournal = parser.isSet(keep);
    for (const QString &name : parser.value(kinds).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype k = allKinds.indexOf(name.trimmed());
        ok = ok && k >= 0;
        if (k >= 0)
            options.faultKinds.append(FaultKind(k));
    }
    if (!ok) {
        std::fprintf(stderr, "elson-faultsoak: bad option value (see --help)\n");
        return 2;
    }
    Soak soak(options);
    return soak.run();
}
