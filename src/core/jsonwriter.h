// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the JSON codec: the writing half of the field visitor (see jsonreader.h).

#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Elson::JsonDetail {

// --- primitive values (jsonwriter.cpp)
QJsonValue writeValue(const QString &value, Enc enc);
QJsonValue writeValue(bool value, Enc enc);
QJsonValue writeValue(int value, Enc enc);
QJsonValue writeValue(qint64 value, Enc enc);
QJsonValue writeValue(const Decimal &value, Enc enc);
QJsonValue writeValue(const Timestamp &value, Enc enc);
QJsonValue writeValue(const QDate &value, Enc enc);
QJsonValue writeValue(const QTime &value, Enc enc);
QJsonValue writeValue(const QJsonObject &value, Enc enc);
QJsonValue writeValue(const QJsonValue &value, Enc enc);

template<typename E>
requires std::is_enum_v<E> QJsonValue writeValue(E value, Enc)
{
    return QJsonValue(QString(enumToWire(value)));
}

/** A tolerant enum: Unknown is written back as the text it was read from. */
template<typename E> QJsonValue writeTolerantEnum(E value, const QString &raw)
{
    if (value == E::Unknown)
        return QJsonValue(raw);
    return QJsonValue(QString(enumToWire(value)));
}

template<typename T> QJsonValue writeValue(const std::optional<T> &value, Enc enc)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    return writeValue(*value, enc);
}

template<typename T> QJsonValue writeValue(const QList<T> &values, Enc enc)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(writeValue(value, enc));
    return array;
}

template<typename T> QJsonValue writeValue(const QMap<QString, T> &values, Enc enc)
{
    QJsonObject object;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        object.insert(it.key(), writeValue(it.value(), enc));
    return object;
}

// --- "absent" for opt (written as null) and omit (left out)
inline bool isNullish(const QString &v, Enc enc)
{
    return v.isEmpty() && !has(enc, Enc::EmptyString);
}
inline bool isNullish(const Timestamp &v, Enc)
{
    return v.isNull();
}
inline bool isNullish(const QDate &v, Enc)
{
    return !v.isValid();
}
inline bool isNullish(const QTime &v, Enc)
{
    return !v.isValid();
}
template<typename T> bool isNullish(const std::optional<T> &v, Enc)
{
    return !v.has_value();
}
template<typename T> bool isNullish(const QList<T> &v, Enc enc)
{
    return has(enc, Enc::NullIfEmpty) && v.isEmpty();
}
template<typename T> bool isNullish(const T &, Enc)
{
    return false;
} // numbers, bools, enums, objects: always written

// omit leaves out the default: false, 0, empty, null.
inline bool isAbsent(bool v)
{
    return !v;
}
inline bool isAbsent(int v)
{
    return v == 0;
}
inline bool isAbsent(qint64 v)
{
    return v == 0;
}
inline bool isAbsent(const QJsonObject &v)
{
    return v.isEmpty();
}
template<typename T> bool isAbsent(const QList<T> &v)
{
    return v.isEmpty();
}
template<typename T> bool isAbsent(const QMap<QString, T> &v)
{
    return v.isEmpty();
}
template<typename T> bool isAbsent(const T &v)
{
    return isNullish(v, Enc::NullIfEmpty);
}

/** The writing visitor; same vocabulary as ObjectReader. */
class ObjectWriter final
{
public:
    static constexpr bool isReader = false;

    template<typename T> void req(const char *key, const T &value, Enc enc = Enc::Default)
    {
        m_object.insert(QLatin1StringView(key), writeValue(value, enc));
    }

    template<typename T> void opt(const char *key, const T &value, Enc enc = Enc::Default)
    {
        if (isNullish(value, enc))
            m_object.insert(QLatin1StringView(key), QJsonValue(QJsonValue::Null));
        else
            m_object.insert(QLatin1StringView(key), writeValue(value, enc));
    }

    template<typename T> void omit(const char *key, const T &value, Enc enc = Enc::Default)
    {
        if (!isAbsent(value))
            m_object.insert(QLatin1StringView(key), writeValue(value, enc));
    }

    template<typename E> void req(const char *key, const E &value, const QString &raw)
    {
        m_object.insert(QLatin1StringView(key), writeTolerantEnum(value, raw));
    }

    template<typename E>
    void opt(const char *key, const std::optional<E> &value, const QString &raw)
    {
        m_object.insert(QLatin1StringView(key),
                        value ? writeTolerantEnum(*value, raw) : QJsonValue(QJsonValue::Null));
    }

    template<typename E>
    void omit(const char *key, const std::optional<E> &value, const QString &raw)
    {
        if (value)
            m_object.insert(QLatin1StringView(key), writeTolerantEnum(*value, raw));
    }

    template<typename T> void writeOnly(const char *key, const T &value, Enc enc = Enc::Default)
    {
        req(key, value, enc);
    }

    void check(bool, const char *, const char *) { }

    void rest(const QJsonObject &extra, std::initializer_list<const char *> known)
    {
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
            bool isKnown = false;
            for (const char *name : known)
                isKnown = isKnown || it.key() == QLatin1StringView(name);
            if (!isKnown) // never let an extra key overwrite a described one
                m_object.insert(it.key(), it.value());
        }
    }

    [[nodiscard]] const QJsonObject &object() const { return m_object; }
    QJsonObject &object() { return m_object; }

private:
    QJsonObject m_object;
};

/** Writes an object through its describe() template. */
template<typename T> QJsonObject writeObject(const T &value)
{
    ObjectWriter writer;
    describe(writer, value);
    return writer.object();
}

} // namespace Elson::JsonDetail
