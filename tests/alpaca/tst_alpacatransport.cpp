// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP engine against a scripted SimHttpServer on 127.0.0.1: what goes on the wire,
// which answers are retried for which kind of request, redirects refused, the transfer
// timeout measured from sending (not from queueing), and order actions first in line.
#include "alpacatestsupport.h"

#include "alpacaerrors.h"
#include "alpacatransport.h"
#include "ratelimiter.h"
#include "simhttpserver.h"

#include <QPromise>

using namespace Elson;
using namespace AlpacaTest;

class tst_AlpacaTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void whatGoesOnTheWire();
    void retries_data();
    void retries();
    void redirectsAreRefused();
    void burstDoesNotTimeOutInTheQueue();
    void orderActionsGoFirst();

private:
    std::unique_ptr<AlpacaTransport> makeTransport(AlpacaTransport::Options options);
    QFuture<Result<ApiResponse>> send(AlpacaTransport &transport, ApiRequest request);

    std::unique_ptr<SimHttpServer> m_server;
    std::unique_ptr<RecordingScheduler> m_scheduler;
    std::unique_ptr<RateLimiter> m_limiter;
    QUrl m_url;
    QList<int> m_script; ///< statuses /v2/test answers, in turn; 200 when empty
    QList<SimRequest> m_seen;
    QStringList m_arrivals; ///< the "tag" query item of each /v2/queue request, in order
    int m_otherHits = 0;
};

void tst_AlpacaTransport::init()
{
    m_script.clear();
    m_seen.clear();
    m_arrivals.clear();
    m_otherHits = 0;
    SimRouter router;
    const auto scripted = [this](const SimRequest &request) {
        m_seen.append(request);
        const int status = m_script.isEmpty() ? 200 : m_script.takeFirst();
        if (status == 302) {
            SimResponse r;
            r.status = 302;
            r.headers.append(qMakePair(QByteArray("Location"), QByteArray("/v2/other")));
            return r;
        }
        if (status >= 400)
            return SimResponse::error(status, qint64(status) * 100'000, QStringLiteral("scripted"));
        return SimResponse::json(QJsonObject{{QStringLiteral("ok"), true}});
    };
    for (const char *method : {"GET", "POST", "DELETE", "PATCH"})
        router.add(method, QStringLiteral("/v2/test"), scripted);
    router.add("GET", QStringLiteral("/v2/other"), [this](const SimRequest &) {
        ++m_otherHits;
        return SimResponse::json(QJsonObject{});
    });
    router.add("GET", QStringLiteral("/v2/queue"), [this](const SimRequest &request) {
        m_arrivals.append(request.queryValue(QStringLiteral("tag")));
        return SimResponse::json(QJsonObject{});
    });
    m_server = std::make_unique<SimHttpServer>(std::move(router),
                                               SimHttpServer::Credentials{Key, Secret});
    m_server->rateLimiter().setLimit(1'000'000);
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_scheduler = std::make_unique<RecordingScheduler>(0.001);
    m_limiter = std::make_unique<RateLimiter>(1'000'000, m_scheduler.get());
}

void tst_AlpacaTransport::cleanup()
{
    m_server.reset();
    m_limiter.reset();
    m_scheduler.reset();
}

std::unique_ptr<AlpacaTransport> tst_AlpacaTransport::makeTransport(AlpacaTransport::Options options)
{
    options.tradingUrl = m_url;
    options.dataUrl = m_url;
    return std::make_unique<AlpacaTransport>(Credentials(Key, Secret), options, m_scheduler.get(),
                                             m_limiter.get(), m_limiter.get());
}

QFuture<Result<ApiResponse>> tst_AlpacaTransport::send(AlpacaTransport &transport, ApiRequest request)
{
    auto promise = std::make_shared<QPromise<Result<ApiResponse>>>();
    promise->start();
    transport.send(std::move(request), [promise](Result<ApiResponse> r) {
        promise->addResult(std::move(r));
        promise->finish();
    });
    return promise->future();
}

void tst_AlpacaTransport::whatGoesOnTheWire()
{
    auto transport = makeTransport({});
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v2/test");
    request.body = R"({"symbol":"AAPL"})";
    request.addQueryItem(QStringLiteral("at"), QStringLiteral("2026-11-23T10:15:00+01:00"));
    const Result<ApiResponse> r = await(send(*transport, request));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->httpStatus, 200);
    QCOMPARE(r->attempts, 1);
    QVERIFY(!r->header("X-Ratelimit-Limit").isEmpty()); // headers reach the caller
    QCOMPARE(m_seen.size(), 1);
    const SimRequest &seen = m_seen.first();
    QCOMPARE(seen.header("APCA-API-KEY-ID"), Key.toUtf8());
    QCOMPARE(seen.header("APCA-API-SECRET-KEY"), Secret.toUtf8());
    QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
    QVERIFY(seen.header("Content-Type").startsWith("application/json"));
    QVERIFY(seen.header("User-Agent").startsWith("ElsonTerminal/"));
    QCOMPARE(seen.body, request.body);
    // '+' survives the query string instead of turning into a space.
    QCOMPARE(seen.queryValue(QStringLiteral("at")), QStringLiteral("2026-11-23T10:15:00+01:00"));
}

void tst_AlpacaTransport::retries_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<QList<int>>("script");
    QTest::addColumn<int>("finalStatus"); // 200 or the error's status
    QTest::addColumn<int>("calls");

    using L = QList<int>;
    // Idempotent: 502/503/504 retried with backoff, up to maxAttempts (4).
    QTest::newRow("GET 503 503 200") << QByteArray("GET") << true << L{503, 503} << 200 << 3;
    QTest::newRow("GET 504 200") << QByteArray("GET") << true << L{504} << 200 << 2;
    QTest::newRow("GET 502 ×5 gives up at 4") << QByteArray("GET") << true << L{502, 502, 502, 502, 502}
                                              << 502 << 4;
    QTest::newRow("DELETE 503 200") << QByteArray("DELETE") << true << L{503} << 200 << 2;
    QTest::newRow("GET 429 429 200") << QByteArray("GET") << true << L{429, 429} << 200 << 3;
    QTest::newRow("GET 429 ×5 gives up after 3 waits") << QByteArray("GET") << true
                                                       << L{429, 429, 429, 429, 429} << 429 << 4;
    // Answers, never retried.
    QTest::newRow("GET 500") << QByteArray("GET") << true << L{500} << 500 << 1;
    for (const int status : {400, 401, 403, 404, 422}) {
        QTest::addRow("GET %d", status) << QByteArray("GET") << true << L{status} << status << 1;
        QTest::addRow("POST %d", status) << QByteArray("POST") << false << L{status} << status << 1;
    }
    // Not idempotent: only a 429 (refused before it ran) is repeated.
    QTest::newRow("POST 503 not repeated") << QByteArray("POST") << false << L{503} << 503 << 1;
    QTest::newRow("POST 502 not repeated") << QByteArray("POST") << false << L{502} << 502 << 1;
    QTest::newRow("POST 429 then 200") << QByteArray("POST") << false << L{429} << 200 << 2;
    QTest::newRow("PATCH 504 not repeated") << QByteArray("PATCH") << false << L{504} << 504 << 1;
}

void tst_AlpacaTransport::retries()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, idempotent);
    QFETCH(QList<int>, script);
    QFETCH(int, finalStatus);
    QFETCH(int, calls);

    m_script = script;
    auto transport = makeTransport({});
    ApiRequest request;
    request.method = method;
    request.path = QStringLiteral("/v2/test");
    request.retry = idempotent ? ApiRequest::Retry::Idempotent : ApiRequest::Retry::OnlyIfNotProcessed;
    const Result<ApiResponse> r = await(send(*transport, request));
    QCOMPARE(m_seen.size(), calls);
    if (finalStatus == 200) {
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->attempts, calls);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, finalStatus);
        QCOMPARE(r.error().apiCode, qint64(finalStatus) * 100'000);
        QCOMPARE(r.error().message, QStringLiteral("scripted"));
    }
    QCOMPARE(transport->pendingCount(), 0);
}

void tst_AlpacaTransport::redirectsAreRefused()
{
    m_script = {302};
    auto transport = makeTransport({});
    ApiRequest request;
    request.path = QStringLiteral("/v2/test");
    const Result<ApiResponse> r = await(send(*transport, request));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 302);
    QCOMPARE(m_otherHits, 0); // the keys never followed the redirect
}

void tst_AlpacaTransport::burstDoesNotTimeOutInTheQueue()
{
    // Each answer takes 100 ms; 120 of them through 6 connections take two seconds,
    // longer than the timeout. The timeout must count from sending, not from queueing.
    SimFault slow;
    slow.kind = SimFault::Kind::Delay;
    slow.route = QStringLiteral("GET /v2/test");
    slow.count = -1;
    slow.delayMs = 100;
    m_server->faults().add(slow);
    AlpacaTransport::Options options;
    options.transferTimeoutMs = 1'000;
    options.retry.maxAttempts = 1;
    auto transport = makeTransport(options);
    QList<QFuture<Result<ApiResponse>>> futures;
    for (int i = 0; i < 120; ++i) {
        ApiRequest request;
        request.path = QStringLiteral("/v2/test");
        futures.append(send(*transport, request));
    }
    for (const auto &future : futures) {
        const Result<ApiResponse> r = await(future);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    }
    QCOMPARE(m_seen.size(), 120);
}

void tst_AlpacaTransport::orderActionsGoFirst()
{
    // One connection, and it is busy: what waits is served order actions first.
    SimFault slow;
    slow.kind = SimFault::Kind::Delay;
    slow.route = QStringLiteral("GET /v2/queue");
    slow.count = 1;
    slow.delayMs = 300;
    m_server->faults().add(slow);
    AlpacaTransport::Options options;
    options.maxConcurrentPerHost = 1;
    auto transport = makeTransport(options);
    QList<QFuture<Result<ApiResponse>>> futures;
    const auto queue = [&](const QString &tag, RequestPriority priority) {
        ApiRequest request;
        request.path = QStringLiteral("/v2/queue");
        request.addQueryItem(QStringLiteral("tag"), tag);
        request.priority = priority;
        futures.append(send(*transport, request));
    };
    queue(QStringLiteral("busy"), RequestPriority::Refresh);
    queue(QStringLiteral("refresh-1"), RequestPriority::Refresh);
    queue(QStringLiteral("refresh-2"), RequestPriority::Refresh);
    queue(QStringLiteral("order-1"), RequestPriority::Order);
    queue(QStringLiteral("refresh-3"), RequestPriority::Refresh);
    queue(QStringLiteral("order-2"), RequestPriority::Order);
    for (const auto &future : futures)
        QVERIFY(await(future).ok());
    QCOMPARE(m_arrivals, (QStringList{QStringLiteral("busy"), QStringLiteral("order-1"),
                                      QStringLiteral("order-2"), QStringLiteral("refresh-1"),
                                      QStringLiteral("refresh-2"), QStringLiteral("refresh-3")}));
}

QTEST_GUILESS_MAIN(tst_AlpacaTransport)
#include "tst_alpacatransport.moc"
