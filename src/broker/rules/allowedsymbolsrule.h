// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `limits.allowed_symbols`: When the trader keeps a list of allowed symbols, the symbol is on it.
 */
class AllowedSymbolsRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(AllowedSymbolsRule)

public:
    static constexpr const char *Code = "limits.allowed_symbols";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
