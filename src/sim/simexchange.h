// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "accountconfigurations.h"
#include "accountconfigurationspatch.h"
#include "activity.h"
#include "cancelallresult.h"
#include "closepositionrequest.h"
#include "closepositionresult.h"
#include "decimal.h"
#include "marketcalendar.h"
#include "order.h"
#include "orderrequest.h"
#include "portfoliohistory.h"
#include "position.h"
#include "replaceorderrequest.h"
#include "result.h"
#include "simquote.h"
#include "simuniverse.h"
#include "timestamp.h"
#include "tradeupdate.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Elson {

/**
 * The simulated exchange and brokerage account: the matching engine and the
 * account rules of Alpaca's paper environment (§5–§7, §10, §11, §16 of the team
 * reference), in process and without any I/O. The HTTP server and the streams
 * are thin layers over it; tests drive it directly with fixed quotes.
 *
 * Time only moves when advanceTo() is called: the engine re-evaluates working
 * orders against the quote at each step, so results depend only on the inputs
 * (seeded quotes, instants, requests), never on wall-clock timing.
 *
 * Errors are Elson::Error values carrying Alpaca's HTTP status, 8-digit code,
 * message and extra keys (buying_power, available, …), ready to be written as an
 * Alpaca error body (SimError::toApiError()).
 *
 * Trade updates are queued while a call runs and emitted, in order, just before it
 * returns, so a slot may call back into the engine.
 *
 * Simulator decisions where Alpaca's behaviour is unconfirmed (each marked
 * `// sim decision:` in the code): a day order still open at its end is `expired`;
 * cancels and replaces take effect at once (no pending_cancel/pending_replace, no
 * pending_new); when a bracket/OCO exit fills the other one ends `canceled`, and a
 * partial exit shrinks the other with a `restated` event; the POST answer is the
 * order after its first look at the market (so a marketable order comes back
 * filled); a notional order fills in one execution; an order for an unknown symbol
 * is a 422.
 */
class SimExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimExchange)

public:
    /// Where the engine reads the NBBO of a symbol at an instant (nullopt: no quote).
    using QuoteSource = std::function<std::optional<SimQuote>(const QString &symbol,
                                                              const Timestamp &at)>;

    enum class PdtRegime {
        Current, ///< since 2026-07-06: no PDT fields, no PDT protection
        Legacy,  ///< the old rule: fields present, 4th day trade in 5 days refused below $25k
    };

    struct Config
    {
        Decimal startingCash = Decimal::fromInt(100'000);
        PdtRegime pdt = PdtRegime::Current;
        bool shortingEnabled = true;
        /// Reg T multiplier of a margin account (≥ $2,000 equity); 1 makes a cash account.
        int maxMarginMultiplier = 2;
        bool fractionalStopOrders = false; ///< §7.3: stop/stop_limit fractional behind a switch
        QString accountNumber = QStringLiteral("PA3SIM000001");
        QString accountId;                 ///< a UUID; generated from the seed when empty
        quint64 seed = 1;                  ///< partial fills, ids
        int partialFillPercent = 10;       ///< §16: share of eligible fills made partial
        /**
         * The quote source answers the same for the same symbol and instant (as
         * PriceProcess does), so a quote read once at an instant is kept for every
         * call at that instant. Off (the default), each public call reads the quotes
         * again, for tests that script a new quote without moving time.
         */
        bool quotesFixedPerInstant = false;
    };

    struct OrderQuery
    {
        enum class Status { Open, Closed, All };
        Status status = Status::Open;
        int limit = 50;                    ///< 1–500
        Timestamp after;                   ///< exclusive bound on submitted_at; null = none
        Timestamp until;                   ///< exclusive bound on submitted_at; null = none
        bool ascending = false;            ///< direction=asc
        bool nested = false;
        QStringList symbols;
        std::optional<OrderSide> side;
    };

    struct ActivityQuery
    {
        QStringList activityTypes;         ///< empty = all
        QDate date;
        Timestamp after;
        Timestamp until;
        bool ascending = false;
        int pageSize = 100;
        QString pageToken;
        QString orderId;
    };

    SimExchange(Config config, SimUniverse universe, MarketCalendar calendar, QuoteSource quotes,
                const Timestamp &start, QObject *parent = nullptr);
    ~SimExchange() override;

    /**
     * Runs the engine up to @p now (no-op if now is not after the current time):
     * every session boundary, order expiry and auction in between is a step of its
     * own, and working orders are evaluated once per step against the quote of that
     * instant (a partially filled rest is looked at again at the next step).
     */
    void advanceTo(const Timestamp &now);
    [[nodiscard]] Timestamp now() const;
    [[nodiscard]] const SimUniverse &universe() const;
    [[nodiscard]] const MarketCalendar &calendar() const;

    // --- account
    [[nodiscard]] Account account() const;
    [[nodiscard]] AccountConfigurations configurations() const;
    Result<AccountConfigurations> patchConfigurations(const AccountConfigurationsPatch &patch);

    // --- positions
    [[nodiscard]] QList<Position> positions() const;
    [[nodiscard]] Result<Position> position(const QString &symbolOrAssetId) const;
    /**
     * DELETE /v2/positions/{symbol}: a day market order for all of the position, qty
     * shares or percentage % of it (whole shares unless the position is fractional).
     */
    Result<Order> closePosition(const QString &symbolOrAssetId, const ClosePositionRequest &request);
    /** DELETE /v2/positions: one item per position (200 + order, or the error). */
    QList<ClosePositionResult> closeAllPositions(bool cancelOrders);

    // --- orders
    /**
     * POST /v2/orders: validates the request (§7.2–§7.4, account rules of §5/§16),
     * stores it as `new` (routable now) or `accepted` (queued for its session), and
     * evaluates it at once. Advanced orders come back with their legs nested.
     */
    Result<Order> submitOrder(const OrderRequest &request);
    [[nodiscard]] Result<QList<Order>> orders(const OrderQuery &query) const;
    [[nodiscard]] Result<Order> order(const QString &id, bool nested = false) const;
    [[nodiscard]] Result<Order> orderByClientOrderId(const QString &clientOrderId,
                                                     bool nested = false) const;
    /**
     * PATCH /v2/orders/{id}: the answer is the new order (new id, `replaces` = @p id);
     * the old one ends `replaced` with replaced_at/replaced_by. The filled quantity
     * carries over, so qty is the new total and must exceed filled_qty.
     */
    Result<Order> replaceOrder(const QString &id, const ReplaceOrderRequest &request);
    /**
     * Accepting a cancel returns the order (HTTP 204 on the wire); the rest of its
     * bracket/OCO/OTO group is cancelled with it. 422 once filled, cancelled,
     * expired or replaced; 404 for an unknown id.
     */
    Result<Order> cancelOrder(const QString &id);
    /** DELETE /v2/orders: one 200 item per order that was open (held legs included). */
    QList<CancelAllResult> cancelAllOrders();

    // --- history
    /** GET /v2/account/activities: a FILL per execution and the starting CSD. */
    [[nodiscard]] Result<QList<Activity>> activities(const ActivityQuery &query) const;
    /** period/timeframe/start/end as the query strings of §11; errors name the parameter. */
    [[nodiscard]] Result<PortfolioHistory> portfolioHistory(const QString &period,
                                                            const QString &timeframe,
                                                            const Timestamp &start,
                                                            const Timestamp &end) const;

    /** Serialisable state for --state FILE (orders, positions, cash, activities, clock). */
    [[nodiscard]] QJsonObject saveState() const;
    /**
     * Replaces the whole state with a saveState() document (the clock included);
     * a document that does not read leaves the exchange unchanged (Parse error
     * naming the field).
     */
    Result<bool> restoreState(const QJsonObject &state);

Q_SIGNALS:
    /** One trade_updates event, emitted in the order the engine produced them. */
    void tradeUpdate(const Elson::TradeUpdate &update);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Elson
