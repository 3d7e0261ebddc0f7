// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog's key check over the network, against two in-process elson-sim
// exchanges on 127.0.0.1 (one standing in for the paper host, one for the live host):
// the right host is asked, a wrong secret is refused, and nothing goes elsewhere.
#include "credentialtester.h"
#include "settingsdialog.h"
#include "simservice.h"

#include "appsettings.h"

#include "../broker/testsecret.h"

#include <QDeadlineTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20'000;
const QString kPaperKey = u"PKTESTPAPER0001WXYZ"_s;
const QString kLiveKey = u"AKTESTLIVE00001QRST"_s;
const QString kSecret = TestSecret::secret(u"credential-tester"_s);

SimService::Options simOptions(const QString &key)
{
    SimService::Options o;
    o.keyId = key;
    o.secretKey = kSecret;
    o.clock = u"fixed:2026-03-10T14:30:00Z"_s;
    o.partialFillPercent = 0;
    return o;
}

/** Waits for @p future without blocking the event loop the client needs. */
template<typename T> Result<T> await(QFuture<Result<T>> future)
{
    QDeadlineTimer deadline(kTimeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    if (!future.isFinished() || future.resultCount() == 0)
        return Error::validation(u"test"_s, u"no answer"_s);
    return future.result();
}

} // namespace

class tst_CredentialTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void paperKeyOnThePaperHost();
    void liveKeyOnTheLiveHost();
    void wrongSecretIsRefused();
    void plainHttpToARemoteHostIsRefusedWithoutSending();
    void testerOutlivedByItsFunction();
    void dialogTestsAgainstTheHost();

private:
    AlpacaEndpoints endpoints() const;
    std::unique_ptr<SimService> m_paper;
    std::unique_ptr<SimService> m_live;
};

void tst_CredentialTester::init()
{
    m_paper = std::make_unique<SimService>(simOptions(kPaperKey));
    m_live = std::make_unique<SimService>(simOptions(kLiveKey));
    for (SimService *sim : { m_paper.get(), m_live.get() }) {
        const Result<quint16> port = sim->start();
        QVERIFY2(port, qPrintable(port.error().toString()));
    }
}

void tst_CredentialTester::cleanup()
{
    m_paper.reset();
    m_live.reset();
}

AlpacaEndpoints tst_CredentialTester::endpoints() const
{
    AlpacaEndpoints e;
    e.paperTrading = m_paper->url();
    e.liveTrading = m_live->url();
    e.data = m_paper->url();
    QUrl ws = m_paper->url();
    ws.setScheme(u"ws"_s);
    e.dataStream = ws;
    return e;
}

void tst_CredentialTester::paperKeyOnThePaperHost()
{
    CredentialTester tester(endpoints());
    const Result<QString> account =
        await(tester.test(TradingMode::Paper, BrokerCredentials(kPaperKey, kSecret)));
    QVERIFY2(account, qPrintable(account.error().toString()));
    QCOMPARE(account.value(), u"PA3SIM000001"_s);
    // The live host does not know the paper key.
    const Result<QString> onLive =
        await(tester.test(TradingMode::Live, BrokerCredentials(kPaperKey, kSecret)));
    QVERIFY(!onLive);
    QCOMPARE(onLive.error().code, Error::Code::Unauthorized);
}

void tst_CredentialTester::liveKeyOnTheLiveHost()
{
    CredentialTester tester(endpoints());
    const Result<QString> account =
        await(tester.test(TradingMode::Live, BrokerCredentials(kLiveKey, kSecret)));
    QVERIFY2(account, qPrintable(account.error().toString()));
    QVERIFY(!account.value().isEmpty());
}

void tst_CredentialTester::wrongSecretIsRefused()
{
    CredentialTester tester(endpoints());
    const Result<QString> account =
        await(tester.test(TradingMode::Paper, BrokerCredentials(kPaperKey, u"not-it"_s)));
    QVERIFY(!account);
    QCOMPARE(account.error().code, Error::Code::Unauthorized);
    QCOMPARE(account.error().httpStatus, 401);
    QVERIFY(!account.error().toString().contains(u"not-it"_s));
    // Each check cleans up its client.
    QTRY_COMPARE(tester.findChildren<QObject *>().size(), 0);
}

void tst_CredentialTester::plainHttpToARemoteHostIsRefusedWithoutSending()
{
    AlpacaEndpoints e = endpoints();
    e.paperTrading = QUrl(u"http://paper-api.example.invalid"_s);
    CredentialTester tester(e);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is unusable: .*plain http://"_s));
    const Result<QString> account =
        await(tester.test(TradingMode::Paper, BrokerCredentials(kPaperKey, kSecret)));
    QVERIFY(!account);
    QVERIFY(!account.error().toString().contains(kSecret));
}

void tst_CredentialTester::testerOutlivedByItsFunction()
{
    SettingsDialog::ConnectionTester function;
    {
        CredentialTester tester(endpoints());
        function = tester.tester();
        const Result<QString> account =
            await(function(TradingMode::Paper, BrokerCredentials(kPaperKey, kSecret)));
        QVERIFY(account);
    }
    const Result<QString> gone =
        await(function(TradingMode::Paper, BrokerCredentials(kPaperKey, kSecret)));
    QVERIFY(!gone);
}

void tst_CredentialTester::dialogTestsAgainstTheHost()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"elson.ini"_s));
    CredentialTester tester(endpoints());
    SettingsDialog dialog(&settings, nullptr, tester.tester());
    auto *key = dialog.findChild<QLineEdit *>(u"paperKeyEdit"_s);
    auto *secret = dialog.findChild<QLineEdit *>(u"paperSecretEdit"_s);
    key->setText(kPaperKey);
    secret->setText(kSecret);
    dialog.findChild<QPushButton *>(u"paperTestButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.credentialStatus(TradingMode::Paper),
                              u"PK…WXYZ works: account PA3SIM000001."_s, kTimeoutMs);
    secret->setText(u"wrong"_s);
    dialog.findChild<QPushButton *>(u"paperTestButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.credentialStatus(TradingMode::Paper).startsWith(u"PK…WXYZ was refused: "_s),
        kTimeoutMs);
}

QTEST_MAIN(tst_CredentialTester)
#include "tst_credentialtester.moc"
