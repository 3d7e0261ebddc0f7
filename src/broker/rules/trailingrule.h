// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `params.trailing`: A trailing stop has exactly one of trail price and trail percent, the percent
 * below 100; a sell trail at or above the price warns (its stop would start at or below zero).
 */
class TrailingRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(TrailingRule)

public:
    static constexpr const char *Code = "params.trailing";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
