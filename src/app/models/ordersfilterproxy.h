// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Elson {

/**
 * Open, closed or all orders of an OrdersModel, optionally only those whose symbol
 * contains a text, sorted by the model's raw values (SortRole). Legs follow their
 * parent: a bracket is shown or hidden whole. A bracket whose parent filled but whose
 * legs still work counts as open.
 */
class OrdersFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersFilterProxy)

public:
    enum class StatusFilter { Open, Closed, All };
    Q_ENUM(StatusFilter)

    explicit OrdersFilterProxy(QObject *parent = nullptr);
    ~OrdersFilterProxy() override;

    [[nodiscard]] StatusFilter statusFilter() const { return m_status; }
    void setStatusFilter(StatusFilter filter);

    [[nodiscard]] QString symbolFilter() const { return m_symbol; }
    /** Case-insensitive "contains" on the symbol; empty: every symbol. */
    void setSymbolFilter(const QString &text);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusFilter m_status = StatusFilter::All;
    QString m_symbol;
};

} // namespace Elson
