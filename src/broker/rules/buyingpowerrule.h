// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `buying_power`: The buying power an opening order needs (§7.4): a long at its limit, or at the
 * ask or stop plus Alpaca's 2.5–4 % collar; a short at max(limit, ask × 1.03). Non-marginable
 * assets use non_marginable_buying_power.
 */
class BuyingPowerRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(BuyingPowerRule)

public:
    static constexpr const char *Code = "buying_power";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
