// SPDX-License-Identifier: GPL-3.0-or-later
// The client-side token bucket: refill, the priority queue (order actions first), the
// observable budget, correction by X-Ratelimit-* headers, and a 429 waited out — both
// in isolation and over real HTTP against the simulator's own 200/min-style limiter.
#include "alpacatestsupport.h"

#include "alpacatransport.h"
#include "ratelimiter.h"
#include "simhttpserver.h"

#include <QPromise>

using namespace Elson;
using namespace AlpacaTest;

class tst_RateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void bucketGrantsThenQueues();
    void orderActionsFirst();
    void remainingIsObservable();
    void remainingHeaderLowersTheBucket_data();
    void remainingHeaderLowersTheBucket();
    void exhaustedHeaderClosesUntilReset();
    void backOffAfter429();
    void destroyedContextIsSkipped();
    void headersAvoid429sOverHttp();
    void burstOver429sOverHttp();

private:
    /** Waits until nothing is queued. */
    bool drained(RateLimiter &limiter);
    QFuture<Result<ApiResponse>> get(AlpacaTransport &transport);

    std::unique_ptr<RecordingScheduler> m_scheduler;
};

void tst_RateLimiter::init()
{
    // One minute passes in 600 ms: refills are quick, yet slow enough that a loaded
    // machine does not refill the bucket between two statements of a test.
    m_scheduler = std::make_unique<RecordingScheduler>(0.01);
}

void tst_RateLimiter::cleanup()
{
    m_scheduler.reset();
}

bool tst_RateLimiter::drained(RateLimiter &limiter)
{
    QSignalSpy changed(&limiter, &RateLimiter::queuedChanged);
    while (limiter.queued() > 0) {
        if (!changed.wait(WaitMs))
            return false;
    }
    return true;
}

void tst_RateLimiter::bucketGrantsThenQueues()
{
    RateLimiter limiter(5, m_scheduler.get());
    QCOMPARE(limiter.limit(), 5);
    QCOMPARE(limiter.remaining(), 5);
    int granted = 0;
    for (int i = 0; i < 5; ++i)
        limiter.acquire(RequestPriority::Refresh, this, [&] { ++granted; });
    QCOMPARE(granted, 5); // synchronously, while tokens last
    QCOMPARE(limiter.remaining(), 0);

    limiter.acquire(RequestPriority::Refresh, this, [&] { ++granted; });
    limiter.acquire(RequestPriority::Refresh, this, [&] { ++granted; });
    QCOMPARE(granted, 5);
    QCOMPARE(limiter.queued(), 2);
    QVERIFY(drained(limiter));
    QCOMPARE(granted, 7);
    // Each waited for a refill: one token per 12 s at 5/min.
    QVERIFY(!m_scheduler->delays().isEmpty());
    QVERIFY(m_scheduler->maxDelay() <= 12'000);
}

void tst_RateLimiter::orderActionsFirst()
{
    RateLimiter limiter(200, m_scheduler.get());
    QStringList order;
    limiter.acquire(RequestPriority::Refresh, this, [&] { order << QStringLiteral("r0"); });
    // The server closed the bucket for a minute: everything from here waits in line.
    limiter.backOff(60'000);
    limiter.acquire(RequestPriority::Refresh, this, [&] { order << QStringLiteral("r1"); });
    limiter.acquire(RequestPriority::Refresh, this, [&] { order << QStringLiteral("r2"); });
    limiter.acquire(RequestPriority::Order, this, [&] { order << QStringLiteral("o1"); });
    limiter.acquire(RequestPriority::Refresh, this, [&] { order << QStringLiteral("r3"); });
    limiter.acquire(RequestPriority::Order, this, [&] { order << QStringLiteral("o2"); });
    QCOMPARE(limiter.queued(), 5);
    QCOMPARE(order, QStringList{QStringLiteral("r0")});
    QVERIFY(drained(limiter));
    QCOMPARE(order, (QStringList{QStringLiteral("r0"), QStringLiteral("o1"), QStringLiteral("o2"),
                                 QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")}));
}

void tst_RateLimiter::remainingIsObservable()
{
    {
        RecordingScheduler realTime(1.0); // no refill during these few statements
        RateLimiter limiter(5, &realTime);
        QSignalSpy remaining(&limiter, &RateLimiter::remainingChanged);
        for (int i = 0; i < 3; ++i)
            limiter.acquire(RequestPriority::Refresh, this, [] {});
        QCOMPARE(remaining.count(), 3);
        QCOMPARE(remaining.at(0).first().toInt(), 4);
        QCOMPARE(remaining.at(2).first().toInt(), 2);
        QCOMPARE(limiter.property("remaining").toInt(), 2);
    }
    // It refills by itself and says so, up to the limit.
    RateLimiter limiter(5, m_scheduler.get());
    QSignalSpy remaining(&limiter, &RateLimiter::remainingChanged);
    for (int i = 0; i < 5; ++i)
        limiter.acquire(RequestPriority::Refresh, this, [] {});
    while (remaining.isEmpty() || remaining.last().first().toInt() < 5)
        QVERIFY(remaining.wait(WaitMs));
    QCOMPARE(limiter.remaining(), 5);
}

void tst_RateLimiter::remainingHeaderLowersTheBucket_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected");
    QTest::newRow("lower") << QByteArray("3") << 3;
    QTest::newRow("higher is ignored") << QByteArray("500") << 10;
    QTest::newRow("garbage is ignored") << QByteArray("lots") << 10;
    QTest::newRow("negative is ignored") << QByteArray("-1") << 10;
    QTest::newRow("missing is ignored") << QByteArray() << 10;
}

void tst_RateLimiter::remainingHeaderLowersTheBucket()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    RecordingScheduler realTime(1.0);
    RateLimiter limiter(10, &realTime);
    limiter.observe(header, QByteArray());
    QCOMPARE(limiter.remaining(), expected);
    QCOMPARE(limiter.blockedForMs(), 0);
}

void tst_RateLimiter::exhaustedHeaderClosesUntilReset()
{
    RateLimiter limiter(200, m_scheduler.get());
    QSignalSpy throttled(&limiter, &RateLimiter::throttled);
    const qint64 reset = m_scheduler->epochMs() / 1000 + 30;
    limiter.observe("0", QByteArray::number(reset));
    QCOMPARE(limiter.remaining(), 0);
    QCOMPARE(throttled.count(), 1);
    // Until the reset (≈30 s) plus the 1 s margin.
    const qint64 wait = throttled.first().first().toLongLong();
    QVERIFY2(wait >= 25'000 && wait <= 31'000, qPrintable(QString::number(wait)));
    bool granted = false;
    limiter.acquire(RequestPriority::Order, this, [&] { granted = true; });
    QVERIFY(!granted);
    QVERIFY(drained(limiter));
    QVERIFY(granted);
    QVERIFY(m_scheduler->maxDelay() >= 25'000);
}

void tst_RateLimiter::backOffAfter429()
{
    RateLimiter limiter(200, m_scheduler.get());
    QSignalSpy throttled(&limiter, &RateLimiter::throttled);
    limiter.backOff(4'000);
    QCOMPARE(throttled.count(), 1);
    QCOMPARE(limiter.remaining(), 0);
    QVERIFY(limiter.blockedForMs() > 0);
    int granted = 0;
    limiter.acquire(RequestPriority::Refresh, this, [&] { ++granted; });
    limiter.acquire(RequestPriority::Order, this, [&] { ++granted; });
    QCOMPARE(granted, 0);
    QVERIFY(drained(limiter));
    QCOMPARE(granted, 2);
    QVERIFY(m_scheduler->delays().contains(4'000) || m_scheduler->maxDelay() >= 3'900);
}

void tst_RateLimiter::destroyedContextIsSkipped()
{
    RateLimiter limiter(1, m_scheduler.get());
    limiter.acquire(RequestPriority::Refresh, this, [] {});
    bool ranForGone = false;
    bool ranForAlive = false;
    {
        QObject gone;
        limiter.acquire(RequestPriority::Order, &gone, [&] { ranForGone = true; });
    }
    limiter.acquire(RequestPriority::Refresh, this, [&] { ranForAlive = true; });
    QVERIFY(drained(limiter));
    QVERIFY(!ranForGone);
    QVERIFY(ranForAlive);
}

QFuture<Result<ApiResponse>> tst_RateLimiter::get(AlpacaTransport &transport)
{
    auto promise = std::make_shared<QPromise<Result<ApiResponse>>>();
    promise->start();
    ApiRequest request;
    request.path = QStringLiteral("/v2/account");
    transport.send(std::move(request), [promise](Result<ApiResponse> r) {
        promise->addResult(std::move(r));
        promise->finish();
    });
    return promise->future();
}

namespace {

struct LimitedServer
{
    std::unique_ptr<SimHttpServer> server;
    QUrl url;
    int served = 0;
    int refused = 0;
};

/** A SimHttpServer allowing @p perMinute requests per window, on the scheduler's time. */
std::unique_ptr<LimitedServer> limitedServer(int perMinute, const RecordingScheduler *scheduler)
{
    auto s = std::make_unique<LimitedServer>();
    SimRouter router;
    router.add("GET", QStringLiteral("/v2/account"), [](const SimRequest &) {
        return SimResponse::json(QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}});
    });
    s->server = std::make_unique<SimHttpServer>(std::move(router),
                                                SimHttpServer::Credentials{Key, Secret});
    s->server->rateLimiter() = SimRateLimiter(perMinute, [scheduler] { return scheduler->epochMs(); });
    QObject::connect(s->server.get(), &SimHttpServer::requestServed, s->server.get(),
                     [raw = s.get()](const QString &, int status) {
                         ++raw->served;
                         raw->refused += status == 429 ? 1 : 0;
                     });
    const quint16 port = s->server->listen(QHostAddress::LocalHost, 0);
    s->url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return s;
}

} // namespace

void tst_RateLimiter::headersAvoid429sOverHttp()
{
    // The server allows 3 per window; the client believes 200. Sent one at a time, the
    // client learns from X-Ratelimit-Remaining and waits for the reset instead of
    // collecting 429s.
    auto server = limitedServer(3, m_scheduler.get());
    RateLimiter limiter(200, m_scheduler.get());
    AlpacaTransport::Options options;
    options.tradingUrl = server->url;
    options.dataUrl = server->url;
    options.maxConcurrentPerHost = 1;
    AlpacaTransport transport(Credentials(Key, Secret), options, m_scheduler.get(), &limiter, &limiter);
    QSignalSpy throttled(&limiter, &RateLimiter::throttled);
    for (int i = 0; i < 7; ++i) {
        const Result<ApiResponse> r = await(get(transport));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    }
    QCOMPARE(server->refused, 0);
    QCOMPARE(server->served, 7);
    QCOMPARE(throttled.count(), 2); // after the 3rd and the 6th
}

void tst_RateLimiter::burstOver429sOverHttp()
{
    // Six at once against a limit of 3: the surplus is refused with 429, waited out
    // (Retry-After/Reset + 1 s), and then served. Nothing fails.
    auto server = limitedServer(3, m_scheduler.get());
    RateLimiter limiter(200, m_scheduler.get());
    AlpacaTransport::Options options;
    options.tradingUrl = server->url;
    options.dataUrl = server->url;
    AlpacaTransport transport(Credentials(Key, Secret), options, m_scheduler.get(), &limiter, &limiter);
    QList<QFuture<Result<ApiResponse>>> futures;
    for (int i = 0; i < 6; ++i)
        futures.append(get(transport));
    for (const auto &f : futures) {
        const Result<ApiResponse> r = await(f);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    }
    QVERIFY(server->refused >= 1);
    QCOMPARE(server->served - server->refused, 6);
    QVERIFY(m_scheduler->maxDelay() >= 1'000);
}

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
