// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"
#include "timestamp.h"

#include <QString>

#include <optional>

namespace Elson {

/**
 * GET /v2/account (§4). Money is exact; fields Alpaca documents as always present
 * are plain values, newer or retired ones are optional so a missing key never turns
 * into a silent zero.
 *
 * The pattern-day-trader fields were removed on 2026-07-06 and are absent from
 * current accounts; they are kept optional for older recordings and for the
 * simulator's legacy-rules mode.
 */
struct Account
{
    QString id;
    QString accountNumber;
    AccountStatus status = AccountStatus::Unknown;
    QString rawStatus; ///< wire text when status is Unknown
    std::optional<AccountStatus> cryptoStatus;
    QString rawCryptoStatus; ///< wire text when cryptoStatus is Unknown
    QString currency;

    Decimal cash; ///< negative when margin is used
    std::optional<Decimal> portfolioValue; ///< deprecated copy of equity
    Decimal equity;
    Decimal lastEquity;
    Decimal longMarketValue;
    Decimal shortMarketValue; ///< ≤ 0
    Decimal buyingPower;
    Decimal regtBuyingPower;
    std::optional<Decimal> nonMarginableBuyingPower;
    std::optional<Decimal> optionsBuyingPower;
    Decimal multiplier; ///< "1", "2" or "4"
    Decimal initialMargin;
    Decimal maintenanceMargin;
    std::optional<Decimal> lastMaintenanceMargin;
    std::optional<Decimal> sma;
    std::optional<Decimal> accruedFees;
    std::optional<Decimal> pendingTransferIn;
    std::optional<Decimal> pendingTransferOut;

    bool tradingBlocked = false;
    bool accountBlocked = false;
    bool transfersBlocked = false;
    bool tradeSuspendedByUser = false;
    bool shortingEnabled = false;
    Timestamp createdAt;

    std::optional<int> optionsApprovedLevel;
    std::optional<int> optionsTradingLevel;

    // Legacy PDT fields: removed by Alpaca on 2026-07-06.
    std::optional<bool> patternDayTrader;
    std::optional<int> daytradeCount; ///< an int on the wire; older examples send "0"
    std::optional<Decimal> daytradingBuyingPower;

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace Elson
