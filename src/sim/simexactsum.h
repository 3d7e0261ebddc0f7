// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"

#include <array>

namespace Elson {

/**
 * A running total of Decimal terms that can be added and taken back in O(1),
 * and reads exactly as the left-to-right Decimal sum of the terms present would
 * (value, display scale and validity), provided all terms have the same sign:
 * then a partial sum overflows only if the total does, so the order does not
 * matter. The engine keeps account totals this way (market values, margins,
 * buying power held by open orders) instead of re-adding every term on each call.
 */
class SimExactSum final
{
public:
    void add(const Decimal &term) { apply(term, 1); }
    void remove(const Decimal &term) { apply(term, -1); }
    void clear() { *this = SimExactSum(); }

    /** Decimal() + t₁ + t₂ + … over the terms present: invalid if any is or the sum overflows. */
    [[nodiscard]] Decimal value() const;
    /** The same sum without @p term (which must be present). */
    [[nodiscard]] Decimal valueWithout(const Decimal &term) const;

private:
    // -Wpedantic objects to the bare keyword; __extension__ marks the use as deliberate.
    __extension__ typedef __int128 Int128; // NOLINT(modernize-use-using)

    void apply(const Decimal &term, int direction);
    [[nodiscard]] static Decimal make(Int128 units, const std::array<int, Decimal::MaxScale + 1> &scales,
                                      int invalid);

    Int128 m_units = 0;
    std::array<int, Decimal::MaxScale + 1> m_scales {}; ///< terms per display scale: the sum shows the largest
    int m_invalid = 0; ///< invalid terms present
    mutable Decimal m_value; ///< value(), while m_current
    mutable bool m_current = true;
};

} // namespace Elson
