// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `account.blocked`: The account is active and neither account_blocked, trading_blocked nor
 * trade_suspended_by_user (§4). An account status this version does not know warns.
 */
class AccountBlockedRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(AccountBlockedRule)

public:
    static constexpr const char *Code = "account.blocked";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
