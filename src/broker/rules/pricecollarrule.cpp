// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricecollarrule.h"

#include "orderexposure.h"

namespace Elson {

RuleResult PriceCollarRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    const std::optional<Decimal> &percent = context.limits.priceCollarPercent;
    if (!percent || !t.limitPrice || !t.limitPrice->isValid())
        return pass();
    const Decimal hundred = Decimal::fromInt(100);
    const Decimal &limit = *t.limitPrice;
    const QString field = QStringLiteral("limit_price");
    // Only the marketable side is a fat finger: a buy far above the ask, a sell far below the bid.
    if (t.side == OrderSide::Buy) {
        const std::optional<Decimal> ask = OrderExposure::marketPrice(context, OrderSide::Buy);
        if (!ask)
            return pass();
        const Decimal ceiling = *ask * (hundred + *percent) / hundred;
        if (limit > ceiling) {
            const Decimal away = ((limit / *ask - Decimal::fromInt(1)) * hundred).rounded(1);
            return warn(field,
                        tr("%1 %2 is %3% above the ask %4; check for a typo.")
                            .arg(fieldLabel(field), text(limit), text(away), text(*ask)),
                        { { QStringLiteral("ask"), number(*ask) },
                          { QStringLiteral("percent_away"), number(away) },
                          { QStringLiteral("collar_percent"), number(*percent) } });
        }
        return pass();
    }
    const std::optional<Decimal> bid = OrderExposure::marketPrice(context, OrderSide::Sell);
    if (!bid)
        return pass();
    const Decimal floor = *bid * (hundred - *percent) / hundred;
    if (limit < floor) {
        const Decimal away = ((Decimal::fromInt(1) - limit / *bid) * hundred).rounded(1);
        return warn(field,
                    tr("%1 %2 is %3% below the bid %4; check for a typo.")
                        .arg(fieldLabel(field), text(limit), text(away), text(*bid)),
                    { { QStringLiteral("bid"), number(*bid) },
                      { QStringLiteral("percent_away"), number(away) },
                      { QStringLiteral("collar_percent"), number(*percent) } });
    }
    return pass();
}

} // namespace Elson
