// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bar.h"
#include "enums.h"
#include "markettrade.h"
#include "quote.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <variant>

namespace Elson {

/** `{"T":"success","msg":…}` or `{"T":"error","code":N,"msg":…}` on the market-data stream. */
struct MarketDataControl
{
    int code = 0; ///< error code (400–500, §15); 0 for success
    QString message; ///< `msg`: "connected", "authenticated", "auth failed", …

    friend bool operator==(const MarketDataControl &, const MarketDataControl &) = default;
};

/**
 * The channel lists of a market-data subscription. In a `subscription` message
 * (the server's full current state) every list is written, empty ones as [];
 * in a subscribe/unsubscribe request only the non-empty ones.
 */
struct MarketDataSubscription
{
    QStringList trades;
    QStringList quotes;
    QStringList bars;
    QStringList updatedBars;
    QStringList dailyBars;
    QStringList statuses;
    QStringList lulds;
    QStringList corrections;
    QStringList cancelErrors;
    QStringList imbalances;

    [[nodiscard]] bool isEmpty() const { return *this == MarketDataSubscription {}; }

    friend bool operator==(const MarketDataSubscription &,
                           const MarketDataSubscription &) = default;
};

/**
 * One element of a market-data stream frame (a frame is a JSON array of these).
 * The payload alternative follows the type: Success/Error → MarketDataControl,
 * Subscription → MarketDataSubscription, Trade → MarketTrade, Quote → Quote,
 * Bar/UpdatedBar/DailyBar → Bar. The types this terminal does not model (status,
 * LULD, imbalance, correction, cancel/error) and unknown ones keep the whole JSON
 * object, including `T`.
 */
struct MarketDataMessage
{
    using Payload = std::variant<std::monostate, MarketDataControl, MarketDataSubscription,
                                 MarketTrade, Quote, Bar, QJsonObject>;

    MarketDataMessageType type = MarketDataMessageType::Unknown;
    Payload payload;

    friend bool operator==(const MarketDataMessage &, const MarketDataMessage &) = default;
};

/**
 * A client frame of the market-data stream: `{"action":"auth","key":…,"secret":…}`
 * or `{"action":"subscribe"|"unsubscribe","trades":[…],…}`.
 */
struct MarketDataRequest
{
    MarketDataAction action = MarketDataAction::Auth;
    QString key; ///< auth only
    QString secret; ///< auth only
    MarketDataSubscription channels; ///< subscribe/unsubscribe only

    friend bool operator==(const MarketDataRequest &, const MarketDataRequest &) = default;
};

} // namespace Elson
