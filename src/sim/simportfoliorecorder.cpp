// SPDX-License-Identifier: GPL-3.0-or-later
#include "simportfoliorecorder.h"

#include "simerror.h"

#include <QRegularExpression>

#include <algorithm>

namespace Elson {

namespace {

constexpr std::int64_t kSecondsPerDay = 86'400;

std::int64_t minuteOf(const Timestamp &at)
{
    const std::int64_t seconds = at.epochSeconds();
    return seconds >= 0 ? seconds / 60 : (seconds - 59) / 60;
}

struct Period
{
    int count = 1;
    QChar unit = u'M';
};

/** The New York wall-clock date and time of @p at shifted by a period (date part only). */
Timestamp shiftCalendar(const Timestamp &at, const Period &period, int direction)
{
    const Timestamp local = MarketCalendar::toNewYork(at);
    const QDateTime dt = local.toDateTime();
    QDate date = dt.date();
    const int n = period.count * direction;
    if (period.unit == u'W')
        date = date.addDays(qint64(7) * n);
    else if (period.unit == u'M')
        date = date.addMonths(n);
    else if (period.unit == u'A')
        date = date.addYears(n);
    return MarketCalendar::fromNewYork(date, dt.time());
}

} // namespace

void SimPortfolioRecorder::record(const Timestamp &at, const Decimal &equity, bool pinned)
{
    if (!m_snapshots.isEmpty()) {
        Snapshot &last = m_snapshots.last();
        if (at < last.at)
            return; // time never runs backwards; ignore a stale value
        if (!last.pinned && minuteOf(last.at) == minuteOf(at)) {
            last = Snapshot { at, equity, pinned };
            return;
        }
    }
    m_snapshots.append(Snapshot { at, equity, pinned });
}

bool SimPortfolioRecorder::wantsSnapshot(const Timestamp &at) const
{
    return m_snapshots.isEmpty() || minuteOf(m_snapshots.last().at) != minuteOf(at);
}

void SimPortfolioRecorder::recordClose(QDate date, const Decimal &equity,
                                       const Decimal &maintenanceMargin)
{
    if (!m_closes.isEmpty() && m_closes.last().date >= date)
        return;
    m_closes.append(Close { date, equity, maintenanceMargin });
}

std::optional<SimPortfolioRecorder::Close> SimPortfolioRecorder::lastCloseBefore(QDate date) const
{
    for (auto it = m_closes.crbegin(); it != m_closes.crend(); ++it) {
        if (it->date < date)
            return *it;
    }
    return std::nullopt;
}

std::optional<Decimal> SimPortfolioRecorder::equityAt(const Timestamp &at) const
{
    const auto it =
        std::upper_bound(m_snapshots.cbegin(), m_snapshots.cend(), at,
                         [](const Timestamp &t, const Snapshot &s) { return t < s.at; });
    if (it == m_snapshots.cbegin())
        return std::nullopt;
    return std::prev(it)->equity;
}

Result<PortfolioHistory> SimPortfolioRecorder::history(const QString &periodText,
                                                       const QString &timeframeText,
                                                       const Timestamp &start, const Timestamp &end,
                                                       const Timestamp &now,
                                                       const MarketCalendar &calendar) const
{
    // --- the window
    std::optional<Period> period;
    if (!periodText.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^([1-9][0-9]{0,3})([DWMA])$"));
        const QRegularExpressionMatch match = pattern.match(periodText);
        if (!match.hasMatch()) {
            return SimError::invalidInput(tr("invalid period %1").arg(periodText),
                                          QStringLiteral("period"));
        }
        period = Period { match.captured(1).toInt(), match.captured(2).at(0) };
    }
    if (period && !start.isNull() && !end.isNull()) {
        return SimError::invalidInput(tr("only two of start, end and period may be given"),
                                      QStringLiteral("period"));
    }
    if (!start.isNull() && !end.isNull() && !(start < end)) {
        return SimError::invalidInput(tr("start must be before end"), QStringLiteral("start"));
    }

    // D counts trading days: 1D is the most recent trading day (sim decision, as Alpaca's
    // 1D shows the current or last session); W, M and A are calendar spans.
    const auto back = [&calendar](const Timestamp &to, const Period &p) {
        if (p.unit != u'D')
            return shiftCalendar(to, p, -1);
        QDate day = MarketCalendar::newYorkDate(to);
        if (!calendar.isTradingDay(day) || to < calendar.sessionOpen(day))
            day = calendar.previousTradingDay(day);
        for (int i = 1; i < p.count && day.isValid(); ++i)
            day = calendar.previousTradingDay(day);
        return MarketCalendar::fromNewYork(day, QTime(0, 0));
    };
    const auto forward = [&calendar](const Timestamp &from, const Period &p) {
        if (p.unit != u'D')
            return shiftCalendar(from, p, +1);
        QDate day = MarketCalendar::newYorkDate(from);
        if (!calendar.isTradingDay(day))
            day = calendar.nextTradingDay(day);
        for (int i = 1; i < p.count && day.isValid(); ++i)
            day = calendar.nextTradingDay(day);
        return calendar.sessionClose(day);
    };

    Timestamp from;
    Timestamp to;
    if (!start.isNull() && !end.isNull()) {
        from = start;
        to = end;
    } else if (!start.isNull()) {
        from = start;
        to = period ? forward(start, *period) : now;
    } else {
        to = end.isNull() ? now : end;
        from = back(to, period.value_or(Period {}));
    }
    if (to > now)
        to = now;
    if (from.isNull() || to.isNull() || !(from < to)) {
        return SimError::invalidInput(tr("the requested window is empty"), QStringLiteral("start"));
    }

    // --- the timeframe
    const std::int64_t spanSeconds = to.epochSeconds() - from.epochSeconds();
    QString timeframe = timeframeText;
    if (timeframe.isEmpty()) {
        timeframe = spanSeconds < 7 * kSecondsPerDay ? QStringLiteral("1Min")
            : spanSeconds < 30 * kSecondsPerDay      ? QStringLiteral("15Min")
                                                     : QStringLiteral("1D");
    }
    std::int64_t stepSeconds = 0;
    if (timeframe == u"1Min")
        stepSeconds = 60;
    else if (timeframe == u"5Min")
        stepSeconds = 300;
    else if (timeframe == u"15Min")
        stepSeconds = 900;
    else if (timeframe == u"1H")
        stepSeconds = 3600;
    else if (timeframe != u"1D")
        return SimError::invalidInput(tr("invalid timeframe %1").arg(timeframe),
                                      QStringLiteral("timeframe"));
    // 1M may be 31 calendar days; allow that much for intraday timeframes.
    if (stepSeconds > 0 && spanSeconds > 31 * kSecondsPerDay) {
        return SimError::invalidInput(
            tr("intraday timeframes are only available for periods up to 30 days"),
            QStringLiteral("timeframe"));
    }

    // --- the points
    PortfolioHistory result;
    result.timeframe = timeframe;
    const std::optional<Decimal> baseAtStart = equityAt(from);
    if (baseAtStart) {
        result.baseValue = baseAtStart;
        result.baseValueAsof = MarketCalendar::newYorkDate(from);
    } else if (!m_snapshots.isEmpty()) {
        result.baseValue = m_snapshots.first().equity;
        result.baseValueAsof = MarketCalendar::newYorkDate(m_snapshots.first().at);
    }

    const auto addPoint = [&result](const Timestamp &label, const std::optional<Decimal> &equity) {
        result.timestamp.append(label);
        result.equity.append(equity);
        if (!equity || !result.baseValue) {
            result.profitLoss.append(std::nullopt);
            result.profitLossPct.append(std::nullopt);
            return;
        }
        const Decimal pl = *equity - *result.baseValue;
        result.profitLoss.append(pl);
        result.profitLossPct.append(result.baseValue->isZero()
                                        ? Decimal()
                                        : (pl / *result.baseValue).rounded(6).normalized());
    };

    const QDate lastDay = MarketCalendar::newYorkDate(to);
    QDate day = MarketCalendar::newYorkDate(from);
    if (!calendar.isTradingDay(day))
        day = calendar.nextTradingDay(day);
    for (; day.isValid() && day <= lastDay; day = calendar.nextTradingDay(day)) {
        const Timestamp open = calendar.regularOpen(day);
        const Timestamp close = calendar.regularClose(day);
        if (open > now)
            break;
        if (stepSeconds == 0) {
            const Timestamp label = MarketCalendar::fromNewYork(day, QTime(0, 0));
            addPoint(label, equityAt(close < now ? close : now));
            continue;
        }
        for (Timestamp bucket = open; bucket < close; bucket = bucket.addSeconds(stepSeconds)) {
            const Timestamp bucketEnd = bucket.addSeconds(stepSeconds);
            if (!(bucketEnd > from) || !(bucket < to))
                continue;
            const Timestamp last = bucketEnd.addNanos(-1);
            addPoint(bucket, equityAt(last < now ? last : now));
        }
    }
    return result;
}

void SimPortfolioRecorder::restore(const QList<Snapshot> &snapshots, const QList<Close> &closes)
{
    m_snapshots = snapshots;
    m_closes = closes;
}

void SimPortfolioRecorder::clear()
{
    m_snapshots.clear();
    m_closes.clear();
}

} // namespace Elson
