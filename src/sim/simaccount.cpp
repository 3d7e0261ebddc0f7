// SPDX-License-Identifier: GPL-3.0-or-later
#include "simaccount.h"

namespace Elson {

Decimal SimAccount::Holding::avgEntryPrice() const
{
    if (qty.isZero())
        return {};
    return (costBasis / qty).normalized();
}

SimAccount::SimAccount(const Decimal &cash)
    : m_cash(cash)
{
}

const SimAccount::Holding *SimAccount::holding(const QString &symbol) const
{
    const auto it = m_holdings.constFind(symbol);
    return it == m_holdings.constEnd() ? nullptr : &it.value();
}

Decimal SimAccount::positionQty(const QString &symbol) const
{
    const Holding *h = holding(symbol);
    return h ? h->qty : Decimal();
}

SimAccount::FillEffect SimAccount::applyFill(const QString &symbol, OrderSide side,
                                             const Decimal &qty, const Decimal &price, QDate day)
{
    FillEffect effect;
    const Decimal signedQty = side == OrderSide::Buy ? qty : -qty;
    const Decimal value = qty * price;
    m_cash = side == OrderSide::Buy ? m_cash - value : m_cash + value;

    Holding &h = m_holdings[symbol];
    h.symbol = symbol;
    h.lastFillPrice = price;
    if (h.openedDay != day) {
        h.openedDay = day;
        h.openedQty = Decimal();
    }

    Decimal opening = qty; // the part of this fill that opens or adds to a position
    if (!h.qty.isZero() && h.qty.sign() != signedQty.sign()) {
        // Closing (part of) the position; any excess opens the other side.
        const Decimal held = h.qty.abs();
        const Decimal closing = Decimal::min(qty, held);
        opening = qty - closing;
        const Decimal closingSigned = h.qty.isNegative() ? -closing : closing;
        // The cost of the closed shares, pro rata; exact when the position is closed out.
        const Decimal closedCost = closing == held
            ? h.costBasis
            : (h.costBasis * closing / held).rounded(Decimal::MaxScale);
        effect.realizedPl = closingSigned * price - closedCost;
        effect.closedQty = closing;
        const Decimal closedIntraday =
            closing == held ? h.intradayBasis : (h.intradayBasis * closing / held);
        h.costBasis -= closedCost;
        h.intradayBasis -= closedIntraday;
        h.qty -= closingSigned;
        if (h.openedQty.isPositive()) {
            effect.closedSameDayShares = true;
            h.openedQty = Decimal::max(Decimal(), h.openedQty - closing);
        }
    }
    if (opening.isPositive()) {
        const Decimal openingSigned = side == OrderSide::Buy ? opening : -opening;
        h.costBasis += openingSigned * price;
        h.intradayBasis += openingSigned * price;
        h.qty += openingSigned;
        h.openedQty += opening;
    }
    effect.positionQty = h.qty;
    if (h.qty.isZero())
        m_holdings.remove(symbol);
    return effect;
}

void SimAccount::markClose(const QString &symbol, const Decimal &closePrice)
{
    auto it = m_holdings.find(symbol);
    if (it != m_holdings.end())
        it->intradayBasis = it->qty * closePrice;
}

QList<QDate> SimAccount::dayTrades() const
{
    QList<QDate> days;
    for (auto it = m_dayTrades.cbegin(); it != m_dayTrades.cend(); ++it) {
        for (int i = 0; i < it.value(); ++i)
            days.append(it.key());
    }
    return days;
}

int SimAccount::dayTradesWithin(const QList<QDate> &days) const
{
    int count = 0;
    for (const QDate &day : days)
        count += m_dayTrades.value(day);
    return count;
}

void SimAccount::restore(const Decimal &cash, const QList<Holding> &holdings,
                         const QList<QDate> &dayTrades)
{
    m_cash = cash;
    m_holdings.clear();
    for (const Holding &h : holdings)
        m_holdings.insert(h.symbol, h);
    m_dayTrades.clear();
    for (const QDate &day : dayTrades)
        recordDayTrade(day);
}

} // namespace Elson
