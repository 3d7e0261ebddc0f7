// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketcalendar.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace Elson {

namespace {

// --- hours (New York wall clock)

const QTime kSessionOpen(4, 0);
const QTime kRegularOpen(9, 30);
const QTime kEarlyClose(13, 0);
const QTime kEarlySessionClose(17, 0);
const QTime kRegularClose(16, 0);
const QTime kSessionClose(20, 0);
// OPG and CLS orders are refused until 19:00, then queue for the next auction (§7.3).
const QTime kAuctionOrdersReopen(19, 0);
constexpr int kOpgCutoffSecs = 2 * 60;  // 09:28 is two minutes before the open
constexpr int kClsCutoffSecs = 10 * 60; // 15:50 is ten minutes before the close

// The longest NYSE closure since 1933 lasted four trading days (September 2001);
// scanning a year for the next trading day is plenty and still bounded.
constexpr int kMaxScanDays = 366;

constexpr std::int64_t kUnixEpochJulianDay = 2440588; // 1970-01-01
constexpr std::int64_t kSecsPerDay = 86400;

// --- holiday names (translated where they are shown)

constexpr const char *kNewYearsDay = QT_TRANSLATE_NOOP("MarketCalendar", "New Year's Day");
constexpr const char *kNewYearsDayObserved =
    QT_TRANSLATE_NOOP("MarketCalendar", "New Year's Day (observed)");
constexpr const char *kMlkDay = QT_TRANSLATE_NOOP("MarketCalendar", "Martin Luther King, Jr. Day");
constexpr const char *kWashingtonsBirthday =
    QT_TRANSLATE_NOOP("MarketCalendar", "Washington's Birthday");
constexpr const char *kGoodFriday = QT_TRANSLATE_NOOP("MarketCalendar", "Good Friday");
constexpr const char *kMemorialDay = QT_TRANSLATE_NOOP("MarketCalendar", "Memorial Day");
constexpr const char *kJuneteenth =
    QT_TRANSLATE_NOOP("MarketCalendar", "Juneteenth National Independence Day");
constexpr const char *kJuneteenthObserved =
    QT_TRANSLATE_NOOP("MarketCalendar", "Juneteenth National Independence Day (observed)");
constexpr const char *kIndependenceDay = QT_TRANSLATE_NOOP("MarketCalendar", "Independence Day");
constexpr const char *kIndependenceDayObserved =
    QT_TRANSLATE_NOOP("MarketCalendar", "Independence Day (observed)");
constexpr const char *kLaborDay = QT_TRANSLATE_NOOP("MarketCalendar", "Labor Day");
constexpr const char *kThanksgiving = QT_TRANSLATE_NOOP("MarketCalendar", "Thanksgiving Day");
constexpr const char *kChristmas = QT_TRANSLATE_NOOP("MarketCalendar", "Christmas Day");
constexpr const char *kChristmasObserved =
    QT_TRANSLATE_NOOP("MarketCalendar", "Christmas Day (observed)");
constexpr const char *kDayBeforeIndependenceDay =
    QT_TRANSLATE_NOOP("MarketCalendar", "Day before Independence Day");
constexpr const char *kDayAfterThanksgiving =
    QT_TRANSLATE_NOOP("MarketCalendar", "Day after Thanksgiving");
constexpr const char *kChristmasEve = QT_TRANSLATE_NOOP("MarketCalendar", "Christmas Eve");
constexpr const char *kCarterMourning =
    QT_TRANSLATE_NOOP("MarketCalendar", "National Day of Mourning for President Jimmy Carter");

constexpr bool Holiday = false;
constexpr bool Early = true;

struct TableRow
{
    int year;
    int month;
    int day;
    bool earlyClose;
    const char *name;
};

/*
 * NYSE holidays and 13:00 early closes (extended session to 17:00), as NYSE Group
 * published them for 2025–2027. tst_MarketCalendar checks every row against the
 * rule computation below; the only row no rule produces is marked "unscheduled".
 */
// clang-format off
constexpr TableRow kTable[] = {
    // 2025
    {2025, 1, 1, Holiday, kNewYearsDay},            // Wed
    {2025, 1, 9, Holiday, kCarterMourning},         // Thu; unscheduled: declared 2024-12-30
    {2025, 1, 20, Holiday, kMlkDay},                // 3rd Mon of January
    {2025, 2, 17, Holiday, kWashingtonsBirthday},   // 3rd Mon of February
    {2025, 4, 18, Holiday, kGoodFriday},            // Easter 2025-04-20
    {2025, 5, 26, Holiday, kMemorialDay},           // last Mon of May
    {2025, 6, 19, Holiday, kJuneteenth},            // Thu
    {2025, 7, 3, Early, kDayBeforeIndependenceDay}, // Thu, a trading day before the holiday
    {2025, 7, 4, Holiday, kIndependenceDay},        // Fri
    {2025, 9, 1, Holiday, kLaborDay},               // 1st Mon of September
    {2025, 11, 27, Holiday, kThanksgiving},         // 4th Thu of November
    {2025, 11, 28, Early, kDayAfterThanksgiving},
    {2025, 12, 24, Early, kChristmasEve},           // Wed
    {2025, 12, 25, Holiday, kChristmas},            // Thu
    // 2026
    {2026, 1, 1, Holiday, kNewYearsDay},            // Thu
    {2026, 1, 19, Holiday, kMlkDay},
    {2026, 2, 16, Holiday, kWashingtonsBirthday},
    {2026, 4, 3, Holiday, kGoodFriday},             // Easter 2026-04-05
    {2026, 5, 25, Holiday, kMemorialDay},
    {2026, 6, 19, Holiday, kJuneteenth},            // Fri
    // July 4 is a Saturday, observed Friday July 3. NYSE does not close early on
    // Thursday July 2 (no early close precedes an observed Independence Day).
    {2026, 7, 3, Holiday, kIndependenceDayObserved},
    {2026, 9, 7, Holiday, kLaborDay},
    {2026, 11, 26, Holiday, kThanksgiving},
    {2026, 11, 27, Early, kDayAfterThanksgiving},
    {2026, 12, 24, Early, kChristmasEve},           // Thu
    {2026, 12, 25, Holiday, kChristmas},            // Fri
    // 2027
    {2027, 1, 1, Holiday, kNewYearsDay},            // Fri
    {2027, 1, 18, Holiday, kMlkDay},
    {2027, 2, 15, Holiday, kWashingtonsBirthday},
    {2027, 3, 26, Holiday, kGoodFriday},            // Easter 2027-03-28
    {2027, 5, 31, Holiday, kMemorialDay},
    {2027, 6, 18, Holiday, kJuneteenthObserved},    // June 19 is a Saturday
    // July 4 is a Sunday, observed Monday July 5; Friday July 2 trades full hours.
    {2027, 7, 5, Holiday, kIndependenceDayObserved},
    {2027, 9, 6, Holiday, kLaborDay},
    {2027, 11, 25, Holiday, kThanksgiving},
    {2027, 11, 26, Early, kDayAfterThanksgiving},
    // December 25 is a Saturday, observed Friday December 24, so there is no
    // Christmas Eve early close. Friday December 31 trades full hours: New Year's
    // Day 2028 falls on a Saturday and NYSE Rule 7.2 observes no holiday for it.
    {2027, 12, 24, Holiday, kChristmasObserved},
};
// clang-format on

struct Entry
{
    QDate date;
    bool earlyClose = false;
    const char *name = nullptr;
};

// --- the standing rules

QDate nthWeekday(int year, int month, int dayOfWeek, int n)
{
    const QDate first(year, month, 1);
    return first.addDays((dayOfWeek - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

QDate lastWeekday(int year, int month, int dayOfWeek)
{
    const QDate last(year, month, QDate(year, month, 1).daysInMonth());
    return last.addDays(-((last.dayOfWeek() - dayOfWeek + 7) % 7));
}

// Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return {year, month, day};
}

// NYSE Rule 7.2: a Saturday holiday is observed on Friday, a Sunday one on Monday.
Entry observed(QDate date, const char *name, const char *observedName)
{
    switch (date.dayOfWeek()) {
    case Qt::Saturday:
        return {date.addDays(-1), false, observedName};
    case Qt::Sunday:
        return {date.addDays(1), false, observedName};
    default:
        return {date, false, name};
    }
}

bool isMondayToThursday(QDate date)
{
    return date.dayOfWeek() >= Qt::Monday && date.dayOfWeek() <= Qt::Thursday;
}

/*
 * The rules behind every regular NYSE holiday and early close, used outside the
 * table's years so the calendar keeps working. They describe the modern schedule
 * only: Juneteenth starts in 2022, but older changes (MLK Day from 1998, past
 * early-close practice) and unscheduled closures are not modelled.
 */
QList<Entry> ruleEntries(int year)
{
    QList<Entry> entries;
    if (!QDate(year, 1, 1).isValid())
        return entries;
    entries.reserve(14);

    // New Year's Day: Sunday → Monday; on a Saturday there is no holiday, because
    // Rule 7.2 does not close the exchange on the last trading day of the year.
    const QDate newYear(year, 1, 1);
    if (newYear.dayOfWeek() == Qt::Sunday)
        entries.append({newYear.addDays(1), false, kNewYearsDayObserved});
    else if (newYear.dayOfWeek() != Qt::Saturday)
        entries.append({newYear, false, kNewYearsDay});

    entries.append({nthWeekday(year, 1, Qt::Monday, 3), false, kMlkDay});
    entries.append({nthWeekday(year, 2, Qt::Monday, 3), false, kWashingtonsBirthday});
    entries.append({easterSunday(year).addDays(-2), false, kGoodFriday});
    entries.append({lastWeekday(year, 5, Qt::Monday), false, kMemorialDay});
    if (year >= 2022)
        entries.append(observed(QDate(year, 6, 19), kJuneteenth, kJuneteenthObserved));

    // The day before Independence Day closes early only when it is a Monday to
    // Thursday; when July 4 falls on a weekend the observed holiday gets none.
    const QDate july3(year, 7, 3);
    if (isMondayToThursday(july3))
        entries.append({july3, true, kDayBeforeIndependenceDay});
    entries.append(observed(QDate(year, 7, 4), kIndependenceDay, kIndependenceDayObserved));

    entries.append({nthWeekday(year, 9, Qt::Monday, 1), false, kLaborDay});
    const QDate thanksgiving = nthWeekday(year, 11, Qt::Thursday, 4);
    entries.append({thanksgiving, false, kThanksgiving});
    entries.append({thanksgiving.addDays(1), true, kDayAfterThanksgiving});

    // Christmas Eve closes early only on a Monday to Thursday: on a Friday it is
    // either a normal day before a weekend or the observed Christmas holiday.
    const QDate christmasEve(year, 12, 24);
    if (isMondayToThursday(christmasEve))
        entries.append({christmasEve, true, kChristmasEve});
    entries.append(observed(QDate(year, 12, 25), kChristmas, kChristmasObserved));

    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.date < b.date; });
    return entries;
}

QList<Entry> builtInEntries(int year)
{
    if (year < MarketCalendar::FirstTabulatedYear || year > MarketCalendar::LastTabulatedYear)
        return ruleEntries(year);
    QList<Entry> entries;
    for (const TableRow &row : kTable) {
        if (row.year == year)
            entries.append({QDate(row.year, row.month, row.day), row.earlyClose, row.name});
    }
    return entries;
}

std::optional<Entry> builtInEntry(QDate date)
{
    if (date.year() >= MarketCalendar::FirstTabulatedYear
        && date.year() <= MarketCalendar::LastTabulatedYear) {
        for (const TableRow &row : kTable) {
            if (row.year == date.year() && row.month == date.month() && row.day == date.day())
                return Entry{date, row.earlyClose, row.name};
        }
        return std::nullopt;
    }
    for (const Entry &entry : ruleEntries(date.year())) {
        if (entry.date == date)
            return entry;
    }
    return std::nullopt;
}

/// The hours of @p date without its settlement date, from the broker's answer if known.
std::optional<CalendarDay> hoursOf(const QMap<QDate, std::optional<CalendarDay>> &serverDays,
                                   QDate date)
{
    if (!date.isValid())
        return std::nullopt;
    if (const auto it = serverDays.constFind(date); it != serverDays.constEnd())
        return *it;
    if (date.dayOfWeek() >= Qt::Saturday)
        return std::nullopt;
    const std::optional<Entry> entry = builtInEntry(date);
    if (entry && !entry->earlyClose)
        return std::nullopt;
    const bool early = entry.has_value();
    return CalendarDay{date,
                       kRegularOpen,
                       early ? kEarlyClose : kRegularClose,
                       kSessionOpen,
                       early ? kEarlySessionClose : kSessionClose,
                       QDate()};
}

QList<MarketHoliday> toHolidays(const QList<Entry> &entries)
{
    QList<MarketHoliday> holidays;
    holidays.reserve(entries.size());
    for (const Entry &entry : entries)
        holidays.append({entry.date, entry.earlyClose, MarketCalendar::tr(entry.name)});
    return holidays;
}

// --- New York time

const QTimeZone &newYorkZone()
{
    // Every session bound is defined in New York; tzdata knows its DST history.
    static const QTimeZone zone(QByteArrayLiteral("America/New_York"));
    Q_ASSERT_X(zone.isValid(), "MarketCalendar", "America/New_York is not in the time-zone database");
    return zone;
}

int offsetAtUtc(std::int64_t epochSeconds)
{
    return newYorkZone().offsetFromUtc(QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc()));
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

// --- trading days

bool MarketCalendar::isTradingDay(QDate date) const
{
    return hoursOf(m_serverDays, date).has_value();
}

bool MarketCalendar::isEarlyClose(QDate date) const
{
    const std::optional<CalendarDay> hours = hoursOf(m_serverDays, date);
    return hours && hours->close < kRegularClose;
}

QString MarketCalendar::holidayName(QDate date) const
{
    if (!date.isValid())
        return {};
    const std::optional<Entry> entry = builtInEntry(date);
    return entry ? tr(entry->name) : QString();
}

std::optional<CalendarDay> MarketCalendar::day(QDate date) const
{
    std::optional<CalendarDay> result = hoursOf(m_serverDays, date);
    if (result && result->settlementDate.isNull())
        result->settlementDate = settlementDate(date);
    return result;
}

QList<CalendarDay> MarketCalendar::days(QDate start, QDate end) const
{
    QList<CalendarDay> result;
    if (!start.isValid() || !end.isValid() || end < start)
        return result;
    for (QDate date = start; date <= end; date = date.addDays(1)) {
        if (std::optional<CalendarDay> tradingDay = day(date))
            result.append(*tradingDay);
    }
    return result;
}

QDate MarketCalendar::nextTradingDay(QDate date) const
{
    if (!date.isValid())
        return {};
    for (int i = 1; i <= kMaxScanDays; ++i) {
        if (isTradingDay(date.addDays(i)))
            return date.addDays(i);
    }
    return {};
}

QDate MarketCalendar::previousTradingDay(QDate date) const
{
    if (!date.isValid())
        return {};
    for (int i = 1; i <= kMaxScanDays; ++i) {
        if (isTradingDay(date.addDays(-i)))
            return date.addDays(-i);
    }
    return {};
}

QDate MarketCalendar::settlementDate(QDate tradeDate) const
{
    // US equities settle T+1 since 2024-05-28. Settlement really follows the
    // banks' calendar too (Columbus and Veterans Day); Alpaca's field is what counts.
    return nextTradingDay(tradeDate);
}

// --- bounds of a trading day

Timestamp MarketCalendar::regularOpen(QDate date) const
{
    const std::optional<CalendarDay> hours = hoursOf(m_serverDays, date);
    return hours ? fromNewYork(date, hours->open) : Timestamp();
}

Timestamp MarketCalendar::regularClose(QDate date) const
{
    const std::optional<CalendarDay> hours = hoursOf(m_serverDays, date);
    return hours ? fromNewYork(date, hours->close) : Timestamp();
}

Timestamp MarketCalendar::sessionOpen(QDate date) const
{
    const std::optional<CalendarDay> hours = hoursOf(m_serverDays, date);
    return hours ? fromNewYork(date, hours->sessionOpen) : Timestamp();
}

Timestamp MarketCalendar::sessionClose(QDate date) const
{
    const std::optional<CalendarDay> hours = hoursOf(m_serverDays, date);
    return hours ? fromNewYork(date, hours->sessionClose) : Timestamp();
}

// --- instants

MarketSession MarketCalendar::sessionAt(const Timestamp &instant) const
{
    if (instant.isNull())
        return MarketSession::Closed;
    // Every session lies within one New York calendar day (04:00–20:00).
    const QDate date = newYorkDate(instant);
    const std::optional<CalendarDay> hours = hoursOf(m_serverDays, date);
    if (!hours || instant < fromNewYork(date, hours->sessionOpen))
        return MarketSession::Closed;
    if (instant < fromNewYork(date, hours->open))
        return MarketSession::PreMarket;
    if (instant < fromNewYork(date, hours->close))
        return MarketSession::Regular;
    if (instant < fromNewYork(date, hours->sessionClose))
        return MarketSession::AfterHours;
    return MarketSession::Closed;
}

Clock MarketCalendar::clockAt(const Timestamp &instant) const
{
    if (instant.isNull())
        return {};
    return Clock{toNewYork(instant), sessionAt(instant) == MarketSession::Regular,
                 nextOpen(instant), nextClose(instant)};
}

Timestamp MarketCalendar::nextOpen(const Timestamp &instant) const
{
    if (instant.isNull())
        return {};
    QDate date = newYorkDate(instant);
    for (int i = 0; i <= kMaxScanDays; ++i, date = date.addDays(1)) {
        if (const std::optional<CalendarDay> hours = hoursOf(m_serverDays, date)) {
            const Timestamp open = fromNewYork(date, hours->open);
            if (open > instant)
                return open;
        }
    }
    return {};
}

Timestamp MarketCalendar::nextClose(const Timestamp &instant) const
{
    if (instant.isNull())
        return {};
    QDate date = newYorkDate(instant);
    for (int i = 0; i <= kMaxScanDays; ++i, date = date.addDays(1)) {
        if (const std::optional<CalendarDay> hours = hoursOf(m_serverDays, date)) {
            const Timestamp close = fromNewYork(date, hours->close);
            if (close > instant)
                return close;
        }
    }
    return {};
}

/*
 * The refusal windows apply on trading days only: an OPG or CLS order sent on a
 * weekend or holiday queues for the next auction. Sources are silent on that and
 * on early-close days (assumed: the CLS cut-off moves with the close, to 12:50,
 * and orders are accepted again from 19:00). Simulator decision, §18.
 */
Result<Timestamp> MarketCalendar::openingAuctionFor(const Timestamp &submittedAt) const
{
    if (submittedAt.isNull())
        return Error::validation(u"submitted_at"_s, tr("The submission time is missing."));
    const QDate date = newYorkDate(submittedAt);
    if (const std::optional<CalendarDay> hours = hoursOf(m_serverDays, date)) {
        const QTime cutoff = hours->open.addSecs(-kOpgCutoffSecs);
        if (submittedAt >= fromNewYork(date, cutoff)
            && submittedAt < fromNewYork(date, kAuctionOrdersReopen)) {
            return Error::validation(
                u"time_in_force"_s,
                tr("Opening-auction (OPG) orders are not accepted between %1 and %2 ET.")
                    .arg(cutoff.toString(u"HH:mm"_s), kAuctionOrdersReopen.toString(u"HH:mm"_s)));
        }
    }
    const Timestamp open = nextOpen(submittedAt);
    if (open.isNull())
        return Error::validation(u"time_in_force"_s, tr("No market open is scheduled."));
    return open;
}

Result<Timestamp> MarketCalendar::closingAuctionFor(const Timestamp &submittedAt) const
{
    if (submittedAt.isNull())
        return Error::validation(u"submitted_at"_s, tr("The submission time is missing."));
    const QDate date = newYorkDate(submittedAt);
    if (const std::optional<CalendarDay> hours = hoursOf(m_serverDays, date)) {
        const QTime cutoff = hours->close.addSecs(-kClsCutoffSecs);
        if (submittedAt >= fromNewYork(date, cutoff)
            && submittedAt < fromNewYork(date, kAuctionOrdersReopen)) {
            return Error::validation(
                u"time_in_force"_s,
                tr("Closing-auction (CLS) orders are not accepted between %1 and %2 ET.")
                    .arg(cutoff.toString(u"HH:mm"_s), kAuctionOrdersReopen.toString(u"HH:mm"_s)));
        }
    }
    const Timestamp close = nextClose(submittedAt);
    if (close.isNull())
        return Error::validation(u"time_in_force"_s, tr("No market close is scheduled."));
    return close;
}

// --- the broker's calendar

void MarketCalendar::applyServerCalendar(QDate start, QDate end,
                                         const QList<CalendarDay> &tradingDays)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return;
    // A day the broker left out of its answer is a day it does not trade.
    for (QDate date = start; date <= end; date = date.addDays(1))
        m_serverDays.insert(date, std::nullopt);
    for (CalendarDay tradingDay : tradingDays) {
        if (!tradingDay.date.isValid() || tradingDay.date < start || tradingDay.date > end)
            continue;
        if (!tradingDay.open.isValid())
            tradingDay.open = kRegularOpen;
        if (!tradingDay.close.isValid())
            tradingDay.close = kRegularClose;
        if (!tradingDay.sessionOpen.isValid())
            tradingDay.sessionOpen = kSessionOpen;
        if (!tradingDay.sessionClose.isValid())
            tradingDay.sessionClose =
                tradingDay.close < kRegularClose ? kEarlySessionClose : kSessionClose;
        m_serverDays.insert(tradingDay.date, tradingDay);
    }
}

void MarketCalendar::clearServerCalendar()
{
    m_serverDays.clear();
}

// --- New York time

Timestamp MarketCalendar::fromNewYork(QDate date, QTime time)
{
    if (!date.isValid() || !time.isValid())
        return {};
    const std::int64_t wallMs =
        (date.toJulianDay() - kUnixEpochJulianDay) * kSecsPerDay * 1000 + time.msecsSinceStartOfDay();
    const std::int64_t wallSecs = floorDiv(wallMs, 1000);

    // The offsets a day either side bracket any transition (they are months apart).
    // An offset fits when the instant it gives really has that offset.
    const int before = offsetAtUtc(wallSecs - kSecsPerDay);
    const int after = offsetAtUtc(wallSecs + kSecsPerDay);
    const bool beforeFits = offsetAtUtc(wallSecs - before) == before;
    const bool afterFits = offsetAtUtc(wallSecs - after) == after;

    int offset = before; // also the gap case: read at the offset before the spring-forward
    if (beforeFits && afterFits)
        offset = std::max(before, after); // twice in the fall-back hour: the first (EDT)
    else if (afterFits)
        offset = after;

    const std::int64_t nanos = (wallMs - std::int64_t(offset) * 1000) * 1'000'000;
    return Timestamp::fromEpochNanos(nanos, offsetAtUtc(floorDiv(nanos, 1'000'000'000)));
}

Timestamp MarketCalendar::toNewYork(const Timestamp &instant)
{
    if (instant.isNull())
        return {};
    return instant.withOffset(offsetAtUtc(instant.epochSeconds()));
}

QDate MarketCalendar::newYorkDate(const Timestamp &instant)
{
    if (instant.isNull())
        return {};
    const std::int64_t secs = instant.epochSeconds();
    const std::int64_t localDays = floorDiv(secs + offsetAtUtc(secs), kSecsPerDay);
    return QDate::fromJulianDay(kUnixEpochJulianDay + localDays);
}

// --- the schedule

QList<MarketHoliday> MarketCalendar::holidays(int year)
{
    return toHolidays(builtInEntries(year));
}

QList<MarketHoliday> MarketCalendar::ruleHolidays(int year)
{
    return toHolidays(ruleEntries(year));
}

QString MarketCalendar::sessionName(MarketSession session)
{
    switch (session) {
    case MarketSession::Closed:
        return tr("Closed");
    case MarketSession::PreMarket:
        return tr("Pre-market");
    case MarketSession::Regular:
        return tr("Regular hours");
    case MarketSession::AfterHours:
        return tr("After-hours");
    }
    return {};
}

} // namespace Elson
