// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "asset.h"
#include "timestamp.h"

#include <QList>
#include <QString>

#include <optional>

namespace Elson {

/** A watchlist (§12). The list endpoint may omit `assets`, hence optional. */
struct Watchlist
{
    QString id;
    QString accountId;
    Timestamp createdAt;
    Timestamp updatedAt;
    QString name; ///< ≤ 64 characters
    std::optional<QList<Asset>> assets;

    friend bool operator==(const Watchlist &, const Watchlist &) = default;
};

} // namespace Elson
