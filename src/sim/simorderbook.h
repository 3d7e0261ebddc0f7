// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simexchange.h"
#include "simorderrecord.h"

#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace Elson {

/**
 * Every order the simulated account has seen, in submission order, with the
 * indexes the engine needs: by id, by client_order_id, the open ones in
 * submission order, per symbol and side, and what a step of the matcher must
 * look at (accepted orders, expiry and auction instants, orders evaluated at
 * every step, and plain limit orders in per-symbol price ladders), so that the
 * cost of a step or of a buying-power check does not grow with the whole book.
 * Pure storage and querying; the rules live in SimExchange.
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
        return m_byClientOrderId.find(clientOrderId) != m_byClientOrderId.end();
    }

    /**
     * Keeps the indexes in step after @p record changed (status, time in force,
     * expiry); a record that is not the stored one is looked up by id.
     */
    void sync(SimOrderRecord &record);
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

    // --- per symbol (an index is stable until clear())

    [[nodiscard]] int symbolCount() const { return int(m_symbols.size()); }
    [[nodiscard]] const QString &symbolAt(int index) const { return m_symbols[std::size_t(index)].symbol; }
    /** The index of @p symbol, -1 if no order was ever stored for it. */
    [[nodiscard]] int symbolIndex(const QString &symbol) const { return m_symbolIndex.value(symbol, -1); }
    /** Calls @p visit for each non-terminal order of @p symbol on @p side, oldest first. */
    template<typename F> void forEachOpen(int symbol, OrderSide side, F &&visit) const
    {
        if (symbol < 0)
            return;
        for (const auto &entry : m_symbols[std::size_t(symbol)].open[sideIndex(side)])
            visit(static_cast<const SimOrderRecord &>(*entry.second));
    }
    [[nodiscard]] bool hasOpen(int symbol, OrderSide side) const
    {
        return symbol >= 0 && !m_symbols[std::size_t(symbol)].open[sideIndex(side)].empty();
    }

    // --- what a step must look at (each list oldest first)

    /** Open orders with an auction instant at or before @p at. */
    [[nodiscard]] std::vector<SimOrderRecord *> auctionsDue(const Timestamp &at) const;
    /** Open orders with an expiry at or before @p at. */
    [[nodiscard]] std::vector<SimOrderRecord *> expiriesDue(const Timestamp &at) const;
    /** Open orders with an expiry or auction instant strictly between @p after and @p before. */
    [[nodiscard]] std::vector<const SimOrderRecord *> timedBetween(const Timestamp &after,
                                                                   const Timestamp &before) const;
    /**
     * The open orders a step has to evaluate, given the bid and ask of each symbol
     * (@p quoteOf(symbol index) → {bid, ask}, a non-positive price meaning none):
     * accepted orders, every order that is not a plain limit (market, stops,
     * trailing stops, ioc/fok), and the plain limits the quote reaches (buys at or
     * above the ask, sells at or below the bid). Opening and closing auction orders
     * only act through auctionsDue() and activation (they are accepted until then).
     * Any other open order is a plain limit the quote does not reach, which a step
     * leaves as it is.
     */
    template<typename QuoteOf> [[nodiscard]] std::vector<SimOrderRecord *> stepWork(QuoteOf &&quoteOf) const
    {
        std::vector<SimOrderRecord *> work;
        work.reserve(m_accepted.size() + m_watched.size());
        for (const auto &entry : m_accepted)
            work.push_back(entry.second);
        for (const auto &entry : m_watched)
            work.push_back(entry.second);
        for (std::size_t i = 0; i < m_symbols.size(); ++i) {
            const Symbol &s = m_symbols[i];
            if (s.ladder[0].empty() && s.ladder[1].empty())
                continue;
            const auto [bid, ask] = quoteOf(int(i));
            appendCrossed(s, bid, ask, work);
        }
        bySequence(work);
        return work;
    }

    /**
     * The order as the API shows it: with @p nested, a parent carries its legs
     * (the legs' own legs stay empty).
     */
    [[nodiscard]] Order view(const SimOrderRecord &record, bool nested) const;
    /** The root of @p record's order group (the record itself when not a leg). */
    [[nodiscard]] const SimOrderRecord *root(const SimOrderRecord &record) const;
    [[nodiscard]] SimOrderRecord *root(SimOrderRecord &record);
    /** Ids of @p record's whole group: the root first, then its legs. */
    [[nodiscard]] QStringList groupIds(const SimOrderRecord &record) const;

    /** GET /v2/orders (§7.1) over the stored orders; the query is assumed valid. */
    [[nodiscard]] QList<Order> query(const SimExchange::OrderQuery &query) const;

    void clear();

private:
    /// The open orders of one symbol, and its plain limits by price (best first).
    struct Symbol
    {
        QString symbol;
        SimOrderRecord::BySequence open[2]; ///< by side
        /// Buys keyed by −limit, sells by limit (units), then sequence: the most
        /// aggressive price first.
        SimOrderRecord::ByPrice ladder[2];
    };
    using Timed = SimOrderRecord::ByInstant; ///< nanos, sequence

    /// Order ids are looked up several times per order: a cheap word-at-a-time hash
    /// (qHash's seeded one costs more than the rest of the lookup for a 36-character id).
    struct IdHash
    {
        std::size_t operator()(const QString &id) const noexcept;
    };

    static int sideIndex(OrderSide side) { return side == OrderSide::Buy ? 0 : 1; }
    static void bySequence(std::vector<SimOrderRecord *> &records);
    static void appendCrossed(const Symbol &symbol, std::int64_t bidUnits, std::int64_t askUnits,
                              std::vector<SimOrderRecord *> &work);
    static std::vector<SimOrderRecord *> due(const Timed &index, const Timestamp &at);
    [[nodiscard]] bool isGroupOpen(const SimOrderRecord &root) const;
    int symbolFor(const QString &symbol);

    std::unordered_map<QString, SimOrderRecord, IdHash> m_records; // node-based: stable references
    std::unordered_map<QString, QString, IdHash> m_byClientOrderId;
    QStringList m_ids;
    SimOrderRecord::BySequence m_open; ///< records never move
    SimOrderRecord::BySequence m_accepted; ///< status accepted
    SimOrderRecord::BySequence m_watched; ///< evaluated at every step
    Timed m_expiries;
    Timed m_auctions;
    std::vector<Symbol> m_symbols;
    QHash<QString, int> m_symbolIndex;
    qint64 m_nextSequence = 1;
};

} // namespace Elson
