// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"

#include <QString>

#include <optional>

namespace Elson {

/**
 * An open position (GET /v2/positions, §6). Short positions have a negative qty and
 * market value. Price-derived fields are optional: a position can be reported
 * before a price is known, and a missing price must not read as zero.
 * The ratio fields (…_plpc, change_today) are ratios, 0.20 meaning 20 %; they are
 * rounded to 9 fractional digits when Alpaca sends more.
 */
struct Position
{
    QString assetId;
    QString symbol;
    QString exchange;
    AssetClass assetClass = AssetClass::UsEquity;
    QString rawAssetClass; ///< wire text when assetClass is Unknown
    std::optional<bool> assetMarginable;
    Decimal qty; ///< signed: negative for a short
    std::optional<Decimal> qtyAvailable; ///< qty minus what open orders hold
    Decimal avgEntryPrice;
    PositionSide side = PositionSide::Long;
    std::optional<Decimal> marketValue;
    Decimal costBasis;
    std::optional<Decimal> unrealizedPl;
    std::optional<Decimal> unrealizedPlpc;
    std::optional<Decimal> unrealizedIntradayPl;
    std::optional<Decimal> unrealizedIntradayPlpc;
    std::optional<Decimal> currentPrice;
    std::optional<Decimal> lastdayPrice;
    std::optional<Decimal> changeToday;

    friend bool operator==(const Position &, const Position &) = default;
};

} // namespace Elson
