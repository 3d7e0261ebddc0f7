// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Elson {

/**
 * An error as a value: what kind of failure, the HTTP status and Alpaca code when
 * there was a response, a message a trader can read, and the field it concerns.
 * Errors never travel as exceptions.
 */
struct Error
{
    enum class Code {
        None,
        Parse,       ///< input that is not what the wire format promises
        Validation,  ///< a value that breaks a rule (sign, tick size, combination)
        Overflow,    ///< arithmetic beyond the representable range
        Network,     ///< no HTTP answer (connection, TLS, timeout)
        Http,        ///< an HTTP answer with an error status
        RateLimited, ///< HTTP 429 or the client-side limiter
        Unauthorized,
        NotFound,
        Safety,      ///< a safety gate refused the action
        Internal,
    };

    Code code = Code::None;
    int httpStatus = 0;     ///< 0 when no HTTP response was received
    qint64 apiCode = 0;     ///< Alpaca's 8-digit code, 0 when the body had none
    QString message;        ///< translated, human-readable
    QString field;          ///< JSON path or form field the error concerns, may be empty
    QJsonObject extra;      ///< extra keys of an Alpaca error body (buying_power, available, …)

    [[nodiscard]] bool isError() const { return code != Code::None; }

    /** Field (if any) and message, e.g. "qty: must be a decimal string". */
    [[nodiscard]] QString toString() const;

    static Error parse(const QString &field, const QString &message);
    static Error validation(const QString &field, const QString &message);
    static Error overflow(const QString &field, const QString &message);
};

QString errorCodeName(Error::Code code);

} // namespace Elson
