// SPDX-License-Identifier: GPL-3.0-or-later
#include "simorderbook.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace Elson {

std::size_t SimOrderBook::IdHash::operator()(const QString &id) const noexcept
{
    const char16_t *p = reinterpret_cast<const char16_t *>(id.constData());
    qsizetype n = id.size();
    std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ std::uint64_t(n);
    for (; n >= 4; n -= 4, p += 4) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, sizeof word);
        h = (h ^ word) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    for (; n > 0; --n, ++p)
        h = (h ^ *p) * 0xc4ceb9fe1a85ec53ULL;
    return std::size_t(h ^ (h >> 29));
}

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
        m_byClientOrderId.insert_or_assign(record.order.clientOrderId, id);
    const int slot = record.tracking.slot; // a copy keeps its symbol
    record.tracking = {};
    record.tracking.slot = slot;
    auto [it, inserted] = m_records.insert_or_assign(id, std::move(record));
    Q_ASSERT(inserted);
    SimOrderRecord &stored = it->second;
    stored.tracking.stored = &stored;
    stored.tracking.symbol = symbolFor(stored.order.symbol);
    sync(stored);
    return stored;
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
    const auto it = m_byClientOrderId.find(clientOrderId);
    return it == m_byClientOrderId.end() ? nullptr : find(it->second);
}

int SimOrderBook::symbolFor(const QString &symbol)
{
    const auto it = m_symbolIndex.constFind(symbol);
    if (it != m_symbolIndex.constEnd())
        return it.value();
    const int index = int(m_symbols.size());
    m_symbols.emplace_back();
    m_symbols.back().symbol = symbol;
    m_symbolIndex.insert(symbol, index);
    return index;
}

void SimOrderBook::sync(SimOrderRecord &record)
{
    // Only stored records are indexed (never a caller's copy).
    SimOrderRecord *rec = record.tracking.stored == &record ? &record : find(record.order.id);
    if (!rec)
        return;
    SimOrderRecord::Tracking &t = rec->tracking;
    const Order &o = rec->order;
    const qint64 seq = rec->sequence;
    Symbol &symbol = m_symbols[std::size_t(t.symbol)];
    const int side = sideIndex(o.side);

    const bool open = !isTerminal(o.status);
    const bool once = o.timeInForce == TimeInForce::Ioc || o.timeInForce == TimeInForce::Fok;
    const bool auctionTif = o.timeInForce == TimeInForce::Opg || o.timeInForce == TimeInForce::Cls;
    // A plain limit acts at a step only when the quote reaches its price.
    const bool plain = o.type == OrderType::Limit && o.limitPrice && !once && !auctionTif;

    // Sequence numbers only grow, so a new entry goes at the end of its index.
    const auto file = [&](SimOrderRecord::BySequence &index, bool &filed,
                          SimOrderRecord::BySequence::iterator &at, bool want) {
        if (want == filed)
            return;
        if (want)
            at = index.emplace_hint(index.end(), seq, rec);
        else
            index.erase(at);
        filed = want;
    };
    bool symbolOpen = t.open;
    file(m_open, t.open, t.openAt, open);
    file(symbol.open[side], symbolOpen, t.symbolOpenAt, open);
    file(m_accepted, t.accepted, t.acceptedAt, open && o.status == OrderStatus::Accepted);
    file(m_watched, t.watched, t.watchedAt, open && !plain && !auctionTif);
    const qint8 ladder = open && plain ? qint8(side) : qint8(-1);
    const std::int64_t ladderUnits =
        ladder < 0 ? 0 : (side == 0 ? -o.limitPrice->units() : o.limitPrice->units());
    if (ladder != t.ladder || ladderUnits != t.ladderUnits) {
        if (t.ladder >= 0)
            symbol.ladder[t.ladder].erase(t.ladderAt);
        if (ladder >= 0)
            t.ladderAt = symbol.ladder[ladder].emplace(std::pair { ladderUnits, seq }, rec).first;
        t.ladder = ladder;
        t.ladderUnits = ladderUnits;
    }
    const auto refile = [&](Timed &index, bool &filed, std::int64_t &nanos, Timed::iterator &entry,
                            const Timestamp &at) {
        const bool want = open && !at.isNull();
        const std::int64_t wantNanos = want ? at.epochNanos() : 0;
        if (want == filed && wantNanos == nanos)
            return;
        if (filed)
            index.erase(entry);
        if (want)
            entry = index.emplace(wantNanos, seq, rec).first;
        filed = want;
        nanos = wantNanos;
    };
    refile(m_expiries, t.expiring, t.expiryNanos, t.expiryAt, o.expiresAt);
    refile(m_auctions, t.auction, t.auctionNanos, t.auctionAt, rec->auctionAt);
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

void SimOrderBook::bySequence(std::vector<SimOrderRecord *> &records)
{
    std::sort(records.begin(), records.end(),
              [](const SimOrderRecord *a, const SimOrderRecord *b) { return a->sequence < b->sequence; });
    records.erase(std::unique(records.begin(), records.end()), records.end());
}

void SimOrderBook::appendCrossed(const Symbol &symbol, std::int64_t bidUnits, std::int64_t askUnits,
                                 std::vector<SimOrderRecord *> &work)
{
    if (askUnits > 0) {
        for (const auto &[key, rec] : symbol.ladder[0]) {
            if (key.first > -askUnits)
                break; // −limit > −ask: the limit is below the ask, as every later one
            work.push_back(rec);
        }
    }
    if (bidUnits > 0) {
        for (const auto &[key, rec] : symbol.ladder[1]) {
            if (key.first > bidUnits)
                break;
            work.push_back(rec);
        }
    }
}

std::vector<SimOrderRecord *> SimOrderBook::due(const Timed &index, const Timestamp &at)
{
    std::vector<SimOrderRecord *> records;
    if (at.isNull())
        return records;
    const std::int64_t limit = at.epochNanos();
    for (const auto &[nanos, seq, rec] : index) {
        if (nanos > limit)
            break;
        records.push_back(rec);
    }
    bySequence(records);
    return records;
}

std::vector<SimOrderRecord *> SimOrderBook::auctionsDue(const Timestamp &at) const
{
    return due(m_auctions, at);
}

std::vector<SimOrderRecord *> SimOrderBook::expiriesDue(const Timestamp &at) const
{
    return due(m_expiries, at);
}

std::vector<const SimOrderRecord *> SimOrderBook::timedBetween(const Timestamp &after,
                                                               const Timestamp &before) const
{
    std::vector<SimOrderRecord *> records;
    for (const Timed *index : { &m_expiries, &m_auctions }) {
        auto it = after.isNull() ? index->begin()
                                 : index->upper_bound({ after.epochNanos(), std::numeric_limits<qint64>::max(),
                                                        nullptr });
        for (; it != index->end(); ++it) {
            if (!before.isNull() && std::get<0>(*it) >= before.epochNanos())
                break;
            records.push_back(std::get<2>(*it));
        }
    }
    bySequence(records);
    return { records.begin(), records.end() };
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

SimOrderRecord *SimOrderBook::root(SimOrderRecord &record)
{
    if (!record.isLeg())
        return &record;
    SimOrderRecord *parent = find(record.parentId);
    return parent ? parent : &record;
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
    const auto wanted = [this, &query](const SimOrderRecord &record) {
        const Order &order = record.order;
        if (query.nested && record.isLeg())
            return false; // shown under its parent
        if (!query.after.isNull() && !(order.submittedAt > query.after))
            return false;
        if (!query.until.isNull() && !(order.submittedAt < query.until))
            return false;
        if (!query.symbols.isEmpty() && !query.symbols.contains(order.symbol))
            return false;
        if (query.side && order.side != *query.side)
            return false;
        // sim decision: with nested=true a group counts as open while any of its orders is
        // open, so a filled bracket entry still lists its working exits under status=open
        // (Alpaca has been seen to drop them, §7.1; showing them is what a trader needs).
        const bool open = query.nested ? isGroupOpen(record) : !isTerminal(order.status);
        return !((query.status == Status::Open && !open) || (query.status == Status::Closed && open));
    };

    QList<Order> result;
    if (query.status == Status::Open) {
        // From the open index, not every order ever stored: the terminal polls status=open
        // all day, and a long session keeps thousands of closed orders. Nested, an open leg
        // stands for its group.
        std::vector<const SimOrderRecord *> candidates;
        candidates.reserve(m_open.size());
        for (const auto &entry : m_open)
            candidates.push_back(query.nested ? root(*entry.second) : entry.second);
        std::sort(candidates.begin(), candidates.end(),
                  [](const SimOrderRecord *a, const SimOrderRecord *b) { return a->sequence < b->sequence; });
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        const auto count = candidates.size();
        for (std::size_t n = 0; n < count && result.size() < query.limit; ++n) {
            const SimOrderRecord *record = candidates[query.ascending ? n : count - 1 - n];
            if (wanted(*record))
                result.append(view(*record, query.nested));
        }
        return result;
    }

    const qsizetype count = m_ids.size();
    for (qsizetype n = 0; n < count && result.size() < query.limit; ++n) {
        const QString &id = m_ids.at(query.ascending ? n : count - 1 - n);
        const SimOrderRecord *record = find(id);
        if (record && wanted(*record))
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
    m_accepted.clear();
    m_watched.clear();
    m_expiries.clear();
    m_auctions.clear();
    m_symbols.clear();
    m_symbolIndex.clear();
    m_nextSequence = 1;
}

} // namespace Elson
