// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alpacaendpoints.h"
#include "broker.h"
#include "brokerconfig.h"
#include "result.h"
#include "tradinggate.h"
#include "userlimits.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

class QProcessEnvironment;

namespace Elson {

class AuditJournal;

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

    Configuration m_configuration;
    AuditJournal *m_journal = nullptr;
};

} // namespace Elson
