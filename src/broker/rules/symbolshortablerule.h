// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `symbol.shortable`: A sell beyond the long position opens a short: it needs whole shares,
 * shorting enabled, $2,000 of equity and a shortable, easy-to-borrow asset (§7.3).
 */
class SymbolShortableRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(SymbolShortableRule)

public:
    static constexpr const char *Code = "symbol.shortable";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
