// SPDX-License-Identifier: GPL-3.0-or-later
#include "tradeupdatesstream.h"

#include "alpacalogging.h"
#include "jsoncodec.h"
#include "tradingstreammessage.h"

namespace Elson {

namespace {
const QString TradeUpdates = QStringLiteral("trade_updates");
} // namespace

TradeUpdatesStream::TradeUpdatesStream(QUrl url, Credentials credentials, Options options,
                                       Scheduler *scheduler, QObject *parent)
    : AlpacaStream(std::move(url), std::move(credentials), options, scheduler, parent)
{
}

TradeUpdatesStream::~TradeUpdatesStream() = default;

void TradeUpdatesStream::onOpened()
{
    TradingStreamRequest auth;
    auth.action = TradingStreamAction::Authenticate;
    auth.keyId = credentials().keyId();
    auth.secretKey = credentials().secretKey();
    sendFrame(Json::serialize(auth));
}

void TradeUpdatesStream::onFrame(const QByteArray &frame)
{
    const Result<TradingStreamMessage> parsed = Json::parse<TradingStreamMessage>(frame);
    if (!parsed) {
        qCWarning(lcAlpacaStream).noquote() << "unreadable trade_updates frame skipped:"
                                            << parsed.error().toString();
        return;
    }
    const auto &message = parsed->message;
    if (const auto *auth = std::get_if<StreamAuthorization>(&message)) {
        if (auth->isAuthorized()) {
            TradingStreamRequest listen;
            listen.action = TradingStreamAction::Listen;
            listen.streams = {TradeUpdates};
            sendFrame(Json::serialize(listen));
            return;
        }
        Error e;
        e.code = Error::Code::Unauthorized;
        e.message = auth->message.isEmpty()
            ? tr("The trade updates stream refused the API key.")
            : tr("The trade updates stream refused the API key: %1").arg(auth->message);
        failAuthentication(e);
        return;
    }
    if (const auto *listening = std::get_if<StreamListening>(&message)) {
        if (listening->streams.contains(TradeUpdates)) {
            markLive();
        } else {
            Error e;
            e.code = Error::Code::Http;
            e.message = tr("The server did not start the trade updates stream.");
            Q_EMIT errorOccurred(e);
            dropAndReconnect(e.message);
        }
        return;
    }
    if (const auto *update = std::get_if<TradeUpdate>(&message)) {
        if (update->event == TradeEvent::Unknown) {
            qCInfo(lcAlpacaStream).noquote() << "ignoring unknown trade event" << update->rawEvent
                                             << "for order" << update->order.id;
            return;
        }
        Q_EMIT tradeUpdate(*update);
        return;
    }
    if (const auto *unknown = std::get_if<UnknownStreamMessage>(&message)) {
        qCInfo(lcAlpacaStream).noquote() << "ignoring trade stream message of stream"
                                         << unknown->stream;
        if (unknown->stream == u"error") {
            Error e;
            e.code = Error::Code::Http;
            e.message = unknown->data.toObject().value(QStringLiteral("message")).toString();
            Q_EMIT errorOccurred(e);
        }
    }
}

} // namespace Elson
