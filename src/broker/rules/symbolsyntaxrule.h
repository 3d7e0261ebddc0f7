// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `params.symbol`: The symbol is an upper-case ticker, optionally with a class suffix (BRK.B) or a
 * crypto pair (BTC/USD).
 */
class SymbolSyntaxRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(SymbolSyntaxRule)

public:
    static constexpr const char *Code = "params.symbol";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
