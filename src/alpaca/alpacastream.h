// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials.h"
#include "error.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace Elson {

class Scheduler;

/**
 * What TradeUpdatesStream and MarketDataStream share: one QWebSocket at a time,
 * a heartbeat, a silence detector, reconnection and a health signal.
 *
 * - **Health**: Down until the subclass's handshake (authenticate, listen or
 *   subscribe) completes, Healthy while frames or pongs keep arriving, Stale when
 *   nothing was heard for Options::staleAfterMs ("connected but mute" — callers
 *   should gate order entry on Healthy), Down again when the socket is lost.
 * - **Heartbeat**: a ping every pingIntervalMs; silence longer than deadAfterMs
 *   drops the socket and reconnects.
 * - **Reconnect**: exponential backoff with jitter. Alpaca allows one connection
 *   per account and feed, so the old socket is always closed before a new one is
 *   opened, and a refusal for too many connections waits connectionLimitWaitMs.
 *   The backoff returns to its first step only once a connection has stayed Healthy
 *   for Options::stableAfterMs: a stream that is closed soon after every connect
 *   (flapping) keeps backing off instead of reconnecting, and making its callers
 *   reconcile, several times a second. Bad keys stop the stream instead
 *   (authenticationFailed()).
 * - **Reconcile**: the streams do not replay what was missed. needsReconcile() is
 *   emitted every time the stream goes live (the first time too) and
 *   reconnected() after every drop, so callers re-read the REST state.
 *
 * Time comes from a Scheduler (tests scale it); nothing here blocks.
 */
class AlpacaStream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlpacaStream)
    Q_PROPERTY(Health health READ health NOTIFY healthChanged)

public:
    enum class Health { Down, Stale, Healthy };
    Q_ENUM(Health)

    struct Options
    {
        int pingIntervalMs = 10'000;
        int staleAfterMs = 25'000;      ///< silence (no frame, no pong) before Stale
        int deadAfterMs = 45'000;       ///< silence before the socket is dropped
        int handshakeTimeoutMs = 20'000; ///< connect + authenticate + listen/subscribe
        qint64 reconnectInitialMs = 1'000;
        qint64 reconnectMaxMs = 60'000;
        /** Healthy this long without a break before the backoff starts again from its first step. */
        qint64 stableAfterMs = 30'000;
        qint64 connectionLimitWaitMs = 60'000; ///< after "connection limit exceeded"
        int closeTimeoutMs = 3'000;     ///< for the close handshake before aborting
    };

    ~AlpacaStream() override;

    /** Connects, and keeps reconnecting until stop() or an authentication failure. */
    void start();
    /** Closes the socket; no reconnection. */
    void stop();

    [[nodiscard]] Health health() const { return m_health; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isLive() const { return m_live; }
    [[nodiscard]] QUrl url() const { return m_url; }
    /** Times the stream went live again after a drop. */
    [[nodiscard]] int reconnectCount() const { return m_reconnects; }
    /**
     * Connection losses counted by the backoff: the next one waits about
     * reconnectInitialMs × 2^n. 0 when started, and again once a connection stayed
     * Healthy for stableAfterMs.
     */
    [[nodiscard]] int backoffAttempts() const { return m_failedAttempts; }
    [[nodiscard]] const Options &options() const { return m_options; }

Q_SIGNALS:
    void healthChanged(Elson::AlpacaStream::Health health);
    /** The handshake completed: authenticated and listening/subscribed. */
    void connected();
    /** Live again after a drop; events in between were missed. */
    void reconnected();
    /** Re-read orders/positions by REST: emitted each time the stream goes live. */
    void needsReconcile();
    /** A problem the stream reports and survives (a refused subscription, a 406). */
    void errorOccurred(const Elson::Error &error);
    /** The connection was lost; the next attempt starts in @p delayMs (for "reconnecting in …"). */
    void reconnectScheduled(qint64 delayMs, int attempt);
    /** The keys were refused; the stream stopped. */
    void authenticationFailed(const Elson::Error &error);

protected:
    /** @p scheduler null: a TimerScheduler of its own; otherwise it must outlive the stream. */
    AlpacaStream(QUrl url, Credentials credentials, Options options, Scheduler *scheduler,
                 QObject *parent);

    /** The socket is open: begin the handshake. */
    virtual void onOpened() = 0;
    /** A text or binary frame (JSON text either way). */
    virtual void onFrame(const QByteArray &frame) = 0;
    /** The socket is gone; forget per-connection state. */
    virtual void onClosed() {}

    /** Sends a JSON text frame (never logged: it may carry the secret). */
    void sendFrame(const QByteArray &json);
    /** The handshake completed. */
    void markLive();
    /** Bad keys: report, stop, stay down. */
    void failAuthentication(const Error &error);
    /** Drops this connection and reconnects after at least @p minimumWaitMs. */
    void dropAndReconnect(const QString &reason, qint64 minimumWaitMs = 0);

    [[nodiscard]] const Credentials &credentials() const { return m_credentials; }
    [[nodiscard]] Scheduler *scheduler() const { return m_scheduler; }

private:
    void openSocket();
    void onConnected();
    void onDisconnected(QWebSocket *socket);
    void heard();
    void heartbeat(quint64 generation);
    void scheduleReconnect(qint64 minimumWaitMs);
    void armStableTimer();
    void setHealth(Health health);
    void closeSocket(bool graceful);

    QUrl m_url;
    Credentials m_credentials;
    Options m_options;
    std::unique_ptr<Scheduler> m_ownScheduler;
    Scheduler *m_scheduler;
    QWebSocket *m_socket = nullptr;
    quint64 m_generation = 0; ///< bumped per socket: stale timers see a different value
    Health m_health = Health::Down;
    bool m_running = false;
    bool m_live = false;
    bool m_everLive = false;
    qint64 m_lastHeardMs = 0;
    qint64 m_pendingMinimumWaitMs = 0;
    int m_failedAttempts = 0;
    quint64 m_healthyRun = 0; ///< bumped whenever health becomes Healthy: the stability timer's token
    int m_reconnects = 0;
};

} // namespace Elson
