// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerfactory.h"

#include "alpacabroker.h"
#include "alpacaclient.h"
#include "auditjournal.h"
#include "credentialstate.h"
#include "simbroker.h"

#include <QProcessEnvironment>
#include <QPromise>

namespace Elson {

namespace {

template<typename T> QFuture<Result<T>> ready(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

Result<std::optional<Decimal>> limitFrom(const QProcessEnvironment &environment, const char *name)
{
    const QString variable = QString::fromLatin1(name);
    const QString text = environment.value(variable).trimmed();
    if (text.isEmpty())
        return std::optional<Decimal>();
    Result<Decimal> value = Decimal::fromString(text, variable);
    if (!value)
        return value.error();
    if (value.value() <= Decimal::fromInt(0))
        return Error::validation(variable, BrokerFactory::tr("%1 must be a positive dollar amount.")
                                               .arg(variable));
    return std::optional<Decimal>(value.value());
}

} // namespace

Result<BrokerFactory::Configuration>
BrokerFactory::configurationFrom(const QProcessEnvironment &environment,
                                 const BrokerConfig::SettingsLookup &settings)
{
    Configuration configuration;
    Result<BrokerConfig> config = BrokerConfig::load(environment, settings);
    if (!config)
        return config.error();
    configuration.config = config.value();
    Result<AlpacaEndpoints> endpoints = AlpacaEndpoints::fromEnvironment(environment);
    if (!endpoints)
        return endpoints.error();
    configuration.endpoints = endpoints.value();
    Result<std::optional<Decimal>> maxPosition = limitFrom(environment, MaxPositionValueVariable);
    if (!maxPosition)
        return maxPosition.error();
    if (maxPosition.value())
        configuration.limits.maxPositionValue = maxPosition.value();
    Result<std::optional<Decimal>> maxOrder = limitFrom(environment, MaxOrderValueVariable);
    if (!maxOrder)
        return maxOrder.error();
    configuration.limits.maxOrderValue = maxOrder.value();
    configuration.defaultBrokerExplicit =
        !environment.value(QString::fromLatin1(BrokerConfig::DefaultBrokerVariable)).trimmed().isEmpty()
        || (settings && settings(QString::fromLatin1(BrokerConfig::DefaultBrokerKey)).isValid());
    return configuration;
}

BrokerFactory::BrokerFactory(Configuration configuration, QObject *parent)
    : QObject(parent), m_configuration(std::move(configuration))
{
}

BrokerFactory::~BrokerFactory() = default;

void BrokerFactory::journalMode(const QString &action, const QJsonObject &details)
{
    if (!m_journal)
        return;
    (void)m_journal->append(QStringLiteral("user"), action, std::nullopt,
                            AuditJournal::maskSecrets(
                                details, {m_configuration.config.environmentCredentials.secretKey()}));
}

Error BrokerFactory::refuse(TradingGate::Gate gate, const QString &detail)
{
    Error error = TradingGate::refusal(gate, m_configuration.config);
    if (!detail.isEmpty())
        error.message = tr("%1 (%2)").arg(error.message, detail);
    journalMode(QStringLiteral("mode.refused"),
                {{QStringLiteral("requested"), QStringLiteral("live")},
                 {QStringLiteral("gate"), TradingGate::code(gate)},
                 {QStringLiteral("field"), error.field},
                 {QStringLiteral("message"), error.message}});
    return error;
}

TradingGate::Evaluation BrokerFactory::evaluateLive(const TradingGate::Request &request) const
{
    return TradingGate::evaluate(m_configuration.config,
                                 CredentialState::of(m_configuration.config.environmentCredentials),
                                 request);
}

Broker::Mode BrokerFactory::defaultMode() const
{
    const BrokerConfig &config = m_configuration.config;
    if (config.defaultBroker == BrokerKind::Sim)
        return Broker::Mode::Sim;
    if (!m_configuration.defaultBrokerExplicit && config.environmentCredentials.isEmpty())
        return Broker::Mode::Sim;
    return Broker::Mode::Paper;
}

Result<BrokerFactory::BrokerPtr> BrokerFactory::simBroker()
{
    AlpacaBroker::Settings settings;
    settings.environment = m_configuration.config.environment;
    settings.liveTradingEnabled = m_configuration.config.liveTradingEnabled;
    settings.limits = m_configuration.limits;
    Result<std::unique_ptr<SimBroker>> broker = SimBroker::create(SimBroker::defaultOptions(), settings);
    if (!broker)
        return broker.error();
    BrokerPtr shared(std::move(broker).value().release());
    shared->setJournal(m_journal);
    return shared;
}

Result<BrokerFactory::BrokerPtr> BrokerFactory::paperBroker()
{
    const BrokerConfig &config = m_configuration.config;
    if (config.environmentCredentials.isEmpty()) {
        Error error;
        error.code = Error::Code::Safety;
        error.field = QString::fromLatin1(BrokerConfig::ApiKeyVariable);
        error.message = tr("There is no paper API key pair: set %1 and %2, or use the embedded "
                           "exchange (DEFAULT_BROKER=sim).")
                            .arg(QString::fromLatin1(BrokerConfig::ApiKeyVariable),
                                 QString::fromLatin1(BrokerConfig::SecretKeyVariable));
        return error;
    }
    AlpacaBroker::Settings settings;
    settings.endpoints = m_configuration.endpoints;
    settings.credentials = config.environmentCredentials;
    settings.mode = Broker::Mode::Paper;
    settings.environment = config.environment;
    settings.liveTradingEnabled = config.liveTradingEnabled;
    settings.limits = m_configuration.limits;
    BrokerPtr broker = std::make_shared<AlpacaBroker>(settings);
    broker->setJournal(m_journal);
    return broker;
}

QFuture<Result<BrokerFactory::BrokerPtr>>
BrokerFactory::liveBroker(TradingGate::Request request, const QString &confirmAccountNumber)
{
    const BrokerConfig &config = m_configuration.config;
    const BrokerCredentials credentials = config.environmentCredentials;

    // Every gate but the host's answer, before anything is sent: assume the validation
    // will succeed and see what else fails.
    const TradingGate::Evaluation offline =
        TradingGate::evaluate(config, CredentialState::of(credentials, true), request);
    if (const std::optional<TradingGate::Gate> gate = offline.firstFailure())
        return ready<BrokerPtr>(refuse(*gate));

    AlpacaClient::Options options;
    options.endpoints = m_configuration.endpoints;
    options.environment = TradingEnvironment::Live;
    auto *client = new AlpacaClient(Credentials(credentials.keyId(), credentials.secretKey()),
                                    options, this);
    auto promise = std::make_shared<QPromise<Result<BrokerPtr>>>();
    promise->start();
    QFuture<Result<BrokerPtr>> future = promise->future();
    client->account().then(this, [this, client, promise, request, confirmAccountNumber,
                                  credentials](Result<Account> account) {
        client->deleteLater();
        auto finish = [promise](Result<BrokerPtr> result) {
            promise->addResult(std::move(result));
            promise->finish();
        };
        if (!account) {
            finish(refuse(TradingGate::Gate::NotValidated, account.error().message));
            return;
        }
        if (!confirmAccountNumber.isEmpty()
            && confirmAccountNumber.trimmed() != account.value().accountNumber) {
            finish(refuse(TradingGate::Gate::NotConfirmed,
                          tr("the confirmation does not match the live account's number")));
            return;
        }
        const BrokerConfig &gated = m_configuration.config;
        const Result<TradingMode> decided =
            TradingGate::decide(gated, CredentialState::of(credentials, true), request);
        if (!decided || decided.value() != TradingMode::Live) {
            const auto gate = TradingGate::evaluate(gated, CredentialState::of(credentials, true),
                                                    request).firstFailure();
            finish(refuse(gate.value_or(TradingGate::Gate::NotRequested)));
            return;
        }
        AlpacaBroker::Settings settings;
        settings.endpoints = m_configuration.endpoints;
        settings.credentials = credentials;
        settings.mode = Broker::Mode::Live;
        settings.environment = gated.environment;
        settings.liveTradingEnabled = gated.liveTradingEnabled;
        settings.validatedAgainstLive = true;
        settings.limits = m_configuration.limits;
        BrokerPtr broker = std::make_shared<AlpacaBroker>(settings);
        broker->setJournal(m_journal);
        journalMode(QStringLiteral("mode.live"),
                    {{QStringLiteral("key_id"), credentials.maskedKeyId()},
                     {QStringLiteral("account_number"), account.value().accountNumber}});
        finish(broker);
    });
    return future;
}

QFuture<Result<BrokerFactory::BrokerPtr>>
BrokerFactory::createBroker(const QString &name, bool usePaper, TradingGate::Request liveRequest,
                            const QString &confirmAccountNumber)
{
    const QString kind = name.trimmed().toLower();
    if (kind == u"sim") {
        if (!usePaper) {
            Error error;
            error.code = Error::Code::Safety;
            error.field = QStringLiteral("broker");
            error.message = tr("The embedded exchange has no live account.");
            return ready<BrokerPtr>(error);
        }
        return ready(simBroker());
    }
    if (kind == u"alpaca") {
        if (usePaper)
            return ready(paperBroker());
        liveRequest.live = true;
        return liveBroker(liveRequest, confirmAccountNumber);
    }
    return ready<BrokerPtr>(Error::validation(
        QStringLiteral("broker"), tr("Unknown broker \"%1\": use alpaca or sim.").arg(name)));
}

QFuture<Result<BrokerFactory::BrokerPtr>>
BrokerFactory::defaultBroker(TradingGate::Request request, const QString &confirmAccountNumber)
{
    if (request.live)
        return liveBroker(request, confirmAccountNumber);
    if (defaultMode() == Broker::Mode::Sim)
        return ready(simBroker());
    return ready(paperBroker());
}

} // namespace Elson
