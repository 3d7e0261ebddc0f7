// SPDX-License-Identifier: GPL-3.0-or-later
#include "alpacastream.h"

#include "alpacaendpoints.h"
#include "alpacalogging.h"
#include "timerscheduler.h"

#include <QPointer>
#include <QWebSocket>

#include <algorithm>
#include <cmath>

namespace Elson {

AlpacaStream::AlpacaStream(QUrl url, Credentials credentials, Options options,
                           Scheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_credentials(std::move(credentials))
    , m_options(options)
{
    if (!scheduler) {
        m_ownScheduler = std::make_unique<TimerScheduler>();
        scheduler = m_ownScheduler.get();
    }
    m_scheduler = scheduler;
}

AlpacaStream::~AlpacaStream()
{
    m_running = false;
    ++m_generation;
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        delete m_socket;
        m_socket = nullptr;
    }
}

void AlpacaStream::start()
{
    if (m_running)
        return;
    // The same rule as for REST: the keys travel in clear text only on this machine.
    const QString scheme = m_url.scheme().toLower();
    const bool secure = scheme == u"wss";
    if ((!secure && scheme != u"ws") || m_url.host().isEmpty()
        || (!secure && !AlpacaEndpoints::isLoopbackHost(m_url.host()))) {
        Error e = Error::validation(QStringLiteral("url"),
                                    tr("The stream address %1 must use wss:// (ws:// only for "
                                       "a loopback address such as 127.0.0.1).")
                                        .arg(m_url.toDisplayString()));
        qCWarning(lcAlpacaStream).noquote() << e.message;
        Q_EMIT errorOccurred(e);
        return;
    }
    m_running = true;
    m_failedAttempts = 0;
    if (!m_socket)
        openSocket();
}

void AlpacaStream::stop()
{
    if (!m_running && !m_socket)
        return;
    qCInfo(lcAlpacaStream).noquote() << "stopping" << m_url.toDisplayString();
    m_running = false;
    ++m_generation;
    if (QWebSocket *socket = std::exchange(m_socket, nullptr)) {
        disconnect(socket, nullptr, this, nullptr);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        socket->close();
        // A peer that never answers the close frame still lets the socket go.
        m_scheduler->schedule(m_options.closeTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
    const bool wasLive = std::exchange(m_live, false);
    if (wasLive)
        onClosed();
    setHealth(Health::Down);
}

void AlpacaStream::openSocket()
{
    const quint64 generation = ++m_generation;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket == m_socket)
            onConnected();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (socket != m_socket)
            return;
        heard();
        onFrame(text.toUtf8());
    });
    // The paper trade_updates host sends JSON in binary frames.
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket](const QByteArray &data) {
                if (socket != m_socket)
                    return;
                heard();
                onFrame(data);
            });
    connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
        if (socket == m_socket)
            heard();
    });
    // No sslErrors handler: a TLS error fails the connection, never ignored.
    qCInfo(lcAlpacaStream).noquote() << "connecting to" << m_url.toDisplayString() << "as"
                                     << m_credentials.maskedKeyId();
    socket->open(m_url);
    m_scheduler->schedule(m_options.handshakeTimeoutMs, this, [this, generation] {
        if (generation == m_generation && m_running && !m_live)
            dropAndReconnect(tr("the handshake did not complete in time"));
    });
}

void AlpacaStream::onConnected()
{
    m_lastHeardMs = m_scheduler->monotonicMs();
    qCInfo(lcAlpacaStream).noquote() << "connected to" << m_url.toDisplayString();
    const quint64 generation = m_generation;
    m_scheduler->schedule(m_options.pingIntervalMs, this,
                          [this, generation] { heartbeat(generation); });
    onOpened();
}

void AlpacaStream::onDisconnected(QWebSocket *socket)
{
    socket->deleteLater();
    if (socket != m_socket)
        return;
    m_socket = nullptr;
    ++m_generation; // this connection's timers are void now
    qCInfo(lcAlpacaStream).noquote() << "disconnected from" << m_url.toDisplayString()
                                     << "code" << int(socket->closeCode()) << socket->closeReason();
    m_live = false;
    onClosed();
    setHealth(Health::Down);
    if (m_running)
        scheduleReconnect(std::exchange(m_pendingMinimumWaitMs, 0));
}

void AlpacaStream::heard()
{
    m_lastHeardMs = m_scheduler->monotonicMs();
    if (m_live && m_health == Health::Stale) {
        qCInfo(lcAlpacaStream).noquote() << m_url.toDisplayString() << "is heard again";
        setHealth(Health::Healthy);
    }
}

void AlpacaStream::heartbeat(quint64 generation)
{
    if (generation != m_generation || !m_socket)
        return;
    const qint64 silence = m_scheduler->monotonicMs() - m_lastHeardMs;
    if (silence >= m_options.deadAfterMs) {
        qCWarning(lcAlpacaStream).noquote()
            << m_url.toDisplayString() << "is connected but mute for" << silence
            << "ms; dropping the connection";
        m_pendingMinimumWaitMs = 0;
        closeSocket(false); // a mute peer will not answer a close frame either
        return;
    }
    if (m_live && m_health == Health::Healthy && silence >= m_options.staleAfterMs) {
        qCWarning(lcAlpacaStream).noquote() << m_url.toDisplayString() << "silent for" << silence
                                            << "ms: stale";
        setHealth(Health::Stale);
    }
    m_socket->ping();
    m_scheduler->schedule(m_options.pingIntervalMs, this,
                          [this, generation] { heartbeat(generation); });
}

void AlpacaStream::scheduleReconnect(qint64 minimumWaitMs)
{
    ++m_failedAttempts;
    const double step = std::min(double(m_options.reconnectMaxMs),
                                 double(m_options.reconnectInitialMs)
                                     * std::pow(2.0, std::min(m_failedAttempts - 1, 30)));
    const qint64 jittered = std::llround(step / 2 + step / 2 * m_scheduler->random());
    const qint64 delay = std::max(jittered, minimumWaitMs);
    qCInfo(lcAlpacaStream).noquote() << "reconnecting to" << m_url.toDisplayString() << "in"
                                     << delay << "ms (attempt" << m_failedAttempts << ")";
    const quint64 generation = m_generation;
    m_scheduler->schedule(delay, this, [this, generation] {
        if (generation == m_generation && m_running && !m_socket)
            openSocket();
    });
    Q_EMIT reconnectScheduled(delay, m_failedAttempts);
}

void AlpacaStream::closeSocket(bool graceful)
{
    QWebSocket *socket = m_socket;
    if (!socket)
        return;
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        socket->close();
        QPointer<QWebSocket> guard(socket);
        m_scheduler->schedule(m_options.closeTimeoutMs, this, [this, guard] {
            if (guard && guard == m_socket)
                guard->abort();
        });
        return;
    }
    socket->abort();
    if (socket == m_socket) // abort() did not report the disconnection itself
        onDisconnected(socket);
}

void AlpacaStream::dropAndReconnect(const QString &reason, qint64 minimumWaitMs)
{
    if (!m_socket)
        return;
    qCInfo(lcAlpacaStream).noquote() << "dropping" << m_url.toDisplayString() << ":" << reason;
    m_pendingMinimumWaitMs = std::max(m_pendingMinimumWaitMs, minimumWaitMs);
    closeSocket(true);
}

void AlpacaStream::sendFrame(const QByteArray &json)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(QString::fromUtf8(json));
}

void AlpacaStream::markLive()
{
    if (m_live)
        return;
    m_live = true;
    // The backoff is not reset here: a connection that is closed again at once has not
    // proved the exchange is back (see armStableTimer()).
    m_lastHeardMs = m_scheduler->monotonicMs();
    qCInfo(lcAlpacaStream).noquote() << m_url.toDisplayString() << "is live";
    setHealth(Health::Healthy);
    Q_EMIT connected();
    if (m_everLive) {
        ++m_reconnects;
        Q_EMIT reconnected();
    }
    m_everLive = true;
    Q_EMIT needsReconcile();
}

void AlpacaStream::failAuthentication(const Error &error)
{
    qCWarning(lcAlpacaStream).noquote() << m_url.toDisplayString() << "refused the key"
                                        << m_credentials.maskedKeyId() << ":" << error.message;
    m_running = false;
    ++m_generation;
    m_live = false;
    closeSocket(true);
    setHealth(Health::Down);
    Q_EMIT authenticationFailed(error);
}

void AlpacaStream::setHealth(Health health)
{
    if (health == m_health)
        return;
    m_health = health;
    qCDebug(lcAlpacaStream).noquote() << m_url.toDisplayString() << "health" << health;
    if (health == Health::Healthy)
        armStableTimer();
    Q_EMIT healthChanged(health);
}

void AlpacaStream::armStableTimer()
{
    // Any earlier timer belongs to a run of health that has ended.
    const quint64 run = ++m_healthyRun;
    if (m_failedAttempts == 0)
        return;
    if (m_options.stableAfterMs <= 0) {
        m_failedAttempts = 0;
        return;
    }
    const quint64 generation = m_generation;
    m_scheduler->schedule(m_options.stableAfterMs, this, [this, generation, run] {
        if (generation != m_generation || run != m_healthyRun || !m_live
            || m_health != Health::Healthy)
            return;
        qCInfo(lcAlpacaStream).noquote() << m_url.toDisplayString() << "stayed healthy for"
                                         << m_options.stableAfterMs
                                         << "ms; the reconnect backoff starts again";
        m_failedAttempts = 0;
    });
}

} // namespace Elson
