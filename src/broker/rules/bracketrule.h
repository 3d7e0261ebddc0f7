// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `params.bracket`: Bracket, OCO and OTO orders (§7.4): the right legs, the right entry type, day
 * or gtc, no trailing stop, and prices on the correct sides — for a buy entry take-profit above
 * the entry and the market above the stop-loss, each at least $0.01 away.
 */
class BracketRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(BracketRule)

public:
    static constexpr const char *Code = "params.bracket";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
