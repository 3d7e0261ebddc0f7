// SPDX-License-Identifier: GPL-3.0-or-later
#include "typepricesrule.h"

#include "orderexposure.h"

namespace Elson {

RuleResult TypePricesRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    const QString type = enumDisplayName(t.orderType);
    const bool usesLimit = t.orderType == OrderType::Limit || t.orderType == OrderType::StopLimit;
    const bool usesStop = t.orderType == OrderType::Stop || t.orderType == OrderType::StopLimit;
    const bool trailing = t.orderType == OrderType::TrailingStop;

    const QString limitField = QStringLiteral("limit_price");
    const QString stopField = QStringLiteral("stop_price");
    if (usesLimit && !t.limitPrice) {
        return block(limitField,
                     tr("%1: a %2 order needs a limit price.").arg(fieldLabel(limitField), type));
    }
    if (!usesLimit && t.limitPrice) {
        return block(
            limitField,
            tr("%1: a %2 order does not take a limit price.").arg(fieldLabel(limitField), type));
    }
    if (usesStop && !t.stopPrice) {
        return block(stopField,
                     tr("%1: a %2 order needs a stop price.").arg(fieldLabel(stopField), type));
    }
    if (!usesStop && t.stopPrice) {
        return block(
            stopField,
            tr("%1: a %2 order does not take a stop price.").arg(fieldLabel(stopField), type));
    }
    if (!trailing && (t.trailPrice || t.trailPercent)) {
        const QString field =
            t.trailPrice ? QStringLiteral("trail_price") : QStringLiteral("trail_percent");
        return block(field,
                     tr("%1: only a trailing stop takes a trail; this is a %2 order.")
                         .arg(fieldLabel(field), type));
    }
    if (usesStop && t.stopPrice->isValid()) {
        // Alpaca refuses a stop on the wrong side of the market (422 "stop price must be
        // greater than current price", §7.4): a buy stop above the ask, a sell stop below the bid.
        if (const std::optional<Decimal> market = OrderExposure::marketPrice(context, t.side)) {
            const bool ok =
                t.side == OrderSide::Buy ? *t.stopPrice > *market : *t.stopPrice < *market;
            if (!ok) {
                return block(stopField,
                             (t.side == OrderSide::Buy
                                  ? tr("%1 %2 must be above the current ask %3 for a buy stop.")
                                  : tr("%1 %2 must be below the current bid %3 for a sell stop."))
                                 .arg(fieldLabel(stopField), text(*t.stopPrice), text(*market)),
                             { { QStringLiteral("stop_price"), number(*t.stopPrice) },
                               { QStringLiteral("market_price"), number(*market) } });
            }
        }
    }
    return pass();
}

} // namespace Elson
