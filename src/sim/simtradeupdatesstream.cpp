// SPDX-License-Identifier: GPL-3.0-or-later
#include "simtradeupdatesstream.h"

#include "jsoncodec.h"
#include "tradingstreammessage.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QWebSocket>

namespace Elson {

Q_LOGGING_CATEGORY(lcSimTradeStream, "elson.sim.stream.trading", QtInfoMsg)

namespace {

const QString TradeUpdates = QStringLiteral("trade_updates");

void sendFrame(QWebSocket *socket, const TradingStreamMessage &message)
{
    // The paper host sends binary frames holding JSON text (§13).
    socket->sendBinaryMessage(Json::serialize(message));
}

TradingStreamMessage authorization(bool authorized, const QString &action, const QString &message = {})
{
    StreamAuthorization a;
    a.status = authorized ? QStringLiteral("authorized") : QStringLiteral("unauthorized");
    a.action = action;
    a.message = message;
    return TradingStreamMessage{a};
}

} // namespace

SimTradeUpdatesStream::SimTradeUpdatesStream(QString keyId, QString secretKey, QObject *parent)
    : QObject(parent)
    , m_keyId(std::move(keyId))
    , m_secretKey(std::move(secretKey))
{
}

SimTradeUpdatesStream::~SimTradeUpdatesStream()
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        QObject::disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
        delete it.key();
    }
    m_clients.clear();
}

void SimTradeUpdatesStream::accept(QWebSocket *socket)
{
    socket->setParent(this);
    m_clients.insert(socket, Client());
    qCDebug(lcSimTradeStream) << "trade_updates connection";
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onMessage(socket, text.toUtf8()); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket](const QByteArray &data) { onMessage(socket, data); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { remove(socket); });
}

void SimTradeUpdatesStream::remove(QWebSocket *socket)
{
    if (m_clients.remove(socket))
        socket->deleteLater();
}

void SimTradeUpdatesStream::closeAll()
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *socket : sockets)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("closed by the simulator"));
}

void SimTradeUpdatesStream::onMessage(QWebSocket *socket, const QByteArray &data)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client &client = it.value();
    const Result<TradingStreamRequest> request = Json::parse<TradingStreamRequest>(data);
    if (!request) {
        // sim decision: Alpaca's answer to an unreadable frame is not documented; the
        // simulator sends {"stream":"error","data":{"message":…}} and keeps the connection.
        UnknownStreamMessage error{QStringLiteral("error"),
                                   QJsonObject{{QStringLiteral("message"),
                                                tr("invalid syntax: %1").arg(request.error().toString())}}};
        sendFrame(socket, TradingStreamMessage{error});
        return;
    }
    switch (request->action) {
    case TradingStreamAction::Authenticate:
        // sim decision: a refused connection stays open, so the client may retry.
        client.authorized = request->keyId == m_keyId && request->secretKey == m_secretKey;
        if (!client.authorized)
            client.streams.clear();
        sendFrame(socket, authorization(client.authorized, QStringLiteral("authenticate"),
                                        client.authorized ? QString()
                                                          : QStringLiteral("access key verification failed")));
        return;
    case TradingStreamAction::Listen: {
        if (!client.authorized) {
            sendFrame(socket, authorization(false, QStringLiteral("listen")));
            return;
        }
        // The list replaces the current set; streams the simulator does not have are dropped.
        client.streams.clear();
        if (request->streams.contains(TradeUpdates))
            client.streams.append(TradeUpdates);
        sendFrame(socket, TradingStreamMessage{StreamListening{client.streams}});
        return;
    }
    }
}

void SimTradeUpdatesStream::publish(const TradeUpdate &update)
{
    QByteArray frame;
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *socket : sockets) {
        const auto it = m_clients.constFind(socket);
        if (it == m_clients.cend() || !it->authorized || !it->streams.contains(TradeUpdates))
            continue;
        if (frame.isEmpty())
            frame = Json::serialize(TradingStreamMessage{update});
        socket->sendBinaryMessage(frame);
        ++m_eventsSent;
    }
}

} // namespace Elson
