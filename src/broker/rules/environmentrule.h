// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `environment`: The order was prepared for the account the terminal trades (Trade::paper matches
 * the mode), and live orders run only in production with live trading enabled.
 */
class EnvironmentRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentRule)

public:
    static constexpr const char *Code = "environment";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
