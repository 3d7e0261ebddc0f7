// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketsessionrule.h"

namespace Elson {

namespace {

/** The next extended-session open at or after @p now. */
Timestamp nextSessionOpen(const MarketCalendar &calendar, const Timestamp &now)
{
    QDate day = MarketCalendar::newYorkDate(now);
    if (calendar.isTradingDay(day) && now < calendar.sessionOpen(day))
        return calendar.sessionOpen(day);
    day = calendar.nextTradingDay(day);
    return day.isValid() ? calendar.sessionOpen(day) : Timestamp();
}

} // namespace

RuleResult MarketSessionRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    const QString tifField = QStringLiteral("time_in_force");
    const QString tif = QString(enumToWire(t.timeInForce));
    if (context.now.isNull()) {
        return warn(tifField,
                    tr("%1: the exchange time is unknown, so the market session cannot "
                       "be checked.")
                        .arg(fieldLabel(tifField)));
    }
    const MarketCalendar &calendar = context.calendar;

    if (t.timeInForce == TimeInForce::Opg || t.timeInForce == TimeInForce::Cls) {
        const Result<Timestamp> auction = t.timeInForce == TimeInForce::Opg
            ? calendar.openingAuctionFor(context.now)
            : calendar.closingAuctionFor(context.now);
        if (!auction) {
            return block(tifField,
                         tr("%1 %2: %3").arg(fieldLabel(tifField), tif, auction.error().message));
        }
        return pass();
    }

    MarketSession session = calendar.sessionAt(context.now);
    // The broker's clock knows unscheduled closures and openings the calendar cannot.
    if (context.clock && !context.clock->timestamp.isNull()) {
        if (context.clock->isOpen)
            session = MarketSession::Regular;
        else if (session == MarketSession::Regular)
            session = MarketSession::Closed;
    }
    if (session == MarketSession::Regular)
        return pass();

    if (t.extendedHours) {
        if (session != MarketSession::Closed)
            return pass();
        const Timestamp next = nextSessionOpen(calendar, context.now);
        const QString field = QStringLiteral("extended_hours");
        return warn(field,
                    tr("%1: the market is closed; this order waits for the next session at "
                       "%2.")
                        .arg(fieldLabel(field), next.toString()),
                    { { QStringLiteral("next_session_open"), QVariant::fromValue(next) } });
    }
    const Timestamp nextOpen = context.clock && !context.clock->nextOpen.isNull()
        ? context.clock->nextOpen
        : calendar.nextOpen(context.now);
    QString state;
    switch (session) {
    case MarketSession::PreMarket:
        state = tr("it is pre-market");
        break;
    case MarketSession::AfterHours:
        state = tr("it is after hours");
        break;
    case MarketSession::Closed:
    case MarketSession::Regular:
        state = tr("the market is closed");
        break;
    }
    return warn(tifField,
                tr("%1 %2: %3; this order will queue for the regular open at %4.")
                    .arg(fieldLabel(tifField), tif, state, nextOpen.toString()),
                { { QStringLiteral("next_open"), QVariant::fromValue(nextOpen) } });
}

} // namespace Elson
