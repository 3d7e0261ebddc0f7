// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `qty_available`: A sell from a long position sells at most the shares not already held by open
 * sell orders; an OCO order needs a position to close.
 */
class QtyAvailableRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(QtyAvailableRule)

public:
    static constexpr const char *Code = "qty_available";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
