// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace Elson {

/**
 * How hard the client tries again, and how long it waits (§3 of the team
 * reference, SKILLS rate-limits-resilience):
 * - idempotent requests are retried on connection errors, timeouts and
 *   502/503/504, with exponential backoff and "equal jitter" (half the step fixed,
 *   half random) so clients that failed together do not retry together;
 * - a 429 is waited out until Retry-After or X-Ratelimit-Reset, plus a margin;
 * - 400/401/403/404/422 are answers, never retried;
 * - attempts are bounded.
 * A plain value: the waits it computes are scheduled by the caller's Scheduler.
 */
struct RetryPolicy
{
    int maxAttempts = 4;             ///< tries of one idempotent request, the first included
    int maxRateLimitWaits = 3;       ///< 429s waited out for one request
    int maxSubmissionAttempts = 3;   ///< POSTs of one order, all with the same client_order_id
    qint64 initialBackoffMs = 250;
    qint64 maxBackoffMs = 8'000;
    double backoffMultiplier = 2.0;
    qint64 rateLimitMarginMs = 1'000; ///< added to Retry-After / X-Ratelimit-Reset
    qint64 defaultRateLimitWaitMs = 60'000; ///< a 429 without either header: a full window
    qint64 maxRateLimitWaitMs = 65'000; ///< a bogus header never parks the client for long

    /**
     * The wait before retry number @p retry (1 for the first retry): the step
     * initial × multiplier^(retry−1), capped at maxBackoffMs, of which the upper
     * half is scaled by @p jitter ∈ [0, 1).
     */
    [[nodiscard]] qint64 backoffMs(int retry, double jitter) const;

    /**
     * The wait after a 429: until Retry-After (seconds, or an HTTP date) or else
     * X-Ratelimit-Reset (epoch seconds), whichever is later, plus the margin;
     * defaultRateLimitWaitMs when neither header is usable; at most maxRateLimitWaitMs.
     */
    [[nodiscard]] qint64 rateLimitWaitMs(const QByteArray &retryAfter,
                                         const QByteArray &rateLimitReset,
                                         qint64 nowEpochMs) const;

    /** 502, 503 and 504: an edge or upstream hiccup; the request did not complete. */
    [[nodiscard]] static bool isRetryableStatus(int httpStatus);

    /** Retry-After as milliseconds from @p nowEpochMs (seconds or an RFC 7231 date). */
    [[nodiscard]] static std::optional<qint64> parseRetryAfter(const QByteArray &value,
                                                               qint64 nowEpochMs);

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

} // namespace Elson
