// SPDX-License-Identifier: GPL-3.0-or-later
// PortfolioService against the in-process exchange on 127.0.0.1: the first refresh,
// orders arriving by the trade_updates stream while the polls are far apart, error
// backoff and staleness through the exchange's fault injection and the recovery,
// reconciliation after the stream drops (coalesced, never dropped, when it keeps dropping),
// the request count checked against what the
// exchange served, and a broker change. Waits on signals, never sleeps.
#include "../broker/brokertestsupport.h"
#include "accountmodel.h"
#include "activitiesmodel.h"
#include "ordersmodel.h"
#include "portfolioservice.h"
#include "positionsmodel.h"
#include "simbroker.h"
#include "simhttpserver.h"
#include "tradingsession.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Elson;
using namespace BrokerTest;

namespace {

constexpr int Slow = 600'000; ///< an interval that never comes round during a test

PortfolioService::Intervals fast()
{
    PortfolioService::Intervals i;
    i.accountMs = 200;
    i.positionsMs = 200;
    i.ordersMs = 200;
    i.clockMs = 1000;
    i.activitiesMs = 1000;
    i.maxBackoffMs = 800;
    return i;
}

/// Only the stream (and what it triggers) can bring news.
PortfolioService::Intervals streamOnly()
{
    PortfolioService::Intervals i;
    i.accountMs = Slow;
    i.positionsMs = Slow;
    i.ordersMs = Slow;
    i.clockMs = Slow;
    i.activitiesMs = Slow;
    return i;
}

const Order *findOrder(const QList<Order> &orders, const QString &id)
{
    for (const Order &o : orders) {
        if (o.id == id)
            return &o;
        for (const Order &leg : o.legs)
            if (leg.id == id)
                return &leg;
    }
    return nullptr;
}

bool hasPosition(const QList<Position> &positions, const QString &symbol)
{
    return std::any_of(positions.cbegin(), positions.cend(),
                       [&](const Position &p) { return p.symbol == symbol; });
}

/// Waits until @p predicate holds, re-checking whenever @p spy fires.
template<typename Predicate> bool waitUntil(QSignalSpy &spy, Predicate predicate, int timeoutMs = WaitMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (!predicate()) {
        const qint64 left = timeoutMs - elapsed.elapsed();
        if (left <= 0 || !spy.wait(int(left)))
            return predicate();
    }
    return true;
}

} // namespace

class tst_PortfolioService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstRefreshFillsEverything();
    void ordersArriveByTheStreamBetweenPolls();
    void errorsBackOffGoStaleAndRecover();
    void reconcilesAfterTheStreamComesBack();
    void reconcilesOfAFlappingStreamAreCoalesced_data();
    void reconcilesOfAFlappingStreamAreCoalesced();
    void requestCountMatchesTheExchange();
    void brokerChangeClearsAndRefreshes();
    void modelsFollowTheService();

private:
    SimBroker *sim() const { return static_cast<SimBroker *>(m_session->broker()); }
    Result<Order> limitBuy(const QString &symbol, const char *factor = "0.95");
    Result<Order> marketBuy(const QString &symbol, qint64 qty);
    static std::shared_ptr<Broker> newSim();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TradingSession> m_session;
    std::unique_ptr<PortfolioService> m_service;
};

std::shared_ptr<Broker> tst_PortfolioService::newSim()
{
    SimService::Options options = simOptions();
    options.rateLimitPerMinute = 1'000'000; // the exchange's limiter is not under test
    Result<std::unique_ptr<SimBroker>> broker = SimBroker::create(options);
    if (!broker)
        qFatal("the exchange did not start: %s", qPrintable(broker.error().toString()));
    return std::shared_ptr<Broker>(std::move(broker).value());
}

void tst_PortfolioService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<TradingSession>(BrokerFactory::Configuration{},
                                                 m_dir->filePath(QStringLiteral("audit.jsonl")));
    m_session->setBroker(newSim());
    m_service = std::make_unique<PortfolioService>(m_session.get());
}

void tst_PortfolioService::cleanup()
{
    m_service.reset();
    m_session.reset();
    m_dir.reset();
}

Result<Order> tst_PortfolioService::limitBuy(const QString &symbol, const char *factor)
{
    const Result<Quote> quote = await(sim()->client()->latestQuote(symbol));
    if (!quote)
        return quote.error();
    Trade trade;
    trade.symbol = symbol;
    trade.orderType = OrderType::Limit;
    trade.quantity = Decimal::fromInt(1);
    trade.limitPrice = (quote->askPrice * Decimal::fromLiteral(factor)).rounded(2);
    return await(sim()->executeTrade(trade));
}

Result<Order> tst_PortfolioService::marketBuy(const QString &symbol, qint64 qty)
{
    Trade trade;
    trade.symbol = symbol;
    trade.quantity = Decimal::fromInt(qty);
    return await(sim()->executeTrade(trade));
}

void tst_PortfolioService::firstRefreshFillsEverything()
{
    const Result<Order> bought = marketBuy(QStringLiteral("AAPL"), 2);
    QVERIFY2(bought.ok(), qPrintable(bought.error().toString()));
    const Result<Order> resting = limitBuy(QStringLiteral("MSFT"));
    QVERIFY2(resting.ok(), qPrintable(resting.error().toString()));
    const Result<Quote> quote = await(sim()->client()->latestQuote(QStringLiteral("AMD")));
    QVERIFY(quote.ok());
    Trade entry;
    entry.symbol = QStringLiteral("AMD");
    entry.orderType = OrderType::Limit;
    entry.quantity = Decimal::fromInt(1);
    entry.limitPrice = (quote->askPrice * Decimal::fromLiteral("0.95")).rounded(2);
    const Result<Order> bracket = await(sim()->placeBracketOrder(
        entry, (quote->askPrice * Decimal::fromLiteral("1.1")).rounded(2),
        (quote->askPrice * Decimal::fromLiteral("0.9")).rounded(2)));
    QVERIFY2(bracket.ok(), qPrintable(bracket.error().toString()));

    m_service->setIntervals(fast());
    QSignalSpy account(m_service.get(), &PortfolioService::accountChanged);
    QSignalSpy positions(m_service.get(), &PortfolioService::positionsChanged);
    QSignalSpy orders(m_service.get(), &PortfolioService::ordersChanged);
    QSignalSpy clock(m_service.get(), &PortfolioService::clockChanged);
    QSignalSpy refreshed(m_service.get(), &PortfolioService::refreshed);
    m_service->start();
    QVERIFY(m_service->isRunning());

    QVERIFY(waitUntil(refreshed, [&] {
        return m_service->account() && m_service->clock() && !m_service->positions().isEmpty()
               && !m_service->orders().isEmpty();
    }));
    QCOMPARE(m_service->account()->equity.isPositive(), true);
    QVERIFY(hasPosition(m_service->positions(), QStringLiteral("AAPL")));
    QVERIFY(findOrder(m_service->orders(), resting->id));
    QVERIFY(findOrder(m_service->orders(), bought->id)); // "all" includes the filled one
    QCOMPARE(m_service->openOrders().size(), 2);
    // The bracket's legs are nested under it, the stop-loss held until the entry fills.
    const Order *parent = findOrder(m_service->orders(), bracket->id);
    QVERIFY(parent);
    QCOMPARE(parent->legs.size(), 2);
    QVERIFY(std::any_of(parent->legs.cbegin(), parent->legs.cend(),
                        [](const Order &leg) { return leg.status == OrderStatus::Held; }));
    QCOMPARE(std::count_if(m_service->orders().cbegin(), m_service->orders().cend(),
                           [&](const Order &o) { return o.id == parent->legs.at(0).id; }),
             0); // legs are not listed again at the top level
    QVERIFY(!m_service->isStale());
    QVERIFY(m_service->lastRefresh().isValid());
    QCOMPARE(m_service->lastError().code, Error::Code::None);

    // The exchange's time: its (frozen) clock advanced by the time since the reading.
    const Timestamp now = m_service->exchangeNow();
    QVERIFY(!now.isNull());
    QVERIFY(now >= m_service->clock()->timestamp);
    QVERIFY(now.epochNanos() - m_service->clock()->timestamp.epochNanos() < qint64(WaitMs) * 1'000'000);
    QCOMPARE(m_service->clock()->timestamp, Timestamp::fromString(FixedStart).value());

    // Nothing changes at the exchange, so polling on emits no further *Changed.
    const qsizetype accountSignals = account.size();
    const qsizetype positionSignals = positions.size();
    const qsizetype orderSignals = orders.size();
    QVERIFY(refreshed.wait(WaitMs));
    const int target = int(refreshed.size()) + 10;
    QVERIFY(waitUntil(refreshed, [&] { return refreshed.size() >= target; }));
    QCOMPARE(clock.size(), 1); // the frozen clock reads the same every time
    QCOMPARE(account.size(), accountSignals);
    QCOMPARE(positions.size(), positionSignals);
    QCOMPARE(orders.size(), orderSignals);
}

void tst_PortfolioService::ordersArriveByTheStreamBetweenPolls()
{
    m_service->setIntervals(streamOnly());
    QSignalSpy orders(m_service.get(), &PortfolioService::ordersChanged);
    QSignalSpy positions(m_service.get(), &PortfolioService::positionsChanged);
    QSignalSpy health(m_service.get(), &PortfolioService::streamHealthChanged);
    QSignalSpy refreshed(m_service.get(), &PortfolioService::refreshed);
    m_service->start();
    QVERIFY(waitUntil(health, [&] { return m_service->streamHealth() == Broker::StreamHealth::Healthy; }));
    // The first round of reads (and the reconcile after the stream came up) is in.
    QVERIFY(waitUntil(refreshed, [&] { return m_service->account().has_value() && m_service->clock(); }));
    const int requestsBefore = m_service->requestsInLastMinute();

    // A resting bracket: parent and legs arrive without a poll.
    const Result<Quote> quote = await(sim()->client()->latestQuote(QStringLiteral("AMD")));
    QVERIFY(quote.ok());
    Trade trade;
    trade.symbol = QStringLiteral("AMD");
    trade.orderType = OrderType::Limit;
    trade.quantity = Decimal::fromInt(1);
    trade.limitPrice = (quote->askPrice * Decimal::fromLiteral("0.95")).rounded(2);
    const Result<Order> bracket = await(sim()->placeBracketOrder(
        trade, (quote->askPrice * Decimal::fromLiteral("1.1")).rounded(2),
        (quote->askPrice * Decimal::fromLiteral("0.9")).rounded(2)));
    QVERIFY2(bracket.ok(), qPrintable(bracket.error().toString()));
    QVERIFY(waitUntil(orders, [&] { return findOrder(m_service->orders(), bracket->id) != nullptr; }));
    QVERIFY(!isTerminal(findOrder(m_service->orders(), bracket->id)->status));

    // Cancelled: the same order is updated in place.
    QVERIFY(await(sim()->cancelOrder(bracket->id)).ok());
    QVERIFY(waitUntil(orders, [&] {
        const Order *o = findOrder(m_service->orders(), bracket->id);
        return o && o->status == OrderStatus::Canceled;
    }));
    QCOMPARE(std::count_if(m_service->orders().cbegin(), m_service->orders().cend(),
                           [&](const Order &o) { return o.id == bracket->id; }),
             1);

    // A fill brings the positions forward (a follow-up read, not the 10-minute poll).
    const Result<Order> bought = marketBuy(QStringLiteral("NVDA"), 3);
    QVERIFY2(bought.ok(), qPrintable(bought.error().toString()));
    QVERIFY(waitUntil(orders, [&] {
        const Order *o = findOrder(m_service->orders(), bought->id);
        return o && o->status == OrderStatus::Filled;
    }));
    QVERIFY(waitUntil(positions, [&] { return hasPosition(m_service->positions(), QStringLiteral("NVDA")); }));
    // Only follow-up reads: account, positions, activities (no order polls).
    // Follow-up reads and the one reconcile round only: no order polling every 200 ms.
    QVERIFY2(m_service->requestsInLastMinute() - requestsBefore <= 12,
             qPrintable(QString::number(m_service->requestsInLastMinute() - requestsBefore)));
}

void tst_PortfolioService::errorsBackOffGoStaleAndRecover()
{
    m_service->setIntervals(fast());
    QSignalSpy refreshed(m_service.get(), &PortfolioService::refreshed);
    QSignalSpy stale(m_service.get(), &PortfolioService::staleChanged);
    QSignalSpy errors(m_service.get(), &PortfolioService::errorOccurred);
    m_service->start();
    QVERIFY(waitUntil(refreshed, [&] { return m_service->account().has_value(); }));
    QVERIFY(!m_service->isStale());

    // The account route fails with 500 (not retried by the client) until cleared.
    SimFault fault;
    fault.kind = SimFault::Kind::Status;
    fault.route = QStringLiteral("GET /v2/account");
    fault.status = 500;
    fault.count = -1;
    sim()->service()->httpServer()->faults().add(fault);

    QVERIFY(errors.wait(WaitMs));
    QElapsedTimer sinceFirst;
    sinceFirst.start();
    QCOMPARE(errors.constLast().at(0).value<Error>().httpStatus, 500);
    QVERIFY(waitUntil(stale, [&] { return m_service->isStale(); }));
    QCOMPARE(stale.constLast().at(0).toBool(), true);
    QCOMPARE(m_service->lastError().httpStatus, 500);
    QVERIFY(m_service->account().has_value()); // the last good figures are kept

    // Backoff: 400, 800, 800 ms between the next failures (200 ms × 2ⁿ, capped at 800),
    // not the 200 ms interval. Only slower is possible on a loaded machine.
    const qsizetype first = errors.size();
    QVERIFY(waitUntil(errors, [&] { return errors.size() >= first + 3; }));
    QVERIFY2(sinceFirst.elapsed() >= (400 + 800 + 800) * 9 / 10,
             qPrintable(QStringLiteral("3 retries in %1 ms").arg(sinceFirst.elapsed())));

    // Recovery: the fault goes, the next attempt succeeds, stale clears.
    sim()->service()->httpServer()->faults().clear();
    QVERIFY(waitUntil(stale, [&] { return !m_service->isStale(); }));
    QCOMPARE(stale.constLast().at(0).toBool(), false);
    QCOMPARE(m_service->lastError().code, Error::Code::None);
    // And it stays fresh on the normal interval.
    QSignalSpy reads(m_service.get(), &PortfolioService::refreshed);
    QVERIFY(waitUntil(reads, [&] { return reads.size() >= 15; }));
    QVERIFY(!m_service->isStale());
}

void tst_PortfolioService::reconcilesAfterTheStreamComesBack()
{
    PortfolioService::Intervals intervals = streamOnly();
    intervals.reconcileGapMs = 0; // every recovery at once; the gap has its own test
    m_service->setIntervals(intervals);
    QSignalSpy health(m_service.get(), &PortfolioService::streamHealthChanged);
    QSignalSpy reconciled(m_service.get(), &PortfolioService::reconciled);
    m_service->start();
    QVERIFY(waitUntil(health, [&] { return m_service->streamHealth() == Broker::StreamHealth::Healthy; }));
    QVERIFY(waitUntil(reconciled, [&] { return !reconciled.isEmpty(); }));
    reconciled.clear();
    health.clear();

    // An order placed while the stream is away is found by the reconciliation.
    SimFault drop;
    drop.kind = SimFault::Kind::CloseStream;
    sim()->service()->httpServer()->faults().add(drop);
    QVERIFY(waitUntil(health, [&] { return m_service->streamHealth() == Broker::StreamHealth::Down; }));
    const Result<Order> resting = limitBuy(QStringLiteral("TSLA"));
    QVERIFY2(resting.ok(), qPrintable(resting.error().toString()));
    QVERIFY(waitUntil(health, [&] { return m_service->streamHealth() == Broker::StreamHealth::Healthy; }));
    QVERIFY(waitUntil(reconciled, [&] { return !reconciled.isEmpty(); }));
    QCOMPARE(reconciled.size(), 1);
    QVERIFY(findOrder(m_service->orders(), resting->id));
}

void tst_PortfolioService::reconcilesOfAFlappingStreamAreCoalesced_data()
{
    QTest::addColumn<int>("recoveries");
    QTest::addColumn<int>("pollMs"); ///< orders and positions
    QTest::addColumn<bool>("pollsReconcile");
    QTest::newRow("2 recoveries in the gap, no polls: a round when it ends") << 2 << Slow << false;
    QTest::newRow("6 recoveries in the gap, no polls: still one round") << 6 << Slow << false;
    QTest::newRow("3 recoveries in the gap, polls read both kinds: no round") << 3 << 200 << true;
}

void tst_PortfolioService::reconcilesOfAFlappingStreamAreCoalesced()
{
    QFETCH(int, recoveries);
    QFETCH(int, pollMs);
    QFETCH(bool, pollsReconcile);
    constexpr int GapMs = 2'500;
    PortfolioService::Intervals intervals = streamOnly();
    intervals.ordersMs = pollMs;
    intervals.positionsMs = pollMs;
    intervals.reconcileGapMs = GapMs;
    m_service->setIntervals(intervals);
    QSignalSpy refreshed(m_service.get(), &PortfolioService::refreshed);
    QSignalSpy reconciled(m_service.get(), &PortfolioService::reconciled);
    QSignalSpy orders(m_service.get(), &PortfolioService::ordersChanged);
    m_service->start();
    // The test plays the stream's health itself, so the recoveries come when it says.
    sim()->stopStreaming();
    QVERIFY(waitUntil(refreshed, [&] {
        return refreshed.size() >= 5 && m_service->account() && m_service->clock();
    }));
    QCOMPARE(m_service->streamHealth(), Broker::StreamHealth::Down);
    const auto recover = [this] {
        Q_EMIT sim()->streamHealthChanged(Broker::StreamHealth::Down);
        Q_EMIT sim()->streamHealthChanged(Broker::StreamHealth::Healthy);
    };

    // The first recovery is reconciled at once: open and all orders, and positions.
    const int before = m_service->requestsInLastMinute();
    QElapsedTimer sinceRound;
    sinceRound.start();
    recover();
    QCOMPARE(m_service->requestsInLastMinute(), before + 3);
    QVERIFY(waitUntil(reconciled, [&] { return reconciled.size() == 1; }));

    // More recoveries inside the gap: none is reconciled at once...
    for (int i = 1; i < recoveries; ++i)
        recover();
    QCOMPARE(reconciled.size(), 1);
    if (!pollsReconcile)
        QCOMPARE(m_service->requestsInLastMinute(), before + 3);
    // ...but none is forgotten: an order placed after the last of them is read.
    const Result<Order> resting = limitBuy(QStringLiteral("TSLA"));
    QVERIFY2(resting.ok(), qPrintable(resting.error().toString()));
    QVERIFY2(sinceRound.elapsed() < GapMs,
             qPrintable(QStringLiteral("the machine took %1 ms: longer than the gap")
                            .arg(sinceRound.elapsed())));
    QVERIFY(waitUntil(reconciled, [&] { return reconciled.size() == 2; }));
    if (pollsReconcile) {
        // The ordinary polls sent after the recovery did it, long before the gap ended.
        QVERIFY2(sinceRound.elapsed() < GapMs, qPrintable(QString::number(sinceRound.elapsed())));
        QVERIFY(waitUntil(orders, [&] { return findOrder(m_service->orders(), resting->id) != nullptr; }));
    } else {
        // One round when the gap ended (coarse timers may fire 5% early), whatever the
        // number of recoveries: two rounds of three requests in all.
        QVERIFY2(sinceRound.elapsed() >= GapMs * 9 / 10, qPrintable(QString::number(sinceRound.elapsed())));
        QCOMPARE(m_service->requestsInLastMinute(), before + 6);
        QVERIFY(findOrder(m_service->orders(), resting->id));
    }
}

void tst_PortfolioService::requestCountMatchesTheExchange()
{
    QStringList served;
    QObject context; // the connection ends with this function
    connect(sim()->service()->httpServer(), &SimHttpServer::requestServed, &context,
            [&served](const QString &route, int) { served.append(route); });
    m_service->setIntervals(fast());
    QSignalSpy refreshed(m_service.get(), &PortfolioService::refreshed);
    m_service->start();
    QVERIFY(waitUntil(refreshed, [&] { return refreshed.size() >= 20; }));
    m_service->stop();
    const int counted = m_service->requestsInLastMinute();
    QVERIFY2(counted >= 20, qPrintable(QString::number(counted)));

    // Every request the service counted reaches the exchange, and nothing else of its kind.
    const QStringList reads{QStringLiteral("GET /v2/account"), QStringLiteral("GET /v2/positions"),
                            QStringLiteral("GET /v2/orders"), QStringLiteral("GET /v2/clock"),
                            QStringLiteral("GET /v2/account/activities")};
    const auto servedReads = [&] {
        return std::count_if(served.cbegin(), served.cend(),
                             [&](const QString &route) { return reads.contains(route); });
    };
    QTRY_COMPARE_WITH_TIMEOUT(servedReads(), qsizetype(counted), WaitMs);
    QVERIFY(served.contains(QStringLiteral("GET /v2/orders")));
    // Two order reads (open and all) per orders poll.
    QCOMPARE(served.count(QStringLiteral("GET /v2/orders")) % 2, 0);
}

void tst_PortfolioService::brokerChangeClearsAndRefreshes()
{
    m_service->setIntervals(fast());
    QSignalSpy refreshed(m_service.get(), &PortfolioService::refreshed);
    QSignalSpy cleared(m_service.get(), &PortfolioService::cleared);
    m_service->start();
    const Result<Order> bought = marketBuy(QStringLiteral("AAPL"), 1);
    QVERIFY(bought.ok());
    QVERIFY(waitUntil(refreshed, [&] { return hasPosition(m_service->positions(), QStringLiteral("AAPL")); }));

    QSignalSpy positions(m_service.get(), &PortfolioService::positionsChanged);
    m_session->setBroker(newSim());
    QCOMPARE(cleared.size(), 1);
    QVERIFY(!m_service->account().has_value());
    QVERIFY(m_service->positions().isEmpty());
    QCOMPARE(positions.size(), 1); // the emptied list
    QCOMPARE(m_service->streamHealth(), Broker::StreamHealth::Down);

    // The new exchange's figures come in; nothing of the old one survives.
    QVERIFY(waitUntil(refreshed, [&] { return m_service->account().has_value() && m_service->clock(); }));
    QVERIFY(m_service->positions().isEmpty());
    QVERIFY(!findOrder(m_service->orders(), bought->id));
}

void tst_PortfolioService::modelsFollowTheService()
{
    // The wiring the main window does, with every model under the tester while live
    // polls, stream events and a broker change go through it.
    AccountModel account;
    PositionsModel positions;
    OrdersModel orders;
    ActivitiesModel activities;
    const auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
    QAbstractItemModelTester t1(&account, fatal);
    QAbstractItemModelTester t2(&positions, fatal);
    QAbstractItemModelTester t3(&orders, fatal);
    QAbstractItemModelTester t4(&activities, fatal);
    PortfolioService *service = m_service.get();
    connect(service, &PortfolioService::accountChanged, &account, &AccountModel::apply);
    connect(service, &PortfolioService::positionsChanged, &positions, &PositionsModel::apply);
    connect(service, &PortfolioService::ordersChanged, &orders, &OrdersModel::apply);
    connect(service, &PortfolioService::activitiesChanged, &activities, &ActivitiesModel::apply);
    connect(service, &PortfolioService::cleared, &account, &AccountModel::clear);
    QSignalSpy resets(&orders, &QAbstractItemModel::modelReset);

    service->setIntervals(fast());
    service->start();
    const Result<Order> bought = marketBuy(QStringLiteral("AAPL"), 4);
    QVERIFY(bought.ok());
    const Result<Order> resting = limitBuy(QStringLiteral("MSFT"));
    QVERIFY(resting.ok());
    QSignalSpy changed(service, &PortfolioService::refreshed);
    QVERIFY(waitUntil(changed, [&] {
        return positions.rowOf(QStringLiteral("AAPL")) >= 0 && orders.indexOfOrder(resting->id).isValid()
               && orders.indexOfOrder(bought->id).isValid() && account.rowCount() > 0
               && activities.rowCount() > 0;
    }));
    QCOMPARE(positions.position(QStringLiteral("AAPL"))->qty, Decimal::fromInt(4));
    QCOMPARE(orders.index(orders.indexOfOrder(resting->id).row(), OrdersModel::Status).data().toString(),
             QStringLiteral("New"));

    QVERIFY(await(sim()->cancelOrder(resting->id)).ok());
    QVERIFY(waitUntil(changed, [&] {
        const Order *o = orders.orderAt(orders.indexOfOrder(resting->id));
        return o && o->status == OrderStatus::Canceled;
    }));
    QCOMPARE(resets.size(), 0); // polls and events never reset

    m_session->setBroker(newSim());
    QCOMPARE(account.rowCount(), 0);
    QCOMPARE(orders.rowCount(), 0);
    QCOMPARE(positions.rowCount(), 0);
}

QTEST_MAIN(tst_PortfolioService)
#include "tst_portfolioservice.moc"
