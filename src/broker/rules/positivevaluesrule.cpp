// SPDX-License-Identifier: GPL-3.0-or-later
#include "positivevaluesrule.h"

namespace Elson {

RuleResult PositiveValuesRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    struct Value
    {
        const std::optional<Decimal> &value;
        const char *field;
    };
    const Value values[] = {
        { t.quantity, "qty" },
        { t.investmentAmount, "notional" },
        { t.limitPrice, "limit_price" },
        { t.stopPrice, "stop_price" },
        { t.trailPrice, "trail_price" },
        { t.trailPercent, "trail_percent" },
        { t.takeProfitLimitPrice, "take_profit.limit_price" },
        { t.stopLossStopPrice, "stop_loss.stop_price" },
        { t.stopLossLimitPrice, "stop_loss.limit_price" },
    };
    for (const Value &v : values) {
        if (!v.value)
            continue;
        const QString field = QString::fromLatin1(v.field);
        if (!v.value->isValid())
            return block(field, tr("%1 is not a valid number.").arg(fieldLabel(field)));
        if (!v.value->isPositive()) {
            return block(field,
                         tr("%1 must be greater than zero (it is %2).")
                             .arg(fieldLabel(field), text(*v.value)),
                         { { QStringLiteral("value"), number(*v.value) } });
        }
    }
    return pass();
}

} // namespace Elson
