// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `symbol.tradable`: The asset is known, active and tradable, and not an option.
 */
class SymbolTradableRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(SymbolTradableRule)

public:
    static constexpr const char *Code = "symbol.tradable";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
