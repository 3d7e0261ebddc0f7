// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity.h"
#include "keyedtablemodel.h"

class QIODevice;

namespace Elson {

/**
 * Account activities (fills, dividends, fees, transfers), newest first as the broker
 * lists them, updated incrementally by activity id, and exportable as CSV.
 */
class ActivitiesModel final : public KeyedTableModel<Activity>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitiesModel)

public:
    enum Column { Time, Type, Symbol, Side, Qty, Price, NetAmount, Description, ColumnCount };
    Q_ENUM(Column)

    explicit ActivitiesModel(QObject *parent = nullptr);
    ~ActivitiesModel() override;

    void apply(const QList<Activity> &activities);

    /** The activity in @p row, or nullptr. */
    [[nodiscard]] const Activity *activityAt(int row) const;

    /**
     * The rows in model order as RFC 4180 CSV: CRLF line ends, fields with a comma,
     * quote or line break in double quotes (quotes doubled), one header line.
     * Machine-readable, not localized: the header names are fixed
     * (id,time,type,symbol,side,qty,price,net_amount,description,order_id,status),
     * instants are RFC 3339, dates ISO, types and sides their wire text, decimals
     * their exact plain form ("-1234.5"). A description starting with = + - @ gets a
     * leading apostrophe so a spreadsheet does not run it as a formula.
     */
    [[nodiscard]] QString toCsv() const;
    /** Writes toCsv() as UTF-8 to an open, writable @p device; false on a failed write. */
    bool exportCsv(QIODevice *device) const;

    /**
     * The cash effect of @p activity: net_amount when the broker gives one, else for a
     * fill −qty × price on a buy and +qty × price on a sell; nullopt when unknown.
     */
    [[nodiscard]] static std::optional<Decimal> netAmount(const Activity &activity);

protected:
    [[nodiscard]] int columns() const override { return ColumnCount; }
    [[nodiscard]] QString keyOf(const Activity &row) const override { return row.id; }
    [[nodiscard]] QVariant cellData(const Activity &row, int column, int role) const override;
    [[nodiscard]] QVariant headerCell(int column, int role) const override;
};

} // namespace Elson
