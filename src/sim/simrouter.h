// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simhttp.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Elson {

/**
 * Method + path routing for the simulator. Patterns are literal segments and
 * "{name}" parameters ("/v2/orders/{id}"); a segment may contain a colon, as in
 * Alpaca's "/v2/orders:by_client_order_id". Unlike QHttpServer 6.4, an existing
 * path with the wrong method is told apart (405) from an unknown path (404).
 */
class SimRouter final
{
public:
    using Handler = std::function<SimResponse(const SimRequest &)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
        QString routeKey; ///< made once by add(): key() is asked for on every request
        /** "POST /v2/orders": the key fault rules and logs use. */
        [[nodiscard]] const QString &key() const { return routeKey; }
    };

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
    };

    void add(const QByteArray &method, const QString &pattern, Handler handler);

    /** The route for @p method and @p path, with its parameters filled in. */
    [[nodiscard]] std::optional<Match> match(QByteArrayView method, const QString &path) const;
    /** Whether some route (of any method) has this path. */
    [[nodiscard]] bool hasPath(const QString &path) const;
    [[nodiscard]] const QList<Route> &routes() const { return m_routes; }

private:
    static bool matchSegments(const Route &route, const QStringList &parts,
                              QHash<QString, QString> *params);

    QList<Route> m_routes;
};

} // namespace Elson
