// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordersfilterproxy.h"

#include "ordersmodel.h"

namespace Elson {

OrdersFilterProxy::OrdersFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OrdersModel::SortRole);
    setDynamicSortFilter(true);
}

OrdersFilterProxy::~OrdersFilterProxy() = default;

void OrdersFilterProxy::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

void OrdersFilterProxy::setSymbolFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_symbol)
        return;
    m_symbol = trimmed;
    invalidateFilter();
}

bool OrdersFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true; // legs go with their parent
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status != StatusFilter::All) {
        const bool open = index.data(OrdersModel::OpenRole).toBool();
        if (open != (m_status == StatusFilter::Open))
            return false;
    }
    if (!m_symbol.isEmpty()
        && !index.data(OrdersModel::SymbolRole).toString().contains(m_symbol, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace Elson
