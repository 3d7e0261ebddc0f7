// SPDX-License-Identifier: GPL-3.0-or-later
#include "legacypdtrule.h"

namespace Elson {

namespace {
constexpr int kWarnAtDayTrades = 3; // the 4th in 5 business days would flag the account
const Decimal kPdtMinimumEquity = Decimal::fromInt(25'000);
} // namespace

RuleResult LegacyPdtRule::check(const ValidationContext &context) const
{
    const Account &account = context.account;
    // Alpaca removed these fields on 2026-07-06 (§5); without them this rule has nothing to say.
    if (!account.daytradeCount || *account.daytradeCount < kWarnAtDayTrades
        || !(account.equity < kPdtMinimumEquity)) {
        return pass();
    }
    const QString field = QStringLiteral("account");
    return warn(field,
                tr("%1: %2 day trades in the last 5 business days with equity under "
                   "$25,000; under the legacy pattern-day-trader rule another day trade "
                   "may be refused.")
                    .arg(fieldLabel(field))
                    .arg(*account.daytradeCount),
                { { QStringLiteral("daytrade_count"), *account.daytradeCount },
                  { QStringLiteral("equity"), number(account.equity) } });
}

} // namespace Elson
