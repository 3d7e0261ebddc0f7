// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog over a real INI file and, where the session has one, the real
// keychain (a test-only service name). Key checks go to an injected fake tester, so no
// test talks to a network host. The secret must never reach the settings file.
#include "appsettings.h"
#include "credentialstore.h"
#include "settingsdialog.h"
#include "theme.h"

#include "../broker/testsecret.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPromise>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20'000;
const QString kPaperKey = u"PKAB12CD34EF56GHWXYZ"_s;
const QString kLiveKey = u"AKZY98XW76VU54TSQRST"_s;
// The session's test secret (scripts/test.sh greps every file and output for it).
const QString kSecret = TestSecret::secret(u"settings"_s);

/** A fake host check: answers with @p account or @p error, after @p delayMs. */
struct FakeTester
{
    QString account = u"PA1234567"_s;
    std::optional<Error> error;
    int delayMs = 0;
    int calls = 0;
    TradingMode lastMode = TradingMode::Paper;
    BrokerCredentials lastCredentials;

    SettingsDialog::ConnectionTester function()
    {
        return [this](TradingMode mode, const BrokerCredentials &credentials) {
            ++calls;
            lastMode = mode;
            lastCredentials = credentials;
            const Result<QString> answer =
                error ? Result<QString>(*error) : Result<QString>(account);
            if (delayMs == 0)
                return QtFuture::makeReadyFuture(answer);
            auto promise = std::make_shared<QPromise<Result<QString>>>();
            promise->start();
            QTimer::singleShot(delayMs, qApp, [promise, answer]() {
                promise->addResult(answer);
                promise->finish();
            });
            return promise->future();
        };
    }
};

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ELSON_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // pending layout requests run, as in a real event loop
    widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void showsTheStoredSettings();
    void invalidInputKeepsTheDialogOpen_data();
    void invalidInputKeepsTheDialogOpen();
    void okWritesEverythingAndEmits();
    void cancelWritesNothing();

    void testConnectionShowsTheAccount();
    void testConnectionRefused();
    void liveRefusesAPaperKey();
    void saveNeedsBothHalves();
    void saveRefusedByTheHostKeepsTheInput();
    void saveStoresInTheKeychain();
    void secretsNeverInTheSettingsFile();
    void noKeychainNoTester();

    void themes();
    void themedDialog();

private:
    QString path() const { return m_dir->filePath(u"elson.ini"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_service;
    QString m_unavailable; ///< why the keychain cannot be used; empty when it can
};

void tst_SettingsDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_service = u"Elson Terminal test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Probe: any failure to write and delete means "no usable keychain" in this session.
    CredentialStore probe(m_service + u" probe"_s);
    QSignalSpy stored(&probe, &CredentialStore::stored);
    probe.store(TradingMode::Paper, BrokerCredentials(kPaperKey, u"probe"_s));
    if (!stored.wait(kTimeoutMs)) {
        m_unavailable = u"the keychain did not answer"_s;
        return;
    }
    const Error error = stored.at(0).at(1).value<Error>();
    if (error.isError()) {
        m_unavailable = error.message;
        return;
    }
    QSignalSpy removed(&probe, &CredentialStore::removed);
    probe.remove(TradingMode::Paper);
    QVERIFY(removed.wait(kTimeoutMs));
}

void tst_SettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SettingsDialog::cleanupTestCase()
{
    if (!m_unavailable.isEmpty())
        return;
    CredentialStore store(m_service);
    for (TradingMode mode : { TradingMode::Paper, TradingMode::Live }) {
        QSignalSpy removed(&store, &CredentialStore::removed);
        store.remove(mode);
        QVERIFY(removed.wait(kTimeoutMs));
    }
}

/** The dialog over the test's settings file and keychain service; waits for its first reads. */
#define MAKE_DIALOG(settings, store, tester)                                                       \
    CredentialStore store(m_service);                                                              \
    QSignalSpy loadedSpy_(&store, &CredentialStore::loaded);                                       \
    SettingsDialog dialog(&settings, &store, tester);                                              \
    QTRY_VERIFY_WITH_TIMEOUT(loadedSpy_.count() == 2, kTimeoutMs)

#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (!m_unavailable.isEmpty()) {                                                            \
            if (qEnvironmentVariableIntValue("ELSON_REQUIRE_KEYCHAIN") == 1)                       \
                QFAIL(qPrintable(u"ELSON_REQUIRE_KEYCHAIN=1 but the keychain is unavailable: "_s   \
                                 + m_unavailable));                                                \
            QSKIP(qPrintable(u"no usable keychain (scripts/test.sh provides one): "_s              \
                             + m_unavailable));                                                    \
        }                                                                                          \
    } while (false)

namespace {

template<typename T> T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void setText(QWidget &parent, const char *name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(parent, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QPushButton *okButton(QWidget &dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void tst_SettingsDialog::showsTheStoredSettings()
{
    AppSettings settings(path());
    UserLimits limits;
    limits.maxOrderValue = Decimal::fromLiteral("12500.5");
    limits.allowedSymbols = { u"MSFT"_s, u"AAPL"_s };
    settings.setLimits(limits);
    settings.setTheme(u"dark"_s);
    settings.setDataFeed(u"delayed_sip"_s);
    AppSettings::PollingIntervals polling;
    polling.ordersMs = 1'500;
    settings.setPollingIntervals(polling);

    SettingsDialog dialog(&settings, nullptr, {});
    QCOMPARE(child<QLineEdit>(dialog, "maxOrderValueEdit")->text(), u"12500.5"_s);
    QCOMPARE(child<QLineEdit>(dialog, "maxPositionValueEdit")->text(), u"50000"_s);
    QVERIFY(child<QLineEdit>(dialog, "maxDailyLossEdit")->text().isEmpty());
    QCOMPARE(child<QLineEdit>(dialog, "priceCollarEdit")->text(), u"10"_s);
    QCOMPARE(child<QLineEdit>(dialog, "allowedSymbolsEdit")->text(), u"AAPL, MSFT"_s);
    QCOMPARE(child<QDoubleSpinBox>(dialog, "ordersPollSpin")->value(), 1.5);
    QCOMPARE(child<QComboBox>(dialog, "themeCombo")->currentIndex(), 2);
    QCOMPARE(child<QComboBox>(dialog, "feedCombo")->currentIndex(), 2);
}

void tst_SettingsDialog::invalidInputKeepsTheDialogOpen_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("tab");

    QTest::newRow("collar zero") << QByteArray("priceCollarEdit") << u"0"_s
                                 << u"Risk limits: Price collar must be greater than zero"_s
                                 << u"limitsTab"_s;
    QTest::newRow("collar over 100")
        << QByteArray("priceCollarEdit") << u"150"_s
        << u"Price collar must be at most 100 percent"_s << u"limitsTab"_s;
    QTest::newRow("negative order value")
        << QByteArray("maxOrderValueEdit") << u"-5"_s
        << u"Risk limits: Maximum order value must be greater than zero"_s << u"limitsTab"_s;
    QTest::newRow("order value in another locale")
        << QByteArray("maxOrderValueEdit") << u"12,34"_s << u"Maximum order value ($)"_s
        << u"limitsTab"_s;
    QTest::newRow("order value not a number") << QByteArray("maxDailyLossEdit") << u"lots"_s
                                              << u"Maximum daily loss ($)"_s << u"limitsTab"_s;
    QTest::newRow("bad allowed symbol")
        << QByteArray("allowedSymbolsEdit") << u"AAPL, 12X"_s
        << u"Allowed symbols: \"12X\" is not a ticker"_s << u"limitsTab"_s;
}

void tst_SettingsDialog::invalidInputKeepsTheDialogOpen()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(QString, tab);

    AppSettings settings(path());
    QSignalSpy limitsChanged(&settings, &AppSettings::limitsChanged);
    SettingsDialog dialog(&settings, nullptr, {});
    dialog.show();
    dialog.showPage(SettingsDialog::Page::Appearance);
    setText(dialog, "maxOrderQtyEdit", u"300"_s); // a good edit elsewhere, kept
    child<QComboBox>(dialog, "themeCombo")->setCurrentIndex(2);
    setText(dialog, field.constData(), text);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    QCOMPARE(child<QTabWidget>(dialog, "tabWidget")->currentWidget()->objectName(), tab);
    QVERIFY(dialog.focusWidget());
    QCOMPARE(dialog.focusWidget()->objectName(), QString::fromLatin1(field));
    // Nothing written, nothing lost.
    QCOMPARE(limitsChanged.count(), 0);
    QCOMPARE(settings.theme(), u"system"_s);
    QCOMPARE(child<QLineEdit>(dialog, field.constData())->text(), text);
    QCOMPARE(child<QLineEdit>(dialog, "maxOrderQtyEdit")->text(), u"300"_s);
    QCOMPARE(child<QComboBox>(dialog, "themeCombo")->currentIndex(), 2);

    // Fixed, OK closes and writes.
    setText(dialog, field.constData(), field == "allowedSymbolsEdit" ? u"AAPL"_s : u"5"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.errorText().isEmpty());
    QCOMPARE(limitsChanged.count(), 1);
    QCOMPARE(settings.limits().maxOrderQty, std::optional(Decimal::fromInt(300)));
    QCOMPARE(settings.theme(), u"dark"_s);
}

void tst_SettingsDialog::okWritesEverythingAndEmits()
{
    AppSettings settings(path());
    QSignalSpy limitsChanged(&settings, &AppSettings::limitsChanged);
    QSignalSpy pollingChanged(&settings, &AppSettings::pollingIntervalsChanged);
    QSignalSpy feedChanged(&settings, &AppSettings::dataFeedChanged);
    QSignalSpy languageChanged(&settings, &AppSettings::languageChanged);
    SettingsDialog dialog(&settings, nullptr, {});
    dialog.show();
    setText(dialog, "maxPositionValueEdit", QString()); // no limit
    setText(dialog, "maxDailyLossEdit", u"1,250.50"_s); // grouping as en_US writes it
    setText(dialog, "allowedSymbolsEdit", u"msft aapl;BRK.B"_s);
    child<QSpinBox>(dialog, "duplicateWindowSpin")->setValue(0);
    child<QCheckBox>(dialog, "reviewPaperCheck")->setChecked(false);
    child<QSpinBox>(dialog, "liveIdleSpin")->setValue(45);
    child<QDoubleSpinBox>(dialog, "quotesPollSpin")->setValue(1.0);
    child<QComboBox>(dialog, "feedCombo")->setCurrentIndex(1);
    child<QComboBox>(dialog, "languageCombo")->setCurrentIndex(3);
    // Apply writes and keeps the dialog open.
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Apply)->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(limitsChanged.count(), 1);
    const UserLimits limits = settings.limits();
    QVERIFY(!limits.maxPositionValue);
    QCOMPARE(limits.maxDailyLoss, std::optional(Decimal::fromLiteral("1250.50")));
    QCOMPARE(limits.allowedSymbols, (QSet<QString> { u"MSFT"_s, u"AAPL"_s, u"BRK.B"_s }));
    QCOMPARE(limits.duplicateWindowSeconds, 0);
    QVERIFY(!settings.reviewPaperOrders());
    QCOMPARE(settings.liveIdleTimeoutMinutes(), 45);
    QCOMPARE(pollingChanged.count(), 1);
    QCOMPARE(settings.pollingIntervals().quotesMs, 1'000);
    QCOMPARE(feedChanged.count(), 1);
    QCOMPARE(settings.dataFeed(), u"sip"_s);
    QCOMPARE(languageChanged.count(), 1);
    QCOMPARE(settings.language(), u"es"_s);
    // OK with nothing changed: no second change signal.
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(limitsChanged.count(), 1);
    QVERIFY(fileBytes(path()).contains("maxDailyLoss=1250.50"));
}

void tst_SettingsDialog::cancelWritesNothing()
{
    AppSettings settings(path());
    SettingsDialog dialog(&settings, nullptr, {});
    dialog.show();
    setText(dialog, "maxOrderValueEdit", u"999"_s);
    child<QComboBox>(dialog, "themeCombo")->setCurrentIndex(1);
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!settings.limits().maxOrderValue);
    QCOMPARE(settings.theme(), u"system"_s);
}

void tst_SettingsDialog::testConnectionShowsTheAccount()
{
    AppSettings settings(path());
    FakeTester fake;
    fake.delayMs = 50; // answers later, as the network does
    MAKE_DIALOG(settings, store, fake.function());
    dialog.show();
    setText(dialog, "paperKeyEdit", kPaperKey);
    setText(dialog, "paperSecretEdit", kSecret);
    QTest::mouseClick(child<QPushButton>(dialog, "paperTestButton"), Qt::LeftButton);
    QCOMPARE(dialog.credentialStatus(TradingMode::Paper), u"Testing PK…WXYZ…"_s);
    QVERIFY(!child<QPushButton>(dialog, "paperTestButton")->isEnabled());
    QTRY_COMPARE(dialog.credentialStatus(TradingMode::Paper),
                 u"PK…WXYZ works: account PA1234567."_s);
    QVERIFY(child<QPushButton>(dialog, "paperTestButton")->isEnabled());
    QCOMPARE(fake.calls, 1);
    QCOMPARE(fake.lastMode, TradingMode::Paper);
    QVERIFY(fake.lastCredentials == BrokerCredentials(kPaperKey, kSecret));
    // Testing saves nothing.
    QVERIFY(child<QLineEdit>(dialog, "paperSecretEdit")->text() == kSecret); // never printed
}

void tst_SettingsDialog::testConnectionRefused()
{
    AppSettings settings(path());
    FakeTester fake;
    Error unauthorized;
    unauthorized.code = Error::Code::Unauthorized;
    unauthorized.httpStatus = 401;
    unauthorized.message = u"request is not authorized"_s;
    fake.error = unauthorized;
    MAKE_DIALOG(settings, store, fake.function());
    setText(dialog, "liveKeyEdit", kLiveKey);
    setText(dialog, "liveSecretEdit", kSecret);
    QTest::mouseClick(child<QPushButton>(dialog, "liveTestButton"), Qt::LeftButton);
    QTRY_COMPARE(dialog.credentialStatus(TradingMode::Live),
                 u"AK…QRST was refused: request is not authorized"_s);
    QCOMPARE(fake.lastMode, TradingMode::Live);
    QVERIFY(!dialog.credentialStatus(TradingMode::Live).contains(kSecret));
}

void tst_SettingsDialog::liveRefusesAPaperKey()
{
    AppSettings settings(path());
    FakeTester fake;
    MAKE_DIALOG(settings, store, fake.function());
    setText(dialog, "liveKeyEdit", kPaperKey);
    setText(dialog, "liveSecretEdit", kSecret);
    QTest::mouseClick(child<QPushButton>(dialog, "liveSaveButton"), Qt::LeftButton);
    QCOMPARE(dialog.credentialStatus(TradingMode::Live),
             u"Live key ID: PK…WXYZ is a paper key (PK…); the live account needs a live key."_s);
    QCOMPARE(fake.calls, 0); // refused before anything is sent
    QTest::mouseClick(child<QPushButton>(dialog, "liveTestButton"), Qt::LeftButton);
    QCOMPARE(fake.calls, 0);
}

void tst_SettingsDialog::saveNeedsBothHalves()
{
    AppSettings settings(path());
    FakeTester fake;
    MAKE_DIALOG(settings, store, fake.function());
    dialog.show();
    setText(dialog, "paperKeyEdit", kPaperKey);
    QTest::mouseClick(child<QPushButton>(dialog, "paperSaveButton"), Qt::LeftButton);
    QVERIFY2(dialog.credentialStatus(TradingMode::Paper).startsWith(u"Paper secret: required"_s),
             qPrintable(dialog.credentialStatus(TradingMode::Paper)));
    QCOMPARE(dialog.focusWidget(), child<QLineEdit>(dialog, "paperSecretEdit"));
    setText(dialog, "paperKeyEdit", QString());
    setText(dialog, "paperSecretEdit", kSecret);
    QTest::mouseClick(child<QPushButton>(dialog, "paperSaveButton"), Qt::LeftButton);
    QCOMPARE(dialog.credentialStatus(TradingMode::Paper), u"Paper key ID: required."_s);
    QCOMPARE(fake.calls, 0);
}

void tst_SettingsDialog::saveRefusedByTheHostKeepsTheInput()
{
    AppSettings settings(path());
    FakeTester fake;
    Error refused;
    refused.code = Error::Code::Unauthorized;
    refused.message = u"forbidden"_s;
    fake.error = refused;
    MAKE_DIALOG(settings, store, fake.function());
    QSignalSpy storedSpy(&store, &CredentialStore::stored);
    QSignalSpy saved(&dialog, &SettingsDialog::credentialsSaved);
    setText(dialog, "paperKeyEdit", kPaperKey);
    setText(dialog, "paperSecretEdit", kSecret);
    QTest::mouseClick(child<QPushButton>(dialog, "paperSaveButton"), Qt::LeftButton);
    QTRY_COMPARE(dialog.credentialStatus(TradingMode::Paper),
                 u"Not saved: PK…WXYZ was refused: forbidden"_s);
    QCOMPARE(fake.calls, 1);
    QCOMPARE(child<QLineEdit>(dialog, "paperKeyEdit")->text(), kPaperKey);
    QVERIFY(child<QLineEdit>(dialog, "paperSecretEdit")->text() == kSecret); // never printed
    QCOMPARE(saved.count(), 0);
    QTest::qWait(50);
    QCOMPARE(storedSpy.count(), 0); // never offered to the keychain
}

void tst_SettingsDialog::saveStoresInTheKeychain()
{
    REQUIRE_KEYCHAIN();
    AppSettings settings(path());
    FakeTester fake;
    fake.account = u"PA7654321"_s;
    {
        MAKE_DIALOG(settings, store, fake.function());
        QSignalSpy saved(&dialog, &SettingsDialog::credentialsSaved);
        setText(dialog, "paperKeyEdit", kPaperKey);
        setText(dialog, "paperSecretEdit", kSecret);
        QTest::mouseClick(child<QPushButton>(dialog, "paperSaveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(kTimeoutMs));
        QCOMPARE(saved.at(0).at(0).value<TradingMode>(), TradingMode::Paper);
        QCOMPARE(saved.at(0).at(1).toString(), u"PK…WXYZ"_s);
        QCOMPARE(saved.at(0).at(2).toString(), u"PA7654321"_s);
        QCOMPARE(dialog.credentialStatus(TradingMode::Paper),
                 u"Saved in the keychain: PK…WXYZ (account PA7654321)"_s);
        // Once saved, the secret leaves the form; the key id is shown masked.
        QVERIFY(child<QLineEdit>(dialog, "paperSecretEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(dialog, "paperKeyEdit")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(dialog, "paperKeyEdit")->placeholderText(), u"PK…WXYZ"_s);
    }
    {
        // A new dialog finds it, and tests the saved pair without retyping it.
        MAKE_DIALOG(settings, store, fake.function());
        QCOMPARE(dialog.credentialStatus(TradingMode::Paper), u"Saved in the keychain: PK…WXYZ"_s);
        QCOMPARE(dialog.credentialStatus(TradingMode::Live), u"No keys saved."_s);
        QTest::mouseClick(child<QPushButton>(dialog, "paperTestButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.credentialStatus(TradingMode::Paper),
                     u"PK…WXYZ works: account PA7654321."_s);
        QVERIFY(fake.lastCredentials == BrokerCredentials(kPaperKey, kSecret));

        // Clear asks first; Cancel keeps the keys.
        dialog.show();
        QSignalSpy cleared(&dialog, &SettingsDialog::credentialsCleared);
        QTest::mouseClick(child<QPushButton>(dialog, "paperClearButton"), Qt::LeftButton);
        auto *confirm = dialog.findChild<QMessageBox *>(u"clearConfirmation"_s);
        QVERIFY(confirm);
        confirm->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QCOMPARE(cleared.count(), 0);
        QTest::mouseClick(child<QPushButton>(dialog, "paperClearButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog.findChild<QMessageBox *>(u"clearConfirmation"_s));
        dialog.findChild<QMessageBox *>(u"clearConfirmation"_s)->button(QMessageBox::Yes)->click();
        QVERIFY(cleared.wait(kTimeoutMs));
        QCOMPARE(dialog.credentialStatus(TradingMode::Paper), u"No keys saved."_s);
    }
    CredentialStore check(m_service);
    QSignalSpy loaded(&check, &CredentialStore::loaded);
    check.load(TradingMode::Paper);
    QVERIFY(loaded.wait(kTimeoutMs));
    QVERIFY(loaded.at(0).at(1).value<BrokerCredentials>().isEmpty());
}

void tst_SettingsDialog::secretsNeverInTheSettingsFile()
{
    AppSettings settings(path());
    FakeTester fake;
    {
        MAKE_DIALOG(settings, store, fake.function());
        QSignalSpy storedSpy(&store, &CredentialStore::stored);
        for (const char *prefix : { "paper", "live" }) {
            const QByteArray p(prefix);
            setText(dialog, QByteArray(p + "KeyEdit").constData(),
                    p == "paper" ? kPaperKey : kLiveKey);
            setText(dialog, QByteArray(p + "SecretEdit").constData(), kSecret);
            QTest::mouseClick(child<QPushButton>(dialog, QByteArray(p + "TestButton").constData()),
                              Qt::LeftButton);
            const TradingMode mode = p == "paper" ? TradingMode::Paper : TradingMode::Live;
            QTRY_VERIFY(dialog.credentialStatus(mode).contains(u"works"_s));
            QTest::mouseClick(child<QPushButton>(dialog, QByteArray(p + "SaveButton").constData()),
                              Qt::LeftButton);
        }
        // Saved or refused by the keychain, either way the flow has finished.
        QTRY_COMPARE_WITH_TIMEOUT(storedSpy.count(), 2, kTimeoutMs);
        setText(dialog, "maxOrderValueEdit", u"1000"_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        for (TradingMode mode : { TradingMode::Paper, TradingMode::Live })
            QVERIFY(!dialog.credentialStatus(mode).contains(kSecret));
        QVERIFY(!dialog.errorText().contains(kSecret));
    }
    settings.sync();
    const QByteArray file = fileBytes(path());
    QVERIFY(file.contains("maxOrderValue=1000")); // the file was written
    QVERIFY(!file.contains(kSecret.toUtf8()));
    QVERIFY(!file.contains(kPaperKey.toUtf8()));
    QVERIFY(!file.contains(kLiveKey.toUtf8()));
    for (const QString &key : settings.settings().allKeys())
        QVERIFY(!settings.settings().value(key).toString().contains(kSecret));
    if (m_unavailable.isEmpty()) {
        CredentialStore store(m_service);
        for (TradingMode mode : { TradingMode::Paper, TradingMode::Live }) {
            QSignalSpy removed(&store, &CredentialStore::removed);
            store.remove(mode);
            QVERIFY(removed.wait(kTimeoutMs));
        }
    }
}

void tst_SettingsDialog::noKeychainNoTester()
{
    AppSettings settings(path());
    SettingsDialog dialog(&settings, nullptr, {});
    QVERIFY(dialog.credentialStatus(TradingMode::Paper).contains(u"No keychain"_s));
    QVERIFY(!child<QPushButton>(dialog, "paperSaveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "liveTestButton")->isEnabled());
    // The other pages still work.
    QVERIFY(dialog.apply());
}

void tst_SettingsDialog::themes()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    const QString systemStyle = app->style()->name();
    const QPalette systemPalette = QApplication::palette();
    Theme::apply(app, u"dark"_s);
    QVERIFY(Theme::isDark(QApplication::palette()));
    QCOMPARE(app->style()->name().toLower(), u"fusion"_s);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             Theme::darkPalette().color(QPalette::Window));
    Theme::apply(app, u"light"_s);
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::white));
    Theme::apply(app, u"system"_s);
    QCOMPARE(app->style()->name(), systemStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             systemPalette.color(QPalette::Window));
    // Text stays readable on both: enough contrast between window and text.
    for (const QPalette &p : { Theme::lightPalette(), Theme::darkPalette() }) {
        QVERIFY(
            qAbs(p.color(QPalette::Window).lightness() - p.color(QPalette::WindowText).lightness())
            > 150);
        QVERIFY(qAbs(p.color(QPalette::Base).lightness() - p.color(QPalette::Text).lightness())
                > 150);
    }
}

void tst_SettingsDialog::themedDialog()
{
    // The dialog rendered in both themes: the window follows the theme and an error is
    // drawn in a colour readable on it. (ELSON_SCREENSHOT_DIR also saves each page.)
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    AppSettings settings(path());
    FakeTester fake;
    for (const QString &theme : { u"light"_s, u"dark"_s }) {
        Theme::apply(app, theme);
        MAKE_DIALOG(settings, store, fake.function());
        dialog.resize(600, 600);
        dialog.show();
        setText(dialog, "paperKeyEdit", kPaperKey);
        setText(dialog, "paperSecretEdit", kSecret);
        QTest::mouseClick(child<QPushButton>(dialog, "paperTestButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog.credentialStatus(TradingMode::Paper).contains(u"works"_s));
        saveScreenshot(&dialog, u"elson-settings-credentials-"_s + theme + u".png"_s);
        dialog.showPage(SettingsDialog::Page::Limits);
        setText(dialog, "priceCollarEdit", u"0"_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTest::qWait(20);
        saveScreenshot(&dialog, u"elson-settings-limits-error-"_s + theme + u".png"_s);

        const QImage image = dialog.grab().toImage();
        const QColor window(image.pixel(2, image.height() / 2));
        QCOMPARE(Theme::isDark(QApplication::palette()), theme == u"dark");
        QCOMPARE(window.lightness() < 128, theme == u"dark");
        QLabel *error = child<QLabel>(dialog, "errorLabel");
        QVERIFY(error->isVisible());
        const QColor ink = error->palette().color(QPalette::WindowText);
        QVERIFY2(qAbs(ink.lightness() - window.lightness()) > 60,
                 qPrintable(ink.name() + u" on "_s + window.name()));
        const QRect area(error->mapTo(&dialog, QPoint(0, 0)), error->size());
        int inked = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x)
                inked += QColor(image.pixel(x, y)).red() > QColor(image.pixel(x, y)).green() + 60;
        }
        QVERIFY(inked > 20);

        dialog.showPage(SettingsDialog::Page::Data);
        saveScreenshot(&dialog, u"elson-settings-data-"_s + theme + u".png"_s);
        dialog.showPage(SettingsDialog::Page::Appearance);
        saveScreenshot(&dialog, u"elson-settings-appearance-"_s + theme + u".png"_s);
    }
    Theme::apply(app, u"system"_s);
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
