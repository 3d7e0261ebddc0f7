// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentrule.h"

namespace Elson {

RuleResult EnvironmentRule::check(const ValidationContext &context) const
{
    const QString field = QStringLiteral("mode");
    const QString label = fieldLabel(field);
    const TradingMode intended = context.trade.paper ? TradingMode::Paper : TradingMode::Live;
    if (intended != context.mode) {
        return block(field,
                     tr("%1: this order was prepared for the %2 account, but the terminal "
                        "is trading the %3 account.")
                         .arg(label, TradingModeNames::displayName(intended),
                              TradingModeNames::displayName(context.mode)));
    }
    if (context.mode == TradingMode::Live) {
        if (context.environment != DeploymentEnvironment::Production) {
            return block(field,
                         tr("%1: live orders need ENVIRONMENT=production (it is %2).")
                             .arg(label, BrokerConfig::environmentName(context.environment)));
        }
        if (!context.liveTradingEnabled) {
            return block(field, tr("%1: live orders need LIVE_TRADING_ENABLED=true.").arg(label));
        }
    }
    return pass();
}

} // namespace Elson
