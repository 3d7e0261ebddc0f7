// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "result.h"

#include <QUrlQuery>

#include <optional>

namespace Elson {

/**
 * The query of DELETE /v2/positions/{symbol}: `?qty=N` or `?percentage=P`, never
 * both; neither closes the whole position.
 */
struct ClosePositionRequest
{
    std::optional<Decimal> qty;
    std::optional<Decimal> percentage; ///< 0–100

    /** The query items; empty when closing everything. */
    [[nodiscard]] QUrlQuery toQuery() const;
    /**
     * Reads the query the simulator receives. Both keys present, an empty value or
     * a bad decimal is a Parse error naming the key; range checks are left to the
     * caller.
     */
    static Result<ClosePositionRequest> fromQuery(const QUrlQuery &query);

    friend bool operator==(const ClosePositionRequest &, const ClosePositionRequest &) = default;
};

} // namespace Elson
