// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

class QObject;

namespace Elson {

/**
 * The client's source of time and chance: clocks, deferred tasks and jitter.
 * Retries, the rate limiter and the streams' heartbeats go through it and never
 * through QTimer or a clock directly, so tests can record the waits the client
 * asks for (a 429's Retry-After, a backoff) and run them at once or scaled down
 * instead of waiting seconds. TimerScheduler is the real implementation.
 */
class Scheduler
{
public:
    Scheduler() = default;
    virtual ~Scheduler();
    Q_DISABLE_COPY_MOVE(Scheduler)

    /** Monotonic milliseconds from an arbitrary origin: for rates and silences. */
    [[nodiscard]] virtual qint64 monotonicMs() const = 0;
    /** Wall-clock milliseconds since the Unix epoch: to read X-Ratelimit-Reset. */
    [[nodiscard]] virtual qint64 epochMs() const = 0;
    /**
     * Runs @p task once, about @p delayMs from now (0: on the next event-loop turn,
     * never synchronously), in @p context's thread. The task is dropped if
     * @p context is destroyed first.
     */
    virtual void schedule(qint64 delayMs, QObject *context, std::function<void()> task) = 0;
    /** A uniformly distributed number in [0, 1), for backoff jitter. */
    [[nodiscard]] virtual double random() = 0;
};

} // namespace Elson
