// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bar.h"
#include "markettrade.h"
#include "quote.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Elson {

/**
 * GET /v2/stocks/{symbol}/snapshot (§14). Any part may be null, e.g. a symbol that
 * has not traded today has no minute or daily bar. symbol is set only by the
 * single-symbol endpoint.
 */
struct Snapshot
{
    QString symbol;
    std::optional<MarketTrade> latestTrade;
    std::optional<Quote> latestQuote;
    std::optional<Bar> minuteBar;
    std::optional<Bar> dailyBar;
    std::optional<Bar> prevDailyBar;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

/**
 * GET /v2/stocks/snapshots?symbols=: a top-level map from symbol to snapshot, with
 * null for a symbol Alpaca does not know.
 */
using SnapshotMap = QMap<QString, std::optional<Snapshot>>;

} // namespace Elson
