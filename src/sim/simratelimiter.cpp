// SPDX-License-Identifier: GPL-3.0-or-later
#include "simratelimiter.h"

#include <QDateTime>

#include <algorithm>

namespace Elson {

namespace {
constexpr qint64 WindowMs = 60'000;
}

SimRateLimiter::SimRateLimiter(int limitPerMinute, MillisSource nowMs)
    : m_limit(limitPerMinute)
    , m_nowMs(nowMs ? std::move(nowMs) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

SimRateLimiter::Decision SimRateLimiter::take(const QString &key)
{
    const qint64 now = m_nowMs();
    Window &window = m_windows[key];
    if (window.used == 0 || now - window.startMs >= WindowMs) {
        window.startMs = now;
        window.used = 0;
    }
    const qint64 resetMs = window.startMs + WindowMs;
    Decision d;
    d.limit = m_limit;
    // Round up: the window is open until the whole second after it ends.
    d.resetEpochSeconds = (resetMs + 999) / 1000;
    if (window.used >= m_limit) {
        d.allowed = false;
        d.remaining = 0;
        d.retryAfterSeconds = int(std::max<qint64>(1, (resetMs - now + 999) / 1000));
        return d;
    }
    ++window.used;
    d.remaining = m_limit - window.used;
    return d;
}

} // namespace Elson
