// SPDX-License-Identifier: GPL-3.0-or-later
// The paper/live decision over every combination of the eight gates, the first failing
// gate named in the refusal, and the confirmation phrase.
#include "tradinggate.h"

#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Elson::TradingGate::Gate)

namespace {

// The gates as bits, in the order the documentation lists them. A set bit means "this
// gate's condition holds".
enum Bit {
    Production = 1 << 0,
    LiveEnabled = 1 << 1,
    PaperNotForced = 1 << 2,
    CredentialsPresent = 1 << 3,
    NotPaperKey = 1 << 4,
    Validated = 1 << 5,
    Requested = 1 << 6,
    Confirmed = 1 << 7,
};
constexpr int kGateCount = 8;

// Codes typed from the specification, not read from the class under test.
const QStringList kCodes = {
    u"gate.environment"_s,         u"gate.live_disabled"_s, u"gate.paper_forced"_s,
    u"gate.credentials_missing"_s, u"gate.paper_key"_s,     u"gate.not_validated"_s,
    u"gate.not_requested"_s,       u"gate.not_confirmed"_s,
};
const QStringList kFields = {
    u"ENVIRONMENT"_s, u"LIVE_TRADING_ENABLED"_s, u"USE_PAPER_TRADING"_s,
    u"credentials"_s, u"credentials"_s,          u"credentials"_s,
    u"mode"_s,        u"confirmation"_s,
};

} // namespace

class tst_TradingGate : public QObject
{
    Q_OBJECT

private slots:
    void everyCombination_data();
    void everyCombination();
    void confirmationPhrase_data();
    void confirmationPhrase();
    void gatesAreOrdered();
    void credentialStateFromKeys();
};

void tst_TradingGate::everyCombination_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("firstFailedCode"); // empty: live granted
    QTest::addColumn<QStringList>("failedCodes");

    for (int bits = 0; bits < (1 << kGateCount); ++bits) {
        QStringList failed;
        for (int gate = 0; gate < kGateCount; ++gate) {
            bool holds = bits & (1 << gate);
            // A missing key has no prefix to object to, and cannot have been validated.
            if ((1 << gate) == NotPaperKey && !(bits & CredentialsPresent))
                holds = true;
            if ((1 << gate) == Validated && !(bits & CredentialsPresent))
                holds = false;
            if (!holds)
                failed.append(kCodes.at(gate));
        }
        QTest::addRow("bits=%02x", bits) << bits << failed.value(0) << failed;
    }
}

void tst_TradingGate::everyCombination()
{
    QFETCH(int, bits);
    QFETCH(QString, firstFailedCode);
    QFETCH(QStringList, failedCodes);

    BrokerConfig config;
    // Vary the non-production environment and the refused phrases across rows.
    config.environment = (bits & Production) ? DeploymentEnvironment::Production
        : (bits & LiveEnabled)               ? DeploymentEnvironment::Staging
                                             : DeploymentEnvironment::Development;
    config.liveTradingEnabled = bits & LiveEnabled;
    config.usePaperTrading = !(bits & PaperNotForced);

    CredentialState credentials;
    credentials.present = bits & CredentialsPresent;
    credentials.keyPrefix =
        (bits & NotPaperKey) ? u"AK"_s : ((bits & Validated) ? u"pk"_s : u"PK"_s);
    credentials.validatedAgainstLive = bits & Validated;

    TradingGate::Request request;
    request.live = bits & Requested;
    request.confirmation = (bits & Confirmed) ? ((bits & Validated) ? u"  LIVE\n"_s : u"LIVE"_s)
                                              : ((bits & Production) ? u"live"_s : QString());

    const TradingGate::Evaluation evaluation = TradingGate::evaluate(config, credentials, request);
    QStringList actual;
    for (TradingGate::Gate gate : evaluation.failed)
        actual.append(TradingGate::code(gate));
    QCOMPARE(actual, failedCodes);
    QCOMPARE(evaluation.mode, firstFailedCode.isEmpty() ? TradingMode::Live : TradingMode::Paper);

    const Result<TradingMode> decision = TradingGate::decide(config, credentials, request);
    if (!(bits & Requested)) {
        // Not asking for live is not a refusal: paper, quietly.
        QVERIFY(decision);
        QCOMPARE(decision.value(), TradingMode::Paper);
    } else if (firstFailedCode.isEmpty()) {
        QVERIFY(decision);
        QCOMPARE(decision.value(), TradingMode::Live);
    } else {
        QVERIFY(!decision);
        const Error &error = decision.error();
        QCOMPARE(error.code, Error::Code::Safety);
        QCOMPARE(error.extra.value(u"rule"_s).toString(), firstFailedCode);
        QCOMPARE(error.field, kFields.at(kCodes.indexOf(firstFailedCode)));
        QVERIFY(!error.message.isEmpty());
    }
}

void tst_TradingGate::confirmationPhrase_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("exact") << u"LIVE"_s << true;
    QTest::newRow("surrounding blanks") << u" LIVE \n"_s << true;
    QTest::newRow("lower case") << u"live"_s << false;
    QTest::newRow("mixed case") << u"Live"_s << false;
    QTest::newRow("prefix") << u"LIV"_s << false;
    QTest::newRow("extra") << u"LIVE!"_s << false;
    QTest::newRow("inner space") << u"L IVE"_s << false;
    QTest::newRow("yes") << u"yes"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_TradingGate::confirmationPhrase()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    BrokerConfig config;
    config.environment = DeploymentEnvironment::Production;
    config.liveTradingEnabled = true;
    config.usePaperTrading = false;
    const CredentialState credentials { true, u"AK"_s, true };
    const Result<TradingMode> decision = TradingGate::decide(config, credentials, { true, typed });
    if (accepted) {
        QVERIFY(decision);
        QCOMPARE(decision.value(), TradingMode::Live);
    } else {
        QVERIFY(!decision);
        QCOMPARE(decision.error().extra.value(u"rule"_s).toString(), u"gate.not_confirmed"_s);
        QVERIFY(decision.error().message.contains(u"LIVE"_s));
    }
}

void tst_TradingGate::gatesAreOrdered()
{
    QStringList codes;
    for (TradingGate::Gate gate : TradingGate::gates())
        codes.append(TradingGate::code(gate));
    QCOMPARE(codes, kCodes);
    for (TradingGate::Gate gate : TradingGate::gates()) {
        const Error error = TradingGate::refusal(gate, BrokerConfig());
        QCOMPARE(error.code, Error::Code::Safety);
        QCOMPARE(error.field, TradingGate::field(gate));
        QVERIFY(!error.message.isEmpty());
    }
}

void tst_TradingGate::credentialStateFromKeys()
{
    const CredentialState paper =
        CredentialState::of(BrokerCredentials(u"PKAB12CD34EF56GHWXYZ"_s, u"secret"_s), true);
    QVERIFY(paper.present);
    QCOMPARE(paper.keyPrefix, u"PK"_s);
    QVERIFY(paper.isPaperKey());
    QVERIFY(paper.validatedAgainstLive);

    const CredentialState missing =
        CredentialState::of(BrokerCredentials(u"AKXX"_s, QString()), true);
    QVERIFY(!missing.present);
    QVERIFY(!missing.validatedAgainstLive); // nothing to have validated

    // A PK key never goes live, even when something claims it validated.
    BrokerConfig config;
    config.environment = DeploymentEnvironment::Production;
    config.liveTradingEnabled = true;
    config.usePaperTrading = false;
    const Result<TradingMode> decision = TradingGate::decide(config, paper, { true, u"LIVE"_s });
    QVERIFY(!decision);
    QCOMPARE(decision.error().extra.value(u"rule"_s).toString(), u"gate.paper_key"_s);
}

QTEST_GUILESS_MAIN(tst_TradingGate)
#include "tst_tradinggate.moc"
