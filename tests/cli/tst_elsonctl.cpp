// SPDX-License-Identifier: GPL-3.0-or-later
// The real elsonctl binary against a simulator started here, reached through the same
// environment variables a user sets for Alpaca's paper host.
#include "auditjournal.h"
#include "simexchange.h"
#include "simservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Elson;

namespace {

const QString Key = QStringLiteral("PKELSONCTLTESTKEY0WXYZ");
const QString Secret = QStringLiteral("elsonctl-test-secret-never-printed");

/** "a b c" → {"a", "b", "c"}. */
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ');
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_Elsonctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void account();
    void orderCancelAndVerify();
    void refusalSendsNothing();
    void badFlags_data();
    void badFlags();
    void modeWithoutCredentials();

private:
    Run run(const QStringList &args, bool withCredentials = true);
    qsizetype ordersAtExchange() const;

    std::unique_ptr<SimService> m_sim;
    QTemporaryDir m_dir;
    QString m_journal;
};

void tst_Elsonctl::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ELSONCTL_PATH)));
    QVERIFY(m_dir.isValid());
    m_journal = m_dir.filePath(QStringLiteral("audit.jsonl"));
    SimService::Options options;
    options.keyId = Key;
    options.secretKey = Secret;
    options.clock = QStringLiteral("fixed:2026-11-23T10:15:00-05:00"); // a Monday, open
    options.partialFillPercent = 0;
    m_sim = std::make_unique<SimService>(options);
    QVERIFY(m_sim->start().ok());
}

void tst_Elsonctl::cleanupTestCase() { m_sim.reset(); }

Run tst_Elsonctl::run(const QStringList &args, bool withCredentials)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("ALPACA_API_KEY"), QStringLiteral("ALPACA_SECRET_KEY"),
                                QStringLiteral("APCA_API_KEY_ID"), QStringLiteral("APCA_API_SECRET_KEY"),
                                QStringLiteral("DEFAULT_BROKER"), QStringLiteral("ENVIRONMENT")})
        environment.remove(name);
    environment.insert(QStringLiteral("ELSON_AUDIT_LOG"), m_journal);
    if (withCredentials) {
        const QString url = m_sim->url().toString();
        environment.insert(QStringLiteral("ALPACA_PAPER_URL"), url);
        environment.insert(QStringLiteral("ALPACA_DATA_URL"), url);
        environment.insert(QStringLiteral("ALPACA_API_KEY"), Key);
        environment.insert(QStringLiteral("ALPACA_SECRET_KEY"), Secret);
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ELSONCTL_PATH), args);
    Run result;
    // The sim answers on this thread's event loop: keep it turning while elsonctl runs.
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60'000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(5);
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    // Whatever elsonctl prints, the secret is never part of it.
    if (result.out.contains(Secret) || result.err.contains(Secret))
        result.exitCode = -2;
    return result;
}

qsizetype tst_Elsonctl::ordersAtExchange() const
{
    SimExchange::OrderQuery query;
    query.status = SimExchange::OrderQuery::Status::All;
    query.limit = 500;
    const Result<QList<Order>> orders = m_sim->exchange()->orders(query);
    return orders ? orders->size() : -1;
}

void tst_Elsonctl::account()
{
    const Run text = run({QStringLiteral("account")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"equity"), qPrintable(text.out));
    QVERIFY(text.out.contains(u"paper"));

    const Run json = run({QStringLiteral("--json"), QStringLiteral("account")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject account = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY2(account.value(u"account_number").isString(), qPrintable(json.out));
    QVERIFY(account.value(u"equity").isString()); // decimals as strings, Alpaca's way
}

void tst_Elsonctl::orderCancelAndVerify()
{
    const qsizetype before = ordersAtExchange();
    const Run bought = run({QStringLiteral("order"), QStringLiteral("--symbol"), QStringLiteral("AAPL"),
                            QStringLiteral("--side"), QStringLiteral("buy"), QStringLiteral("--qty"),
                            QStringLiteral("1"), QStringLiteral("--yes")});
    QVERIFY2(bought.exitCode == 0, qPrintable(bought.err));
    QVERIFY(bought.out.contains(u"filled"));
    QCOMPARE(ordersAtExchange(), before + 1);

    const Run limit = run({QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("--symbol"),
                           QStringLiteral("MSFT"), QStringLiteral("--side"), QStringLiteral("buy"),
                           QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--limit"),
                           QStringLiteral("1.00"), QStringLiteral("--yes")});
    QVERIFY2(limit.exitCode == 0, qPrintable(limit.err));
    const QString id = QJsonDocument::fromJson(limit.out.toUtf8()).object().value(u"id").toString();
    QVERIFY(!id.isEmpty());

    const Run open = run({QStringLiteral("orders"), QStringLiteral("--status"), QStringLiteral("open")});
    QCOMPARE(open.exitCode, 0);
    QVERIFY(open.out.contains(id));
    const Run all = run({QStringLiteral("orders"), QStringLiteral("--status"), QStringLiteral("all")});
    QVERIFY(all.out.contains(u"AAPL"));

    const Run cancelled = run({QStringLiteral("cancel"), id});
    QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
    const Result<Order> order = m_sim->exchange()->order(id);
    QVERIFY(order.ok());
    QCOMPARE(order->status, OrderStatus::Canceled);
    QCOMPARE(run({QStringLiteral("cancel"), QStringLiteral("no-such-order")}).exitCode, 3);

    const Run verified = run({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    QVERIFY(verified.out.contains(u"verified"));
    QFile file(m_journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray journal = file.readAll();
    QVERIFY(journal.contains("order.submit"));
    QVERIFY(journal.contains(id.toUtf8()));
    QVERIFY(!journal.contains(Secret.toUtf8()));

    // A tampered journal fails verification.
    const QString copy = m_dir.filePath(QStringLiteral("tampered.jsonl"));
    QFile out(copy);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(journal).replace("\"symbol\":\"MSFT\"", "\"symbol\":\"MSFX\""));
    out.close();
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"), copy}).exitCode, 1);
}

void tst_Elsonctl::refusalSendsNothing()
{
    const qsizetype before = ordersAtExchange();
    const Run refused = run({QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("--symbol"),
                             QStringLiteral("AAPL"), QStringLiteral("--side"), QStringLiteral("buy"),
                             QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--limit"),
                             QStringLiteral("100.001"), QStringLiteral("--yes")});
    QCOMPARE(refused.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(refused.out.toUtf8()).object();
    QCOMPARE(o.value(u"refused").toBool(), true);
    QCOMPARE(o.value(u"rule").toString(), QStringLiteral("params.tick"));
    QCOMPARE(o.value(u"field").toString(), QStringLiteral("limit_price"));
    QCOMPARE(ordersAtExchange(), before);
}

void tst_Elsonctl::badFlags_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");

    QTest::newRow("unknown flag") << words("order --symbol AAPL --side buy --qty 1 --bogus") << QStringLiteral("--bogus");
    QTest::newRow("missing value") << words("order --symbol AAPL --side buy --qty") << QStringLiteral("--qty");
    QTest::newRow("bad side") << words("order --symbol AAPL --side hold --qty 1") << QStringLiteral("--side");
    QTest::newRow("bad decimal") << words("order --symbol AAPL --side buy --qty one") << QStringLiteral("--qty");
    QTest::newRow("qty and notional") << words("order --symbol AAPL --side buy --qty 1 --notional 5") << QStringLiteral("--qty/--notional");
    QTest::newRow("bad tif") << words("order --symbol AAPL --side buy --qty 1 --tif forever") << QStringLiteral("--tif");
    QTest::newRow("half bracket") << words("order --symbol AAPL --side buy --qty 1 --take-profit 300") << QStringLiteral("--take-profit");
    QTest::newRow("orders status") << words("orders --status pending") << QStringLiteral("--status");
    QTest::newRow("close both") << words("close AAPL --qty 1 --percentage 5") << QStringLiteral("--percentage");
}

void tst_Elsonctl::badFlags()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const qsizetype before = ordersAtExchange();
    const Run result = run(args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QCOMPARE(ordersAtExchange(), before);
}

void tst_Elsonctl::modeWithoutCredentials()
{
    const Run mode = run({QStringLiteral("mode")}, false);
    QCOMPARE(mode.exitCode, 0);
    QVERIFY(mode.out.contains(u"mode: sim"));
    QVERIFY(mode.out.contains(u"gate.environment"));
    const Run live = run({QStringLiteral("--live"), QStringLiteral("account")}, false);
    QCOMPARE(live.exitCode, 1);
    QVERIFY(live.err.contains(u"gate.environment"));
}

QTEST_GUILESS_MAIN(tst_Elsonctl)
#include "tst_elsonctl.moc"
