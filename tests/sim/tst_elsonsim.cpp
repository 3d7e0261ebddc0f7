// SPDX-License-Identifier: GPL-3.0-or-later
// The elson-sim executable: started with QProcess on an ephemeral port, talked to over
// loopback HTTP, stopped with SIGTERM/SIGINT; its command-line errors exit with 2.
#include "clock.h"
#include "jsoncodec.h"
#include "order.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Elson;

namespace {
const QString Binary = QStringLiteral(ELSON_SIM_BINARY);
const QString Key = QStringLiteral("PKELSONSIMPROCESS001");
const QString Secret = QStringLiteral("process-secret-never-printed");
constexpr int WaitMs = 20'000;
} // namespace

class tst_ElsonSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensAnswersAndStopsOnSigterm();
    void sigintSavesTheState();
    void badArgumentsExitWith2_data();
    void badArgumentsExitWith2();
    void helpNamesTheDemoKey();

private:
    /** Starts elson-sim and returns its URL from the "listening on" line (empty on failure). */
    static QUrl start(QProcess &process, const QStringList &extraArguments);
    static bool finish(QProcess &process);
    QNetworkReply *send(const QByteArray &method, const QUrl &url, const QByteArray &body = {});
    static QByteArray wait(QNetworkReply *reply);

    QNetworkAccessManager m_nam;
};

QUrl tst_ElsonSim::start(QProcess &process, const QStringList &extraArguments)
{
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--key"), Key, QStringLiteral("--secret"), Secret,
                          QStringLiteral("--clock"), QStringLiteral("fixed:2026-11-23T10:15:00-05:00")};
    arguments += extraArguments;
    QSignalSpy started(&process, &QProcess::started);
    process.start(Binary, arguments);
    if (!started.wait(WaitMs) && process.state() != QProcess::Running)
        return {};
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine()) {
        if (process.state() != QProcess::Running || !output.wait(WaitMs))
            return {};
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^elson-sim listening on (http://127\\.0\\.0\\.1:[0-9]+)$"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch()) {
        qWarning("unexpected first line: %s", qPrintable(line));
        return {};
    }
    return QUrl(match.captured(1));
}

bool tst_ElsonSim::finish(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(&process, &QProcess::finished);
    return finished.wait(WaitMs) || process.state() == QProcess::NotRunning;
}

QNetworkReply *tst_ElsonSim::send(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(WaitMs);
    request.setRawHeader("APCA-API-KEY-ID", Key.toUtf8());
    request.setRawHeader("APCA-API-SECRET-KEY", Secret.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return m_nam.sendCustomRequest(request, method, body);
}

QByteArray tst_ElsonSim::wait(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(WaitMs);
    }
    return reply->readAll();
}

void tst_ElsonSim::listensAnswersAndStopsOnSigterm()
{
    QProcess process;
    const QUrl url = start(process, {});
    QVERIFY2(url.isValid() && url.port() > 0, process.readAllStandardError().constData());

    std::unique_ptr<QNetworkReply> reply(send("GET", url.resolved(QUrl(QStringLiteral("/v2/clock")))));
    const QByteArray body = wait(reply.get());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const auto clock = Json::parse<Clock>(body);
    QVERIFY2(clock.ok(), body.constData());
    QVERIFY(clock->isOpen);

    process.terminate(); // SIGTERM
    QVERIFY(finish(process));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // Exactly one line on stdout; the secret is never printed.
    QVERIFY(process.readAllStandardOutput().trimmed().isEmpty());
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(!log.contains(Secret.toUtf8()), log.constData());
}

void tst_ElsonSim::sigintSavesTheState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("state.json"));
    QProcess process;
    const QUrl url = start(process, {QStringLiteral("--state"), file, QStringLiteral("--cash"), QStringLiteral("25000")});
    QVERIFY2(url.isValid(), process.readAllStandardError().constData());

    const QByteArray order = R"({"symbol":"AAPL","qty":"1","side":"buy","type":"market","time_in_force":"day","client_order_id":"from-process"})";
    std::unique_ptr<QNetworkReply> reply(send("POST", url.resolved(QUrl(QStringLiteral("/v2/orders"))), order));
    const QByteArray body = wait(reply.get());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString id = Json::parse<Order>(body).value().id;

    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(finish(process));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray state = saved.readAll();
    QVERIFY(state.contains(id.toUtf8()));
    QVERIFY(state.contains("from-process"));
    QVERIFY(!state.contains(Secret.toUtf8()));

    // Started again on the same file: the order is there.
    QProcess again;
    const QUrl url2 = start(again, {QStringLiteral("--state"), file});
    QVERIFY(url2.isValid());
    std::unique_ptr<QNetworkReply> lookup(send("GET", url2.resolved(QUrl(QStringLiteral("/v2/orders/") + id))));
    wait(lookup.get());
    QCOMPARE(lookup->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    again.terminate();
    QVERIFY(finish(again));
    QCOMPARE(again.exitCode(), 0);
}

void tst_ElsonSim::badArgumentsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("http")} << QStringLiteral("--port");
    QTest::newRow("port range") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << QStringLiteral("--port");
    QTest::newRow("host") << QStringList{QStringLiteral("--host"), QStringLiteral("0.0.0.0")} << QStringLiteral("--host");
    QTest::newRow("clock") << QStringList{QStringLiteral("--clock"), QStringLiteral("tomorrow")} << QStringLiteral("--clock");
    QTest::newRow("pdt") << QStringList{QStringLiteral("--pdt"), QStringLiteral("strict")} << QStringLiteral("--pdt");
    QTest::newRow("cash") << QStringList{QStringLiteral("--cash=lots")} << QStringLiteral("--cash");
    QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")} << QStringLiteral("--seed");
    QTest::newRow("fault") << QStringList{QStringLiteral("--fault"), QStringLiteral("explode")} << QStringLiteral("--fault");
    QTest::newRow("key alone") << QStringList{QStringLiteral("--key"), QStringLiteral("X")} << QStringLiteral("--secret");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
}

void tst_ElsonSim::badArgumentsExitWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(Binary, arguments);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void tst_ElsonSim::helpNamesTheDemoKey()
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(Binary, {QStringLiteral("--help")});
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    QVERIFY(help.contains("ELSONSIMKEY"));
    for (const char *option : {"--host", "--port", "--seed", "--key", "--secret", "--clock", "--pdt",
                               "--state", "--cash", "--fault"})
        QVERIFY2(help.contains(option), option);
}

QTEST_GUILESS_MAIN(tst_ElsonSim)
#include "tst_elsonsim.moc"
