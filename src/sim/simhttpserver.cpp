// SPDX-License-Identifier: GPL-3.0-or-later
#include "simhttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace Elson {

Q_LOGGING_CATEGORY(lcSimHttp, "elson.sim.http")

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

SimRequest toSimRequest(const QHttpServerRequest &request)
{
    SimRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.query();
    r.body = request.body();
    r.headers = request.headers();
    return r;
}

// What an edge proxy in front of Alpaca answers on 502/503/504: not JSON.
QByteArray edgeBody(int status)
{
    return "<html><head><title>" + QByteArray::number(status)
        + "</title></head><body><center><h1>" + QByteArray::number(status)
        + " Bad Gateway</h1></center></body></html>\n";
}

} // namespace

SimHttpServer::SimHttpServer(SimRouter router, Credentials credentials, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(std::move(router))
    , m_credentials(std::move(credentials))
    , m_keyIdUtf8(m_credentials.keyId.toUtf8())
    , m_secretKeyUtf8(m_credentials.secretKey.toUtf8())
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this,
            &SimHttpServer::onNewWebSocket);
}

SimHttpServer::~SimHttpServer() = default;

bool SimHttpServer::authorized(const SimRequest &request) const
{
    return request.header("APCA-API-KEY-ID") == m_keyIdUtf8
        && request.header("APCA-API-SECRET-KEY") == m_secretKeyUtf8;
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    SimRequest req = toSimRequest(request);

    // A stream path with an upgrade: write nothing, QAbstractHttpServer completes the
    // WebSocket handshake and emits newWebSocketConnection (platform notes, Qt 6.4).
    if (m_streamPaths.contains(req.path)
        && req.header("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        return true;
    }

    SimRateLimiter::Decision limit;
    limit.limit = m_rateLimiter.limit();
    limit.remaining = m_rateLimiter.limit();
    const bool isPublic = m_publicPaths.contains(req.path);
    if (!isPublic) {
        if (!authorized(req)) {
            respond(request, socket,
                    SimResponse::error(401, 40110000, tr("request is not authorized")), limit);
            Q_EMIT requestServed(req.path, 401);
            return true;
        }
        limit = m_rateLimiter.take(m_credentials.keyId);
        if (!limit.allowed) {
            SimResponse r = SimResponse::error(429, 42910000, tr("rate limit exceeded"));
            r.headers.append({"Retry-After", QByteArray::number(limit.retryAfterSeconds)});
            respond(request, socket, r, limit);
            Q_EMIT requestServed(req.path, 429);
            return true;
        }
    }

    const auto match = m_router.match(req.method, req.path);
    if (!match) {
        const bool known = m_router.hasPath(req.path);
        const int status = known ? 405 : 404;
        respond(request, socket,
                SimResponse::error(status, 0, known ? tr("method not allowed") : tr("endpoint not found")),
                limit);
        Q_EMIT requestServed(req.path, status);
        return true;
    }
    req.params = match->params;
    const QString routeKey = match->route->key();
    const SimRouter::Handler &handler = match->route->handler;

    // The sim's own admin routes never fault: a "*" rule must not block its own removal.
    const std::optional<SimFault> fault = req.path.startsWith(u"/sim/")
        ? std::nullopt
        : m_faults.take(routeKey);
    if (fault) {
        qCInfo(lcSimHttp) << "injecting" << SimFault::kindName(fault->kind) << "on" << routeKey;
        switch (fault->kind) {
        case SimFault::Kind::Status: {
            SimResponse r;
            r.status = fault->status;
            if (fault->status >= 502 && fault->status <= 504) {
                r.body = edgeBody(fault->status);
                r.contentType = "text/html";
            } else {
                r = SimResponse::error(fault->status, qint64(fault->status) * 100000,
                                       tr("internal server error"));
            }
            respond(request, socket, r, limit);
            Q_EMIT requestServed(routeKey, fault->status);
            return true;
        }
        case SimFault::Kind::RateLimit: {
            SimResponse r = SimResponse::error(429, 42910000, tr("rate limit exceeded"));
            r.headers.append({"Retry-After", QByteArray::number(fault->retryAfterSeconds)});
            limit.remaining = 0;
            respond(request, socket, r, limit);
            Q_EMIT requestServed(routeKey, 429);
            return true;
        }
        case SimFault::Kind::DropBeforeCommit:
            socket->abort();
            Q_EMIT requestServed(routeKey, 0);
            return true;
        case SimFault::Kind::DropAfterCommit:
            handler(req);
            socket->abort();
            Q_EMIT requestServed(routeKey, 0);
            return true;
        case SimFault::Kind::MalformedBody: {
            SimResponse r = handler(req);
            r.status = 200;
            r.body = r.body.left(std::max<qsizetype>(1, r.body.size() / 2));
            if (r.body.isEmpty() || r.body == "{")
                r.body = "{\"id\":";
            respond(request, socket, r, limit);
            Q_EMIT requestServed(routeKey, 200);
            return true;
        }
        case SimFault::Kind::Delay: {
            const SimResponse r = handler(req);
            // The request object dies with this call: keep what respond() needs.
            auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(fault->delayMs, this, [this, responder, guard, r, limit, routeKey] {
                if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                    return;
                writeResponse(*responder, r, limit);
                Q_EMIT requestServed(routeKey, r.status);
            });
            return true;
        }
        case SimFault::Kind::CloseStream:
            break; // never returned by take()
        }
    }

    const SimResponse response = handler(req);
    respond(request, socket, response, limit);
    Q_EMIT requestServed(routeKey, response.status);
    return true;
}

void SimHttpServer::respond(const QHttpServerRequest &request, QTcpSocket *socket,
                            const SimResponse &r, const SimRateLimiter::Decision &limit)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, r, limit);
}

void SimHttpServer::writeResponse(QHttpServerResponder &responder, const SimResponse &r,
                                  const SimRateLimiter::Decision &limit)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(r.status));
    responder.writeHeader("X-Ratelimit-Limit", QByteArray::number(limit.limit));
    responder.writeHeader("X-Ratelimit-Remaining", QByteArray::number(limit.remaining));
    responder.writeHeader("X-Ratelimit-Reset", QByteArray::number(limit.resetEpochSeconds));
    if (!r.contentType.isEmpty())
        responder.writeHeader("Content-Type", r.contentType);
    for (const auto &[key, value] : r.headers)
        responder.writeHeader(key, value);
    if (r.status != 204)
        responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
    responder.writeBody(r.body);
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only reached if it returned false.
    SimRateLimiter::Decision limit;
    respond(request, socket, SimResponse::error(404, 0, tr("endpoint not found")), limit);
}

void SimHttpServer::onNewWebSocket()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            continue;
        const QString path = socket->requestUrl().path();
        if (!m_streamHandler) {
            socket->close();
            continue;
        }
        m_streamHandler(socket.release(), path);
    }
}

} // namespace Elson
