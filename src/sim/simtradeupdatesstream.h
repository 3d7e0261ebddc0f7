// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tradeupdate.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QWebSocket;

namespace Elson {

/**
 * The trade_updates WebSocket on /stream (§13 of the team reference), as the
 * paper host speaks it — every server frame is a **binary** frame of JSON text:
 * - `{"action":"authenticate","data":{"key_id","secret_key"}}` →
 *   `{"stream":"authorization","data":{"status":"authorized"|"unauthorized","action":"authenticate"}}`;
 * - `{"action":"listen","data":{"streams":[…]}}` → `{"stream":"listening",…}`;
 *   the list replaces the current set (empty: stop); before authorising, the
 *   answer is an authorization message with `"action":"listen"`, unauthorized;
 * - publish() sends each engine event to the connections listening to
 *   trade_updates: `{"stream":"trade_updates","data":{"event",…,"order":{…}}}`.
 * Client frames may be text or binary. Every frame goes through the codec.
 */
class SimTradeUpdatesStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimTradeUpdatesStream)

public:
    SimTradeUpdatesStream(QString keyId, QString secretKey, QObject *parent = nullptr);
    ~SimTradeUpdatesStream() override;

    /** Takes over an upgraded socket. */
    void accept(QWebSocket *socket);
    /** Sends @p update to every authorised connection listening to trade_updates. */
    void publish(const TradeUpdate &update);
    /** Closes every connection (fault injection, shutdown). */
    void closeAll();

    [[nodiscard]] int connectionCount() const { return int(m_clients.size()); }
    [[nodiscard]] qint64 eventsSent() const { return m_eventsSent; }

private:
    struct Client
    {
        bool authorized = false;
        QStringList streams;
    };

    void onMessage(QWebSocket *socket, const QByteArray &data);
    void remove(QWebSocket *socket);

    QString m_keyId;
    QString m_secretKey;
    QHash<QWebSocket *, Client> m_clients;
    qint64 m_eventsSent = 0;
};

} // namespace Elson
