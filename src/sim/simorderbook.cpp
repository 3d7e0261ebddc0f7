// SPDX-License-Identifier: GPL-3.0-or-later
#include "simorderbook.h"

#include <algorithm>

namespace Elson {

SimOrderRecord &SimOrderBook::insert(SimOrderRecord record)
{
    record.sequence = m_nextSequence++;
    return restore(std::move(record));
}

SimOrderRecord &SimOrderBook::restore(SimOrderRecord record)
{
    m_nextSequence = std::max(m_nextSequence, record.sequence + 1);
    const QString id = record.order.id;
    m_ids.append(id);
    if (!record.order.clientOrderId.isEmpty())
        m_byClientOrderId.insert(record.order.clientOrderId, id);
    auto [it, inserted] = m_records.insert_or_assign(id, std::move(record));
    Q_ASSERT(inserted);
    sync(it->second);
    return it->second;
}

SimOrderRecord *SimOrderBook::find(const QString &id)
{
    const auto it = m_records.find(id);
    return it == m_records.end() ? nullptr : &it->second;
}

const SimOrderRecord *SimOrderBook::find(const QString &id) const
{
    const auto it = m_records.find(id);
    return it == m_records.end() ? nullptr : &it->second;
}

const SimOrderRecord *SimOrderBook::findByClientOrderId(const QString &clientOrderId) const
{
    const auto it = m_byClientOrderId.constFind(clientOrderId);
    return it == m_byClientOrderId.constEnd() ? nullptr : find(it.value());
}

void SimOrderBook::sync(const SimOrderRecord &record)
{
    if (isTerminal(record.order.status)) {
        m_open.erase(record.sequence);
        return;
    }
    // Only stored records are indexed (never a caller's copy).
    if (SimOrderRecord *stored = find(record.order.id))
        m_open.insert_or_assign(stored->sequence, stored);
}

QStringList SimOrderBook::openIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_open.size()));
    for (const auto &entry : m_open)
        ids.append(entry.second->order.id);
    return ids;
}

QList<SimOrderRecord *> SimOrderBook::openRecords() const
{
    QList<SimOrderRecord *> records;
    records.reserve(qsizetype(m_open.size()));
    for (const auto &entry : m_open)
        records.append(entry.second);
    return records;
}

Order SimOrderBook::view(const SimOrderRecord &record, bool nested) const
{
    Order order = record.order;
    if (nested) {
        for (const QString &legId : record.legIds) {
            if (const SimOrderRecord *leg = find(legId))
                order.legs.append(leg->order);
        }
    }
    return order;
}

const SimOrderRecord *SimOrderBook::root(const SimOrderRecord &record) const
{
    if (!record.isLeg())
        return &record;
    const SimOrderRecord *parent = find(record.parentId);
    return parent ? parent : &record;
}

QStringList SimOrderBook::groupIds(const SimOrderRecord &record) const
{
    const SimOrderRecord *top = root(record);
    QStringList ids { top->order.id };
    ids += top->legIds;
    return ids;
}

bool SimOrderBook::isGroupOpen(const SimOrderRecord &top) const
{
    if (!isTerminal(top.order.status))
        return true;
    return std::any_of(top.legIds.cbegin(), top.legIds.cend(), [this](const QString &id) {
        const SimOrderRecord *leg = find(id);
        return leg && !isTerminal(leg->order.status);
    });
}

QList<Order> SimOrderBook::query(const SimExchange::OrderQuery &query) const
{
    using Status = SimExchange::OrderQuery::Status;
    QList<Order> result;
    const qsizetype count = m_ids.size();
    for (qsizetype n = 0; n < count && result.size() < query.limit; ++n) {
        const QString &id = m_ids.at(query.ascending ? n : count - 1 - n);
        const SimOrderRecord *record = find(id);
        if (!record)
            continue;
        const Order &order = record->order;
        if (query.nested && record->isLeg())
            continue; // shown under its parent
        if (!query.after.isNull() && !(order.submittedAt > query.after))
            continue;
        if (!query.until.isNull() && !(order.submittedAt < query.until))
            continue;
        if (!query.symbols.isEmpty() && !query.symbols.contains(order.symbol))
            continue;
        if (query.side && order.side != *query.side)
            continue;
        // sim decision: with nested=true a group counts as open while any of its orders is
        // open, so a filled bracket entry still lists its working exits under status=open
        // (Alpaca has been seen to drop them, §7.1; showing them is what a trader needs).
        const bool open = query.nested ? isGroupOpen(*record) : !isTerminal(order.status);
        if ((query.status == Status::Open && !open) || (query.status == Status::Closed && open))
            continue;
        result.append(view(*record, query.nested));
    }
    return result;
}

void SimOrderBook::clear()
{
    m_records.clear();
    m_byClientOrderId.clear();
    m_ids.clear();
    m_open.clear();
    m_nextSequence = 1;
}

} // namespace Elson
