// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "accountconfigurations.h"
#include "accountconfigurationspatch.h"
#include "activity.h"
#include "activityquery.h"
#include "alpacaendpoints.h"
#include "asset.h"
#include "assetquery.h"
#include "bar.h"
#include "calendarday.h"
#include "cancelallresult.h"
#include "clock.h"
#include "closepositionrequest.h"
#include "closepositionresult.h"
#include "credentials.h"
#include "marketdataquery.h"
#include "markettrade.h"
#include "order.h"
#include "orderlistquery.h"
#include "orderrequest.h"
#include "ordersubmitter.h"
#include "portfoliohistory.h"
#include "portfoliohistoryquery.h"
#include "position.h"
#include "quote.h"
#include "replaceorderrequest.h"
#include "result.h"
#include "retrypolicy.h"
#include "snapshot.h"

#include <QDate>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Elson {

class AlpacaTransport;
class RateLimiter;
class Scheduler;
struct ApiRequest;

/**
 * The terminal's REST client for one Alpaca account: every Trading API v2 and
 * Market Data v2 endpoint the simulator serves, over one QNetworkAccessManager.
 *
 * Every call is asynchronous and returns a QFuture that finishes with a Result:
 * the value, or an Error carrying the HTTP status, Alpaca's code, the message
 * and the body's extra keys (AlpacaErrors::isRetryable() says whether trying
 * later may help). Consume it with `.then(context, …)`; never wait on it in the
 * GUI thread. Destroying the client cancels the futures still pending.
 *
 * Lists are complete: orders, activities and market-data history are paged
 * (moving until/after, page_token, next_page_token) until the end or the
 * query's limit. Requests pass a shared token bucket (order actions first),
 * time out after Options::transferTimeoutMs, and are retried by the
 * RetryPolicy when that cannot do harm. submitOrder() cannot place an order
 * twice (OrderSubmitter).
 */
class AlpacaClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlpacaClient)

public:
    struct Options
    {
        AlpacaEndpoints endpoints = AlpacaEndpoints::defaults();
        TradingEnvironment environment = TradingEnvironment::Paper;
        int transferTimeoutMs = 10'000; ///< per request, measured from when it is sent
        RetryPolicy retry;
        int maxConcurrentPerHost = 6;    ///< see AlpacaTransport::Options
        int tradingRequestsPerMinute = 200;
        int dataRequestsPerMinute = 200;
        QString dataFeed = QStringLiteral("iex"); ///< sent explicitly, as the reference advises
    };

    AlpacaClient(Credentials credentials, Options options, QObject *parent = nullptr);
    /**
     * With an injected @p scheduler (tests; must outlive the client) and a
     * @p sharedTradingLimiter for all clients of the same account (not owned; null:
     * the client makes its own from Options::tradingRequestsPerMinute).
     */
    AlpacaClient(Credentials credentials, Options options, Scheduler *scheduler,
                 RateLimiter *sharedTradingLimiter, QObject *parent = nullptr);
    ~AlpacaClient() override;

    /**
     * Set when the options cannot be used (a non-loopback http:// URL, no keys);
     * every call then fails at once with this error, and nothing is sent.
     */
    [[nodiscard]] const std::optional<Error> &configurationError() const { return m_configError; }
    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] const Credentials &credentials() const { return m_credentials; }

    /** The trading budget (the GUI shows remaining()). */
    [[nodiscard]] RateLimiter *tradingRateLimiter() const { return m_tradingLimiter; }
    /** The market-data budget, separate from trading at Alpaca. */
    [[nodiscard]] RateLimiter *dataRateLimiter() const { return m_dataLimiter.get(); }
    /** Requests started and not yet finished. */
    [[nodiscard]] int pendingRequests() const;

    // --- account
    QFuture<Result<Account>> account();
    QFuture<Result<AccountConfigurations>> accountConfigurations();
    QFuture<Result<AccountConfigurations>> updateAccountConfigurations(
        const AccountConfigurationsPatch &patch);

    // --- positions
    QFuture<Result<QList<Position>>> positions();
    QFuture<Result<Position>> position(const QString &symbolOrAssetId);
    /** DELETE /v2/positions/{symbol}: the closing order. Not repeated on an unknown outcome. */
    QFuture<Result<Order>> closePosition(const QString &symbolOrAssetId,
                                         const ClosePositionRequest &request = {});
    /** DELETE /v2/positions (207): one result per position. */
    QFuture<Result<QList<ClosePositionResult>>> closeAllPositions(bool cancelOrders);

    // --- orders
    /**
     * POST /v2/orders, idempotent through the client_order_id (generated here if
     * empty). See OrderSubmitter for how unknown outcomes are resolved.
     */
    QFuture<Result<Order>> submitOrder(const OrderRequest &request);
    /** Every order matching @p query, paged. */
    QFuture<Result<QList<Order>>> orders(const OrderListQuery &query = {});
    QFuture<Result<Order>> order(const QString &orderId, bool nested = true);
    QFuture<Result<Order>> orderByClientOrderId(const QString &clientOrderId);
    /**
     * PATCH /v2/orders/{id}: the new order. If the outcome is unknown, the old
     * order is read back; when it shows `replaced`, its replacement is returned.
     */
    QFuture<Result<Order>> replaceOrder(const QString &orderId, const ReplaceOrderRequest &request);
    /**
     * DELETE /v2/orders/{id}: true once the cancel is accepted. A 422 on an order
     * that is already canceled (an earlier attempt's work) counts as success.
     */
    QFuture<Result<bool>> cancelOrder(const QString &orderId);
    /** DELETE /v2/orders (207): one result per order. */
    QFuture<Result<QList<CancelAllResult>>> cancelAllOrders();

    // --- assets, clock, calendar
    QFuture<Result<QList<Asset>>> assets(const AssetQuery &query = {});
    QFuture<Result<Asset>> asset(const QString &symbolOrAssetId);
    QFuture<Result<Clock>> clock();
    QFuture<Result<QList<CalendarDay>>> calendar(QDate start, QDate end);

    // --- history
    /** Every activity matching @p query, paged by page_token. */
    QFuture<Result<QList<Activity>>> activities(const ActivityQuery &query = {});
    QFuture<Result<PortfolioHistory>> portfolioHistory(const PortfolioHistoryQuery &query = {});

    // --- market data: history, paged by next_page_token
    QFuture<Result<QList<Bar>>> bars(const QString &symbol, const MarketDataQuery &query);
    QFuture<Result<QMap<QString, QList<Bar>>>> multiBars(const QStringList &symbols,
                                                         const MarketDataQuery &query);
    QFuture<Result<QList<MarketTrade>>> trades(const QString &symbol, const MarketDataQuery &query);
    QFuture<Result<QMap<QString, QList<MarketTrade>>>> multiTrades(const QStringList &symbols,
                                                                   const MarketDataQuery &query);
    QFuture<Result<QList<Quote>>> quotes(const QString &symbol, const MarketDataQuery &query);
    QFuture<Result<QMap<QString, QList<Quote>>>> multiQuotes(const QStringList &symbols,
                                                             const MarketDataQuery &query);

    // --- market data: latest values and snapshots (empty feed: Options::dataFeed)
    QFuture<Result<Bar>> latestBar(const QString &symbol, const QString &feed = {});
    QFuture<Result<QMap<QString, Bar>>> latestBars(const QStringList &symbols,
                                                   const QString &feed = {});
    QFuture<Result<MarketTrade>> latestTrade(const QString &symbol, const QString &feed = {});
    QFuture<Result<QMap<QString, MarketTrade>>> latestTrades(const QStringList &symbols,
                                                             const QString &feed = {});
    QFuture<Result<Quote>> latestQuote(const QString &symbol, const QString &feed = {});
    QFuture<Result<QMap<QString, Quote>>> latestQuotes(const QStringList &symbols,
                                                       const QString &feed = {});
    QFuture<Result<Snapshot>> snapshot(const QString &symbol, const QString &feed = {});
    QFuture<Result<SnapshotMap>> snapshots(const QStringList &symbols, const QString &feed = {});

Q_SIGNALS:
    /** A submission's unknown outcome was looked up by its client_order_id. */
    void submissionResolved(const QString &clientOrderId,
                            Elson::OrderSubmitter::Resolution resolution);

private:
    template<typename T> QFuture<Result<T>> fetch(ApiRequest request);
    template<typename T> QFuture<Result<T>> failed() const;
    template<typename T> QFuture<Result<QList<T>>> history(const QString &symbol,
                                                           const MarketDataQuery &query);
    template<typename T> QFuture<Result<QMap<QString, QList<T>>>> multiHistory(
        const QStringList &symbols, const MarketDataQuery &query);
    template<typename T> QFuture<Result<T>> latest(const QString &symbol, const QString &feed);
    template<typename T> QFuture<Result<QMap<QString, T>>> multiLatest(const QStringList &symbols,
                                                                       const QString &feed);
    [[nodiscard]] QString feedOr(const QString &feed) const;

    Credentials m_credentials;
    Options m_options;
    std::optional<Error> m_configError;
    std::unique_ptr<Scheduler> m_ownScheduler;
    Scheduler *m_scheduler = nullptr;
    std::unique_ptr<RateLimiter> m_ownTradingLimiter;
    RateLimiter *m_tradingLimiter = nullptr;
    std::unique_ptr<RateLimiter> m_dataLimiter;
    AlpacaTransport *m_transport = nullptr;
    OrderSubmitter *m_submitter = nullptr;
};

} // namespace Elson
