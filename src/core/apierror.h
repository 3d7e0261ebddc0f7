// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Elson {

/**
 * Alpaca's error body (§3): `{"code":40310000,"message":"…", …extra keys}`.
 * The code is absent on some auth failures; extra keys such as buying_power,
 * available or existing_order_id are kept verbatim.
 */
struct ApiError
{
    std::optional<qint64> code;
    QString message;
    QJsonObject extra; ///< every key except code and message

    /**
     * Reads an error response body whatever its form: an Alpaca JSON error, a JSON
     * value of another shape, or a non-JSON text (an edge proxy's HTML, an empty
     * body). Never fails: the text, or the HTTP status, becomes the message.
     */
    static ApiError fromBody(const QByteArray &body, int httpStatus);

    /**
     * The Error a caller sees: httpStatus, apiCode and extra filled in and the code
     * chosen from the status (401 → Unauthorized, 404 → NotFound, 429 →
     * RateLimited, anything else → Http).
     */
    [[nodiscard]] Error toError(int httpStatus) const;

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

} // namespace Elson
