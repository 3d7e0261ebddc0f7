// SPDX-License-Identifier: GPL-3.0-or-later
#include "simerror.h"

namespace Elson {

Error SimError::make(int httpStatus, qint64 apiCode, const QString &message,
                     const QJsonObject &extra, const QString &field)
{
    Error error;
    error.code = httpStatus == 404 ? Error::Code::NotFound : Error::Code::Http;
    error.httpStatus = httpStatus;
    error.apiCode = apiCode;
    error.message = message;
    error.field = field;
    error.extra = extra;
    return error;
}

Error SimError::invalidInput(const QString &message, const QString &field)
{
    return make(422, InvalidInput, message, {}, field);
}

Error SimError::unprocessable(const QString &message, const QJsonObject &extra,
                              const QString &field)
{
    return make(422, Unprocessable, message, extra, field);
}

Error SimError::forbidden(const QString &message, const QJsonObject &extra)
{
    return make(403, Forbidden, message, extra);
}

Error SimError::notFound(const QString &message)
{
    return make(404, NotFound, message);
}

ApiError SimError::toApiError(const Error &error)
{
    ApiError body;
    if (error.apiCode != 0)
        body.code = error.apiCode;
    body.message = error.message;
    body.extra = error.extra;
    return body;
}

} // namespace Elson
