// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "timestamp.h"

#include <QStringList>

#include <optional>

namespace Elson {

/**
 * GET /v2/orders (§7.1). Alpaca has no page token here: AlpacaClient::orders()
 * pages by moving `until` (descending) or `after` (ascending) to the last
 * submitted_at it received, until a page comes back short or @ref limit orders
 * were collected.
 */
struct OrderListQuery
{
    enum class Status { Open, Closed, All };

    Status status = Status::Open;
    std::optional<int> limit;  ///< orders wanted in total; nullopt: every page
    int pageSize = 500;        ///< per request, 1–500 (Alpaca's maximum)
    Timestamp after;           ///< exclusive lower bound on submitted_at; null: none
    Timestamp until;           ///< exclusive upper bound on submitted_at; null: none
    bool ascending = false;    ///< direction=asc (oldest first)
    bool nested = true;        ///< bracket legs under their parent
    QStringList symbols;
    std::optional<OrderSide> side;

    friend bool operator==(const OrderListQuery &, const OrderListQuery &) = default;
};

} // namespace Elson
