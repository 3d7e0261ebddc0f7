// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"
#include "timestamp.h"

#include <QList>
#include <QString>

#include <optional>

namespace Elson {

/**
 * The Order object (§7.6) as returned by POST/GET/PATCH /v2/orders, a closed
 * position and the trade_updates stream.
 *
 * Exactly one of qty and notional is set on a well-formed order (the other is
 * null on the wire). Every timestamp may be null. A status Alpaca added after this
 * code was written parses as OrderStatus::Unknown with the text in rawStatus.
 * With nested=true a bracket/OCO/OTO parent carries its children in legs; the
 * legs' own legs are always empty.
 */
struct Order
{
    QString id;
    QString clientOrderId;
    Timestamp createdAt;
    Timestamp updatedAt;
    Timestamp submittedAt;
    Timestamp filledAt;
    Timestamp expiredAt;
    Timestamp expiresAt; ///< newer field
    Timestamp canceledAt;
    Timestamp failedAt;
    Timestamp replacedAt;
    QString replacedBy; ///< id of the replacing order; empty when none
    QString replaces; ///< id of the order this one replaced; empty when none
    QString assetId;
    QString symbol;
    AssetClass assetClass = AssetClass::UsEquity;
    QString rawAssetClass; ///< wire text when assetClass is Unknown
    std::optional<Decimal> notional;
    std::optional<Decimal> qty;
    Decimal filledQty; ///< "0" before any fill
    std::optional<Decimal> filledAvgPrice;
    OrderClass orderClass = OrderClass::Simple;
    OrderType type = OrderType::Market;
    OrderSide side = OrderSide::Buy;
    std::optional<PositionIntent> positionIntent;
    TimeInForce timeInForce = TimeInForce::Day;
    std::optional<Decimal> limitPrice;
    std::optional<Decimal> stopPrice; ///< computed from hwm for a trailing stop
    OrderStatus status = OrderStatus::New;
    QString rawStatus; ///< wire text when status is Unknown
    bool extendedHours = false;
    QList<Order> legs; ///< null on the wire when empty
    std::optional<Decimal> trailPercent;
    std::optional<Decimal> trailPrice;
    std::optional<Decimal> hwm; ///< trailing stop high-water mark

    friend bool operator==(const Order &, const Order &) = default;
};

} // namespace Elson
