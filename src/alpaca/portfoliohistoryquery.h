// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timestamp.h"

#include <QString>

#include <optional>

namespace Elson {

/** GET /v2/account/portfolio/history (§11); empty fields are not sent (Alpaca's defaults). */
struct PortfolioHistoryQuery
{
    QString period;            ///< "1D", "1W", "1M", "1A"
    QString timeframe;         ///< "1Min", "5Min", "15Min", "1H", "1D"
    Timestamp start;
    Timestamp end;
    QString intradayReporting; ///< market_hours | extended_hours | continuous
    QString pnlReset;          ///< per_day | no_reset
    std::optional<bool> extendedHours;

    friend bool operator==(const PortfolioHistoryQuery &, const PortfolioHistoryQuery &) = default;
};

} // namespace Elson
