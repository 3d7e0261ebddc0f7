// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "order.h"

#include <QString>

#include <variant>

namespace Elson {

/**
 * One item of the 207 Multi-Status body of DELETE /v2/positions (§6):
 * `{"symbol":…,"status":200,"body":{Order}}` or `{…,"status":403,"body":{error}}`.
 * The codec picks the body's type from the status.
 */
struct ClosePositionResult
{
    QString symbol;
    int status = 0;
    std::variant<Order, ApiError> body;

    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }
    [[nodiscard]] const Order *order() const { return std::get_if<Order>(&body); }
    [[nodiscard]] const ApiError *error() const { return std::get_if<ApiError>(&body); }

    friend bool operator==(const ClosePositionResult &, const ClosePositionResult &) = default;
};

} // namespace Elson
