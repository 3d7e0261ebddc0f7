// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketdatastream.h"

#include "alpacalogging.h"
#include "jsoncodec.h"

#include <array>

namespace Elson {

namespace {

using Channel = QStringList MarketDataSubscription::*;
constexpr std::array<Channel, 10> Channels{
    &MarketDataSubscription::trades,      &MarketDataSubscription::quotes,
    &MarketDataSubscription::bars,        &MarketDataSubscription::updatedBars,
    &MarketDataSubscription::dailyBars,   &MarketDataSubscription::statuses,
    &MarketDataSubscription::lulds,       &MarketDataSubscription::corrections,
    &MarketDataSubscription::cancelErrors, &MarketDataSubscription::imbalances,
};

void add(MarketDataSubscription &into, const MarketDataSubscription &channels)
{
    for (const Channel channel : Channels) {
        for (const QString &symbol : channels.*channel) {
            if (!(into.*channel).contains(symbol))
                (into.*channel).append(symbol);
        }
    }
}

void remove(MarketDataSubscription &from, const MarketDataSubscription &channels)
{
    for (const Channel channel : Channels) {
        for (const QString &symbol : channels.*channel)
            (from.*channel).removeAll(symbol);
    }
}

bool isData(MarketDataMessageType type)
{
    switch (type) {
    case MarketDataMessageType::Success:
    case MarketDataMessageType::Error:
    case MarketDataMessageType::Subscription:
        return false;
    default:
        return true;
    }
}

} // namespace

MarketDataStream::MarketDataStream(QUrl url, Credentials credentials, Options options,
                                   Scheduler *scheduler, QObject *parent)
    : AlpacaStream(std::move(url), std::move(credentials), options, scheduler, parent)
{
}

MarketDataStream::~MarketDataStream() = default;

void MarketDataStream::subscribe(const MarketDataSubscription &channels)
{
    add(m_wanted, channels);
    if (m_authenticated && !channels.isEmpty())
        sendChannels(MarketDataAction::Subscribe, channels);
}

void MarketDataStream::unsubscribe(const MarketDataSubscription &channels)
{
    remove(m_wanted, channels);
    if (m_authenticated && !channels.isEmpty())
        sendChannels(MarketDataAction::Unsubscribe, channels);
}

void MarketDataStream::sendChannels(MarketDataAction action, const MarketDataSubscription &channels)
{
    MarketDataRequest request;
    request.action = action;
    request.channels = channels;
    sendFrame(Json::serialize(request));
}

void MarketDataStream::onOpened()
{
    // Alpaca speaks first ("connected"); the auth frame follows it.
}

void MarketDataStream::onClosed()
{
    m_authenticated = false;
}

void MarketDataStream::onFrame(const QByteArray &frame)
{
    const Result<QList<MarketDataMessage>> parsed = Json::parse<QList<MarketDataMessage>>(frame);
    if (!parsed) {
        qCWarning(lcAlpacaStream).noquote() << "unreadable market-data frame skipped:"
                                            << parsed.error().toString();
        return;
    }
    QList<MarketDataMessage> data;
    for (const MarketDataMessage &message : parsed.value()) {
        if (isData(message.type))
            data.append(message);
        else
            handleControl(message);
    }
    if (!data.isEmpty())
        Q_EMIT dataReceived(data);
}

void MarketDataStream::handleControl(const MarketDataMessage &message)
{
    if (message.type == MarketDataMessageType::Subscription) {
        if (const auto *current = std::get_if<MarketDataSubscription>(&message.payload)) {
            m_subscription = *current;
            Q_EMIT subscriptionChanged(m_subscription);
        }
        markLive();
        return;
    }
    const auto *control = std::get_if<MarketDataControl>(&message.payload);
    if (!control)
        return;
    if (message.type == MarketDataMessageType::Success) {
        if (control->message == u"connected") {
            MarketDataRequest auth;
            auth.action = MarketDataAction::Auth;
            auth.key = credentials().keyId();
            auth.secret = credentials().secretKey();
            sendFrame(Json::serialize(auth));
        } else if (control->message == u"authenticated") {
            m_authenticated = true;
            if (m_wanted.isEmpty())
                markLive();
            else
                sendChannels(MarketDataAction::Subscribe, m_wanted); // the full set, again
        }
        return;
    }

    // An error: {"T":"error","code":N,"msg":…}
    Error e;
    e.code = Error::Code::Http;
    e.apiCode = control->code;
    e.message = tr("Market data stream error %1: %2").arg(control->code).arg(control->message);
    switch (control->code) {
    case 402: // auth failed
        e.code = Error::Code::Unauthorized;
        failAuthentication(e);
        return;
    case 406: // connection limit exceeded: the previous connection may still be counted
        Q_EMIT errorOccurred(e);
        dropAndReconnect(e.message, options().connectionLimitWaitMs);
        return;
    case 401: // not authenticated
    case 404: // auth timeout
        Q_EMIT errorOccurred(e);
        dropAndReconnect(e.message);
        return;
    case 403: // already authenticated: harmless
        qCInfo(lcAlpacaStream).noquote() << e.message;
        return;
    default: // 400, 405, 409, 410, 411, 500: the connection itself is fine
        qCWarning(lcAlpacaStream).noquote() << e.message;
        Q_EMIT errorOccurred(e);
        if (m_authenticated)
            markLive(); // a refused subscription must not keep the stream "down"
        return;
    }
}

} // namespace Elson
