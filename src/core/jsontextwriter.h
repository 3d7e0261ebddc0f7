// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the JSON codec: Json::serialize() writes compact JSON text straight
// from describe(), byte for byte what QJsonDocument::toJson(Compact) writes for
// the QJsonValue that Json::toJson() builds (keys in QJsonObject's order, Qt's
// string escapes), without building that QJsonValue: a QJsonObject re-sorts its
// CBOR storage on every insert and QJsonDocument then re-encodes every string,
// which made serialising an order cost more than everything else a simulated
// POST /v2/orders does. Anything unusual (a number from a Decimal, a non-ASCII
// string or key, a kept QJsonObject) is written by Qt itself.

#include "jsonwriter.h"

#include <QByteArray>
#include <QMap>
#include <QStringView>

#include <string_view>
#include <utility>
#include <vector>

namespace Elson::JsonDetail {

/** Appends what QJsonDocument writes for @p value (as an array element, for a scalar). */
void appendJsonText(QByteArray &out, const QJsonValue &value);
/** Appends @p text as a JSON string, escaped exactly as QJsonDocument escapes it. */
void appendJsonString(QByteArray &out, QStringView text);
void appendJsonString(QByteArray &out, QLatin1StringView text);

void writeText(QByteArray &out, const QString &value, Enc enc);
void writeText(QByteArray &out, bool value, Enc enc);
void writeText(QByteArray &out, int value, Enc enc);
void writeText(QByteArray &out, qint64 value, Enc enc);
void writeText(QByteArray &out, const Decimal &value, Enc enc);
void writeText(QByteArray &out, const Timestamp &value, Enc enc);
void writeText(QByteArray &out, const QDate &value, Enc enc);
void writeText(QByteArray &out, const QTime &value, Enc enc);
void writeText(QByteArray &out, const QJsonObject &value, Enc enc);
void writeText(QByteArray &out, const QJsonValue &value, Enc enc);

template<typename E>
requires std::is_enum_v<E> void writeText(QByteArray &out, E value, Enc)
{
    appendJsonString(out, enumToWire(value));
}

template<typename E> void writeTolerantEnumText(QByteArray &out, E value, const QString &raw)
{
    if (value == E::Unknown)
        appendJsonString(out, raw);
    else
        appendJsonString(out, enumToWire(value));
}

template<typename T> void writeText(QByteArray &out, const std::optional<T> &value, Enc enc)
{
    if (!value)
        out += "null";
    else
        writeText(out, *value, enc);
}

template<typename T> void writeText(QByteArray &out, const QList<T> &values, Enc enc)
{
    out += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        writeText(out, values.at(i), enc);
    }
    out += ']';
}

template<typename T> void writeText(QByteArray &out, const QMap<QString, T> &values, Enc enc)
{
    // QMap orders keys as QString does, QJsonObject as Qt's CBOR map does: the same for
    // ASCII keys (all Alpaca's); anything else is left to Qt.
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        for (const QChar c : it.key()) {
            if (c.unicode() >= 0x80) {
                appendJsonText(out, writeValue(values, enc));
                return;
            }
        }
    }
    out += '{';
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it != values.constBegin())
            out += ',';
        appendJsonString(out, it.key());
        out += ':';
        writeText(out, it.value(), enc);
    }
    out += '}';
}

/**
 * The text-writing visitor, with ObjectWriter's vocabulary: each key's value is
 * written as it comes, then finish() puts the keys in QJsonObject's order.
 */
class JsonTextWriter final
{
public:
    static constexpr bool isReader = false;

    template<typename T> void req(const char *key, const T &value, Enc enc = Enc::Default)
    {
        writeText(begin(key), value, enc);
    }

    // Values are written one after another into one buffer; each key remembers where
    // its value starts (it ends where the next one starts).

    template<typename T> void opt(const char *key, const T &value, Enc enc = Enc::Default)
    {
        if (isNullish(value, enc))
            begin(key) += "null";
        else
            writeText(begin(key), value, enc);
    }

    template<typename T> void omit(const char *key, const T &value, Enc enc = Enc::Default)
    {
        if (!isAbsent(value))
            writeText(begin(key), value, enc);
    }

    template<typename E> void req(const char *key, const E &value, const QString &raw)
    {
        writeTolerantEnumText(begin(key), value, raw);
    }

    template<typename E>
    void opt(const char *key, const std::optional<E> &value, const QString &raw)
    {
        if (value)
            writeTolerantEnumText(begin(key), *value, raw);
        else
            begin(key) += "null";
    }

    template<typename E>
    void omit(const char *key, const std::optional<E> &value, const QString &raw)
    {
        if (value)
            writeTolerantEnumText(begin(key), *value, raw);
    }

    template<typename T> void writeOnly(const char *key, const T &value, Enc enc = Enc::Default)
    {
        req(key, value, enc);
    }

    void check(bool, const char *, const char *) { }

    /** Extra keys kept from a parsed object; a non-ASCII one hands the object to Qt. */
    void rest(const QJsonObject &extra, std::initializer_list<const char *> known);

    /** False if the object must be written by Qt instead (see rest()). */
    [[nodiscard]] bool finish(QByteArray &out);

private:
    struct Entry
    {
        std::string_view key; ///< latin1: a literal, or one of m_extraKeys
        qsizetype begin = 0; ///< of its value in m_values
        qsizetype end = 0;
    };

    QByteArray &begin(const char *key)
    {
        m_entries.push_back({ std::string_view(key), m_values.size(), 0 });
        return m_values;
    }

    std::vector<Entry> m_entries;
    std::vector<QByteArray> m_extraKeys; ///< keys of rest(): stable storage for their views
    QByteArray m_values;
    bool m_fallback = false;
};

/** Writes an object through its describe() template (Qt writes it if the writer declines). */
template<typename T> void writeObjectText(QByteArray &out, const T &value)
{
    JsonTextWriter writer;
    describe(writer, value);
    if (!writer.finish(out))
        appendJsonText(out, QJsonValue(writeObject(value)));
}

} // namespace Elson::JsonDetail
