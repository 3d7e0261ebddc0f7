// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include "jsonnumber.h"

namespace Elson::JsonDetail {

QJsonValue writeValue(const QString &value, Enc)
{
    return QJsonValue(value);
}

QJsonValue writeValue(bool value, Enc)
{
    return QJsonValue(value);
}

QJsonValue writeValue(int value, Enc)
{
    return QJsonValue(value);
}

QJsonValue writeValue(qint64 value, Enc)
{
    return QJsonValue(value);
}

QJsonValue writeValue(const Decimal &value, Enc enc)
{
    // Alpaca's trading API sends decimals as strings so no precision is lost;
    // market data and portfolio history use numbers.
    if (has(enc, Enc::Number))
        return decimalToJsonNumber(value);
    return QJsonValue(value.toString());
}

QJsonValue writeValue(const Timestamp &value, Enc enc)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (has(enc, Enc::EpochSeconds)) {
        constexpr qint64 NanosPerSecond = 1'000'000'000;
        constexpr qint64 NanosPerMilli = 1'000'000;
        const qint64 nanos = value.epochNanos();
        // Whole seconds as Alpaca sends them; a sub-second instant keeps its
        // milliseconds (the reader takes values over 10¹¹ as milliseconds).
        if (nanos % NanosPerSecond == 0)
            return QJsonValue(nanos / NanosPerSecond);
        return QJsonValue(nanos / NanosPerMilli);
    }
    return QJsonValue(value.toString());
}

QJsonValue writeValue(const QDate &value, Enc)
{
    if (!value.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(value.toString(QStringLiteral("yyyy-MM-dd")));
}

QJsonValue writeValue(const QTime &value, Enc enc)
{
    if (!value.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(value.toString(has(enc, Enc::HourMinuteCompact) ? QStringLiteral("HHmm")
                                                                      : QStringLiteral("HH:mm")));
}

QJsonValue writeValue(const QJsonObject &value, Enc)
{
    return QJsonValue(value);
}

QJsonValue writeValue(const QJsonValue &value, Enc)
{
    return value;
}

} // namespace Elson::JsonDetail
