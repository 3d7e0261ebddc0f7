// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "activity.h"
#include "activityquery.h"
#include "asset.h"
#include "assetquery.h"
#include "cancelallresult.h"
#include "clock.h"
#include "closepositionrequest.h"
#include "closepositionresult.h"
#include "decimal.h"
#include "order.h"
#include "orderlistquery.h"
#include "orderrequest.h"
#include "position.h"
#include "replaceorderrequest.h"
#include "result.h"
#include "trade.h"
#include "tradeupdate.h"
#include "validationreport.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace Elson {

class AuditJournal;

/**
 * One brokerage account as the terminal trades it: the seed's Broker interface in
 * C++. Every call is asynchronous and finishes with a Result, as AlpacaClient does;
 * consume it with `.then(context, …)`.
 *
 * Orders go through executeTrade(), which runs the ValidationChain first: a Block is
 * returned as a Validation error naming the rule ("rule" in Error::extra) and the
 * field, and nothing is sent; a warning whose rule code is not in @p acknowledged
 * refuses the same way (extra "verdict": "warn"). When a journal is set, every
 * action is appended to it before the request is sent, and its result after.
 */
class Broker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Broker)

public:
    /** Which exchange the orders reach. */
    enum class Mode { Sim, Paper, Live };
    Q_ENUM(Mode)

    /** How a trailing stop's trail is given. */
    enum class TrailUnit { Price, Percent };

    /** The trade_updates stream's health, as AlpacaStream reports it. */
    enum class StreamHealth { Down, Stale, Healthy };
    Q_ENUM(StreamHealth)

    /**
     * What previewTrade() established without sending anything: the chain's report over
     * the same context executeTrade() reads, and the exact request body it would send.
     */
    struct Preview
    {
        Trade trade; ///< as it would be sent (client_order_id assigned, account chosen)
        ValidationReport report;
        /** The POST /v2/orders body; nothing when the trade cannot be expressed as one. */
        std::optional<OrderRequest> request;
        std::optional<Error> requestError; ///< why there is no request

        /** The chain passed (warnings acknowledged) and a request exists. */
        [[nodiscard]] bool canSubmit() const { return report.canSubmit() && request.has_value(); }
    };

    ~Broker() override;

    [[nodiscard]] virtual Mode mode() const = 0;
    /** "sim", "paper", "live": the journal's and elsonctl's spelling. */
    [[nodiscard]] static QString modeName(Mode mode);

    /** The journal every action is written to (not owned; nullptr: none). */
    virtual void setJournal(AuditJournal *journal) = 0;

    // --- orders
    /**
     * Validates @p trade against the account, the asset, the market and the user's
     * limits, journals the intent with its request body and client_order_id, and
     * submits it (idempotently: a client_order_id is generated when missing).
     * @p acknowledged lists the rule codes whose warnings the user accepted.
     */
    virtual QFuture<Result<Order>> executeTrade(Trade trade, QSet<QString> acknowledged = {}) = 0;
    /**
     * Runs everything executeTrade() runs before the request (the same reads, the same
     * chain, the same request body) and sends no order: a dry run. The error is only
     * for reads that failed; a refusal is in the Preview's report. The default answers
     * that this broker cannot preview.
     */
    virtual QFuture<Result<Preview>> previewTrade(Trade trade, QSet<QString> acknowledged = {});
    /** @p trade as a bracket: take-profit limit, stop-loss stop (and limit). */
    QFuture<Result<Order>> placeBracketOrder(Trade trade, const Decimal &takeProfit,
                                             const Decimal &stopLoss,
                                             std::optional<Decimal> stopLimit = std::nullopt,
                                             QSet<QString> acknowledged = {});
    /** @p trade as a trailing stop trailing by @p amount dollars or percent. */
    QFuture<Result<Order>> placeTrailingStop(Trade trade, const Decimal &amount, TrailUnit unit,
                                             QSet<QString> acknowledged = {});
    virtual QFuture<Result<Order>> replaceOrder(const QString &orderId,
                                                const ReplaceOrderRequest &request) = 0;
    virtual QFuture<Result<bool>> cancelOrder(const QString &orderId) = 0;
    virtual QFuture<Result<QList<CancelAllResult>>> cancelAllOrders() = 0;
    /**
     * Closes @p symbol's position (all of it, or request.qty / request.percentage);
     * with @p cancelOrders its open orders are cancelled first (a position held by
     * orders cannot be closed).
     */
    virtual QFuture<Result<Order>> closePosition(const QString &symbol,
                                                 const ClosePositionRequest &request = {},
                                                 bool cancelOrders = false) = 0;
    virtual QFuture<Result<QList<ClosePositionResult>>> closeAllPositions(bool cancelOrders) = 0;

    // --- reads
    virtual QFuture<Result<Account>> account() = 0;
    virtual QFuture<Result<QList<Position>>> positions() = 0;
    virtual QFuture<Result<QList<Order>>> orders(const OrderListQuery &query = {}) = 0;
    virtual QFuture<Result<QList<Activity>>> activities(const ActivityQuery &query = {}) = 0;
    virtual QFuture<Result<Clock>> clock() = 0;
    virtual QFuture<Result<QList<Asset>>> assets(const AssetQuery &query = {}) = 0;
    virtual QFuture<Result<Asset>> asset(const QString &symbol) = 0;

    // --- the trade_updates stream
    /** Connects the trade_updates stream; events arrive as tradeUpdate(). */
    virtual void startStreaming() = 0;
    virtual void stopStreaming() = 0;

Q_SIGNALS:
    void tradeUpdate(const Elson::TradeUpdate &update);
    void streamHealthChanged(Elson::Broker::StreamHealth health);

protected:
    explicit Broker(QObject *parent = nullptr);
};

} // namespace Elson
