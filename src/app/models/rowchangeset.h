// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <functional>

namespace Elson {

/**
 * The cells one apply changed, as a bitmask of columns per row, turned into as few
 * dataChanged() ranges as keep them exact: one range per run of adjacent changed
 * columns in a row, or a single range over everything when most rows changed (a
 * view repaints that faster than thousands of small signals).
 */
class RowChangeSet final
{
public:
    /** One dataChanged(topLeft, bottomRight) over rows top–bottom, columns left–right. */
    using Emitter = std::function<void(int top, int left, int bottom, int right)>;

    static constexpr int MaxColumns = 64;

    void add(int row, quint64 columns);
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_rows.size(); }

    /**
     * Emits the ranges and empties the set. Above @p coalesceAbove changed rows that
     * are also more than half of @p rowCount, one bounding range is emitted.
     */
    void flush(int rowCount, const Emitter &sink, int coalesceAbove = 64);

private:
    struct Row
    {
        int row = 0;
        quint64 columns = 0;
    };
    QList<Row> m_rows;
};

} // namespace Elson
