// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `params.prices`: The prices the order type needs are present and the ones it does not use are
 * absent: limit for limit/stop_limit, stop for stop/stop_limit, a trail only for trailing_stop;
 * and a stop on the correct side of the market (a buy stop above the ask, a sell stop below the
 * bid).
 */
class TypePricesRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(TypePricesRule)

public:
    static constexpr const char *Code = "params.prices";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
