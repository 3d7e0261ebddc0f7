// SPDX-License-Identifier: GPL-3.0-or-later
#include "simclock.h"

#include <QDate>
#include <QLocale>

#include <chrono>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Elson {

namespace {

const QString kOption = u"--clock"_s;

QLocale numberLocale()
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return c;
}

} // namespace

// --- Spec and Sources

QString SimClock::Spec::toString() const
{
    switch (mode) {
    case Mode::Real:
        return u"real"_s;
    case Mode::Demo:
        return u"demo"_s;
    case Mode::Fixed:
        return u"fixed:"_s + start.toString();
    case Mode::Speed:
        return u"speed:"_s + numberLocale().toString(speed, 'g', QLocale::FloatingPointShortest);
    }
    return {};
}

SimClock::Sources::Sources()
    : wallClock([] {
        const auto sinceEpoch = std::chrono::system_clock::now().time_since_epoch();
        return Timestamp::fromEpochNanos(
            std::chrono::duration_cast<std::chrono::nanoseconds>(sinceEpoch).count());
    })
    , monotonicNanos([] {
        const auto sinceBoot = std::chrono::steady_clock::now().time_since_epoch();
        return std::int64_t(
            std::chrono::duration_cast<std::chrono::nanoseconds>(sinceBoot).count());
    })
{
}

// --- parsing

Result<SimClock::Spec> SimClock::parseSpec(QStringView text)
{
    Spec spec;
    if (text == u"real") {
        spec.mode = Mode::Real;
        return spec;
    }
    if (text == u"demo") {
        spec.mode = Mode::Demo;
        return spec;
    }
    if (text.startsWith(u"fixed:")) {
        const QStringView instant = text.mid(6);
        const Result<Timestamp> parsed = Timestamp::fromString(instant, kOption);
        if (!parsed) {
            return Error::validation(
                kOption,
                tr("fixed: needs an RFC 3339 instant with a UTC offset, such as "
                   "fixed:2026-11-23T10:15:00-05:00 (%1)")
                    .arg(parsed.error().message));
        }
        spec.mode = Mode::Fixed;
        spec.start = *parsed;
        return spec;
    }
    if (text.startsWith(u"speed:")) {
        const QStringView factor = text.mid(6);
        bool ok = false;
        const double speed = numberLocale().toDouble(factor, &ok);
        if (!ok || !std::isfinite(speed) || speed <= 0) {
            return Error::validation(
                kOption,
                tr("speed: needs a number greater than 0, such as speed:60, not \"%1\"")
                    .arg(factor.toString()));
        }
        if (speed > MaxSpeed) {
            return Error::validation(kOption,
                                     tr("speed: %1 is more than %2 times real time")
                                         .arg(factor.toString())
                                         .arg(MaxSpeed, 0, 'f', 0));
        }
        spec.mode = Mode::Speed;
        spec.speed = speed;
        return spec;
    }
    if (text.isEmpty())
        return Error::validation(kOption,
                                 tr("expected real, demo, fixed:<instant> or speed:<factor>"));
    return Error::validation(
        kOption,
        tr("expected real, demo, fixed:<instant> or speed:<factor>, not \"%1\"")
            .arg(text.toString()));
}

Result<std::unique_ptr<SimClock>> SimClock::fromSpec(QStringView text, MarketCalendar calendar,
                                                     Sources sources, QObject *parent)
{
    const Result<Spec> spec = parseSpec(text);
    if (!spec)
        return spec.error();
    return std::make_unique<SimClock>(*spec, std::move(calendar), std::move(sources), parent);
}

// --- the clock

SimClock::SimClock(const Spec &spec, MarketCalendar calendar, Sources sources, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_calendar(std::move(calendar))
    , m_sources(std::move(sources))
{
    m_startMonotonic = m_sources.monotonicNanos();
    switch (m_spec.mode) {
    case Mode::Real:
        break;
    case Mode::Fixed:
        m_startNanos = m_spec.start.epochNanos();
        break;
    case Mode::Speed:
        m_startNanos =
            m_spec.start.isNull() ? m_sources.wallClock().epochNanos() : m_spec.start.epochNanos();
        break;
    case Mode::Demo: {
        const Timestamp real = m_sources.wallClock();
        m_startNanos = real.epochNanos();
        m_segmentEnd = std::numeric_limits<std::int64_t>::max(); // no sessions known: run on
        if (m_calendar.sessionAt(real) == MarketSession::Regular) {
            m_segmentEnd = m_calendar.regularClose(MarketCalendar::newYorkDate(real)).epochNanos();
        } else {
            // Replay the last session that has begun: today's once its bell has rung,
            // else the previous trading day's.
            QDate day = MarketCalendar::newYorkDate(real);
            if (!m_calendar.isTradingDay(day) || real < m_calendar.regularOpen(day))
                day = m_calendar.previousTradingDay(day);
            if (day.isValid()) {
                m_startNanos = m_calendar.regularOpen(day).epochNanos();
                m_segmentEnd = m_calendar.regularClose(day).epochNanos();
            }
        }
        m_segmentStart = m_startNanos;
        m_segmentElapsed = 0;
        break;
    }
    }
}

SimClock::~SimClock() = default;

Timestamp SimClock::now() const
{
    switch (m_spec.mode) {
    case Mode::Real:
        return Timestamp::fromEpochNanos(m_sources.wallClock().epochNanos() + m_skew);
    case Mode::Fixed:
        return Timestamp::fromEpochNanos(m_startNanos + m_skew);
    case Mode::Speed: {
        const double elapsed = double(m_sources.monotonicNanos() - m_startMonotonic);
        return Timestamp::fromEpochNanos(m_startNanos + std::llround(elapsed * m_spec.speed)
                                         + m_skew);
    }
    case Mode::Demo:
        return Timestamp::fromEpochNanos(
            demoNow(m_sources.monotonicNanos() - m_startMonotonic + m_skew));
    }
    return {};
}

std::int64_t SimClock::demoNow(std::int64_t elapsed) const
{
    if (elapsed < m_segmentElapsed) {
        // Only a misbehaving monotonic source goes back; start the walk again.
        m_segmentElapsed = 0;
        m_segmentStart = m_startNanos;
        const Timestamp start = Timestamp::fromEpochNanos(m_startNanos);
        const Timestamp close = m_calendar.regularClose(MarketCalendar::newYorkDate(start));
        m_segmentEnd = close.isNull() || close <= start ? std::numeric_limits<std::int64_t>::max()
                                                        : close.epochNanos();
    }
    while (true) {
        const std::int64_t inSegment = elapsed - m_segmentElapsed;
        if (inSegment < m_segmentEnd - m_segmentStart)
            return m_segmentStart + inSegment;
        // The close: carry on at the next trading day's opening bell.
        const QDate day = MarketCalendar::newYorkDate(Timestamp::fromEpochNanos(m_segmentStart));
        const QDate next = m_calendar.nextTradingDay(day);
        if (!next.isValid())
            return m_segmentStart + inSegment; // beyond any schedule: just run on
        m_segmentElapsed += m_segmentEnd - m_segmentStart;
        m_segmentStart = m_calendar.regularOpen(next).epochNanos();
        m_segmentEnd = m_calendar.regularClose(next).epochNanos();
    }
}

bool SimClock::advance(std::int64_t nanos)
{
    if (nanos < 0)
        return false;
    m_skew += nanos;
    Q_EMIT advanced(now());
    return true;
}

} // namespace Elson
