// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the stream message parsers, both ends. The first byte picks
//   0 a trade_updates server frame (TradeUpdatesStream::onFrame reads it),
//   1 a market-data server frame, an array of messages (MarketDataStream::onFrame),
//   2 a trade_updates client frame (elson-sim's SimTradeUpdatesStream reads it),
//   3 a market-data client frame (elson-sim's SimMarketDataStream reads it);
// the rest is the frame. On top of the codec's promises (codecoracle.h): each market-data
// message's payload is the alternative its type documents (marketdatamessage.h), and a
// frame of a stream this code knows never passes as an unknown stream.
#include "codecoracle.h"
#include "fuzzsupport.h"
#include "marketdatamessage.h"
#include "tradingstreammessage.h"

#include <variant>

using namespace Elson;

namespace {

void checkTradingFrame(const QByteArray &frame)
{
    ElsonFuzz::checkCodec<TradingStreamMessage>(frame);
    const Result<TradingStreamMessage> parsed = Json::parse<TradingStreamMessage>(frame);
    if (!parsed)
        return;
    if (const auto *unknown = std::get_if<UnknownStreamMessage>(&parsed->message)) {
        ELSON_FUZZ_CHECK(unknown->stream != u"trade_updates" && unknown->stream != u"authorization"
                             && unknown->stream != u"listening",
                         "a known stream parsed as unknown: " + frame);
    }
}

bool payloadMatches(const MarketDataMessage &message)
{
    const auto &p = message.payload;
    switch (message.type) {
    case MarketDataMessageType::Success:
    case MarketDataMessageType::Error:
        return std::holds_alternative<MarketDataControl>(p);
    case MarketDataMessageType::Subscription:
        return std::holds_alternative<MarketDataSubscription>(p);
    case MarketDataMessageType::Trade:
        return std::holds_alternative<MarketTrade>(p);
    case MarketDataMessageType::Quote:
        return std::holds_alternative<Quote>(p);
    case MarketDataMessageType::Bar:
    case MarketDataMessageType::UpdatedBar:
    case MarketDataMessageType::DailyBar:
        return std::holds_alternative<Bar>(p);
    case MarketDataMessageType::TradingStatus:
    case MarketDataMessageType::Luld:
    case MarketDataMessageType::Imbalance:
    case MarketDataMessageType::Correction:
    case MarketDataMessageType::CancelError:
    case MarketDataMessageType::Unknown:
        // Kept whole, "T" included, so it can be logged.
        if (const auto *object = std::get_if<QJsonObject>(&p))
            return object->contains(QStringLiteral("T"));
        return false;
    }
    return false;
}

void checkMarketDataFrame(const QByteArray &frame)
{
    ElsonFuzz::checkCodec<QList<MarketDataMessage>>(frame);
    const Result<QList<MarketDataMessage>> parsed = Json::parse<QList<MarketDataMessage>>(frame);
    if (!parsed)
        return;
    for (const MarketDataMessage &message : parsed.value())
        ELSON_FUZZ_CHECK(payloadMatches(message), "payload does not match type "
                                                      + QByteArray::number(int(message.type)) + ": " + frame);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray frame = ElsonFuzz::bytes(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0: checkTradingFrame(frame); break;
    case 1: checkMarketDataFrame(frame); break;
    case 2: ElsonFuzz::checkCodec<TradingStreamRequest>(frame); break;
    case 3: ElsonFuzz::checkCodec<MarketDataRequest>(frame); break;
    }
    return 0;
}
