// SPDX-License-Identifier: GPL-3.0-or-later
// TradingSession and KillSwitch against the in-process exchange on 127.0.0.1: the
// default mode, the live gates through the session (refused and granted, with the
// sim standing in for the live host), and the kill switch's effect on the exchange.
#include "../broker/brokertestsupport.h"
#include "auditjournal.h"
#include "killswitch.h"
#include "simbroker.h"
#include "tradingsession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Elson;
using namespace BrokerTest;

namespace {

const QString LiveKey = QStringLiteral("AKSESSIONTESTKEY0WXYZ");
const QString Secret = QStringLiteral("session-test-secret-never-logged");

QProcessEnvironment environmentOf(const QMap<QString, QString> &values)
{
    QProcessEnvironment environment;
    for (auto it = values.begin(); it != values.end(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

QStringList journalActions(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList actions;
    while (!file.atEnd()) {
        const QJsonObject record = QJsonDocument::fromJson(file.readLine()).object();
        actions.append(record.value(QStringLiteral("action")).toString());
    }
    return actions;
}

} // namespace

class tst_TradingSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnTheSimulatorWithoutKeys();
    void liveRefusedByTheGatesKeepsTheMode();
    void liveGrantedThroughEveryGateAndBack();
    void killSwitchCancelsClosesAndLocks();
};

void tst_TradingSession::startsOnTheSimulatorWithoutKeys()
{
    QTemporaryDir dir;
    const Result<BrokerFactory::Configuration> configuration =
        BrokerFactory::configurationFrom(QProcessEnvironment());
    QVERIFY(configuration.ok());
    TradingSession session(configuration.value(), dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(session.openJournal().ok());
    QSignalSpy changed(&session, &TradingSession::brokerChanged);
    const Result<Broker::Mode> mode = await(session.start());
    QVERIFY2(mode.ok(), qPrintable(mode.error().toString()));
    QCOMPARE(mode.value(), Broker::Mode::Sim);
    QCOMPARE(session.mode(), Broker::Mode::Sim);
    QCOMPARE(changed.size(), 1);
    QVERIFY(session.client() != nullptr);
    QVERIFY(await(session.broker()->account()).ok());
}

void tst_TradingSession::liveRefusedByTheGatesKeepsTheMode()
{
    QTemporaryDir dir;
    // Development environment: the environment gate refuses before any request.
    const Result<BrokerFactory::Configuration> configuration = BrokerFactory::configurationFrom(
        environmentOf({{QStringLiteral("ALPACA_API_KEY"), LiveKey},
                       {QStringLiteral("ALPACA_SECRET_KEY"), Secret},
                       {QStringLiteral("DEFAULT_BROKER"), QStringLiteral("sim")}}));
    QVERIFY(configuration.ok());
    const QString journal = dir.filePath(QStringLiteral("audit.jsonl"));
    TradingSession session(configuration.value(), journal);
    QVERIFY(session.openJournal().ok());
    QVERIFY(await(session.start()).ok());
    QCOMPARE(session.mode(), Broker::Mode::Sim);

    const TradingGate::Evaluation evaluation = session.evaluateLive();
    QCOMPARE(evaluation.firstFailure(), std::optional(TradingGate::Gate::Environment));

    QSignalSpy modeChanged(&session, &TradingSession::modeChanged);
    const Result<Broker::Mode> live = await(session.requestLive(QStringLiteral("123456789")));
    QVERIFY(!live.ok());
    QCOMPARE(live.error().extra.value(QStringLiteral("rule")).toString(),
             QStringLiteral("gate.environment"));
    QCOMPARE(session.mode(), Broker::Mode::Sim);
    QCOMPARE(modeChanged.size(), 0);
    QVERIFY(AuditJournal::verify(journal).ok());
}

void tst_TradingSession::liveGrantedThroughEveryGateAndBack()
{
    QTemporaryDir dir;
    SimService sim(simOptions(LiveKey, Secret));
    QVERIFY(sim.start().ok());
    const QString url = sim.url().toString();
    // The loopback exchange stands in for both hosts; nothing leaves 127.0.0.1.
    const Result<BrokerFactory::Configuration> configuration = BrokerFactory::configurationFrom(
        environmentOf({{QStringLiteral("ENVIRONMENT"), QStringLiteral("production")},
                       {QStringLiteral("LIVE_TRADING_ENABLED"), QStringLiteral("true")},
                       {QStringLiteral("USE_PAPER_TRADING"), QStringLiteral("false")},
                       {QStringLiteral("ALPACA_LIVE_URL"), url},
                       {QStringLiteral("ALPACA_PAPER_URL"), url},
                       {QStringLiteral("ALPACA_DATA_URL"), url},
                       {QStringLiteral("ALPACA_API_KEY"), LiveKey},
                       {QStringLiteral("ALPACA_SECRET_KEY"), Secret}}));
    QVERIFY2(configuration.ok(), qPrintable(configuration.error().toString()));
    const QString journal = dir.filePath(QStringLiteral("audit.jsonl"));
    TradingSession session(configuration.value(), journal);
    QVERIFY(session.openJournal().ok());
    const Result<Broker::Mode> started = await(session.start());
    QVERIFY2(started.ok(), qPrintable(started.error().toString()));
    QVERIFY(started.value() != Broker::Mode::Live); // never live at start

    // A wrong account number is refused after validation; the mode does not change.
    const Result<Broker::Mode> wrong = await(session.requestLive(QStringLiteral("000000000")));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().extra.value(QStringLiteral("rule")).toString(),
             QStringLiteral("gate.not_confirmed"));
    QCOMPARE(session.mode(), started.value());

    // Nothing typed: not confirmed either.
    QVERIFY(!await(session.requestLive(QString())).ok());

    const Result<Account> account = await(session.broker()->account());
    QVERIFY(account.ok());
    QSignalSpy modeChanged(&session, &TradingSession::modeChanged);
    const Result<Broker::Mode> live = await(session.requestLive(account->accountNumber));
    QVERIFY2(live.ok(), qPrintable(live.error().toString()));
    QCOMPARE(session.mode(), Broker::Mode::Live);
    QCOMPARE(modeChanged.size(), 1);

    const Result<Broker::Mode> back = await(session.leaveLive());
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QCOMPARE(session.mode(), started.value());
    QCOMPARE(modeChanged.size(), 2);
    QVERIFY(AuditJournal::verify(journal).ok());
}

void tst_TradingSession::killSwitchCancelsClosesAndLocks()
{
    QTemporaryDir dir;
    const Result<BrokerFactory::Configuration> configuration =
        BrokerFactory::configurationFrom(QProcessEnvironment());
    QVERIFY(configuration.ok());
    const QString journal = dir.filePath(QStringLiteral("audit.jsonl"));
    TradingSession session(configuration.value(), journal);
    QVERIFY(session.openJournal().ok());
    Result<std::unique_ptr<SimBroker>> created = SimBroker::create(simOptions());
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    BrokerFactory::BrokerPtr broker(std::move(created.value()));
    session.setBroker(broker);

    // One filled position and one working order on the exchange.
    Trade buy;
    buy.symbol = QStringLiteral("AAPL");
    buy.quantity = Decimal::fromInt(3);
    const Result<Order> filled = await(broker->executeTrade(buy));
    QVERIFY2(filled.ok(), qPrintable(filled.error().toString()));
    Trade resting;
    resting.symbol = QStringLiteral("MSFT");
    resting.quantity = Decimal::fromInt(1);
    resting.orderType = OrderType::Limit;
    resting.limitPrice = Decimal::fromInt(1);
    const Result<Order> working = await(broker->executeTrade(resting, {QStringLiteral("limits.price_collar")}));
    QVERIFY2(working.ok(), qPrintable(working.error().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!await(broker->positions()).value().isEmpty(), WaitMs);

    KillSwitch killSwitch(&session);
    QSignalSpy finished(&killSwitch, &KillSwitch::finished);
    QSignalSpy locked(&session, &TradingSession::entryLockChanged);
    killSwitch.engage();
    QVERIFY(session.isEntryLocked());
    QVERIFY(finished.wait(WaitMs));
    const auto outcome = finished.first().first().value<KillSwitch::Outcome>();
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(outcome.ordersCancelled >= 1);
    QVERIFY(outcome.positionsClosed >= 1);
    QCOMPARE(locked.size(), 1);

    OrderListQuery open;
    open.status = OrderListQuery::Status::Open;
    QTRY_VERIFY_WITH_TIMEOUT(await(broker->orders(open)).value().isEmpty(), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(await(broker->positions()).value().isEmpty(), WaitMs);
    QVERIFY(session.isEntryLocked());

    killSwitch.rearm();
    QVERIFY(!session.isEntryLocked());
    const QStringList actions = journalActions(journal);
    QVERIFY(actions.contains(QStringLiteral("entry.lock")));
    QVERIFY(actions.contains(QStringLiteral("killswitch.engage")));
    QVERIFY(actions.contains(QStringLiteral("killswitch.done")));
    QVERIFY(actions.contains(QStringLiteral("entry.rearm")));
    QVERIFY(AuditJournal::verify(journal).ok());
}

QTEST_GUILESS_MAIN(tst_TradingSession)
#include "tst_tradingsession.moc"
