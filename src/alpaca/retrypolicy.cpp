// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Elson {

qint64 RetryPolicy::backoffMs(int retry, double jitter) const
{
    const int step = std::max(retry, 1) - 1;
    const double raw = double(initialBackoffMs) * std::pow(backoffMultiplier, step);
    const double capped = std::min(raw, double(maxBackoffMs));
    const double j = std::clamp(jitter, 0.0, 1.0);
    return std::max<qint64>(0, std::llround(capped / 2 + capped / 2 * j));
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, qint64 nowEpochMs)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // "Wed, 21 Oct 2015 07:28:00 GMT" (IMF-fixdate): always English, always GMT.
    if (!text.endsWith(" GMT"))
        return std::nullopt;
    const QDateTime local = QLocale::c().toDateTime(QString::fromLatin1(text.chopped(4)),
                                                    QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!local.isValid())
        return std::nullopt;
    const QDateTime utc(local.date(), local.time(), Qt::UTC);
    return std::max<qint64>(0, utc.toMSecsSinceEpoch() - nowEpochMs);
}

qint64 RetryPolicy::rateLimitWaitMs(const QByteArray &retryAfter, const QByteArray &rateLimitReset,
                                    qint64 nowEpochMs) const
{
    std::optional<qint64> wait = parseRetryAfter(retryAfter, nowEpochMs);
    bool ok = false;
    const qint64 resetSeconds = rateLimitReset.trimmed().toLongLong(&ok);
    if (ok && resetSeconds > 0) {
        const qint64 untilReset = std::max<qint64>(0, resetSeconds * 1000 - nowEpochMs);
        wait = std::max(wait.value_or(0), untilReset);
    }
    if (!wait)
        return std::min(defaultRateLimitWaitMs, maxRateLimitWaitMs);
    return std::min(*wait + rateLimitMarginMs, maxRateLimitWaitMs);
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

} // namespace Elson
