// SPDX-License-Identifier: GPL-3.0-or-later
// SimService's Trading API over real loopback HTTP with QNetworkAccessManager and the
// trade_updates WebSocket: every route parses with the codec, order lifecycles, Alpaca's
// errors, and --state persistence across a restart.
#include "simservicetestsupport.h"

#include "account.h"
#include "accountconfigurations.h"
#include "activity.h"
#include "asset.h"
#include "calendarday.h"
#include "cancelallresult.h"
#include "clock.h"
#include "closepositionresult.h"
#include "marketdataresponses.h"
#include "order.h"
#include "portfoliohistory.h"
#include "position.h"
#include "simclock.h"
#include "tradingstreammessage.h"

#include <QTemporaryDir>

using namespace Elson;
using namespace SimTest;

class tst_SimService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startRefusesNonLoopbackHost_data();
    void startRefusesNonLoopbackHost();
    void everyTradingRouteParses_data();
    void everyTradingRouteParses();
    void patchConfigurations();
    void marketOrderFills();
    void limitOrderWorksThenFillsWhenMarketable();
    void bracketLegsHeldThenNew();
    void cancelIs204AndFinal();
    void cancelAllIs207();
    void replaceMakesANewOrder();
    void closePositionPartlyThenAll();
    void clientOrderIdLookupAndDuplicate();
    void subPennyIs422();
    void wrongKeysAre401();
    void malformedBodiesAre400AndServingGoesOn_data();
    void malformedBodiesAre400AndServingGoesOn();
    void unknownSymbolAndAsset();
    void badQueryParametersAre422_data();
    void badQueryParametersAre422();
    void tradeUpdatesStreamProtocol();
    void statePersistsAcrossRestart();

private:
    [[nodiscard]] SimQuote quote(const QString &symbol) const;
    Order placeOk(const QJsonObject &request);

    std::unique_ptr<SimService> m_service;
    std::unique_ptr<Client> m_client;
};

void tst_SimService::init()
{
    m_service = std::make_unique<SimService>(options());
    const Result<quint16> port = m_service->start();
    QVERIFY2(port.ok(), qPrintable(port.error().toString()));
    QVERIFY(port.value() != 0);
    QCOMPARE(m_service->url().host(), QStringLiteral("127.0.0.1"));
    m_client = std::make_unique<Client>(m_service->url());
}

void tst_SimService::cleanup()
{
    m_client.reset();
    m_service.reset();
}

SimQuote tst_SimService::quote(const QString &symbol) const
{
    const SimAsset *asset = m_service->exchange()->universe().findBySymbol(symbol);
    return m_service->prices()->quote(*asset, m_service->clock()->now());
}

Order tst_SimService::placeOk(const QJsonObject &request)
{
    const Reply reply = m_client->postJson(QStringLiteral("/v2/orders"), request);
    if (reply.status != 200)
        qWarning("POST /v2/orders: %d %s", reply.status, reply.body.constData());
    const Result<Order> order = reply.parse<Order>();
    if (!order)
        qWarning("order does not parse: %s", qPrintable(order.error().toString()));
    return order ? order.value() : Order();
}

namespace {

QJsonObject market(const QString &symbol, const QString &qty, const QString &side = QStringLiteral("buy"))
{
    return {{QStringLiteral("symbol"), symbol}, {QStringLiteral("qty"), qty},
            {QStringLiteral("side"), side}, {QStringLiteral("type"), QStringLiteral("market")},
            {QStringLiteral("time_in_force"), QStringLiteral("day")}};
}

QJsonObject limit(const QString &symbol, const QString &qty, const Decimal &price,
                  const QString &side = QStringLiteral("buy"))
{
    QJsonObject o = market(symbol, qty, side);
    o.insert(QStringLiteral("type"), QStringLiteral("limit"));
    o.insert(QStringLiteral("limit_price"), price.toString());
    return o;
}

Decimal pct(const Decimal &price, int percent)
{
    return (price * Decimal::fromInt(100 + percent) / Decimal::fromInt(100)).roundedToTick();
}

} // namespace

void tst_SimService::startRefusesNonLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ok");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("any") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("lan") << QStringLiteral("192.168.1.20") << false;
    QTest::newRow("name") << QStringLiteral("example.com") << false;
}

void tst_SimService::startRefusesNonLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, ok);
    SimService::Options o = options();
    o.host = host;
    SimService service(o);
    const Result<quint16> started = service.start();
    QCOMPARE(started.ok(), ok);
    if (!ok) {
        QCOMPARE(started.error().field, QStringLiteral("--host"));
        QVERIFY(started.error().message.contains(host));
        QVERIFY(!service.isRunning());
    }
}

void tst_SimService::everyTradingRouteParses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::newRow("account") << QStringLiteral("/v2/account") << QStringLiteral("Account");
    QTest::newRow("configurations") << QStringLiteral("/v2/account/configurations") << QStringLiteral("AccountConfigurations");
    QTest::newRow("positions") << QStringLiteral("/v2/positions") << QStringLiteral("QList<Position>");
    QTest::newRow("position") << QStringLiteral("/v2/positions/AAPL") << QStringLiteral("Position");
    QTest::newRow("orders") << QStringLiteral("/v2/orders?status=all&nested=true") << QStringLiteral("QList<Order>");
    QTest::newRow("assets") << QStringLiteral("/v2/assets?status=active&asset_class=us_equity") << QStringLiteral("QList<Asset>");
    QTest::newRow("asset") << QStringLiteral("/v2/assets/MSFT") << QStringLiteral("Asset");
    QTest::newRow("clock") << QStringLiteral("/v2/clock") << QStringLiteral("Clock");
    QTest::newRow("calendar") << QStringLiteral("/v2/calendar?start=2026-11-20&end=2026-11-30") << QStringLiteral("QList<CalendarDay>");
    QTest::newRow("activities") << QStringLiteral("/v2/account/activities") << QStringLiteral("QList<Activity>");
    QTest::newRow("activities FILL") << QStringLiteral("/v2/account/activities/FILL?direction=asc") << QStringLiteral("QList<Activity>");
    QTest::newRow("portfolio history") << QStringLiteral("/v2/account/portfolio/history?period=1D&timeframe=15Min") << QStringLiteral("PortfolioHistory");
}

void tst_SimService::everyTradingRouteParses()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    // Something to report: one filled order, one position, one FILL activity.
    const Order order = placeOk(market(QStringLiteral("AAPL"), QStringLiteral("3")));
    QCOMPARE(order.status, OrderStatus::Filled);

    const Reply reply = m_client->get(path);
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!reply.header("X-Ratelimit-Limit").isEmpty());
    QString error;
    const auto check = [&error](const auto &result) {
        if (!result)
            error = result.error().toString();
        return result.ok();
    };
    bool ok = false;
    if (type == u"Account") {
        const auto account = reply.parse<Account>();
        ok = check(account);
        QVERIFY(ok);
        // Current PDT regime: the removed fields are absent.
        QVERIFY(!reply.object().contains(QStringLiteral("pattern_day_trader")));
        QVERIFY(account->cash < Decimal::fromInt(100'000));
    } else if (type == u"AccountConfigurations") {
        ok = check(reply.parse<AccountConfigurations>());
    } else if (type == u"QList<Position>") {
        const auto positions = reply.parse<QList<Position>>();
        ok = check(positions);
        QVERIFY(ok);
        QCOMPARE(positions->size(), 1);
        QCOMPARE(positions->first().qty, Decimal::fromInt(3));
    } else if (type == u"Position") {
        ok = check(reply.parse<Position>());
    } else if (type == u"QList<Order>") {
        const auto orders = reply.parse<QList<Order>>();
        ok = check(orders);
        QVERIFY(ok);
        QCOMPARE(orders->size(), 1);
        QCOMPARE(orders->first().id, order.id);
    } else if (type == u"QList<Asset>") {
        const auto assets = reply.parse<QList<Asset>>();
        ok = check(assets);
        QVERIFY(ok);
        QVERIFY(assets->size() >= 25);
    } else if (type == u"Asset") {
        const auto asset = reply.parse<Asset>();
        ok = check(asset);
        QVERIFY(ok);
        QCOMPARE(asset->symbol, QStringLiteral("MSFT"));
    } else if (type == u"Clock") {
        const auto clock = reply.parse<Clock>();
        ok = check(clock);
        QVERIFY(ok);
        QVERIFY(clock->isOpen);
        QCOMPARE(clock->timestamp, Timestamp::fromString(FixedStart).value());
        QCOMPARE(clock->timestamp.offsetSeconds(), -5 * 3600);
    } else if (type == u"QList<CalendarDay>") {
        const auto days = reply.parse<QList<CalendarDay>>();
        ok = check(days);
        QVERIFY(ok);
        // 20, 23, 24, 25, 27 (early close), 30: Thanksgiving (26th) is absent.
        QCOMPARE(days->size(), 6);
        QCOMPARE(days->at(4).close, QTime(13, 0));
    } else if (type == u"QList<Activity>") {
        const auto activities = reply.parse<QList<Activity>>();
        ok = check(activities);
        QVERIFY(ok);
        const auto fills = std::count_if(activities->cbegin(), activities->cend(),
                                         [](const Activity &a) { return a.isTrade(); });
        QCOMPARE(fills, 1);
        const auto fill = std::find_if(activities->cbegin(), activities->cend(),
                                       [](const Activity &a) { return a.isTrade(); });
        QCOMPARE(fill->orderId, order.id);
        if (path.contains(u"FILL"))
            QCOMPARE(activities->size(), 1);
    } else if (type == u"PortfolioHistory") {
        ok = check(reply.parse<PortfolioHistory>());
    }
    QVERIFY2(ok, qPrintable(error + u' ' + QString::fromUtf8(reply.body.left(300))));
}

void tst_SimService::patchConfigurations()
{
    const Reply patched = m_client->patch(QStringLiteral("/v2/account/configurations"),
                                          R"({"no_shorting":true,"trade_confirm_email":"none"})");
    QVERIFY2(patched.status == 200, patched.body.constData());
    const auto config = patched.parse<AccountConfigurations>();
    QVERIFY(config.ok());
    QVERIFY(config->noShorting);
    QCOMPARE(config->tradeConfirmEmail, QStringLiteral("none"));
    QVERIFY(m_client->get(QStringLiteral("/v2/account/configurations")).parse<AccountConfigurations>()->noShorting);

    const Reply bad = m_client->patch(QStringLiteral("/v2/account/configurations"),
                                      R"({"trade_confirm_email":"sometimes"})");
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.code(), 40010001);
}

void tst_SimService::marketOrderFills()
{
    const SimQuote q = quote(QStringLiteral("MSFT"));
    const Order order = placeOk(market(QStringLiteral("MSFT"), QStringLiteral("5")));
    QVERIFY(!order.id.isEmpty());
    QCOMPARE(order.status, OrderStatus::Filled);
    QCOMPARE(order.filledQty, Decimal::fromInt(5));
    QCOMPARE(*order.filledAvgPrice, q.ask); // a buy fills at the ask of the NBBO

    const Reply got = m_client->get(QStringLiteral("/v2/orders/") + order.id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.parse<Order>()->status, OrderStatus::Filled);
    const auto position = m_client->get(QStringLiteral("/v2/positions/MSFT")).parse<Position>();
    QVERIFY(position.ok());
    QCOMPARE(position->qty, Decimal::fromInt(5));
    QCOMPARE(position->side, PositionSide::Long);
}

void tst_SimService::limitOrderWorksThenFillsWhenMarketable()
{
    const SimQuote q = quote(QStringLiteral("AAPL"));
    // Far below the bid: works, unfilled, however long the clock runs in a few minutes.
    const Order resting = placeOk(limit(QStringLiteral("AAPL"), QStringLiteral("2"), pct(q.bid, -20)));
    QCOMPARE(resting.status, OrderStatus::New);
    const Reply advanced = m_client->postJson(QStringLiteral("/sim/clock/advance"),
                                              {{QStringLiteral("seconds"), 120}});
    QVERIFY2(advanced.status == 200, advanced.body.constData());
    QCOMPARE(m_client->get(QStringLiteral("/v2/orders/") + resting.id).parse<Order>()->status,
             OrderStatus::New);
    const auto open = m_client->get(QStringLiteral("/v2/orders?status=open")).parse<QList<Order>>();
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);

    // At or above the ask: marketable, fills at once at the ask (not the limit).
    const SimQuote now = quote(QStringLiteral("AAPL"));
    const Order crossing = placeOk(limit(QStringLiteral("AAPL"), QStringLiteral("2"), pct(now.ask, 1)));
    QCOMPARE(crossing.status, OrderStatus::Filled);
    QVERIFY(*crossing.filledAvgPrice <= *crossing.limitPrice);
}

void tst_SimService::bracketLegsHeldThenNew()
{
    const SimQuote q = quote(QStringLiteral("AAPL"));
    QJsonObject bracket = market(QStringLiteral("AAPL"), QStringLiteral("4"));
    bracket.insert(QStringLiteral("order_class"), QStringLiteral("bracket"));
    bracket.insert(QStringLiteral("take_profit"), QJsonObject{{QStringLiteral("limit_price"), pct(q.ask, 10).toString()}});
    bracket.insert(QStringLiteral("stop_loss"), QJsonObject{{QStringLiteral("stop_price"), pct(q.bid, -10).toString()}});
    const Order entry = placeOk(bracket);
    QCOMPARE(entry.orderClass, OrderClass::Bracket);
    QCOMPARE(entry.status, OrderStatus::Filled);

    const auto nested = m_client->get(QStringLiteral("/v2/orders/") + entry.id + QStringLiteral("?nested=true")).parse<Order>();
    QVERIFY(nested.ok());
    QCOMPARE(nested->legs.size(), 2);
    // After the entry filled: the take-profit limit works, the stop-loss is held.
    for (const Order &leg : nested->legs) {
        if (leg.type == OrderType::Limit)
            QCOMPARE(leg.status, OrderStatus::New);
        else
            QCOMPARE(leg.status, OrderStatus::Held);
    }

    // A resting limit entry: both legs held until it fills.
    QJsonObject waiting = limit(QStringLiteral("AAPL"), QStringLiteral("1"), pct(q.bid, -20));
    waiting.insert(QStringLiteral("order_class"), QStringLiteral("bracket"));
    waiting.insert(QStringLiteral("take_profit"), QJsonObject{{QStringLiteral("limit_price"), pct(q.bid, 10).toString()}});
    waiting.insert(QStringLiteral("stop_loss"), QJsonObject{{QStringLiteral("stop_price"), pct(q.bid, -30).toString()}});
    const Order held = placeOk(waiting);
    QCOMPARE(held.status, OrderStatus::New);
    const auto heldNested = m_client->get(QStringLiteral("/v2/orders/") + held.id + QStringLiteral("?nested=true")).parse<Order>();
    QVERIFY(heldNested.ok());
    QCOMPARE(heldNested->legs.size(), 2);
    for (const Order &leg : heldNested->legs)
        QCOMPARE(leg.status, OrderStatus::Held);

    // Take-profit not above the stop: refused.
    QJsonObject inverted = bracket;
    inverted.insert(QStringLiteral("take_profit"), QJsonObject{{QStringLiteral("limit_price"), pct(q.bid, -20).toString()}});
    const Reply refused = m_client->postJson(QStringLiteral("/v2/orders"), inverted);
    QCOMPARE(refused.status, 422);
}

void tst_SimService::cancelIs204AndFinal()
{
    const SimQuote q = quote(QStringLiteral("AAPL"));
    const Order order = placeOk(limit(QStringLiteral("AAPL"), QStringLiteral("1"), pct(q.bid, -20)));
    const Reply canceled = m_client->del(QStringLiteral("/v2/orders/") + order.id);
    QCOMPARE(canceled.status, 204);
    QVERIFY(canceled.body.isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/v2/orders/") + order.id).parse<Order>()->status,
             OrderStatus::Canceled);
    const Reply again = m_client->del(QStringLiteral("/v2/orders/") + order.id);
    QCOMPARE(again.status, 422);
    QCOMPARE(again.code(), 42210000);
    const Reply unknown = m_client->del(QStringLiteral("/v2/orders/00000000-0000-4000-8000-000000000000"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.code(), 40410000);
}

void tst_SimService::cancelAllIs207()
{
    const SimQuote q = quote(QStringLiteral("AAPL"));
    const Order a = placeOk(limit(QStringLiteral("AAPL"), QStringLiteral("1"), pct(q.bid, -20)));
    const Order b = placeOk(limit(QStringLiteral("AAPL"), QStringLiteral("1"), pct(q.bid, -25)));
    const Reply reply = m_client->del(QStringLiteral("/v2/orders"));
    QCOMPARE(reply.status, 207);
    const auto results = reply.parse<QList<CancelAllResult>>();
    QVERIFY2(results.ok(), reply.body.constData());
    QCOMPARE(results->size(), 2);
    QStringList ids;
    for (const CancelAllResult &r : *results) {
        QCOMPARE(r.status, 200);
        ids.append(r.id);
    }
    ids.sort();
    QStringList expected{a.id, b.id};
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(m_client->get(QStringLiteral("/v2/orders")).parse<QList<Order>>()->size(), 0);
}

void tst_SimService::replaceMakesANewOrder()
{
    const SimQuote q = quote(QStringLiteral("AAPL"));
    const Order old = placeOk(limit(QStringLiteral("AAPL"), QStringLiteral("3"), pct(q.bid, -20)));
    const Decimal newPrice = pct(q.bid, -15);
    const Reply reply = m_client->patch(QStringLiteral("/v2/orders/") + old.id,
                                        QJsonDocument(QJsonObject{{QStringLiteral("limit_price"), newPrice.toString()},
                                                                  {QStringLiteral("qty"), QStringLiteral("2")}})
                                            .toJson(QJsonDocument::Compact));
    QVERIFY2(reply.status == 200, reply.body.constData());
    const auto replacement = reply.parse<Order>();
    QVERIFY(replacement.ok());
    QVERIFY(replacement->id != old.id);
    QCOMPARE(replacement->replaces, old.id);
    QCOMPARE(*replacement->limitPrice, newPrice);
    QCOMPARE(*replacement->qty, Decimal::fromInt(2));
    const auto replaced = m_client->get(QStringLiteral("/v2/orders/") + old.id).parse<Order>();
    QCOMPARE(replaced->status, OrderStatus::Replaced);
    QCOMPARE(replaced->replacedBy, replacement->id);

    // A filled order cannot be replaced.
    const Order filled = placeOk(market(QStringLiteral("AAPL"), QStringLiteral("1")));
    const Reply refused = m_client->patch(QStringLiteral("/v2/orders/") + filled.id, R"({"qty":"2"})");
    QCOMPARE(refused.status, 422);
}

void tst_SimService::closePositionPartlyThenAll()
{
    // With Alpaca's random partial fills (§16): a remainder fills as the clock moves on.
    SimService::Options o = options();
    o.partialFillPercent = 10;
    m_service = std::make_unique<SimService>(o);
    QVERIFY(m_service->start().ok());
    m_client->setBase(m_service->url());

    placeOk(market(QStringLiteral("AAPL"), QStringLiteral("10")));
    placeOk(market(QStringLiteral("MSFT"), QStringLiteral("2")));
    const Reply partial = m_client->del(QStringLiteral("/v2/positions/AAPL?qty=4"));
    QVERIFY2(partial.status == 200, partial.body.constData());
    const auto closing = partial.parse<Order>();
    QVERIFY(closing.ok());
    QCOMPARE(closing->side, OrderSide::Sell);
    QCOMPARE(*closing->qty, Decimal::fromInt(4));
    QCOMPARE(m_client->get(QStringLiteral("/v2/positions/AAPL")).parse<Position>()->qty, Decimal::fromInt(6));

    const Reply both = m_client->del(QStringLiteral("/v2/positions/AAPL?qty=1&percentage=50"));
    QCOMPARE(both.status, 422);
    QCOMPARE(both.code(), 40010001);

    const Reply all = m_client->del(QStringLiteral("/v2/positions?cancel_orders=true"));
    QCOMPARE(all.status, 207);
    const auto results = all.parse<QList<ClosePositionResult>>();
    QVERIFY2(results.ok(), all.body.constData());
    QCOMPARE(results->size(), 2);
    for (const ClosePositionResult &r : *results) {
        QCOMPARE(r.status, 200);
        QVERIFY(r.order());
        QCOMPARE(r.order()->side, OrderSide::Sell);
    }
    int open = -1;
    for (int step = 0; step < 60 && open != 0; ++step) {
        if (step > 0)
            QCOMPARE(m_client->postJson(QStringLiteral("/sim/clock/advance"), {{QStringLiteral("seconds"), 1}}).status, 200);
        open = int(m_client->get(QStringLiteral("/v2/positions")).parse<QList<Position>>()->size());
    }
    QCOMPARE(open, 0);
    const Reply gone = m_client->get(QStringLiteral("/v2/positions/AAPL"));
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.code(), 40410000);
}

void tst_SimService::clientOrderIdLookupAndDuplicate()
{
    QJsonObject request = market(QStringLiteral("AAPL"), QStringLiteral("1"));
    request.insert(QStringLiteral("client_order_id"), QStringLiteral("elson-test-0001"));
    const Order order = placeOk(request);
    const Reply found = m_client->get(QStringLiteral("/v2/orders:by_client_order_id?client_order_id=elson-test-0001"));
    QCOMPARE(found.status, 200);
    QCOMPARE(found.parse<Order>()->id, order.id);

    const Reply duplicate = m_client->postJson(QStringLiteral("/v2/orders"), request);
    QCOMPARE(duplicate.status, 422);
    QCOMPARE(duplicate.code(), 40010001);
    QVERIFY(duplicate.message().contains(QStringLiteral("unique")));

    QCOMPARE(m_client->get(QStringLiteral("/v2/orders:by_client_order_id?client_order_id=nope")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/v2/orders:by_client_order_id")).status, 422);
}

void tst_SimService::subPennyIs422()
{
    const Reply reply = m_client->postJson(QStringLiteral("/v2/orders"),
                                           limit(QStringLiteral("AAPL"), QStringLiteral("1"),
                                                 Decimal::fromLiteral("100.123")));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.code(), 42210000);
    QVERIFY2(reply.message().contains(QStringLiteral("sub-penny")), reply.body.constData());
}

void tst_SimService::wrongKeysAre401()
{
    Client intruder(m_service->url(), Key, QStringLiteral("wrong"));
    const Reply reply = intruder.get(QStringLiteral("/v2/account"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.code(), 40110000);
    QVERIFY(!reply.body.contains(Secret.toUtf8()));
    const Reply none = m_client->send("GET", QStringLiteral("/v2/stocks/AAPL/quotes/latest"), {}, false);
    QCOMPARE(none.status, 401);
    // The health check needs no keys.
    QCOMPARE(m_client->send("GET", QStringLiteral("/sim/health"), {}, false).status, 200);
}

void tst_SimService::malformedBodiesAre400AndServingGoesOn_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");
    QTest::newRow("not json") << QByteArray("{\"symbol\": \"AAPL\", qty") << QStringLiteral("invalid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("array") << QByteArray("[1,2]") << QString();
    QTest::newRow("qty object") << QByteArray(R"({"symbol":"AAPL","qty":{},"side":"buy","type":"market","time_in_force":"day"})")
                                << QStringLiteral("qty");
    QTest::newRow("qty text") << QByteArray(R"({"symbol":"AAPL","qty":"ten","side":"buy","type":"market","time_in_force":"day"})")
                              << QStringLiteral("qty");
    QTest::newRow("bad side") << QByteArray(R"({"symbol":"AAPL","qty":"1","side":"short","type":"market","time_in_force":"day"})")
                              << QStringLiteral("side");
    QTest::newRow("nested type") << QByteArray(R"({"symbol":"AAPL","qty":"1","side":"buy","type":"market","time_in_force":"day","take_profit":{"limit_price":true}})")
                                 << QStringLiteral("take_profit.limit_price");
}

void tst_SimService::malformedBodiesAre400AndServingGoesOn()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    const Reply reply = m_client->post(QStringLiteral("/v2/orders"), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), 40010001);
    if (!named.isEmpty())
        QVERIFY2(reply.message().contains(named), qPrintable(reply.message()));
    QVERIFY(Json::parse<ApiError>(reply.body).ok());
    // Nothing was placed, and the server keeps serving.
    QCOMPARE(m_client->get(QStringLiteral("/v2/orders?status=all")).parse<QList<Order>>()->size(), 0);
    QCOMPARE(m_client->get(QStringLiteral("/v2/account")).status, 200);
}

void tst_SimService::unknownSymbolAndAsset()
{
    const Reply order = m_client->postJson(QStringLiteral("/v2/orders"), market(QStringLiteral("NOPE"), QStringLiteral("1")));
    QVERIFY2(order.status == 422 || order.status == 404, order.body.constData());
    QVERIFY(order.code() != 0);
    QVERIFY(order.message().contains(QStringLiteral("NOPE")));
    const Reply asset = m_client->get(QStringLiteral("/v2/assets/NOPE"));
    QCOMPARE(asset.status, 404);
    QCOMPARE(asset.code(), 40410000);
    QCOMPARE(asset.message(), QStringLiteral("asset not found"));
    // An absurd quantity: refused with Alpaca's shape and extra keys, nothing placed.
    const Reply absurd = m_client->postJson(QStringLiteral("/v2/orders"),
                                            market(QStringLiteral("AAPL"), QStringLiteral("1000000")));
    QCOMPARE(absurd.status, 403);
    QCOMPARE(absurd.code(), 40310000);
    QVERIFY(absurd.object().contains(QStringLiteral("buying_power")));
    QVERIFY(Json::parse<ApiError>(absurd.body).ok());
    // So large that its cost overflows Decimal: still a refusal, never a fill.
    const Reply overflow = m_client->postJson(QStringLiteral("/v2/orders"),
                                              market(QStringLiteral("AAPL"), QStringLiteral("9000000000")));
    QCOMPARE(overflow.status, 403);
    QCOMPARE(overflow.code(), 40310000);
    QCOMPARE(m_client->get(QStringLiteral("/v2/orders?status=all")).parse<QList<Order>>()->size(), 0);
    // A lookup by asset id works like one by symbol.
    const QString id = SimUniverse::assetId(u"AAPL").toString(QUuid::WithoutBraces);
    const auto byId = m_client->get(QStringLiteral("/v2/assets/") + id).parse<Asset>();
    QVERIFY(byId.ok());
    QCOMPARE(byId->symbol, QStringLiteral("AAPL"));
}

void tst_SimService::badQueryParametersAre422_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("status") << QStringLiteral("/v2/orders?status=working") << QStringLiteral("status");
    QTest::newRow("limit") << QStringLiteral("/v2/orders?limit=501") << QStringLiteral("limit");
    QTest::newRow("after") << QStringLiteral("/v2/orders?after=yesterday") << QStringLiteral("after");
    QTest::newRow("direction") << QStringLiteral("/v2/orders?direction=up") << QStringLiteral("direction");
    QTest::newRow("nested") << QStringLiteral("/v2/orders/x?nested=maybe") << QStringLiteral("nested");
    QTest::newRow("calendar") << QStringLiteral("/v2/calendar?start=2026-13-01") << QStringLiteral("start");
    QTest::newRow("activity page") << QStringLiteral("/v2/account/activities?page_size=0") << QStringLiteral("page_size");
    QTest::newRow("activity type") << QStringLiteral("/v2/account/activities?activity_types=FILL,NOPE") << QStringLiteral("NOPE");
    QTest::newRow("history period") << QStringLiteral("/v2/account/portfolio/history?period=forever") << QStringLiteral("period");
    QTest::newRow("assets status") << QStringLiteral("/v2/assets?status=alive") << QStringLiteral("status");
}

void tst_SimService::badQueryParametersAre422()
{
    QFETCH(QString, path);
    QFETCH(QString, parameter);
    const Reply reply = m_client->get(path);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.code(), 40010001);
    QVERIFY2(reply.message().contains(parameter), qPrintable(reply.message()));
}

void tst_SimService::tradeUpdatesStreamProtocol()
{
    StreamProbe stream;
    QVERIFY(stream.open(streamUrl(*m_service, QStringLiteral("/stream"))));
    const auto authorization = [](const StreamProbe::Frame &f) {
        const auto m = Json::parse<TradingStreamMessage>(f.data);
        return m.ok() && std::holds_alternative<StreamAuthorization>(m->message);
    };
    const auto parsed = [](const StreamProbe::Frame &f) { return Json::parse<TradingStreamMessage>(f.data).value(); };

    // Listening before authenticating: unauthorized, action listen.
    stream.send({{QStringLiteral("action"), QStringLiteral("listen")},
                 {QStringLiteral("data"), QJsonObject{{QStringLiteral("streams"), QJsonArray{QStringLiteral("trade_updates")}}}}});
    auto frame = stream.waitFor(authorization);
    QVERIFY(frame);
    QVERIFY(frame->binary);
    auto auth = std::get<StreamAuthorization>(parsed(*frame).message);
    QCOMPARE(auth.status, QStringLiteral("unauthorized"));
    QCOMPARE(auth.action, QStringLiteral("listen"));

    // Wrong keys.
    stream.send({{QStringLiteral("action"), QStringLiteral("authenticate")},
                 {QStringLiteral("data"), QJsonObject{{QStringLiteral("key_id"), Key}, {QStringLiteral("secret_key"), QStringLiteral("x")}}}});
    frame = stream.waitFor(authorization);
    QVERIFY(frame);
    auth = std::get<StreamAuthorization>(parsed(*frame).message);
    QCOMPARE(auth.status, QStringLiteral("unauthorized"));
    QCOMPARE(auth.action, QStringLiteral("authenticate"));

    // Garbage: an error frame, the connection stays.
    stream.sendRaw(QStringLiteral("{nonsense"));
    QVERIFY(stream.waitForText("\"stream\":\"error\""));

    stream.send({{QStringLiteral("action"), QStringLiteral("authenticate")},
                 {QStringLiteral("data"), QJsonObject{{QStringLiteral("key_id"), Key}, {QStringLiteral("secret_key"), Secret}}}});
    frame = stream.waitFor(authorization);
    QVERIFY(frame);
    QVERIFY(std::get<StreamAuthorization>(parsed(*frame).message).isAuthorized());

    stream.send({{QStringLiteral("action"), QStringLiteral("listen")},
                 {QStringLiteral("data"), QJsonObject{{QStringLiteral("streams"), QJsonArray{QStringLiteral("trade_updates"), QStringLiteral("nonsense")}}}}});
    frame = stream.waitForText("\"stream\":\"listening\"");
    QVERIFY(frame);
    QVERIFY(frame->binary);
    QCOMPARE(std::get<StreamListening>(parsed(*frame).message).streams, QStringList{QStringLiteral("trade_updates")});

    // An order: its fill arrives as a binary trade_updates frame.
    const Order order = placeOk(market(QStringLiteral("AAPL"), QStringLiteral("2")));
    frame = stream.waitFor([&order](const StreamProbe::Frame &f) {
        const auto m = Json::parse<TradingStreamMessage>(f.data);
        if (!m || !std::holds_alternative<TradeUpdate>(m->message))
            return false;
        const TradeUpdate &u = std::get<TradeUpdate>(m->message);
        return u.event == TradeEvent::Fill && u.order.id == order.id;
    });
    QVERIFY(frame);
    QVERIFY(frame->binary);
    const TradeUpdate fill = std::get<TradeUpdate>(parsed(*frame).message);
    QCOMPARE(*fill.qty, Decimal::fromInt(2));
    QCOMPARE(*fill.positionQty, Decimal::fromInt(2));
    QVERIFY(!fill.executionId.isEmpty());
    QVERIFY(!fill.timestamp.isNull());

    // An empty list stops the updates: the next order sends nothing (checked via the
    // stats counter, as silence on a socket proves nothing).
    stream.send({{QStringLiteral("action"), QStringLiteral("listen")},
                 {QStringLiteral("data"), QJsonObject{{QStringLiteral("streams"), QJsonArray{}}}}});
    QVERIFY(stream.waitFor([](const StreamProbe::Frame &f) {
        const auto m = Json::parse<TradingStreamMessage>(f.data);
        return m && std::holds_alternative<StreamListening>(m->message)
               && std::get<StreamListening>(m->message).streams.isEmpty();
    }));
    const qint64 sentBefore = m_client->get(QStringLiteral("/sim/stats")).object().value(QStringLiteral("trade_events_sent")).toInteger();
    placeOk(market(QStringLiteral("AAPL"), QStringLiteral("1")));
    const QJsonObject stats = m_client->get(QStringLiteral("/sim/stats")).object();
    QCOMPARE(stats.value(QStringLiteral("trade_events_sent")).toInteger(), sentBefore);
    QVERIFY(stats.value(QStringLiteral("trade_events")).toInteger() >= 2);
}

void tst_SimService::statePersistsAcrossRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("sim-state.json"));
    SimService::Options o = options();
    o.stateFile = file;
    QString restingId;
    QString filledId;
    {
        SimService first(o);
        QVERIFY(first.start().ok());
        Client client(first.url());
        const SimQuote q = m_service->prices()->quote(*m_service->exchange()->universe().findBySymbol(u"AAPL"),
                                                      first.clock()->now());
        const Reply resting = client.postJson(QStringLiteral("/v2/orders"),
                                              limit(QStringLiteral("AAPL"), QStringLiteral("3"), pct(q.bid, -20)));
        QCOMPARE(resting.status, 200);
        restingId = resting.parse<Order>()->id;
        const Reply filled = client.postJson(QStringLiteral("/v2/orders"), market(QStringLiteral("AAPL"), QStringLiteral("7")));
        QCOMPARE(filled.status, 200);
        filledId = filled.parse<Order>()->id;
        first.stop();
        QVERIFY(QFile::exists(file));
    }
    {
        SimService second(o);
        const Result<quint16> started = second.start();
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
        Client client(second.url());
        const auto resting = client.get(QStringLiteral("/v2/orders/") + restingId).parse<Order>();
        QVERIFY(resting.ok());
        QCOMPARE(resting->status, OrderStatus::New);
        QCOMPARE(client.get(QStringLiteral("/v2/orders/") + filledId).parse<Order>()->status, OrderStatus::Filled);
        const auto position = client.get(QStringLiteral("/v2/positions/AAPL")).parse<Position>();
        QVERIFY(position.ok());
        QCOMPARE(position->qty, Decimal::fromInt(7));
        // Changes are saved soon after they happen (debounced), not only at stop.
        QSignalSpy saved(&second, &SimService::stateSaved);
        QCOMPARE(client.del(QStringLiteral("/v2/orders/") + restingId).status, 204);
        QVERIFY(saved.count() > 0 || saved.wait(WaitMs));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(written.readAll()).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("elson-sim-state"));
        QVERIFY(QJsonDocument(document).toJson().contains("\"canceled\""));
        QVERIFY(second.isRunning());
    }
    {
        SimService third(o);
        QVERIFY(third.start().ok());
        Client client(third.url());
        QCOMPARE(client.get(QStringLiteral("/v2/orders/") + restingId).parse<Order>()->status, OrderStatus::Canceled);
    }
    // A corrupt file is refused, not overwritten.
    QFile corrupt(file);
    QVERIFY(corrupt.open(QIODevice::WriteOnly | QIODevice::Truncate));
    corrupt.write("{\"format\":");
    corrupt.close();
    SimService broken(o);
    const Result<quint16> refused = broken.start();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("--state"));
    QVERIFY(!broken.isRunning());
}

QTEST_GUILESS_MAIN(tst_SimService)
#include "tst_simservice.moc"
