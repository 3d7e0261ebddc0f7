// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerfactory.h"

#include "alpacabroker.h"
#include "alpacaclient.h"
#include "auditjournal.h"
#include "credentialstate.h"
#include "credentialstore.h"
#include "simbroker.h"

#include <QDir>
#include <QFileInfo>
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
                                 CredentialState::of(credentialsFor(TradingMode::Live)), request);
}

Broker::Mode BrokerFactory::defaultMode() const
{
    const BrokerConfig &config = m_configuration.config;
    if (config.defaultBroker == BrokerKind::Sim)
        return Broker::Mode::Sim;
    if (!m_configuration.defaultBrokerExplicit && credentialsFor(TradingMode::Paper).isEmpty())
        return Broker::Mode::Sim;
    return Broker::Mode::Paper;
}

Result<BrokerFactory::BrokerPtr> BrokerFactory::simBroker()
{
    AlpacaBroker::Settings settings;
    settings.environment = m_configuration.config.environment;
    settings.liveTradingEnabled = m_configuration.config.liveTradingEnabled;
    settings.limits = m_configuration.limits;
    SimService::Options options = SimBroker::defaultOptions();
    options.stateFile = m_configuration.simStateFile;
    // A first run creates the folder the account is kept in.
    if (!options.stateFile.isEmpty())
        QDir().mkpath(QFileInfo(options.stateFile).absolutePath());
    Result<std::unique_ptr<SimBroker>> broker = SimBroker::create(options, settings);
    if (!broker)
        return broker.error();
    BrokerPtr shared(std::move(broker).value().release());
    shared->setJournal(m_journal);
    return shared;
}

Result<BrokerFactory::BrokerPtr> BrokerFactory::paperBroker()
{
    const BrokerConfig &config = m_configuration.config;
    const BrokerCredentials credentials = credentialsFor(TradingMode::Paper);
    if (credentials.isEmpty()) {
        Error error;
        error.code = Error::Code::Safety;
        error.field = QString::fromLatin1(BrokerConfig::ApiKeyVariable);
        error.message = tr("There is no paper API key pair: set %1 and %2, store one with "
                           "\"elsonctl credentials set\", or use the embedded exchange "
                           "(DEFAULT_BROKER=sim).")
                            .arg(QString::fromLatin1(BrokerConfig::ApiKeyVariable),
                                 QString::fromLatin1(BrokerConfig::SecretKeyVariable));
        const auto &resolved = m_resolved[int(TradingMode::Paper)];
        if (resolved && resolved->keychainError.isError())
            error.message += u' ' + resolved->keychainError.message;
        return error;
    }
    AlpacaBroker::Settings settings;
    settings.endpoints = m_configuration.endpoints;
    settings.credentials = credentials;
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
    if (!m_store || !m_configuration.config.environmentCredentials.isEmpty())
        return liveWith(request, confirmAccountNumber);
    return resolveCredentials(TradingMode::Live)
        .then(this, [this, request, confirmAccountNumber](const ResolvedCredentials &) {
            return liveWith(request, confirmAccountNumber);
        })
        .unwrap();
}

QFuture<Result<BrokerFactory::BrokerPtr>>
BrokerFactory::liveWith(TradingGate::Request request, const QString &confirmAccountNumber)
{
    const BrokerConfig &config = m_configuration.config;
    const BrokerCredentials credentials = credentialsFor(TradingMode::Live);

    // Every gate but the host's answer, before anything is sent: assume the validation
    // will succeed and see what else fails.
    const TradingGate::Evaluation offline =
        TradingGate::evaluate(config, CredentialState::of(credentials, true), request);
    if (const std::optional<TradingGate::Gate> gate = offline.firstFailure()) {
        const auto &resolved = m_resolved[int(TradingMode::Live)];
        const bool keychainFailed = *gate == TradingGate::Gate::CredentialsMissing && resolved
            && resolved->keychainError.isError();
        return ready<BrokerPtr>(refuse(*gate, keychainFailed ? resolved->keychainError.message
                                                             : QString()));
    }

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
    const bool needKeychain = m_store && m_configuration.config.defaultBroker != BrokerKind::Sim
        && m_configuration.config.environmentCredentials.isEmpty();
    if (!needKeychain)
        return ready(defaultMode() == Broker::Mode::Sim ? simBroker() : paperBroker());
    return resolveCredentials(TradingMode::Paper).then(this, [this](const ResolvedCredentials &) {
        return defaultMode() == Broker::Mode::Sim ? simBroker() : paperBroker();
    });
}

// --- credentials

BrokerCredentials BrokerFactory::credentialsFor(TradingMode profile) const
{
    const BrokerCredentials &environment = m_configuration.config.environmentCredentials;
    if (!environment.isEmpty())
        return environment;
    const auto &resolved = m_resolved[int(profile)];
    return resolved ? resolved->credentials : BrokerCredentials();
}

namespace {

/** A keychain failure as the factory reports it: a set-up problem, not the broker's. */
Error keychainFailure(Error error)
{
    error.code = Error::Code::Safety;
    error.extra.insert(QStringLiteral("source"), QStringLiteral("keychain"));
    return error;
}

} // namespace

Error BrokerFactory::noStore(TradingMode profile) const
{
    Error error;
    error.code = Error::Code::Safety;
    error.field = CredentialStore::entryKey(profile);
    error.message = tr("No keychain is in use, so the %1 credentials cannot be stored or read "
                       "there.")
                        .arg(TradingModeNames::displayName(profile));
    return error;
}

QFuture<BrokerFactory::ResolvedCredentials> BrokerFactory::resolveCredentials(TradingMode profile)
{
    const BrokerCredentials &environment = m_configuration.config.environmentCredentials;
    if (!environment.isEmpty() || !m_store) {
        ResolvedCredentials resolved;
        resolved.credentials = environment;
        resolved.source = environment.isEmpty() ? CredentialSource::None
                                                : CredentialSource::Environment;
        m_resolved[int(profile)] = resolved;
        return QtFuture::makeReadyFuture(resolved);
    }
    auto promise = std::make_shared<QPromise<ResolvedCredentials>>();
    promise->start();
    QFuture<ResolvedCredentials> future = promise->future();
    // One answer per load(): the context goes with the first loaded() for this profile.
    auto *context = new QObject(this);
    connect(m_store, &CredentialStore::loaded, context,
            [this, profile, promise, context](TradingMode loaded, const BrokerCredentials &pair,
                                              const Error &error) {
                if (loaded != profile || promise->future().isFinished())
                    return;
                ResolvedCredentials resolved;
                if (!error.isError()) {
                    resolved.credentials = pair;
                    resolved.source = CredentialSource::Keychain;
                } else if (CredentialStore::failureOf(error) != CredentialStore::Failure::NotFound) {
                    resolved.keychainError = keychainFailure(error);
                }
                m_resolved[int(profile)] = resolved;
                promise->addResult(resolved);
                promise->finish();
                context->deleteLater();
            });
    m_store->load(profile);
    return future;
}

QFuture<Result<BrokerFactory::ValidatedCredentials>>
BrokerFactory::validateCredentials(TradingMode profile, const BrokerCredentials &credentials)
{
    const QString name = TradingModeNames::displayName(profile);
    if (credentials.isEmpty()) {
        return ready<ValidatedCredentials>(Error::validation(
            QString::fromLatin1(BrokerConfig::ApiKeyVariable),
            tr("Both the key id and the secret are needed for the %1 credentials.").arg(name)));
    }
    if (profile == TradingMode::Live && credentials.looksLikePaperKey())
        return ready<ValidatedCredentials>(
            TradingGate::refusal(TradingGate::Gate::PaperKey, m_configuration.config));

    AlpacaClient::Options options;
    options.endpoints = m_configuration.endpoints;
    options.environment = profile == TradingMode::Live ? TradingEnvironment::Live
                                                       : TradingEnvironment::Paper;
    auto *client = new AlpacaClient(Credentials(credentials.keyId(), credentials.secretKey()),
                                    options, this);
    const QString masked = credentials.maskedKeyId();
    return client->account().then(
        this, [client, profile, masked, name](Result<Account> account)
                  -> Result<ValidatedCredentials> {
            client->deleteLater();
            if (!account) {
                Error error = account.error();
                // Alpaca answers a bad key pair with 401 or 403 (forbidden).
                if (error.code == Error::Code::Unauthorized || error.httpStatus == 403) {
                    error.code = Error::Code::Unauthorized;
                    error.message = tr("The %1 host rejected the key pair %2: %3")
                                        .arg(name, masked, error.message);
                }
                return error;
            }
            return ValidatedCredentials{profile, masked, account.value()};
        });
}

QFuture<Result<BrokerFactory::ValidatedCredentials>>
BrokerFactory::saveCredentials(TradingMode profile, const BrokerCredentials &credentials)
{
    if (!m_store)
        return ready<ValidatedCredentials>(noStore(profile));
    const QString masked = credentials.maskedKeyId();
    return validateCredentials(profile, credentials)
        .then(this, [this, profile, credentials, masked](Result<ValidatedCredentials> valid)
                        -> QFuture<Result<ValidatedCredentials>> {
            if (!valid) {
                journalMode(QStringLiteral("credentials.refused"),
                            {{QStringLiteral("profile"), TradingModeNames::wire(profile)},
                             {QStringLiteral("key_id"), masked},
                             {QStringLiteral("message"), valid.error().message}});
                return ready<ValidatedCredentials>(valid.error());
            }
            auto promise = std::make_shared<QPromise<Result<ValidatedCredentials>>>();
            promise->start();
            QFuture<Result<ValidatedCredentials>> future = promise->future();
            auto *context = new QObject(this);
            const ValidatedCredentials validated = valid.value();
            connect(m_store, &CredentialStore::stored, context,
                    [this, profile, promise, context, validated](TradingMode stored,
                                                                 const Error &error) {
                        if (stored != profile || promise->future().isFinished())
                            return;
                        if (error.isError()) {
                            promise->addResult(keychainFailure(error));
                        } else {
                            journalMode(QStringLiteral("credentials.saved"),
                                        {{QStringLiteral("profile"), TradingModeNames::wire(profile)},
                                         {QStringLiteral("key_id"), validated.maskedKeyId},
                                         {QStringLiteral("account_number"),
                                          validated.account.accountNumber}});
                            m_resolved[int(profile)].reset(); // read again when next needed
                            promise->addResult(validated);
                        }
                        promise->finish();
                        context->deleteLater();
                    });
            m_store->store(profile, credentials);
            return future;
        })
        .unwrap();
}

QFuture<Result<BrokerFactory::ValidatedCredentials>>
BrokerFactory::testStoredCredentials(TradingMode profile)
{
    if (!m_store)
        return ready<ValidatedCredentials>(noStore(profile));
    auto promise = std::make_shared<QPromise<Result<BrokerCredentials>>>();
    promise->start();
    QFuture<Result<BrokerCredentials>> loaded = promise->future();
    auto *context = new QObject(this);
    connect(m_store, &CredentialStore::loaded, context,
            [profile, promise, context](TradingMode which, const BrokerCredentials &pair,
                                        const Error &error) {
                if (which != profile || promise->future().isFinished())
                    return;
                promise->addResult(error.isError() ? Result<BrokerCredentials>(keychainFailure(error))
                                                   : Result<BrokerCredentials>(pair));
                promise->finish();
                context->deleteLater();
            });
    m_store->load(profile);
    return loaded
        .then(this, [this, profile](Result<BrokerCredentials> pair) {
            if (!pair)
                return ready<ValidatedCredentials>(pair.error());
            return validateCredentials(profile, pair.value());
        })
        .unwrap();
}

QFuture<Result<bool>> BrokerFactory::clearCredentials(TradingMode profile)
{
    if (!m_store)
        return ready<bool>(noStore(profile));
    auto promise = std::make_shared<QPromise<Result<bool>>>();
    promise->start();
    QFuture<Result<bool>> future = promise->future();
    auto *context = new QObject(this);
    connect(m_store, &CredentialStore::removed, context,
            [this, profile, promise, context](TradingMode which, const Error &error) {
                if (which != profile || promise->future().isFinished())
                    return;
                if (error.isError()) {
                    promise->addResult(keychainFailure(error));
                } else {
                    journalMode(QStringLiteral("credentials.cleared"),
                                {{QStringLiteral("profile"), TradingModeNames::wire(profile)}});
                    m_resolved[int(profile)].reset();
                    promise->addResult(true);
                }
                promise->finish();
                context->deleteLater();
            });
    m_store->remove(profile);
    return future;
}

} // namespace Elson
