// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ratelimiter.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace Elson {

/**
 * One REST call as a value: which host, method, path, query and JSON body, how
 * urgent it is and whether sending it twice is harmless. AlpacaTransport turns
 * it into HTTP attempts.
 */
struct ApiRequest
{
    enum class Host { Trading, Data };

    /** What a retry may assume about the request. */
    enum class Retry {
        /// Sending it twice is harmless (GET, cancel, PATCH of settings): retried on
        /// connection errors, timeouts, 502/503/504 and 429.
        Idempotent,
        /// It changes something and a second copy would too: retried only when it
        /// certainly did not run (429, connection refused). Anything else is
        /// returned to the caller, who must resolve the unknown outcome.
        OnlyIfNotProcessed,
    };

    Host host = Host::Trading;
    QByteArray method = "GET";
    QString path; ///< "/v2/orders"; path segments from user input already percent-encoded
    QUrlQuery query;
    QByteArray body; ///< JSON; sent with Content-Type application/json when not empty
    RequestPriority priority = RequestPriority::Refresh;
    Retry retry = Retry::Idempotent;

    /** A query item whose value may hold '+' or '&': encoded so the server reads it back. */
    void addQueryItem(const QString &key, const QString &value);
};

} // namespace Elson
