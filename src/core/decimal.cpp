// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimal.h"

#include <QHashFunctions>

#include <limits>
#include <string>

namespace Elson {

namespace {

// -Wpedantic objects to the bare keyword; __extension__ marks the use as deliberate.
__extension__ typedef __int128 Int128; // NOLINT(modernize-use-using)

constexpr std::int64_t kMaxUnits = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMinUnits = std::numeric_limits<std::int64_t>::min();
// Largest whole number whose units still fit: 9,223,372,036.
constexpr std::int64_t kMaxWhole = kMaxUnits / Decimal::UnitsPerOne;

constexpr std::int64_t kPow10[] = {
    1LL,
    10LL,
    100LL,
    1'000LL,
    10'000LL,
    100'000LL,
    1'000'000LL,
    10'000'000LL,
    100'000'000LL,
    1'000'000'000LL,
    10'000'000'000LL,
    100'000'000'000LL,
    1'000'000'000'000LL,
    10'000'000'000'000LL,
    100'000'000'000'000LL,
    1'000'000'000'000'000LL,
    10'000'000'000'000'000LL,
    100'000'000'000'000'000LL,
    1'000'000'000'000'000'000LL,
};

bool fitsInUnits(Int128 v)
{
    return v >= kMinUnits && v <= kMaxUnits;
}

Int128 magnitude(Int128 v)
{
    return v < 0 ? -v : v;
}

int clampScale(int scale)
{
    return scale < 0 ? 0 : (scale > Decimal::MaxScale ? Decimal::MaxScale : scale);
}

// n / d rounded by mode; d > 0. C++ division truncates, so the remainder has n's sign.
Int128 divRounded(Int128 n, Int128 d, Decimal::Rounding mode)
{
    Q_ASSERT(d > 0);
    const Int128 q = n / d;
    const Int128 r = n % d;
    if (r == 0)
        return q;
    const int away = n < 0 ? -1 : 1; // one step away from zero
    const Int128 twice = magnitude(r) * 2; // compared with d to find ties
    switch (mode) {
    case Decimal::Rounding::Down:
        return q;
    case Decimal::Rounding::Up:
        return q + away;
    case Decimal::Rounding::Floor:
        return away < 0 ? q - 1 : q;
    case Decimal::Rounding::Ceiling:
        return away > 0 ? q + 1 : q;
    case Decimal::Rounding::HalfUp:
        return twice >= d ? q + away : q;
    case Decimal::Rounding::HalfDown:
        return twice > d ? q + away : q;
    case Decimal::Rounding::HalfEven:
        return (twice > d || (twice == d && q % 2 != 0)) ? q + away : q;
    }
    return q;
}

// Units rounded to a multiple of 10^(9 - scale); may exceed the int64 range.
Int128 roundUnits(Int128 units, int scale, Decimal::Rounding mode)
{
    const std::int64_t step = kPow10[Decimal::MaxScale - clampScale(scale)];
    return divRounded(units, step, mode) * step;
}

int significantScaleOf(std::int64_t units)
{
    std::int64_t frac = units % Decimal::UnitsPerOne;
    if (frac == 0)
        return 0;
    if (frac < 0)
        frac = -frac;
    // 0 < frac < 10^9 has at most 8 trailing zeros: strip them 8, 4, 2, 1 at a time
    // (every arithmetic operator ends here, so no digit-by-digit loop).
    int scale = Decimal::MaxScale;
    if (frac % 100'000'000 == 0) {
        frac /= 100'000'000;
        scale -= 8;
    }
    if (frac % 10'000 == 0) {
        frac /= 10'000;
        scale -= 4;
    }
    if (frac % 100 == 0) {
        frac /= 100;
        scale -= 2;
    }
    if (frac % 10 == 0)
        --scale;
    return scale;
}

// The wire form of units with exactly scale fractional digits (units already rounded).
QString formatUnits(Int128 units, int scale)
{
    Int128 mag = magnitude(units);
    Int128 whole = mag / Decimal::UnitsPerOne;
    const auto frac = static_cast<std::int64_t>(mag % Decimal::UnitsPerOne);

    char intDigits[40];
    int count = 0;
    do {
        intDigits[count++] = static_cast<char>('0' + static_cast<int>(whole % 10));
        whole /= 10;
    } while (whole > 0);

    QString out;
    out.reserve(count + scale + 2);
    if (units < 0)
        out += u'-';
    while (count > 0)
        out += QLatin1Char(intDigits[--count]);
    if (scale > 0) {
        out += u'.';
        std::int64_t divisor = Decimal::UnitsPerOne / 10;
        for (int i = 0; i < scale; ++i) {
            out += QLatin1Char(static_cast<char>('0' + static_cast<int>((frac / divisor) % 10)));
            divisor /= 10;
        }
    }
    return out;
}

// Keeps error messages readable when someone feeds a megabyte of garbage.
QString quoted(QStringView text)
{
    constexpr qsizetype maxShown = 40;
    if (text.size() <= maxShown)
        return text.toString();
    return text.left(maxShown - 1).toString() + QChar(0x2026);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

Error overflowError()
{
    return Error::overflow({}, Decimal::tr("overflow: the result is beyond ±9223372036.854775807"));
}

Error invalidOperandError()
{
    return Error::overflow({},
                           Decimal::tr("the operand is not a number "
                                       "(the result of an earlier overflow or division by zero)"));
}

} // namespace

Decimal Decimal::fromInt(std::int64_t value)
{
    if (value > kMaxWhole || value < -kMaxWhole)
        return invalid();
    return { value * UnitsPerOne, 0, true };
}

Decimal Decimal::fromUnits(std::int64_t units, int scale)
{
    const int s = clampScale(scale);
    if (s == MaxScale)
        return { units, s, true }; // no value needs more digits
    const int needed = significantScaleOf(units);
    return { units, s < needed ? needed : s, true };
}

Decimal Decimal::invalid()
{
    return { 0, 0, false };
}

Result<Decimal> Decimal::fromString(QStringView text, const QString &field, ExcessDigits excess)
{
    if (text.isEmpty())
        return Error::parse(field, tr("the value is empty; expected a decimal number"));

    // A failure is explained by its most telling feature; hint is what the grammar saw.
    const auto reject = [&](const QString &hint) -> Error {
        const QString shown = quoted(text);
        for (const QChar c : text) {
            if (c.isSpace())
                return Error::parse(
                    field, tr("\"%1\" contains a space; a decimal number has none").arg(shown));
        }
        QStringView body = text;
        if (body.startsWith(u'+') || body.startsWith(u'-'))
            body = body.mid(1);
        if (body.compare(u"nan", Qt::CaseInsensitive) == 0
            || body.compare(u"inf", Qt::CaseInsensitive) == 0
            || body.compare(u"infinity", Qt::CaseInsensitive) == 0) {
            return Error::parse(field, tr("\"%1\" is not a finite number").arg(shown));
        }
        if (text.contains(u',') || text.contains(u'_') || text.contains(u'\''))
            return Error::parse(
                field,
                tr("\"%1\" contains a group separator; write the digits without separators")
                    .arg(shown));
        if (text.count(u'.') > 1)
            return Error::parse(field, tr("\"%1\" has more than one decimal point").arg(shown));
        if (!hint.isEmpty())
            return Error::parse(field, hint.arg(shown));
        return Error::parse(field, tr("\"%1\" is not a decimal number").arg(shown));
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'+' || text[0] == u'-') {
        negative = text[0] == u'-';
        ++i;
    }
    const qsizetype intBegin = i;
    while (i < n && isAsciiDigit(text[i]))
        ++i;
    const qsizetype intEnd = i;

    qsizetype fracBegin = i;
    qsizetype fracEnd = i;
    bool hasPoint = false;
    if (i < n && text[i] == u'.') {
        hasPoint = true;
        fracBegin = ++i;
        while (i < n && isAsciiDigit(text[i]))
            ++i;
        fracEnd = i;
    }

    if (intBegin == intEnd) {
        if (hasPoint && fracBegin != fracEnd)
            return reject(tr("\"%1\" needs a digit before the decimal point"));
        return reject({});
    }
    if (hasPoint && fracBegin == fracEnd)
        return reject(tr("\"%1\" needs a digit after the decimal point"));

    // Clamped: anything past a million digits of exponent overflows or rounds to zero anyway.
    constexpr std::int64_t exponentLimit = 1'000'000;
    std::int64_t exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == u'+' || text[i] == u'-')) {
            expNegative = text[i] == u'-';
            ++i;
        }
        const qsizetype expBegin = i;
        while (i < n && isAsciiDigit(text[i])) {
            if (exponent < exponentLimit)
                exponent = exponent * 10 + (text[i].unicode() - u'0');
            ++i;
        }
        if (i == expBegin)
            return reject(tr("\"%1\" needs digits after the exponent"));
        if (expNegative)
            exponent = -exponent;
    }
    if (i != n)
        return reject({});

    // Significant digits (leading zeros dropped) and how many of all digits are fractional.
    std::string digits;
    const auto collect = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            const char c = static_cast<char>(text[k].unicode());
            if (digits.empty() && c == '0')
                continue;
            digits.push_back(c);
        }
    };
    collect(intBegin, intEnd);
    collect(fracBegin, fracEnd);
    const std::int64_t fracDigits = static_cast<std::int64_t>(fracEnd - fracBegin) - exponent;

    if (fracDigits > MaxScale && excess == ExcessDigits::Reject) {
        return Error::parse(
            field,
            tr("\"%1\" has %2 fractional digits; at most 9 fractional digits are allowed")
                .arg(quoted(text))
                .arg(fracDigits));
    }
    const int scale =
        static_cast<int>(fracDigits < 0 ? 0 : (fracDigits > MaxScale ? MaxScale : fracDigits));
    const auto overflow = [&] {
        return Error::overflow(
            field,
            tr("\"%1\" is out of range; a decimal holds at most ±9223372036.854775807")
                .arg(quoted(text)));
    };

    constexpr std::int64_t maxDigits = 19; // kMaxUnits has 19 digits
    const auto size = static_cast<std::int64_t>(digits.size());
    const std::int64_t shift = MaxScale - fracDigits; // units = digits × 10^shift
    Int128 value = 0;
    if (digits.empty()) {
        value = 0;
    } else if (shift >= 0) {
        if (size + shift > maxDigits)
            return overflow();
        for (const char c : digits)
            value = value * 10 + (c - '0');
        value *= kPow10[shift];
    } else {
        // Only reached under ExcessDigits::Round: drop -shift digits, half-even.
        const std::int64_t keep = size + shift;
        if (keep > maxDigits)
            return overflow();
        for (std::int64_t k = 0; k < keep; ++k)
            value = value * 10 + (digits[static_cast<size_t>(k)] - '0');
        int firstDropped = 0;
        bool restNonZero = true; // keep < 0: zeros, then the (non-zero) significant digits
        if (keep >= 0) {
            firstDropped = keep < size ? digits[static_cast<size_t>(keep)] - '0' : 0;
            restNonZero = false;
            for (std::int64_t k = keep + 1; k < size && !restNonZero; ++k)
                restNonZero = digits[static_cast<size_t>(k)] != '0';
        }
        if (firstDropped > 5 || (firstDropped == 5 && (restNonZero || value % 2 != 0)))
            ++value;
    }
    if (negative)
        value = -value;
    if (!fitsInUnits(value))
        return overflow();
    return fromUnits(static_cast<std::int64_t>(value), scale);
}

Decimal Decimal::fromLiteral(const char *text)
{
    const Result<Decimal> parsed = fromString(QString::fromUtf8(text));
    Q_ASSERT_X(parsed.ok(), "Decimal::fromLiteral", text);
    return parsed.ok() ? parsed.value() : invalid();
}

int Decimal::significantScale() const
{
    return significantScaleOf(m_units);
}

QString Decimal::toString() const
{
    if (!m_valid)
        return QStringLiteral("NaN");
    const int needed = significantScale();
    return formatUnits(m_units, m_scale < needed ? needed : m_scale);
}

QString Decimal::toString(int scale, Rounding mode) const
{
    if (!m_valid)
        return QStringLiteral("NaN");
    // Rounded in 128 bits so that even the largest value prints without overflow.
    const int s = clampScale(scale);
    return formatUnits(roundUnits(m_units, s, mode), s);
}

Decimal Decimal::withScale(int scale) const
{
    if (!m_valid)
        return invalid();
    return fromUnits(m_units, scale);
}

Decimal Decimal::normalized() const
{
    if (!m_valid)
        return invalid();
    return { m_units, significantScale(), true };
}

Result<Decimal> Decimal::checkedAdd(const Decimal &other) const
{
    if (!m_valid || !other.m_valid)
        return invalidOperandError();
    std::int64_t sum = 0;
    if (__builtin_add_overflow(m_units, other.m_units, &sum))
        return overflowError();
    return fromUnits(sum, m_scale > other.m_scale ? m_scale : other.m_scale);
}

Result<Decimal> Decimal::checkedSub(const Decimal &other) const
{
    if (!m_valid || !other.m_valid)
        return invalidOperandError();
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(m_units, other.m_units, &difference))
        return overflowError();
    return fromUnits(difference, m_scale > other.m_scale ? m_scale : other.m_scale);
}

Result<Decimal> Decimal::checkedMul(const Decimal &other, Rounding mode) const
{
    if (!m_valid || !other.m_valid)
        return invalidOperandError();
    // |a·b| < 2^126: the product of two int64 always fits in 128 bits.
    const Int128 product = static_cast<Int128>(m_units) * other.m_units;
    const Int128 units = divRounded(product, UnitsPerOne, mode);
    if (!fitsInUnits(units))
        return overflowError();
    const int scale = m_scale + other.m_scale;
    return fromUnits(static_cast<std::int64_t>(units), scale > MaxScale ? MaxScale : scale);
}

Result<Decimal> Decimal::checkedDiv(const Decimal &other, int scale, Rounding mode) const
{
    if (!m_valid || !other.m_valid)
        return invalidOperandError();
    if (other.m_units == 0)
        return Error::overflow({}, tr("division by zero"));
    const int s = clampScale(scale);
    // (a/b) in units of 10^-s: a·10^s / b, then back to 10^-9 units.
    Int128 numerator = static_cast<Int128>(m_units) * kPow10[s];
    Int128 denominator = other.m_units;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 units = divRounded(numerator, denominator, mode) * kPow10[MaxScale - s];
    if (!fitsInUnits(units))
        return overflowError();
    return fromUnits(static_cast<std::int64_t>(units), s);
}

Result<Decimal> Decimal::checkedNeg() const
{
    if (!m_valid)
        return invalidOperandError();
    if (m_units == kMinUnits)
        return overflowError();
    return Decimal(-m_units, m_scale, true);
}

Decimal Decimal::rounded(int scale, Rounding mode) const
{
    if (!m_valid)
        return invalid();
    const int s = clampScale(scale);
    const Int128 units = roundUnits(m_units, s, mode);
    if (!fitsInUnits(units))
        return invalid();
    return { static_cast<std::int64_t>(units), s, true };
}

Decimal Decimal::roundedToStep(const Decimal &step, Rounding mode) const
{
    if (!m_valid || !step.m_valid || step.m_units <= 0)
        return invalid();
    const Int128 units = divRounded(m_units, step.m_units, mode) * step.m_units;
    if (!fitsInUnits(units))
        return invalid();
    return fromUnits(static_cast<std::int64_t>(units), step.m_scale);
}

Decimal Decimal::abs() const
{
    if (!m_valid || m_units == kMinUnits)
        return invalid();
    return { m_units < 0 ? -m_units : m_units, m_scale, true };
}

int Decimal::tickScaleFor(const Decimal &price)
{
    if (!price.m_valid)
        return 2;
    return (price.m_units >= UnitsPerOne || price.m_units <= -UnitsPerOne) ? 2 : 4;
}

bool Decimal::isTickAligned() const
{
    return m_valid && significantScale() <= tickScaleFor(*this);
}

Decimal Decimal::roundedToTick(Rounding mode) const
{
    if (!m_valid)
        return invalid();
    // Rounding below $1 can reach exactly 1.0000, which then belongs to the 2-digit tick.
    const Decimal r = rounded(tickScaleFor(*this), mode);
    return r.isValid() ? r.withScale(tickScaleFor(r)) : r;
}

// The operators compute directly instead of going through the checked functions: a
// Result carries an Error (two strings and a JSON object) that would be built and
// destroyed on every addition. Same values, same scales, invalid in the same cases.

Decimal operator+(const Decimal &a, const Decimal &b)
{
    std::int64_t sum = 0;
    if (!a.m_valid || !b.m_valid || __builtin_add_overflow(a.m_units, b.m_units, &sum))
        return Decimal::invalid();
    return Decimal::fromUnits(sum, a.m_scale > b.m_scale ? a.m_scale : b.m_scale);
}

Decimal operator-(const Decimal &a, const Decimal &b)
{
    std::int64_t difference = 0;
    if (!a.m_valid || !b.m_valid || __builtin_sub_overflow(a.m_units, b.m_units, &difference))
        return Decimal::invalid();
    return Decimal::fromUnits(difference, a.m_scale > b.m_scale ? a.m_scale : b.m_scale);
}

Decimal operator*(const Decimal &a, const Decimal &b)
{
    if (!a.m_valid || !b.m_valid)
        return Decimal::invalid();
    const int scale = a.m_scale + b.m_scale > Decimal::MaxScale ? Decimal::MaxScale
                                                                 : a.m_scale + b.m_scale;
    // A whole-number factor (a share count, a multiplier) needs no rounding: the
    // product is exact in 64 bits or out of range.
    std::int64_t units = 0;
    if (b.m_units % Decimal::UnitsPerOne == 0) {
        if (__builtin_mul_overflow(a.m_units, b.m_units / Decimal::UnitsPerOne, &units))
            return Decimal::invalid();
        return Decimal::fromUnits(units, scale);
    }
    if (a.m_units % Decimal::UnitsPerOne == 0) {
        if (__builtin_mul_overflow(b.m_units, a.m_units / Decimal::UnitsPerOne, &units))
            return Decimal::invalid();
        return Decimal::fromUnits(units, scale);
    }
    const Int128 product = static_cast<Int128>(a.m_units) * b.m_units;
    const Int128 rounded = divRounded(product, Decimal::UnitsPerOne, Decimal::Rounding::HalfEven);
    if (!fitsInUnits(rounded))
        return Decimal::invalid();
    return Decimal::fromUnits(static_cast<std::int64_t>(rounded), scale);
}

Decimal operator/(const Decimal &a, const Decimal &b)
{
    if (!a.m_valid || !b.m_valid || b.m_units == 0)
        return Decimal::invalid();
    Int128 numerator = static_cast<Int128>(a.m_units) * Decimal::UnitsPerOne;
    Int128 denominator = b.m_units;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 units = divRounded(numerator, denominator, Decimal::Rounding::HalfEven);
    if (!fitsInUnits(units))
        return Decimal::invalid();
    return Decimal::fromUnits(static_cast<std::int64_t>(units), Decimal::MaxScale);
}

Decimal Decimal::operator-() const
{
    if (!m_valid || m_units == kMinUnits)
        return invalid();
    return { -m_units, m_scale, true };
}

size_t qHash(const Decimal &d, size_t seed) noexcept
{
    // Units only, so 1.5 and 1.50 (equal) hash alike. Invalid decimals equal nothing,
    // so any fixed hash will do for them.
    if (!d.isValid())
        return ::qHash(quint64(0x9e3779b97f4a7c15ULL), seed);
    return ::qHash(qint64(d.units()), seed);
}

} // namespace Elson
