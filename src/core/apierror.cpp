// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include "jsoncodec.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Elson {

namespace {

constexpr qsizetype MaxTextBody = 500; // an HTML error page is not a message

QString noMessage(int httpStatus)
{
    return QCoreApplication::translate("Elson::ApiError", "HTTP status %1 without a message")
        .arg(httpStatus);
}

} // namespace

ApiError ApiError::fromBody(const QByteArray &body, int httpStatus)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{')) {
        Result<ApiError> parsed = Json::parse<ApiError>(trimmed);
        if (parsed)
            return parsed.value();
    }
    // Not an Alpaca error body: an edge proxy's text or HTML, or nothing at all.
    ApiError error;
    QString text = QString::fromUtf8(trimmed).simplified();
    if (text.size() > MaxTextBody)
        text = text.left(MaxTextBody) + QStringLiteral("…");
    error.message = text.isEmpty() ? noMessage(httpStatus) : text;
    return error;
}

Error ApiError::toError(int httpStatus) const
{
    Error error;
    switch (httpStatus) {
    case 401:
        error.code = Error::Code::Unauthorized;
        break;
    case 404:
        error.code = Error::Code::NotFound;
        break;
    case 429:
        error.code = Error::Code::RateLimited;
        break;
    default:
        error.code = Error::Code::Http;
        break;
    }
    error.httpStatus = httpStatus;
    error.apiCode = code.value_or(0);
    error.message = message.isEmpty() ? noMessage(httpStatus) : message;
    error.extra = extra;
    return error;
}

} // namespace Elson
