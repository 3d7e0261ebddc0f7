// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore against the REAL keychain (label "keychain"): write, read back,
// overwrite and delete an entry under a test-only service name, and a log capture that
// never contains the secret.
//
// scripts/test.sh runs this inside dbus-run-session with an unlocked gnome-keyring and
// ELSON_REQUIRE_KEYCHAIN=1, where a missing keychain is a failure. Run anywhere else
// without a Secret Service, the keychain tests skip with the reason (and ctest shows
// the test as skipped).
#include "testsecret.h"
#include "credentialstore.h"

#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {

const QString kService = u"Elson Terminal (test)"_s;
constexpr int kTimeoutMs = 20'000;

QString g_log;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log += QString::number(int(type)) + u' ' + QString::fromLatin1(context.category) + u' '
        + message + u'\n';
}

/** A key pair unique to this run, so a leftover entry can never satisfy a read-back. */
BrokerCredentials freshCredentials(const QString &prefix)
{
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36).toUpper();
    return BrokerCredentials(prefix + u"TEST"_s + tag.rightJustified(14, u'0'),
                             TestSecret::secret(u"keychain-"_s + tag));
}

} // namespace

// QSKIP returns from the test function, so this must be a macro.
#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (!m_unavailable.isEmpty()) {                                                            \
            if (qEnvironmentVariableIntValue("ELSON_REQUIRE_KEYCHAIN") == 1)                       \
                QFAIL(qPrintable(u"ELSON_REQUIRE_KEYCHAIN=1 but the keychain is unavailable: "_s   \
                                 + m_unavailable));                                                \
            QSKIP(qPrintable(u"no usable keychain (run through scripts/test.sh for a private "_s   \
                             u"gnome-keyring): "_s                                                 \
                             + m_unavailable));                                                    \
        }                                                                                          \
    } while (false)

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip();
    void profilesAreSeparate();
    void importFromEnvironment();
    void logsNeverContainTheSecret();

private:
    Error store(CredentialStore &s, TradingMode profile, const BrokerCredentials &c);
    std::pair<BrokerCredentials, Error> load(CredentialStore &s, TradingMode profile);
    Error remove(CredentialStore &s, TradingMode profile);

    QString m_unavailable; ///< why the keychain cannot be used; empty when it can
};

Error tst_CredentialStore::store(CredentialStore &s, TradingMode profile,
                                 const BrokerCredentials &c)
{
    QSignalSpy spy(&s, &CredentialStore::stored);
    s.store(profile, c);
    if (!spy.wait(kTimeoutMs))
        return Error::validation(u"test"_s, u"the keychain did not answer a write"_s);
    return spy.at(0).at(1).value<Error>();
}

std::pair<BrokerCredentials, Error> tst_CredentialStore::load(CredentialStore &s,
                                                              TradingMode profile)
{
    QSignalSpy spy(&s, &CredentialStore::loaded);
    s.load(profile);
    if (!spy.wait(kTimeoutMs))
        return { {}, Error::validation(u"test"_s, u"the keychain did not answer a read"_s) };
    return { spy.at(0).at(1).value<BrokerCredentials>(), spy.at(0).at(2).value<Error>() };
}

Error tst_CredentialStore::remove(CredentialStore &s, TradingMode profile)
{
    QSignalSpy spy(&s, &CredentialStore::removed);
    s.remove(profile);
    if (!spy.wait(kTimeoutMs))
        return Error::validation(u"test"_s, u"the keychain did not answer a delete"_s);
    return spy.at(0).at(1).value<Error>();
}

void tst_CredentialStore::initTestCase()
{
    // Probe with a throwaway entry: any failure here means "no usable keychain".
    CredentialStore probe(kService + u" probe"_s);
    const Error written = store(probe, TradingMode::Paper, freshCredentials(u"PK"_s));
    if (written.isError()) {
        m_unavailable = written.message + u" ["_s + written.extra.value(u"reason"_s).toString()
            + u": "_s + written.extra.value(u"detail"_s).toString() + u']';
        return;
    }
    const Error removed = remove(probe, TradingMode::Paper);
    if (removed.isError())
        m_unavailable = removed.message;
}

void tst_CredentialStore::cleanupTestCase()
{
    if (!m_unavailable.isEmpty())
        return;
    CredentialStore s(kService);
    QVERIFY(!remove(s, TradingMode::Paper).isError());
    QVERIFY(!remove(s, TradingMode::Live).isError());
}

void tst_CredentialStore::roundTrip()
{
    REQUIRE_KEYCHAIN();
    CredentialStore s(kService);
    const BrokerCredentials first = freshCredentials(u"PK"_s);

    Error error = store(s, TradingMode::Paper, first);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    auto [read, readError] = load(s, TradingMode::Paper);
    QVERIFY2(!readError.isError(), qPrintable(readError.message));
    QCOMPARE(read, first);

    // Overwrite.
    const BrokerCredentials second(first.keyId() + u"2"_s, first.secretKey() + u"-rotated"_s);
    error = store(s, TradingMode::Paper, second);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    std::tie(read, readError) = load(s, TradingMode::Paper);
    QVERIFY(!readError.isError());
    QCOMPARE(read, second);

    // Delete, then it is gone; deleting again still succeeds.
    error = remove(s, TradingMode::Paper);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    std::tie(read, readError) = load(s, TradingMode::Paper);
    QCOMPARE(readError.code, Error::Code::NotFound);
    QCOMPARE(CredentialStore::failureOf(readError), CredentialStore::Failure::NotFound);
    QVERIFY(read.isEmpty());
    QVERIFY(!remove(s, TradingMode::Paper).isError());
}

void tst_CredentialStore::profilesAreSeparate()
{
    REQUIRE_KEYCHAIN();
    CredentialStore s(kService);
    const BrokerCredentials paper = freshCredentials(u"PK"_s);
    const BrokerCredentials live = freshCredentials(u"AK"_s);
    QVERIFY(!store(s, TradingMode::Paper, paper).isError());
    QVERIFY(!store(s, TradingMode::Live, live).isError());
    QCOMPARE(load(s, TradingMode::Paper).first, paper);
    QCOMPARE(load(s, TradingMode::Live).first, live);
    QVERIFY(!remove(s, TradingMode::Live).isError());
    QCOMPARE(load(s, TradingMode::Paper).first, paper); // the other profile is untouched
    QCOMPARE(load(s, TradingMode::Live).second.code, Error::Code::NotFound);
    QVERIFY(!remove(s, TradingMode::Paper).isError());
}

void tst_CredentialStore::importFromEnvironment()
{
    REQUIRE_KEYCHAIN();
    CredentialStore s(kService);
    const BrokerCredentials pair = freshCredentials(u"PK"_s);
    QProcessEnvironment environment;
    environment.insert(u"APCA_API_KEY_ID"_s, pair.keyId());
    environment.insert(u"APCA_API_SECRET_KEY"_s, pair.secretKey());
    QSignalSpy stored(&s, &CredentialStore::stored);
    const Result<TradingMode> profile = s.importFromEnvironment(environment);
    QVERIFY2(profile, qPrintable(profile.error().message));
    QCOMPARE(profile.value(), TradingMode::Paper); // by its PK prefix
    QVERIFY(stored.wait(kTimeoutMs));
    QVERIFY(!stored.at(0).at(1).value<Error>().isError());
    QCOMPARE(load(s, TradingMode::Paper).first, pair);
    QVERIFY(!remove(s, TradingMode::Paper).isError());
}

void tst_CredentialStore::logsNeverContainTheSecret()
{
    REQUIRE_KEYCHAIN();
    const BrokerCredentials pair = freshCredentials(u"AK"_s);
    g_log.clear();
    QLoggingCategory::setFilterRules(u"*.debug=true"_s); // everything QtKeychain might say
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    QStringList errorTexts;
    {
        CredentialStore s(kService);
        errorTexts << store(s, TradingMode::Live, pair).message;
        const auto [read, readError] = load(s, TradingMode::Live);
        errorTexts << readError.message;
        qDebug() << "loaded" << read; // what a careless caller would log
        qWarning() << "credentials" << pair;
        errorTexts << remove(s, TradingMode::Live).message;
        errorTexts << load(s, TradingMode::Live).second.message; // a not-found error
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY2(!g_log.contains(pair.secretKey()), qPrintable(g_log));
    QVERIFY2(!g_log.contains(pair.keyId()), qPrintable(g_log)); // key ids are masked too
    // The capture did work: the masked key id went through it.
    QVERIFY2(g_log.contains(pair.maskedKeyId()), qPrintable(g_log));
    for (const QString &text : std::as_const(errorTexts))
        QVERIFY(!text.contains(pair.secretKey()));
    QVERIFY(errorTexts.last().contains(u"Live"_s));
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
