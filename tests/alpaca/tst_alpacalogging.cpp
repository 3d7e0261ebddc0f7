// SPDX-License-Identifier: GPL-3.0-or-later
// Every elson.alpaca.* message, at every level, captured with qInstallMessageHandler
// while keys are accepted and refused over REST and on both streams, while orders
// meet faults: the secret key never appears, and the key id only masked.
#include "alpacatestsupport.h"

#include "marketdatastream.h"
#include "simhttpserver.h"
#include "tradeupdatesstream.h"

#include <QLoggingCategory>
#include <QMutex>

using namespace Elson;
using namespace AlpacaTest;

namespace {

QMutex capturedMutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&capturedMutex);
        captured.append(QString::fromLatin1(context.category ? context.category : "") + u' '
                        + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

const QString WrongSecret = QStringLiteral("wrong-secret-also-never-logged-1234");

} // namespace

class tst_AlpacaLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secretsNeverLogged();
};

void tst_AlpacaLogging::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("elson.*=true"));
    previousHandler = qInstallMessageHandler(capture);
}

void tst_AlpacaLogging::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void tst_AlpacaLogging::secretsNeverLogged()
{
    SimService service(simOptions());
    QVERIFY(service.start().ok());
    RecordingScheduler scheduler(StreamScale);

    // REST: refused, then accepted, then an order through faults (retries, lookups).
    AlpacaClient wrong(Credentials(Key, WrongSecret), clientOptions(service.url()), &scheduler, nullptr);
    QCOMPARE(await(wrong.account()).error().code, Error::Code::Unauthorized);
    AlpacaClient client(Credentials(Key, Secret), clientOptions(service.url()), &scheduler, nullptr);
    QVERIFY(await(client.account()).ok());
    SimFault drop;
    drop.kind = SimFault::Kind::DropAfterCommit;
    drop.route = QStringLiteral("POST /v2/orders");
    service.httpServer()->faults().add(drop);
    SimFault unavailable;
    unavailable.kind = SimFault::Kind::Status;
    unavailable.status = 503;
    unavailable.route = QStringLiteral("GET /v2/orders:by_client_order_id");
    service.httpServer()->faults().add(unavailable);
    QVERIFY(await(client.submitOrder(marketOrder(QStringLiteral("AAPL"), 1))).ok());

    // Streams: refused, then accepted.
    for (const QString &secret : {WrongSecret, Secret}) {
        TradeUpdatesStream trades(wsUrl(service.url(), QStringLiteral("/stream")),
                                  Credentials(Key, secret), streamOptions(), &scheduler);
        MarketDataStream data(wsUrl(service.url(), QStringLiteral("/v2/iex")), Credentials(Key, secret),
                              streamOptions(), &scheduler);
        QSignalSpy tradesFailed(&trades, &AlpacaStream::authenticationFailed);
        QSignalSpy dataFailed(&data, &AlpacaStream::authenticationFailed);
        trades.start();
        data.start();
        if (secret == WrongSecret) {
            QVERIFY(tradesFailed.count() > 0 || tradesFailed.wait(WaitMs));
            QVERIFY(dataFailed.count() > 0 || dataFailed.wait(WaitMs));
        } else {
            QVERIFY(waitForHealth(trades, AlpacaStream::Health::Healthy));
            QVERIFY(waitForHealth(data, AlpacaStream::Health::Healthy));
        }
        trades.stop();
        data.stop();
    }

    QMutexLocker lock(&capturedMutex);
    QVERIFY(captured.size() > 10); // the logging really ran
    bool sawMaskedKey = false;
    for (const QString &line : std::as_const(captured)) {
        QVERIFY2(!line.contains(Secret), qPrintable(line));
        QVERIFY2(!line.contains(WrongSecret), qPrintable(line));
        if (line.startsWith(QStringLiteral("elson.alpaca")))
            QVERIFY2(!line.contains(Key), qPrintable(line)); // masked, never whole
        sawMaskedKey = sawMaskedKey || line.contains(Credentials::mask(Key));
    }
    QVERIFY(sawMaskedKey);
}

QTEST_GUILESS_MAIN(tst_AlpacaLogging)
#include "tst_alpacalogging.moc"
