// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"
#include "timestamp.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Elson {

/**
 * One account activity (§10). A trade activity (activity_type FILL) and the
 * non-trade ones (DIV, CSD, FEE, …) share this struct: isTrade() says which group
 * of fields is meaningful. The codec requires the trade fields on a FILL and the
 * date/net_amount on anything else.
 */
struct Activity
{
    QString id; ///< "<yyyymmddhhmmssSSS>::<uuid>", also the page token
    ActivityType activityType = ActivityType::Unknown;
    QString rawActivityType; ///< wire text when activityType is Unknown

    // Trade activity (FILL)
    Timestamp transactionTime;
    QString fillType; ///< "fill" or "partial_fill"
    std::optional<Decimal> price;
    QString side; ///< "buy", "sell" ("sell_short" seen historically)
    std::optional<Decimal> leavesQty;
    std::optional<Decimal> cumQty;
    QString orderId;
    std::optional<OrderStatus> orderStatus;
    QString rawOrderStatus; ///< wire text when orderStatus is Unknown

    // Shared
    QString symbol; ///< empty for cash activities
    std::optional<Decimal> qty; ///< this execution's size, or the shares concerned

    // Non-trade activity
    QDate date;
    std::optional<Decimal> netAmount;
    std::optional<Decimal> perShareAmount;
    QString description;
    QString status; ///< "executed", "correct", "canceled", "pending"

    [[nodiscard]] bool isTrade() const { return activityType == ActivityType::Fill; }

    friend bool operator==(const Activity &, const Activity &) = default;
};

} // namespace Elson
