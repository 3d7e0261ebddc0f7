// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowchangeset.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace Elson {

void RowChangeSet::add(int row, quint64 columns)
{
    if (columns != 0)
        m_rows.append({row, columns});
}

void RowChangeSet::flush(int rowCount, const Emitter &sink, int coalesceAbove)
{
    if (m_rows.isEmpty())
        return;
    const QList<Row> rows = std::exchange(m_rows, {});
    if (rows.size() > coalesceAbove && rows.size() * 2 > rowCount) {
        int top = rows.first().row;
        int bottom = top;
        quint64 all = 0;
        for (const Row &r : rows) {
            top = std::min(top, r.row);
            bottom = std::max(bottom, r.row);
            all |= r.columns;
        }
        const int left = std::countr_zero(all);
        const int right = MaxColumns - 1 - std::countl_zero(all);
        sink(top, left, bottom, right);
        return;
    }
    for (const Row &r : rows) {
        quint64 bits = r.columns;
        while (bits != 0) {
            const int left = std::countr_zero(bits);
            // The run of set bits starting at `left`.
            const int length = std::countr_one(bits >> left);
            sink(r.row, left, r.row, left + length - 1);
            bits &= length >= MaxColumns ? 0 : ~(((quint64(1) << length) - 1) << left);
        }
    }
}

} // namespace Elson
