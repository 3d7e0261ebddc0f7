// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order.h"
#include "timestamp.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <set>
#include <tuple>

namespace Elson {

/**
 * One order as the engine keeps it: the wire Order (whose legs list is always
 * empty here; nesting is rebuilt on output) plus the matching state Alpaca never
 * shows.
 */
struct SimOrderRecord
{
    /// SimOrderBook's index types: records by sequence number, and by instant then sequence.
    using BySequence = std::map<qint64, SimOrderRecord *>;
    using ByInstant = std::set<std::tuple<std::int64_t, qint64, SimOrderRecord *>>;
    using ByPrice = std::map<std::pair<std::int64_t, qint64>, SimOrderRecord *>; ///< price units, sequence

    /// The part an order plays in its order class.
    enum class Role {
        Standalone, ///< a simple order
        Entry, ///< the entry of a bracket or OTO (the parent of the exits)
        TakeProfit, ///< the limit exit: a bracket/OTO leg, or the parent of an OCO
        StopLoss, ///< the stop exit: a bracket/OTO/OCO leg
    };

    Order order; ///< legs always empty
    qint64 sequence = 0; ///< submission order, assigned by the book
    Role role = Role::Standalone;
    QString parentId; ///< set on legs
    QStringList legIds; ///< set on parents
    /// Evaluated by the matcher. False for exits waiting for their entry to fill.
    bool working = false;
    /// A stop, stop-limit, trailing stop or stop-loss leg whose stop was reached.
    bool triggered = false;
    /// opg/cls: the auction instant the order joins.
    Timestamp auctionAt;
    /// Counted once as a (legacy PDT) day trade.
    bool dayTradeCounted = false;
    /// Σ qty × price of the executions, exact; filled_avg_price is derived from it.
    Decimal filledValue;

    /**
     * Engine bookkeeping, never saved and reset whenever a record is stored: where
     * SimOrderBook indexed it, and what SimExchange counts of it in its running
     * totals. A copy of a stored record keeps stale values (and a `stored` that is
     * not its own address) until it is stored itself.
     */
    struct Tracking
    {
        const SimOrderRecord *stored = nullptr; ///< the stored record's own address
        int symbol = -1; ///< SimOrderBook's index of the symbol
        mutable int slot = -1; ///< SimExchange's index of the symbol, found on first use
        // SimOrderBook's indexes: what the record was last filed under, and where (an
        // iterator is valid while its flag is set, so leaving an index needs no search).
        bool open = false;
        bool accepted = false;
        bool watched = false; ///< evaluated at every step (anything but a plain limit)
        qint8 ladder = -1; ///< a plain limit in its symbol's buy (0) or sell (1) ladder
        std::int64_t ladderUnits = 0;
        bool expiring = false;
        std::int64_t expiryNanos = 0;
        bool auction = false;
        std::int64_t auctionNanos = 0;
        BySequence::iterator openAt;
        BySequence::iterator symbolOpenAt;
        BySequence::iterator acceptedAt;
        BySequence::iterator watchedAt;
        ByInstant::iterator expiryAt;
        ByInstant::iterator auctionAt;
        ByPrice::iterator ladderAt;
        // SimExchange's buying power held by open orders
        bool reserveCounted = false;
        bool reserveStale = false; ///< queued for re-pricing
        bool quoted = false; ///< its hold depends on the quote
        Decimal reserved;
    };
    Tracking tracking;

    [[nodiscard]] bool isLeg() const { return !parentId.isEmpty(); }
    [[nodiscard]] bool isExit() const { return role == Role::TakeProfit || role == Role::StopLoss; }
    /** The quantity still to fill; zero for notional orders before their single fill. */
    [[nodiscard]] Decimal remainingQty() const
    {
        return order.qty ? *order.qty - order.filledQty : Decimal();
    }
};

} // namespace Elson
