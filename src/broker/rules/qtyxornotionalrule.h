// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `params.qty_xor_notional`: Exactly one of a quantity and a dollar amount (§7.2).
 */
class QtyXorNotionalRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(QtyXorNotionalRule)

public:
    static constexpr const char *Code = "params.qty_xor_notional";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
