// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Decimal, the money type. Input: one flag byte, then up to two
// decimal texts separated by '\n'. Every accepted text is compared with an independent
// 128-bit reference reading of the same digits, and the arithmetic of two accepted values
// with 128-bit reference arithmetic (decimal.h: exact, overflow is an error, never a wrap).
#include "decimal.h"
#include "fuzzsupport.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <optional>

using Elson::Decimal;
__extension__ typedef __int128 Int128; // NOLINT(modernize-use-using): -Wpedantic
using Rounding = Decimal::Rounding;

namespace {

constexpr Int128 kMin = std::numeric_limits<std::int64_t>::min();
constexpr Int128 kMax = std::numeric_limits<std::int64_t>::max();

Int128 pow10(int n)
{
    Int128 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

/** n / d (d > 0) rounded with @p mode: the textbook definition, written out case by case. */
Int128 refDivRound(Int128 n, Int128 d, Rounding mode)
{
    const Int128 q = n / d; // toward zero
    const Int128 r = n % d; // sign of n
    if (r == 0)
        return q;
    const int sign = n < 0 ? -1 : 1;
    const Int128 twice = (r < 0 ? -r : r) * 2;
    const int half = twice < d ? -1 : (twice > d ? 1 : 0);
    bool away = false;
    switch (mode) {
    case Rounding::HalfEven: away = half > 0 || (half == 0 && q % 2 != 0); break;
    case Rounding::HalfUp: away = half >= 0; break;
    case Rounding::HalfDown: away = half > 0; break;
    case Rounding::Down: away = false; break;
    case Rounding::Up: away = true; break;
    case Rounding::Floor: away = sign < 0; break;
    case Rounding::Ceiling: away = sign > 0; break;
    }
    return away ? q + sign : q;
}

QByteArray show(Int128 v)
{
    if (v == 0)
        return "0";
    const bool negative = v < 0;
    QByteArray digits;
    while (v != 0) {
        const int digit = int(v % 10);
        digits.prepend(char('0' + (digit < 0 ? -digit : digit)));
        v /= 10;
    }
    return negative ? "-" + digits : digits;
}

QByteArray show(const Decimal &d)
{
    return d.toString().toUtf8() + " (units " + show(Int128(d.units())) + ", scale "
        + QByteArray::number(d.scale()) + ")";
}

struct Reference
{
    Int128 units = 0;
    int scale = 0;
    bool excessDigits = false; ///< more than 9 fractional digits once the exponent is applied
};

/**
 * The value of an accepted text by the grammar of decimal.h, or nullopt when the text
 * is beyond what this reference computes (very long digit strings, huge exponents).
 */
std::optional<Reference> referenceValue(const QString &text)
{
    static const QRegularExpression grammar(
        QStringLiteral(R"(\A([+-]?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?\z)"));
    const QRegularExpressionMatch m = grammar.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString whole = m.captured(2);
    const QString fraction = m.captured(3);
    QString digits = whole + fraction;
    while (digits.size() > 1 && digits.startsWith(u'0'))
        digits.remove(0, 1);
    if (digits.size() > 30 || m.captured(4).size() > 4)
        return std::nullopt;
    const int exponent = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    Int128 mantissa = 0;
    for (const QChar c : digits)
        mantissa = mantissa * 10 + (c.unicode() - u'0');
    if (m.captured(1) == u"-")
        mantissa = -mantissa;
    const int fractionDigits = int(fraction.size()) - exponent; // digits after the point
    Reference r;
    r.scale = std::clamp(fractionDigits, 0, Decimal::MaxScale);
    r.excessDigits = fractionDigits > Decimal::MaxScale;
    const int shift = Decimal::MaxScale - fractionDigits; // units = mantissa · 10^shift
    if (mantissa == 0) {
        r.units = 0;
    } else if (shift >= 0) {
        if (shift > 30)
            return std::nullopt;
        r.units = mantissa * pow10(shift);
    } else {
        if (-shift > 36)
            return std::nullopt;
        // ExcessDigits::Round rounds digits beyond the ninth half-even.
        r.units = refDivRound(mantissa, pow10(-shift), Rounding::HalfEven);
    }
    return r;
}

void checkRounded(const Decimal &d, int scale, Rounding mode)
{
    const Int128 step = pow10(Decimal::MaxScale - scale);
    const Int128 expected = refDivRound(d.units(), step, mode) * step;
    const Decimal r = d.rounded(scale, mode);
    if (expected < kMin || expected > kMax) {
        ELSON_FUZZ_CHECK(!r.isValid(), "rounded() should overflow: " + show(d));
        return;
    }
    ELSON_FUZZ_CHECK(r.isValid() && Int128(r.units()) == expected,
                     "rounded(" + QByteArray::number(scale) + ", " + QByteArray::number(int(mode))
                         + ") of " + show(d) + " = " + show(r) + ", expected units " + show(expected));
    ELSON_FUZZ_CHECK(r.scale() == scale, show(r));
}

void checkParsed(const QString &text, const Decimal &d, Decimal::ExcessDigits excess)
{
    ELSON_FUZZ_CHECK(d.isValid(), text.toUtf8());
    ELSON_FUZZ_CHECK(d.scale() >= 0 && d.scale() <= Decimal::MaxScale, show(d));
    ELSON_FUZZ_CHECK(d.significantScale() <= d.scale(), show(d));
    if (const std::optional<Reference> ref = referenceValue(text)) {
        ELSON_FUZZ_CHECK(!(ref->excessDigits && excess == Decimal::ExcessDigits::Reject),
                         "accepted more than 9 fractional digits: " + text.toUtf8());
        ELSON_FUZZ_CHECK(ref->units == Int128(d.units()),
                         text.toUtf8() + " parsed as " + show(d) + ", reference units " + show(ref->units));
        ELSON_FUZZ_CHECK(ref->scale == d.scale(), text.toUtf8() + " parsed as " + show(d)
                                                      + ", reference scale " + QByteArray::number(ref->scale));
    }
    // The wire form reads back as the same value and scale, and is a fixed point.
    const QString wire = d.toString();
    const auto again = Decimal::fromString(wire);
    ELSON_FUZZ_CHECK(again.ok(), wire.toUtf8());
    ELSON_FUZZ_CHECK(again.value() == d && again.value().scale() == d.scale(),
                     show(d) + " → " + show(again.value()));
    ELSON_FUZZ_CHECK(again.value().toString() == wire, wire.toUtf8());
    // A canonical text (what Alpaca sends) comes back byte for byte.
    static const QRegularExpression canonical(QStringLiteral(R"(\A-?(0|[1-9][0-9]*)(\.[0-9]{1,9})?\z)"));
    if (canonical.match(text).hasMatch() && !(text.startsWith(u'-') && d.isZero()))
        ELSON_FUZZ_CHECK(wire == text, text.toUtf8() + " written as " + wire.toUtf8());
    // Fixed-scale text, normalisation.
    for (int s = 0; s <= Decimal::MaxScale; ++s) {
        // The text of the value rounded to s digits; beyond the range near ±9.2 billion it
        // may show a number Decimal cannot hold (rounded() is invalid there), which is
        // still the right text to show.
        const QString fixed = d.toString(s);
        const Decimal r = d.rounded(s);
        if (!r.isValid())
            continue;
        ELSON_FUZZ_CHECK(fixed == r.toString(), show(d) + " toString(" + QByteArray::number(s) + ") = "
                                                    + fixed.toUtf8() + ", rounded: " + show(r));
        const auto f = Decimal::fromString(fixed);
        ELSON_FUZZ_CHECK(f.ok() && f.value() == r && f.value().scale() == s, fixed.toUtf8());
    }
    ELSON_FUZZ_CHECK(d.normalized() == d && d.normalized().scale() == d.significantScale(), show(d));
    ELSON_FUZZ_CHECK(d.isTickAligned() == (d.significantScale() <= Decimal::tickScaleFor(d)), show(d));
}

void checkArithmetic(const Decimal &a, const Decimal &b, Rounding mode, int scale)
{
    const Int128 ua = a.units();
    const Int128 ub = b.units();
    const QByteArray operands = show(a) + " and " + show(b);
    auto expect = [&](const char *op, const Elson::Result<Decimal> &got, std::optional<Int128> units) {
        if (!units || *units < kMin || *units > kMax) {
            ELSON_FUZZ_CHECK(!got.ok() && got.error().code == Elson::Error::Code::Overflow,
                             QByteArray(op) + " should overflow: " + operands);
            return;
        }
        ELSON_FUZZ_CHECK(got.ok(), QByteArray(op) + " failed: " + operands);
        ELSON_FUZZ_CHECK(Int128(got.value().units()) == *units,
                         QByteArray(op) + " of " + operands + " = " + show(got.value())
                             + ", expected units " + show(*units));
        ELSON_FUZZ_CHECK(got.value().scale() >= got.value().significantScale(), show(got.value()));
    };
    expect("add", a.checkedAdd(b), ua + ub);
    expect("sub", a.checkedSub(b), ua - ub);
    expect("mul", a.checkedMul(b, mode), refDivRound(ua * ub, Decimal::UnitsPerOne, mode));
    if (ub == 0) {
        expect("div", a.checkedDiv(b, scale, mode), std::nullopt);
    } else {
        const Int128 n = ub < 0 ? -(ua * pow10(scale)) : ua * pow10(scale);
        const Int128 d = ub < 0 ? -ub : ub;
        expect("div", a.checkedDiv(b, scale, mode),
               refDivRound(n, d, mode) * pow10(Decimal::MaxScale - scale));
    }
    // The operators agree with the checked forms (invalid where those fail).
    const auto sum = a.checkedAdd(b);
    ELSON_FUZZ_CHECK(sum.ok() ? (a + b) == sum.value() : !(a + b).isValid(), operands);
    const auto product = a.checkedMul(b);
    ELSON_FUZZ_CHECK(product.ok() ? (a * b) == product.value() : !(a * b).isValid(), operands);
    const auto quotient = a.checkedDiv(b);
    ELSON_FUZZ_CHECK(quotient.ok() ? (a / b) == quotient.value() : !(a / b).isValid(), operands);
    // Ordering is the units' ordering.
    ELSON_FUZZ_CHECK((a < b) == (ua < ub) && (a == b) == (ua == ub) && (a > b) == (ua > ub), operands);
    if (b.isPositive()) {
        const Int128 expected = refDivRound(ua, ub, mode) * ub;
        const Decimal stepped = a.roundedToStep(b, mode);
        if (expected < kMin || expected > kMax)
            ELSON_FUZZ_CHECK(!stepped.isValid(), "roundedToStep should overflow: " + operands);
        else
            ELSON_FUZZ_CHECK(stepped.isValid() && Int128(stepped.units()) == expected,
                             "roundedToStep of " + operands + " = " + show(stepped));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t flags = data[0];
    const auto excess = (flags & 1) ? Decimal::ExcessDigits::Round : Decimal::ExcessDigits::Reject;
    const auto mode = static_cast<Rounding>(((flags >> 1) & 7) % 7);
    const int scale = (flags >> 4) % (Decimal::MaxScale + 1);
    const QString input = QString::fromUtf8(ElsonFuzz::bytes(data + 1, size - 1));
    const qsizetype newline = input.indexOf(u'\n');
    const QString texts[] = {input.left(newline), newline < 0 ? QString() : input.mid(newline + 1)};

    std::optional<Decimal> parsed[2];
    for (int i = 0; i < 2; ++i) {
        const auto result = Decimal::fromString(texts[i], QStringLiteral("fuzz"), excess);
        if (!result) {
            ELSON_FUZZ_CHECK(result.error().code == Elson::Error::Code::Parse
                                 || result.error().code == Elson::Error::Code::Overflow,
                             texts[i].toUtf8());
            ELSON_FUZZ_CHECK(result.error().field == u"fuzz" && !result.error().message.isEmpty(),
                             texts[i].toUtf8());
            // A plain decimal with at most 9 fractional digits inside the range is accepted.
            static const QRegularExpression plain(QStringLiteral(R"(\A-?[0-9]{1,10}(\.[0-9]{1,9})?\z)"));
            if (plain.match(texts[i]).hasMatch()) {
                const std::optional<Reference> ref = referenceValue(texts[i]);
                ELSON_FUZZ_CHECK(!ref || ref->units < kMin || ref->units > kMax,
                                 "rejected a plain decimal: " + texts[i].toUtf8());
            }
            continue;
        }
        checkParsed(texts[i], result.value(), excess);
        parsed[i] = result.value();
        for (int s = 0; s <= Decimal::MaxScale; ++s)
            checkRounded(result.value(), s, mode);
    }
    if (parsed[0] && parsed[1])
        checkArithmetic(*parsed[0], *parsed[1], mode, scale);
    return 0;
}
