// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticksizerule.h"

namespace Elson {

RuleResult TickSizeRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    struct Price
    {
        const std::optional<Decimal> &value;
        const char *field;
    };
    const Price prices[] = {
        { t.limitPrice, "limit_price" },
        { t.stopPrice, "stop_price" },
        { t.trailPrice, "trail_price" },
        { t.takeProfitLimitPrice, "take_profit.limit_price" },
        { t.stopLossStopPrice, "stop_loss.stop_price" },
        { t.stopLossLimitPrice, "stop_loss.limit_price" },
    };
    for (const Price &p : prices) {
        if (!p.value || !p.value->isValid() || p.value->isTickAligned())
            continue;
        const QString field = QString::fromLatin1(p.field);
        const int decimals = Decimal::tickScaleFor(*p.value);
        const Decimal nearest = p.value->roundedToTick();
        return block(field,
                     tr("%1 %2 has too many decimals: prices from $1.00 take at most 2, below "
                        "$1.00 at most 4 (nearest valid price: %3).")
                         .arg(fieldLabel(field), text(*p.value), text(nearest)),
                     { { QStringLiteral("price"), number(*p.value) },
                       { QStringLiteral("max_decimals"), decimals },
                       { QStringLiteral("nearest"), number(nearest) } });
    }
    return pass();
}

} // namespace Elson
