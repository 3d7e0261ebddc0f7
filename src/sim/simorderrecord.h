// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order.h"
#include "timestamp.h"

#include <QString>
#include <QStringList>

namespace Elson {

/**
 * One order as the engine keeps it: the wire Order (whose legs list is always
 * empty here; nesting is rebuilt on output) plus the matching state Alpaca never
 * shows.
 */
struct SimOrderRecord
{
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

    [[nodiscard]] bool isLeg() const { return !parentId.isEmpty(); }
    [[nodiscard]] bool isExit() const { return role == Role::TakeProfit || role == Role::StopLoss; }
    /** The quantity still to fill; zero for notional orders before their single fill. */
    [[nodiscard]] Decimal remainingQty() const
    {
        return order.qty ? *order.qty - order.filledQty : Decimal();
    }
};

} // namespace Elson
