// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alpacaendpoints.h"
#include "broker.h"
#include "account.h"
#include "brokerconfig.h"
#include "result.h"
#include "tradinggate.h"
#include "tradingmode.h"
#include "userlimits.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QProcessEnvironment;

namespace Elson {

class AuditJournal;
class CredentialStore;

/**
 * Builds the Broker the terminal trades with: the embedded exchange ("sim"), Alpaca's
 * paper account, or — only through every TradingGate — the live account.
 *
 * A request for live is checked against the gates that need no network first
 * (environment, enabled, paper not forced, a live key pair that is not a PK key,
 * explicitly requested, confirmed); a refusal names the first failing gate and sends
 * nothing. Only then is the key pair validated with GET /v2/account on the live host;
 * live is granted when that succeeds (and, when an account number was given as the
 * confirmation, it matches). Every grant and refusal is journaled.
 *
 * Key pairs: the environment's (ALPACA_API_KEY/ALPACA_SECRET_KEY) win and serve both
 * paper and live; without them, with a CredentialStore set, each profile's pair comes
 * from the keychain (read asynchronously when a broker is asked for). Saving a pair
 * validates it against its host first; every save and removal is journaled with the
 * masked key id, never the secret.
 */
class BrokerFactory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerFactory)

public:
    using BrokerPtr = std::shared_ptr<Broker>;

    static constexpr const char *MaxPositionValueVariable = "ELSON_MAX_POSITION_VALUE";
    static constexpr const char *MaxOrderValueVariable = "ELSON_MAX_ORDER_VALUE";

    /** What the factory builds from: the broker configuration, the hosts and the limits. */
    struct Configuration
    {
        BrokerConfig config;
        AlpacaEndpoints endpoints = AlpacaEndpoints::defaults();
        UserLimits limits;
        /** DEFAULT_BROKER (or its setting) was given; otherwise no key pair means the sim. */
        bool defaultBrokerExplicit = false;
        /** Where the embedded exchange keeps its account between runs; empty: fresh each time. */
        QString simStateFile;
    };

    /** Where a profile's key pair came from. */
    enum class CredentialSource { None, Environment, Keychain };

    /** A profile's key pair as resolveCredentials() found it. */
    struct ResolvedCredentials
    {
        BrokerCredentials credentials; ///< empty when source is None
        CredentialSource source = CredentialSource::None;
        /** Why the keychain could not be read (not set when it merely has no entry). */
        Error keychainError;
    };

    /** A key pair the host accepted: its masked key id and the account it opens. */
    struct ValidatedCredentials
    {
        TradingMode profile = TradingMode::Paper;
        QString maskedKeyId;
        Account account;
    };

    /**
     * The configuration of @p environment over @p settings: BrokerConfig::load(),
     * AlpacaEndpoints::fromEnvironment() and the ELSON_MAX_* limits. The error's field
     * names the variable at fault.
     */
    [[nodiscard]] static Result<Configuration>
    configurationFrom(const QProcessEnvironment &environment,
                      const BrokerConfig::SettingsLookup &settings = {});

    explicit BrokerFactory(Configuration configuration, QObject *parent = nullptr);
    ~BrokerFactory() override;

    [[nodiscard]] const Configuration &configuration() const { return m_configuration; }
    /** The journal given to every broker built and used for mode decisions (not owned). */
    void setJournal(AuditJournal *journal) { m_journal = journal; }
    /** The keychain to read key pairs from when the environment has none (not owned). */
    void setCredentialStore(CredentialStore *store) { m_store = store; }
    [[nodiscard]] CredentialStore *credentialStore() const { return m_store; }

    /**
     * @p profile's key pair: the environment's when it has one, else the keychain's
     * entry for the profile, else none. A keychain that cannot be read counts as none,
     * with the reason in keychainError. The answer is remembered for defaultMode() and
     * the brokers built afterwards.
     */
    QFuture<ResolvedCredentials> resolveCredentials(TradingMode profile);
    /**
     * GET /v2/account with @p credentials on @p profile's host (paper or live). A paper
     * (PK…) key offered for live is refused before any request (Safety, gate.paper_key);
     * a key the host rejects is an Unauthorized error.
     */
    QFuture<Result<ValidatedCredentials>> validateCredentials(TradingMode profile,
                                                              const BrokerCredentials &credentials);
    /**
     * Validates @p credentials against @p profile's host, and only then stores them in
     * the keychain and journals "credentials.saved". Fails without a CredentialStore.
     */
    QFuture<Result<ValidatedCredentials>> saveCredentials(TradingMode profile,
                                                          const BrokerCredentials &credentials);
    /** Validates the keychain's key pair for @p profile (the environment is not read). */
    QFuture<Result<ValidatedCredentials>> testStoredCredentials(TradingMode profile);
    /** Removes @p profile's key pair from the keychain and journals "credentials.cleared". */
    QFuture<Result<bool>> clearCredentials(TradingMode profile);

    /**
     * @p name "alpaca" or "sim". "alpaca" with @p usePaper is paperBroker(); without it,
     * liveBroker() with @p liveRequest (live is always counted as requested then).
     * "sim" with usePaper false is refused: the embedded exchange has no live account.
     */
    QFuture<Result<BrokerPtr>> createBroker(const QString &name, bool usePaper,
                                            TradingGate::Request liveRequest = {},
                                            const QString &confirmAccountNumber = {});
    /** The embedded exchange on a loopback port. */
    [[nodiscard]] Result<BrokerPtr> simBroker();
    /** Alpaca's paper host with the environment's key pair; an error when there is none. */
    [[nodiscard]] Result<BrokerPtr> paperBroker();
    /**
     * The live account, through every gate (see the class comment). A non-empty
     * @p confirmAccountNumber must equal the validated account's number.
     */
    QFuture<Result<BrokerPtr>> liveBroker(TradingGate::Request request,
                                          const QString &confirmAccountNumber = {});
    /**
     * What the user gets by default: live when @p request asks for it (gated); else the
     * sim when DEFAULT_BROKER is sim, or when it is unset and there is no key pair;
     * else paper.
     */
    QFuture<Result<BrokerPtr>> defaultBroker(TradingGate::Request request = {},
                                             const QString &confirmAccountNumber = {});

    /** The gates' verdict without validating against the host (for `elsonctl mode`). */
    [[nodiscard]] TradingGate::Evaluation evaluateLive(const TradingGate::Request &request) const;
    /** The mode defaultBroker() would pick when live is not requested. */
    [[nodiscard]] Broker::Mode defaultMode() const;

private:
    [[nodiscard]] Error refuse(TradingGate::Gate gate, const QString &detail = {});
    void journalMode(const QString &action, const QJsonObject &details);
    /** The key pair a broker for @p profile uses now: the environment's, else the resolved one. */
    [[nodiscard]] BrokerCredentials credentialsFor(TradingMode profile) const;
    QFuture<Result<BrokerPtr>> liveWith(TradingGate::Request request,
                                        const QString &confirmAccountNumber);
    [[nodiscard]] Error noStore(TradingMode profile) const;

    Configuration m_configuration;
    AuditJournal *m_journal = nullptr;
    CredentialStore *m_store = nullptr;
    /** What resolveCredentials() found per profile (index: TradingMode). */
    std::optional<ResolvedCredentials> m_resolved[2];
};

} // namespace Elson
