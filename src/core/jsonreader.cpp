// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "jsonnumber.h"

#include <QCoreApplication>

#include <limits>

namespace Elson::JsonDetail {

namespace {

constexpr qsizetype MaxQuotedLength = 40;

QString quoted(const QString &text)
{
    if (text.size() <= MaxQuotedLength)
        return u'"' + text + u'"';
    return u'"' + text.left(MaxQuotedLength) + QStringLiteral("…\"");
}

/** What a JSON value is, for "expected …, got …" messages. */
QString describeJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
        return trJson(QT_TRANSLATE_NOOP("Elson::Json", "null"));
    case QJsonValue::Bool:
        return trJson(QT_TRANSLATE_NOOP("Elson::Json", "a boolean"));
    case QJsonValue::Double:
        return trJson(QT_TRANSLATE_NOOP("Elson::Json", "the number %1")).arg(jsonNumberText(json));
    case QJsonValue::String:
        return trJson(QT_TRANSLATE_NOOP("Elson::Json", "the string %1"))
            .arg(quoted(json.toString()));
    case QJsonValue::Array:
        return trJson(QT_TRANSLATE_NOOP("Elson::Json", "an array"));
    case QJsonValue::Object:
        return trJson(QT_TRANSLATE_NOOP("Elson::Json", "an object"));
    case QJsonValue::Undefined:
        break;
    }
    return trJson(QT_TRANSLATE_NOOP("Elson::Json", "nothing"));
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QString trJson(const char *sourceText)
{
    return QCoreApplication::translate("Elson::Json", sourceText);
}

QString Path::toString() const
{
    switch (m_kind) {
    case Kind::Root:
        return QString();
    case Kind::Index:
        return m_parent->toString() + u'[' + QString::number(m_index) + u']';
    case Kind::Key:
    case Kind::MapKey:
        break;
    }
    const QString parent = m_parent->toString();
    const QString name = m_kind == Kind::Key ? QString(m_key) : m_mapKey.toString();
    return parent.isEmpty() ? name : parent + u'.' + name;
}

bool ReadContext::fail(const Path &path, const QString &message)
{
    if (!m_error) // the first error is the cause; later ones are consequences
        m_error = Error::parse(path.toString(), message);
    return false;
}

bool ReadContext::typeMismatch(const Path &path, const char *expected, const QJsonValue &json)
{
    return fail(path,
                trJson(QT_TRANSLATE_NOOP("Elson::Json", "expected %1, got %2"))
                    .arg(trJson(expected), describeJson(json)));
}

bool ReadContext::missingKey(const Path &path)
{
    return fail(path, trJson(QT_TRANSLATE_NOOP("Elson::Json", "required key is missing")));
}

bool readEnumText(const QJsonValue &json, QString &text, const Path &path, ReadContext &ctx)
{
    if (!json.isString())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "a string"), json);
    text = json.toString();
    return true;
}

bool failEnum(ReadContext &ctx, const Path &path, const QString &text, const QString &typeName,
              const QString &valid)
{
    return ctx.fail(
        path,
        trJson(QT_TRANSLATE_NOOP("Elson::Json", "%1 is not a valid %2 (expected one of: %3)"))
            .arg(quoted(text), typeName, valid));
}

bool readValue(const QJsonValue &json, QString &out, Enc, const Path &path, ReadContext &ctx)
{
    if (!json.isString())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "a string"), json);
    out = json.toString();
    return true;
}

bool readValue(const QJsonValue &json, bool &out, Enc, const Path &path, ReadContext &ctx)
{
    if (!json.isBool())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "a boolean"), json);
    out = json.toBool();
    return true;
}

bool readValue(const QJsonValue &json, qint64 &out, Enc, const Path &path, ReadContext &ctx)
{
    // Integers are JSON numbers, but old examples quote some ("daytrade_count":"0").
    if (json.isDouble()) {
        constexpr qint64 NotAnInteger = std::numeric_limits<qint64>::min();
        const qint64 value = json.toInteger(NotAnInteger);
        if (value == NotAnInteger)
            return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "an integer"), json);
        out = value;
        return true;
    }
    if (json.isString()) {
        const QString text = json.toString();
        const QStringView digits =
            text.startsWith(u'-') ? QStringView(text).mid(1) : QStringView(text);
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || !isDigits(digits))
            return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "an integer"), json);
        out = value;
        return true;
    }
    return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "an integer"), json);
}

bool readValue(const QJsonValue &json, int &out, Enc enc, const Path &path, ReadContext &ctx)
{
    qint64 value = 0;
    if (!readValue(json, value, enc, path, ctx))
        return false;
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        return ctx.fail(path,
                        trJson(QT_TRANSLATE_NOOP("Elson::Json", "%1 is out of range")).arg(value));
    }
    out = static_cast<int>(value);
    return true;
}

bool readValue(const QJsonValue &json, Decimal &out, Enc enc, const Path &path, ReadContext &ctx)
{
    QString text;
    if (json.isString())
        text = json.toString();
    else if (json.isDouble())
        text = jsonNumberText(json);
    else if (has(enc, Enc::Number))
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "a decimal number"), json);
    else
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "a decimal string"), json);

    const auto excess =
        has(enc, Enc::Round) ? Decimal::ExcessDigits::Round : Decimal::ExcessDigits::Reject;
    Result<Decimal> value = Decimal::fromString(text, path.toString(), excess);
    if (!value)
        return ctx.fail(path, value.error().message);
    out = value.value();
    return true;
}

bool readValue(const QJsonValue &json, Timestamp &out, Enc enc, const Path &path, ReadContext &ctx)
{
    if (has(enc, Enc::EpochSeconds)) {
        qint64 value = 0;
        if (!readValue(json, value, Enc::Default, path, ctx))
            return false;
        // Seconds today; old documentation examples used milliseconds.
        constexpr qint64 MillisecondThreshold = 100'000'000'000; // 10¹¹ s is year 5138
        constexpr qint64 MaxMilliseconds = 9'000'000'000'000; // nanoseconds fit in int64
        if (value > MillisecondThreshold || value < -MillisecondThreshold) {
            if (value > MaxMilliseconds || value < -MaxMilliseconds) {
                return ctx.fail(
                    path,
                    trJson(QT_TRANSLATE_NOOP("Elson::Json", "epoch time %1 is out of range"))
                        .arg(value));
            }
            out = Timestamp::fromEpochNanos(value * 1'000'000);
        } else {
            // Below the millisecond threshold, yet beyond what nanoseconds hold (year 2262).
            out = Timestamp::fromEpochSeconds(value);
            if (out.isNull()) {
                return ctx.fail(
                    path,
                    trJson(QT_TRANSLATE_NOOP("Elson::Json", "epoch time %1 is out of range"))
                        .arg(value));
            }
        }
        return true;
    }
    if (!json.isString())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "a timestamp string"), json);
    Result<Timestamp> value = Timestamp::fromString(json.toString(), path.toString());
    if (!value)
        return ctx.fail(path, value.error().message);
    out = value.value();
    return true;
}

bool readValue(const QJsonValue &json, QDate &out, Enc, const Path &path, ReadContext &ctx)
{
    if (!json.isString())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "a date string"), json);
    const QString text = json.toString();
    // "YYYY-MM-DD"; a full RFC 3339 timestamp is accepted too and its written date kept
    // (some activity recordings carry "date":"2021-05-21T00:00:00Z").
    QStringView datePart = text;
    if (text.size() > 10) {
        if (!Timestamp::fromString(text)) {
            return ctx.fail(
                path,
                trJson(QT_TRANSLATE_NOOP("Elson::Json", "%1 is not a date (YYYY-MM-DD)"))
                    .arg(quoted(text)));
        }
        datePart = datePart.left(10);
    }
    const QDate date = QDate::fromString(datePart.toString(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid() || datePart.size() != 10) {
        return ctx.fail(path,
                        trJson(QT_TRANSLATE_NOOP("Elson::Json", "%1 is not a date (YYYY-MM-DD)"))
                            .arg(quoted(text)));
    }
    out = date;
    return true;
}

bool readValue(const QJsonValue &json, QTime &out, Enc, const Path &path, ReadContext &ctx)
{
    if (!json.isString())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "a time string"), json);
    const QString text = json.toString();
    // Calendar open/close are "HH:MM", session_open/session_close "HHMM"; accept either.
    QString digits;
    if (text.size() == 5 && text.at(2) == u':')
        digits = text.left(2) + text.mid(3);
    else if (text.size() == 4)
        digits = text;
    QTime time;
    if (isDigits(digits))
        time = QTime(digits.left(2).toInt(), digits.mid(2).toInt());
    if (!time.isValid()) {
        return ctx.fail(path,
                        trJson(QT_TRANSLATE_NOOP("Elson::Json", "%1 is not a time (HH:MM or HHMM)"))
                            .arg(quoted(text)));
    }
    out = time;
    return true;
}

bool readValue(const QJsonValue &json, QJsonObject &out, Enc, const Path &path, ReadContext &ctx)
{
    if (!json.isObject())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "an object"), json);
    out = json.toObject();
    return true;
}

bool readValue(const QJsonValue &json, QJsonValue &out, Enc, const Path &, ReadContext &)
{
    out = json;
    return true;
}

void ObjectReader::check(bool ok, const char *key, const char *message)
{
    if (ok || m_ctx.failed())
        return;
    if (key)
        m_ctx.fail(m_path.key(QLatin1StringView(key)), trJson(message));
    else
        m_ctx.fail(m_path, trJson(message));
}

void ObjectReader::rest(QJsonObject &out, std::initializer_list<const char *> known) const
{
    out = m_object;
    for (const char *name : known)
        out.remove(QLatin1StringView(name));
}

} // namespace Elson::JsonDetail
