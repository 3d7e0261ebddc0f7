// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `params.fractional`: Fractional quantities and dollar amounts only for simple day market or
 * limit orders, amounts with at most 2 decimals and not in extended hours (§7.3); a buy amount
 * under $1 warns.
 */
class FractionalRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(FractionalRule)

public:
    static constexpr const char *Code = "params.fractional";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
