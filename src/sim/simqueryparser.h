// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "jsoncodec.h"
#include "result.h"
#include "simhttp.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Elson {

/**
 * Reads the query parameters and JSON bodies of simulator requests, turning
 * every bad value into an Alpaca-shaped Error that names the parameter.
 *
 * sim decision: Alpaca documents no exact status for a bad query parameter; the
 * simulator answers 422 with the code given at construction (40010001 on the
 * Trading API, 42210000 on Market Data) and a message "invalid <param>: <why>".
 * A body that is not JSON, or whose fields have the wrong JSON type, is a 400
 * 40010001 whose message names the field (alpaca-py issue #156: "qty must be
 * integer" is a 400).
 */
class SimQueryParser final
{
    Q_DECLARE_TR_FUNCTIONS(SimQueryParser)

public:
    static constexpr qint64 TradingCode = 40010001;
    static constexpr qint64 MarketDataCode = 42210000;

    explicit SimQueryParser(const SimRequest &request, qint64 apiCode = TradingCode)
        : m_request(request), m_apiCode(apiCode) {}

    [[nodiscard]] bool has(const QString &key) const;
    /** The decoded value; empty when absent. */
    [[nodiscard]] QString text(const QString &key) const;

    /**
     * An RFC 3339 instant or a YYYY-MM-DD date (New York midnight; with
     * @p endOfDay the last nanosecond of that day, for inclusive `end`).
     */
    [[nodiscard]] Result<std::optional<Timestamp>> timestamp(const QString &key,
                                                             bool endOfDay = false) const;
    [[nodiscard]] Result<std::optional<QDate>> date(const QString &key) const;
    /** A decimal integer within [@p min, @p max]. */
    [[nodiscard]] Result<std::optional<int>> integer(const QString &key, int min, int max) const;
    /** "true" or "false". */
    [[nodiscard]] Result<std::optional<bool>> boolean(const QString &key) const;
    /** One of @p allowed (case-sensitive, as Alpaca's values are). */
    [[nodiscard]] Result<std::optional<QString>> oneOf(const QString &key,
                                                       const QStringList &allowed) const;
    /** A comma-separated list, items trimmed, empty items dropped. */
    [[nodiscard]] QStringList list(const QString &key) const;

    /** 422 with this parser's code: "invalid <key>: <why>". */
    [[nodiscard]] Error invalid(const QString &key, const QString &why) const;
    /** 422 with this parser's code: "<key> is required". */
    [[nodiscard]] Error missing(const QString &key) const;

    /** The request body read with the codec; errors are 400 40010001 naming the field. */
    template<typename T>
    [[nodiscard]] static Result<T> body(const SimRequest &request)
    {
        if (request.body.trimmed().isEmpty())
            return bodyError(Error::parse(QString(), tr("request body is empty")));
        Result<T> value = Json::parse<T>(request.body);
        if (!value)
            return bodyError(value.error());
        return value;
    }

    /** Wraps a codec error as Alpaca's 400 40010001 with the field in the message. */
    [[nodiscard]] static Error bodyError(const Error &codecError);

private:
    const SimRequest &m_request;
    qint64 m_apiCode;
};

} // namespace Elson
