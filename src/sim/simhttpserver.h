// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simfaultplan.h"
#include "simratelimiter.h"
#include "simrouter.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QStringList>

#include <functional>
#include <memory>

class QHttpServerResponder;
class QWebSocket;

namespace Elson {

/**
 * The simulator's HTTP front: Alpaca's two-header authentication, the per-account
 * rate limit with X-Ratelimit-* headers, fault injection, and dispatch to a
 * SimRouter. WebSocket upgrades on the stream paths are handed to a callback on
 * the same port. Built on QAbstractHttpServer rather than QHttpServer so that a
 * response can be delayed, a connection dropped after the route ran, and a wrong
 * method told apart from an unknown path.
 */
class SimHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpServer)

public:
    struct Credentials
    {
        QString keyId;
        QString secretKey;
    };

    /// Receives each upgraded WebSocket (ownership passes) with its request path.
    using StreamHandler = std::function<void(QWebSocket *socket, const QString &path)>;

    explicit SimHttpServer(SimRouter router, Credentials credentials, QObject *parent = nullptr);
    ~SimHttpServer() override;

    /** Paths (exact) answered by a WebSocket upgrade instead of a route. */
    void setStreamPaths(const QStringList &paths) { m_streamPaths = paths; }
    void setStreamHandler(StreamHandler handler) { m_streamHandler = std::move(handler); }

    SimFaultPlan &faults() { return m_faults; }
    SimRateLimiter &rateLimiter() { return m_rateLimiter; }
    [[nodiscard]] const Credentials &credentials() const { return m_credentials; }

    /** Paths that answer without credentials (the sim's own health check). */
    void setPublicPaths(const QStringList &paths) { m_publicPaths = paths; }

    /** Requests served since start (for the benchmark and the admin route). */
    [[nodiscard]] qint64 requestCount() const { return m_requestCount; }

Q_SIGNALS:
    /** After each request: its route key (or path) and the status answered (0 = dropped). */
    void requestServed(const QString &routeKey, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void onNewWebSocket();
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const SimResponse &response,
                 const SimRateLimiter::Decision &limit);
    static void writeResponse(QHttpServerResponder &responder, const SimResponse &response,
                              const SimRateLimiter::Decision &limit);
    [[nodiscard]] bool authorized(const SimRequest &request) const;

    SimRouter m_router;
    Credentials m_credentials;
    QByteArray m_keyIdUtf8; ///< m_credentials as the header bytes, made once
    QByteArray m_secretKeyUtf8;
    SimFaultPlan m_faults;
    SimRateLimiter m_rateLimiter;
    QStringList m_streamPaths;
    QStringList m_publicPaths;
    StreamHandler m_streamHandler;
    qint64 m_requestCount = 0;
};

} // namespace Elson
