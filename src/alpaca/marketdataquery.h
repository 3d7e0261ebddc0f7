// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timestamp.h"

#include <QString>

#include <optional>

namespace Elson {

/**
 * The query of the market-data history endpoints (§14): bars, trades and quotes,
 * single- or multi-symbol. AlpacaClient follows next_page_token until it is null
 * or @ref limit items (counted across all symbols, as Alpaca counts) were collected.
 */
struct MarketDataQuery
{
    QString timeframe;         ///< bars only: "1Min", "15Min", "1Hour", "1Day", "1Week", "1Month"
    Timestamp start;           ///< inclusive; sent in UTC without fractions (the OAS allows none)
    Timestamp end;
    std::optional<int> limit;  ///< items wanted across all symbols; nullopt: every page
    int pageSize = 10'000;     ///< per request, 1–10000
    QString feed;              ///< empty: the client's default feed
    QString adjustment;        ///< bars: raw | split | dividend | all
    bool descending = false;   ///< sort=desc
    QString asof;
    QString currency;

    friend bool operator==(const MarketDataQuery &, const MarketDataQuery &) = default;
};

} // namespace Elson
