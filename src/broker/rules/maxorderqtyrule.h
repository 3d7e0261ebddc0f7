// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `limits.max_order_qty`: The quantity is within the trader's maximum order size.
 */
class MaxOrderQtyRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(MaxOrderQtyRule)

public:
    static constexpr const char *Code = "limits.max_order_qty";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
