// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `params.tick`: Every price is on Alpaca's sub-penny grid: 2 decimals from $1.00, 4 below (§7.2).
 */
class TickSizeRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(TickSizeRule)

public:
    static constexpr const char *Code = "params.tick";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
