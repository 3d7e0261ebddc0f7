// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace Elson {

/**
 * Alpaca's per-account request limit (200/min by default): a fixed one-minute
 * window per key that opens with the key's first request. Every answer reports
 * what goes into X-Ratelimit-Limit / -Remaining / -Reset (epoch seconds). Runs
 * on wall-clock milliseconds, injectable for tests, because clients wait in real
 * time whatever the simulated market clock says.
 */
class SimRateLimiter final
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0;
        int retryAfterSeconds = 0;   ///< when refused: seconds until the window resets (≥ 1)
    };

    using MillisSource = std::function<qint64()>;

    explicit SimRateLimiter(int limitPerMinute = 200, MillisSource nowMs = {});

    /** Counts one request for @p key and says whether it may be served. */
    Decision take(const QString &key);
    void setLimit(int limitPerMinute) { m_limit = limitPerMinute; }
    [[nodiscard]] int limit() const { return m_limit; }
    void reset() { m_windows.clear(); }

private:
    struct Window
    {
        qint64 startMs = 0;
        int used = 0;
    };

    int m_limit;
    MillisSource m_nowMs;
    QHash<QString, Window> m_windows;
};

} // namespace Elson
