// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `symbol.fractionable`: A fractional or dollar-amount order needs a fractionable asset.
 */
class SymbolFractionableRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(SymbolFractionableRule)

public:
    static constexpr const char *Code = "symbol.fractionable";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
