// SPDX-License-Identifier: GPL-3.0-or-later
// The trade_updates stream against the simulator (binary frames) and a scripted server
// (text frames): authenticate and listen, events, refused keys, reconnection after the
// server closes the stream, a connection that goes mute (Stale, then Down, then back),
// backoff while the server is away, backoff that keeps growing while every connection is
// closed soon after it went live (a flapping stream) and starts again only after a stable
// period, and the health signal throughout.
#include "alpacatestsupport.h"
#include "tcpproxy.h"

#include "jsoncodec.h"
#include "simexchange.h"
#include "simhttpserver.h"
#include "tradeupdatesstream.h"
#include "tradingstreammessage.h"

#include <QJsonDocument>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Elson;
using namespace AlpacaTest;

using Health = AlpacaStream::Health;

class tst_TradeUpdatesStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void authenticateListenAndEvents();
    void refusedKeysStopTheStream();
    void textFramesUnknownEventsAndGarbage();
    void reconnectsAfterTheServerClosesTheStream();
    void muteConnectionGoesStaleThenDownThenBack();
    void backsOffWhileTheServerIsAway();
    void backoffGrowsAcrossShortLivedConnections_data();
    void backoffGrowsAcrossShortLivedConnections();
    void backoffStartsAgainOnlyAfterAStablePeriod();
    void stopIsFinal();
    void refusesCleartextToARemoteHost();

private:
    std::unique_ptr<TradeUpdatesStream> makeStream(const QUrl &url, const QString &secret = Secret,
                                                   const AlpacaStream::Options &options = streamOptions());
    QUrl streamUrl(quint16 port = 0) const { return wsUrl(m_service->url(), QStringLiteral("/stream"), port); }
    void closeStreamsNow();

    std::unique_ptr<SimService> m_service;
    std::unique_ptr<RecordingScheduler> m_scheduler;
};

void tst_TradeUpdatesStream::init()
{
    m_service = std::make_unique<SimService>(simOptions());
    const Result<quint16> port = m_service->start();
    QVERIFY2(port.ok(), qPrintable(port.error().toString()));
    m_scheduler = std::make_unique<RecordingScheduler>(StreamScale);
}

void tst_TradeUpdatesStream::cleanup()
{
    m_service.reset();
    m_scheduler.reset();
}

std::unique_ptr<TradeUpdatesStream> tst_TradeUpdatesStream::makeStream(const QUrl &url,
                                                                       const QString &secret,
                                                                       const AlpacaStream::Options &options)
{
    return std::make_unique<TradeUpdatesStream>(url, Credentials(Key, secret), options,
                                                m_scheduler.get());
}

void tst_TradeUpdatesStream::closeStreamsNow()
{
    SimFault close;
    close.kind = SimFault::Kind::CloseStream;
    m_service->httpServer()->faults().add(close);
    m_service->tick();
}

void tst_TradeUpdatesStream::authenticateListenAndEvents()
{
    auto stream = makeStream(streamUrl());
    QSignalSpy connected(stream.get(), &AlpacaStream::connected);
    QSignalSpy reconcile(stream.get(), &AlpacaStream::needsReconcile);
    QSignalSpy reconnected(stream.get(), &AlpacaStream::reconnected);
    QSignalSpy updates(stream.get(), &TradeUpdatesStream::tradeUpdate);
    QCOMPARE(stream->health(), Health::Down);
    stream->start();
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    QCOMPARE(connected.count(), 1);
    QCOMPARE(reconcile.count(), 1); // the first time too: nothing before it was seen
    QCOMPARE(reconnected.count(), 0);

    OrderRequest buy = marketOrder(QStringLiteral("AAPL"), 2);
    buy.clientOrderId = QStringLiteral("stream-1");
    const Result<Order> order = m_service->exchange()->submitOrder(buy);
    QVERIFY(order.ok());
    while (updates.size() < 2)
        QVERIFY(updates.wait(WaitMs));
    const auto first = updates.at(0).first().value<TradeUpdate>();
    const auto last = updates.last().first().value<TradeUpdate>();
    QCOMPARE(first.order.clientOrderId, buy.clientOrderId);
    QCOMPARE(first.event, TradeEvent::New);
    QCOMPARE(last.event, TradeEvent::Fill);
    QCOMPARE(last.qty, std::optional<Decimal>(Decimal::fromInt(2)));
    QCOMPARE(last.positionQty, std::optional<Decimal>(Decimal::fromInt(2)));
    QCOMPARE(stream->health(), Health::Healthy);
}

void tst_TradeUpdatesStream::refusedKeysStopTheStream()
{
    auto stream = makeStream(streamUrl(), QStringLiteral("wrong-secret"));
    QSignalSpy failed(stream.get(), &AlpacaStream::authenticationFailed);
    QSignalSpy reconnecting(stream.get(), &AlpacaStream::reconnectScheduled);
    QSignalSpy connected(stream.get(), &AlpacaStream::connected);
    stream->start();
    QVERIFY(failed.wait(WaitMs));
    const auto error = failed.first().first().value<Error>();
    QCOMPARE(error.code, Error::Code::Unauthorized);
    QVERIFY2(error.message.contains(QStringLiteral("access key verification failed")),
             qPrintable(error.message));
    QVERIFY(!stream->isRunning());
    QCOMPARE(stream->health(), Health::Down);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(reconnecting.count(), 0); // bad keys are not retried
}

void tst_TradeUpdatesStream::textFramesUnknownEventsAndGarbage()
{
    // A server that answers in text frames, as some deployments do.
    QWebSocketServer server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    OrderRequest buy = restingLimit(QStringLiteral("AAPL"), QStringLiteral("100.00"));
    buy.clientOrderId = QStringLiteral("text-1");
    const Order order = m_service->exchange()->submitOrder(buy).value();
    TradeUpdate update;
    update.event = TradeEvent::New;
    update.order = order;
    update.timestamp = order.createdAt;
    const QByteArray newEvent = Json::serialize(TradingStreamMessage{update});
    QByteArray unknownEvent = newEvent;
    unknownEvent.replace("\"event\":\"new\"", "\"event\":\"quantum_fill\"");
    QVERIFY(unknownEvent != newEvent);

    QList<QJsonObject> received;
    std::unique_ptr<QWebSocket> peer;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        peer.reset(server.nextPendingConnection());
        connect(peer.get(), &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            received.append(frame);
            const QString action = frame.value(QStringLiteral("action")).toString();
            if (action == u"authenticate") {
                peer->sendTextMessage(QStringLiteral(
                    R"({"stream":"authorization","data":{"status":"authorized","action":"authenticate"}})"));
            } else if (action == u"listen") {
                peer->sendTextMessage(
                    QStringLiteral(R"({"stream":"listening","data":{"streams":["trade_updates"]}})"));
                peer->sendTextMessage(QString::fromUtf8(unknownEvent)); // logged, ignored
                peer->sendTextMessage(QStringLiteral("this is not json")); // skipped
                peer->sendTextMessage(QString::fromUtf8(newEvent));
                peer->sendBinaryMessage(newEvent);
            }
        });
    });

    QUrl url(QStringLiteral("ws://127.0.0.1/stream"));
    url.setPort(server.serverPort());
    auto stream = makeStream(url);
    QSignalSpy updates(stream.get(), &TradeUpdatesStream::tradeUpdate);
    stream->start();
    while (updates.size() < 2)
        QVERIFY(updates.wait(WaitMs));
    QCOMPARE(updates.size(), 2);
    QCOMPARE(updates.first().first().value<TradeUpdate>(), update);
    QCOMPARE(stream->health(), Health::Healthy);

    // What the client said: authenticate with the keys, then listen to trade_updates.
    QCOMPARE(received.size(), 2);
    const QJsonObject auth = received.at(0).value(QStringLiteral("data")).toObject();
    QCOMPARE(auth.value(QStringLiteral("key_id")).toString(), Key);
    QCOMPARE(auth.value(QStringLiteral("secret_key")).toString(), Secret);
    const QJsonObject listen = received.at(1).value(QStringLiteral("data")).toObject();
    QCOMPARE(listen.value(QStringLiteral("streams")).toArray().first().toString(),
             QStringLiteral("trade_updates"));
}

void tst_TradeUpdatesStream::reconnectsAfterTheServerClosesTheStream()
{
    auto stream = makeStream(streamUrl());
    QSignalSpy reconnected(stream.get(), &AlpacaStream::reconnected);
    QSignalSpy reconcile(stream.get(), &AlpacaStream::needsReconcile);
    QSignalSpy updates(stream.get(), &TradeUpdatesStream::tradeUpdate);
    stream->start();
    QVERIFY(waitForHealth(*stream, Health::Healthy));

    QSignalSpy health(stream.get(), &AlpacaStream::healthChanged);
    closeStreamsNow();
    QVERIFY(waitForHealth(*stream, Health::Down));
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    QCOMPARE(reconnected.count(), 1);
    QCOMPARE(reconcile.count(), 2);
    QCOMPARE(stream->reconnectCount(), 1);
    QCOMPARE(health.first().first().value<Health>(), Health::Down);

    // Listening again: events flow on the new connection.
    QVERIFY(m_service->exchange()->submitOrder(marketOrder(QStringLiteral("MSFT"), 1)).ok());
    QVERIFY(updates.wait(WaitMs));
}

void tst_TradeUpdatesStream::muteConnectionGoesStaleThenDownThenBack()
{
    TcpProxy proxy(m_service->port());
    auto stream = makeStream(streamUrl(proxy.port()));
    QSignalSpy reconnected(stream.get(), &AlpacaStream::reconnected);
    stream->start();
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    QCOMPARE(proxy.accepted(), 1);

    // Connected but mute: no frames, no pongs.
    QSignalSpy health(stream.get(), &AlpacaStream::healthChanged);
    proxy.freezeExisting();
    QVERIFY(waitForHealth(*stream, Health::Stale));
    QVERIFY(waitForHealth(*stream, Health::Down));
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    QCOMPARE(health.at(0).first().value<Health>(), Health::Stale);
    QCOMPARE(health.at(1).first().value<Health>(), Health::Down);
    QCOMPARE(reconnected.count(), 1);
    QCOMPARE(proxy.accepted(), 2);
}

void tst_TradeUpdatesStream::backsOffWhileTheServerIsAway()
{
    TcpProxy proxy(m_service->port());
    proxy.setRefusing(true);
    auto stream = makeStream(streamUrl(proxy.port()));
    QSignalSpy reconnecting(stream.get(), &AlpacaStream::reconnectScheduled);
    stream->start();
    while (reconnecting.size() < 5)
        QVERIFY(reconnecting.wait(WaitMs));
    // Steps 1, 2, 4, 8 (the cap), 8 s; with the scheduler's jitter of 0.5, ¾ of each.
    const QList<qint64> expected{750, 1'500, 3'000, 6'000, 6'000};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(reconnecting.at(i).at(0).toLongLong(), expected.at(i));
        QCOMPARE(reconnecting.at(i).at(1).toInt(), i + 1);
    }
    QCOMPARE(stream->health(), Health::Down);

    proxy.setRefusing(false);
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    // Live again, and once it has stayed healthy the next loss starts from the first step.
    QTRY_COMPARE_WITH_TIMEOUT(stream->backoffAttempts(), 0, WaitMs);
    reconnecting.clear();
    closeStreamsNow();
    QVERIFY(reconnecting.wait(WaitMs));
    QCOMPARE(reconnecting.first().at(1).toInt(), 1);
}

void tst_TradeUpdatesStream::backoffGrowsAcrossShortLivedConnections_data()
{
    QTest::addColumn<qint64>("stableAfterMs");
    QTest::addColumn<QList<int>>("attempts");
    QTest::addColumn<QList<qint64>>("delays");
    // Steps 1, 2, 4, 8 s (the cap), ¾ of each with the scheduler's jitter of 0.5.
    QTest::newRow("flapping keeps backing off")
        << qint64(600'000) << QList<int>{1, 2, 3, 4, 5}
        << QList<qint64>{750, 1'500, 3'000, 6'000, 6'000};
    // stableAfterMs 0: every connection that goes live counts as stable (the old behaviour).
    QTest::newRow("no stable period: reset on every connection")
        << qint64(0) << QList<int>{1, 1, 1, 1, 1} << QList<qint64>{750, 750, 750, 750, 750};
}

void tst_TradeUpdatesStream::backoffGrowsAcrossShortLivedConnections()
{
    QFETCH(qint64, stableAfterMs);
    QFETCH(QList<int>, attempts);
    QFETCH(QList<qint64>, delays);
    AlpacaStream::Options options = streamOptions();
    options.stableAfterMs = stableAfterMs;
    auto stream = makeStream(streamUrl(), Secret, options);
    QSignalSpy reconnecting(stream.get(), &AlpacaStream::reconnectScheduled);
    QSignalSpy reconnected(stream.get(), &AlpacaStream::reconnected);
    stream->start();
    // Each connection goes live (authenticated and listening), then the exchange closes it.
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        QVERIFY(waitForHealth(*stream, Health::Healthy));
        closeStreamsNow();
        QVERIFY(reconnecting.size() > i || reconnecting.wait(WaitMs));
        QCOMPARE(reconnecting.at(i).at(1).toInt(), attempts.at(i));
        QCOMPARE(reconnecting.at(i).at(0).toLongLong(), delays.at(i));
        QCOMPARE(stream->backoffAttempts(), attempts.at(i));
    }
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    QCOMPARE(reconnecting.size(), attempts.size());
    QCOMPARE(reconnected.size(), attempts.size()); // every one of them was a live connection
}

void tst_TradeUpdatesStream::backoffStartsAgainOnlyAfterAStablePeriod()
{
    AlpacaStream::Options options = streamOptions();
    options.stableAfterMs = 50'000; // 1 s at the test scale
    auto stream = makeStream(streamUrl(), Secret, options);
    QSignalSpy reconnecting(stream.get(), &AlpacaStream::reconnectScheduled);
    stream->start();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(waitForHealth(*stream, Health::Healthy));
        closeStreamsNow();
        QVERIFY(reconnecting.size() > i || reconnecting.wait(WaitMs));
    }
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    // Live and authenticated is not yet stable: the count stands...
    QCOMPARE(stream->backoffAttempts(), 3);
    // ...until the connection has been healthy for stableAfterMs (the scheduler asked for it).
    QVERIFY(m_scheduler->delays().contains(options.stableAfterMs));
    QTRY_COMPARE_WITH_TIMEOUT(stream->backoffAttempts(), 0, WaitMs);
    QCOMPARE(stream->health(), Health::Healthy);
    QCOMPARE(reconnecting.size(), 3);
    // The next loss starts from the first step again.
    closeStreamsNow();
    QVERIFY(reconnecting.wait(WaitMs));
    QCOMPARE(reconnecting.constLast().at(1).toInt(), 1);
    QCOMPARE(reconnecting.constLast().at(0).toLongLong(), qint64(750));
}

void tst_TradeUpdatesStream::stopIsFinal()
{
    auto stream = makeStream(streamUrl());
    QSignalSpy reconnecting(stream.get(), &AlpacaStream::reconnectScheduled);
    stream->start();
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    stream->stop();
    QCOMPARE(stream->health(), Health::Down);
    QVERIFY(!stream->isRunning());
    QCOMPARE(reconnecting.count(), 0);
    // It can be started again, and goes live as a first connection would.
    QSignalSpy connected(stream.get(), &AlpacaStream::connected);
    stream->start();
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    QCOMPARE(connected.count(), 1);
    QCOMPARE(reconnecting.count(), 0);
}

void tst_TradeUpdatesStream::refusesCleartextToARemoteHost()
{
    auto stream = makeStream(QUrl(QStringLiteral("ws://paper-api.alpaca.markets/stream")));
    QSignalSpy errors(stream.get(), &AlpacaStream::errorOccurred);
    stream->start();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().value<Error>().code, Error::Code::Validation);
    QVERIFY(!stream->isRunning());
}

QTEST_GUILESS_MAIN(tst_TradeUpdatesStream)
#include "tst_tradeupdatesstream.moc"
