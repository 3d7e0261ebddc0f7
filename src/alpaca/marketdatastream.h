// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alpacastream.h"
#include "marketdatamessage.h"

#include <QList>

namespace Elson {

/**
 * The stock market-data WebSocket (§15) on one feed: wait for "connected", auth,
 * then subscribe to the wanted channels (trades, quotes, bars, …). subscribe()
 * and unsubscribe() change the wanted set at any time; it is sent again in full
 * after every reconnect. The server's view of the subscription arrives as
 * subscriptionChanged(); data comes in batches, one per frame, as dataReceived().
 *
 * Errors: 402 (auth failed) stops the stream; 406 (connection limit exceeded —
 * one connection per account and feed) drops this connection and waits
 * Options::connectionLimitWaitMs before trying again, since the old connection
 * may not have been released yet; 401/404 (not authenticated, auth timeout)
 * reconnect; the rest (405 symbol limit, 409 insufficient subscription, …) are
 * reported and the connection is kept.
 */
class MarketDataStream final : public AlpacaStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketDataStream)

public:
    /** @p url: AlpacaEndpoints::marketDataStreamUrl(feed). */
    MarketDataStream(QUrl url, Credentials credentials, Options options = {},
                     Scheduler *scheduler = nullptr, QObject *parent = nullptr);
    ~MarketDataStream() override;

    /** Adds to the wanted channels; sent now if authenticated, else on connecting. */
    void subscribe(const MarketDataSubscription &channels);
    /** Removes from the wanted channels. */
    void unsubscribe(const MarketDataSubscription &channels);

    /** What this client wants (and resubscribes after a reconnect). */
    [[nodiscard]] const MarketDataSubscription &wanted() const { return m_wanted; }
    /** What the server last confirmed. */
    [[nodiscard]] const MarketDataSubscription &subscription() const { return m_subscription; }

Q_SIGNALS:
    /** The trades, quotes, bars, … of one frame, in order. */
    void dataReceived(const QList<Elson::MarketDataMessage> &messages);
    void subscriptionChanged(const Elson::MarketDataSubscription &subscription);

protected:
    void onOpened() override;
    void onFrame(const QByteArray &frame) override;
    void onClosed() override;

private:
    void handleControl(const MarketDataMessage &message);
    void sendChannels(MarketDataAction action, const MarketDataSubscription &channels);

    MarketDataSubscription m_wanted;
    MarketDataSubscription m_subscription;
    bool m_authenticated = false;
};

} // namespace Elson
