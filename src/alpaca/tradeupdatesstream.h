// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alpacastream.h"
#include "tradeupdate.h"

namespace Elson {

/**
 * The trade_updates WebSocket (§13): authenticate, then listen to
 * ["trade_updates"]; order events arrive as tradeUpdate(). Frames may be binary
 * (the paper host) or text. Events Alpaca adds later are logged and ignored; an
 * unreadable frame is logged and skipped, never fatal. Health, heartbeat and
 * reconnection come from AlpacaStream; after reconnected() the caller re-reads
 * GET /v2/orders?status=all&after=<last seen>, since nothing is replayed.
 */
class TradeUpdatesStream final : public AlpacaStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradeUpdatesStream)

public:
    /** @p url: AlpacaEndpoints::tradingStreamUrl(); @p scheduler as for AlpacaStream. */
    TradeUpdatesStream(QUrl url, Credentials credentials, Options options = {},
                       Scheduler *scheduler = nullptr, QObject *parent = nullptr);
    ~TradeUpdatesStream() override;

Q_SIGNALS:
    void tradeUpdate(const Elson::TradeUpdate &update);

protected:
    void onOpened() override;
    void onFrame(const QByteArray &frame) override;
};

} // namespace Elson
