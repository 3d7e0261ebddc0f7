// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include "alpacalogging.h"
#include "scheduler.h"

#include <algorithm>
#include <cmath>

namespace Elson {

namespace {
constexpr qint64 MaxServerBlockMs = 65'000; // a bogus Reset never parks the account for long
constexpr double MsPerMinute = 60'000.0;
} // namespace

RateLimiter::RateLimiter(int requestsPerMinute, Scheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_limit(std::max(1, requestsPerMinute))
    , m_ratePerMs(m_limit / MsPerMinute)
    , m_tokens(m_limit)
    , m_refilledAtMs(scheduler->monotonicMs())
    , m_lastReported(m_limit)
{
}

RateLimiter::~RateLimiter() = default;

void RateLimiter::refill() const
{
    const qint64 now = m_scheduler->monotonicMs();
    if (now > m_refilledAtMs) {
        m_tokens = std::min<double>(m_limit, m_tokens + double(now - m_refilledAtMs) * m_ratePerMs);
        m_refilledAtMs = now;
    }
}

bool RateLimiter::takeToken()
{
    refill();
    if (m_scheduler->monotonicMs() < m_blockedUntilMs || m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

int RateLimiter::remaining() const
{
    refill();
    if (m_scheduler->monotonicMs() < m_blockedUntilMs)
        return 0;
    return int(std::floor(m_tokens));
}

qint64 RateLimiter::blockedForMs() const
{
    return std::max<qint64>(0, m_blockedUntilMs - m_scheduler->monotonicMs());
}

void RateLimiter::acquire(RequestPriority priority, QObject *context, std::function<void()> grant)
{
    if (m_orders.empty() && m_refreshes.empty() && takeToken()) {
        notifyRemaining();
        grant();
        scheduleWake(); // report the refill as it happens
        return;
    }
    auto &queue = priority == RequestPriority::Order ? m_orders : m_refreshes;
    queue.push_back(Waiter{context, std::move(grant)});
    qCDebug(lcAlpacaRateLimit) << "request queued; waiting:" << queued()
                               << "remaining:" << remaining();
    Q_EMIT queuedChanged(queued());
    scheduleWake();
}

void RateLimiter::drain()
{
    while ((!m_orders.empty() || !m_refreshes.empty()) && takeToken()) {
        auto &queue = m_orders.empty() ? m_refreshes : m_orders;
        Waiter waiter = std::move(queue.front());
        queue.pop_front();
        Q_EMIT queuedChanged(queued());
        notifyRemaining();
        // A grant may start a request that acquires again: the queues are consistent here.
        if (waiter.context)
            waiter.grant();
    }
    notifyRemaining();
    scheduleWake();
}

void RateLimiter::scheduleWake()
{
    if (m_wakePending)
        return;
    refill();
    const qint64 now = m_scheduler->monotonicMs();
    qint64 delay = 0;
    if (now < m_blockedUntilMs) {
        delay = m_blockedUntilMs - now;
    } else if (!m_orders.empty() || !m_refreshes.empty()) {
        delay = m_tokens >= 1.0 ? 0 : qint64(std::ceil((1.0 - m_tokens) / m_ratePerMs));
    } else if (m_tokens < m_limit) {
        // Idle but below the limit: wake when the next whole token arrives, to show it.
        const double next = std::floor(m_tokens) + 1.0;
        delay = qint64(std::ceil((next - m_tokens) / m_ratePerMs));
    } else {
        notifyRemaining(); // the refill just above may have filled the bucket
        return;
    }
    m_wakePending = true;
    m_scheduler->schedule(std::max<qint64>(delay, 1), this, [this] {
        m_wakePending = false;
        drain();
    });
}

void RateLimiter::notifyRemaining()
{
    const int now = remaining();
    if (now != m_lastReported) {
        m_lastReported = now;
        Q_EMIT remainingChanged(now);
    }
}

void RateLimiter::blockFor(qint64 waitMs)
{
    const qint64 wait = std::clamp<qint64>(waitMs, 0, MaxServerBlockMs);
    m_blockedUntilMs = std::max(m_blockedUntilMs, m_scheduler->monotonicMs() + wait);
    m_tokens = 0;
    qCInfo(lcAlpacaRateLimit) << "throttled by the server for" << wait << "ms";
    Q_EMIT throttled(wait);
    notifyRemaining();
    scheduleWake();
}

void RateLimiter::observe(const QByteArray &remainingText, const QByteArray &resetEpochSeconds,
                          qint64 marginMs)
{
    bool ok = false;
    const int serverRemaining = remainingText.trimmed().toInt(&ok);
    if (!ok || serverRemaining < 0)
        return;
    refill();
    if (serverRemaining < m_tokens)
        m_tokens = serverRemaining;
    if (serverRemaining == 0) {
        bool resetOk = false;
        const qint64 reset = resetEpochSeconds.trimmed().toLongLong(&resetOk);
        if (resetOk && reset > 0) {
            blockFor(reset * 1000 - m_scheduler->epochMs() + marginMs);
            return;
        }
    }
    notifyRemaining();
}

void RateLimiter::backOff(qint64 waitMs)
{
    refill();
    blockFor(waitMs);
}

} // namespace Elson
