// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Elson {

// The client's logging categories. Nothing logged under them may contain a secret key;
// key ids appear only masked (Credentials::maskedKeyId()).
Q_DECLARE_LOGGING_CATEGORY(lcAlpacaHttp)      // elson.alpaca.http: requests, statuses, retries
Q_DECLARE_LOGGING_CATEGORY(lcAlpacaOrders)    // elson.alpaca.orders: idempotent submission
Q_DECLARE_LOGGING_CATEGORY(lcAlpacaRateLimit) // elson.alpaca.ratelimit: the token bucket
Q_DECLARE_LOGGING_CATEGORY(lcAlpacaStream)    // elson.alpaca.stream: WebSocket streams

} // namespace Elson
