// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timestamp.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Elson {

/**
 * GET /v2/account/activities (§10). AlpacaClient::activities() pages with
 * page_token = the id of the last activity received and stops on a short page
 * or once @ref limit activities were collected.
 */
struct ActivityQuery
{
    QStringList activityTypes; ///< wire names ("FILL", "DIV"); empty: every type
    QDate date;                ///< one day; exclusive with after/until
    Timestamp after;
    Timestamp until;
    bool ascending = false;    ///< Alpaca's default is desc
    int pageSize = 100;        ///< 1–100
    std::optional<int> limit;  ///< activities wanted in total; nullopt: every page
    QString category;          ///< "trade_activity" or "non_trade_activity"; empty: both
    QString orderId;           ///< only the activities of one order

    friend bool operator==(const ActivityQuery &, const ActivityQuery &) = default;
};

} // namespace Elson
