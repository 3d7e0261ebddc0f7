// SPDX-License-Identifier: GPL-3.0-or-later
// The market-data stream against the simulator's /v2/iex: connected → auth →
// subscribe, data batches, adding and removing channels, refused keys (402), the
// one-connection limit (406: wait longer), resubscription after a reconnect, and a
// mute connection detected by the heartbeat.
#include "alpacatestsupport.h"
#include "tcpproxy.h"

#include "marketdatastream.h"
#include "simclock.h"
#include "simhttpserver.h"

#include <QJsonDocument>
#include <QWebSocket>

using namespace Elson;
using namespace AlpacaTest;

using Health = AlpacaStream::Health;

class tst_MarketDataStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void authenticateSubscribeAndReceive();
    void addAndRemoveChannels();
    void noChannelsIsLiveAfterAuth();
    void refusedKeysStopTheStream();
    void connectionLimitWaitsLonger();
    void resubscribesAfterAReconnect();
    void muteConnectionIsDetected();

private:
    std::unique_ptr<MarketDataStream> makeStream(const QString &secret = Secret, quint16 port = 0);
    void closeStreamsNow();
    /** Advances the market until @p spy holds a batch with a @p type message for @p symbol. */
    bool waitForData(QSignalSpy &spy, MarketDataMessageType type, const QString &symbol);

    std::unique_ptr<SimService> m_service;
    std::unique_ptr<RecordingScheduler> m_scheduler;
};

namespace {

MarketDataSubscription quotesOf(const QStringList &symbols)
{
    MarketDataSubscription s;
    s.quotes = symbols;
    return s;
}

QString symbolOf(const MarketDataMessage &message)
{
    if (const auto *q = std::get_if<Quote>(&message.payload))
        return q->symbol;
    if (const auto *t = std::get_if<MarketTrade>(&message.payload))
        return t->symbol;
    if (const auto *b = std::get_if<Bar>(&message.payload))
        return b->symbol;
    return {};
}

} // namespace

void tst_MarketDataStream::init()
{
    m_service = std::make_unique<SimService>(simOptions());
    const Result<quint16> port = m_service->start();
    QVERIFY2(port.ok(), qPrintable(port.error().toString()));
    m_scheduler = std::make_unique<RecordingScheduler>(StreamScale);
}

void tst_MarketDataStream::cleanup()
{
    m_service.reset();
    m_scheduler.reset();
}

std::unique_ptr<MarketDataStream> tst_MarketDataStream::makeStream(const QString &secret, quint16 port)
{
    return std::make_unique<MarketDataStream>(wsUrl(m_service->url(), QStringLiteral("/v2/iex"), port),
                                              Credentials(Key, secret), streamOptions(),
                                              m_scheduler.get());
}

void tst_MarketDataStream::closeStreamsNow()
{
    SimFault close;
    close.kind = SimFault::Kind::CloseStream;
    m_service->httpServer()->faults().add(close);
    m_service->tick();
}

bool tst_MarketDataStream::waitForData(QSignalSpy &spy, MarketDataMessageType type,
                                       const QString &symbol)
{
    for (int round = 0; round < 50; ++round) {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            const auto batch = args.first().value<QList<MarketDataMessage>>();
            for (const MarketDataMessage &m : batch) {
                if (m.type == type && symbolOf(m) == symbol)
                    return true;
            }
        }
        spy.clear();
        m_service->clock()->advance(61LL * 1'000'000'000); // a minute of market: quotes, prints, a bar
        if (spy.isEmpty() && !spy.wait(WaitMs))
            return false;
    }
    return false;
}

void tst_MarketDataStream::authenticateSubscribeAndReceive()
{
    auto stream = makeStream();
    MarketDataSubscription wanted;
    wanted.quotes = {QStringLiteral("AAPL")};
    wanted.trades = {QStringLiteral("AAPL")};
    wanted.bars = {QStringLiteral("AAPL")};
    stream->subscribe(wanted); // before connecting: sent once authenticated
    QSignalSpy subscription(stream.get(), &MarketDataStream::subscriptionChanged);
    QSignalSpy data(stream.get(), &MarketDataStream::dataReceived);
    QSignalSpy reconcile(stream.get(), &AlpacaStream::needsReconcile);
    stream->start();
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    QCOMPARE(subscription.count(), 1);
    const auto confirmed = subscription.first().first().value<MarketDataSubscription>();
    QCOMPARE(confirmed.quotes, wanted.quotes);
    QCOMPARE(confirmed.trades, wanted.trades);
    QCOMPARE(confirmed.bars, wanted.bars);
    QCOMPARE(stream->subscription(), confirmed);
    QCOMPARE(reconcile.count(), 1);

    QVERIFY(waitForData(data, MarketDataMessageType::Quote, QStringLiteral("AAPL")));
    QVERIFY(waitForData(data, MarketDataMessageType::Bar, QStringLiteral("AAPL")));
    QVERIFY(waitForData(data, MarketDataMessageType::Trade, QStringLiteral("AAPL")));
}

void tst_MarketDataStream::addAndRemoveChannels()
{
    auto stream = makeStream();
    stream->subscribe(quotesOf({QStringLiteral("AAPL")}));
    stream->start();
    QVERIFY(waitForHealth(*stream, Health::Healthy));

    QSignalSpy subscription(stream.get(), &MarketDataStream::subscriptionChanged);
    stream->subscribe(quotesOf({QStringLiteral("MSFT")}));
    QVERIFY(subscription.wait(WaitMs));
    QCOMPARE(stream->subscription().quotes, (QStringList{QStringLiteral("AAPL"), QStringLiteral("MSFT")}));

    stream->unsubscribe(quotesOf({QStringLiteral("AAPL")}));
    QVERIFY(subscription.wait(WaitMs));
    QCOMPARE(stream->subscription().quotes, QStringList{QStringLiteral("MSFT")});
    QCOMPARE(stream->wanted().quotes, QStringList{QStringLiteral("MSFT")});

    QSignalSpy data(stream.get(), &MarketDataStream::dataReceived);
    QVERIFY(waitForData(data, MarketDataMessageType::Quote, QStringLiteral("MSFT")));
}

void tst_MarketDataStream::noChannelsIsLiveAfterAuth()
{
    auto stream = makeStream();
    QSignalSpy subscription(stream.get(), &MarketDataStream::subscriptionChanged);
    stream->start();
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    QCOMPARE(subscription.count(), 0);
}

void tst_MarketDataStream::refusedKeysStopTheStream()
{
    auto stream = makeStream(QStringLiteral("wrong-secret"));
    QSignalSpy failed(stream.get(), &AlpacaStream::authenticationFailed);
    QSignalSpy reconnecting(stream.get(), &AlpacaStream::reconnectScheduled);
    stream->start();
    QVERIFY(failed.wait(WaitMs));
    const auto error = failed.first().first().value<Error>();
    QCOMPARE(error.code, Error::Code::Unauthorized);
    QCOMPARE(error.apiCode, 402);
    QVERIFY(!stream->isRunning());
    QCOMPARE(stream->health(), Health::Down);
    QCOMPARE(reconnecting.count(), 0);
}

void tst_MarketDataStream::connectionLimitWaitsLonger()
{
    // Another client of the same account holds the feed's one connection.
    QWebSocket other;
    QSignalSpy otherFrames(&other, &QWebSocket::textMessageReceived);
    other.open(wsUrl(m_service->url(), QStringLiteral("/v2/iex")));
    QVERIFY(otherFrames.wait(WaitMs)); // "connected"
    other.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
        {QStringLiteral("action"), QStringLiteral("auth")}, {QStringLiteral("key"), Key},
        {QStringLiteral("secret"), Secret}}).toJson(QJsonDocument::Compact)));
    while (!otherFrames.last().first().toString().contains(QStringLiteral("authenticated")))
        QVERIFY(otherFrames.wait(WaitMs));

    auto stream = makeStream();
    QSignalSpy errors(stream.get(), &AlpacaStream::errorOccurred);
    QSignalSpy reconnecting(stream.get(), &AlpacaStream::reconnectScheduled);
    stream->start();
    QVERIFY(reconnecting.wait(WaitMs));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().value<Error>().apiCode, 406);
    QVERIFY(reconnecting.first().first().toLongLong() >= stream->options().connectionLimitWaitMs);
    QCOMPARE(stream->health(), Health::Down);

    // Once the other connection is gone, the stream gets in.
    other.close();
    QVERIFY(waitForHealth(*stream, Health::Healthy));
}

void tst_MarketDataStream::resubscribesAfterAReconnect()
{
    auto stream = makeStream();
    stream->subscribe(quotesOf({QStringLiteral("AAPL")}));
    stream->start();
    QVERIFY(waitForHealth(*stream, Health::Healthy));

    QSignalSpy subscription(stream.get(), &MarketDataStream::subscriptionChanged);
    QSignalSpy reconnected(stream.get(), &AlpacaStream::reconnected);
    closeStreamsNow();
    QVERIFY(waitForHealth(*stream, Health::Down));
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    QCOMPARE(reconnected.count(), 1);
    QCOMPARE(subscription.count(), 1); // the whole set again, on the new connection
    QCOMPARE(subscription.first().first().value<MarketDataSubscription>().quotes,
             QStringList{QStringLiteral("AAPL")});
    QSignalSpy data(stream.get(), &MarketDataStream::dataReceived);
    QVERIFY(waitForData(data, MarketDataMessageType::Quote, QStringLiteral("AAPL")));
}

void tst_MarketDataStream::muteConnectionIsDetected()
{
    TcpProxy proxy(m_service->port());
    auto stream = makeStream(Secret, proxy.port());
    stream->subscribe(quotesOf({QStringLiteral("AAPL")}));
    QSignalSpy reconnected(stream.get(), &AlpacaStream::reconnected);
    stream->start();
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    proxy.freezeExisting();
    QVERIFY(waitForHealth(*stream, Health::Stale));
    QVERIFY(waitForHealth(*stream, Health::Down));
    // The frozen connection was closed (the proxy passes that on), so the sim's
    // one-connection limit lets the new one in.
    QVERIFY(waitForHealth(*stream, Health::Healthy));
    QCOMPARE(reconnected.count(), 1);
    QCOMPARE(stream->subscription().quotes, QStringList{QStringLiteral("AAPL")});
}

QTEST_GUILESS_MAIN(tst_MarketDataStream)
#include "tst_marketdatastream.moc"
