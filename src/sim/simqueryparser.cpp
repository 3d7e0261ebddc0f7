// SPDX-License-Identifier: GPL-3.0-or-later
#include "simqueryparser.h"

#include "marketcalendar.h"

#include <QDate>
#include <QTime>

namespace Elson {

namespace {

Error httpError(int status, qint64 code, const QString &message, const QString &field)
{
    Error e;
    e.code = status == 404 ? Error::Code::NotFound : Error::Code::Http;
    e.httpStatus = status;
    e.apiCode = code;
    e.message = message;
    e.field = field;
    return e;
}

} // namespace

bool SimQueryParser::has(const QString &key) const
{
    return m_request.query.hasQueryItem(key);
}

QString SimQueryParser::text(const QString &key) const
{
    return m_request.queryValue(key);
}

Error SimQueryParser::invalid(const QString &key, const QString &why) const
{
    return httpError(422, m_apiCode, tr("invalid %1: %2").arg(key, why), key);
}

Error SimQueryParser::missing(const QString &key) const
{
    return httpError(422, m_apiCode, tr("%1 is required").arg(key), key);
}

Error SimQueryParser::bodyError(const Error &codecError)
{
    // The codec's path ("take_profit.limit_price") goes into the message, since
    // Alpaca's error body has no field key.
    const QString message = codecError.field.isEmpty()
        ? tr("request body format is invalid: %1").arg(codecError.message)
        : tr("%1: %2").arg(codecError.field, codecError.message);
    return httpError(400, TradingCode, message, codecError.field);
}

Result<std::optional<QDate>> SimQueryParser::date(const QString &key) const
{
    if (!has(key))
        return std::optional<QDate>();
    const QString value = text(key);
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || value.size() != 10)
        return invalid(key, tr("expected a date as YYYY-MM-DD"));
    return std::optional<QDate>(d);
}

Result<std::optional<Timestamp>> SimQueryParser::timestamp(const QString &key, bool endOfDay) const
{
    if (!has(key))
        return std::optional<Timestamp>();
    const QString value = text(key);
    if (value.size() == 10) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            return invalid(key, tr("expected an RFC 3339 timestamp or a YYYY-MM-DD date"));
        // sim decision: a bare date means New York midnight; as an inclusive end
        // it covers that whole New York day.
        if (endOfDay)
            return std::optional<Timestamp>(
                MarketCalendar::fromNewYork(d.addDays(1), QTime(0, 0)).addNanos(-1));
        return std::optional<Timestamp>(MarketCalendar::fromNewYork(d, QTime(0, 0)));
    }
    const Result<Timestamp> t = Timestamp::fromString(value, key);
    if (!t)
        return invalid(key, tr("expected an RFC 3339 timestamp or a YYYY-MM-DD date"));
    return std::optional<Timestamp>(t.value());
}

Result<std::optional<int>> SimQueryParser::integer(const QString &key, int min, int max) const
{
    if (!has(key))
        return std::optional<int>();
    bool ok = false;
    const qlonglong value = text(key).toLongLong(&ok);
    if (!ok)
        return invalid(key, tr("expected an integer"));
    if (value < min || value > max)
        return invalid(key, tr("must be between %1 and %2").arg(min).arg(max));
    return std::optional<int>(int(value));
}

Result<std::optional<bool>> SimQueryParser::boolean(const QString &key) const
{
    if (!has(key))
        return std::optional<bool>();
    const QString value = text(key);
    if (value == u"true")
        return std::optional<bool>(true);
    if (value == u"false")
        return std::optional<bool>(false);
    return invalid(key, tr("expected true or false"));
}

Result<std::optional<QString>> SimQueryParser::oneOf(const QString &key,
                                                     const QStringList &allowed) const
{
    if (!has(key))
        return std::optional<QString>();
    const QString value = text(key);
    if (!allowed.contains(value))
        return invalid(key, tr("expected one of %1").arg(allowed.join(QStringLiteral(", "))));
    return std::optional<QString>(value);
}

QStringList SimQueryParser::list(const QString &key) const
{
    QStringList out;
    const QStringList parts = text(key).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

} // namespace Elson
