// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `pdt.legacy`: Legacy pattern-day-trader rule (§5): an account that still reports daytrade_count,
 * with 3 or more and equity under $25,000, warns.
 */
class LegacyPdtRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(LegacyPdtRule)

public:
    static constexpr const char *Code = "pdt.legacy";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
