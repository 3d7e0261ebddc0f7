// SPDX-License-Identifier: GPL-3.0-or-later
// SimService's sim-only admin routes over real loopback HTTP: each fault kind injected
// at run time through /sim/faults (and at start), the clock route, stats and health.
#include "simservicetestsupport.h"

#include "account.h"
#include "clock.h"
#include "order.h"
#include "simclock.h"
#include "tradingstreammessage.h"

using namespace Elson;
using namespace SimTest;

class tst_SimServiceFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void statusFault_data();
    void statusFault();
    void rateLimitFault();
    void realRateLimit();
    void delayFault();
    void dropAfterCommitKeepsTheOrder();
    void dropBeforeCommitPlacesNothing();
    void malformedBody();
    void closeStream();
    void listAndClear();
    void badFaults_data();
    void badFaults();
    void faultsFromOptions();
    void clockAdvance();
    void realClockCannotAdvance();
    void healthAndStats();

private:
    Reply addFault(const QJsonObject &fault) { return m_client->postJson(QStringLiteral("/sim/faults"), fault); }

    std::unique_ptr<SimService> m_service;
    std::unique_ptr<Client> m_client;
};

namespace {

QJsonObject marketBuy(const QString &clientOrderId = {})
{
    QJsonObject o{{QStringLiteral("symbol"), QStringLiteral("AAPL")}, {QStringLiteral("qty"), QStringLiteral("1")},
                  {QStringLiteral("side"), QStringLiteral("buy")}, {QStringLiteral("type"), QStringLiteral("market")},
                  {QStringLiteral("time_in_force"), QStringLiteral("day")}};
    if (!clientOrderId.isEmpty())
        o.insert(QStringLiteral("client_order_id"), clientOrderId);
    return o;
}

} // namespace

void tst_SimServiceFaults::init()
{
    m_service = std::make_unique<SimService>(options());
    const Result<quint16> port = m_service->start();
    QVERIFY2(port.ok(), qPrintable(port.error().toString()));
    m_client = std::make_unique<Client>(m_service->url());
}

void tst_SimServiceFaults::cleanup()
{
    m_client.reset();
    m_service.reset();
}

void tst_SimServiceFaults::statusFault_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("json");
    QTest::newRow("500") << 500 << true;
    QTest::newRow("502") << 502 << false;
    QTest::newRow("503") << 503 << false;
}

void tst_SimServiceFaults::statusFault()
{
    QFETCH(int, status);
    QFETCH(bool, json);
    const Reply added = addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                                  {QStringLiteral("route"), QStringLiteral("GET /v2/account")},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("count"), 2}});
    QVERIFY2(added.status == 200, added.body.constData());
    QCOMPARE(added.array().size(), 1);
    // Other routes are untouched.
    QCOMPARE(m_client->get(QStringLiteral("/v2/clock")).status, 200);
    for (int i = 0; i < 2; ++i) {
        const Reply failed = m_client->get(QStringLiteral("/v2/account"));
        QCOMPARE(failed.status, status);
        QCOMPARE(Json::parse<Account>(failed.body).ok(), false);
        QCOMPARE(QJsonDocument::fromJson(failed.body).isObject(), json);
    }
    const Reply served = m_client->get(QStringLiteral("/v2/account"));
    QCOMPARE(served.status, 200);
    QVERIFY(served.parse<Account>().ok());
}

void tst_SimServiceFaults::rateLimitFault()
{
    QCOMPARE(addFault({{QStringLiteral("kind"), QStringLiteral("ratelimit")},
                       {QStringLiteral("route"), QStringLiteral("GET /v2/clock")},
                       {QStringLiteral("retry_after"), 7}}).status, 200);
    const Reply limited = m_client->get(QStringLiteral("/v2/clock"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
    QCOMPARE(limited.header("X-Ratelimit-Remaining"), QByteArray("0"));
    QCOMPARE(limited.code(), 42910000);
    QCOMPARE(m_client->get(QStringLiteral("/v2/clock")).status, 200);
}

void tst_SimServiceFaults::realRateLimit()
{
    SimService::Options o = options();
    o.rateLimitPerMinute = 3;
    SimService service(o);
    QVERIFY(service.start().ok());
    Client client(service.url());
    for (int i = 1; i <= 3; ++i) {
        const Reply ok = client.get(QStringLiteral("/v2/clock"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("X-Ratelimit-Limit"), QByteArray("3"));
        QCOMPARE(ok.header("X-Ratelimit-Remaining").toInt(), 3 - i);
        QVERIFY(ok.header("X-Ratelimit-Reset").toLongLong() > QDateTime::currentSecsSinceEpoch() - 5);
    }
    const Reply refused = client.get(QStringLiteral("/v2/stocks/AAPL/quotes/latest"));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("Retry-After").toInt() >= 1);
    QCOMPARE(refused.code(), 42910000);
}

void tst_SimServiceFaults::delayFault()
{
    QCOMPARE(addFault({{QStringLiteral("kind"), QStringLiteral("delay")},
                       {QStringLiteral("route"), QStringLiteral("GET /v2/account")},
                       {QStringLiteral("delay_ms"), 1500}}).status, 200);
    QNetworkReply *delayed = m_client->start("GET", QStringLiteral("/v2/account"));
    // A request sent after it is answered first (order only, no timing assertion).
    const Reply quick = m_client->get(QStringLiteral("/v2/clock"));
    QCOMPARE(quick.status, 200);
    QVERIFY(!delayed->isFinished());
    const Reply slow = Client::finish(delayed);
    QCOMPARE(slow.status, 200);
    QVERIFY(slow.parse<Account>().ok());
}

void tst_SimServiceFaults::dropAfterCommitKeepsTheOrder()
{
    // Twice: QNAM resends a dropped POST on its own (platform notes).
    QCOMPARE(addFault({{QStringLiteral("kind"), QStringLiteral("drop-after")},
                       {QStringLiteral("route"), QStringLiteral("POST /v2/orders")},
                       {QStringLiteral("count"), 2}}).status, 200);
    const Reply dropped = m_client->postJson(QStringLiteral("/v2/orders"), marketBuy(QStringLiteral("drop-after-1")));
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QCOMPARE(dropped.status, 0);
    // The client heard nothing, yet the order exists — once, thanks to its client_order_id.
    const Reply found = m_client->get(QStringLiteral("/v2/orders:by_client_order_id?client_order_id=drop-after-1"));
    QCOMPARE(found.status, 200);
    QCOMPARE(found.parse<Order>()->status, OrderStatus::Filled);
    const auto all = m_client->get(QStringLiteral("/v2/orders?status=all")).parse<QList<Order>>();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    // A retry with the same id is told it landed.
    const Reply retry = m_client->postJson(QStringLiteral("/v2/orders"), marketBuy(QStringLiteral("drop-after-1")));
    QCOMPARE(retry.status, 422);
    QCOMPARE(retry.code(), 40010001);
}

void tst_SimServiceFaults::dropBeforeCommitPlacesNothing()
{
    QCOMPARE(addFault({{QStringLiteral("kind"), QStringLiteral("drop-before")},
                       {QStringLiteral("route"), QStringLiteral("POST /v2/orders")},
                       {QStringLiteral("count"), 2}}).status, 200);
    const Reply dropped = m_client->postJson(QStringLiteral("/v2/orders"), marketBuy(QStringLiteral("drop-before-1")));
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QCOMPARE(m_client->get(QStringLiteral("/v2/orders:by_client_order_id?client_order_id=drop-before-1")).status, 404);
    QCOMPARE(m_client->postJson(QStringLiteral("/v2/orders"), marketBuy(QStringLiteral("drop-before-1"))).status, 200);
}

void tst_SimServiceFaults::malformedBody()
{
    QCOMPARE(addFault({{QStringLiteral("kind"), QStringLiteral("malformed")},
                       {QStringLiteral("route"), QStringLiteral("GET /v2/account")}}).status, 200);
    const Reply broken = m_client->get(QStringLiteral("/v2/account"));
    QCOMPARE(broken.status, 200);
    const Result<Account> parsed = broken.parse<Account>();
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, Error::Code::Parse);
    QVERIFY(m_client->get(QStringLiteral("/v2/account")).parse<Account>().ok());
}

void tst_SimServiceFaults::closeStream()
{
    StreamProbe trading;
    QVERIFY(trading.open(streamUrl(*m_service, QStringLiteral("/stream"))));
    trading.send({{QStringLiteral("action"), QStringLiteral("authenticate")},
                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("key_id"), Key}, {QStringLiteral("secret_key"), Secret}}}});
    QVERIFY(trading.waitForText("\"authorized\""));
    StreamProbe data;
    QVERIFY(data.open(streamUrl(*m_service, QStringLiteral("/v2/iex"))));
    QVERIFY(data.waitForText("connected"));

    QCOMPARE(addFault({{QStringLiteral("kind"), QStringLiteral("close-stream")}}).status, 200);
    QVERIFY(trading.waitDisconnected());
    QVERIFY(data.waitDisconnected());
    // Spent: a new connection stays up and works.
    QCOMPARE(m_client->get(QStringLiteral("/sim/faults")).array().size(), 0);
    StreamProbe again;
    QVERIFY(again.open(streamUrl(*m_service, QStringLiteral("/v2/iex"))));
    QVERIFY(again.waitForText("connected"));
    again.send({{QStringLiteral("action"), QStringLiteral("auth")}, {QStringLiteral("key"), Key}, {QStringLiteral("secret"), Secret}});
    QVERIFY(again.waitForText("authenticated"));
}

void tst_SimServiceFaults::listAndClear()
{
    QCOMPARE(m_client->post(QStringLiteral("/sim/faults"),
                            R"([{"kind":"status","status":503,"route":"POST /v2/orders","count":-1},
                                {"kind":"delay","delay_ms":10,"route":"GET /v2/clock"}])").status, 200);
    const QJsonArray listed = m_client->get(QStringLiteral("/sim/faults")).array();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("count")).toInt(), -1);
    QCOMPARE(m_client->postJson(QStringLiteral("/v2/orders"), marketBuy()).status, 503);
    QCOMPARE(m_client->postJson(QStringLiteral("/v2/orders"), marketBuy()).status, 503); // until cleared
    const Reply cleared = m_client->del(QStringLiteral("/sim/faults"));
    QCOMPARE(cleared.status, 204);
    QCOMPARE(m_client->get(QStringLiteral("/sim/faults")).array().size(), 0);
    QCOMPARE(m_client->postJson(QStringLiteral("/v2/orders"), marketBuy()).status, 200);
}

void tst_SimServiceFaults::badFaults_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("named");
    QTest::newRow("not json") << QByteArray("{kind") << 400 << QString();
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"explode"})") << 422 << QStringLiteral("kind");
    QTest::newRow("status 200") << QByteArray(R"({"kind":"status","status":200})") << 422 << QStringLiteral("status");
    QTest::newRow("zero count") << QByteArray(R"({"kind":"status","count":0})") << 422 << QStringLiteral("count");
    QTest::newRow("wrong argument") << QByteArray(R"({"kind":"malformed","delay_ms":5})") << 422 << QStringLiteral("delay_ms");
    QTest::newRow("array of junk") << QByteArray(R"([{"kind":"status"}, 3])") << 400 << QStringLiteral("[1]");
}

void tst_SimServiceFaults::badFaults()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, named);
    const Reply reply = m_client->post(QStringLiteral("/sim/faults"), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.code(), 40010001);
    if (!named.isEmpty())
        QVERIFY2(reply.message().contains(named), qPrintable(reply.message()));
    // Nothing was added, not even the valid part of a bad list.
    QCOMPARE(m_client->get(QStringLiteral("/sim/faults")).array().size(), 0);
}

void tst_SimServiceFaults::faultsFromOptions()
{
    SimService::Options o = options();
    o.faults.append(SimFault::fromSpec(QStringLiteral("status:500=GET /v2/clock")).value());
    SimService service(o);
    QVERIFY(service.start().ok());
    Client client(service.url());
    QCOMPARE(client.get(QStringLiteral("/v2/clock")).status, 500);
    QCOMPARE(client.get(QStringLiteral("/v2/clock")).status, 200);
}

void tst_SimServiceFaults::clockAdvance()
{
    const auto before = m_client->get(QStringLiteral("/v2/clock")).parse<Clock>();
    QVERIFY(before.ok());
    const Reply advanced = m_client->postJson(QStringLiteral("/sim/clock/advance"), {{QStringLiteral("seconds"), 3600.5}});
    QVERIFY2(advanced.status == 200, advanced.body.constData());
    const auto answered = advanced.parse<Clock>();
    QVERIFY(answered.ok());
    const auto after = m_client->get(QStringLiteral("/v2/clock")).parse<Clock>();
    QVERIFY(after.ok());
    QCOMPARE(after->timestamp, before->timestamp.addNanos(3'600'500'000'000));
    QCOMPARE(answered->timestamp, after->timestamp);
    // The engine followed the clock.
    QCOMPARE(m_service->exchange()->now(), m_service->clock()->now());

    // Past the close: the market is closed, next_open is the next day.
    QCOMPARE(m_client->postJson(QStringLiteral("/sim/clock/advance"), {{QStringLiteral("seconds"), 6 * 3600}}).status, 200);
    const auto closed = m_client->get(QStringLiteral("/v2/clock")).parse<Clock>();
    QVERIFY(!closed->isOpen);
    QCOMPARE(closed->nextOpen, Timestamp::fromString(u"2026-11-24T09:30:00-05:00").value());

    for (const QByteArray &bad : {QByteArray("{}"), QByteArray(R"({"seconds":-5})"), QByteArray(R"({"seconds":"10"})"),
                                  QByteArray("nope"), QByteArray(R"({"seconds":1e12})")}) {
        const Reply refused = m_client->post(QStringLiteral("/sim/clock/advance"), bad);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.code(), 40010001);
    }
}

void tst_SimServiceFaults::realClockCannotAdvance()
{
    SimService::Options o = options();
    o.clock = QStringLiteral("real");
    SimService service(o);
    QVERIFY(service.start().ok());
    Client client(service.url());
    const Reply refused = client.postJson(QStringLiteral("/sim/clock/advance"), {{QStringLiteral("seconds"), 10}});
    QCOMPARE(refused.status, 422);
    QVERIFY(refused.message().contains(QStringLiteral("real")));
}

void tst_SimServiceFaults::healthAndStats()
{
    const Reply health = m_client->send("GET", QStringLiteral("/sim/health"), {}, false);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.object().value(QStringLiteral("clock")).toString(), QStringLiteral("fixed:") + FixedStart);
    QCOMPARE(m_client->send("GET", QStringLiteral("/sim/stats"), {}, false).status, 401); // admin needs keys

    QCOMPARE(m_client->postJson(QStringLiteral("/v2/orders"), marketBuy()).status, 200);
    QCOMPARE(m_client->postJson(QStringLiteral("/v2/orders"), marketBuy()).status, 200);
    const QJsonObject stats = m_client->get(QStringLiteral("/sim/stats")).object();
    QCOMPARE(stats.value(QStringLiteral("orders_submitted")).toInteger(), 2);
    QVERIFY(stats.value(QStringLiteral("trade_events")).toInteger() >= 2);
    QVERIFY(stats.value(QStringLiteral("requests_served")).toInteger() >= 4);
    QCOMPARE(stats.value(QStringLiteral("trade_stream_connections")).toInteger(), 0);
}

QTEST_GUILESS_MAIN(tst_SimServiceFaults)
#include "tst_simservicefaults.moc"
