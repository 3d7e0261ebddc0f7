// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QString>

#include <optional>

namespace Elson {

/**
 * One item of the 207 Multi-Status body of DELETE /v2/orders (§7.1):
 * `{"id":…,"status":200}` or `{"id":…,"status":404,"body":{error}}`.
 */
struct CancelAllResult
{
    QString id;
    int status = 0; ///< HTTP status of this cancel
    std::optional<ApiError> body; ///< the error when the cancel failed

    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }

    friend bool operator==(const CancelAllResult &, const CancelAllResult &) = default;
};

} // namespace Elson
