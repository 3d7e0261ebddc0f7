// SPDX-License-Identifier: GPL-3.0-or-later
#include "simexactsum.h"

#include <limits>

namespace Elson {

void SimExactSum::apply(const Decimal &term, int direction)
{
    m_current = false;
    if (!term.isValid()) {
        m_invalid += direction;
        return;
    }
    m_units += direction > 0 ? Int128(term.units()) : -Int128(term.units());
    m_scales[std::size_t(term.scale())] += direction;
}

Decimal SimExactSum::make(Int128 units, const std::array<int, Decimal::MaxScale + 1> &scales, int invalid)
{
    if (invalid > 0 || units > std::numeric_limits<std::int64_t>::max()
        || units < std::numeric_limits<std::int64_t>::min()) {
        return Decimal::invalid();
    }
    // Decimal addition shows the larger scale of its operands, starting from Decimal()'s 0.
    int scale = 0;
    for (int s = Decimal::MaxScale; s > 0; --s) {
        if (scales[std::size_t(s)] > 0) {
            scale = s;
            break;
        }
    }
    return Decimal::fromUnits(std::int64_t(units), scale);
}

Decimal SimExactSum::value() const
{
    if (!m_current) {
        m_value = make(m_units, m_scales, m_invalid);
        m_current = true;
    }
    return m_value;
}

Decimal SimExactSum::valueWithout(const Decimal &term) const
{
    if (!term.isValid())
        return make(m_units, m_scales, m_invalid - 1);
    std::array<int, Decimal::MaxScale + 1> scales = m_scales;
    --scales[std::size_t(term.scale())];
    return make(m_units - term.units(), scales, m_invalid);
}

} // namespace Elson
