// SPDX-License-Identifier: GPL-3.0-or-later
#include "symbolfractionablerule.h"

#include "orderexposure.h"

namespace Elson {

RuleResult SymbolFractionableRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    if (!OrderExposure::isFractional(t) || !context.asset || context.asset->fractionable)
        return pass();
    const QString field = t.investmentAmount ? QStringLiteral("notional") : QStringLiteral("qty");
    return block(field,
                 tr("%1: %2 is not fractionable at Alpaca; trade whole shares.")
                     .arg(fieldLabel(field), t.symbol));
}

} // namespace Elson
