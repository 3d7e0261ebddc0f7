// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarday.h"
#include "clock.h"
#include "result.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include <optional>

namespace Elson {

/** The part of the New York trading day an instant falls in. */
enum class MarketSession {
    Closed,     ///< overnight, weekends and exchange holidays
    PreMarket,  ///< session open (04:00 ET) up to the regular open
    Regular,    ///< 09:30 ET up to the close (16:00, or 13:00 on early-close days)
    AfterHours, ///< the close up to the session close (20:00, or 17:00 on early-close days)
};

/** A day of the built-in NYSE schedule that is not an ordinary weekday. */
struct MarketHoliday
{
    QDate date;
    bool earlyClose = false; ///< true: 13:00 close; false: closed all day
    QString name;            ///< translated, e.g. "Good Friday" or "Christmas Eve"

    friend bool operator==(const MarketHoliday &, const MarketHoliday &) = default;
};

/**
 * The NYSE trading calendar and the extended-hours sessions Alpaca trades in,
 * as a value: what GET /v2/calendar and GET /v2/clock would answer, computed
 * locally so the terminal and the simulator agree with the broker offline.
 *
 * Holidays and early closes for 2025–2027 come from a table checked against
 * NYSE's published schedule; other years follow the same rules (see
 * ruleHolidays()). The broker's own calendar wins where it is known: feed
 * GET /v2/calendar answers to applyServerCalendar(), because closures such as
 * national days of mourning cannot be predicted.
 *
 * Every intra-day bound is half-open: 09:30:00 is regular, 16:00:00 is
 * after-hours, 20:00:00 is closed. All times are New York wall-clock times
 * (America/New_York); instants are returned at the New York offset in force at
 * that instant (-05:00 or -04:00).
 */
class MarketCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(MarketCalendar)

public:
    static constexpr int FirstTabulatedYear = 2025; ///< first year of the built-in table
    static constexpr int LastTabulatedYear = 2027;  ///< last year of the built-in table

    MarketCalendar() = default;

    // --- trading days

    /** True for a weekday that is not an exchange holiday (early closes trade). */
    [[nodiscard]] bool isTradingDay(QDate date) const;
    /** True for a trading day whose regular session closes before 16:00. */
    [[nodiscard]] bool isEarlyClose(QDate date) const;
    /**
     * The translated name of the holiday or early close on @p date in the
     * built-in schedule ("Good Friday", "Day after Thanksgiving"), else empty.
     */
    [[nodiscard]] QString holidayName(QDate date) const;
    /** The trading day as GET /v2/calendar describes it; nothing on a weekend or holiday. */
    [[nodiscard]] std::optional<CalendarDay> day(QDate date) const;
    /** Trading days from @p start to @p end, both inclusive, like GET /v2/calendar. */
    [[nodiscard]] QList<CalendarDay> days(QDate start, QDate end) const;
    /** The first trading day after @p date (null if none within a year). */
    [[nodiscard]] QDate nextTradingDay(QDate date) const;
    /** The last trading day before @p date (null if none within a year). */
    [[nodiscard]] QDate previousTradingDay(QDate date) const;
    /** T+1: the first trading day after @p tradeDate. */
    [[nodiscard]] QDate settlementDate(QDate tradeDate) const;

    // --- the bounds of a trading day as instants (null on non-trading days)

    [[nodiscard]] Timestamp regularOpen(QDate date) const;  ///< normally 09:30 ET
    [[nodiscard]] Timestamp regularClose(QDate date) const; ///< 16:00 ET, 13:00 on early closes
    [[nodiscard]] Timestamp sessionOpen(QDate date) const;  ///< extended session, 04:00 ET
    [[nodiscard]] Timestamp sessionClose(QDate date) const; ///< 20:00 ET, 17:00 on early closes

    // --- instants

    /** The session @p instant falls in; Closed for a null instant. */
    [[nodiscard]] MarketSession sessionAt(const Timestamp &instant) const;
    /**
     * GET /v2/clock at @p instant: isOpen covers regular hours only; nextOpen and
     * nextClose are the first regular open and close strictly after @p instant
     * (so while open, nextOpen is the next trading day's open). Every field is at
     * the New York offset of its own instant. A null instant gives a null Clock.
     */
    [[nodiscard]] Clock clockAt(const Timestamp &instant) const;
    /** The first regular open strictly after @p instant. */
    [[nodiscard]] Timestamp nextOpen(const Timestamp &instant) const;
    /** The first regular close strictly after @p instant. */
    [[nodiscard]] Timestamp nextClose(const Timestamp &instant) const;

    /**
     * The opening auction an OPG order submitted at @p submittedAt joins, or a
     * validation error when Alpaca rejects it (09:28–19:00 ET on a trading day;
     * after 19:00 it queues for the next open). §7.3 of the API notes.
     */
    [[nodiscard]] Result<Timestamp> openingAuctionFor(const Timestamp &submittedAt) const;
    /**
     * The closing auction a CLS order submitted at @p submittedAt joins, or a
     * validation error when Alpaca rejects it (10 minutes before the close, i.e.
     * 15:50, until 19:00 ET on a trading day; after 19:00 it queues for the next close).
     */
    [[nodiscard]] Result<Timestamp> closingAuctionFor(const Timestamp &submittedAt) const;

    // --- the broker's calendar

    /**
     * Replaces the built-in schedule for @p start..@p end (inclusive) with a
     * GET /v2/calendar answer: exactly @p tradingDays trade in that range, with
     * their times. Days outside the range are ignored; missing times get the
     * usual defaults, and a missing settlement date is computed.
     */
    void applyServerCalendar(QDate start, QDate end, const QList<CalendarDay> &tradingDays);
    /** Forgets every applyServerCalendar() answer. */
    void clearServerCalendar();

    // --- New York time

    /**
     * The instant of a New York wall-clock time, at its -05:00/-04:00 offset.
     * A time that occurs twice (the November fall-back hour) is the first
     * occurrence; a time skipped in March is read at the pre-transition offset
     * (02:30 becomes 03:30 -04:00). Null for an invalid date or time.
     */
    [[nodiscard]] static Timestamp fromNewYork(QDate date, QTime time);
    /** The same instant at the New York offset in force at that instant. */
    [[nodiscard]] static Timestamp toNewYork(const Timestamp &instant);
    /** The New York calendar date of @p instant (null for a null instant). */
    [[nodiscard]] static QDate newYorkDate(const Timestamp &instant);

    // --- the schedule itself

    /**
     * The built-in holidays and early closes of @p year, by date: the table for
     * 2025–2027 (which includes unscheduled closures), ruleHolidays() otherwise.
     * applyServerCalendar() does not change this list.
     */
    [[nodiscard]] static QList<MarketHoliday> holidays(int year);
    /** The holidays and early closes of @p year computed from NYSE's standing rules. */
    [[nodiscard]] static QList<MarketHoliday> ruleHolidays(int year);

    /** A translated, user-visible name ("Pre-market", "Regular", …). */
    [[nodiscard]] static QString sessionName(MarketSession session);

private:
    /// Per-date answers of the broker: a trading day, or nullopt for "closed".
    QMap<QDate, std::optional<CalendarDay>> m_serverDays;
};

} // namespace Elson
