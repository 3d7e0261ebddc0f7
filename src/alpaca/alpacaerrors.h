// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>

namespace Elson {

/**
 * How the client turns what happened on the wire into an Error value, and what
 * an Error means for retrying. Errors keep the HTTP status, Alpaca's code when
 * the body had one, the message and the body's extra keys (buying_power,
 * available, existing_order_id, …), whatever the body's form.
 */
class AlpacaErrors final
{
    Q_DECLARE_TR_FUNCTIONS(AlpacaErrors)

public:
    AlpacaErrors() = delete;

    /** A translated sentence for a transport failure (no HTTP answer). */
    static QString networkErrorMessage(QNetworkReply::NetworkError error);

    /** Code Network, httpStatus 0; @p timedOut overrides the reply's own error. */
    static Error network(QNetworkReply::NetworkError error, bool timedOut);

    /**
     * An HTTP error answer: Alpaca's JSON body, a bare {"message"}, or an edge
     * proxy's text or HTML (ApiError::fromBody).
     */
    static Error http(int httpStatus, const QByteArray &body);

    /** A 2xx whose body does not read as the promised type. */
    static Error unexpectedBody(const Error &parseError, int httpStatus);

    /**
     * Worth trying again later: no answer at all (connection, timeout), 429, and
     * 502/503/504. An answer such as 400/401/403/404/422 is not.
     */
    static bool isRetryable(const Error &error);

    /**
     * For a request that changes something: the server may or may not have acted
     * (no answer, 5xx, or an unreadable 2xx). 4xx answers are definite.
     */
    static bool isOutcomeUnknown(const Error &error);

    /**
     * 422 "client_order_id must be unique" (code 40010001, once seen as 42210000):
     * after a fault, the proof that an earlier POST of the same order landed.
     */
    static bool isDuplicateClientOrderId(const Error &error);
};

} // namespace Elson
