// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Elson {

/**
 * Body of POST /v2/watchlists and PUT /v2/watchlists/{id}: `{"name":…,"symbols":[…]}`.
 */
struct WatchlistRequest
{
    QString name;
    QStringList symbols;

    friend bool operator==(const WatchlistRequest &, const WatchlistRequest &) = default;
};

} // namespace Elson
