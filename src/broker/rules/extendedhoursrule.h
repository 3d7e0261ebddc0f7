// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `params.extended_hours`: Extended hours only for simple day limit orders (§7.2, §7.3).
 */
class ExtendedHoursRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(ExtendedHoursRule)

public:
    static constexpr const char *Code = "params.extended_hours";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
