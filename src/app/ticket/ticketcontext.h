// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "asset.h"
#include "broker.h"
#include "brokerconfig.h"
#include "clock.h"
#include "credentialstate.h"
#include "order.h"
#include "position.h"
#include "quote.h"
#include "timestamp.h"
#include "trade.h"
#include "tradingmode.h"
#include "userlimits.h"
#include "validationcontext.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Elson {

/**
 * What the order ticket knows about the world, as plain values the lead's services
 * hand it (OrderTicket::setContext()). The ticket never fetches any of it: it turns
 * this and the user's input into a ValidationContext and runs the chain locally.
 *
 * `now` is the exchange's time (the clock poll, advanced by the caller); the ticket
 * uses it as given so the same input always gives the same verdicts.
 */
struct TicketContext
{
    Account account;
    QList<Position> positions;
    QList<Order> openOrders; ///< working orders, nested (legs under their parent)
    QList<Asset> assets; ///< for completion and the symbol.* rules
    std::optional<Clock> clock;
    Timestamp now;
    QHash<QString, Quote> quotes; ///< latest quote by symbol (upper case)
    UserLimits limits;
    Broker::Mode mode = Broker::Mode::Sim;
    DeploymentEnvironment environment = DeploymentEnvironment::Development;
    bool liveTradingEnabled = false;
    CredentialState credentials; ///< of the key pair the current mode trades with
    bool entryLocked = false; ///< kill switch or idle re-lock: nothing may be submitted
    QString entryLockReason;
    /**
     * The trade_updates stream. Down or stale, the ticket warns that fills may not show
     * promptly (rule "stream.health") and Submit waits for the user's acknowledgement.
     */
    Broker::StreamHealth orderStream = Broker::StreamHealth::Healthy;

    /** Paper for SIM and PAPER (the embedded exchange is a paper account), Live for LIVE. */
    [[nodiscard]] TradingMode tradingMode() const
    {
        return mode == Broker::Mode::Live ? TradingMode::Live : TradingMode::Paper;
    }

    /** The asset of @p symbol (any case), if known. */
    [[nodiscard]] std::optional<Asset> asset(const QString &symbol) const;
    /** The latest quote of @p symbol (any case), if any. */
    [[nodiscard]] std::optional<Quote> quote(const QString &symbol) const;

    /**
     * The chain's input for @p trade, as AlpacaBroker::executeTrade() builds it from the
     * same data: the asset and quote of trade.symbol, the mode, the credential state and
     * the rule codes the user acknowledged.
     */
    [[nodiscard]] ValidationContext validationContext(const Trade &trade,
                                                      const QSet<QString> &acknowledged) const;
};

} // namespace Elson
