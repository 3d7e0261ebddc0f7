// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtyxornotionalrule.h"

namespace Elson {

RuleResult QtyXorNotionalRule::check(const ValidationContext &context) const
{
    const Trade &trade = context.trade;
    if (trade.quantity && trade.investmentAmount) {
        const QString field = QStringLiteral("notional");
        return block(
            field,
            tr("%1: give either a quantity or a dollar amount, not both.").arg(fieldLabel(field)));
    }
    if (!trade.quantity && !trade.investmentAmount) {
        const QString field = QStringLiteral("qty");
        return block(field, tr("%1: give a quantity or a dollar amount.").arg(fieldLabel(field)));
    }
    return pass();
}

} // namespace Elson
