// SPDX-License-Identifier: GPL-3.0-or-later
#include "extendedhoursrule.h"

namespace Elson {

RuleResult ExtendedHoursRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    if (!t.extendedHours)
        return pass();
    const QString field = QStringLiteral("extended_hours");
    if (t.orderType != OrderType::Limit || t.timeInForce != TimeInForce::Day) {
        return block(field,
                     tr("%1: only day limit orders may trade in extended hours (this is a "
                        "%2 %3 order).")
                         .arg(fieldLabel(field), QString(enumToWire(t.timeInForce)),
                              enumDisplayName(t.orderType)));
    }
    if (t.orderClass != OrderClass::Simple) {
        return block(field,
                     tr("%1: bracket, OCO and OTO orders cannot trade in extended hours.")
                         .arg(fieldLabel(field)));
    }
    return pass();
}

} // namespace Elson
