// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"

#include <QString>

#include <optional>

namespace Elson {

/** `take_profit` of a bracket/OCO/OTO request: the exit limit order. */
struct TakeProfit
{
    Decimal limitPrice;

    friend bool operator==(const TakeProfit &, const TakeProfit &) = default;
};

/** `stop_loss` of a bracket/OCO/OTO request: a stop, or a stop-limit with limitPrice. */
struct StopLoss
{
    Decimal stopPrice;
    std::optional<Decimal> limitPrice;

    friend bool operator==(const StopLoss &, const StopLoss &) = default;
};

/**
 * The POST /v2/orders body (§7.2) for every type and class. Only set fields are
 * written; the codec checks the JSON shape, not the trading rules (which
 * combinations Alpaca accepts is the validator's and the simulator's business).
 */
struct OrderRequest
{
    QString symbol;
    std::optional<Decimal> qty; ///< exactly one of qty and notional
    std::optional<Decimal> notional;
    OrderSide side = OrderSide::Buy;
    OrderType type = OrderType::Market;
    TimeInForce timeInForce = TimeInForce::Day;
    std::optional<Decimal> limitPrice;
    std::optional<Decimal> stopPrice;
    std::optional<Decimal> trailPrice;
    std::optional<Decimal> trailPercent;
    bool extendedHours = false; ///< written only when true
    QString clientOrderId; ///< ≤ 48 characters; written only when set
    std::optional<OrderClass> orderClass;
    std::optional<TakeProfit> takeProfit;
    std::optional<StopLoss> stopLoss;
    std::optional<PositionIntent> positionIntent;

    friend bool operator==(const OrderRequest &, const OrderRequest &) = default;
};

} // namespace Elson
