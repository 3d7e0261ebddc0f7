// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "marketdatamessage.h"
#include "priceprocess.h"
#include "simuniverse.h"
#include "timestamp.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QWebSocket;

namespace Elson {

/**
 * Alpaca's stock market-data WebSocket (§15 of the team reference) on the
 * simulator's /v2/{feed} paths:
 * - on connect `[{"T":"success","msg":"connected"}]`; `{"action":"auth",…}` within
 *   the auth timeout (10 s) answers `authenticated` or error 402, else error 404
 *   and the connection is closed;
 * - subscribe/unsubscribe add to / remove from the channel lists (`*` = every
 *   symbol), each change answered with the full `subscription` state;
 *   subscribing to trades also subscribes corrections and cancelErrors;
 * - errors `[{"T":"error","code":N,"msg":…}]`: 400 invalid syntax, 401 not
 *   authenticated, 402 auth failed, 403 already authenticated, 404 auth timeout,
 *   406 connection limit exceeded (one authenticated connection per feed; the
 *   newcomer is refused and closed);
 * - data frames (text, JSON arrays) from publish(): a `q` per subscribed symbol
 *   whenever its quote changed, the `t` prints since the previous publish (at most
 *   MaxPrintsPerTick per symbol), and a `b` minute bar for each minute that closed.
 *
 * Every frame goes through the codec (MarketDataMessage).
 */
class SimMarketDataStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimMarketDataStream)

public:
    static constexpr int DefaultAuthTimeoutMs = 10'000;
    static constexpr int MaxPrintsPerTick = 20;
    static constexpr int MaxBarsPerTick = 5;

    /** @p universe and @p prices must outlive the stream. */
    SimMarketDataStream(const SimUniverse &universe, const PriceProcess &prices, QString keyId,
                        QString secretKey, QObject *parent = nullptr);
    ~SimMarketDataStream() override;

    /** Takes over an upgraded socket of feed @p feed ("iex", "sip", "test", …). */
    void accept(QWebSocket *socket, const QString &feed);

    /**
     * Sends what changed between the previous call and @p now to every
     * authenticated subscriber. The first call only sets the starting point.
     */
    void publish(const Timestamp &now);

    /** Closes every connection (fault injection, shutdown). */
    void closeAll();

    void setAuthTimeoutMs(int ms) { m_authTimeoutMs = ms; }
    [[nodiscard]] int connectionCount() const { return int(m_clients.size()); }
    [[nodiscard]] qint64 messagesSent() const { return m_messagesSent; }

private:
    struct Client;

    void onText(QWebSocket *socket, const QString &text);
    void send(Client &client, const QList<MarketDataMessage> &messages);
    void sendError(Client &client, int code, const QString &message);
    void remove(QWebSocket *socket);
    [[nodiscard]] QList<const SimAsset *> assetsFor(const QStringList &symbols) const;

    const SimUniverse &m_universe;
    const PriceProcess &m_prices;
    QString m_keyId;
    QString m_secretKey;
    int m_authTimeoutMs = DefaultAuthTimeoutMs;
    QHash<QWebSocket *, std::shared_ptr<Client>> m_clients;
    Timestamp m_lastPublished;
    qint64 m_messagesSent = 0;
};

} // namespace Elson
