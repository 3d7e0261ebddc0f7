// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Elson {

/** The parts of an HTTP request a simulator route needs, detached from the socket. */
struct SimRequest
{
    QByteArray method;                  ///< "GET", "POST", …
    QString path;                       ///< decoded path, e.g. "/v2/orders/abc"
    QUrlQuery query;
    QByteArray body;
    QHash<QString, QString> params;     ///< path parameters by name ("{id}" → "id")
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] QByteArray header(QByteArrayView name) const; ///< case-insensitive
    /** A query item, fully decoded; empty when absent. */
    [[nodiscard]] QString queryValue(const QString &key) const;
};

/** What a route answers: status, body and extra headers. */
struct SimResponse
{
    int status = 200;
    QByteArray body;                    ///< empty for 204
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimResponse json(const QJsonObject &value, int status = 200);
    static SimResponse json(const QJsonArray &value, int status = 200);
    static SimResponse noContent();     ///< 204, as DELETE /v2/orders/{id}
    /**
     * Alpaca's error body {"code":…,"message":…,…extra} with the error's HTTP status
     * (400 when the error has none); the code is omitted when the error has none.
     */
    static SimResponse error(const Error &error);
    static SimResponse error(int status, qint64 code, const QString &message);
};

} // namespace Elson
