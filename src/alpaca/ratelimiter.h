// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace Elson {

class Scheduler;

/** Who goes first when the request budget is short. */
enum class RequestPriority {
    Order,   ///< submit, replace, cancel, close: the trader is waiting on them
    Refresh, ///< reads that keep the screens current
};

/**
 * The client side of Alpaca's per-account limit (200 requests/min by default):
 * a token bucket that every request of the account draws from, so the terminal
 * slows itself down instead of collecting 429s.
 *
 * - Tokens refill continuously at limit/60 s up to the limit.
 * - Waiting requests form a priority queue: order actions before refreshes,
 *   first come first served within a priority.
 * - The server's view corrects the bucket: X-Ratelimit-Remaining lowers it, a
 *   Remaining of 0 closes it until X-Ratelimit-Reset, and a 429 closes it for the
 *   wait the RetryPolicy computed (backOff()).
 * - remaining() is the budget the GUI shows; remainingChanged() reports it,
 *   including as it refills.
 *
 * One instance per account, shared by every client of that account. Time comes
 * from the Scheduler, which must outlive the limiter.
 */
class RateLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimiter)
    Q_PROPERTY(int remaining READ remaining NOTIFY remainingChanged)
    Q_PROPERTY(int limit READ limit CONSTANT)
    Q_PROPERTY(int queued READ queued NOTIFY queuedChanged)

public:
    static constexpr int DefaultRequestsPerMinute = 200;

    explicit RateLimiter(int requestsPerMinute, Scheduler *scheduler, QObject *parent = nullptr);
    ~RateLimiter() override;

    /**
     * Runs @p grant (in @p context's thread) once a token is available for this
     * request: synchronously when the bucket has one and nothing is waiting,
     * otherwise from the queue. Dropped if @p context is destroyed first.
     */
    void acquire(RequestPriority priority, QObject *context, std::function<void()> grant);

    /**
     * Applies an answer's X-Ratelimit-* headers (missing or unreadable values are
     * ignored): the bucket never holds more than Remaining, and Remaining 0 closes
     * it until Reset (epoch seconds) plus @p marginMs.
     */
    void observe(const QByteArray &remaining, const QByteArray &resetEpochSeconds,
                 qint64 marginMs = 1'000);

    /** After a 429: empty the bucket and admit nothing for @p waitMs. */
    void backOff(qint64 waitMs);

    /** Whole tokens available now: the requests that may start without waiting. */
    [[nodiscard]] int remaining() const;
    [[nodiscard]] int limit() const { return m_limit; }
    /** Requests waiting for a token. */
    [[nodiscard]] int queued() const { return int(m_orders.size() + m_refreshes.size()); }
    /** How long the bucket stays closed by the server (0 when open). */
    [[nodiscard]] qint64 blockedForMs() const;

Q_SIGNALS:
    /** The budget changed: a request started, the server corrected it, or it refilled. */
    void remainingChanged(int remaining);
    void queuedChanged(int queued);
    /** The server closed the bucket (429, or Remaining 0) for @p waitMs. */
    void throttled(qint64 waitMs);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> grant;
    };

    void refill() const;
    bool takeToken();
    void drain();
    void scheduleWake();
    void notifyRemaining();
    void blockFor(qint64 waitMs);

    Scheduler *m_scheduler;
    int m_limit;
    double m_ratePerMs;
    mutable double m_tokens;
    mutable qint64 m_refilledAtMs;
    qint64 m_blockedUntilMs = 0;
    std::deque<Waiter> m_orders;
    std::deque<Waiter> m_refreshes;
    bool m_wakePending = false;
    int m_lastReported = -1;
};

} // namespace Elson
