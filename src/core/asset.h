// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Elson {

/**
 * An asset (GET /v2/assets, §8). The JSON key of assetClass is `class`.
 * easy_to_borrow is deprecated (optional since 2026-07-16) in favour of
 * borrow_status, whose values are unconfirmed and therefore kept as text.
 */
struct Asset
{
    QString id;
    AssetClass assetClass = AssetClass::UsEquity;
    QString rawAssetClass; ///< wire text when assetClass is Unknown
    QString exchange; ///< may be empty
    QString symbol;
    QString name;
    AssetStatus status = AssetStatus::Active;
    bool tradable = false;
    bool marginable = false;
    bool shortable = false;
    std::optional<bool> easyToBorrow;
    QString borrowStatus; ///< empty when absent
    bool fractionable = false;
    std::optional<Decimal> maintenanceMarginRequirement; ///< a JSON number on the wire, e.g. 30
    std::optional<Decimal> marginRequirementLong; ///< decimal string, e.g. "100"
    std::optional<Decimal> marginRequirementShort;
    QStringList attributes; ///< e.g. "ptp_no_exception", "has_options"
    QString cusip; ///< empty when absent
    std::optional<Decimal> minOrderSize; ///< crypto only
    std::optional<Decimal> minTradeIncrement;
    std::optional<Decimal> priceIncrement;

    friend bool operator==(const Asset &, const Asset &) = default;
};

} // namespace Elson
