// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `limits.max_position`: An order that adds risk leaves the symbol's position value within the
 * trader's maximum.
 */
class MaxPositionRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(MaxPositionRule)

public:
    static constexpr const char *Code = "limits.max_position";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
