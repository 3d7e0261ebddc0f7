// SPDX-License-Identifier: GPL-3.0-or-later
#include "simclock.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Elson;

Q_DECLARE_METATYPE(Elson::SimClock::Mode)

namespace {

constexpr std::int64_t kSecond = 1'000'000'000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kHour = 60 * kMinute;

Timestamp ny(int y, int m, int d, int hh, int mm, int ss = 0)
{
    return MarketCalendar::fromNewYork(QDate(y, m, d), QTime(hh, mm, ss));
}

/// Real time under the test's control: nothing here sleeps.
struct FakeTime
{
    std::shared_ptr<Timestamp> wall = std::make_shared<Timestamp>();
    std::shared_ptr<std::int64_t> monotonic = std::make_shared<std::int64_t>(987'654'321);

    explicit FakeTime(const Timestamp &start) { *wall = start; }

    SimClock::Sources sources() const
    {
        SimClock::Sources s;
        s.wallClock = [w = wall] { return *w; };
        s.monotonicNanos = [m = monotonic] { return *m; };
        return s;
    }

    /// Both clocks move on, as real time does.
    void pass(std::int64_t nanos) const
    {
        *wall = wall->addNanos(nanos);
        *monotonic += nanos;
    }
};

} // namespace

class tst_SimClock : public QObject
{
    Q_OBJECT

private slots:
    void parseSpec_data();
    void parseSpec();
    void fromSpec();
    void realFollowsTheSystemClock();
    void fixedIsFrozenUntilAdvanced();
    void speedScales_data();
    void speedScales();
    void speedStartsNowByDefault();
    void demoMapping_data();
    void demoMapping();
    void demoIsAlwaysOpenAndMonotonic();
    void demoAdvanceCarriesOverTheClose();
};

void tst_SimClock::parseSpec_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<SimClock::Mode>("mode");
    QTest::addColumn<Timestamp>("start");
    QTest::addColumn<double>("speed");
    QTest::addColumn<QString>("mentions"); // a bad input's message quotes this

    const auto good = [](const char *tag, const QString &text, SimClock::Mode mode,
                         const Timestamp &start = {}, double speed = 1.0) {
        QTest::newRow(tag) << text << true << mode << start << speed << QString();
    };
    const auto bad = [](const char *tag, const QString &text, const QString &mentions) {
        QTest::newRow(tag) << text << false << SimClock::Mode::Demo << Timestamp() << 1.0
                           << mentions;
    };

    good("real", u"real"_s, SimClock::Mode::Real);
    good("demo", u"demo"_s, SimClock::Mode::Demo);
    good("fixed, New York offset", u"fixed:2026-11-23T10:15:00-05:00"_s, SimClock::Mode::Fixed,
         ny(2026, 11, 23, 10, 15));
    good("fixed, UTC with nanoseconds", u"fixed:2026-11-23T15:15:00.123456789Z"_s,
         SimClock::Mode::Fixed, ny(2026, 11, 23, 10, 15).addNanos(123'456'789));
    good("speed 60", u"speed:60"_s, SimClock::Mode::Speed, {}, 60.0);
    good("speed half", u"speed:0.5"_s, SimClock::Mode::Speed, {}, 0.5);
    good("speed exponent", u"speed:1e3"_s, SimClock::Mode::Speed, {}, 1000.0);

    bad("empty", QString(), u"real, demo"_s);
    bad("upper case", u"REAL"_s, u"REAL"_s);
    bad("unknown mode", u"realtime"_s, u"realtime"_s);
    bad("unknown prefix", u"fast:2"_s, u"fast:2"_s);
    bad("fixed without instant", u"fixed:"_s, u"RFC 3339"_s);
    bad("fixed date only", u"fixed:2026-11-23"_s, u"RFC 3339"_s);
    bad("fixed without offset", u"fixed:2026-11-23T10:15:00"_s, u"RFC 3339"_s);
    bad("fixed words", u"fixed:tomorrow"_s, u"RFC 3339"_s);
    bad("fixed no colon", u"fixed2026-11-23T10:15:00Z"_s, u"fixed2026"_s);
    bad("speed without factor", u"speed:"_s, u"greater than 0"_s);
    bad("speed zero", u"speed:0"_s, u"\"0\""_s);
    bad("speed negative", u"speed:-5"_s, u"\"-5\""_s);
    bad("speed words", u"speed:fast"_s, u"\"fast\""_s);
    bad("speed nan", u"speed:nan"_s, u"\"nan\""_s);
    bad("speed inf", u"speed:inf"_s, u"\"inf\""_s);
    bad("speed suffix", u"speed:60x"_s, u"\"60x\""_s);
    bad("speed grouping", u"speed:1,000"_s, u"\"1,000\""_s);
    bad("speed absurd", u"speed:1e9"_s, u"1e9"_s);
}

void tst_SimClock::parseSpec()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(SimClock::Mode, mode);
    QFETCH(Timestamp, start);
    QFETCH(double, speed);
    QFETCH(QString, mentions);

    const Result<SimClock::Spec> spec = SimClock::parseSpec(text);
    QCOMPARE(spec.ok(), ok);
    if (!ok) {
        QCOMPARE(spec.error().code, Error::Code::Validation);
        QCOMPARE(spec.error().field, u"--clock"_s); // the error names the option
        QVERIFY2(spec.error().message.contains(mentions), qPrintable(spec.error().message));
        return;
    }
    QCOMPARE(spec->mode, mode);
    QCOMPARE(spec->start, start);
    QCOMPARE(spec->speed, speed);
    // The canonical text parses back to the same spec.
    const Result<SimClock::Spec> again = SimClock::parseSpec(spec->toString());
    QVERIFY2(again.ok(), qPrintable(spec->toString()));
    QCOMPARE(*again, *spec);
}

void tst_SimClock::fromSpec()
{
    const FakeTime time(ny(2026, 11, 24, 11, 0));
    const auto clock = SimClock::fromSpec(u"fixed:2026-11-23T10:15:00-05:00", {}, time.sources());
    QVERIFY(clock.ok());
    QCOMPARE(clock.value()->mode(), SimClock::Mode::Fixed);
    QCOMPARE(clock.value()->now(), ny(2026, 11, 23, 10, 15));

    const auto bad = SimClock::fromSpec(u"speed:slow", {}, time.sources());
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, u"--clock"_s);
}

void tst_SimClock::realFollowsTheSystemClock()
{
    const FakeTime time(ny(2026, 11, 24, 23, 0));
    SimClock clock(SimClock::Spec::real(), {}, time.sources());
    QCOMPARE(clock.now(), ny(2026, 11, 24, 23, 0));
    time.pass(90 * kSecond);
    QCOMPARE(clock.now(), ny(2026, 11, 24, 23, 1, 30));
    QVERIFY(clock.advance(kHour));
    QCOMPARE(clock.now(), ny(2026, 11, 25, 0, 1, 30));

    // The default sources read the real system clock.
    SimClock system(SimClock::Spec::real());
    const qint64 diffMs = std::abs(system.now().toDateTime().toMSecsSinceEpoch()
                                   - QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(diffMs < 5000, qPrintable(QString::number(diffMs)));
}

void tst_SimClock::fixedIsFrozenUntilAdvanced()
{
    const FakeTime time(ny(2026, 11, 24, 11, 0));
    const Timestamp frozen = ny(2026, 11, 23, 10, 15);
    SimClock clock(SimClock::Spec::fixed(frozen), {}, time.sources());
    QSignalSpy spy(&clock, &SimClock::advanced);

    time.pass(kHour);
    QCOMPARE(clock.now(), frozen);
    QCOMPARE(spy.count(), 0);

    QVERIFY(clock.advance(1500 * 1'000'000LL));
    QCOMPARE(clock.now(), frozen.addNanos(1500 * 1'000'000LL));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Timestamp>(), clock.now());

    QVERIFY(!clock.advance(-1)); // time never goes back
    QCOMPARE(clock.now(), frozen.addNanos(1500 * 1'000'000LL));
    QCOMPARE(spy.count(), 1);
    QVERIFY(clock.advance(0));
    QCOMPARE(spy.count(), 2);
}

void tst_SimClock::speedScales_data()
{
    QTest::addColumn<double>("speed");
    QTest::addColumn<std::int64_t>("realElapsed");
    QTest::addColumn<std::int64_t>("simElapsed");

    QTest::newRow("60x, 10 s") << 60.0 << 10 * kSecond << 10 * kMinute;
    QTest::newRow("1x, 3 s") << 1.0 << 3 * kSecond << 3 * kSecond;
    QTest::newRow("half, 10 s") << 0.5 << 10 * kSecond << 5 * kSecond;
    QTest::newRow("3600x, 1 ms") << 3600.0 << std::int64_t(1'000'000)
                                 << std::int64_t(3'600'000'000);
}

void tst_SimClock::speedScales()
{
    QFETCH(double, speed);
    QFETCH(std::int64_t, realElapsed);
    QFETCH(std::int64_t, simElapsed);

    const FakeTime time(ny(2026, 11, 24, 23, 0));
    const Timestamp start = ny(2026, 11, 23, 9, 30);
    SimClock clock(SimClock::Spec::accelerated(speed, start), {}, time.sources());
    QCOMPARE(clock.now(), start);
    time.pass(realElapsed);
    QCOMPARE(clock.now(), start.addNanos(simElapsed));
    time.pass(realElapsed);
    QCOMPARE(clock.now(), start.addNanos(2 * simElapsed));
    // An explicit step is simulated time, not scaled again.
    clock.advance(kSecond);
    QCOMPARE(clock.now(), start.addNanos(2 * simElapsed + kSecond));
}

void tst_SimClock::speedStartsNowByDefault()
{
    const FakeTime time(ny(2026, 11, 24, 14, 0));
    const auto clock = SimClock::fromSpec(u"speed:60", {}, time.sources());
    QVERIFY(clock.ok());
    QCOMPARE(clock.value()->now(), ny(2026, 11, 24, 14, 0));
    // Only the monotonic clock counts: a wall-clock jump (NTP) does not move it.
    *time.wall = time.wall->addSeconds(-3600);
    *time.monotonic += 30 * kSecond;
    QCOMPARE(clock.value()->now(), ny(2026, 11, 24, 14, 30));
}

void tst_SimClock::demoMapping_data()
{
    QTest::addColumn<Timestamp>("real");
    QTest::addColumn<std::int64_t>("elapsed");
    QTest::addColumn<Timestamp>("expected");

    // 2026-11-24 is a Tuesday; Thanksgiving (Thu 26th) is closed, Friday 27th closes at 13:00.
    QTest::newRow("saturday → friday's open")
        << ny(2026, 11, 21, 12, 0) << std::int64_t(0) << ny(2026, 11, 20, 9, 30);
    QTest::newRow("saturday, an hour in")
        << ny(2026, 11, 21, 12, 0) << kHour << ny(2026, 11, 20, 10, 30);
    QTest::newRow("sunday night") << ny(2026, 11, 22, 23, 30) << std::int64_t(0)
                                  << ny(2026, 11, 20, 9, 30);
    QTest::newRow("23:00 ET → the same day's open")
        << ny(2026, 11, 24, 23, 0) << std::int64_t(0) << ny(2026, 11, 24, 9, 30);
    QTest::newRow("23:00 ET, past the close into the next day")
        << ny(2026, 11, 24, 23, 0) << 6 * kHour + 40 * kMinute << ny(2026, 11, 25, 9, 40);
    QTest::newRow("over thanksgiving to friday")
        << ny(2026, 11, 24, 23, 0) << 14 * kHour << ny(2026, 11, 27, 10, 30);
    QTest::newRow("friday's early close to monday")
        << ny(2026, 11, 24, 23, 0) << 16 * kHour + 45 * kMinute << ny(2026, 11, 30, 9, 45);
    QTest::newRow("after hours → today's open")
        << ny(2026, 11, 24, 16, 0) << std::int64_t(0) << ny(2026, 11, 24, 9, 30);
    QTest::newRow("pre-market → yesterday's open")
        << ny(2026, 11, 25, 8, 0) << std::int64_t(0) << ny(2026, 11, 24, 9, 30);
    QTest::newRow("just after midnight")
        << ny(2026, 11, 25, 0, 5) << 10 * kMinute << ny(2026, 11, 24, 9, 40);
    QTest::newRow("thanksgiving day → wednesday")
        << ny(2026, 11, 26, 12, 0) << std::int64_t(0) << ny(2026, 11, 25, 9, 30);
    QTest::newRow("christmas → christmas eve's short day")
        << ny(2026, 12, 25, 10, 0) << 3 * kHour + 40 * kMinute << ny(2026, 12, 28, 9, 40);
    QTest::newRow("open market is the real clock")
        << ny(2026, 11, 25, 10, 0) << std::int64_t(0) << ny(2026, 11, 25, 10, 0);
    QTest::newRow("open market, then skips the night")
        << ny(2026, 11, 25, 15, 0) << kHour + 5 * kMinute << ny(2026, 11, 27, 9, 35);
    QTest::newRow("exactly at the close → next open")
        << ny(2026, 11, 25, 15, 0) << kHour << ny(2026, 11, 27, 9, 30);
}

void tst_SimClock::demoMapping()
{
    QFETCH(Timestamp, real);
    QFETCH(std::int64_t, elapsed);
    QFETCH(Timestamp, expected);

    const FakeTime time(real);
    SimClock clock(SimClock::Spec::demo(), {}, time.sources());
    time.pass(elapsed);
    QCOMPARE(clock.now().toString(), expected.withOffset(0).toString());
    QCOMPARE(MarketCalendar().sessionAt(clock.now()), MarketSession::Regular);
}

void tst_SimClock::demoIsAlwaysOpenAndMonotonic()
{
    // A week of running from Saturday noon: every reading is inside a regular session,
    // and none goes back.
    const FakeTime time(ny(2026, 11, 21, 12, 0));
    const MarketCalendar calendar;
    SimClock clock(SimClock::Spec::demo(), calendar, time.sources());
    Timestamp previous = clock.now();
    int sessions = 1;
    for (int i = 0; i < 600; ++i) {
        time.pass(17 * kMinute + 3 * kSecond);
        const Timestamp now = clock.now();
        QVERIFY2(calendar.sessionAt(now) == MarketSession::Regular, qPrintable(now.toString()));
        QVERIFY(now > previous);
        if (MarketCalendar::newYorkDate(now) != MarketCalendar::newYorkDate(previous))
            ++sessions;
        previous = now;
    }
    // 170 hours of regular time is about 26 sessions.
    QVERIFY2(sessions >= 24 && sessions <= 28, qPrintable(QString::number(sessions)));
}

void tst_SimClock::demoAdvanceCarriesOverTheClose()
{
    const FakeTime time(ny(2026, 11, 24, 15, 30));
    SimClock clock(SimClock::Spec::demo(), {}, time.sources());
    QCOMPARE(clock.now(), ny(2026, 11, 24, 15, 30));
    QSignalSpy spy(&clock, &SimClock::advanced);
    QVERIFY(clock.advance(kHour));
    QCOMPARE(clock.now(), ny(2026, 11, 25, 10, 0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Timestamp>(), ny(2026, 11, 25, 10, 0));
}

QTEST_GUILESS_MAIN(tst_SimClock)
#include "tst_simclock.moc"
