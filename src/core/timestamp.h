// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>

namespace Elson {

/**
 * An RFC 3339 instant with nanosecond precision and the UTC offset it was written
 * with. Alpaca sends 0–9 fractional digits and offsets such as "Z" or "-04:00";
 * QDateTime keeps only milliseconds, which is not enough to page orders by
 * submitted_at, so the instant is kept as nanoseconds since the Unix epoch.
 * Comparison is by instant only.
 *
 * Instants are limited to what int64 nanoseconds hold: 1677-09-21T00:12:43.145224192Z
 * to 2262-04-11T23:47:16.854775807Z. Offsets are whole minutes within ±23:59.
 */
class Timestamp final
{
    Q_DECLARE_TR_FUNCTIONS(Timestamp)

public:
    constexpr Timestamp() = default; ///< null

    /**
     * Parses "YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM)". Lower-case 't'/'z' and a
     * space instead of 'T' are accepted; anything else is an error naming @p field.
     * Invalid dates (Feb 30), hour 24, leap second 60 and offsets beyond ±23:59 are
     * errors (code Parse); an instant outside the range is an error with code Overflow.
     */
    static Result<Timestamp> fromString(QStringView text, const QString &field = {});
    /**
     * Millisecond precision; the offset is taken from the QDateTime. Null for an
     * invalid or out-of-range QDateTime.
     */
    static Timestamp fromDateTime(const QDateTime &dateTime);
    /**
     * An offset that RFC 3339 cannot write (not whole minutes, or beyond ±23:59,
     * e.g. a historical local mean time) is replaced by UTC: the instant is kept.
     */
    static Timestamp fromEpochNanos(std::int64_t nanos, int offsetSeconds = 0);
    /** Null if the instant is outside the range. */
    static Timestamp fromEpochSeconds(std::int64_t seconds, int offsetSeconds = 0);

    [[nodiscard]] bool isNull() const { return m_null; }
    [[nodiscard]] std::int64_t epochNanos() const { return m_nanos; }
    [[nodiscard]] std::int64_t epochSeconds() const; ///< floor
    [[nodiscard]] int offsetSeconds() const { return m_offsetSeconds; }

    /** The instant as a QDateTime (milliseconds, truncated toward the past) at the same offset. */
    [[nodiscard]] QDateTime toDateTime() const;
    /**
     * RFC 3339 at the remembered offset ("Z" for UTC) with the fractional digits
     * it was parsed with (or as many as needed when built from a number, or when
     * arithmetic added finer digits). A parsed "+00:00" or "-00:00" is written back
     * as such. Empty for a null timestamp.
     */
    [[nodiscard]] QString toString() const;
    /** RFC 3339 in UTC with exactly @p fractionDigits digits (0–9), truncated toward the past. */
    [[nodiscard]] QString toUtcString(int fractionDigits = 9) const;
    /** The same instant expressed at another offset (UTC if RFC 3339 cannot write it). */
    [[nodiscard]] Timestamp withOffset(int offsetSeconds) const;
    /** Null if this is null or the result is outside the range. */
    [[nodiscard]] Timestamp addNanos(std::int64_t nanos) const;
    /** Null if this is null or the result is outside the range. */
    [[nodiscard]] Timestamp addSeconds(std::int64_t seconds) const;

    friend bool operator==(const Timestamp &a, const Timestamp &b)
    {
        return a.m_null == b.m_null && a.m_nanos == b.m_nanos;
    }
    /** Null sorts before every instant. */
    friend std::strong_ordering operator<=>(const Timestamp &a, const Timestamp &b)
    {
        if (a.m_null || b.m_null)
            return b.m_null <=> a.m_null;
        return a.m_nanos <=> b.m_nanos;
    }

private:
    std::int64_t m_nanos = 0;
    std::int32_t m_offsetSeconds = 0;
    std::int8_t m_fractionDigits = -1; ///< -1: as many as needed
    bool m_null = true;
    /// How a zero offset was written, for exact round trips: 0 "Z", 1 "+00:00", 2 "-00:00".
    std::int8_t m_zeroOffsetStyle = 0;
};

} // namespace Elson

Q_DECLARE_METATYPE(Elson::Timestamp)
