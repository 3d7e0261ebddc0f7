// SPDX-License-Identifier: GPL-3.0-or-later
#include "simrouter.h"

namespace Elson {

void SimRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.segments = pattern.split(u'/', Qt::SkipEmptyParts);
    route.handler = std::move(handler);
    route.routeKey = QString::fromLatin1(method) + u' ' + pattern;
    m_routes.append(std::move(route));
}

bool SimRouter::matchSegments(const Route &route, const QStringList &parts,
                              QHash<QString, QString> *params)
{
    if (route.segments.size() != parts.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &segment = route.segments.at(i);
        if (segment.startsWith(u'{') && segment.endsWith(u'}')) {
            if (parts.at(i).isEmpty())
                return false;
            if (params)
                params->insert(segment.mid(1, segment.size() - 2), parts.at(i));
        } else if (segment != parts.at(i)) {
            return false;
        }
    }
    return true;
}

std::optional<SimRouter::Match> SimRouter::match(QByteArrayView method, const QString &path) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    // Literal routes win over parameter routes ("/v2/orders:by_client_order_id" is not an id).
    const Route *best = nullptr;
    int bestLiterals = -1;
    QHash<QString, QString> bestParams;
    for (const Route &route : m_routes) {
        if (route.method != method)
            continue;
        QHash<QString, QString> params;
        if (!matchSegments(route, parts, &params))
            continue;
        const int literals = int(route.segments.size() - params.size());
        if (literals > bestLiterals) {
            best = &route;
            bestLiterals = literals;
            bestParams = std::move(params);
        }
    }
    if (!best)
        return std::nullopt;
    return Match{best, std::move(bestParams)};
}

bool SimRouter::hasPath(const QString &path) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        if (matchSegments(route, parts, nullptr))
            return true;
    }
    return false;
}

} // namespace Elson
