// SPDX-License-Identifier: GPL-3.0-or-later
// BrokerFactory with the REAL keychain (label "keychain"): key pairs validated against the
// host before they are saved, read back per profile when the environment has none, the
// environment winning over them, and every change journaled without the secret.
// Skips without a Secret Service unless ELSON_REQUIRE_KEYCHAIN=1 (scripts/test.sh).
#include "testsecret.h"
#include "auditjournal.h"
#include "brokerfactory.h"
#include "brokertestsupport.h"
#include "credentialstore.h"

#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Elson;
using namespace BrokerTest;
using namespace Qt::StringLiterals;

namespace {

const QString Service = u"Elson Terminal (tst_brokerfactorykeychain)"_s;
const QString PaperKey = u"PKFACTORYKEYCHAIN0WXYZ"_s;
const QString Secret = TestSecret::secret(u"factory-keychain"_s);

/** resolveCredentials() always answers; a default value if it did not in time. */
BrokerFactory::ResolvedCredentials resolved(QFuture<BrokerFactory::ResolvedCredentials> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, WaitMs) || future.resultCount() == 0) {
        BrokerFactory::ResolvedCredentials none;
        none.keychainError = Error::validation(u"test"_s, u"no answer"_s);
        return none;
    }
    return future.result();
}

} // namespace

#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (!m_unavailable.isEmpty()) {                                                            \
            if (qEnvironmentVariableIntValue("ELSON_REQUIRE_KEYCHAIN") == 1)                       \
                QFAIL(qPrintable(u"ELSON_REQUIRE_KEYCHAIN=1 but the keychain is unavailable: "_s   \
                                 + m_unavailable));                                                \
            QSKIP(qPrintable(u"no usable keychain (scripts/test.sh provides one): "_s             \
                             + m_unavailable));                                                    \
        }                                                                                          \
    } while (false)

class tst_BrokerFactoryKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void saveOnlyWhatTheHostAccepts();
    void keychainPairWhenTheEnvironmentHasNone();
    void environmentWins();
    void paperKeyIsNeverStoredAsLive();

private:
    std::unique_ptr<BrokerFactory> factory(const QMap<QString, QString> &extra = {});
    QByteArray journalText() const;

    std::unique_ptr<SimService> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<CredentialStore> m_store;
    QString m_unavailable;
};

void tst_BrokerFactoryKeychain::initTestCase()
{
    m_sim = std::make_unique<SimService>(simOptions(PaperKey, Secret));
    QVERIFY(m_sim->start().ok());
    QVERIFY(m_dir.isValid());
    m_journal = std::make_unique<AuditJournal>(m_dir.filePath(u"audit.jsonl"_s));
    QVERIFY(m_journal->open().ok());
    m_store = std::make_unique<CredentialStore>(Service);
    for (TradingMode profile : {TradingMode::Paper, TradingMode::Live}) {
        QSignalSpy removed(m_store.get(), &CredentialStore::removed);
        m_store->remove(profile);
        QVERIFY(removed.wait(20'000));
        const Error error = removed.at(0).at(1).value<Error>();
        if (error.isError()) {
            m_unavailable = error.message;
            return;
        }
    }
}

void tst_BrokerFactoryKeychain::cleanupTestCase()
{
    if (!m_unavailable.isEmpty())
        return;
    for (TradingMode profile : {TradingMode::Paper, TradingMode::Live}) {
        QSignalSpy removed(m_store.get(), &CredentialStore::removed);
        m_store->remove(profile);
        QVERIFY(removed.wait(20'000));
    }
}

std::unique_ptr<BrokerFactory> tst_BrokerFactoryKeychain::factory(const QMap<QString, QString> &extra)
{
    QProcessEnvironment environment;
    environment.insert(u"ALPACA_PAPER_URL"_s, m_sim->url().toString());
    environment.insert(u"ALPACA_DATA_URL"_s, m_sim->url().toString());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        environment.insert(it.key(), it.value());
    const Result<BrokerFactory::Configuration> configuration =
        BrokerFactory::configurationFrom(environment);
    if (!configuration)
        qFatal("configuration: %s", qPrintable(configuration.error().toString()));
    auto made = std::make_unique<BrokerFactory>(configuration.value());
    made->setJournal(m_journal.get());
    made->setCredentialStore(m_store.get());
    return made;
}

QByteArray tst_BrokerFactoryKeychain::journalText() const
{
    QFile file(m_journal->path());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_BrokerFactoryKeychain::saveOnlyWhatTheHostAccepts()
{
    REQUIRE_KEYCHAIN();
    auto f = factory();
    const Result<BrokerFactory::ValidatedCredentials> rejected =
        await(f->saveCredentials(TradingMode::Paper, BrokerCredentials(PaperKey, Secret + u"-wrong"_s)));
    QVERIFY(!rejected.ok());
    QCOMPARE(rejected.error().code, Error::Code::Unauthorized);
    QVERIFY(rejected.error().message.contains(u"PK…WXYZ"_s));
    const BrokerFactory::ResolvedCredentials none = resolved(f->resolveCredentials(TradingMode::Paper));
    QCOMPARE(none.source, BrokerFactory::CredentialSource::None);
    QVERIFY(!none.keychainError.isError()); // no entry is not a keychain failure

    const Result<BrokerFactory::ValidatedCredentials> saved =
        await(f->saveCredentials(TradingMode::Paper, BrokerCredentials(PaperKey, Secret)));
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(saved->maskedKeyId, u"PK…WXYZ"_s);
    QCOMPARE(saved->account.accountNumber, m_sim->exchange()->account().accountNumber);
    const Result<BrokerFactory::ValidatedCredentials> tested = await(f->testStoredCredentials(TradingMode::Paper));
    QVERIFY2(tested.ok(), qPrintable(tested.error().toString()));

    const QByteArray journal = journalText();
    QVERIFY(journal.contains("credentials.refused"));
    QVERIFY(journal.contains("credentials.saved"));
    QVERIFY(!journal.contains(PaperKey.toUtf8()));
    QVERIFY(!journal.contains(TestSecret::base().toUtf8()));
    QVERIFY(AuditJournal::verify(m_journal->path()).ok());
}

void tst_BrokerFactoryKeychain::keychainPairWhenTheEnvironmentHasNone()
{
    REQUIRE_KEYCHAIN();
    auto f = factory();
    QVERIFY(await(f->saveCredentials(TradingMode::Paper, BrokerCredentials(PaperKey, Secret))).ok());

    auto fresh = factory(); // a new process, as it were
    QCOMPARE(fresh->defaultMode(), Broker::Mode::Sim); // nothing read yet
    const Result<BrokerFactory::BrokerPtr> broker = await(fresh->defaultBroker());
    QVERIFY2(broker.ok(), qPrintable(broker.error().toString()));
    QCOMPARE(broker.value()->mode(), Broker::Mode::Paper);
    QCOMPARE(fresh->defaultMode(), Broker::Mode::Paper);
    QVERIFY(await(broker.value()->account()).ok());

    QVERIFY(await(fresh->clearCredentials(TradingMode::Paper)).ok());
    QVERIFY(journalText().contains("credentials.cleared"));
    auto after = factory();
    const Result<BrokerFactory::BrokerPtr> sim = await(after->defaultBroker());
    QVERIFY(sim.ok());
    QCOMPARE(sim.value()->mode(), Broker::Mode::Sim);
    QCOMPARE(await(after->testStoredCredentials(TradingMode::Paper)).error().code, Error::Code::Safety);
}

void tst_BrokerFactoryKeychain::environmentWins()
{
    REQUIRE_KEYCHAIN();
    auto f = factory();
    QVERIFY(await(f->saveCredentials(TradingMode::Paper, BrokerCredentials(PaperKey, Secret))).ok());
    // A different (wrong) pair in the environment is the one used: the host refuses it.
    auto env = factory({{u"ALPACA_API_KEY"_s, PaperKey}, {u"ALPACA_SECRET_KEY"_s, Secret + u"-env"_s}});
    const BrokerFactory::ResolvedCredentials fromEnvironment = resolved(env->resolveCredentials(TradingMode::Paper));
    QCOMPARE(fromEnvironment.source, BrokerFactory::CredentialSource::Environment);
    const Result<BrokerFactory::BrokerPtr> broker = await(env->defaultBroker());
    QVERIFY(broker.ok());
    QCOMPARE(await(broker.value()->account()).error().code, Error::Code::Unauthorized);
    QVERIFY(await(f->clearCredentials(TradingMode::Paper)).ok());
}

void tst_BrokerFactoryKeychain::paperKeyIsNeverStoredAsLive()
{
    REQUIRE_KEYCHAIN();
    // The live host is a port that counts connections: the refusal must not reach it.
    QTcpServer live;
    QVERIFY(live.listen(QHostAddress::LocalHost, 0));
    auto f = factory({{u"ALPACA_LIVE_URL"_s, u"http://127.0.0.1:"_s + QString::number(live.serverPort())}});
    const Result<BrokerFactory::ValidatedCredentials> refused =
        await(f->saveCredentials(TradingMode::Live, BrokerCredentials(PaperKey, Secret)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().extra.value(u"rule"_s).toString(), u"gate.paper_key"_s);
    QTest::qWait(100);
    QVERIFY(!live.hasPendingConnections());
    QCOMPARE(resolved(f->resolveCredentials(TradingMode::Live)).source, BrokerFactory::CredentialSource::None);
}

QTEST_GUILESS_MAIN(tst_BrokerFactoryKeychain)
#include "tst_brokerfactorykeychain.moc"
