// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "asset.h"
#include "brokerconfig.h"
#include "clock.h"
#include "credentialstate.h"
#include "marketcalendar.h"
#include "order.h"
#include "position.h"
#include "quote.h"
#include "timestamp.h"
#include "trade.h"
#include "tradingmode.h"
#include "userlimits.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Elson {

/**
 * Everything the validation chain may look at, as values: the chain never reads a
 * clock, a file or the network, so the same context always gives the same report and
 * the order ticket can run it on every keystroke.
 *
 * `now` is the exchange's time (from GET /v2/clock, advanced locally), never the
 * machine's wall clock; when `clock` is given its isOpen wins over the calendar for
 * regular hours (an unscheduled closure the calendar cannot know).
 */
struct ValidationContext
{
    Trade trade;
    Account account;
    std::optional<Asset> asset; ///< the asset of trade.symbol; nothing if unknown
    QList<Position> positions; ///< every open position (or at least trade.symbol's)
    QList<Order> openOrders; ///< working orders, nested (legs under their parent)
    MarketCalendar calendar;
    std::optional<Clock> clock;
    Timestamp now;
    std::optional<Quote> quote; ///< latest quote of trade.symbol; a 0 price means none
    UserLimits limits;
    TradingMode mode = TradingMode::Paper;
    DeploymentEnvironment environment = DeploymentEnvironment::Development;
    bool liveTradingEnabled = false;
    CredentialState credentials; ///< of the key pair for `mode`
    QSet<QString> acknowledged; ///< rule codes whose warnings the user accepted
};

} // namespace Elson
