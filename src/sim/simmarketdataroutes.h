// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bar.h"
#include "markettrade.h"
#include "priceprocess.h"
#include "quote.h"
#include "simrouter.h"
#include "simuniverse.h"
#include "snapshot.h"
#include "timestamp.h"

#include <QCoreApplication>

#include <functional>

namespace Elson {

/**
 * Alpaca's Market Data v2 REST endpoints for stocks (§14 of the team reference),
 * served from the PriceProcess at the simulator clock's "now" — never beyond it:
 * bars, trades and quotes history with `next_page_token` paging, latest
 * bar/quote/trade (single and multi-symbol) and snapshots.
 *
 * Bars: timeframes `[1-59]Min|T`, `[1-23]Hour|H`, `1Day|D`, `1Week|W`,
 * `[1,2,3,4,6,12]Month|M`; weeks and months are merges of day bars. `limit`
 * (1–10000, default 1000) counts across every symbol of a page; items are
 * ordered by symbol, then by time (`sort`).
 *
 * The routes capture this object: it must outlive the router it was added to.
 */
class SimMarketDataRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(SimMarketDataRoutes)

public:
    using NowSource = std::function<Timestamp()>;

    SimMarketDataRoutes(const SimUniverse &universe, const PriceProcess &prices, NowSource now);

    /** Registers every /v2/stocks/… route on @p router. */
    void addTo(SimRouter &router);

    /** The wire quote of @p quote (IEX exchange code, the listing's tape). */
    [[nodiscard]] static Quote toQuote(const SimQuote &quote, const SimAsset &asset,
                                       bool withSymbol);
    [[nodiscard]] static MarketTrade toTrade(const SimPrint &print, const SimAsset &asset,
                                             bool withSymbol);
    [[nodiscard]] static Bar toBar(const SimBar &bar, bool withSymbol);
    /** The snapshot of @p asset at @p now (latest trade/quote, minute, daily, previous daily bar). */
    [[nodiscard]] static Snapshot snapshot(const PriceProcess &prices, const SimAsset &asset,
                                           const Timestamp &now, bool withSymbol);

private:
    enum class Kind { Bars, Trades, Quotes };

    SimResponse history(const SimRequest &request, Kind kind, bool multi) const;
    SimResponse latest(const SimRequest &request, Kind kind, bool multi) const;
    SimResponse snapshots(const SimRequest &request, bool multi) const;

    const SimUniverse &m_universe;
    const PriceProcess &m_prices;
    NowSource m_now;
};

} // namespace Elson
