// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `limits.price_collar`: Fat-finger check: a buy limit far above the ask or a sell limit far below
 * the bid warns.
 */
class PriceCollarRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(PriceCollarRule)

public:
    static constexpr const char *Code = "limits.price_collar";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
