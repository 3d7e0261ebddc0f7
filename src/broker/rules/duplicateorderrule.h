// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `limits.duplicate`: An open order with the same symbol, side and size placed moments ago warns.
 */
class DuplicateOrderRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateOrderRule)

public:
    static constexpr const char *Code = "limits.duplicate";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
