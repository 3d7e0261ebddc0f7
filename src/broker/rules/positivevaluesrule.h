// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `params.positive`: Every quantity, amount and price given is a valid number above zero.
 */
class PositiveValuesRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(PositiveValuesRule)

public:
    static constexpr const char *Code = "params.positive";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
