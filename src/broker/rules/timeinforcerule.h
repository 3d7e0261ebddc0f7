// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `params.tif`: The time in force suits the order type (§7.3): stop, stop_limit and trailing_stop
 * take day or gtc only; gtd/gtx are not offered for stocks; crypto takes gtc or ioc.
 */
class TimeInForceRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(TimeInForceRule)

public:
    static constexpr const char *Code = "params.tif";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
