// SPDX-License-Identifier: GPL-3.0-or-later
#include "tradinggate.h"

#include <QJsonObject>

namespace Elson {

QList<TradingGate::Gate> TradingGate::gates()
{
    return { Gate::Environment, Gate::LiveDisabled, Gate::PaperForced,  Gate::CredentialsMissing,
             Gate::PaperKey,    Gate::NotValidated, Gate::NotRequested, Gate::NotConfirmed };
}

TradingGate::Evaluation TradingGate::evaluate(const BrokerConfig &config,
                                              const CredentialState &liveCredentials,
                                              const Request &request)
{
    Evaluation evaluation;
    const auto check = [&evaluation](bool passes, Gate gate) {
        if (!passes)
            evaluation.failed.append(gate);
    };
    check(config.environment == DeploymentEnvironment::Production, Gate::Environment);
    check(config.liveTradingEnabled, Gate::LiveDisabled);
    check(!config.usePaperTrading, Gate::PaperForced);
    check(liveCredentials.present, Gate::CredentialsMissing);
    // A missing key has no prefix: the PK check then has nothing to object to.
    check(!liveCredentials.present || !liveCredentials.isPaperKey(), Gate::PaperKey);
    check(liveCredentials.present && liveCredentials.validatedAgainstLive, Gate::NotValidated);
    check(request.live, Gate::NotRequested);
    check(request.confirmation.trimmed() == QLatin1StringView(ConfirmationPhrase),
          Gate::NotConfirmed);
    evaluation.mode = evaluation.failed.isEmpty() ? TradingMode::Live : TradingMode::Paper;
    return evaluation;
}

Result<TradingMode> TradingGate::decide(const BrokerConfig &config,
                                        const CredentialState &liveCredentials,
                                        const Request &request)
{
    if (!request.live)
        return TradingMode::Paper;
    const Evaluation evaluation = evaluate(config, liveCredentials, request);
    if (const std::optional<Gate> failed = evaluation.firstFailure())
        return refusal(*failed, config);
    return TradingMode::Live;
}

QString TradingGate::code(Gate gate)
{
    switch (gate) {
    case Gate::Environment:
        return QStringLiteral("gate.environment");
    case Gate::LiveDisabled:
        return QStringLiteral("gate.live_disabled");
    case Gate::PaperForced:
        return QStringLiteral("gate.paper_forced");
    case Gate::CredentialsMissing:
        return QStringLiteral("gate.credentials_missing");
    case Gate::PaperKey:
        return QStringLiteral("gate.paper_key");
    case Gate::NotValidated:
        return QStringLiteral("gate.not_validated");
    case Gate::NotRequested:
        return QStringLiteral("gate.not_requested");
    case Gate::NotConfirmed:
        return QStringLiteral("gate.not_confirmed");
    }
    return {};
}

QString TradingGate::field(Gate gate)
{
    switch (gate) {
    case Gate::Environment:
        return QString::fromLatin1(BrokerConfig::EnvironmentVariable);
    case Gate::LiveDisabled:
        return QString::fromLatin1(BrokerConfig::LiveTradingEnabledVariable);
    case Gate::PaperForced:
        return QString::fromLatin1(BrokerConfig::UsePaperTradingVariable);
    case Gate::CredentialsMissing:
    case Gate::PaperKey:
    case Gate::NotValidated:
        return QStringLiteral("credentials");
    case Gate::NotRequested:
        return QStringLiteral("mode");
    case Gate::NotConfirmed:
        return QStringLiteral("confirmation");
    }
    return {};
}

QString TradingGate::message(Gate gate, const BrokerConfig &config)
{
    switch (gate) {
    case Gate::Environment:
        return tr("Live trading refused: ENVIRONMENT is %1; live trading needs production.")
            .arg(BrokerConfig::environmentName(config.environment));
    case Gate::LiveDisabled:
        return tr("Live trading refused: LIVE_TRADING_ENABLED is false.");
    case Gate::PaperForced:
        return tr("Live trading refused: USE_PAPER_TRADING is true, which forces paper trading.");
    case Gate::CredentialsMissing:
        return tr("Live trading refused: there are no live API credentials.");
    case Gate::PaperKey:
        return tr("Live trading refused: the live credentials hold a paper key (PK…).");
    case Gate::NotValidated:
        return tr("Live trading refused: the live credentials have not been validated against "
                  "the live host yet.");
    case Gate::NotRequested:
        return tr("Live trading refused: live trading was not explicitly requested.");
    case Gate::NotConfirmed:
        return tr("Live trading refused: the confirmation was not typed; type %1 to confirm.")
            .arg(QLatin1StringView(ConfirmationPhrase));
    }
    return {};
}

Error TradingGate::refusal(Gate gate, const BrokerConfig &config)
{
    Error error;
    error.code = Error::Code::Safety;
    error.field = field(gate);
    error.message = message(gate, config);
    error.extra.insert(QStringLiteral("rule"), code(gate));
    return error;
}

} // namespace Elson
