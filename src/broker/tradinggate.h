// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "brokerconfig.h"
#include "credentialstate.h"
#include "error.h"
#include "result.h"
#include "tradingmode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Elson {

/**
 * Decides whether the terminal trades paper or live. Live needs every gate, in this
 * order; anything else trades paper:
 *
 * | Gate | Code | Passes when |
 * |---|---|---|
 * | Environment | gate.environment | ENVIRONMENT is production |
 * | LiveDisabled | gate.live_disabled | LIVE_TRADING_ENABLED is true |
 * | PaperForced | gate.paper_forced | USE_PAPER_TRADING is false |
 * | CredentialsMissing | gate.credentials_missing | a live key pair is present |
 * | PaperKey | gate.paper_key | its key id does not start with PK |
 * | NotValidated | gate.not_validated | GET /v2/account succeeded with it on the live host |
 * | NotRequested | gate.not_requested | the user asked for live explicitly |
 * | NotConfirmed | gate.not_confirmed | the user typed ConfirmationPhrase |
 *
 * Pure: it reads only its arguments, so it runs before any network request.
 */
class TradingGate final
{
    Q_DECLARE_TR_FUNCTIONS(TradingGate)

public:
    enum class Gate {
        Environment,
        LiveDisabled,
        PaperForced,
        CredentialsMissing,
        PaperKey,
        NotValidated,
        NotRequested,
        NotConfirmed,
    };

    /** What the user must type to confirm live trading (compared after trimming, case-sensitive).
     */
    static constexpr const char *ConfirmationPhrase = "LIVE";

    /** The user's side of a mode switch. */
    struct Request
    {
        bool live = false; ///< the user explicitly asked for live
        QString confirmation; ///< what the user typed in the confirmation box
    };

    /** The outcome of every gate, for a checklist in the GUI or `elsonctl`. */
    struct Evaluation
    {
        TradingMode mode = TradingMode::Paper;
        QList<Gate> failed; ///< every failing gate, in gate order; empty when live is granted

        [[nodiscard]] std::optional<Gate> firstFailure() const
        {
            return failed.isEmpty() ? std::nullopt : std::optional<Gate>(failed.first());
        }
    };

    /** Every gate, in the order they are checked. */
    [[nodiscard]] static QList<Gate> gates();

    /** Evaluates every gate; mode is Live only when none fails. */
    [[nodiscard]] static Evaluation evaluate(const BrokerConfig &config,
                                             const CredentialState &liveCredentials,
                                             const Request &request);
    /**
     * The mode to trade in. Paper when live was not requested; Live when requested and
     * every gate passes; otherwise a Safety error (refusal()) naming the first failing
     * gate. Never falls back to paper silently when live was asked for.
     */
    [[nodiscard]] static Result<TradingMode> decide(const BrokerConfig &config,
                                                    const CredentialState &liveCredentials,
                                                    const Request &request);

    /** The stable code ("gate.environment", …). */
    [[nodiscard]] static QString code(Gate gate);
    /** The variable or input the gate reads ("ENVIRONMENT", "credentials", "confirmation"). */
    [[nodiscard]] static QString field(Gate gate);
    /** A translated sentence saying what failed and how to fix it. */
    [[nodiscard]] static QString message(Gate gate, const BrokerConfig &config);
    /** The Safety error for @p gate: field(), message(), extra {"rule": code()}. */
    [[nodiscard]] static Error refusal(Gate gate, const BrokerConfig &config);
};

} // namespace Elson
