// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialsrule.h"

namespace Elson {

RuleResult CredentialsRule::check(const ValidationContext &context) const
{
    const QString field = QStringLiteral("credentials");
    const QString label = fieldLabel(field);
    if (!context.credentials.present) {
        return block(field,
                     tr("%1: there is no API key pair for the %2 account; add one under "
                        "Credentials.")
                         .arg(label, TradingModeNames::displayName(context.mode)));
    }
    if (context.mode == TradingMode::Live) {
        if (context.credentials.isPaperKey()) {
            return block(field,
                         tr("%1: the live account's key is a paper key (PK…); live orders "
                            "need a live key.")
                             .arg(label));
        }
        if (!context.credentials.validatedAgainstLive) {
            return block(field,
                         tr("%1: the live key has not been validated against the live "
                            "host yet.")
                             .arg(label));
        }
    }
    return pass();
}

} // namespace Elson
