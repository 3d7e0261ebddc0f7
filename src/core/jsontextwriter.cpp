// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontextwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

namespace Elson::JsonDetail {

namespace {

constexpr char kHex[] = "0123456789abcdef";

/** Appends ASCII @p c escaped as QJsonDocument escapes it. */
void appendAscii(QByteArray &out, char16_t c)
{
    switch (c) {
    case u'"':
        out += "\\\"";
        return;
    case u'\\':
        out += "\\\\";
        return;
    case u'\b':
        out += "\\b";
        return;
    case u'\f':
        out += "\\f";
        return;
    case u'\n':
        out += "\\n";
        return;
    case u'\r':
        out += "\\r";
        return;
    case u'\t':
        out += "\\t";
        return;
    default:
        break;
    }
    if (c < 0x20) {
        const char escaped[] = { '\\', 'u', '0', '0', kHex[(c >> 4) & 0xf], kHex[c & 0xf] };
        out.append(escaped, sizeof escaped);
        return;
    }
    out += char(c);
}

/** A value writeValue() made: strings, booleans and null written here, the rest by Qt. */
void appendValue(QByteArray &out, const QJsonValue &value)
{
    if (value.isString())
        appendJsonString(out, value.toString());
    else if (value.isNull())
        out += "null";
    else if (value.isBool())
        out += value.toBool() ? "true" : "false";
    else
        appendJsonText(out, value);
}

} // namespace

void appendJsonText(QByteArray &out, const QJsonValue &value)
{
    if (value.isObject()) {
        out += QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    } else if (value.isArray()) {
        out += QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    } else if (!value.isUndefined()) {
        // A scalar is written as the only element of an array, without the brackets.
        const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        out.append(array.constData() + 1, array.size() - 2);
    }
}

void appendJsonString(QByteArray &out, QStringView text)
{
    bool plain = true; // printable ASCII without '"' or '\\': copied as it is
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            // UTF-8 and surrogate handling as Qt does it.
            appendJsonText(out, QJsonValue(text.toString()));
            return;
        }
        plain = plain && u >= 0x20 && u != u'"' && u != u'\\';
    }
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + text.size() + 2);
        char *p = out.data() + at;
        *p++ = '"';
        for (const QChar c : text)
            *p++ = char(c.unicode());
        *p = '"';
        return;
    }
    out += '"';
    for (const QChar c : text)
        appendAscii(out, c.unicode());
    out += '"';
}

void appendJsonString(QByteArray &out, QLatin1StringView text)
{
    bool plain = true;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            appendJsonText(out, QJsonValue(QString(text)));
            return;
        }
        plain = plain && u >= 0x20 && c != '"' && c != '\\';
    }
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + text.size() + 2);
        char *p = out.data() + at;
        *p++ = '"';
        std::memcpy(p, text.data(), std::size_t(text.size()));
        p[text.size()] = '"';
        return;
    }
    out += '"';
    for (const char c : text)
        appendAscii(out, char16_t(c));
    out += '"';
}

void writeText(QByteArray &out, const QString &value, Enc)
{
    appendJsonString(out, value);
}

void writeText(QByteArray &out, bool value, Enc)
{
    out += value ? "true" : "false";
}

void writeText(QByteArray &out, int value, Enc)
{
    out += QByteArray::number(value);
}

void writeText(QByteArray &out, qint64 value, Enc enc)
{
    // Qt writes an integer beyond ±2^53 exactly too, but through its own path: leave
    // those to it.
    constexpr qint64 exact = qint64(1) << 53;
    if (value > -exact && value < exact)
        out += QByteArray::number(value);
    else
        appendJsonText(out, writeValue(value, enc));
}

// The two hot ones are written here as writeValue() has them (a decimal as its string,
// an instant as RFC 3339); a number or an epoch time is formatted by Qt.

void writeText(QByteArray &out, const Decimal &value, Enc enc)
{
    if (has(enc, Enc::Number))
        appendValue(out, writeValue(value, enc));
    else
        appendJsonString(out, value.toString());
}

void writeText(QByteArray &out, const Timestamp &value, Enc enc)
{
    if (value.isNull() || has(enc, Enc::EpochSeconds))
        appendValue(out, writeValue(value, enc));
    else
        appendJsonString(out, value.toString());
}

void writeText(QByteArray &out, const QDate &value, Enc enc)
{
    appendValue(out, writeValue(value, enc));
}

void writeText(QByteArray &out, const QTime &value, Enc enc)
{
    appendValue(out, writeValue(value, enc));
}

void writeText(QByteArray &out, const QJsonObject &value, Enc)
{
    appendJsonText(out, QJsonValue(value));
}

void writeText(QByteArray &out, const QJsonValue &value, Enc)
{
    appendJsonText(out, value); // undefined writes nothing: the key is dropped, as Qt drops it
}

void JsonTextWriter::rest(const QJsonObject &extra, std::initializer_list<const char *> known)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        bool isKnown = false;
        for (const char *name : known)
            isKnown = isKnown || it.key() == QLatin1StringView(name);
        if (isKnown) // never let an extra key overwrite a described one
            continue;
        const QString key = it.key();
        if (std::any_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() >= 0x80; })) {
            m_fallback = true;
            return;
        }
        const QByteArray &stored = m_extraKeys.emplace_back(key.toLatin1());
        m_entries.push_back({ std::string_view(stored.constData(), std::size_t(stored.size())),
                              m_values.size(), 0 });
        appendJsonText(m_values, it.value());
    }
}

bool JsonTextWriter::finish(QByteArray &out)
{
    if (m_fallback)
        return false;
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_entries[i].end = i + 1 < m_entries.size() ? m_entries[i + 1].begin : m_values.size();
    // QJsonObject keeps its keys sorted (plain code-unit order for ASCII) and a later
    // insert of a key replaces the earlier value; an undefined value removes the key.
    // (Values are written in insertion order, so `begin` orders equal keys as inserted.)
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return a.key < b.key || (a.key == b.key && a.begin < b.begin);
    });
    // Drop the replaced and the undefined; a key that would need escaping goes the slow way.
    qsizetype size = 2;
    bool plainKeys = true;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        if ((i + 1 < m_entries.size() && m_entries[i + 1].key == entry.key) || entry.end == entry.begin)
            continue;
        m_entries[kept++] = entry;
        size += qsizetype(entry.key.size()) + 4 + (entry.end - entry.begin);
        for (const char c : entry.key)
            plainKeys = plainKeys && static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\';
    }
    m_entries.resize(kept);
    if (!plainKeys) {
        out += '{';
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            const Entry &entry = m_entries[i];
            if (i > 0)
                out += ',';
            appendJsonString(out, QLatin1StringView(entry.key.data(), qsizetype(entry.key.size())));
            out += ':';
            out.append(m_values.constData() + entry.begin, entry.end - entry.begin);
        }
        out += '}';
        return true;
    }
    // One resize, then plain copies: {"key":value,…}
    const qsizetype at = out.size();
    out.resize(at + size - (m_entries.empty() ? 0 : 1));
    char *p = out.data() + at;
    *p++ = '{';
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        if (i > 0)
            *p++ = ',';
        *p++ = '"';
        std::memcpy(p, entry.key.data(), entry.key.size());
        p += entry.key.size();
        *p++ = '"';
        *p++ = ':';
        const qsizetype length = entry.end - entry.begin;
        std::memcpy(p, m_values.constData() + entry.begin, std::size_t(length));
        p += length;
    }
    *p++ = '}';
    Q_ASSERT(p == out.constData() + out.size());
    return true;
}

} // namespace Elson::JsonDetail
