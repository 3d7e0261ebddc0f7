// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order.h"
#include "ordertypetraits.h"
#include "rowchangeset.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QLocale>

#include <memory>
#include <vector>

namespace Elson {

/**
 * Orders as a tree: every order a top-level row, the legs of a bracket, OCO or OTO
 * order its children (held legs included: a stop-loss leg waiting on its parent is
 * shown as held, not hidden). apply() brings the tree to a new list incrementally by
 * order id, at both levels: inserted and removed rows are announced as such and
 * dataChanged() covers only the cells that changed, so a poll never resets the view.
 * O(n) per apply through id → row hashes.
 *
 * Filtering (open / closed / all, symbol text) and sorting live in OrdersFilterProxy.
 */
class OrdersModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)

public:
    enum Column {
        SubmittedAt,
        Symbol,
        Side,
        Type,
        Qty,          ///< qty, or the dollar amount of a notional order
        FilledQty,
        LimitPrice,
        StopPrice,
        Trail,        ///< trail price or percent of a trailing stop
        TimeInForce,
        Status,
        OrderClass,
        AvgFillPrice,
        ClientOrderId,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw values (see CellFormat)
        IdRole = Qt::UserRole + 2,   ///< the order id
        OpenRole = Qt::UserRole + 3, ///< bool: the order, or one of its legs, can still fill
        SymbolRole = Qt::UserRole + 4,
    };

    explicit OrdersModel(QObject *parent = nullptr);
    ~OrdersModel() override;

    /** Brings the tree to @p orders (nested: legs inside their parent), incrementally. */
    void apply(const QList<Order> &orders);
    /** Empties the tree with a reset (account or mode change). */
    void clear();

    /** The order (top-level or leg) at @p index, or nullptr. */
    [[nodiscard]] const Order *orderAt(const QModelIndex &index) const;
    /** The index of order or leg @p orderId in @p column; invalid when unknown. */
    [[nodiscard]] QModelIndex indexOfOrder(const QString &orderId, int column = 0) const;
    /** Top-level orders. */
    [[nodiscard]] int orderCount() const { return int(m_nodes.size()); }

    /** Not in a final state, or has a leg that is not (a filled bracket parent's live legs). */
    [[nodiscard]] static bool isOpen(const Order &order);

    [[nodiscard]] QLocale locale() const { return m_locale; }
    void setLocale(const QLocale &locale);

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Order order;
        int row = 0; ///< kept current at every structural change (parent() reads it)
    };
    struct TopStore;
    struct LegStore;

    [[nodiscard]] QVariant cellData(const Order &order, int column, int role, bool isLeg) const;
    [[nodiscard]] quint64 changedColumns(const Order &before, const Order &after, bool isLeg) const;
    void renumber(qsizetype from);
    void rebuildIndex();

    std::vector<std::unique_ptr<Node>> m_nodes;
    QHash<QString, int> m_index;          ///< top-level id → row
    QHash<QString, const Node *> m_legOf; ///< leg id → its parent
    QLocale m_locale;
    RowChangeSet m_changes;
};

} // namespace Elson
