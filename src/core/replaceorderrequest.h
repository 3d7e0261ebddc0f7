// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"

#include <QString>

#include <optional>

namespace Elson {

/**
 * The PATCH /v2/orders/{id} body (§7.5). Fields left unset keep their old values
 * and are not written. `trail` is the new trail amount of a trailing stop, in the
 * order's own unit (price or percent; the two cannot be switched).
 */
struct ReplaceOrderRequest
{
    std::optional<Decimal> qty;
    std::optional<TimeInForce> timeInForce;
    std::optional<Decimal> limitPrice;
    std::optional<Decimal> stopPrice;
    std::optional<Decimal> trail;
    QString clientOrderId; ///< written only when set

    [[nodiscard]] bool isEmpty() const { return *this == ReplaceOrderRequest {}; }

    friend bool operator==(const ReplaceOrderRequest &, const ReplaceOrderRequest &) = default;
};

} // namespace Elson
