// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyedrows.h"
#include "rowchangeset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

namespace Elson {

/**
 * A table of rows that each carry a key (an id, a symbol), updated incrementally:
 * applyRows() inserts and removes rows by key and emits dataChanged() only over the
 * cells whose text, raw value, colour or tooltip changed (see syncKeyedRows()), so a
 * poll never resets the view, its selection or its scroll position.
 *
 * A subclass says what a row looks like: its key, its columns and cellData().
 */
template<typename T>
class KeyedTableModel : public QAbstractTableModel
{
public:
    /** Model roles beyond Qt's. */
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value (see CellFormat): set as the proxy's sortRole
        IdRole = Qt::UserRole + 2,   ///< the row's key (order id, symbol)
    };

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : columns();
    }
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &row = m_rows.at(index.row());
        if (role == IdRole)
            return keyOf(row);
        return cellData(row, index.column(), role);
    }
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= columns())
            return QAbstractTableModel::headerData(section, orientation, role);
        return headerCell(section, role);
    }

    /** The rows in model order. */
    [[nodiscard]] const QList<T> &rows() const { return m_rows; }
    /** The row holding @p key, or -1. */
    [[nodiscard]] int rowOf(const QString &key) const { return m_index.value(key, -1); }

    [[nodiscard]] QLocale locale() const { return m_locale; }
    /** Formats numbers for @p locale from now on (the application default otherwise). */
    void setLocale(const QLocale &locale)
    {
        if (locale == m_locale)
            return;
        m_locale = locale;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columns() - 1));
    }

    /** Empties the table with a reset (account or mode change: nothing carries over). */
    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        m_index.clear();
        endResetModel();
    }

protected:
    explicit KeyedTableModel(QObject *parent) : QAbstractTableModel(parent) {}

    [[nodiscard]] virtual int columns() const = 0;
    [[nodiscard]] virtual QString keyOf(const T &row) const = 0;
    [[nodiscard]] virtual QVariant cellData(const T &row, int column, int role) const = 0;
    [[nodiscard]] virtual QVariant headerCell(int column, int role) const = 0;

    /** Brings the table to @p incoming incrementally (see the class comment). */
    void applyRows(const QList<T> &incoming)
    {
        Store store{this};
        syncKeyedRows<T>(store, incoming);
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int i = 0; i < int(m_rows.size()); ++i)
            m_index.insert(keyOf(m_rows.at(i)), i);
    }

    /** Replaces row @p row by @p value, emitting dataChanged() over the cells that differ. */
    void replaceRow(int row, const T &value)
    {
        Store store{this};
        store.updateRow(row, value);
        store.updatesDone();
    }

    /** A bit per column whose display, raw value, colour or tooltip differs. */
    [[nodiscard]] quint64 changedColumns(const T &before, const T &after) const
    {
        static constexpr int Roles[] = {Qt::DisplayRole, SortRole, Qt::ForegroundRole,
                                        Qt::ToolTipRole};
        quint64 mask = 0;
        const int count = std::min(columns(), RowChangeSet::MaxColumns);
        for (int column = 0; column < count; ++column) {
            for (const int role : Roles) {
                if (cellData(before, column, role) != cellData(after, column, role)) {
                    mask |= quint64(1) << column;
                    break;
                }
            }
        }
        return mask;
    }

private:
    // The adaptor syncKeyedRows() drives; a nested class may call the protected signals.
    struct Store
    {
        KeyedTableModel *model;

        [[nodiscard]] qsizetype size() const { return model->m_rows.size(); }
        [[nodiscard]] QString keyAt(qsizetype row) const { return model->keyOf(model->m_rows.at(row)); }
        [[nodiscard]] QString keyOf(const T &item) const { return model->keyOf(item); }
        void removeRows(qsizetype first, qsizetype count)
        {
            model->beginRemoveRows({}, int(first), int(first + count - 1));
            model->m_rows.remove(first, count);
            model->endRemoveRows();
        }
        void insertRows(qsizetype at, QList<T> items)
        {
            model->beginInsertRows({}, int(at), int(at + items.size() - 1));
            model->m_rows.insert(at, items.size(), T{});
            std::move(items.begin(), items.end(), model->m_rows.begin() + at);
            model->endInsertRows();
        }
        void updateRow(qsizetype row, const T &item)
        {
            T &current = model->m_rows[row];
            if (current == item)
                return;
            const quint64 columns = model->changedColumns(current, item);
            current = item;
            model->m_changes.add(int(row), columns);
        }
        void updatesDone()
        {
            model->m_changes.flush(int(model->m_rows.size()),
                                   [this](int top, int left, int bottom, int right) {
                                       Q_EMIT model->dataChanged(model->index(top, left),
                                                                 model->index(bottom, right));
                                   });
        }
    };

    QList<T> m_rows;
    QHash<QString, int> m_index;
    QLocale m_locale;
    RowChangeSet m_changes;
};

} // namespace Elson
