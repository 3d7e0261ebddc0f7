// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeinforcerule.h"

namespace Elson {

RuleResult TimeInForceRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    const QString field = QStringLiteral("time_in_force");
    const QString label = fieldLabel(field);
    const QString tif = QString(enumToWire(t.timeInForce));
    const bool dayOrGtc = t.timeInForce == TimeInForce::Day || t.timeInForce == TimeInForce::Gtc;

    if (t.timeInForce == TimeInForce::Gtd || t.timeInForce == TimeInForce::Gtx)
        return block(field, tr("%1 %2 is not offered for stock orders.").arg(label, tif));
    if (context.asset && context.asset->assetClass == AssetClass::Crypto) {
        if (t.timeInForce != TimeInForce::Gtc && t.timeInForce != TimeInForce::Ioc)
            return block(field, tr("%1 %2: crypto orders take gtc or ioc.").arg(label, tif));
        return pass();
    }
    switch (t.orderType) {
    case OrderType::Market:
    case OrderType::Limit:
        return pass();
    case OrderType::Stop:
    case OrderType::StopLimit:
    case OrderType::TrailingStop:
        // §7.3: day/gtc are confirmed for these; other TIFs unconfirmed, so refused here.
        if (!dayOrGtc) {
            return block(field,
                         tr("%1 %2 is not allowed for %3 orders: use day or gtc.")
                             .arg(label, tif, enumDisplayName(t.orderType)));
        }
        return pass();
    }
    return pass();
}

} // namespace Elson
