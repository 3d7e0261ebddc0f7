// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `market.session`: Regular hours, or the extended session for an extended-hours order; opg/cls
 * inside their windows. Outside them an order would queue, which warns.
 */
class MarketSessionRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(MarketSessionRule)

public:
    static constexpr const char *Code = "market.session";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
