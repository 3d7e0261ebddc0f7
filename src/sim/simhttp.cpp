// SPDX-License-Identifier: GPL-3.0-or-later
#include "simhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Elson {

QByteArray SimRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString SimRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

SimResponse SimResponse::json(const QJsonObject &value, int status)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(value).toJson(QJsonDocument::Compact);
    return r;
}

SimResponse SimResponse::json(const QJsonArray &value, int status)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(value).toJson(QJsonDocument::Compact);
    return r;
}

SimResponse SimResponse::noContent()
{
    SimResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

SimResponse SimResponse::error(const Error &error)
{
    QJsonObject body = error.extra;
    if (error.apiCode != 0)
        body.insert(QStringLiteral("code"), error.apiCode);
    body.insert(QStringLiteral("message"), error.message);
    return json(body, error.httpStatus > 0 ? error.httpStatus : 400);
}

SimResponse SimResponse::error(int status, qint64 code, const QString &message)
{
    Error e;
    e.code = Error::Code::Http;
    e.httpStatus = status;
    e.apiCode = code;
    e.message = message;
    return error(e);
}

} // namespace Elson
