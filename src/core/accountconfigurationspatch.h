// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountconfigurations.h"

#include <optional>

namespace Elson {

/** PATCH /v2/account/configurations body: only the fields that are set are written. */
struct AccountConfigurationsPatch
{
    std::optional<QString> tradeConfirmEmail;
    std::optional<bool> suspendTrade;
    std::optional<bool> noShorting;
    std::optional<bool> fractionalTrading;
    std::optional<Decimal> maxMarginMultiplier;
    std::optional<bool> ptpNoExceptionEntry;
    std::optional<int> maxOptionsTradingLevel;
    std::optional<QString> dtbpCheck;
    std::optional<QString> pdtCheck;

    [[nodiscard]] bool isEmpty() const { return *this == AccountConfigurationsPatch {}; }
    /** The configurations after applying this patch to @p current. */
    [[nodiscard]] AccountConfigurations appliedTo(AccountConfigurations current) const
    {
        current.tradeConfirmEmail = tradeConfirmEmail.value_or(current.tradeConfirmEmail);
        current.suspendTrade = suspendTrade.value_or(current.suspendTrade);
        current.noShorting = noShorting.value_or(current.noShorting);
        current.fractionalTrading = fractionalTrading.value_or(current.fractionalTrading);
        current.maxMarginMultiplier = maxMarginMultiplier.value_or(current.maxMarginMultiplier);
        if (ptpNoExceptionEntry)
            current.ptpNoExceptionEntry = ptpNoExceptionEntry;
        if (maxOptionsTradingLevel)
            current.maxOptionsTradingLevel = maxOptionsTradingLevel;
        current.dtbpCheck = dtbpCheck.value_or(current.dtbpCheck);
        current.pdtCheck = pdtCheck.value_or(current.pdtCheck);
        return current;
    }

    friend bool operator==(const AccountConfigurationsPatch &,
                           const AccountConfigurationsPatch &) = default;
};

} // namespace Elson
