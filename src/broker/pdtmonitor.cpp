// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdtmonitor.h"

#include <QSet>

#include <algorithm>

namespace Elson {

namespace {

struct Fill
{
    Timestamp time;
    QDate day;
    QString symbol;
    QString orderId;
    Decimal signedQty; ///< positive for a buy
};

/** The FILL activities that can be used, oldest first. */
QList<Fill> fillsOf(const QList<Activity> &activities)
{
    QList<Fill> fills;
    for (const Activity &a : activities) {
        if (!a.isTrade() || a.transactionTime.isNull() || !a.qty || !a.qty->isPositive()
            || a.symbol.isEmpty())
            continue;
        const bool buy = a.side == u"buy";
        if (!buy && a.side != u"sell" && a.side != u"sell_short")
            continue;
        const Decimal qty = buy ? *a.qty : -*a.qty;
        fills.append({ a.transactionTime, MarketCalendar::newYorkDate(a.transactionTime), a.symbol,
                       a.orderId.isEmpty() ? a.id : a.orderId, qty });
    }
    std::stable_sort(fills.begin(), fills.end(),
                     [](const Fill &x, const Fill &y) { return x.time < y.time; });
    return fills;
}

/** One symbol's position as the fills replay it. */
struct Holding
{
    Decimal qty;
    QDate day; ///< the day openedQty belongs to
    Decimal openedQty; ///< shares opened on `day` and not yet closed
};

} // namespace

QList<QDate> PdtMonitor::window(const MarketCalendar &calendar, const Timestamp &now)
{
    QList<QDate> days;
    QDate day = MarketCalendar::newYorkDate(now);
    if (!day.isValid())
        return days;
    if (!calendar.isTradingDay(day))
        day = calendar.previousTradingDay(day);
    while (day.isValid() && days.size() < WindowDays) {
        days.append(day);
        day = calendar.previousTradingDay(day);
    }
    return days;
}

PdtMonitor::Status PdtMonitor::evaluate(const QList<Activity> &activities,
                                        const MarketCalendar &calendar, const Timestamp &now,
                                        const QHash<QString, Decimal> &currentPositions)
{
    Status status;
    status.window = window(calendar, now);
    const QSet<QDate> inWindow(status.window.cbegin(), status.window.cend());
    const QList<Fill> fills = fillsOf(activities);

    // The position before the first fill: now, minus what the fills did.
    QHash<QString, Holding> holdings;
    for (auto it = currentPositions.cbegin(); it != currentPositions.cend(); ++it)
        holdings[it.key()].qty = it.value();
    for (const Fill &f : fills)
        holdings[f.symbol].qty -= f.signedQty;

    QSet<QString> counted; // "day|order": each closing order counts once a day
    for (const Fill &f : fills) {
        Holding &h = holdings[f.symbol];
        if (h.day != f.day) {
            h.day = f.day;
            h.openedQty = Decimal();
        }
        Decimal opening = f.signedQty.abs();
        if (!h.qty.isZero() && h.qty.sign() != f.signedQty.sign()) {
            const Decimal closing = Decimal::min(f.signedQty.abs(), h.qty.abs());
            opening -= closing;
            if (h.openedQty.isPositive()) {
                const QString key = f.day.toString(Qt::ISODate) + u'|' + f.orderId;
                if (!counted.contains(key)) {
                    counted.insert(key);
                    if (inWindow.contains(f.day))
                        status.dayTrades.append({ f.day, f.symbol, f.orderId });
                }
                h.openedQty = Decimal::max(Decimal(), h.openedQty - closing);
            }
        }
        h.qty += f.signedQty;
        if (opening.isPositive())
            h.openedQty += opening;
    }
    return status;
}

} // namespace Elson
