// SPDX-License-Identifier: GPL-3.0-or-later
// BrokerFactory: the sim by default, paper with a key pair, and live only through every
// gate — a refused live request sends nothing (a counting loopback server proves it).
#include "testsecret.h"
#include "auditjournal.h"
#include "brokerfactory.h"
#include "brokertestsupport.h"

#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Elson;
using namespace BrokerTest;

namespace {

const QString PaperKey = QStringLiteral("PKFACTORYTESTKEY0WXYZ");
const QString LiveKey = QStringLiteral("AKFACTORYTESTKEY0WXYZ");
const QString Secret = TestSecret::secret(QStringLiteral("factory"));

/** Counts every connection made to it and answers none. */
class CountingServer final : public QTcpServer
{
public:
    int connections = 0;

protected:
    void incomingConnection(qintptr handle) override
    {
        ++connections;
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
    }
};

QProcessEnvironment environmentOf(const QMap<QString, QString> &values)
{
    QProcessEnvironment environment;
    for (auto it = values.begin(); it != values.end(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

} // namespace

class tst_BrokerFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simByDefault();
    void paperWithSimUrls();
    void paperWithoutKeysIsAnError();
    void liveRefusedBeforeAnyRequest_data();
    void liveRefusedBeforeAnyRequest();
    void liveRefusedWhenTheHostRejectsTheKey();
    void liveAllowedWhenEveryGatePasses();
    void createBrokerByName_data();
    void createBrokerByName();
};

void tst_BrokerFactory::simByDefault()
{
    const Result<BrokerFactory::Configuration> configuration =
        BrokerFactory::configurationFrom(QProcessEnvironment());
    QVERIFY(configuration.ok());
    BrokerFactory factory(configuration.value());
    QCOMPARE(factory.defaultMode(), Broker::Mode::Sim);
    const Result<BrokerFactory::BrokerPtr> broker = await(factory.defaultBroker());
    QVERIFY2(broker.ok(), qPrintable(broker.error().toString()));
    QCOMPARE(broker.value()->mode(), Broker::Mode::Sim);
    const Result<Account> account = await(broker.value()->account());
    QVERIFY2(account.ok(), qPrintable(account.error().toString()));
}

void tst_BrokerFactory::paperWithSimUrls()
{
    SimService sim(simOptions(PaperKey, Secret));
    QVERIFY(sim.start().ok());
    const QString url = sim.url().toString();
    const Result<BrokerFactory::Configuration> configuration = BrokerFactory::configurationFrom(
        environmentOf({{QStringLiteral("ALPACA_PAPER_URL"), url},
                       {QStringLiteral("ALPACA_DATA_URL"), url},
                       {QStringLiteral("ALPACA_API_KEY"), PaperKey},
                       {QStringLiteral("ALPACA_SECRET_KEY"), Secret},
                       {QStringLiteral("ELSON_MAX_ORDER_VALUE"), QStringLiteral("1000")}}));
    QVERIFY2(configuration.ok(), qPrintable(configuration.error().toString()));
    QCOMPARE(configuration->limits.maxOrderValue, Decimal::fromInt(1000));
    BrokerFactory factory(configuration.value());
    QCOMPARE(factory.defaultMode(), Broker::Mode::Paper);
    const Result<BrokerFactory::BrokerPtr> broker = await(factory.defaultBroker());
    QVERIFY2(broker.ok(), qPrintable(broker.error().toString()));
    QCOMPARE(broker.value()->mode(), Broker::Mode::Paper);
    QVERIFY(await(broker.value()->account()).ok());

    // The user's limit from the environment reaches the chain.
    Trade big;
    big.symbol = QStringLiteral("AAPL");
    big.quantity = Decimal::fromInt(50);
    const Result<Order> refused = await(broker.value()->executeTrade(big));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().extra.value(QStringLiteral("rule")).toString(),
             QStringLiteral("limits.max_order_value"));
}

void tst_BrokerFactory::paperWithoutKeysIsAnError()
{
    const Result<BrokerFactory::Configuration> configuration = BrokerFactory::configurationFrom(
        environmentOf({{QStringLiteral("DEFAULT_BROKER"), QStringLiteral("alpaca")}}));
    QVERIFY(configuration.ok());
    BrokerFactory factory(configuration.value());
    QCOMPARE(factory.defaultMode(), Broker::Mode::Paper);
    const Result<BrokerFactory::BrokerPtr> broker = await(factory.defaultBroker());
    QVERIFY(!broker.ok());
    QCOMPARE(broker.error().field, QStringLiteral("ALPACA_API_KEY"));
}

void tst_BrokerFactory::liveRefusedBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("liveEnabled");
    QTest::addColumn<QString>("usePaper");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("requested");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<QString>("gate");

    QTest::newRow("development") << "development" << "true" << "false" << LiveKey << true << "LIVE" << "gate.environment";
    QTest::newRow("staging") << "staging" << "true" << "false" << LiveKey << true << "LIVE" << "gate.environment";
    QTest::newRow("live disabled") << "production" << "false" << "false" << LiveKey << true << "LIVE" << "gate.live_disabled";
    QTest::newRow("paper forced") << "production" << "true" << "true" << LiveKey << true << "LIVE" << "gate.paper_forced";
    QTest::newRow("no key") << "production" << "true" << "false" << "" << true << "LIVE" << "gate.credentials_missing";
    QTest::newRow("paper key") << "production" << "true" << "false" << PaperKey << true << "LIVE" << "gate.paper_key";
    QTest::newRow("not requested") << "production" << "true" << "false" << LiveKey << false << "LIVE" << "gate.not_requested";
    QTest::newRow("not confirmed") << "production" << "true" << "false" << LiveKey << true << "" << "gate.not_confirmed";
    QTest::newRow("wrong confirmation") << "production" << "true" << "false" << LiveKey << true << "live" << "gate.not_confirmed";
}

void tst_BrokerFactory::liveRefusedBeforeAnyRequest()
{
    QFETCH(QString, environment);
    QFETCH(QString, liveEnabled);
    QFETCH(QString, usePaper);
    QFETCH(QString, key);
    QFETCH(bool, requested);
    QFETCH(QString, confirmation);
    QFETCH(QString, gate);

    CountingServer live;
    QVERIFY(live.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(live.serverPort());
    QMap<QString, QString> values{{QStringLiteral("ENVIRONMENT"), environment},
                                  {QStringLiteral("LIVE_TRADING_ENABLED"), liveEnabled},
                                  {QStringLiteral("USE_PAPER_TRADING"), usePaper},
                                  {QStringLiteral("ALPACA_LIVE_URL"), url},
                                  {QStringLiteral("ALPACA_PAPER_URL"), url},
                                  {QStringLiteral("ALPACA_DATA_URL"), url}};
    if (!key.isEmpty()) {
        values.insert(QStringLiteral("ALPACA_API_KEY"), key);
        values.insert(QStringLiteral("ALPACA_SECRET_KEY"), Secret);
    }
    const Result<BrokerFactory::Configuration> configuration =
        BrokerFactory::configurationFrom(environmentOf(values));
    QVERIFY2(configuration.ok(), qPrintable(configuration.error().toString()));

    QTemporaryDir dir;
    AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(journal.open().ok());
    BrokerFactory factory(configuration.value());
    factory.setJournal(&journal);

    TradingGate::Request request;
    request.live = requested;
    request.confirmation = confirmation;
    const Result<BrokerFactory::BrokerPtr> broker = await(factory.liveBroker(request));
    QVERIFY(!broker.ok());
    QCOMPARE(broker.error().code, Error::Code::Safety);
    QCOMPARE(broker.error().extra.value(QStringLiteral("rule")).toString(), gate);
    QVERIFY(!broker.error().message.contains(Secret));

    // Give a stray connection every chance to arrive before counting.
    QTest::qWait(50);
    QCoreApplication::processEvents();
    QCOMPARE(live.connections, 0);

    const Result<AuditJournal::Summary> verified = AuditJournal::verify(journal.path());
    QVERIFY(verified.ok());
    QCOMPARE(verified->records, 1);
}

void tst_BrokerFactory::liveRefusedWhenTheHostRejectsTheKey()
{
    // Every offline gate passes, but the live host does not know the key: not validated.
    SimService sim(simOptions(QStringLiteral("AKSOMEOTHERKEY000WXYZ"), QStringLiteral("other-secret-x")));
    QVERIFY(sim.start().ok());
    const QString url = sim.url().toString();
    const Result<BrokerFactory::Configuration> configuration = BrokerFactory::configurationFrom(
        environmentOf({{QStringLiteral("ENVIRONMENT"), QStringLiteral("production")},
                       {QStringLiteral("LIVE_TRADING_ENABLED"), QStringLiteral("true")},
                       {QStringLiteral("USE_PAPER_TRADING"), QStringLiteral("false")},
                       {QStringLiteral("ALPACA_LIVE_URL"), url},
                       {QStringLiteral("ALPACA_API_KEY"), LiveKey},
                       {QStringLiteral("ALPACA_SECRET_KEY"), Secret}}));
    QVERIFY(configuration.ok());
    BrokerFactory factory(configuration.value());
    const Result<BrokerFactory::BrokerPtr> broker =
        await(factory.liveBroker({true, QStringLiteral("LIVE")}));
    QVERIFY(!broker.ok());
    QCOMPARE(broker.error().extra.value(QStringLiteral("rule")).toString(),
             QStringLiteral("gate.not_validated"));
}

void tst_BrokerFactory::liveAllowedWhenEveryGatePasses()
{
    SimService sim(simOptions(LiveKey, Secret));
    QVERIFY(sim.start().ok());
    const QString url = sim.url().toString();
    const Result<BrokerFactory::Configuration> configuration = BrokerFactory::configurationFrom(
        environmentOf({{QStringLiteral("ENVIRONMENT"), QStringLiteral("production")},
                       {QStringLiteral("LIVE_TRADING_ENABLED"), QStringLiteral("true")},
                       {QStringLiteral("USE_PAPER_TRADING"), QStringLiteral("false")},
                       {QStringLiteral("ALPACA_LIVE_URL"), url},
                       {QStringLiteral("ALPACA_DATA_URL"), url},
                       {QStringLiteral("ALPACA_API_KEY"), LiveKey},
                       {QStringLiteral("ALPACA_SECRET_KEY"), Secret}}));
    QVERIFY2(configuration.ok(), qPrintable(configuration.error().toString()));
    BrokerFactory factory(configuration.value());

    // A wrong account number as the confirmation is refused after validation.
    const Result<BrokerFactory::BrokerPtr> mismatch =
        await(factory.liveBroker({true, QStringLiteral("LIVE")}, QStringLiteral("000000000")));
    QVERIFY(!mismatch.ok());
    QCOMPARE(mismatch.error().extra.value(QStringLiteral("rule")).toString(),
             QStringLiteral("gate.not_confirmed"));

    const Result<BrokerFactory::BrokerPtr> broker =
        await(factory.liveBroker({true, QStringLiteral("LIVE")}));
    QVERIFY2(broker.ok(), qPrintable(broker.error().toString()));
    QCOMPARE(broker.value()->mode(), Broker::Mode::Live);
    const Result<Account> liveAccount = await(broker.value()->account());
    QVERIFY2(liveAccount.ok(), qPrintable(liveAccount.error().toString()));

    const Result<BrokerFactory::BrokerPtr> confirmed =
        await(factory.liveBroker({true, QStringLiteral("LIVE")}, liveAccount->accountNumber));
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.error().toString()));

    // The live broker's orders pass the chain's credentials rule (validated) and reach the host.
    Trade trade;
    trade.symbol = QStringLiteral("AAPL");
    trade.quantity = Decimal::fromInt(1);
    const Result<Order> order = await(broker.value()->executeTrade(trade));
    QVERIFY2(order.ok(), qPrintable(order.error().toString()));
}

void tst_BrokerFactory::createBrokerByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("usePaper");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("field");

    QTest::newRow("sim") << "sim" << true << true << "";
    QTest::newRow("SIM any case") << "SIM" << true << true << "";
    QTest::newRow("sim live") << "sim" << false << false << "broker";
    QTest::newRow("alpaca paper without keys") << "alpaca" << true << false << "ALPACA_API_KEY";
    QTest::newRow("alpaca live in development") << "alpaca" << false << false << "ENVIRONMENT";
    QTest::newRow("unknown") << "ibkr" << true << false << "broker";
}

void tst_BrokerFactory::createBrokerByName()
{
    QFETCH(QString, name);
    QFETCH(bool, usePaper);
    QFETCH(bool, ok);
    QFETCH(QString, field);

    BrokerFactory factory(BrokerFactory::configurationFrom(QProcessEnvironment()).value());
    const Result<BrokerFactory::BrokerPtr> broker = await(factory.createBroker(name, usePaper));
    QCOMPARE(broker.ok(), ok);
    if (ok)
        QCOMPARE(broker.value()->mode(), Broker::Mode::Sim);
    else
        QCOMPARE(broker.error().field, field);
}

QTEST_GUILESS_MAIN(tst_BrokerFactory)
#include "tst_brokerfactory.moc"
