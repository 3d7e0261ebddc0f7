// SPDX-License-Identifier: GPL-3.0-or-later
// Configuration from the environment over settings: defaults, strict parsing, the two
// spellings of the key variables, and errors that name the variable but never a secret.
#include "testsecret.h"
#include "brokerconfig.h"

#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment environmentOf(const QVariantMap &variables)
{
    QProcessEnvironment environment;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value().toString());
    return environment;
}

BrokerConfig::SettingsLookup lookupOf(const QVariantMap &settings)
{
    return [settings](const QString &key) { return settings.value(key); };
}

const QString kSecret = TestSecret::secret(u"config"_s);
const QString kOtherSecret = TestSecret::secret(u"config-other"_s);

} // namespace

class tst_BrokerConfig : public QObject
{
    Q_OBJECT

private slots:
    void load_data();
    void load();
    void parseBool_data();
    void parseBool();
    void errorsNeverContainSecrets();
    void readsQSettings();
};

void tst_BrokerConfig::load_data()
{
    QTest::addColumn<QVariantMap>("environment");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QString>("errorField"); // empty: success expected
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<bool>("liveEnabled");
    QTest::addColumn<bool>("usePaper");
    QTest::addColumn<QString>("broker");
    QTest::addColumn<QString>("keyId");

    const QVariantMap none;
    QTest::newRow("defaults") << none << none << QString() << u"development"_s << false << true
                              << u"alpaca"_s << QString();
    QTest::newRow("production live")
        << QVariantMap { { u"ENVIRONMENT"_s, u"production"_s },
                         { u"LIVE_TRADING_ENABLED"_s, u"true"_s },
                         { u"USE_PAPER_TRADING"_s, u"false"_s } }
        << none << QString() << u"production"_s << true << false << u"alpaca"_s << QString();
    QTest::newRow("staging, case and blanks")
        << QVariantMap { { u"ENVIRONMENT"_s, u" Staging\n"_s }, { u"DEFAULT_BROKER"_s, u"SIM"_s } }
        << none << QString() << u"staging"_s << false << true << u"sim"_s << QString();
    QTest::newRow("1/0") << QVariantMap { { u"LIVE_TRADING_ENABLED"_s, u"1"_s },
                                          { u"USE_PAPER_TRADING"_s, u"0"_s } }
                         << none << QString() << u"development"_s << true << false << u"alpaca"_s
                         << QString();
    QTest::newRow("yes/no") << QVariantMap { { u"LIVE_TRADING_ENABLED"_s, u"YES"_s },
                                             { u"USE_PAPER_TRADING"_s, u"no"_s } }
                            << none << QString() << u"development"_s << true << false << u"alpaca"_s
                            << QString();
    QTest::newRow("empty variable is unset")
        << QVariantMap { { u"ENVIRONMENT"_s, u""_s }, { u"USE_PAPER_TRADING"_s, u"  "_s } } << none
        << QString() << u"development"_s << false << true << u"alpaca"_s << QString();

    // Errors name the variable.
    QTest::newRow("bad environment")
        << QVariantMap { { u"ENVIRONMENT"_s, u"prod"_s } } << none << u"ENVIRONMENT"_s << QString()
        << false << true << QString() << QString();
    QTest::newRow("bad live flag")
        << QVariantMap { { u"LIVE_TRADING_ENABLED"_s, u"on"_s } } << none
        << u"LIVE_TRADING_ENABLED"_s << QString() << false << true << QString() << QString();
    QTest::newRow("bad paper flag")
        << QVariantMap { { u"USE_PAPER_TRADING"_s, u"2"_s } } << none << u"USE_PAPER_TRADING"_s
        << QString() << false << true << QString() << QString();
    QTest::newRow("bad broker") << QVariantMap { { u"DEFAULT_BROKER"_s, u"ibkr"_s } } << none
                                << u"DEFAULT_BROKER"_s << QString() << false << true << QString()
                                << QString();

    // Settings under the environment.
    const QVariantMap settings { { u"trading/environment"_s, u"production"_s },
                                 { u"trading/liveTradingEnabled"_s, true },
                                 { u"trading/usePaperTrading"_s, u"false"_s },
                                 { u"trading/defaultBroker"_s, u"sim"_s } };
    QTest::newRow("settings only") << none << settings << QString() << u"production"_s << true
                                   << false << u"sim"_s << QString();
    QTest::newRow("environment wins over settings")
        << QVariantMap { { u"ENVIRONMENT"_s, u"staging"_s },
                         { u"LIVE_TRADING_ENABLED"_s, u"no"_s } }
        << settings << QString() << u"staging"_s << false << false << u"sim"_s << QString();
    QTest::newRow("bad settings value names the key")
        << none << QVariantMap { { u"trading/usePaperTrading"_s, u"maybe"_s } }
        << u"trading/usePaperTrading"_s << QString() << false << true << QString() << QString();

    // Credentials: both spellings, conflicts and halves.
    QTest::newRow("ALPACA_ pair") << QVariantMap { { u"ALPACA_API_KEY"_s,
                                                     u"AKLIVEKEY0123456789X"_s },
                                                   { u"ALPACA_SECRET_KEY"_s, kSecret } }
                                  << none << QString() << u"development"_s << false << true
                                  << u"alpaca"_s << u"AKLIVEKEY0123456789X"_s;
    QTest::newRow("APCA_ pair") << QVariantMap { { u"APCA_API_KEY_ID"_s,
                                                   u"PKPAPERKEY012345678Y"_s },
                                                 { u"APCA_API_SECRET_KEY"_s, kSecret } }
                                << none << QString() << u"development"_s << false << true
                                << u"alpaca"_s << u"PKPAPERKEY012345678Y"_s;
    QTest::newRow("both spellings agree")
        << QVariantMap { { u"ALPACA_API_KEY"_s, u"PKPAPERKEY012345678Y"_s },
                         { u"APCA_API_KEY_ID"_s, u"PKPAPERKEY012345678Y"_s },
                         { u"ALPACA_SECRET_KEY"_s, kSecret },
                         { u"APCA_API_SECRET_KEY"_s, kSecret } }
        << none << QString() << u"development"_s << false << true << u"alpaca"_s
        << u"PKPAPERKEY012345678Y"_s;
    QTest::newRow("key ids differ")
        << QVariantMap { { u"ALPACA_API_KEY"_s, u"PKAAAAAAAAAAAAAAAAAA"_s },
                         { u"APCA_API_KEY_ID"_s, u"PKBBBBBBBBBBBBBBBBBB"_s },
                         { u"ALPACA_SECRET_KEY"_s, kSecret } }
        << none << u"ALPACA_API_KEY"_s << QString() << false << true << QString() << QString();
    QTest::newRow("secrets differ")
        << QVariantMap { { u"ALPACA_API_KEY"_s, u"PKAAAAAAAAAAAAAAAAAA"_s },
                         { u"ALPACA_SECRET_KEY"_s, kSecret },
                         { u"APCA_API_SECRET_KEY"_s, kOtherSecret } }
        << none << u"ALPACA_SECRET_KEY"_s << QString() << false << true << QString() << QString();
    QTest::newRow("key without secret")
        << QVariantMap { { u"ALPACA_API_KEY"_s, u"PKAAAAAAAAAAAAAAAAAA"_s } } << none
        << u"ALPACA_SECRET_KEY"_s << QString() << false << true << QString() << QString();
    QTest::newRow("secret without key")
        << QVariantMap { { u"APCA_API_SECRET_KEY"_s, kSecret } } << none << u"ALPACA_API_KEY"_s
        << QString() << false << true << QString() << QString();
    QTest::newRow("secrets never come from settings")
        << none
        << QVariantMap { { u"ALPACA_API_KEY"_s, u"PKAAAAAAAAAAAAAAAAAA"_s },
                         { u"ALPACA_SECRET_KEY"_s, kSecret } }
        << QString() << u"development"_s << false << true << u"alpaca"_s << QString();
}

void tst_BrokerConfig::load()
{
    QFETCH(QVariantMap, environment);
    QFETCH(QVariantMap, settings);
    QFETCH(QString, errorField);

    const Result<BrokerConfig> config =
        BrokerConfig::load(environmentOf(environment), lookupOf(settings));
    if (!errorField.isEmpty()) {
        QVERIFY(!config);
        QCOMPARE(config.error().code, Error::Code::Validation);
        QCOMPARE(config.error().field, errorField);
        QVERIFY2(config.error().message.contains(errorField), qPrintable(config.error().message));
        return;
    }
    QVERIFY2(config, qPrintable(config.error().toString()));
    QFETCH(QString, deployment);
    QFETCH(bool, liveEnabled);
    QFETCH(bool, usePaper);
    QFETCH(QString, broker);
    QFETCH(QString, keyId);
    QCOMPARE(BrokerConfig::environmentName(config->environment), deployment);
    QCOMPARE(config->liveTradingEnabled, liveEnabled);
    QCOMPARE(config->usePaperTrading, usePaper);
    QCOMPARE(BrokerConfig::brokerName(config->defaultBroker), broker);
    QCOMPARE(config->environmentCredentials.keyId(), keyId);
    QCOMPARE(config->environmentCredentials.isEmpty(), keyId.isEmpty());
    if (!keyId.isEmpty())
        QCOMPARE(config->environmentCredentials.secretKey(), kSecret);
}

void tst_BrokerConfig::parseBool_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 error
    const QStringList yes { u"true"_s, u"TRUE"_s, u"True"_s,   u"1"_s,
                            u"yes"_s,  u"Yes"_s,  u" true\n"_s };
    const QStringList no { u"false"_s, u"FALSE"_s, u"0"_s, u"no"_s, u"NO"_s, u"\tno "_s };
    const QStringList bad { u""_s,   u"on"_s,    u"off"_s, u"y"_s,       u"n"_s, u"2"_s,
                            u"-1"_s, u"truee"_s, u"t"_s,   u"enabled"_s, u"01"_s };
    for (const QString &t : yes)
        QTest::addRow("true '%s'", qPrintable(t)) << t << 1;
    for (const QString &t : no)
        QTest::addRow("false '%s'", qPrintable(t)) << t << 0;
    for (const QString &t : bad)
        QTest::addRow("error '%s'", qPrintable(t)) << t << -1;
}

void tst_BrokerConfig::parseBool()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const Result<bool> parsed = BrokerConfig::parseBool(text, u"SOME_FLAG"_s);
    if (expected < 0) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().field, u"SOME_FLAG"_s);
        QVERIFY(parsed.error().message.contains(u"SOME_FLAG"_s));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed.value(), expected == 1);
}

void tst_BrokerConfig::errorsNeverContainSecrets()
{
    const QVariantMap cases[] = {
        { { u"ALPACA_API_KEY"_s, u"PKAAAAAAAAAAAAAAAAAA"_s },
          { u"ALPACA_SECRET_KEY"_s, kSecret },
          { u"APCA_API_SECRET_KEY"_s, kOtherSecret } },
        { { u"APCA_API_SECRET_KEY"_s, kSecret } },
        { { u"ALPACA_SECRET_KEY"_s, kSecret }, { u"ENVIRONMENT"_s, u"prod"_s } },
    };
    for (const QVariantMap &variables : cases) {
        const Result<BrokerConfig> config = BrokerConfig::load(environmentOf(variables));
        QVERIFY(!config);
        const QString text = config.error().toString();
        QVERIFY2(!text.contains(kSecret) && !text.contains(kOtherSecret), qPrintable(text));
    }
}

void tst_BrokerConfig::readsQSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"elson.ini"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(u"trading/environment"_s, u"production"_s);
        settings.setValue(u"trading/liveTradingEnabled"_s, true);
        settings.setValue(u"trading/defaultBroker"_s, u"sim"_s);
    }
    const QSettings settings(path, QSettings::IniFormat);
    const Result<BrokerConfig> config =
        BrokerConfig::load(QProcessEnvironment(), BrokerConfig::lookupIn(settings));
    QVERIFY2(config, qPrintable(config.error().toString()));
    QCOMPARE(config->environment, DeploymentEnvironment::Production);
    QVERIFY(config->liveTradingEnabled);
    QVERIFY(config->usePaperTrading);
    QCOMPARE(config->defaultBroker, BrokerKind::Sim);
}

QTEST_GUILESS_MAIN(tst_BrokerConfig)
#include "tst_brokerconfig.moc"
