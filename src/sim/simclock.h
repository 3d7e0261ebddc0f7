// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "marketcalendar.h"
#include "result.h"
#include "timestamp.h"

#include <QObject>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <functional>
#include <memory>

namespace Elson {

/**
 * The time the simulator lives in. Everything in the sim that asks "what time
 * is it" (sessions, expiry, quotes) asks this clock, so a test can freeze or
 * fast-forward the whole exchange.
 *
 * Modes, as given on the command line (`--clock real|demo|fixed:ISO8601|speed:X`):
 * - `real`: the system clock.
 * - `fixed:<RFC 3339 instant>`: frozen at that instant until advance() moves it.
 * - `speed:<X>`: starts now (or at Spec::start) and runs X times faster than
 *   real time, measured on a monotonic clock.
 * - `demo` (the default): **always inside a regular session, at real speed.**
 *   When the real market is in its regular session, the demo clock is the real
 *   clock. Otherwise it starts at the opening bell (09:30 ET) of the most recent
 *   regular session that has begun — the same day's after 16:00, Friday's over
 *   the weekend, the previous trading day's before 09:30 — and replays it.
 *   Either way it then runs forward at real speed through regular hours only:
 *   when it reaches a close (16:00, or 13:00 on early-close days) it continues
 *   at the next trading day's 09:30, skipping the evening, the night, weekends
 *   and holidays. So the market is open whenever someone looks, time never goes
 *   backwards, day orders still expire at each close (the clock jumps over it),
 *   and prices move as briskly as in a real session. The demo clock runs ahead of
 *   the calendar (about 3.7 sessions per day of running): it is a simulation,
 *   and /v2/clock says what the simulated time is.
 *
 * advance() moves any mode forward explicitly (in demo mode by that much
 * regular-session time) and emits advanced(), so the engine can re-evaluate at
 * once instead of waiting for its next tick.
 *
 * The wall and monotonic clocks are injectable (Sources), so tests never sleep.
 */
class SimClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimClock)

public:
    enum class Mode { Real, Fixed, Speed, Demo };
    Q_ENUM(Mode)

    /** A parsed `--clock` value. */
    struct Spec
    {
        Mode mode = Mode::Demo;
        Timestamp start; ///< Fixed: the frozen instant; Speed: where it starts (null: now)
        double speed = 1.0; ///< Speed: how many times faster than real time (> 0)

        static Spec real() { return { Mode::Real, {}, 1.0 }; }
        static Spec demo() { return { Mode::Demo, {}, 1.0 }; }
        static Spec fixed(const Timestamp &instant) { return { Mode::Fixed, instant, 1.0 }; }
        /** @p factor times real time from @p start (null: from now). */
        static Spec accelerated(double factor, const Timestamp &start = {})
        {
            return { Mode::Speed, start, factor };
        }

        /** The `--clock` text that parses back to this spec (speed's start is not part of it). */
        [[nodiscard]] QString toString() const;

        friend bool operator==(const Spec &, const Spec &) = default;
    };

    /** Where real time comes from; the defaults read the system clocks. */
    struct Sources
    {
        Sources(); ///< the system's real-time and steady clocks

        std::function<Timestamp()> wallClock; ///< UTC, ns since the epoch
        std::function<std::int64_t()> monotonicNanos; ///< steady, any origin
    };

    static constexpr double MaxSpeed = 1'000'000.0;

    /**
     * Parses exactly `real`, `demo`, `fixed:<instant>` or `speed:<factor>`.
     * The instant is RFC 3339 with a UTC offset (e.g. 2026-11-23T10:15:00-05:00);
     * the factor a number in (0, MaxSpeed]. Errors name the `--clock` option.
     */
    [[nodiscard]] static Result<Spec> parseSpec(QStringView text);

    /** parseSpec(), then a clock for it. */
    [[nodiscard]] static Result<std::unique_ptr<SimClock>> fromSpec(QStringView text,
                                                                    MarketCalendar calendar = {},
                                                                    Sources sources = Sources(),
                                                                    QObject *parent = nullptr);

    /**
     * A clock for @p spec. @p calendar is used by demo mode to find sessions.
     * The clock starts now: speed and demo measure elapsed time from here.
     */
    explicit SimClock(const Spec &spec, MarketCalendar calendar = {}, Sources sources = Sources(),
                      QObject *parent = nullptr);
    ~SimClock() override;

    [[nodiscard]] Mode mode() const { return m_spec.mode; }
    [[nodiscard]] const Spec &spec() const { return m_spec; }

    /** The simulated current instant, in UTC. */
    [[nodiscard]] Timestamp now() const;

    /**
     * Moves the clock forward by @p nanos (≥ 0; a negative step is refused and
     * returns false) and emits advanced(). In demo mode the step is
     * regular-session time, so it may carry the clock over a close.
     */
    bool advance(std::int64_t nanos);

Q_SIGNALS:
    /** The clock was moved explicitly; @p now is the new current instant. */
    void advanced(const Elson::Timestamp &now);

private:
    [[nodiscard]] std::int64_t demoNow(std::int64_t elapsed) const;

    Spec m_spec;
    MarketCalendar m_calendar;
    Sources m_sources;
    std::int64_t m_startNanos = 0; ///< speed/demo: the simulated instant at construction
    std::int64_t m_startMonotonic = 0; ///< speed/demo: the monotonic reading at construction
    std::int64_t m_skew = 0; ///< Σ advance()

    // Demo mode walks session by session; remember where it got to (elapsed only grows).
    mutable std::int64_t m_segmentElapsed = 0; ///< elapsed session time at the segment's start
    mutable std::int64_t m_segmentStart = 0; ///< instant the segment starts at
    mutable std::int64_t m_segmentEnd = 0; ///< its regular close
};

} // namespace Elson
