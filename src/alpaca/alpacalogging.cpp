// SPDX-License-Identifier: GPL-3.0-or-later
#include "alpacalogging.h"

namespace Elson {

Q_LOGGING_CATEGORY(lcAlpacaHttp, "elson.alpaca.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlpacaOrders, "elson.alpaca.orders", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlpacaRateLimit, "elson.alpaca.ratelimit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlpacaStream, "elson.alpaca.stream", QtInfoMsg)

} // namespace Elson
