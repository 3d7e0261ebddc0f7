// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"

#include <QString>
#include <QUuid>

namespace Elson {

/**
 * One instrument of the simulated exchange: what GET /v2/assets reports about it
 * plus the parameters that drive its price process. Every asset is
 * `class: us_equity`; ETFs are flagged only so the UI can tell them apart.
 */
struct SimAsset
{
    QUuid id; ///< stable: derived from the symbol (SimUniverse::assetId)
    QString symbol; ///< e.g. "AAPL", "BRK.B"
    QString name; ///< Alpaca-style long name
    QString exchange; ///< Alpaca's code: NASDAQ, NYSE, ARCA, AMEX or OTC
    bool etf = false;
    bool active = true; ///< `status`: active or inactive

    bool tradable = true;
    bool fractionable = true;
    bool shortable = true;
    bool easyToBorrow = true; ///< false with shortable = hard to borrow
    bool marginable = true;
    int maintenanceMarginRequirement = 30; ///< percent, as the JSON number Alpaca sends

    // --- price process parameters
    Decimal referencePrice; ///< the level the price reverts to; tick-aligned
    double spreadBps = 1.0; ///< typical quoted spread in basis points of the mid (≥ 1 tick)
    qint64 averageDailyVolume = 0; ///< shares per trading day, extended hours included
    double annualVolatility = 0.25; ///< annualised volatility of log returns

    friend bool operator==(const SimAsset &, const SimAsset &) = default;
};

} // namespace Elson
