// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>

namespace Elson {

/**
 * Exact fixed-point decimal for prices, quantities and money.
 *
 * The value is a signed 64-bit count of 10⁻⁹ units, so it holds every decimal
 * Alpaca sends (up to 9 fractional digits) exactly, in the range
 * ±9,223,372,036.854775807. Products and quotients use a 128-bit intermediate.
 * Overflow and division by zero never wrap: the checked functions return an
 * Error, and the operators return an invalid Decimal (like NaN, it stays invalid
 * through further arithmetic and compares unequal to everything valid).
 *
 * The number of fractional digits that was parsed is remembered for the wire
 * format, so "150.20" is written back as "150.20" and "-2418" as "-2418";
 * comparison looks only at the value (150.2 == 150.20).
 *
 * The remembered scale is never smaller than the digits the value needs, so the
 * wire form is always exact. An invalid decimal is written as "NaN".
 */
class Decimal final
{
    Q_DECLARE_TR_FUNCTIONS(Decimal)

public:
    static constexpr int MaxScale = 9;
    static constexpr std::int64_t UnitsPerOne = 1'000'000'000;

    enum class Rounding {
        HalfEven, ///< banker's rounding: ties to the even neighbour
        HalfUp,   ///< ties away from zero (commercial rounding)
        HalfDown, ///< ties toward zero
        Down,     ///< toward zero (truncate)
        Up,       ///< away from zero
        Floor,    ///< toward −∞
        Ceiling,  ///< toward +∞
    };

    /// How the parser treats more than 9 fractional digits.
    enum class ExcessDigits {
        Reject, ///< an error: money and quantities must be exact
        Round,  ///< round half-even to 9 digits (ratios such as unrealized_plpc)
    };

    constexpr Decimal() = default; ///< zero, scale 0

    /** Exact integer value; never overflows for |v| ≤ 9,223,372,036 (invalid beyond). */
    static Decimal fromInt(std::int64_t value);
    /**
     * Raw 10⁻⁹ units, with the display scale to remember (0–9). A scale too small
     * for the value is raised to the digits it needs.
     */
    static Decimal fromUnits(std::int64_t units, int scale = MaxScale);
    /** An invalid decimal, the result of a failed operator. */
    static Decimal invalid();

    /**
     * Parses the wire form: optional sign, digits, optional '.' and digits, optional
     * exponent (e/E, as JSON numbers may carry). No spaces, no group separators,
     * no "NaN"/"inf". The error names @p field and says what is wrong.
     *
     * A digit is required on both sides of a '.' (".5" and "5." are errors; JSON
     * never writes them). The remembered scale is the number of fractional digits
     * once the exponent is applied ("1.5E-3" → 0.0015, scale 4; "1e2" → 100,
     * scale 0). More than 9 of them is an error (code Parse) under
     * ExcessDigits::Reject, even if the extra digits are zeros; a value beyond the
     * range is an error with code Overflow.
     */
    static Result<Decimal> fromString(QStringView text, const QString &field = {},
                                      ExcessDigits excess = ExcessDigits::Reject);
    /** Convenience for trusted literals in code and tests; asserts on bad input. */
    static Decimal fromLiteral(const char *text);

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] std::int64_t units() const { return m_units; }
    [[nodiscard]] int scale() const { return m_scale; }
    [[nodiscard]] bool isZero() const { return m_valid && m_units == 0; }
    [[nodiscard]] bool isNegative() const { return m_valid && m_units < 0; }
    [[nodiscard]] bool isPositive() const { return m_valid && m_units > 0; }
    [[nodiscard]] bool isInteger() const { return m_valid && m_units % UnitsPerOne == 0; }
    /** Fewest fractional digits that represent the value exactly (0–9). */
    [[nodiscard]] int significantScale() const;
    [[nodiscard]] int sign() const { return m_units > 0 ? 1 : (m_units < 0 ? -1 : 0); }

    /**
     * Wire form: plain digits, '.' separator, the remembered scale, "-" for negatives
     * (never "-0"). "NaN" for an invalid decimal.
     */
    [[nodiscard]] QString toString() const;
    /**
     * Wire form with exactly @p scale fractional digits (rounds with @p mode);
     * "NaN" if invalid.
     */
    [[nodiscard]] QString toString(int scale, Rounding mode = Rounding::HalfEven) const;
    /**
     * Same value, shown with @p scale digits (0–9) without changing the value: a
     * scale smaller than significantScale() is raised to it. Use rounded() to cut digits.
     */
    [[nodiscard]] Decimal withScale(int scale) const;
    /** Same value with trailing fractional zeros dropped from the display scale. */
    [[nodiscard]] Decimal normalized() const;

    // Checked arithmetic: the error (code Overflow, no field) says "overflow" or
    // "division by zero"; an invalid operand is an error too.
    [[nodiscard]] Result<Decimal> checkedAdd(const Decimal &other) const;
    [[nodiscard]] Result<Decimal> checkedSub(const Decimal &other) const;
    [[nodiscard]] Result<Decimal> checkedMul(const Decimal &other,
                                             Rounding mode = Rounding::HalfEven) const;
    [[nodiscard]] Result<Decimal> checkedDiv(const Decimal &other, int scale = MaxScale,
                                             Rounding mode = Rounding::HalfEven) const;
    [[nodiscard]] Result<Decimal> checkedNeg() const;

    /** Rounds to @p scale fractional digits (0–9); invalid if the result overflows. */
    [[nodiscard]] Decimal rounded(int scale, Rounding mode = Rounding::HalfEven) const;
    /**
     * Rounds to a multiple of @p step (> 0), e.g. a tick of 0.05; the result has the
     * step's scale. Invalid if the step is not positive or the result overflows.
     */
    [[nodiscard]] Decimal roundedToStep(const Decimal &step,
                                        Rounding mode = Rounding::HalfEven) const;
    [[nodiscard]] Decimal abs() const;

    /**
     * Alpaca's sub-penny rule for limit and stop prices: a price of $1.00 or more
     * may have at most 2 fractional digits, below $1.00 at most 4. Applies to |price|;
     * an invalid price gets 2.
     */
    [[nodiscard]] static int tickScaleFor(const Decimal &price);
    [[nodiscard]] bool isTickAligned() const;
    /**
     * The nearest allowed price under the sub-penny rule, shown with the tick scale
     * of the result (0.99995 → "1.00").
     */
    [[nodiscard]] Decimal roundedToTick(Rounding mode = Rounding::HalfEven) const;

    // Operators: invalid on overflow or division by zero (see class comment).
    friend Decimal operator+(const Decimal &a, const Decimal &b);
    friend Decimal operator-(const Decimal &a, const Decimal &b);
    friend Decimal operator*(const Decimal &a, const Decimal &b);
    friend Decimal operator/(const Decimal &a, const Decimal &b);
    Decimal operator-() const;
    Decimal &operator+=(const Decimal &b) { return *this = *this + b; }
    Decimal &operator-=(const Decimal &b) { return *this = *this - b; }

    /** Value equality; invalid decimals equal nothing, not even each other. */
    friend bool operator==(const Decimal &a, const Decimal &b)
    {
        return a.m_valid && b.m_valid && a.m_units == b.m_units;
    }
    /** Value ordering; anything involving an invalid decimal is unordered. */
    friend std::partial_ordering operator<=>(const Decimal &a, const Decimal &b)
    {
        if (!a.m_valid || !b.m_valid)
            return std::partial_ordering::unordered;
        return a.m_units <=> b.m_units;
    }

    static Decimal min(const Decimal &a, const Decimal &b) { return b < a ? b : a; }
    static Decimal max(const Decimal &a, const Decimal &b) { return a < b ? b : a; }

private:
    constexpr Decimal(std::int64_t units, int scale, bool valid)
        : m_units(units), m_scale(static_cast<std::int8_t>(scale)), m_valid(valid) {}

    std::int64_t m_units = 0;
    std::int8_t m_scale = 0;
    bool m_valid = true;
};

size_t qHash(const Decimal &d, size_t seed = 0) noexcept;

} // namespace Elson

Q_DECLARE_METATYPE(Elson::Decimal)
