// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's HTTP front over real loopback HTTP with QNetworkAccessManager:
// authentication, routing, rate limiting and every kind of injected fault.
#include "simhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Elson;

namespace {
const QString Key = QStringLiteral("PKTESTKEY0000000WXYZ");
const QString Secret = QStringLiteral("test-secret-never-logged");
} // namespace

class tst_SimHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void authentication_data();
    void authentication();
    void routing_data();
    void routing();
    void rateLimitHeadersAndRefusal();
    void statusFault_data();
    void statusFault();
    void rateLimitFault();
    void delayFault();
    void dropBeforeCommitRunsNothing();
    void dropAfterCommitRunsTheRoute();
    void malformedBody();
    void faultSpecs_data();
    void faultSpecs();
    void faultCountsAndRoutes();

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                        bool withKeys = true);
    static QByteArray waitBody(QNetworkReply *reply);

    std::unique_ptr<SimHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    quint16 m_port = 0;
    int m_commits = 0;
    qint64 m_fakeMs = 1'700'000'000'000;
};

void tst_SimHttpServer::init()
{
    m_commits = 0;
    SimRouter router;
    router.add("GET", QStringLiteral("/v2/account"), [](const SimRequest &) {
        return SimResponse::json(QJsonObject{{QStringLiteral("id"), QStringLiteral("acct")}});
    });
    router.add("POST", QStringLiteral("/v2/orders"), [this](const SimRequest &req) {
        ++m_commits;
        const QJsonObject in = QJsonDocument::fromJson(req.body).object();
        return SimResponse::json(QJsonObject{{QStringLiteral("id"), QString::number(m_commits)},
                                             {QStringLiteral("symbol"), in.value(QStringLiteral("symbol"))}});
    });
    router.add("GET", QStringLiteral("/v2/orders/{id}"), [](const SimRequest &req) {
        return SimResponse::json(QJsonObject{{QStringLiteral("id"), req.params.value(QStringLiteral("id"))}});
    });
    router.add("GET", QStringLiteral("/v2/orders:by_client_order_id"), [](const SimRequest &req) {
        return SimResponse::json(QJsonObject{
            {QStringLiteral("client_order_id"), req.queryValue(QStringLiteral("client_order_id"))}});
    });
    router.add("DELETE", QStringLiteral("/v2/orders/{id}"), [](const SimRequest &) {
        return SimResponse::noContent();
    });
    router.add("GET", QStringLiteral("/sim/health"), [](const SimRequest &) {
        return SimResponse::json(QJsonObject{{QStringLiteral("ok"), true}});
    });
    m_server = std::make_unique<SimHttpServer>(std::move(router), SimHttpServer::Credentials{Key, Secret});
    m_server->setPublicPaths({QStringLiteral("/sim/health")});
    m_server->rateLimiter() = SimRateLimiter(200, [this] { return m_fakeMs; });
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void tst_SimHttpServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

QNetworkReply *tst_SimHttpServer::send(const QByteArray &method, const QString &path,
                                       const QByteArray &body, bool withKeys)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    if (withKeys) {
        request.setRawHeader("APCA-API-KEY-ID", Key.toUtf8());
        request.setRawHeader("APCA-API-SECRET-KEY", Secret.toUtf8());
    }
    return m_nam->sendCustomRequest(request, method, body);
}

QByteArray tst_SimHttpServer::waitBody(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            qWarning("reply did not finish");
    }
    return reply->readAll();
}

void tst_SimHttpServer::authentication_data()
{
    QTest::addColumn<bool>("withKeys");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("keys") << true << QStringLiteral("/v2/account") << 200;
    QTest::newRow("no keys") << false << QStringLiteral("/v2/account") << 401;
    QTest::newRow("public path without keys") << false << QStringLiteral("/sim/health") << 200;
}

void tst_SimHttpServer::authentication()
{
    QFETCH(bool, withKeys);
    QFETCH(QString, path);
    QFETCH(int, status);
    std::unique_ptr<QNetworkReply> reply(send("GET", path, {}, withKeys));
    const QByteArray body = waitBody(reply.get());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    if (status == 401) {
        const QJsonObject error = QJsonDocument::fromJson(body).object();
        QCOMPARE(error.value(QStringLiteral("code")).toInteger(), 40110000);
        QVERIFY(!body.contains(Secret.toUtf8()));
    }
}

void tst_SimHttpServer::routing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expect");
    QTest::newRow("param") << QByteArray("GET") << QStringLiteral("/v2/orders/abc-123") << 200
                           << QStringLiteral("abc-123");
    QTest::newRow("colon path is not an id")
        << QByteArray("GET") << QStringLiteral("/v2/orders:by_client_order_id?client_order_id=x%2By")
        << 200 << QStringLiteral("x+y");
    QTest::newRow("204") << QByteArray("DELETE") << QStringLiteral("/v2/orders/abc") << 204 << QString();
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/v2/nothing") << 404 << QString();
    QTest::newRow("wrong method") << QByteArray("PUT") << QStringLiteral("/v2/account") << 405 << QString();
}

void tst_SimHttpServer::routing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, expect);
    std::unique_ptr<QNetworkReply> reply(send(method, path));
    const QByteArray body = waitBody(reply.get());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    if (!expect.isEmpty())
        QVERIFY2(body.contains(expect.toUtf8()), body.constData());
    if (status == 204)
        QVERIFY(body.isEmpty());
}

void tst_SimHttpServer::rateLimitHeadersAndRefusal()
{
    m_server->rateLimiter().setLimit(3);
    for (int i = 1; i <= 3; ++i) {
        std::unique_ptr<QNetworkReply> reply(send("GET", QStringLiteral("/v2/account")));
        waitBody(reply.get());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("X-Ratelimit-Limit"), QByteArray("3"));
        QCOMPARE(reply->rawHeader("X-Ratelimit-Remaining").toInt(), 3 - i);
        QCOMPARE(reply->rawHeader("X-Ratelimit-Reset").toLongLong(), (m_fakeMs + 60'000) / 1000);
    }
    m_fakeMs += 10'000;
    std::unique_ptr<QNetworkReply> refused(send("GET", QStringLiteral("/v2/account")));
    const QByteArray body = waitBody(refused.get());
    QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    QCOMPARE(refused->rawHeader("Retry-After"), QByteArray("50"));
    QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("code")).toInteger(), 42910000);
    // The window ends: served again.
    m_fakeMs += 50'000;
    std::unique_ptr<QNetworkReply> again(send("GET", QStringLiteral("/v2/account")));
    waitBody(again.get());
    QCOMPARE(again->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void tst_SimHttpServer::statusFault_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("json");
    QTest::newRow("500 json") << 500 << true;
    QTest::newRow("502 edge html") << 502 << false;
    QTest::newRow("503 edge html") << 503 << false;
}

void tst_SimHttpServer::statusFault()
{
    QFETCH(int, status);
    QFETCH(bool, json);
    SimFault fault;
    fault.kind = SimFault::Kind::Status;
    fault.status = status;
    fault.route = QStringLiteral("POST /v2/orders");
    m_server->faults().add(fault);
    std::unique_ptr<QNetworkReply> reply(send("POST", QStringLiteral("/v2/orders"), R"({"symbol":"AAPL"})"));
    const QByteArray body = waitBody(reply.get());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(m_commits, 0);
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    QCOMPARE(parseError.error == QJsonParseError::NoError, json);
    // Spent after one use.
    std::unique_ptr<QNetworkReply> next(send("POST", QStringLiteral("/v2/orders"), R"({"symbol":"AAPL"})"));
    waitBody(next.get());
    QCOMPARE(next->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_commits, 1);
}

void tst_SimHttpServer::rateLimitFault()
{
    m_server->faults().add(*SimFault::fromSpec(QStringLiteral("ratelimit:7=GET /v2/account")));
    std::unique_ptr<QNetworkReply> reply(send("GET", QStringLiteral("/v2/account")));
    waitBody(reply.get());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("7"));
    QCOMPARE(reply->rawHeader("X-Ratelimit-Remaining"), QByteArray("0"));
}

void tst_SimHttpServer::delayFault()
{
    m_server->faults().add(*SimFault::fromSpec(QStringLiteral("delay:300=GET /v2/account")));
    std::unique_ptr<QNetworkReply> reply(send("GET", QStringLiteral("/v2/account")));
    // Not answered at once; answered after the delay. (No timing assertion: only order.)
    QVERIFY(!reply->isFinished());
    const QByteArray body = waitBody(reply.get());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(body.contains("acct"));
}

void tst_SimHttpServer::dropBeforeCommitRunsNothing()
{
    // QNAM resends a POST whose connection dropped (platform notes): drop twice so the
    // client really sees the failure, and check the route never ran.
    m_server->faults().add(*SimFault::fromSpec(QStringLiteral("drop-before@2=POST /v2/orders")));
    std::unique_ptr<QNetworkReply> reply(send("POST", QStringLiteral("/v2/orders"), R"({"symbol":"AAPL"})"));
    waitBody(reply.get());
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QCOMPARE(m_commits, 0);
}

void tst_SimHttpServer::dropAfterCommitRunsTheRoute()
{
    m_server->faults().add(*SimFault::fromSpec(QStringLiteral("drop-after@2=POST /v2/orders")));
    std::unique_ptr<QNetworkReply> reply(send("POST", QStringLiteral("/v2/orders"), R"({"symbol":"AAPL"})"));
    waitBody(reply.get());
    QVERIFY(reply->error() != QNetworkReply::NoError);
    // The client heard nothing, but the route ran (QNAM's own resend ran it again):
    // exactly why every order carries a client_order_id.
    QVERIFY(m_commits >= 1);
}

void tst_SimHttpServer::malformedBody()
{
    m_server->faults().add(*SimFault::fromSpec(QStringLiteral("malformed=GET /v2/account")));
    std::unique_ptr<QNetworkReply> reply(send("GET", QStringLiteral("/v2/account")));
    const QByteArray body = waitBody(reply.get());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
}

void tst_SimHttpServer::faultSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("json");
    QTest::newRow("status") << QStringLiteral("status:503@2=POST /v2/orders") << true
                            << QStringLiteral(R"({"count":2,"kind":"status","route":"POST /v2/orders","status":503})");
    QTest::newRow("delay") << QStringLiteral("delay:1500") << true
                           << QStringLiteral(R"({"count":1,"delay_ms":1500,"kind":"delay","route":"*"})");
    QTest::newRow("forever") << QStringLiteral("drop-after@-1=POST /v2/orders") << true
                             << QStringLiteral(R"({"count":-1,"kind":"drop-after","route":"POST /v2/orders"})");
    QTest::newRow("close stream") << QStringLiteral("close-stream") << true
                                  << QStringLiteral(R"({"count":1,"kind":"close-stream","route":"*"})");
    QTest::newRow("unknown kind") << QStringLiteral("explode") << false << QString();
    QTest::newRow("bad status") << QStringLiteral("status:200") << false << QString();
    QTest::newRow("arg on drop") << QStringLiteral("drop-before:5") << false << QString();
    QTest::newRow("zero count") << QStringLiteral("status@0") << false << QString();
    QTest::newRow("empty route") << QStringLiteral("status=") << false << QString();
}

void tst_SimHttpServer::faultSpecs()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(QString, json);
    const auto fault = SimFault::fromSpec(spec);
    QCOMPARE(fault.ok(), valid);
    if (!valid) {
        QCOMPARE(fault.error().field, QStringLiteral("--fault"));
        QVERIFY(!fault.error().message.isEmpty());
        return;
    }
    QCOMPARE(QString::fromUtf8(QJsonDocument(fault->toJson()).toJson(QJsonDocument::Compact)), json);
    const auto back = SimFault::fromJson(fault->toJson());
    QVERIFY(back.ok());
    QCOMPARE(*back, *fault);
}

void tst_SimHttpServer::faultCountsAndRoutes()
{
    SimFaultPlan plan;
    plan.add(*SimFault::fromSpec(QStringLiteral("status:500@2=GET /v2/*")));
    plan.add(*SimFault::fromSpec(QStringLiteral("close-stream")));
    QVERIFY(!plan.take(QStringLiteral("POST /v2/orders")));
    QVERIFY(plan.take(QStringLiteral("GET /v2/account")));
    QVERIFY(plan.take(QStringLiteral("GET /v2/orders")));
    QVERIFY(!plan.take(QStringLiteral("GET /v2/account")));
    QVERIFY(plan.takeCloseStream());
    QVERIFY(!plan.takeCloseStream());
    QVERIFY(plan.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SimHttpServer)
#include "tst_simhttpserver.moc"
