// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamp.h"

#include <limits>

namespace Elson {

namespace {

// -Wpedantic objects to the bare keyword; __extension__ marks the use as deliberate.
__extension__ typedef __int128 Int128; // NOLINT(modernize-use-using)

constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
constexpr std::int64_t kNanosPerMilli = 1'000'000;
constexpr std::int64_t kSecondsPerDay = 86'400;
constexpr int kMaxOffsetSeconds = 23 * 3600 + 59 * 60;

bool fitsInNanos(Int128 v)
{
    return v >= std::numeric_limits<std::int64_t>::min()
        && v <= std::numeric_limits<std::int64_t>::max();
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

Int128 floorDiv128(Int128 a, Int128 b)
{
    const Int128 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Howard Hinnant's days_from_civil: proleptic Gregorian date → days since 1970-01-01.
std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct CivilDate
{
    std::int64_t year = 1970;
    int month = 1;
    int day = 1;
};

// The inverse, civil_from_days.
CivilDate civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    CivilDate date;
    date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    date.year = yoe + era * 400 + (date.month <= 2 ? 1 : 0);
    return date;
}

bool isLeapYear(std::int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(std::int64_t y, int m)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

bool isRepresentableOffset(int offsetSeconds)
{
    return offsetSeconds % 60 == 0 && offsetSeconds >= -kMaxOffsetSeconds
        && offsetSeconds <= kMaxOffsetSeconds;
}

// Fewest fractional digits (0–9) that show the nanoseconds exactly.
int neededFractionDigits(std::int64_t nanosOfSecond)
{
    if (nanosOfSecond == 0)
        return 0;
    int digits = 9;
    while (nanosOfSecond % 10 == 0) {
        nanosOfSecond /= 10;
        --digits;
    }
    return digits;
}

/** Writes @p value (≥ 0) zero-padded to @p width digits at @p out; returns the end. */
char16_t *putNumber(char16_t *out, std::int64_t value, int width)
{
    char buffer[24];
    int count = 0;
    do {
        buffer[count++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int pad = count; pad < width; ++pad)
        *out++ = u'0';
    while (count > 0)
        *out++ = char16_t(buffer[--count]);
    return out;
}

/// Room for "YYYY-MM-DDTHH:MM:SS.fffffffff" and an offset, with years of any width.
constexpr int kFormatBuffer = 64;

// Writes "YYYY-MM-DDTHH:MM:SS[.fff]" for the wall-clock time at local nanoseconds
// (instant + offset) into a buffer of kFormatBuffer; returns the end. Built in place:
// every serialised order writes several of these.
char16_t *putLocal(char16_t *out, Int128 localNanos, int fractionDigits)
{
    std::int64_t secondsInt = 0;
    std::int64_t nanosOfSecond = 0;
    if (localNanos >= std::numeric_limits<std::int64_t>::min()
        && localNanos <= std::numeric_limits<std::int64_t>::max()) {
        const auto nanos = static_cast<std::int64_t>(localNanos);
        secondsInt = floorDiv(nanos, kNanosPerSecond);
        // The floored remainder, without secondsInt × 10⁹, which overflows near the minimum.
        nanosOfSecond = nanos % kNanosPerSecond;
        if (nanosOfSecond < 0)
            nanosOfSecond += kNanosPerSecond;
    } else {
        const Int128 seconds = floorDiv128(localNanos, kNanosPerSecond);
        nanosOfSecond = static_cast<std::int64_t>(localNanos - seconds * kNanosPerSecond);
        secondsInt = static_cast<std::int64_t>(seconds);
    }
    const std::int64_t days = floorDiv(secondsInt, kSecondsPerDay);
    const std::int64_t secondOfDay = secondsInt - days * kSecondsPerDay;
    const CivilDate date = civilFromDays(days);

    out = putNumber(out, date.year, 4);
    *out++ = u'-';
    out = putNumber(out, date.month, 2);
    *out++ = u'-';
    out = putNumber(out, date.day, 2);
    *out++ = u'T';
    out = putNumber(out, secondOfDay / 3600, 2);
    *out++ = u':';
    out = putNumber(out, secondOfDay / 60 % 60, 2);
    *out++ = u':';
    out = putNumber(out, secondOfDay % 60, 2);
    if (fractionDigits > 0) {
        *out++ = u'.';
        std::int64_t divisor = kNanosPerSecond / 10;
        for (int i = 0; i < fractionDigits; ++i) {
            *out++ = char16_t('0' + (nanosOfSecond / divisor) % 10);
            divisor /= 10;
        }
    }
    return out;
}

int digitAt(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return -1;
    const char16_t c = text[i].unicode();
    return c >= u'0' && c <= u'9' ? c - u'0' : -1;
}

// A fixed-width unsigned number at text[i..i+width), or -1.
int numberAt(QStringView text, qsizetype i, int width)
{
    int value = 0;
    for (int k = 0; k < width; ++k) {
        const int d = digitAt(text, i + k);
        if (d < 0)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

bool charAt(QStringView text, qsizetype i, char16_t c)
{
    return i < text.size() && text[i] == c;
}

QString quoted(QStringView text)
{
    constexpr qsizetype maxShown = 48;
    if (text.size() <= maxShown)
        return text.toString();
    return text.left(maxShown - 1).toString() + QChar(0x2026);
}

} // namespace

Result<Timestamp> Timestamp::fromString(QStringView text, const QString &field)
{
    if (text.isEmpty())
        return Error::parse(field, tr("the value is empty; expected an RFC 3339 timestamp"));
    const QString shown = quoted(text);
    const auto malformed = [&] {
        return Error::parse(field,
                            tr("\"%1\" is not an RFC 3339 timestamp "
                               "(YYYY-MM-DDTHH:MM:SS[.fraction] then Z or ±HH:MM)")
                                .arg(shown));
    };

    const int year = numberAt(text, 0, 4);
    const int month = numberAt(text, 5, 2);
    const int day = numberAt(text, 8, 2);
    const int hour = numberAt(text, 11, 2);
    const int minute = numberAt(text, 14, 2);
    const int second = numberAt(text, 17, 2);
    const bool dateTimeSeparator =
        charAt(text, 10, u'T') || charAt(text, 10, u't') || charAt(text, 10, u' ');
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0
        || !charAt(text, 4, u'-') || !charAt(text, 7, u'-') || !dateTimeSeparator
        || !charAt(text, 13, u':') || !charAt(text, 16, u':')) {
        return malformed();
    }

    qsizetype i = 19;
    std::int64_t fraction = 0;
    int fractionDigits = 0;
    if (charAt(text, i, u'.')) {
        ++i;
        while (digitAt(text, i) >= 0) {
            if (fractionDigits < 9)
                fraction = fraction * 10 + digitAt(text, i);
            ++fractionDigits;
            ++i;
        }
        if (fractionDigits == 0)
            return Error::parse(
                field, tr("\"%1\" needs digits after the decimal point of the seconds").arg(shown));
        if (fractionDigits > 9)
            return Error::parse(
                field,
                tr("\"%1\" has %2 fractional digits; at most 9 fractional digits are allowed")
                    .arg(shown)
                    .arg(fractionDigits));
        for (int k = fractionDigits; k < 9; ++k)
            fraction *= 10;
    }

    int offsetSeconds = 0;
    std::int8_t zeroOffsetStyle = 0;
    if (i == text.size())
        return Error::parse(field,
                            tr("\"%1\" has no UTC offset; it must end in Z or ±HH:MM").arg(shown));
    if (charAt(text, i, u'Z') || charAt(text, i, u'z')) {
        ++i;
    } else if (charAt(text, i, u'+') || charAt(text, i, u'-')) {
        const bool negative = text[i] == u'-';
        const int offsetHours = numberAt(text, i + 1, 2);
        const int offsetMinutes = numberAt(text, i + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || !charAt(text, i + 3, u':'))
            return malformed();
        if (offsetHours > 23 || offsetMinutes > 59)
            return Error::parse(
                field, tr("\"%1\" has a UTC offset out of range; at most ±23:59").arg(shown));
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (negative ? -1 : 1);
        if (offsetSeconds == 0)
            zeroOffsetStyle = negative ? 2 : 1;
        i += 6;
    } else {
        return malformed();
    }
    if (i != text.size())
        return malformed();

    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return Error::parse(field, tr("\"%1\" is not a valid calendar date").arg(shown));
    if (hour > 23 || minute > 59 || second > 59) {
        return Error::parse(field,
                            tr("\"%1\" has a time of day out of range "
                               "(hours 00–23, minutes and seconds 00–59)")
                                .arg(shown));
    }

    const std::int64_t localSeconds = daysFromCivil(year, month, day) * kSecondsPerDay
        + std::int64_t(hour) * 3600 + std::int64_t(minute) * 60 + second;
    const Int128 nanos =
        static_cast<Int128>(localSeconds - offsetSeconds) * kNanosPerSecond + fraction;
    if (!fitsInNanos(nanos)) {
        return Error::overflow(field,
                               tr("\"%1\" is outside the supported range "
                                  "(1677-09-21 to 2262-04-11 UTC)")
                                   .arg(shown));
    }

    Timestamp t;
    t.m_null = false;
    t.m_nanos = static_cast<std::int64_t>(nanos);
    t.m_offsetSeconds = offsetSeconds;
    t.m_fractionDigits = static_cast<std::int8_t>(fractionDigits);
    t.m_zeroOffsetStyle = zeroOffsetStyle;
    return t;
}

Timestamp Timestamp::fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const Int128 nanos = static_cast<Int128>(dateTime.toMSecsSinceEpoch()) * kNanosPerMilli;
    if (!fitsInNanos(nanos))
        return {};
    return fromEpochNanos(static_cast<std::int64_t>(nanos), dateTime.offsetFromUtc());
}

Timestamp Timestamp::fromEpochNanos(std::int64_t nanos, int offsetSeconds)
{
    Timestamp t;
    t.m_null = false;
    t.m_nanos = nanos;
    t.m_offsetSeconds = isRepresentableOffset(offsetSeconds) ? offsetSeconds : 0;
    return t;
}

Timestamp Timestamp::fromEpochSeconds(std::int64_t seconds, int offsetSeconds)
{
    const Int128 nanos = static_cast<Int128>(seconds) * kNanosPerSecond;
    if (!fitsInNanos(nanos))
        return {};
    return fromEpochNanos(static_cast<std::int64_t>(nanos), offsetSeconds);
}

std::int64_t Timestamp::epochSeconds() const
{
    return floorDiv(m_nanos, kNanosPerSecond);
}

QDateTime Timestamp::toDateTime() const
{
    if (m_null)
        return {};
    return QDateTime::fromMSecsSinceEpoch(floorDiv(m_nanos, kNanosPerMilli), Qt::OffsetFromUTC,
                                          m_offsetSeconds);
}

QString Timestamp::toString() const
{
    if (m_null)
        return {};
    std::int64_t nanosOfSecond = m_nanos % kNanosPerSecond;
    if (nanosOfSecond < 0)
        nanosOfSecond += kNanosPerSecond;
    const int needed = neededFractionDigits(nanosOfSecond);
    const int digits = m_fractionDigits > needed ? m_fractionDigits : needed;
    char16_t buffer[kFormatBuffer];
    char16_t *end = putLocal(buffer,
                             static_cast<Int128>(m_nanos)
                                 + static_cast<Int128>(m_offsetSeconds) * kNanosPerSecond,
                             digits);
    if (m_offsetSeconds == 0 && m_zeroOffsetStyle == 0) {
        *end++ = u'Z';
    } else {
        const int minutes = (m_offsetSeconds < 0 ? -m_offsetSeconds : m_offsetSeconds) / 60;
        // A zero offset written "-00:00" keeps its sign.
        const bool minus = m_offsetSeconds < 0 || (m_offsetSeconds == 0 && m_zeroOffsetStyle == 2);
        *end++ = minus ? u'-' : u'+';
        end = putNumber(end, minutes / 60, 2);
        *end++ = u':';
        end = putNumber(end, minutes % 60, 2);
    }
    return QString(reinterpret_cast<const QChar *>(buffer), end - buffer);
}

QString Timestamp::toUtcString(int fractionDigits) const
{
    if (m_null)
        return {};
    const int digits = fractionDigits < 0 ? 0 : (fractionDigits > 9 ? 9 : fractionDigits);
    char16_t buffer[kFormatBuffer];
    char16_t *end = putLocal(buffer, m_nanos, digits);
    *end++ = u'Z';
    return QString(reinterpret_cast<const QChar *>(buffer), end - buffer);
}

Timestamp Timestamp::withOffset(int offsetSeconds) const
{
    if (m_null)
        return {};
    Timestamp t = *this;
    t.m_offsetSeconds = isRepresentableOffset(offsetSeconds) ? offsetSeconds : 0;
    t.m_zeroOffsetStyle = 0;
    return t;
}

Timestamp Timestamp::addNanos(std::int64_t nanos) const
{
    if (m_null)
        return {};
    Timestamp t = *this;
    if (__builtin_add_overflow(m_nanos, nanos, &t.m_nanos))
        return {};
    return t;
}

Timestamp Timestamp::addSeconds(std::int64_t seconds) const
{
    const Int128 nanos = static_cast<Int128>(seconds) * kNanosPerSecond;
    if (!fitsInNanos(nanos))
        return {};
    return addNanos(static_cast<std::int64_t>(nanos));
}

} // namespace Elson
