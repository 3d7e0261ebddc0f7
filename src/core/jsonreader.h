// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the JSON codec (jsoncodec.h is the public API): the reading half of
// the field visitor. Each domain type lists its fields once in a
// `describe(V &visitor, S &value)` template (codec*.cpp); ObjectReader runs that
// description against a JSON object, ObjectWriter (jsonwriter.h) against a value.

#include "decimal.h"
#include "enums.h"
#include "error.h"
#include "timestamp.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>
#include <QTime>

#include <initializer_list>
#include <optional>
#include <type_traits>

namespace Elson::JsonDetail {

/** How a value is spelled on the wire where its C++ type alone does not say. */
enum class Enc : unsigned {
    Default = 0,
    Number = 1u << 0, ///< a decimal written as a JSON number (market data, arrays)
    Round = 1u << 1, ///< more than 9 fractional digits are rounded, not rejected (ratios)
    EpochSeconds = 1u << 2, ///< a timestamp as epoch seconds (> 10¹¹: milliseconds)
    HourMinute = 1u << 3, ///< a time as "HH:MM" (reads "HHMM" too)
    HourMinuteCompact = 1u << 4, ///< a time as "HHMM" (reads "HH:MM" too)
    NullIfEmpty = 1u << 5, ///< an optional list written as null rather than []
    EmptyString = 1u << 6, ///< an optional string written as "" rather than null
};

constexpr Enc operator|(Enc a, Enc b)
{
    return static_cast<Enc>(static_cast<unsigned>(a) | static_cast<unsigned>(b));
}

constexpr bool has(Enc set, Enc flag)
{
    return (static_cast<unsigned>(set) & static_cast<unsigned>(flag)) != 0;
}

/**
 * A JSON path built on the stack as the reader descends ("legs[1].stop_price",
 * "bars.AAPL[3].t"). Nothing is allocated unless an error needs the text. A child
 * refers to its parent, so it must not outlive it.
 */
class Path final
{
public:
    Path() = default; ///< the root, written as ""

    [[nodiscard]] Path key(QLatin1StringView name) const
    {
        return Path(this, Kind::Key, name, {}, -1);
    }
    [[nodiscard]] Path mapKey(QStringView name) const
    {
        return Path(this, Kind::MapKey, {}, name, -1);
    }
    [[nodiscard]] Path index(qsizetype i) const { return Path(this, Kind::Index, {}, {}, i); }
    [[nodiscard]] QString toString() const;

private:
    enum class Kind : quint8 { Root, Key, MapKey, Index };
    Path(const Path *parent, Kind kind, QLatin1StringView key, QStringView mapKey, qsizetype index)
        : m_parent(parent)
        , m_key(key)
        , m_mapKey(mapKey)
        , m_index(index)
        , m_kind(kind)
    {
    }

    const Path *m_parent = nullptr;
    QLatin1StringView m_key;
    QStringView m_mapKey;
    qsizetype m_index = -1;
    Kind m_kind = Kind::Root;
};

/** Collects the first error of a parse; later reads are skipped once it is set. */
class ReadContext final
{
public:
    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    /** Records an error at @p path; always returns false so readers can `return ctx.fail(…)`. */
    bool fail(const Path &path, const QString &message);
    /** "expected <expected>, got <what json is>"; @p expected is a QT_TRANSLATE_NOOP text. */
    bool typeMismatch(const Path &path, const char *expected, const QJsonValue &json);
    bool missingKey(const Path &path);
    [[nodiscard]] Error error() const { return m_error.value_or(Error()); }

private:
    std::optional<Error> m_error;
};

/** Translates a message of the "Elson::Json" context (messages are marked with QT_TRANSLATE_NOOP).
 */
QString trJson(const char *sourceText);

// --- primitive values (jsonreader.cpp). A non-optional value never accepts null.
bool readValue(const QJsonValue &json, QString &out, Enc enc, const Path &path, ReadContext &ctx);
bool readValue(const QJsonValue &json, bool &out, Enc enc, const Path &path, ReadContext &ctx);
bool readValue(const QJsonValue &json, int &out, Enc enc, const Path &path, ReadContext &ctx);
bool readValue(const QJsonValue &json, qint64 &out, Enc enc, const Path &path, ReadContext &ctx);
bool readValue(const QJsonValue &json, Decimal &out, Enc enc, const Path &path, ReadContext &ctx);
bool readValue(const QJsonValue &json, Timestamp &out, Enc enc, const Path &path, ReadContext &ctx);
bool readValue(const QJsonValue &json, QDate &out, Enc enc, const Path &path, ReadContext &ctx);
bool readValue(const QJsonValue &json, QTime &out, Enc enc, const Path &path, ReadContext &ctx);
bool readValue(const QJsonValue &json, QJsonObject &out, Enc enc, const Path &path,
               ReadContext &ctx);
bool readValue(const QJsonValue &json, QJsonValue &out, Enc enc, const Path &path,
               ReadContext &ctx);

/** The string of an enum field; false (with the error recorded) when it is not a string. */
bool readEnumText(const QJsonValue &json, QString &text, const Path &path, ReadContext &ctx);
/** Records "\"x\" is not a valid <type> (expected one of: …)"; returns false. */
bool failEnum(ReadContext &ctx, const Path &path, const QString &text, const QString &typeName,
              const QString &valid);

/** A strict enum: a value outside the table is an error naming the field. */
template<typename E>
requires std::is_enum_v<E>
bool readValue(const QJsonValue &json, E &out, Enc, const Path &path, ReadContext &ctx)
{
    QString text;
    if (!readEnumText(json, text, path, ctx))
        return false;
    if (const std::optional<E> value = enumFromWire<E>(text)) {
        out = *value;
        return true;
    }
    return failEnum(ctx, path, text, enumTypeName<E>(), enumWireList<E>());
}

/** A tolerant enum: an unknown value becomes E::Unknown and @p raw keeps the text. */
template<typename E>
bool readTolerantEnum(const QJsonValue &json, E &out, QString &raw, const Path &path,
                      ReadContext &ctx)
{
    QString text;
    if (!readEnumText(json, text, path, ctx))
        return false;
    if (const std::optional<E> value = enumFromWire<E>(text)) {
        out = *value;
        raw.clear();
    } else {
        out = E::Unknown;
        raw = text;
    }
    return true;
}

template<typename T>
bool readValue(const QJsonValue &json, std::optional<T> &out, Enc enc, const Path &path,
               ReadContext &ctx)
{
    if (json.isNull() || json.isUndefined()) {
        out.reset();
        return true;
    }
    out.emplace();
    return readValue(json, *out, enc, path, ctx);
}

template<typename T>
bool readValue(const QJsonValue &json, QList<T> &out, Enc enc, const Path &path, ReadContext &ctx)
{
    if (!json.isArray())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "an array"), json);
    const QJsonArray array = json.toArray();
    out.clear();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!readValue(array.at(i), out.emplace_back(), enc, path.index(i), ctx))
            return false;
    }
    return true;
}

template<typename T>
bool readValue(const QJsonValue &json, QMap<QString, T> &out, Enc enc, const Path &path,
               ReadContext &ctx)
{
    if (!json.isObject())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "an object"), json);
    const QJsonObject object = json.toObject();
    out.clear();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (!readValue(it.value(), out[key], enc, path.mapKey(key), ctx))
            return false;
    }
    return true;
}

template<typename T> inline constexpr bool isOptional = false;
template<typename T> inline constexpr bool isOptional<std::optional<T>> = true;

/** `S` is `T` or `const T`: lets one describe() template serve reader and writer. */
template<typename S, typename T>
concept Is = std::is_same_v<std::remove_const_t<S>, T>;

/**
 * The reading visitor. req: the key must be present and not null. opt: missing or
 * null leaves the default (nullopt, null timestamp, empty string, false…). omit:
 * read like opt; the writer leaves the key out when the value is absent.
 */
class ObjectReader final
{
public:
    static constexpr bool isReader = true;

    ObjectReader(const QJsonObject &object, const Path &path, ReadContext &ctx)
        : m_object(object)
        , m_path(path)
        , m_ctx(ctx)
    {
    }

    template<typename T> void req(const char *key, T &out, Enc enc = Enc::Default)
    {
        if (m_ctx.failed())
            return;
        const QLatin1StringView name(key);
        const Path path = m_path.key(name);
        const auto it = m_object.constFind(name);
        if (it == m_object.constEnd()) {
            m_ctx.missingKey(path);
            return;
        }
        if constexpr (isOptional<T>) // required: read the inner type, which refuses null
            readValue(it.value(), out.emplace(), enc, path, m_ctx);
        else
            readValue(it.value(), out, enc, path, m_ctx);
    }

    template<typename T> void opt(const char *key, T &out, Enc enc = Enc::Default)
    {
        if (m_ctx.failed())
            return;
        const QLatin1StringView name(key);
        const QJsonValue value = m_object.value(name);
        if (value.isNull() || value.isUndefined()) {
            out = T {};
            return;
        }
        readValue(value, out, enc, m_path.key(name), m_ctx);
    }

    template<typename T> void omit(const char *key, T &out, Enc enc = Enc::Default)
    {
        opt(key, out, enc);
    }

    /** A required tolerant enum (status, event): unknown text goes to @p raw. */
    template<typename E> void req(const char *key, E &out, QString &raw)
    {
        if (m_ctx.failed())
            return;
        const QLatin1StringView name(key);
        const Path path = m_path.key(name);
        const auto it = m_object.constFind(name);
        if (it == m_object.constEnd()) {
            m_ctx.missingKey(path);
            return;
        }
        readTolerantEnum(it.value(), out, raw, path, m_ctx);
    }

    /** An optional tolerant enum. */
    template<typename E> void omit(const char *key, std::optional<E> &out, QString &raw)
    {
        if (m_ctx.failed())
            return;
        const QLatin1StringView name(key);
        const QJsonValue value = m_object.value(name);
        out.reset();
        raw.clear();
        if (value.isNull() || value.isUndefined())
            return;
        readTolerantEnum(value, out.emplace(), raw, m_path.key(name), m_ctx);
    }

    template<typename E> void opt(const char *key, std::optional<E> &out, QString &raw)
    {
        omit(key, out, raw);
    }

    /** A key only written (a deprecated copy such as order_type); ignored when reading. */
    template<typename T> void writeOnly(const char *, const T &, Enc = Enc::Default) { }

    /**
     * A rule across fields, checked after they were read: fails at @p key (or at the
     * object itself when null) with the QT_TRANSLATE_NOOP text @p message.
     */
    void check(bool ok, const char *key, const char *message);

    /** Every key not in @p known, kept verbatim (Alpaca error bodies). */
    void rest(QJsonObject &out, std::initializer_list<const char *> known) const;

    [[nodiscard]] const QJsonObject &object() const { return m_object; }
    [[nodiscard]] const Path &path() const { return m_path; }
    [[nodiscard]] ReadContext &context() const { return m_ctx; }
    [[nodiscard]] bool failed() const { return m_ctx.failed(); }

private:
    const QJsonObject &m_object;
    const Path &m_path;
    ReadContext &m_ctx;
};

/** Reads an object through its describe() template. */
template<typename T>
bool readObject(const QJsonValue &json, T &out, const Path &path, ReadContext &ctx)
{
    if (!json.isObject())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "an object"), json);
    out = T {};
    const QJsonObject object = json.toObject();
    ObjectReader reader(object, path, ctx);
    describe(reader, out);
    return !ctx.failed();
}

} // namespace Elson::JsonDetail
