// SPDX-License-Identifier: GPL-3.0-or-later
// The key pair value and the keychain error mapping, without a keychain: masking, QDebug
// output that never shows the secret, QtKeychain errors as Error values, and the checks
// an import from the environment makes before anything is stored.
#include "testsecret.h"
#include "brokercredentials.h"
#include "credentialstore.h"

#include <QDebug>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {
const QString kSecret = TestSecret::secret(u"credentials"_s);
const QChar kEllipsis(0x2026);
} // namespace

class tst_BrokerCredentials : public QObject
{
    Q_OBJECT

private slots:
    void mask_data();
    void mask();
    void accessors();
    void debugShowsTheMaskOnly();
    void entryKeys();
    void keychainErrors_data();
    void keychainErrors();
    void importChecks_data();
    void importChecks();
    void storingAnEmptyPairFailsAsynchronously();
};

void tst_BrokerCredentials::mask_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("paper key") << u"PKAB12CD34EF56GHWXYZ"_s << u"PK"_s + kEllipsis + u"WXYZ"_s;
    QTest::newRow("live key") << u"AKZZZZZZZZZZZZZZ1234"_s << u"AK"_s + kEllipsis + u"1234"_s;
    QTest::newRow("13 characters") << u"PK12345678901"_s << u"PK"_s + kEllipsis + u"8901"_s;
    QTest::newRow("12 characters: fully masked") << u"PK1234567890"_s << QString(kEllipsis);
    QTest::newRow("4 characters") << u"AK12"_s << QString(kEllipsis);
    QTest::newRow("1 character") << u"A"_s << QString(kEllipsis);
    QTest::newRow("empty") << QString() << QString();
}

void tst_BrokerCredentials::mask()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(BrokerCredentials::mask(text), masked);
    // Never more than 6 characters, and never half or more, of the original show.
    const qsizetype shown = BrokerCredentials::mask(text).size() - (text.isEmpty() ? 0 : 1);
    QVERIFY(shown <= 6);
    QVERIFY(text.isEmpty() || shown * 2 < text.size());
}

void tst_BrokerCredentials::accessors()
{
    const BrokerCredentials c(u" pkAB12CD34EF56GHWXYZ\n"_s, kSecret + u"\n"_s);
    QCOMPARE(c.keyId(), u"pkAB12CD34EF56GHWXYZ"_s);
    QCOMPARE(c.secretKey(), kSecret);
    QCOMPARE(c.keyPrefix(), u"PK"_s);
    QVERIFY(c.looksLikePaperKey());
    QVERIFY(!c.isEmpty());
    QVERIFY(BrokerCredentials(u"AK1"_s, QString()).isEmpty());
    QVERIFY(BrokerCredentials(QString(), kSecret).isEmpty());
    QVERIFY(!BrokerCredentials(u"AKXXXXXXXXXXXXXX"_s, kSecret).looksLikePaperKey());
}

void tst_BrokerCredentials::debugShowsTheMaskOnly()
{
    const BrokerCredentials c(u"PKAB12CD34EF56GHWXYZ"_s, kSecret);
    QString text;
    QDebug(&text) << c;
    QCOMPARE(text.trimmed(), u"BrokerCredentials(PK"_s + kEllipsis + u"WXYZ)"_s);
    QVERIFY(!text.contains(kSecret));
}

void tst_BrokerCredentials::entryKeys()
{
    QCOMPARE(CredentialStore::entryKey(TradingMode::Paper), u"alpaca-paper"_s);
    QCOMPARE(CredentialStore::entryKey(TradingMode::Live), u"alpaca-live"_s);
    QCOMPARE(QString::fromLatin1(CredentialStore::DefaultService), u"Elson Terminal"_s);
    const CredentialStore store;
    QCOMPARE(store.service(), u"Elson Terminal"_s);
}

void tst_BrokerCredentials::keychainErrors_data()
{
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<Error::Code>("code");

    QTest::newRow("no error") << int(QKeychain::NoError) << QString() << QString()
                              << Error::Code::None;
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << u"Entry not found"_s
                               << u"not_found"_s << Error::Code::NotFound;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QString()
                                    << u"denied"_s << Error::Code::Unauthorized;
    QTest::newRow("wrong keyring password")
        << int(QKeychain::AccessDenied) << QString() << u"denied"_s << Error::Code::Unauthorized;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString()
                                << u"no_keyring"_s << Error::Code::Internal;
    QTest::newRow("not implemented")
        << int(QKeychain::NotImplemented) << QString() << u"no_keyring"_s << Error::Code::Internal;
    // The libsecret messages of the platform notes, all OtherError.
    QTest::newRow("no session bus")
        << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
        << u"no_keyring"_s << Error::Code::Internal;
    QTest::newRow("no secrets service")
        << int(QKeychain::OtherError)
        << u"The name org.freedesktop.secrets was not provided by any .service files"_s
        << u"no_keyring"_s << Error::Code::Internal;
    QTest::newRow("keyring locked")
        << int(QKeychain::OtherError)
        << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s
        << u"locked"_s << Error::Code::Internal;
    QTest::newRow("other") << int(QKeychain::OtherError) << u"Something odd"_s << u"other"_s
                           << Error::Code::Internal;
    QTest::newRow("could not delete")
        << int(QKeychain::CouldNotDeleteEntry) << u"busy"_s << u"other"_s << Error::Code::Internal;
}

void tst_BrokerCredentials::keychainErrors()
{
    QFETCH(int, keychainError);
    QFETCH(QString, detail);
    QFETCH(QString, reason);
    QFETCH(Error::Code, code);
    const Error error = CredentialStore::keychainError(keychainError, detail, TradingMode::Live);
    QCOMPARE(error.code, code);
    QCOMPARE(CredentialStore::failureName(CredentialStore::failureOf(error)), reason);
    if (code == Error::Code::None)
        return;
    QCOMPARE(error.field, u"alpaca-live"_s);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.extra.value(u"reason"_s).toString(), reason);
}

void tst_BrokerCredentials::importChecks_data()
{
    QTest::addColumn<QVariantMap>("variables");
    QTest::addColumn<int>("profile"); // -1: let the prefix decide
    QTest::addColumn<QString>("errorField");
    QTest::addColumn<Error::Code>("code");

    QTest::newRow("nothing to import")
        << QVariantMap() << -1 << u"ALPACA_API_KEY"_s << Error::Code::Validation;
    QTest::newRow("half a pair") << QVariantMap { { u"ALPACA_SECRET_KEY"_s, kSecret } } << -1
                                 << u"ALPACA_API_KEY"_s << Error::Code::Validation;
    QTest::newRow("unknown prefix")
        << QVariantMap { { u"ALPACA_API_KEY"_s, u"XYAB12CD34EF56GHWXYZ"_s },
                         { u"ALPACA_SECRET_KEY"_s, kSecret } }
        << -1 << u"ALPACA_API_KEY"_s << Error::Code::Validation;
    QTest::newRow("paper key as live")
        << QVariantMap { { u"APCA_API_KEY_ID"_s, u"PKAB12CD34EF56GHWXYZ"_s },
                         { u"APCA_API_SECRET_KEY"_s, kSecret } }
        << int(TradingMode::Live) << u"ALPACA_API_KEY"_s << Error::Code::Safety;
}

void tst_BrokerCredentials::importChecks()
{
    QFETCH(QVariantMap, variables);
    QFETCH(int, profile);
    QFETCH(QString, errorField);
    QFETCH(Error::Code, code);
    QProcessEnvironment environment;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value().toString());
    CredentialStore store(u"Elson Terminal (test, never written)"_s);
    QSignalSpy stored(&store, &CredentialStore::stored);
    const Result<TradingMode> result = store.importFromEnvironment(
        environment, profile < 0 ? std::nullopt : std::optional<TradingMode>(TradingMode(profile)));
    QVERIFY(!result);
    QCOMPARE(result.error().field, errorField);
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.contains(kSecret));
    QVERIFY(!result.error().message.contains(u"AB12CD34EF56GH"_s)); // key ids only masked
    QTest::qWait(50);
    QCOMPARE(stored.count(), 0); // refused before any keychain call
}

void tst_BrokerCredentials::storingAnEmptyPairFailsAsynchronously()
{
    CredentialStore store(u"Elson Terminal (test, never written)"_s);
    QSignalSpy stored(&store, &CredentialStore::stored);
    store.store(TradingMode::Paper, BrokerCredentials(u"PKAB12CD34EF56GHWXYZ"_s, QString()));
    QCOMPARE(stored.count(), 0); // never from inside the call
    QVERIFY(stored.wait(1000));
    const Error error = stored.at(0).at(1).value<Error>();
    QCOMPARE(error.code, Error::Code::Validation);
    QCOMPARE(stored.at(0).at(0).value<TradingMode>(), TradingMode::Paper);
}

QTEST_GUILESS_MAIN(tst_BrokerCredentials)
#include "tst_brokercredentials.moc"
