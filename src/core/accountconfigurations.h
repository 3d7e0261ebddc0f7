// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"

#include <QString>

#include <optional>

namespace Elson {

/**
 * GET/PATCH /v2/account/configurations (§4). dtbp_check and pdt_check were removed
 * on 2026-07-06, so they are optional.
 */
struct AccountConfigurations
{
    QString tradeConfirmEmail; ///< "all" or "none"
    bool suspendTrade = false;
    bool noShorting = false;
    bool fractionalTrading = false;
    Decimal maxMarginMultiplier; ///< a decimal string such as "4"
    std::optional<bool> ptpNoExceptionEntry;
    std::optional<int> maxOptionsTradingLevel;
    QString dtbpCheck; ///< legacy: "entry", "exit" or "both"; empty when absent
    QString pdtCheck; ///< legacy: "entry", "exit" or "both"; empty when absent

    friend bool operator==(const AccountConfigurations &, const AccountConfigurations &) = default;
};

} // namespace Elson
