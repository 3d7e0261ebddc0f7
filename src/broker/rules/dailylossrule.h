// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `limits.daily_loss`: Once the day's loss reaches the trader's limit, only orders that reduce a
 * position pass.
 */
class DailyLossRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(DailyLossRule)

public:
    static constexpr const char *Code = "limits.daily_loss";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
