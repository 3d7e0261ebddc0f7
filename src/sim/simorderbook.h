// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simexchange.h"
#include "simorderrecord.h"

#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <unordered_map>

namespace Elson {

/**
 * Every order the simulated account has seen, in submission order, with the
 * indexes the engine needs: by id, by client_order_id, and the open ones in
 * submission order (what the matcher walks). Pure storage and querying; the
 * rules live in SimExchange.
 */
class SimOrderBook final
{
public:
    /**
     * Stores @p record with the next sequence number and returns the stored copy.
     * References to stored records stay valid until clear().
     */
    SimOrderRecord &insert(SimOrderRecord record);
    /** Stores a record read back from saved state, keeping its sequence number. */
    SimOrderRecord &restore(SimOrderRecord record);
    [[nodiscard]] SimOrderRecord *find(const QString &id);
    [[nodiscard]] const SimOrderRecord *find(const QString &id) const;
    [[nodiscard]] const SimOrderRecord *findByClientOrderId(const QString &clientOrderId) const;
    [[nodiscard]] bool containsClientOrderId(const QString &clientOrderId) const
    {
        return m_byClientOrderId.contains(clientOrderId);
    }

    /** Keeps the open index in step after @p record's status changed. */
    void sync(const SimOrderRecord &record);
    /** Ids of the non-terminal orders (held legs included), oldest first. */
    [[nodiscard]] QStringList openIds() const;
    /**
     * The non-terminal orders, oldest first: a snapshot, so the records may change
     * state (and leave the open index) while the caller walks it.
     */
    [[nodiscard]] QList<SimOrderRecord *> openRecords() const;
    /** Calls @p visit for each non-terminal order, oldest first; it must not change states. */
    template<typename F> void forEachOpen(F &&visit) const
    {
        for (const auto &entry : m_open)
            visit(static_cast<const SimOrderRecord &>(*entry.second));
    }
    [[nodiscard]] qsizetype openCount() const { return qsizetype(m_open.size()); }
    /** Every id, oldest first. */
    [[nodiscard]] const QStringList &ids() const { return m_ids; }
    [[nodiscard]] qint64 nextSequence() const { return m_nextSequence; }

    /**
     * The order as the API shows it: with @p nested, a parent carries its legs
     * (the legs' own legs stay empty).
     */
    [[nodiscard]] Order view(const SimOrderRecord &record, bool nested) const;
    /** The root of @p record's order group (the record itself when not a leg). */
    [[nodiscard]] const SimOrderRecord *root(const SimOrderRecord &record) const;
    /** Ids of @p record's whole group: the root first, then its legs. */
    [[nodiscard]] QStringList groupIds(const SimOrderRecord &record) const;

    /** GET /v2/orders (§7.1) over the stored orders; the query is assumed valid. */
    [[nodiscard]] QList<Order> query(const SimExchange::OrderQuery &query) const;

    void clear();

private:
    [[nodiscard]] bool isGroupOpen(const SimOrderRecord &root) const;

    std::unordered_map<QString, SimOrderRecord> m_records; // node-based: stable references
    QHash<QString, QString> m_byClientOrderId;
    QStringList m_ids;
    std::map<qint64, SimOrderRecord *> m_open; ///< by sequence; records never move
    qint64 m_nextSequence = 1;
};

} // namespace Elson
