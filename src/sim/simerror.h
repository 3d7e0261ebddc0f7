// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "error.h"

#include <QJsonObject>
#include <QString>

namespace Elson {

/**
 * Builders for the errors the simulated exchange answers with: an Elson::Error
 * carrying Alpaca's HTTP status, 8-digit code, message and extra keys (§3), as a
 * client reading the response through ApiError::toError() would see it.
 */
class SimError final
{
public:
    static constexpr qint64 InvalidInput = 40010001; ///< 400/422: malformed or invalid input
    static constexpr qint64 Forbidden = 40310000; ///< 403: buying power, qty, permissions
    static constexpr qint64 PdtProtection = 40310100; ///< 403: legacy PDT protection
    static constexpr qint64 NotFound = 40410000; ///< 404
    static constexpr qint64 Unprocessable = 42210000; ///< 422: market rules

    /** Any Alpaca error: NotFound for 404, Http otherwise (ApiError::toError's mapping). */
    static Error make(int httpStatus, qint64 apiCode, const QString &message,
                      const QJsonObject &extra = {}, const QString &field = {});

    /** 422 40010001: a request field that is missing, malformed or not allowed. */
    static Error invalidInput(const QString &message, const QString &field = {});
    /** 422 42210000: a rule of the market (sub-penny, price sides, fractional rules…). */
    static Error unprocessable(const QString &message, const QJsonObject &extra = {},
                               const QString &field = {});
    /** 403 40310000: buying power, quantity or a permission of the account. */
    static Error forbidden(const QString &message, const QJsonObject &extra = {});
    /** 404 40410000. */
    static Error notFound(const QString &message);

    /** The wire body of @p error: {"code","message", extra…}. */
    static ApiError toApiError(const Error &error);
};

} // namespace Elson
