// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"
#include "order.h"
#include "timestamp.h"

#include <QString>

#include <optional>

namespace Elson {

/**
 * One trade_updates event (§13): the full order after the event plus, on fills,
 * this execution's price and size and the signed position afterwards.
 * An event Alpaca added later parses as TradeEvent::Unknown with rawEvent set;
 * callers log and ignore it.
 */
struct TradeUpdate
{
    TradeEvent event = TradeEvent::Unknown;
    QString rawEvent; ///< wire text when event is Unknown
    QString executionId; ///< executions only
    Order order;
    Timestamp timestamp; ///< expected on every event, null if absent
    std::optional<Decimal> price; ///< fill/partial_fill: this execution's price
    std::optional<Decimal> qty; ///< fill/partial_fill: this execution's size
    std::optional<Decimal> positionQty; ///< position after the fill, negative when short

    friend bool operator==(const TradeUpdate &, const TradeUpdate &) = default;
};

} // namespace Elson
