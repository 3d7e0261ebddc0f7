// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"
#include "orderrequest.h"
#include "result.h"

#include <QString>

#include <optional>

namespace Elson {

/**
 * The trader's intent, as the order ticket builds it: what to trade, how much,
 * at what price and with which exits. It is broker-neutral and becomes the wire
 * request through toOrderRequest().
 *
 * The client order id is the intent's identity at Alpaca: it is generated once
 * (ensureClientOrderId()) and reused for every retry of the same submission, so a
 * POST that landed before a network fault is found again instead of doubled.
 */
struct Trade
{
    /** Longest client_order_id the Trading API v2 accepts. */
    static constexpr qsizetype MaxClientOrderIdLength = 48;

    QString symbol;
    OrderSide side = OrderSide::Buy;
    OrderType orderType = OrderType::Market;
    std::optional<Decimal> quantity; ///< shares; exclusive with investmentAmount
    std::optional<Decimal> investmentAmount; ///< dollars (Alpaca's notional)
    bool fractional = false; ///< a quantity with a fractional part is intended
    std::optional<Decimal> limitPrice;
    std::optional<Decimal> stopPrice;
    std::optional<Decimal> trailPrice;
    std::optional<Decimal> trailPercent;
    TimeInForce timeInForce = TimeInForce::Day;
    bool extendedHours = false;
    OrderClass orderClass = OrderClass::Simple;
    std::optional<Decimal> takeProfitLimitPrice; ///< bracket/OCO/OTO exit limit
    std::optional<Decimal> stopLossStopPrice; ///< bracket/OCO/OTO exit stop
    std::optional<Decimal> stopLossLimitPrice; ///< makes the stop-loss a stop-limit
    std::optional<PositionIntent> positionIntent;
    QString clientOrderId;
    bool paper = true; ///< which account the intent is for

    /** A fresh id of the form "elson-<uuid>" (42 characters). */
    static QString newClientOrderId();

    /** Generates the client order id if there is none yet; returns it. */
    const QString &ensureClientOrderId();

    /**
     * The POST /v2/orders body. Fails with a Validation error naming the Trade field
     * when the intent cannot be expressed as a well-formed request: no symbol, both
     * or neither of quantity and amount, a price the order type needs or does not
     * use, exit legs that do not match the order class, a non-positive amount, a
     * fractional quantity without the fractional flag, or a missing client order
     * id. Market rules (tick size, TIF per type, buying power) are checked elsewhere.
     */
    [[nodiscard]] Result<OrderRequest> toOrderRequest() const;

    friend bool operator==(const Trade &, const Trade &) = default;
};

} // namespace Elson
