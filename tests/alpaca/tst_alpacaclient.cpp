// SPDX-License-Identifier: GPL-3.0-or-later
// AlpacaClient against an in-process simulator over real loopback HTTP: every endpoint
// parses, lists are paged completely, errors arrive as values (including an edge
// proxy's HTML 502), and the retry rules hold (503s survived, 429 waited out,
// 4xx never repeated, timeouts reported).
#include "alpacatestsupport.h"

#include "alpacaerrors.h"
#include "ratelimiter.h"
#include "simclock.h"
#include "simexchange.h"
#include "simhttpserver.h"

#include <QTcpServer>

using namespace Elson;
using namespace AlpacaTest;

class tst_AlpacaClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // --- endpoints
    void account();
    void accountConfigurations();
    void assets();
    void clockAndCalendar();
    void positionsLifecycle();
    void orderGetters();
    void replaceAndCancel();
    void cancelAll();
    void portfolioHistory();
    void latestAndSnapshots();

    // --- paging
    void ordersPaging_data();
    void ordersPaging();
    void ordersSharingAnInstant();
    void activitiesPaging_data();
    void activitiesPaging();
    void marketDataPaging_data();
    void marketDataPaging();
    void multiSymbolLimitCountsAcrossSymbols();

    // --- errors and retries
    void brokerRejectionKeepsCodeAndExtras();
    void unauthorizedIsNotRetried();
    void edgeBadGatewayHtml();
    void getsSurvive503s();
    void rateLimitIsWaitedOut();
    void malformedBodyIsAParseError();
    void timeoutIsReported();
    void connectionRefused();
    void retryableFlag_data();
    void retryableFlag();

    // --- the asynchronous contract
    void continuationOnAContext();
    void destroyingTheClientCancelsWhatIsPending();

private:
    void advance(int seconds) { m_service->clock()->advance(qint64(seconds) * 1'000'000'000); }
    Order submit(const OrderRequest &request);
    int served(const QString &routeKey) const { return m_served.value(routeKey); }
    void addFault(SimFault::Kind kind, const QString &route, int count, int status = 500,
                  int delayMs = 0, int retryAfter = 1);

    std::unique_ptr<SimService> m_service;
    std::unique_ptr<RecordingScheduler> m_scheduler;
    std::unique_ptr<AlpacaClient> m_client;
    QHash<QString, int> m_served;
};

void tst_AlpacaClient::init()
{
    m_service = std::make_unique<SimService>(simOptions());
    const Result<quint16> port = m_service->start();
    QVERIFY2(port.ok(), qPrintable(port.error().toString()));
    m_served.clear();
    connect(m_service->httpServer(), &SimHttpServer::requestServed, this,
            [this](const QString &key, int) { ++m_served[key]; });
    m_scheduler = std::make_unique<RecordingScheduler>(0.001);
    m_client = std::make_unique<AlpacaClient>(Credentials(Key, Secret), clientOptions(m_service->url()),
                                              m_scheduler.get(), nullptr);
    QVERIFY(!m_client->configurationError());
}

void tst_AlpacaClient::cleanup()
{
    m_client.reset();
    m_scheduler.reset();
    m_service.reset();
}

Order tst_AlpacaClient::submit(const OrderRequest &request)
{
    const Result<Order> order = await(m_client->submitOrder(request));
    if (!order.ok())
        qWarning("submit failed: %s", qPrintable(order.error().toString()));
    return order.ok() ? order.value() : Order();
}

void tst_AlpacaClient::addFault(SimFault::Kind kind, const QString &route, int count, int status,
                                int delayMs, int retryAfter)
{
    SimFault f;
    f.kind = kind;
    f.route = route;
    f.count = count;
    f.status = status;
    f.delayMs = delayMs;
    f.retryAfterSeconds = retryAfter;
    m_service->httpServer()->faults().add(f);
}

// --- endpoints ------------------------------------------------------------------------------

void tst_AlpacaClient::account()
{
    const Result<Account> account = await(m_client->account());
    QVERIFY2(account.ok(), qPrintable(account.error().toString()));
    QCOMPARE(account->cash, Decimal::fromInt(100'000));
    QCOMPARE(account->status, AccountStatus::Active);
    QCOMPARE(served(QStringLiteral("GET /v2/account")), 1);
}

void tst_AlpacaClient::accountConfigurations()
{
    const Result<AccountConfigurations> before = await(m_client->accountConfigurations());
    QVERIFY2(before.ok(), qPrintable(before.error().toString()));
    AccountConfigurationsPatch patch;
    patch.noShorting = !before->noShorting;
    const Result<AccountConfigurations> patched = await(m_client->updateAccountConfigurations(patch));
    QVERIFY2(patched.ok(), qPrintable(patched.error().toString()));
    QCOMPARE(patched->noShorting, !before->noShorting);
    const Result<AccountConfigurations> after = await(m_client->accountConfigurations());
    QVERIFY(after.ok());
    QCOMPARE(after.value(), patched.value());
}

void tst_AlpacaClient::assets()
{
    const Result<QList<Asset>> all = await(m_client->assets());
    QVERIFY2(all.ok(), qPrintable(all.error().toString()));
    QVERIFY(all->size() >= 25);
    QVERIFY(std::any_of(all->cbegin(), all->cend(),
                        [](const Asset &a) { return a.symbol == u"BRK.B"; }));

    // A symbol with a dot travels in the path.
    const Result<Asset> brk = await(m_client->asset(QStringLiteral("BRK.B")));
    QVERIFY2(brk.ok(), qPrintable(brk.error().toString()));
    QCOMPARE(brk->symbol, QStringLiteral("BRK.B"));

    AssetQuery inactive;
    inactive.status = QStringLiteral("inactive");
    const Result<QList<Asset>> none = await(m_client->assets(inactive));
    QVERIFY(none.ok());
    QVERIFY(none->size() < all->size());

    const Result<Asset> missing = await(m_client->asset(QStringLiteral("NOSUCH")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().apiCode, 40410000);
}

void tst_AlpacaClient::clockAndCalendar()
{
    const Result<Clock> clock = await(m_client->clock());
    QVERIFY2(clock.ok(), qPrintable(clock.error().toString()));
    QVERIFY(clock->isOpen); // Monday 10:15 ET
    QCOMPARE(clock->timestamp, Timestamp::fromString(FixedStart).value());

    // Thanksgiving week: Thursday is closed, Friday closes early.
    const Result<QList<CalendarDay>> days =
        await(m_client->calendar(QDate(2026, 11, 23), QDate(2026, 11, 27)));
    QVERIFY2(days.ok(), qPrintable(days.error().toString()));
    QCOMPARE(days->size(), 4);
    QCOMPARE(days->constLast().date, QDate(2026, 11, 27));
    QCOMPARE(days->constLast().close, QTime(13, 0));
}

void tst_AlpacaClient::positionsLifecycle()
{
    const Order bought = submit(marketOrder(QStringLiteral("AAPL"), 10));
    QCOMPARE(bought.status, OrderStatus::Filled);

    const Result<QList<Position>> positions = await(m_client->positions());
    QVERIFY2(positions.ok(), qPrintable(positions.error().toString()));
    QCOMPARE(positions->size(), 1);
    QCOMPARE(positions->constFirst().qty, Decimal::fromInt(10));

    const Result<Position> aapl = await(m_client->position(QStringLiteral("AAPL")));
    QVERIFY(aapl.ok());
    QCOMPARE(aapl->symbol, QStringLiteral("AAPL"));

    const Result<Position> none = await(m_client->position(QStringLiteral("MSFT")));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().httpStatus, 404);

    ClosePositionRequest four;
    four.qty = Decimal::fromInt(4);
    const Result<Order> closing = await(m_client->closePosition(QStringLiteral("AAPL"), four));
    QVERIFY2(closing.ok(), qPrintable(closing.error().toString()));
    QCOMPARE(closing->side, OrderSide::Sell);
    QCOMPARE(closing->qty, std::optional<Decimal>(Decimal::fromInt(4)));

    submit(marketOrder(QStringLiteral("MSFT"), 2));
    const Result<QList<ClosePositionResult>> closedAll = await(m_client->closeAllPositions(true));
    QVERIFY2(closedAll.ok(), qPrintable(closedAll.error().toString()));
    QCOMPARE(closedAll->size(), 2);
    for (const ClosePositionResult &r : closedAll.value()) {
        QVERIFY(r.isSuccess());
        QVERIFY(r.order());
    }
}

void tst_AlpacaClient::orderGetters()
{
    OrderRequest request = restingLimit(QStringLiteral("AAPL"), QStringLiteral("100.00"));
    request.clientOrderId = QStringLiteral("mine+1&two=3 four"); // survives the query string
    const Order placed = submit(request);
    QCOMPARE(placed.clientOrderId, request.clientOrderId);

    const Result<Order> byId = await(m_client->order(placed.id));
    QVERIFY2(byId.ok(), qPrintable(byId.error().toString()));
    QCOMPARE(byId->id, placed.id);

    const Result<Order> byClient = await(m_client->orderByClientOrderId(request.clientOrderId));
    QVERIFY2(byClient.ok(), qPrintable(byClient.error().toString()));
    QCOMPARE(byClient->id, placed.id);

    const Result<Order> missing = await(m_client->order(QStringLiteral("00000000-0000-4000-8000-000000000000")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void tst_AlpacaClient::replaceAndCancel()
{
    const Order resting = submit(restingLimit(QStringLiteral("MSFT"), QStringLiteral("300.00")));
    QVERIFY(!resting.id.isEmpty());
    ReplaceOrderRequest change;
    change.limitPrice = Decimal::fromString(u"301.00").value();
    const Result<Order> replaced = await(m_client->replaceOrder(resting.id, change));
    QVERIFY2(replaced.ok(), qPrintable(replaced.error().toString()));
    QVERIFY(replaced->id != resting.id);
    QCOMPARE(replaced->replaces, resting.id);
    QCOMPARE(replaced->limitPrice, change.limitPrice);
    QCOMPARE(await(m_client->order(resting.id))->status, OrderStatus::Replaced);

    const Result<bool> canceled = await(m_client->cancelOrder(replaced->id));
    QVERIFY2(canceled.ok(), qPrintable(canceled.error().toString()));
    QCOMPARE(await(m_client->order(replaced->id))->status, OrderStatus::Canceled);
    // Cancelling what is already cancelled reaches the state the trader wants.
    QVERIFY(await(m_client->cancelOrder(replaced->id)).ok());

    // A filled order cannot be cancelled: the 422 arrives as a value, not retried.
    const Order filled = submit(marketOrder(QStringLiteral("AAPL"), 1));
    QCOMPARE(filled.status, OrderStatus::Filled);
    m_served.clear();
    const Result<bool> refused = await(m_client->cancelOrder(filled.id));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 422);
    QCOMPARE(served(QStringLiteral("DELETE /v2/orders/{order_id}")), 1);
}

void tst_AlpacaClient::cancelAll()
{
    for (int i = 0; i < 3; ++i)
        submit(restingLimit(QStringLiteral("AAPL"), QStringLiteral("100.00")));
    const Result<QList<CancelAllResult>> results = await(m_client->cancelAllOrders());
    QVERIFY2(results.ok(), qPrintable(results.error().toString()));
    QCOMPARE(results->size(), 3);
    for (const CancelAllResult &r : results.value())
        QVERIFY(r.isSuccess());
    OrderListQuery open;
    QCOMPARE(await(m_client->orders(open))->size(), 0);
}

void tst_AlpacaClient::portfolioHistory()
{
    submit(marketOrder(QStringLiteral("AAPL"), 3));
    advance(600);
    PortfolioHistoryQuery query;
    query.period = QStringLiteral("1D");
    query.timeframe = QStringLiteral("5Min");
    const Result<PortfolioHistory> history = await(m_client->portfolioHistory(query));
    QVERIFY2(history.ok(), qPrintable(history.error().toString()));
    QVERIFY(!history->timestamp.isEmpty());
    QCOMPARE(history->equity.size(), history->timestamp.size());
}

void tst_AlpacaClient::latestAndSnapshots()
{
    const QString aapl = QStringLiteral("AAPL");
    const QStringList two{QStringLiteral("AAPL"), QStringLiteral("MSFT")};

    const Result<Quote> quote = await(m_client->latestQuote(aapl));
    QVERIFY2(quote.ok(), qPrintable(quote.error().toString()));
    QVERIFY(quote->askPrice > quote->bidPrice);
    QVERIFY2(await(m_client->latestTrade(aapl)).ok(), "latest trade");
    QVERIFY2(await(m_client->latestBar(aapl)).ok(), "latest bar");

    const Result<QMap<QString, Quote>> quotes = await(m_client->latestQuotes(two));
    QVERIFY2(quotes.ok(), qPrintable(quotes.error().toString()));
    QCOMPARE(quotes->keys(), two);
    QCOMPARE(await(m_client->latestTrades(two))->keys(), two);
    QCOMPARE(await(m_client->latestBars(two))->keys(), two);

    const Result<Snapshot> snapshot = await(m_client->snapshot(aapl));
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().toString()));
    QVERIFY(snapshot->latestQuote.has_value());

    const Result<SnapshotMap> snapshots =
        await(m_client->snapshots({QStringLiteral("AAPL"), QStringLiteral("NOSUCH")}));
    QVERIFY2(snapshots.ok(), qPrintable(snapshots.error().toString()));
    QVERIFY(snapshots->value(QStringLiteral("AAPL")).has_value());
    QVERIFY(snapshots->contains(QStringLiteral("NOSUCH")));
    QVERIFY(!snapshots->value(QStringLiteral("NOSUCH")).has_value());

    const Result<Quote> unknown = await(m_client->latestQuote(QStringLiteral("NOSUCH")));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().httpStatus, 404);
}

// --- paging -----------------------------------------------------------------------------------

void tst_AlpacaClient::ordersPaging_data()
{
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("limit"); // 0: all
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("requests");

    // 7 orders at distinct instants. A full page moves the bound to 1 ns past its last
    // instant, so each later page re-reads one order (dropped by id); a short page ends
    // the list. Pages of 1 have no slot to spare and use the exclusive bound.
    QTest::newRow("desc, pages of 2") << false << 2 << 0 << 7 << 7;
    QTest::newRow("asc, pages of 3") << true << 3 << 0 << 7 << 4;
    QTest::newRow("desc, one page") << false << 500 << 0 << 7 << 1;
    QTest::newRow("desc, limit 5 in pages of 2") << false << 2 << 5 << 5 << 4;
    QTest::newRow("asc, limit 7 exactly") << true << 7 << 7 << 7 << 1;
    QTest::newRow("pages of 1") << false << 1 << 0 << 7 << 8;
}

void tst_AlpacaClient::ordersPaging()
{
    QFETCH(bool, ascending);
    QFETCH(int, pageSize);
    QFETCH(int, limit);
    QFETCH(int, expected);
    QFETCH(int, requests);

    QStringList placed; // oldest first
    for (int i = 0; i < 7; ++i) {
        placed.append(submit(restingLimit(QStringLiteral("AAPL"), QStringLiteral("100.00"))).id);
        advance(1);
    }
    OrderListQuery query;
    query.status = OrderListQuery::Status::All;
    query.ascending = ascending;
    query.pageSize = pageSize;
    if (limit > 0)
        query.limit = limit;
    m_served.clear();
    const Result<QList<Order>> orders = await(m_client->orders(query));
    QVERIFY2(orders.ok(), qPrintable(orders.error().toString()));
    QStringList ids;
    for (const Order &o : orders.value())
        ids.append(o.id);
    QStringList want = placed;
    if (!ascending)
        std::reverse(want.begin(), want.end());
    QCOMPARE(ids, want.mid(0, expected));
    QCOMPARE(served(QStringLiteral("GET /v2/orders")), requests);
}

void tst_AlpacaClient::ordersSharingAnInstant()
{
    // Two orders share the last instant of the first page; an exclusive bound at that
    // instant would skip the second.
    const QString first = submit(restingLimit(QStringLiteral("AAPL"), QStringLiteral("100.00"))).id;
    advance(1);
    const QString a = submit(restingLimit(QStringLiteral("AAPL"), QStringLiteral("100.00"))).id;
    const QString b = submit(restingLimit(QStringLiteral("AAPL"), QStringLiteral("100.00"))).id;
    advance(1);
    const QString last = submit(restingLimit(QStringLiteral("AAPL"), QStringLiteral("100.00"))).id;

    for (const bool ascending : {false, true}) {
        OrderListQuery query;
        query.status = OrderListQuery::Status::All;
        query.pageSize = 2;
        query.ascending = ascending;
        const Result<QList<Order>> orders = await(m_client->orders(query));
        QVERIFY2(orders.ok(), qPrintable(orders.error().toString()));
        QSet<QString> ids;
        for (const Order &o : orders.value())
            ids.insert(o.id);
        QCOMPARE(orders->size(), 4);
        QCOMPARE(ids, (QSet<QString>{first, a, b, last}));
    }
}

void tst_AlpacaClient::activitiesPaging_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("limit");
    QTest::newRow("pages of 2") << 2 << 0;
    QTest::newRow("pages of 3") << 3 << 0;
    QTest::newRow("pages of 1") << 1 << 0;
    QTest::newRow("limit 4 in pages of 3") << 3 << 4;
}

void tst_AlpacaClient::activitiesPaging()
{
    QFETCH(int, pageSize);
    QFETCH(int, limit);
    for (int i = 0; i < 5; ++i) {
        submit(marketOrder(QStringLiteral("AAPL"), 1));
        advance(1);
    }
    ActivityQuery all;
    const Result<QList<Activity>> whole = await(m_client->activities(all));
    QVERIFY2(whole.ok(), qPrintable(whole.error().toString()));
    QVERIFY(whole->size() >= 6); // 5 fills and the opening deposit

    ActivityQuery paged;
    paged.pageSize = pageSize;
    if (limit > 0)
        paged.limit = limit;
    const Result<QList<Activity>> pages = await(m_client->activities(paged));
    QVERIFY2(pages.ok(), qPrintable(pages.error().toString()));
    QCOMPARE(pages.value(), limit > 0 ? whole->mid(0, limit) : whole.value());

    ActivityQuery fills;
    fills.activityTypes = {QStringLiteral("FILL")};
    fills.pageSize = 2;
    const Result<QList<Activity>> onlyFills = await(m_client->activities(fills));
    QVERIFY(onlyFills.ok());
    QCOMPARE(onlyFills->size(), 5);
    for (const Activity &a : onlyFills.value())
        QVERIFY(a.isTrade());
}

void tst_AlpacaClient::marketDataPaging_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("multi");
    QTest::addColumn<int>("pageSize");
    for (const char *kind : {"bars", "trades", "quotes"}) {
        for (const bool multi : {false, true}) {
            for (const int pageSize : {7, 50}) {
                QTest::addRow("%s %s pages of %d", kind, multi ? "multi" : "single", pageSize)
                    << QString::fromLatin1(kind) << multi << pageSize;
            }
        }
    }
}

namespace {

template<typename T>
QMap<QString, QList<T>> single(const QString &symbol, const Result<QList<T>> &r)
{
    return {{symbol, r.value()}};
}

} // namespace

void tst_AlpacaClient::marketDataPaging()
{
    QFETCH(QString, kind);
    QFETCH(bool, multi);
    QFETCH(int, pageSize);

    MarketDataQuery query;
    query.timeframe = QStringLiteral("1Min");
    query.start = Timestamp::fromString(u"2026-11-23T10:00:00-05:00").value();
    query.end = Timestamp::fromString(u"2026-11-23T10:10:00-05:00").value();
    MarketDataQuery paged = query;
    paged.pageSize = pageSize;
    const QStringList symbols{QStringLiteral("AAPL"), QStringLiteral("MSFT")};
    const QString aapl = symbols.first();

    // The reference: one request as large as Alpaca allows.
    const auto compare = [&](auto whole, auto pages) {
        QVERIFY2(whole.ok(), qPrintable(whole.error().toString()));
        QVERIFY2(pages.ok(), qPrintable(pages.error().toString()));
        QVERIFY(!whole->isEmpty());
        QCOMPARE(pages.value(), whole.value());
    };
    if (kind == u"bars") {
        if (multi)
            compare(await(m_client->multiBars(symbols, query)), await(m_client->multiBars(symbols, paged)));
        else
            compare(await(m_client->bars(aapl, query)), await(m_client->bars(aapl, paged)));
    } else if (kind == u"trades") {
        if (multi)
            compare(await(m_client->multiTrades(symbols, query)), await(m_client->multiTrades(symbols, paged)));
        else
            compare(await(m_client->trades(aapl, query)), await(m_client->trades(aapl, paged)));
    } else {
        if (multi)
            compare(await(m_client->multiQuotes(symbols, query)), await(m_client->multiQuotes(symbols, paged)));
        else
            compare(await(m_client->quotes(aapl, query)), await(m_client->quotes(aapl, paged)));
    }
}

void tst_AlpacaClient::multiSymbolLimitCountsAcrossSymbols()
{
    MarketDataQuery query;
    query.timeframe = QStringLiteral("1Min");
    query.start = Timestamp::fromString(u"2026-11-23T09:30:00-05:00").value();
    query.end = Timestamp::fromString(u"2026-11-23T10:10:00-05:00").value();
    const QStringList symbols{QStringLiteral("AAPL"), QStringLiteral("MSFT")};
    const Result<QMap<QString, QList<Bar>>> whole = await(m_client->multiBars(symbols, query));
    QVERIFY2(whole.ok(), qPrintable(whole.error().toString()));
    const qsizetype aaplBars = whole->value(QStringLiteral("AAPL")).size();
    QVERIFY(aaplBars > 10);

    // Sorted by symbol then time, the limit cuts across symbols: all of AAPL, 5 of MSFT.
    query.limit = int(aaplBars + 5);
    query.pageSize = 4;
    const Result<QMap<QString, QList<Bar>>> limited = await(m_client->multiBars(symbols, query));
    QVERIFY2(limited.ok(), qPrintable(limited.error().toString()));
    QCOMPARE(limited->value(QStringLiteral("AAPL")), whole->value(QStringLiteral("AAPL")));
    QCOMPARE(limited->value(QStringLiteral("MSFT")), whole->value(QStringLiteral("MSFT")).mid(0, 5));
}

// --- errors and retries -----------------------------------------------------------------------

void tst_AlpacaClient::brokerRejectionKeepsCodeAndExtras()
{
    const Result<Order> refused = await(m_client->submitOrder(marketOrder(QStringLiteral("AAPL"), 100'000)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Http);
    QCOMPARE(refused.error().httpStatus, 403);
    QCOMPARE(refused.error().apiCode, 40310000);
    QVERIFY2(refused.error().message.contains(QStringLiteral("buying power")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().extra.contains(QStringLiteral("buying_power")));
    QVERIFY(!AlpacaErrors::isRetryable(refused.error()));
    QCOMPARE(served(QStringLiteral("POST /v2/orders")), 1);
    QCOMPARE(served(QStringLiteral("GET /v2/orders:by_client_order_id")), 0);
}

void tst_AlpacaClient::unauthorizedIsNotRetried()
{
    AlpacaClient wrong(Credentials(Key, QStringLiteral("wrong-secret")),
                       clientOptions(m_service->url()), m_scheduler.get(), nullptr);
    const Result<Account> account = await(wrong.account());
    QVERIFY(!account.ok());
    QCOMPARE(account.error().code, Error::Code::Unauthorized);
    QCOMPARE(account.error().httpStatus, 401);
    QCOMPARE(account.error().apiCode, 40110000);
    QVERIFY(!AlpacaErrors::isRetryable(account.error()));
    QCOMPARE(served(QStringLiteral("/v2/account")), 1);
}

void tst_AlpacaClient::edgeBadGatewayHtml()
{
    addFault(SimFault::Kind::Status, QStringLiteral("GET /v2/account"), 100, 502);
    const Result<Account> account = await(m_client->account());
    QVERIFY(!account.ok());
    QCOMPARE(account.error().code, Error::Code::Http);
    QCOMPARE(account.error().httpStatus, 502);
    QCOMPARE(account.error().apiCode, 0);
    // The HTML page's text, not a parse error.
    QVERIFY2(account.error().message.contains(QStringLiteral("502")),
             qPrintable(account.error().message));
    QVERIFY(!account.error().message.contains(u'<'));
    QVERIFY(AlpacaErrors::isRetryable(account.error()));
    // Retried up to the policy's bound, with growing backoff.
    QCOMPARE(served(QStringLiteral("GET /v2/account")), m_client->options().retry.maxAttempts);
}

void tst_AlpacaClient::getsSurvive503s()
{
    addFault(SimFault::Kind::Status, QStringLiteral("GET /v2/positions"), 2, 503);
    m_scheduler->clear();
    const Result<QList<Position>> positions = await(m_client->positions());
    QVERIFY2(positions.ok(), qPrintable(positions.error().toString()));
    QCOMPARE(served(QStringLiteral("GET /v2/positions")), 3);
    // Two backoffs: 250 ms then 500 ms steps, half fixed and half jittered (random 0.5).
    const RetryPolicy &policy = m_client->options().retry;
    QVERIFY(m_scheduler->delays().contains(policy.backoffMs(1, 0.5)));
    QVERIFY(m_scheduler->delays().contains(policy.backoffMs(2, 0.5)));
}

void tst_AlpacaClient::rateLimitIsWaitedOut()
{
    addFault(SimFault::Kind::RateLimit, QStringLiteral("GET /v2/clock"), 1, 429, 0, 3);
    QSignalSpy throttled(m_client->tradingRateLimiter(), &RateLimiter::throttled);
    m_scheduler->clear();
    const Result<Clock> clock = await(m_client->clock());
    QVERIFY2(clock.ok(), qPrintable(clock.error().toString()));
    QCOMPARE(served(QStringLiteral("GET /v2/clock")), 2);
    QCOMPARE(throttled.count(), 1);
    // Retry-After: 3 plus the 1 s margin at least (X-Ratelimit-Reset may ask for longer).
    QVERIFY2(throttled.first().first().toLongLong() >= 4'000,
             qPrintable(QString::number(throttled.first().first().toLongLong())));
    QVERIFY(m_scheduler->maxDelay() >= 4'000);
}

void tst_AlpacaClient::malformedBodyIsAParseError()
{
    addFault(SimFault::Kind::MalformedBody, QStringLiteral("GET /v2/account"), 1);
    const Result<Account> account = await(m_client->account());
    QVERIFY(!account.ok());
    QCOMPARE(account.error().code, Error::Code::Parse);
    QCOMPARE(account.error().httpStatus, 200);
    QVERIFY(!account.error().message.isEmpty());
}

void tst_AlpacaClient::timeoutIsReported()
{
    AlpacaClient::Options options = clientOptions(m_service->url());
    options.transferTimeoutMs = 200;
    options.retry.maxAttempts = 2;
    AlpacaClient impatient(Credentials(Key, Secret), options, m_scheduler.get(), nullptr);
    addFault(SimFault::Kind::Delay, QStringLiteral("GET /v2/account"), 2, 200, 2'000);
    const Result<Account> account = await(impatient.account());
    QVERIFY(!account.ok());
    QCOMPARE(account.error().code, Error::Code::Network);
    QCOMPARE(account.error().httpStatus, 0);
    QCOMPARE(account.error().message, AlpacaErrors::networkErrorMessage(QNetworkReply::TimeoutError));
    QVERIFY(AlpacaErrors::isRetryable(account.error()));

    // The next delay is short enough: the retry succeeds.
    addFault(SimFault::Kind::Delay, QStringLiteral("GET /v2/clock"), 1, 200, 2'000);
    QVERIFY(await(impatient.clock()).ok());
}

void tst_AlpacaClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(port);
    AlpacaClient::Options options = clientOptions(url);
    options.retry.maxAttempts = 2;
    AlpacaClient nowhere(Credentials(Key, Secret), options, m_scheduler.get(), nullptr);
    const Result<Account> account = await(nowhere.account());
    QVERIFY(!account.ok());
    QCOMPARE(account.error().code, Error::Code::Network);
    QCOMPARE(account.error().message,
             AlpacaErrors::networkErrorMessage(QNetworkReply::ConnectionRefusedError));
}

void tst_AlpacaClient::retryableFlag_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("unknownOutcome");
    QTest::newRow("network") << int(Error::Code::Network) << 0 << true << true;
    QTest::newRow("429") << int(Error::Code::RateLimited) << 429 << true << false;
    QTest::newRow("500") << int(Error::Code::Http) << 500 << false << true;
    QTest::newRow("502") << int(Error::Code::Http) << 502 << true << true;
    QTest::newRow("503") << int(Error::Code::Http) << 503 << true << true;
    QTest::newRow("504") << int(Error::Code::Http) << 504 << true << true;
    QTest::newRow("400") << int(Error::Code::Http) << 400 << false << false;
    QTest::newRow("401") << int(Error::Code::Unauthorized) << 401 << false << false;
    QTest::newRow("403") << int(Error::Code::Http) << 403 << false << false;
    QTest::newRow("404") << int(Error::Code::NotFound) << 404 << false << false;
    QTest::newRow("422") << int(Error::Code::Http) << 422 << false << false;
    QTest::newRow("unreadable 200") << int(Error::Code::Parse) << 200 << false << true;
    QTest::newRow("local validation") << int(Error::Code::Validation) << 0 << false << false;
}

void tst_AlpacaClient::retryableFlag()
{
    QFETCH(int, code);
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QFETCH(bool, unknownOutcome);
    Error e;
    e.code = Error::Code(code);
    e.httpStatus = status;
    e.message = QStringLiteral("x");
    QCOMPARE(AlpacaErrors::isRetryable(e), retryable);
    QCOMPARE(AlpacaErrors::isOutcomeUnknown(e), unknownOutcome);
}

// --- the asynchronous contract ---------------------------------------------------------------

void tst_AlpacaClient::continuationOnAContext()
{
    // How callers consume the client: a continuation on a context object, no waiting.
    QFuture<Result<Account>> account = m_client->account();
    QVERIFY(!account.isFinished()); // nothing completes synchronously on the wire
    QFuture<Result<QString>> cash = account.then(this, [](const Result<Account> &r) {
        return r ? Result<QString>(r->cash.toString()) : Result<QString>(r.error());
    });
    const Result<QString> text = await(cash);
    QVERIFY2(text.ok(), qPrintable(text.error().toString()));
    QCOMPARE(text.value(), Decimal::fromInt(100'000).toString());
}

void tst_AlpacaClient::destroyingTheClientCancelsWhatIsPending()
{
    addFault(SimFault::Kind::Delay, QStringLiteral("GET /v2/account"), 1, 200, 2'000);
    auto client = std::make_unique<AlpacaClient>(Credentials(Key, Secret),
                                                 clientOptions(m_service->url()),
                                                 m_scheduler.get(), nullptr);
    QFuture<Result<Account>> account = client->account();
    QFuture<Result<QList<Order>>> orders = client->orders({});
    QSignalSpy served(m_service->httpServer(), &SimHttpServer::requestServed);
    QVERIFY(served.wait(WaitMs)); // the orders request reached the server (the account one is delayed)
    client.reset();
    QVERIFY(account.isFinished());
    QVERIFY(account.isCanceled());
    QVERIFY(orders.isFinished());
}

QTEST_GUILESS_MAIN(tst_AlpacaClient)
#include "tst_alpacaclient.moc"
