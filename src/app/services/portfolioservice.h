// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "activity.h"
#include "broker.h"
#include "clock.h"
#include "error.h"
#include "order.h"
#include "ordertypetraits.h"
#include "position.h"
#include "timestamp.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <optional>

namespace Elson {

class TradingSession;

/**
 * The portfolio as the terminal last saw it: account, positions, orders (nested,
 * legs under their parent), the exchange's clock and recent activities, kept fresh by
 * polling the session's Broker and, between polls, by its trade_updates stream.
 *
 * Each kind of data has its own timer and never more than one request in flight.
 * A failed read backs off exponentially (interval × 2ⁿ, capped) and returns to the
 * normal interval after the next success. A fill seen on the stream brings the
 * account, positions and activities forward. When the stream comes back Healthy after
 * being Down or Stale, orders and positions are read again by REST and reconciled()
 * follows once both are in. Reconcile rounds are at least reconcileGapMs apart, so a
 * stream that keeps dropping cannot spend the rate budget: a recovery inside the gap
 * is reconciled when the gap ends, or earlier by the ordinary polls if they read both
 * kinds after it (never skipped). A *Changed signal is emitted only when the data changed.
 *
 * Orders are read as two requests per poll, open (up to 500) and all (the 500 most
 * recent), merged by id, so an old working GTC order is never missed. Every REST read
 * the service issues is exactly one HTTP request (page sizes equal the limits), which
 * requestsInLastMinute() counts (client-side retries of a failed request excluded).
 *
 * Follows TradingSession::brokerChanged(): the data is cleared (cleared()) and, if
 * running, read afresh from the new broker. Replies from a previous broker are dropped.
 */
class PortfolioService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioService)

public:
    /** Poll periods in milliseconds, and the cap of the error backoff. */
    struct Intervals
    {
        int accountMs = 5000;
        int positionsMs = 5000;
        int ordersMs = 3000;
        int clockMs = 30000;
        int activitiesMs = 30000;
        int maxBackoffMs = 60000; ///< no failing read waits longer than this
        /** The least time between two reconcile rounds (their REST reads) after stream recoveries. */
        int reconcileGapMs = 10000;
        /** A kind is stale when its last success is older than this many intervals. */
        int staleAfterIntervals = 3;

        friend bool operator==(const Intervals &, const Intervals &) = default;
    };

    /** Orders per list request (open, and all): one page each, Alpaca's maximum. */
    static constexpr int OrderListLimit = 500;
    /** The most recent activities read (one page). */
    static constexpr int ActivityLimit = 100;

    explicit PortfolioService(TradingSession *session, QObject *parent = nullptr);
    ~PortfolioService() override;

    [[nodiscard]] Intervals intervals() const { return m_intervals; }
    /** Takes effect at each kind's next scheduling (at once for idle timers). */
    void setIntervals(Intervals intervals);

    /** Starts the broker's stream and polls every kind now, then on its interval. */
    void start();
    /** Stops polling; replies still in flight are dropped. The data is kept. */
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /** Reads every kind now (a kind already in flight is read once more when it lands). */
    void refreshNow();

    [[nodiscard]] const std::optional<Account> &account() const { return m_account; }
    [[nodiscard]] const QList<Position> &positions() const { return m_positions; }
    /** Every known order, newest first, legs nested in their parent. */
    [[nodiscard]] const QList<Order> &orders() const { return m_orders; }
    /** The orders that can still fill, or whose legs can (see OrdersModel::isOpen()). */
    [[nodiscard]] QList<Order> openOrders() const;
    [[nodiscard]] const std::optional<Clock> &clock() const { return m_clock; }
    [[nodiscard]] const QList<Activity> &activities() const { return m_activities; }

    /**
     * The exchange's time now: the last clock reading advanced by the monotonic time
     * elapsed since it arrived (not the machine's wall clock). Null before a reading.
     */
    [[nodiscard]] Timestamp exchangeNow() const;

    /**
     * True when the account, positions or orders have not been read successfully
     * within staleAfterIntervals × their interval (since start() if never), or their
     * last read failed.
     */
    [[nodiscard]] bool isStale() const;
    /** When a read last succeeded (machine time, UTC); null before the first. */
    [[nodiscard]] QDateTime lastRefresh() const { return m_lastRefresh; }
    /** The last failure while any kind is still failing; code None once all recovered. */
    [[nodiscard]] Error lastError() const { return m_lastError; }
    [[nodiscard]] Broker::StreamHealth streamHealth() const { return m_streamHealth; }
    /** REST requests this service issued in the last 60 s. */
    [[nodiscard]] int requestsInLastMinute() const;

Q_SIGNALS:
    void accountChanged(const Elson::Account &account);
    void positionsChanged(const QList<Elson::Position> &positions);
    void ordersChanged(const QList<Elson::Order> &orders);
    void clockChanged(const Elson::Clock &clock);
    void activitiesChanged(const QList<Elson::Activity> &activities);
    void staleChanged(bool stale);
    /** A read succeeded and its data (changed or not) is in. */
    void refreshed();
    void errorOccurred(const Elson::Error &error);
    void streamHealthChanged(Elson::Broker::StreamHealth health);
    /** After the stream recovered: orders and positions were read again by REST. */
    void reconciled();
    /** The broker changed: every figure was dropped (models should clear()). */
    void cleared();

private:
    enum class Kind { Account, Positions, Orders, Clock, Activities };
    static constexpr int KindCount = 5;

    struct Poller
    {
        QTimer timer;
        bool inFlight = false;
        bool again = false;          ///< read once more as soon as the reply lands
        int failures = 0;
        quint64 sequence = 0;        ///< m_sequence when the request in flight / last one started
        qint64 lastSuccessMs = -1;   ///< monotonic
        std::optional<Error> error;  ///< the last read failed
    };

    void setBroker(Broker *broker);
    void clearData();
    [[nodiscard]] Poller &poller(Kind kind) { return m_pollers[size_t(kind)]; }
    [[nodiscard]] const Poller &poller(Kind kind) const { return m_pollers[size_t(kind)]; }
    void issue(Kind kind);
    void request(Kind kind);
    void finished(Kind kind, const std::optional<Error> &error);
    void schedule(Kind kind);
    [[nodiscard]] int intervalOf(Kind kind) const;
    [[nodiscard]] qint64 nowMs() const { return m_monotonic.elapsed(); }
    void countRequests(int count);
    void updateStale();
    [[nodiscard]] bool isStaleAt(qint64 nowMs) const;

    void applyAccount(const Account &account);
    void applyPositions(QList<Position> positions);
    void applyOrders(QList<Order> open, QList<Order> all, quint64 requestSequence);
    void applyClock(const Clock &clock);
    void applyActivities(QList<Activity> activities);

    void onTradeUpdate(const TradeUpdate &update);
    void followUp();
    void onStreamHealth(Broker::StreamHealth health);
    void reconcileNow();
    void setOrders(QList<Order> orders);
    void rebuildOrderIndex();

    TradingSession *m_session;
    QPointer<Broker> m_broker;
    Intervals m_intervals;
    bool m_running = false;
    quint64 m_generation = 0; ///< bumped on stop and broker change: older replies are dropped
    std::array<Poller, KindCount> m_pollers;
    QElapsedTimer m_monotonic;
    qint64 m_startedMs = -1;
    QList<qint64> m_requestTimes; ///< monotonic ms of recent requests, oldest first
    QTimer m_staleTimer;
    QTimer m_followUp;            ///< debounces the reads a stream event triggers
    QList<Kind> m_followUpKinds;
    quint64 m_sequence = 0;       ///< orders requests and stream events, in the order they happened
    bool m_stale = false;

    std::optional<Account> m_account;
    QList<Position> m_positions;
    QList<Order> m_orders;
    QHash<QString, QPair<int, int>> m_orderIndex; ///< id → (row, leg or -1)
    QHash<QString, quint64> m_streamTouched;      ///< id → m_sequence of its last stream event
    std::optional<Clock> m_clock;
    qint64 m_clockReceivedMs = -1;
    QList<Activity> m_activities;
    QDateTime m_lastRefresh;
    Error m_lastError;

    Broker::StreamHealth m_streamHealth = Broker::StreamHealth::Down;
    bool m_reconciling = false;
    quint64 m_reconcileSequence = 0;
    bool m_reconciledOrders = false;
    bool m_reconciledPositions = false;
    QTimer m_reconcileTimer;       ///< the end of the gap, when a recovery is waiting for it
    qint64 m_lastReconcileMs = -1; ///< monotonic: when the last round issued its reads
};

} // namespace Elson
