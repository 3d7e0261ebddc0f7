// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountblockedrule.h"

namespace Elson {

RuleResult AccountBlockedRule::check(const ValidationContext &context) const
{
    const Account &account = context.account;
    const QString field = QStringLiteral("account");
    const QString label = fieldLabel(field);
    if (account.accountBlocked) {
        return block(field,
                     tr("%1: the account is blocked (account_blocked); Alpaca refuses all "
                        "activity on it.")
                         .arg(label));
    }
    if (account.tradingBlocked) {
        return block(field,
                     tr("%1: trading is blocked on this account (trading_blocked).").arg(label));
    }
    if (account.tradeSuspendedByUser) {
        return block(field,
                     tr("%1: trading is suspended by the account's own setting "
                        "(trade_suspended_by_user).")
                         .arg(label));
    }
    if (account.status == AccountStatus::Unknown) {
        // A status added after this version must not lock the trader out: warn only.
        return warn(field,
                    tr("%1: the account status \"%2\" is unknown to this version; Alpaca "
                       "may refuse the order.")
                        .arg(label, account.rawStatus));
    }
    if (account.status != AccountStatus::Active) {
        return block(field,
                     tr("%1: the account is not active (status %2).")
                         .arg(label, QString(enumToWire(account.status))));
    }
    return pass();
}

} // namespace Elson
