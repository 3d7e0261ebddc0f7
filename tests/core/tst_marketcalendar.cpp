// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketcalendar.h"

#include <QSet>
#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Elson::MarketSession)

namespace {

Timestamp ts(const QString &text)
{
    const Result<Timestamp> parsed = Timestamp::fromString(text);
    if (!parsed)
        qFatal("bad timestamp in test data: %s", qPrintable(text));
    return parsed.value();
}

QDate date(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

/// Holidays and early closes as "YYYY-MM-DD", early closes marked with a trailing '*'.
QStringList flatten(const QList<MarketHoliday> &holidays)
{
    QStringList result;
    for (const MarketHoliday &holiday : holidays) {
        QString text = holiday.date.toString(Qt::ISODate);
        if (holiday.earlyClose)
            text += u'*';
        result.append(text);
    }
    return result;
}

// Full-day closures as NYSE Group published them for 2025–2027, typed from the
// announcement rather than from the table under test.
const QStringList kPublishedHolidays = {
    u"2025-01-01"_s, u"2025-01-09"_s, u"2025-01-20"_s, u"2025-02-17"_s, u"2025-04-18"_s,
    u"2025-05-26"_s, u"2025-06-19"_s, u"2025-07-04"_s, u"2025-09-01"_s, u"2025-11-27"_s,
    u"2025-12-25"_s,
    u"2026-01-01"_s, u"2026-01-19"_s, u"2026-02-16"_s, u"2026-04-03"_s, u"2026-05-25"_s,
    u"2026-06-19"_s, u"2026-07-03"_s, u"2026-09-07"_s, u"2026-11-26"_s, u"2026-12-25"_s,
    u"2027-01-01"_s, u"2027-01-18"_s, u"2027-02-15"_s, u"2027-03-26"_s, u"2027-05-31"_s,
    u"2027-06-18"_s, u"2027-07-05"_s, u"2027-09-06"_s, u"2027-11-25"_s, u"2027-12-24"_s,
};

} // namespace

class tst_MarketCalendar : public QObject
{
    Q_OBJECT

private slots:
    void holidaysAreClosed_data();
    void holidaysAreClosed();
    void earlyCloses_data();
    void earlyCloses();
    void fullDays_data();
    void fullDays();
    void publishedScheduleIsComplete();

    void tableMatchesRules_data();
    void tableMatchesRules();
    void rulesForOtherYears_data();
    void rulesForOtherYears();

    void days_data();
    void days();
    void neighbours_data();
    void neighbours();

    void sessionAt_data();
    void sessionAt();
    void clockAt_data();
    void clockAt();
    void dayBounds();

    void fromNewYork_data();
    void fromNewYork();
    void newYorkDate_data();
    void newYorkDate();

    void auctions_data();
    void auctions();

    void serverCalendar();
    void invalidInput();
    void sessionNames();

private:
    MarketCalendar m_calendar;
};

// --- trading days

void tst_MarketCalendar::holidaysAreClosed_data()
{
    QTest::addColumn<QDate>("day");
    for (const QString &iso : kPublishedHolidays)
        QTest::newRow(qPrintable(iso)) << date(iso);
}

void tst_MarketCalendar::holidaysAreClosed()
{
    QFETCH(QDate, day);
    QVERIFY(day.dayOfWeek() <= Qt::Friday);
    QVERIFY(!m_calendar.isTradingDay(day));
    QVERIFY(!m_calendar.isEarlyClose(day));
    QVERIFY(!m_calendar.day(day).has_value());
    QVERIFY(m_calendar.regularOpen(day).isNull());
    QVERIFY(m_calendar.sessionClose(day).isNull());
    QVERIFY(!m_calendar.holidayName(day).isEmpty());
    QCOMPARE(m_calendar.sessionAt(MarketCalendar::fromNewYork(day, QTime(11, 0))),
             MarketSession::Closed);
}

void tst_MarketCalendar::earlyCloses_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("settlement");

    QTest::newRow("2025 day before Independence Day") << QDate(2025, 7, 3) << QDate(2025, 7, 7);
    QTest::newRow("2025 day after Thanksgiving") << QDate(2025, 11, 28) << QDate(2025, 12, 1);
    QTest::newRow("2025 Christmas Eve") << QDate(2025, 12, 24) << QDate(2025, 12, 26);
    QTest::newRow("2026 day after Thanksgiving") << QDate(2026, 11, 27) << QDate(2026, 11, 30);
    QTest::newRow("2026 Christmas Eve") << QDate(2026, 12, 24) << QDate(2026, 12, 28);
    QTest::newRow("2027 day after Thanksgiving") << QDate(2027, 11, 26) << QDate(2027, 11, 29);
}

void tst_MarketCalendar::earlyCloses()
{
    QFETCH(QDate, day);
    QFETCH(QDate, settlement);

    QVERIFY(m_calendar.isTradingDay(day));
    QVERIFY(m_calendar.isEarlyClose(day));
    QVERIFY(!m_calendar.holidayName(day).isEmpty());
    const std::optional<CalendarDay> tradingDay = m_calendar.day(day);
    QVERIFY(tradingDay.has_value());
    QCOMPARE(*tradingDay,
             (CalendarDay{day, QTime(9, 30), QTime(13, 0), QTime(4, 0), QTime(17, 0), settlement}));
}

void tst_MarketCalendar::fullDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("settlement");

    QTest::newRow("ordinary Tuesday") << QDate(2026, 3, 10) << QDate(2026, 3, 11);
    QTest::newRow("Friday settles Monday") << QDate(2026, 3, 6) << QDate(2026, 3, 9);
    QTest::newRow("first EDT Monday") << QDate(2026, 3, 9) << QDate(2026, 3, 10);
    QTest::newRow("first EST Monday") << QDate(2026, 11, 2) << QDate(2026, 11, 3);
    QTest::newRow("before unscheduled closure") << QDate(2025, 1, 8) << QDate(2025, 1, 10);
    QTest::newRow("before Thanksgiving") << QDate(2026, 11, 25) << QDate(2026, 11, 27);
    // Independence Day observed on Friday July 3: Thursday July 2 trades full hours.
    QTest::newRow("2026-07-02 no early close") << QDate(2026, 7, 2) << QDate(2026, 7, 6);
    // July 4 on a Sunday, observed Monday: Friday July 2 trades full hours.
    QTest::newRow("2027-07-02 no early close") << QDate(2027, 7, 2) << QDate(2027, 7, 6);
    // Christmas observed Friday December 24: the Thursday before is an ordinary day.
    QTest::newRow("2027-12-23 no early close") << QDate(2027, 12, 23) << QDate(2027, 12, 27);
    // New Year's Day 2028 is a Saturday and is not observed on Friday December 31.
    QTest::newRow("2027-12-31 trades") << QDate(2027, 12, 31) << QDate(2028, 1, 3);
    QTest::newRow("2026-12-31 settles after New Year") << QDate(2026, 12, 31) << QDate(2027, 1, 4);
    QTest::newRow("2025-12-31") << QDate(2025, 12, 31) << QDate(2026, 1, 2);
    QTest::newRow("before Good Friday 2027") << QDate(2027, 3, 25) << QDate(2027, 3, 29);
}

void tst_MarketCalendar::fullDays()
{
    QFETCH(QDate, day);
    QFETCH(QDate, settlement);

    QVERIFY(m_calendar.isTradingDay(day));
    QVERIFY(!m_calendar.isEarlyClose(day));
    QVERIFY(m_calendar.holidayName(day).isEmpty());
    QCOMPARE(m_calendar.settlementDate(day), settlement);
    const std::optional<CalendarDay> tradingDay = m_calendar.day(day);
    QVERIFY(tradingDay.has_value());
    QCOMPARE(*tradingDay,
             (CalendarDay{day, QTime(9, 30), QTime(16, 0), QTime(4, 0), QTime(20, 0), settlement}));
}

void tst_MarketCalendar::publishedScheduleIsComplete()
{
    // Every weekday of 2025–2027 that is not a published holiday trades, and only
    // the published early closes close early.
    const QSet<QDate> early = {QDate(2025, 7, 3),   QDate(2025, 11, 28), QDate(2025, 12, 24),
                               QDate(2026, 11, 27), QDate(2026, 12, 24), QDate(2027, 11, 26)};
    QSet<QDate> closed;
    for (const QString &iso : kPublishedHolidays)
        closed.insert(date(iso));

    for (QDate day(2025, 1, 1); day.year() <= 2027; day = day.addDays(1)) {
        const bool weekday = day.dayOfWeek() <= Qt::Friday;
        QCOMPARE(m_calendar.isTradingDay(day), weekday && !closed.contains(day));
        QCOMPARE(m_calendar.isEarlyClose(day), early.contains(day));
    }
}

// --- the table against the rules

void tst_MarketCalendar::tableMatchesRules_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("unscheduled");

    QTest::newRow("2025") << 2025 << QStringList{u"2025-01-09"_s}; // mourning for President Carter
    QTest::newRow("2026") << 2026 << QStringList();
    QTest::newRow("2027") << 2027 << QStringList();
    QTest::newRow("2028 (rules only)") << 2028 << QStringList();
}

void tst_MarketCalendar::tableMatchesRules()
{
    QFETCH(int, year);
    QFETCH(QStringList, unscheduled);

    QList<MarketHoliday> table = MarketCalendar::holidays(year);
    const qsizetype removed = table.removeIf([&](const MarketHoliday &holiday) {
        return unscheduled.contains(holiday.date.toString(Qt::ISODate));
    });
    QCOMPARE(removed, unscheduled.size());
    const QList<MarketHoliday> rules = MarketCalendar::ruleHolidays(year);
    QCOMPARE(flatten(table), flatten(rules));
    // Names included: an observed holiday must be labelled as observed in both.
    QCOMPARE(table, rules);
    for (const MarketHoliday &holiday : std::as_const(table)) {
        QCOMPARE(holiday.date.year(), year);
        QVERIFY(holiday.date.dayOfWeek() <= Qt::Friday);
        QVERIFY(!holiday.name.isEmpty());
    }
}

void tst_MarketCalendar::rulesForOtherYears_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("expected"); // '*' marks an early close

    // From NYSE Group's announcements for those years.
    QTest::newRow("2022: Saturday New Year unobserved")
        << 2022
        << QStringList{u"2022-01-17"_s, u"2022-02-21"_s,  u"2022-04-15"_s,  u"2022-05-30"_s,
                       u"2022-06-20"_s, u"2022-07-04"_s,  u"2022-09-05"_s,  u"2022-11-24"_s,
                       u"2022-11-25*"_s, u"2022-12-26"_s};
    QTest::newRow("2023: Sunday New Year on Monday")
        << 2023
        << QStringList{u"2023-01-02"_s,  u"2023-01-16"_s, u"2023-02-20"_s,  u"2023-04-07"_s,
                       u"2023-05-29"_s,  u"2023-06-19"_s, u"2023-07-03*"_s, u"2023-07-04"_s,
                       u"2023-09-04"_s,  u"2023-11-23"_s, u"2023-11-24*"_s, u"2023-12-25"_s};
    QTest::newRow("2024")
        << 2024
        << QStringList{u"2024-01-01"_s,  u"2024-01-15"_s, u"2024-02-19"_s,  u"2024-03-29"_s,
                       u"2024-05-27"_s,  u"2024-06-19"_s, u"2024-07-03*"_s, u"2024-07-04"_s,
                       u"2024-09-02"_s,  u"2024-11-28"_s, u"2024-11-29*"_s, u"2024-12-24*"_s,
                       u"2024-12-25"_s};
    QTest::newRow("2028: Saturday New Year unobserved")
        << 2028
        << QStringList{u"2028-01-17"_s, u"2028-02-21"_s,  u"2028-04-14"_s,  u"2028-05-29"_s,
                       u"2028-06-19"_s, u"2028-07-03*"_s, u"2028-07-04"_s,  u"2028-09-04"_s,
                       u"2028-11-23"_s, u"2028-11-24*"_s, u"2028-12-25"_s};
    QTest::newRow("2021: before Juneteenth")
        << 2021
        << QStringList{u"2021-01-01"_s, u"2021-01-18"_s, u"2021-02-15"_s,  u"2021-04-02"_s,
                       u"2021-05-31"_s, u"2021-07-05"_s, u"2021-09-06"_s,  u"2021-11-25"_s,
                       u"2021-11-26*"_s, u"2021-12-24"_s};
}

void tst_MarketCalendar::rulesForOtherYears()
{
    QFETCH(int, year);
    QFETCH(QStringList, expected);

    QCOMPARE(flatten(MarketCalendar::ruleHolidays(year)), expected);
    QCOMPARE(flatten(MarketCalendar::holidays(year)), expected);
}

// --- ranges and neighbours

void tst_MarketCalendar::days_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    // 261 weekdays a year; 2025 loses 11 (10 holidays and January 9), 2026 and 2027 ten each.
    QTest::newRow("2025") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << 250 << QDate(2025, 1, 2)
                          << QDate(2025, 12, 31);
    QTest::newRow("2026") << QDate(2026, 1, 1) << QDate(2026, 12, 31) << 251 << QDate(2026, 1, 2)
                          << QDate(2026, 12, 31);
    QTest::newRow("2027") << QDate(2027, 1, 1) << QDate(2027, 12, 31) << 251 << QDate(2027, 1, 4)
                          << QDate(2027, 12, 31);
    QTest::newRow("Thanksgiving week") << QDate(2026, 11, 23) << QDate(2026, 11, 29) << 4
                                       << QDate(2026, 11, 23) << QDate(2026, 11, 27);
    QTest::newRow("year end 2025") << QDate(2025, 12, 22) << QDate(2026, 1, 5) << 9
                                   << QDate(2025, 12, 22) << QDate(2026, 1, 5);
    QTest::newRow("inclusive single day") << QDate(2026, 3, 10) << QDate(2026, 3, 10) << 1
                                          << QDate(2026, 3, 10) << QDate(2026, 3, 10);
    QTest::newRow("weekend") << QDate(2026, 3, 7) << QDate(2026, 3, 8) << 0 << QDate() << QDate();
    QTest::newRow("holiday only") << QDate(2026, 7, 3) << QDate(2026, 7, 5) << 0 << QDate()
                                  << QDate();
    QTest::newRow("reversed") << QDate(2026, 3, 11) << QDate(2026, 3, 10) << 0 << QDate()
                              << QDate();
}

void tst_MarketCalendar::days()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(int, count);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const QList<CalendarDay> tradingDays = m_calendar.days(start, end);
    QCOMPARE(tradingDays.size(), count);
    if (count == 0)
        return;
    QCOMPARE(tradingDays.first().date, first);
    QCOMPARE(tradingDays.last().date, last);
    for (qsizetype i = 0; i < tradingDays.size(); ++i) {
        const CalendarDay &day = tradingDays.at(i);
        QVERIFY(!kPublishedHolidays.contains(day.date.toString(Qt::ISODate)));
        QVERIFY(day.date.dayOfWeek() <= Qt::Friday);
        QCOMPARE(day.settlementDate, m_calendar.nextTradingDay(day.date));
        if (i > 0)
            QCOMPARE(m_calendar.previousTradingDay(day.date), tradingDays.at(i - 1).date);
    }
}

void tst_MarketCalendar::neighbours_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("previous");
    QTest::addColumn<QDate>("next");

    QTest::newRow("New Year 2026") << QDate(2026, 1, 1) << QDate(2025, 12, 31) << QDate(2026, 1, 2);
    QTest::newRow("Saturday") << QDate(2026, 3, 7) << QDate(2026, 3, 6) << QDate(2026, 3, 9);
    QTest::newRow("after Good Friday") << QDate(2026, 4, 6) << QDate(2026, 4, 2)
                                       << QDate(2026, 4, 7);
    QTest::newRow("Carter closure") << QDate(2025, 1, 9) << QDate(2025, 1, 8) << QDate(2025, 1, 10);
    QTest::newRow("Independence Day 2027") << QDate(2027, 7, 5) << QDate(2027, 7, 2)
                                           << QDate(2027, 7, 6);
    QTest::newRow("into the rule years") << QDate(2025, 1, 2) << QDate(2024, 12, 31)
                                         << QDate(2025, 1, 3);
    QTest::newRow("out of the table") << QDate(2027, 12, 31) << QDate(2027, 12, 30)
                                      << QDate(2028, 1, 3);
}

void tst_MarketCalendar::neighbours()
{
    QFETCH(QDate, day);
    QFETCH(QDate, previous);
    QFETCH(QDate, next);

    QCOMPARE(m_calendar.previousTradingDay(day), previous);
    QCOMPARE(m_calendar.nextTradingDay(day), next);
    QCOMPARE(m_calendar.settlementDate(day), next);
}

// --- instants

void tst_MarketCalendar::sessionAt_data()
{
    QTest::addColumn<QString>("instant");
    QTest::addColumn<MarketSession>("session");

    const auto row = [](const QString &instant, MarketSession session) {
        QTest::newRow(qPrintable(instant)) << instant << session;
    };
    using S = MarketSession;

    // An ordinary EDT Tuesday, every boundary at nanosecond resolution.
    row(u"2026-03-10T00:00:00-04:00"_s, S::Closed);
    row(u"2026-03-10T03:59:59.999999999-04:00"_s, S::Closed);
    row(u"2026-03-10T04:00:00-04:00"_s, S::PreMarket);
    row(u"2026-03-10T09:29:59.999999999-04:00"_s, S::PreMarket);
    row(u"2026-03-10T09:30:00-04:00"_s, S::Regular);
    row(u"2026-03-10T15:59:59.999999999-04:00"_s, S::Regular);
    row(u"2026-03-10T16:00:00-04:00"_s, S::AfterHours);
    row(u"2026-03-10T19:59:59.999999999-04:00"_s, S::AfterHours);
    row(u"2026-03-10T20:00:00-04:00"_s, S::Closed);
    row(u"2026-03-10T23:59:59.999999999-04:00"_s, S::Closed);
    // The same bounds given in UTC or at a foreign offset.
    row(u"2026-03-10T13:29:59Z"_s, S::PreMarket);
    row(u"2026-03-10T13:30:00Z"_s, S::Regular);
    row(u"2026-03-10T23:59:59Z"_s, S::AfterHours);
    row(u"2026-03-11T00:00:00Z"_s, S::Closed);
    row(u"2026-03-10T09:30:00-05:00"_s, S::Regular);
    row(u"2026-03-10T09:00:00+00:00"_s, S::PreMarket);
    row(u"2026-03-10T15:30:00+01:00"_s, S::Regular);
    // EST: the open is 14:30 UTC.
    row(u"2026-01-06T14:29:59.999Z"_s, S::PreMarket);
    row(u"2026-01-06T14:30:00Z"_s, S::Regular);
    row(u"2026-01-06T21:00:00Z"_s, S::AfterHours);
    row(u"2026-01-07T01:00:00Z"_s, S::Closed);
    // Around the DST changes.
    row(u"2026-03-09T13:30:00Z"_s, S::Regular);
    row(u"2026-11-02T14:29:59Z"_s, S::PreMarket);
    row(u"2026-11-02T14:30:00Z"_s, S::Regular);
    // Weekends.
    row(u"2026-03-07T10:00:00-05:00"_s, S::Closed);
    row(u"2026-03-08T12:00:00-04:00"_s, S::Closed);
    row(u"2026-03-09T03:59:59-04:00"_s, S::Closed);
    // Holidays.
    row(u"2025-01-09T11:00:00-05:00"_s, S::Closed);
    row(u"2026-04-03T05:00:00-04:00"_s, S::Closed);
    row(u"2026-07-03T10:00:00-04:00"_s, S::Closed);
    row(u"2026-11-26T10:00:00-05:00"_s, S::Closed);
    row(u"2027-12-24T17:00:00-05:00"_s, S::Closed);
    // Early close.
    row(u"2026-11-27T04:00:00-05:00"_s, S::PreMarket);
    row(u"2026-11-27T12:59:59.999999999-05:00"_s, S::Regular);
    row(u"2026-11-27T13:00:00-05:00"_s, S::AfterHours);
    row(u"2026-11-27T16:59:59.999999999-05:00"_s, S::AfterHours);
    row(u"2026-11-27T17:00:00-05:00"_s, S::Closed);
    row(u"2025-07-03T13:00:00-04:00"_s, S::AfterHours);
    // Not an early close.
    row(u"2026-07-02T14:00:00-04:00"_s, S::Regular);
    row(u"2026-07-02T19:00:00-04:00"_s, S::AfterHours);
}

void tst_MarketCalendar::sessionAt()
{
    QFETCH(QString, instant);
    QFETCH(MarketSession, session);
    QCOMPARE(m_calendar.sessionAt(ts(instant)), session);
}

void tst_MarketCalendar::clockAt_data()
{
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<bool>("isOpen");
    QTest::addColumn<QString>("nextOpen");
    QTest::addColumn<QString>("nextClose");

    QTest::newRow("API notes example")
        << u"2026-11-23T10:15:03.418221871-05:00"_s << u"2026-11-23T10:15:03.418221871-05:00"_s
        << true << u"2026-11-24T09:30:00-05:00"_s << u"2026-11-23T16:00:00-05:00"_s;
    QTest::newRow("at the open")
        << u"2026-11-23T09:30:00-05:00"_s << u"2026-11-23T09:30:00-05:00"_s << true
        << u"2026-11-24T09:30:00-05:00"_s << u"2026-11-23T16:00:00-05:00"_s;
    QTest::newRow("at the close")
        << u"2026-11-23T16:00:00-05:00"_s << u"2026-11-23T16:00:00-05:00"_s << false
        << u"2026-11-24T09:30:00-05:00"_s << u"2026-11-24T16:00:00-05:00"_s;
    QTest::newRow("pre-market is not open")
        << u"2026-11-23T08:00:00-05:00"_s << u"2026-11-23T08:00:00-05:00"_s << false
        << u"2026-11-23T09:30:00-05:00"_s << u"2026-11-23T16:00:00-05:00"_s;
    QTest::newRow("UTC input, shown in New York")
        << u"2026-03-09T13:29:59Z"_s << u"2026-03-09T09:29:59-04:00"_s << false
        << u"2026-03-09T09:30:00-04:00"_s << u"2026-03-09T16:00:00-04:00"_s;
    // Friday evening before DST starts: the next open is in EDT.
    QTest::newRow("Friday evening into EDT")
        << u"2026-03-06T18:00:00-05:00"_s << u"2026-03-06T18:00:00-05:00"_s << false
        << u"2026-03-09T09:30:00-04:00"_s << u"2026-03-09T16:00:00-04:00"_s;
    QTest::newRow("Sunday of the spring change")
        << u"2026-03-08T12:00:00Z"_s << u"2026-03-08T08:00:00-04:00"_s << false
        << u"2026-03-09T09:30:00-04:00"_s << u"2026-03-09T16:00:00-04:00"_s;
    // Friday evening before DST ends: the next open is in EST.
    QTest::newRow("Friday evening into EST")
        << u"2026-10-30T20:00:00-04:00"_s << u"2026-10-30T20:00:00-04:00"_s << false
        << u"2026-11-02T09:30:00-05:00"_s << u"2026-11-02T16:00:00-05:00"_s;
    QTest::newRow("Friday regular hours into EST")
        << u"2026-10-30T15:00:00-04:00"_s << u"2026-10-30T15:00:00-04:00"_s << true
        << u"2026-11-02T09:30:00-05:00"_s << u"2026-10-30T16:00:00-04:00"_s;
    QTest::newRow("Sunday of the autumn change")
        << u"2026-11-01T06:30:00Z"_s << u"2026-11-01T01:30:00-05:00"_s << false
        << u"2026-11-02T09:30:00-05:00"_s << u"2026-11-02T16:00:00-05:00"_s;
    QTest::newRow("day before Thanksgiving")
        << u"2026-11-25T17:00:00-05:00"_s << u"2026-11-25T17:00:00-05:00"_s << false
        << u"2026-11-27T09:30:00-05:00"_s << u"2026-11-27T13:00:00-05:00"_s;
    QTest::newRow("early close, open")
        << u"2026-12-24T12:00:00-05:00"_s << u"2026-12-24T12:00:00-05:00"_s << true
        << u"2026-12-28T09:30:00-05:00"_s << u"2026-12-24T13:00:00-05:00"_s;
    QTest::newRow("early close, after 13:00")
        << u"2026-12-24T13:00:00-05:00"_s << u"2026-12-24T13:00:00-05:00"_s << false
        << u"2026-12-28T09:30:00-05:00"_s << u"2026-12-28T16:00:00-05:00"_s;
    QTest::newRow("before observed Independence Day")
        << u"2026-07-02T16:30:00-04:00"_s << u"2026-07-02T16:30:00-04:00"_s << false
        << u"2026-07-06T09:30:00-04:00"_s << u"2026-07-06T16:00:00-04:00"_s;
    QTest::newRow("before Good Friday")
        << u"2026-04-02T21:00:00-04:00"_s << u"2026-04-02T21:00:00-04:00"_s << false
        << u"2026-04-06T09:30:00-04:00"_s << u"2026-04-06T16:00:00-04:00"_s;
    QTest::newRow("before the Carter closure")
        << u"2025-01-08T17:00:00-05:00"_s << u"2025-01-08T17:00:00-05:00"_s << false
        << u"2025-01-10T09:30:00-05:00"_s << u"2025-01-10T16:00:00-05:00"_s;
    QTest::newRow("New Year's Eve 2027 trades")
        << u"2027-12-30T20:00:00-05:00"_s << u"2027-12-30T20:00:00-05:00"_s << false
        << u"2027-12-31T09:30:00-05:00"_s << u"2027-12-31T16:00:00-05:00"_s;
}

void tst_MarketCalendar::clockAt()
{
    QFETCH(QString, instant);
    QFETCH(QString, timestamp);
    QFETCH(bool, isOpen);
    QFETCH(QString, nextOpen);
    QFETCH(QString, nextClose);

    const Clock clock = m_calendar.clockAt(ts(instant));
    QCOMPARE(clock.timestamp.toString(), timestamp);
    QCOMPARE(clock.isOpen, isOpen);
    QCOMPARE(clock.nextOpen.toString(), nextOpen);
    QCOMPARE(clock.nextClose.toString(), nextClose);
    QCOMPARE(m_calendar.nextOpen(ts(instant)), clock.nextOpen);
    QCOMPARE(m_calendar.nextClose(ts(instant)), clock.nextClose);
}

void tst_MarketCalendar::dayBounds()
{
    QCOMPARE(m_calendar.regularOpen(QDate(2026, 3, 6)).toString(), u"2026-03-06T09:30:00-05:00"_s);
    QCOMPARE(m_calendar.regularOpen(QDate(2026, 3, 9)).toString(), u"2026-03-09T09:30:00-04:00"_s);
    QCOMPARE(m_calendar.regularClose(QDate(2026, 3, 9)).toString(), u"2026-03-09T16:00:00-04:00"_s);
    QCOMPARE(m_calendar.sessionOpen(QDate(2026, 11, 2)).toString(), u"2026-11-02T04:00:00-05:00"_s);
    QCOMPARE(m_calendar.sessionClose(QDate(2026, 11, 2)).toString(),
             u"2026-11-02T20:00:00-05:00"_s);
    QCOMPARE(m_calendar.regularClose(QDate(2026, 11, 27)).toString(),
             u"2026-11-27T13:00:00-05:00"_s);
    QCOMPARE(m_calendar.sessionClose(QDate(2026, 11, 27)).toString(),
             u"2026-11-27T17:00:00-05:00"_s);
    QVERIFY(m_calendar.regularOpen(QDate(2026, 3, 7)).isNull());
    QVERIFY(m_calendar.regularClose(QDate(2026, 12, 25)).isNull());
    QVERIFY(m_calendar.sessionOpen(QDate()).isNull());
}

// --- New York time

void tst_MarketCalendar::fromNewYork_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("summer") << QDate(2026, 7, 1) << QTime(9, 30) << u"2026-07-01T09:30:00-04:00"_s;
    QTest::newRow("winter") << QDate(2026, 12, 1) << QTime(9, 30) << u"2026-12-01T09:30:00-05:00"_s;
    QTest::newRow("milliseconds") << QDate(2026, 3, 10) << QTime(9, 30, 0, 123)
                                  << u"2026-03-10T09:30:00.123-04:00"_s;
    QTest::newRow("midnight") << QDate(2026, 1, 1) << QTime(0, 0) << u"2026-01-01T00:00:00-05:00"_s;
    QTest::newRow("last EST second") << QDate(2026, 3, 8) << QTime(1, 59, 59)
                                     << u"2026-03-08T01:59:59-05:00"_s;
    // 02:00–03:00 does not exist on 2026-03-08: read at -05:00, i.e. 03:30 EDT.
    QTest::newRow("spring gap") << QDate(2026, 3, 8) << QTime(2, 30) << u"2026-03-08T03:30:00-04:00"_s;
    QTest::newRow("first EDT hour") << QDate(2026, 3, 8) << QTime(3, 0)
                                    << u"2026-03-08T03:00:00-04:00"_s;
    QTest::newRow("before fall-back") << QDate(2026, 11, 1) << QTime(0, 59)
                                      << u"2026-11-01T00:59:00-04:00"_s;
    // 01:00–02:00 happens twice on 2026-11-01: the first (EDT) is taken.
    QTest::newRow("fall-back hour") << QDate(2026, 11, 1) << QTime(1, 30)
                                    << u"2026-11-01T01:30:00-04:00"_s;
    QTest::newRow("after fall-back") << QDate(2026, 11, 1) << QTime(2, 0)
                                     << u"2026-11-01T02:00:00-05:00"_s;
    QTest::newRow("before the epoch") << QDate(1969, 12, 31) << QTime(19, 0)
                                      << u"1969-12-31T19:00:00-05:00"_s;
}

void tst_MarketCalendar::fromNewYork()
{
    QFETCH(QDate, day);
    QFETCH(QTime, time);
    QFETCH(QString, expected);

    const Timestamp actual = MarketCalendar::fromNewYork(day, time);
    const Timestamp wanted = ts(expected);
    QCOMPARE(actual, wanted);
    QCOMPARE(actual.offsetSeconds(), wanted.offsetSeconds());
    QCOMPARE(MarketCalendar::toNewYork(wanted).offsetSeconds(), actual.offsetSeconds());
}

void tst_MarketCalendar::newYorkDate_data()
{
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("EDT evening") << u"2026-03-10T03:59:59Z"_s << QDate(2026, 3, 9);
    QTest::newRow("EDT midnight") << u"2026-03-10T04:00:00Z"_s << QDate(2026, 3, 10);
    QTest::newRow("EST evening") << u"2026-01-10T04:59:59.999999999Z"_s << QDate(2026, 1, 9);
    QTest::newRow("EST midnight") << u"2026-01-10T05:00:00Z"_s << QDate(2026, 1, 10);
    QTest::newRow("Tokyo morning") << u"2026-06-02T08:00:00+09:00"_s << QDate(2026, 6, 1);
    QTest::newRow("before the epoch") << u"1969-12-31T23:00:00Z"_s << QDate(1969, 12, 31);
}

void tst_MarketCalendar::newYorkDate()
{
    QFETCH(QString, instant);
    QFETCH(QDate, expected);
    QCOMPARE(MarketCalendar::newYorkDate(ts(instant)), expected);
}

// --- OPG and CLS cut-offs

void tst_MarketCalendar::auctions_data()
{
    QTest::addColumn<bool>("opening");
    QTest::addColumn<QString>("submitted");
    QTest::addColumn<QString>("auction"); // empty: rejected

    QTest::newRow("OPG before 09:28") << true << u"2026-03-10T09:27:59-04:00"_s
                                      << u"2026-03-10T09:30:00-04:00"_s;
    QTest::newRow("OPG at 09:28") << true << u"2026-03-10T09:28:00-04:00"_s << QString();
    QTest::newRow("OPG at noon") << true << u"2026-03-10T12:00:00-04:00"_s << QString();
    QTest::newRow("OPG just before 19:00") << true << u"2026-03-10T18:59:59.999-04:00"_s
                                           << QString();
    QTest::newRow("OPG at 19:00") << true << u"2026-03-10T19:00:00-04:00"_s
                                  << u"2026-03-11T09:30:00-04:00"_s;
    QTest::newRow("OPG on a Saturday") << true << u"2026-03-07T12:00:00-05:00"_s
                                       << u"2026-03-09T09:30:00-04:00"_s;
    QTest::newRow("OPG before Thanksgiving") << true << u"2026-11-25T19:30:00-05:00"_s
                                             << u"2026-11-27T09:30:00-05:00"_s;
    QTest::newRow("CLS in the morning") << false << u"2026-03-10T08:00:00-04:00"_s
                                        << u"2026-03-10T16:00:00-04:00"_s;
    QTest::newRow("CLS before 15:50") << false << u"2026-03-10T15:49:59-04:00"_s
                                      << u"2026-03-10T16:00:00-04:00"_s;
    QTest::newRow("CLS at 15:50") << false << u"2026-03-10T15:50:00-04:00"_s << QString();
    QTest::newRow("CLS after the close") << false << u"2026-03-10T17:00:00-04:00"_s << QString();
    QTest::newRow("CLS at 19:00") << false << u"2026-03-10T19:00:00-04:00"_s
                                  << u"2026-03-11T16:00:00-04:00"_s;
    QTest::newRow("CLS early close before 12:50") << false << u"2026-11-27T12:49:59-05:00"_s
                                                  << u"2026-11-27T13:00:00-05:00"_s;
    QTest::newRow("CLS early close at 12:50") << false << u"2026-11-27T12:50:00-05:00"_s
                                              << QString();
    QTest::newRow("CLS Friday night") << false << u"2026-11-27T19:00:00-05:00"_s
                                      << u"2026-11-30T16:00:00-05:00"_s;
}

void tst_MarketCalendar::auctions()
{
    QFETCH(bool, opening);
    QFETCH(QString, submitted);
    QFETCH(QString, auction);

    const Result<Timestamp> result = opening ? m_calendar.openingAuctionFor(ts(submitted))
                                             : m_calendar.closingAuctionFor(ts(submitted));
    if (auction.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Validation);
        QCOMPARE(result.error().field, u"time_in_force"_s);
        QVERIFY(result.error().message.contains(u"19:00"_s));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result.value().toString(), auction);
    }
}

// --- the broker's calendar

void tst_MarketCalendar::serverCalendar()
{
    MarketCalendar calendar;
    const QDate monday(2026, 6, 1);
    calendar.applyServerCalendar(
        monday, monday.addDays(4),
        {
            {monday, QTime(9, 30), QTime(16, 0), QTime(4, 0), QTime(20, 0), QDate()},
            // Tuesday is missing: an unscheduled closure.
            {monday.addDays(2), QTime(9, 30), QTime(13, 0), QTime(4, 0), QTime(), QDate()},
            // Old fixtures carry a 07:00–19:00 extended session.
            {monday.addDays(3), QTime(9, 30), QTime(16, 0), QTime(7, 0), QTime(19, 0), QDate()},
            {monday.addDays(4), QTime(9, 30), QTime(16, 0), QTime(4, 0), QTime(20, 0),
             QDate(2026, 6, 9)},
            // Outside the range: ignored.
            {monday.addDays(7), QTime(9, 30), QTime(13, 0), QTime(4, 0), QTime(17, 0), QDate()},
        });

    QVERIFY(calendar.isTradingDay(monday));
    QVERIFY(!calendar.isTradingDay(monday.addDays(1)));
    QVERIFY(calendar.holidayName(monday.addDays(1)).isEmpty());
    QCOMPARE(calendar.day(monday)->settlementDate, monday.addDays(2));
    QCOMPARE(calendar.nextTradingDay(monday), monday.addDays(2));

    QVERIFY(calendar.isEarlyClose(monday.addDays(2)));
    QCOMPARE(calendar.day(monday.addDays(2))->sessionClose, QTime(17, 0));

    const QDate thursday = monday.addDays(3);
    QCOMPARE(calendar.sessionAt(MarketCalendar::fromNewYork(thursday, QTime(6, 59))),
             MarketSession::Closed);
    QCOMPARE(calendar.sessionAt(MarketCalendar::fromNewYork(thursday, QTime(7, 0))),
             MarketSession::PreMarket);
    QCOMPARE(calendar.sessionAt(MarketCalendar::fromNewYork(thursday, QTime(19, 0))),
             MarketSession::Closed);

    QCOMPARE(calendar.day(monday.addDays(4))->settlementDate, QDate(2026, 6, 9));
    QVERIFY(!calendar.isEarlyClose(monday.addDays(7)));
    QCOMPARE(calendar.days(monday, monday.addDays(7)).size(), 5);

    const Clock clock = calendar.clockAt(ts(u"2026-06-01T17:00:00-04:00"_s));
    QCOMPARE(clock.nextOpen.toString(), u"2026-06-03T09:30:00-04:00"_s);
    QCOMPARE(clock.nextClose.toString(), u"2026-06-03T13:00:00-04:00"_s);

    // The built-in schedule itself is untouched, and comes back when cleared.
    QVERIFY(m_calendar.isTradingDay(monday.addDays(1)));
    calendar.clearServerCalendar();
    QVERIFY(calendar.isTradingDay(monday.addDays(1)));
    QVERIFY(!calendar.isEarlyClose(monday.addDays(2)));
}

void tst_MarketCalendar::invalidInput()
{
    QVERIFY(!m_calendar.isTradingDay(QDate()));
    QVERIFY(!m_calendar.day(QDate()).has_value());
    QVERIFY(m_calendar.days(QDate(), QDate(2026, 1, 5)).isEmpty());
    QVERIFY(m_calendar.nextTradingDay(QDate()).isNull());
    QVERIFY(m_calendar.holidayName(QDate()).isEmpty());
    QCOMPARE(m_calendar.sessionAt(Timestamp()), MarketSession::Closed);
    QCOMPARE(m_calendar.clockAt(Timestamp()), Clock());
    QVERIFY(m_calendar.nextOpen(Timestamp()).isNull());
    QVERIFY(!m_calendar.openingAuctionFor(Timestamp()).ok());
    QVERIFY(MarketCalendar::fromNewYork(QDate(), QTime(9, 30)).isNull());
    QVERIFY(MarketCalendar::fromNewYork(QDate(2026, 1, 5), QTime()).isNull());
    QVERIFY(MarketCalendar::newYorkDate(Timestamp()).isNull());
}

void tst_MarketCalendar::sessionNames()
{
    const QStringList names = {MarketCalendar::sessionName(MarketSession::Closed),
                               MarketCalendar::sessionName(MarketSession::PreMarket),
                               MarketCalendar::sessionName(MarketSession::Regular),
                               MarketCalendar::sessionName(MarketSession::AfterHours)};
    for (const QString &name : names)
        QVERIFY(!name.isEmpty());
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
}

QTEST_GUILESS_MAIN(tst_MarketCalendar)
#include "tst_marketcalendar.moc"
