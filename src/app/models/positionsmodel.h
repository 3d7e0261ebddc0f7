// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyedtablemodel.h"
#include "position.h"

namespace Elson {

/**
 * The open positions, one row per symbol, updated incrementally from the polls
 * (apply()) and, between polls, from the quote stream (applyQuote()). Gains are
 * green and losses red; numbers are right-aligned; SortRole gives the raw values.
 */
class PositionsModel final : public KeyedTableModel<Position>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionsModel)

public:
    enum Column {
        Symbol,
        Side,
        Qty,
        AvgEntryPrice,
        CurrentPrice,
        MarketValue,
        CostBasis,
        UnrealizedPl,
        UnrealizedPlPercent,
        DayPl,
        DayPlPercent,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PositionsModel(QObject *parent = nullptr);
    ~PositionsModel() override;

    /** Brings the table to @p positions: rows by symbol inserted, removed or updated in place. */
    void apply(const QList<Position> &positions);
    /**
     * A new last price for @p symbol: the price, market value, unrealized and day P&L
     * cells of that row only. Exact decimal arithmetic on the position's own figures
     * (value = qty × price; P&L moves by qty × the price change). Unknown symbol: nothing.
     */
    void applyQuote(const QString &symbol, const Decimal &lastPrice);

    /** The position in @p row (model order); nullptr when out of range. */
    [[nodiscard]] const Position *positionAt(int row) const;
    /** The position for @p symbol, or nullptr. */
    [[nodiscard]] const Position *position(const QString &symbol) const;

    /** @p position with its price-derived fields recomputed for @p lastPrice (see applyQuote()). */
    [[nodiscard]] static Position repriced(const Position &position, const Decimal &lastPrice);

protected:
    [[nodiscard]] int columns() const override { return ColumnCount; }
    [[nodiscard]] QString keyOf(const Position &row) const override { return row.symbol; }
    [[nodiscard]] QVariant cellData(const Position &row, int column, int role) const override;
    [[nodiscard]] QVariant headerCell(int column, int role) const override;
};

} // namespace Elson
