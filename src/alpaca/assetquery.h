// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Elson {

/** GET /v2/assets (§8); empty fields are not sent. The answer is large: cache it. */
struct AssetQuery
{
    QString status;     ///< active | inactive
    QString assetClass; ///< us_equity | us_option | crypto
    QString exchange;   ///< NASDAQ, NYSE, …
    QStringList attributes;

    friend bool operator==(const AssetQuery &, const AssetQuery &) = default;
};

} // namespace Elson
