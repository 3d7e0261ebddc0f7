// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicateorderrule.h"

namespace Elson {

RuleResult DuplicateOrderRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    const qint64 window = context.limits.duplicateWindowSeconds;
    if (window <= 0 || context.now.isNull())
        return pass();
    const Timestamp since = context.now.addSeconds(-window);
    for (const Order &order : context.openOrders) {
        if (isTerminal(order.status) || order.symbol != t.symbol || order.side != t.side)
            continue;
        if (!t.clientOrderId.isEmpty() && order.clientOrderId == t.clientOrderId)
            continue; // the same intent (a retry), not a second one
        const bool sameSize = (t.quantity && order.qty && *t.quantity == *order.qty)
            || (t.investmentAmount && order.notional && *t.investmentAmount == *order.notional);
        const Timestamp placed = order.submittedAt.isNull() ? order.createdAt : order.submittedAt;
        if (!sameSize || placed.isNull() || placed < since)
            continue;
        const qint64 age = (context.now.epochNanos() - placed.epochNanos()) / 1'000'000'000;
        const QString field =
            t.investmentAmount ? QStringLiteral("notional") : QStringLiteral("qty");
        return warn(
            field,
            tr("%1: an open %2 order for the same size in %3 was placed %4 seconds "
               "ago; this looks like a duplicate.")
                .arg(fieldLabel(field), QString(enumToWire(t.side)), t.symbol)
                .arg(age),
            { { QStringLiteral("age_seconds"), age }, { QStringLiteral("order_id"), order.id } });
    }
    return pass();
}

} // namespace Elson
