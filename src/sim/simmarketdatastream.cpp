// SPDX-License-Identifier: GPL-3.0-or-later
#include "simmarketdatastream.h"

#include "jsoncodec.h"
#include "simmarketdataroutes.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <array>

namespace Elson {

Q_LOGGING_CATEGORY(lcSimMarketDataStream, "elson.sim.stream.marketdata", QtInfoMsg)

namespace {

constexpr std::int64_t NanosPerSecond = 1'000'000'000;
constexpr std::int64_t NanosPerMinute = 60 * NanosPerSecond;
const QString Wildcard = QStringLiteral("*");

using ChannelList = QStringList MarketDataSubscription::*;
constexpr std::array<ChannelList, 10> Channels{
    &MarketDataSubscription::trades,      &MarketDataSubscription::quotes,
    &MarketDataSubscription::bars,        &MarketDataSubscription::updatedBars,
    &MarketDataSubscription::dailyBars,   &MarketDataSubscription::statuses,
    &MarketDataSubscription::lulds,       &MarketDataSubscription::corrections,
    &MarketDataSubscription::cancelErrors, &MarketDataSubscription::imbalances,
};

MarketDataMessage control(MarketDataMessageType type, int code, const QString &message)
{
    MarketDataMessage m;
    m.type = type;
    m.payload = MarketDataControl{code, message};
    return m;
}

std::int64_t floorMinute(std::int64_t nanos)
{
    std::int64_t q = nanos / NanosPerMinute;
    if (nanos % NanosPerMinute < 0)
        --q;
    return q * NanosPerMinute;
}

} // namespace

struct SimMarketDataStream::Client
{
    QWebSocket *socket = nullptr;
    QString feed;
    bool authenticated = false;
    MarketDataSubscription subscription;
    QHash<QString, std::int64_t> lastQuoteNanos; ///< per symbol: the last quote sent (or seen at subscribe)
};

SimMarketDataStream::SimMarketDataStream(const SimUniverse &universe, const PriceProcess &prices,
                                         QString keyId, QString secretKey, QObject *parent)
    : QObject(parent)
    , m_universe(universe)
    , m_prices(prices)
    , m_keyId(std::move(keyId))
    , m_secretKey(std::move(secretKey))
{
}

SimMarketDataStream::~SimMarketDataStream()
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        QObject::disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
        delete it.key();
    }
    m_clients.clear();
}

void SimMarketDataStream::accept(QWebSocket *socket, const QString &feed)
{
    socket->setParent(this);
    auto client = std::make_shared<Client>();
    client->socket = socket;
    client->feed = feed;
    m_clients.insert(socket, client);
    qCDebug(lcSimMarketDataStream) << "connection on feed" << feed;

    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onText(socket, text); });
    // Clients send text; a binary frame holding JSON is read the same way
    // (MessagePack is not supported by the simulator).
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket](const QByteArray &data) { onText(socket, QString::fromUtf8(data)); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { remove(socket); });

    send(*client, {control(MarketDataMessageType::Success, 0, QStringLiteral("connected"))});

    QTimer::singleShot(m_authTimeoutMs, socket, [this, socket] {
        const auto it = m_clients.constFind(socket);
        if (it == m_clients.cend() || it.value()->authenticated)
            return;
        sendError(*it.value(), 404, QStringLiteral("auth timeout"));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("auth timeout"));
    });
}

void SimMarketDataStream::remove(QWebSocket *socket)
{
    if (m_clients.remove(socket))
        socket->deleteLater();
}

void SimMarketDataStream::closeAll()
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *socket : sockets)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("closed by the simulator"));
}

void SimMarketDataStream::send(Client &client, const QList<MarketDataMessage> &messages)
{
    if (messages.isEmpty())
        return;
    client.socket->sendTextMessage(QString::fromUtf8(Json::serialize(messages)));
    m_messagesSent += messages.size();
}

void SimMarketDataStream::sendError(Client &client, int code, const QString &message)
{
    send(client, {control(MarketDataMessageType::Error, code, message)});
}

QList<const SimAsset *> SimMarketDataStream::assetsFor(const QStringList &symbols) const
{
    QList<const SimAsset *> out;
    if (symbols.contains(Wildcard)) {
        for (const SimAsset &asset : m_universe.assets())
            out.append(&asset);
        return out;
    }
    for (const QString &symbol : symbols) {
        if (const SimAsset *asset = m_universe.findBySymbol(symbol))
            out.append(asset);
    }
    return out;
}

void SimMarketDataStream::onText(QWebSocket *socket, const QString &text)
{
    const auto it = m_clients.constFind(socket);
    if (it == m_clients.cend())
        return;
    const std::shared_ptr<Client> client = it.value();
    const Result<MarketDataRequest> request = Json::parse<MarketDataRequest>(text.toUtf8());
    if (!request) {
        sendError(*client, 400, QStringLiteral("invalid syntax"));
        return;
    }

    switch (request->action) {
    case MarketDataAction::Auth: {
        if (client->authenticated) {
            sendError(*client, 403, QStringLiteral("already authenticated"));
            return;
        }
        // sim decision: after a failed auth the connection stays open (until the auth
        // timeout) so that a client may try again.
        if (request->key != m_keyId || request->secret != m_secretKey) {
            sendError(*client, 402, QStringLiteral("auth failed"));
            return;
        }
        const bool feedTaken = std::any_of(m_clients.cbegin(), m_clients.cend(), [&](const auto &other) {
            return other != client && other->authenticated && other->feed == client->feed;
        });
        if (feedTaken) {
            sendError(*client, 406, QStringLiteral("connection limit exceeded"));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("connection limit exceeded"));
            return;
        }
        client->authenticated = true;
        send(*client, {control(MarketDataMessageType::Success, 0, QStringLiteral("authenticated"))});
        return;
    }
    case MarketDataAction::Subscribe:
    case MarketDataAction::Unsubscribe: {
        if (!client->authenticated) {
            sendError(*client, 401, QStringLiteral("not authenticated"));
            return;
        }
        MarketDataSubscription change = request->channels;
        // Alpaca: trades come with their corrections and cancel/errors.
        for (const QString &symbol : std::as_const(change.trades)) {
            change.corrections.append(symbol);
            change.cancelErrors.append(symbol);
        }
        const bool subscribe = request->action == MarketDataAction::Subscribe;
        for (const ChannelList list : Channels) {
            QStringList &current = client->subscription.*list;
            for (const QString &symbol : std::as_const(change.*list)) {
                if (subscribe && !current.contains(symbol))
                    current.append(symbol);
                else if (!subscribe)
                    current.removeAll(symbol);
            }
        }
        // A new quote subscriber hears of the next change, not of the current quote.
        if (subscribe && !m_lastPublished.isNull()) {
            const QList<const SimAsset *> assets = assetsFor(change.quotes);
            for (const SimAsset *asset : assets) {
                if (!client->lastQuoteNanos.contains(asset->symbol)) {
                    client->lastQuoteNanos.insert(
                        asset->symbol, m_prices.quote(*asset, m_lastPublished).timestamp.epochNanos());
                }
            }
        }
        MarketDataMessage state;
        state.type = MarketDataMessageType::Subscription;
        state.payload = client->subscription;
        send(*client, {state});
        return;
    }
    }
}

void SimMarketDataStream::publish(const Timestamp &now)
{
    if (m_lastPublished.isNull() || now <= m_lastPublished) {
        if (m_lastPublished.isNull())
            m_lastPublished = now;
        return;
    }
    const Timestamp previous = m_lastPublished;
    m_lastPublished = now;

    // What each symbol did in (previous, now], computed once for all subscribers.
    QHash<const SimAsset *, SimQuote> quotes;
    QHash<const SimAsset *, QList<MarketDataMessage>> trades;
    QHash<const SimAsset *, QList<MarketDataMessage>> bars;
    const std::int64_t firstMinute = std::max(floorMinute(previous.epochNanos()),
                                              floorMinute(now.epochNanos()) - MaxBarsPerTick * NanosPerMinute);
    const std::int64_t nowMinute = floorMinute(now.epochNanos());

    const auto quoteOf = [&](const SimAsset *asset) -> const SimQuote & {
        auto it = quotes.find(asset);
        if (it == quotes.end())
            it = quotes.insert(asset, m_prices.quote(*asset, now));
        return it.value();
    };
    const auto tradesOf = [&](const SimAsset *asset) -> const QList<MarketDataMessage> & {
        auto it = trades.find(asset);
        if (it != trades.end())
            return it.value();
        const Timestamp from = std::max(previous.addNanos(1),
                                        now.addNanos(-MaxPrintsPerTick * NanosPerSecond));
        QList<SimPrint> prints = m_prices.prints(*asset, from, now.addNanos(1));
        if (prints.size() > MaxPrintsPerTick)
            prints = prints.mid(prints.size() - MaxPrintsPerTick);
        QList<MarketDataMessage> messages;
        for (const SimPrint &print : std::as_const(prints)) {
            MarketDataMessage m;
            m.type = MarketDataMessageType::Trade;
            m.payload = SimMarketDataRoutes::toTrade(print, *asset, true);
            messages.append(m);
        }
        return trades.insert(asset, messages).value();
    };
    const auto barsOf = [&](const SimAsset *asset) -> const QList<MarketDataMessage> & {
        auto it = bars.find(asset);
        if (it != bars.end())
            return it.value();
        QList<MarketDataMessage> messages;
        // Each minute that closed since the previous publish.
        for (std::int64_t minute = firstMinute; minute < nowMinute; minute += NanosPerMinute) {
            const Timestamp start = Timestamp::fromEpochNanos(minute);
            const auto bar = m_prices.bar(*asset, SimTimeframe::minutes(1), start);
            if (!bar)
                continue;
            MarketDataMessage m;
            m.type = MarketDataMessageType::Bar;
            m.payload = SimMarketDataRoutes::toBar(*bar, true);
            messages.append(m);
        }
        return bars.insert(asset, messages).value();
    };

    // A copy: a send may drop a connection, which removes it from m_clients.
    const QList<std::shared_ptr<Client>> clients = m_clients.values();
    for (const auto &client : clients) {
        if (!client->authenticated || !m_clients.contains(client->socket))
            continue;
        QList<MarketDataMessage> out;
        const QList<const SimAsset *> tradeAssets = assetsFor(client->subscription.trades);
        for (const SimAsset *asset : tradeAssets)
            out.append(tradesOf(asset));
        const QList<const SimAsset *> quoteAssets = assetsFor(client->subscription.quotes);
        for (const SimAsset *asset : quoteAssets) {
            const SimQuote &quote = quoteOf(asset);
            const std::int64_t stamp = quote.timestamp.epochNanos();
            const auto seen = client->lastQuoteNanos.constFind(asset->symbol);
            if (seen != client->lastQuoteNanos.cend() && seen.value() >= stamp)
                continue;
            client->lastQuoteNanos.insert(asset->symbol, stamp);
            MarketDataMessage m;
            m.type = MarketDataMessageType::Quote;
            m.payload = SimMarketDataRoutes::toQuote(quote, *asset, true);
            out.append(m);
        }
        if (nowMinute > floorMinute(previous.epochNanos())) {
            const QList<const SimAsset *> barAssets = assetsFor(client->subscription.bars);
            for (const SimAsset *asset : barAssets)
                out.append(barsOf(asset));
        }
        send(*client, out);
    }
}

} // namespace Elson
