// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alpacaendpoints.h"
#include "broker.h"
#include "brokerconfig.h"
#include "brokercredentials.h"
#include "userlimits.h"
#include "validationcontext.h"
#include "validationchain.h"

#include <QJsonObject>

#include <memory>

namespace Elson {

class AlpacaClient;
class TradeUpdatesStream;

/**
 * A Broker over Alpaca's Trading API through AlpacaClient: the paper or live host, or
 * any Alpaca-compatible host (the embedded exchange, see SimBroker). Which host and
 * which key pair are given in Settings; whether live is allowed was decided before
 * (BrokerFactory through TradingGate), and the validation chain checks it again.
 *
 * executeTrade() reads the account, the asset, the positions, the open orders, the
 * exchange's clock and the latest quote, runs the chain over them, journals the intent
 * (made durable before the request is sent) and submits.
 *
 * Nothing the chain judges is cached: every order (and every preview) reads all of it
 * afresh, in parallel, so the data is at most as old as the slowest of those reads took.
 * That age is bounded by Settings::maxContextAgeMs: when the reads take longer, the
 * order is not sent (a Network error naming "context").
 */
class AlpacaBroker : public Broker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlpacaBroker)

public:
    /** The default maximum age of the data an order is checked against. */
    static constexpr qint64 DefaultMaxContextAgeMs = 15'000;

    /** Everything an AlpacaBroker needs; the secret stays inside. */
    struct Settings
    {
        AlpacaEndpoints endpoints = AlpacaEndpoints::defaults();
        BrokerCredentials credentials;
        Mode mode = Mode::Paper;
        DeploymentEnvironment environment = DeploymentEnvironment::Development;
        bool liveTradingEnabled = false;
        /** GET /v2/account succeeded with credentials on the live host (set by BrokerFactory). */
        bool validatedAgainstLive = false;
        UserLimits limits;
        int transferTimeoutMs = 10'000;
        /** The oldest the chain's account, positions, orders, clock, asset and quote may
         *  be when it runs (0: no limit). */
        qint64 maxContextAgeMs = DefaultMaxContextAgeMs;
    };

    explicit AlpacaBroker(Settings settings, QObject *parent = nullptr);
    ~AlpacaBroker() override;

    [[nodiscard]] Mode mode() const override { return m_settings.mode; }
    [[nodiscard]] const Settings &settings() const { return m_settings; }
    /** The client (for tests and for data the Broker interface does not cover). */
    [[nodiscard]] AlpacaClient *client() const { return m_client; }
    /** Replaces the rules (default: ValidationChain::standard()). */
    void setValidationChain(ValidationChain chain) { m_chain = std::move(chain); }
    /** The trader's limits for the orders from now on (the settings dialog changed them). */
    void setLimits(const UserLimits &limits) { m_settings.limits = limits; }

    void setJournal(AuditJournal *journal) override;

    QFuture<Result<Order>> executeTrade(Trade trade, QSet<QString> acknowledged = {}) override;
    QFuture<Result<Preview>> previewTrade(Trade trade, QSet<QString> acknowledged = {}) override;
    QFuture<Result<Order>> replaceOrder(const QString &orderId,
                                        const ReplaceOrderRequest &request) override;
    QFuture<Result<bool>> cancelOrder(const QString &orderId) override;
    QFuture<Result<QList<CancelAllResult>>> cancelAllOrders() override;
    QFuture<Result<Order>> closePosition(const QString &symbol,
                                         const ClosePositionRequest &request = {},
                                         bool cancelOrders = false) override;
    QFuture<Result<QList<ClosePositionResult>>> closeAllPositions(bool cancelOrders) override;

    QFuture<Result<Account>> account() override;
    QFuture<Result<QList<Position>>> positions() override;
    QFuture<Result<QList<Order>>> orders(const OrderListQuery &query = {}) override;
    QFuture<Result<QList<Activity>>> activities(const ActivityQuery &query = {}) override;
    QFuture<Result<Clock>> clock() override;
    QFuture<Result<QList<Asset>>> assets(const AssetQuery &query = {}) override;
    QFuture<Result<Asset>> asset(const QString &symbol) override;

    void startStreaming() override;
    void stopStreaming() override;

private:
    /** "Nothing was sent: … (%1)" for an action whose intent the journal refused. */
    [[nodiscard]] static QString notSent();
    struct Gathering;
    /** Reads everything the chain looks at, in parallel; an error when a required read failed. */
    QFuture<Result<ValidationContext>> gatherContext(Trade trade, QSet<QString> acknowledged);
    /** @p trade for this account, with its client_order_id fixed for every retry. */
    [[nodiscard]] Trade prepared(Trade trade) const;
    /** Runs the chain over @p context, journals the intent and sends the order. */
    QFuture<Result<Order>> submit(const ValidationContext &context);
    void journalRefusal(const Trade &trade, const QString &reason, const Error &error,
                        const ValidationReport *report = nullptr);
    /** Appends to the journal (ok when there is none); an error means: do not send. */
    Result<qint64> journal(const QString &action, const QJsonObject &details);
    template<typename T>
    QFuture<Result<T>> journalResult(QFuture<Result<T>> future, const QString &action,
                                     QJsonObject details);
    QFuture<Result<Order>> closeNow(const QString &symbol, const ClosePositionRequest &request);

    Settings m_settings;
    ValidationChain m_chain = ValidationChain::standard();
    AlpacaClient *m_client = nullptr;
    TradeUpdatesStream *m_stream = nullptr;
    AuditJournal *m_journal = nullptr;
};

} // namespace Elson
