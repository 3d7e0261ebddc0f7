// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceprocess.h"
#include "simuniverse.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>

Q_DECLARE_METATYPE(Elson::SimTimeframe)

using namespace Qt::StringLiterals;
using namespace Elson;

namespace {

Timestamp ny(int y, int m, int d, int hh, int mm, int ss = 0, int ms = 0)
{
    return MarketCalendar::fromNewYork(QDate(y, m, d), QTime(hh, mm, ss, ms));
}

// Prices in these tests are compared through their exact units.
double toDouble(const Decimal &d)
{
    return double(d.units()) / double(Decimal::UnitsPerOne);
}

double mid(const SimQuote &q)
{
    return (toDouble(q.bid) + toDouble(q.ask)) / 2;
}

/// A sample of instants around Thanksgiving week 2026, closed times included.
QList<Timestamp> sampleInstants()
{
    QList<Timestamp> out;
    const Timestamp from = ny(2026, 11, 20, 3, 0);
    // 7 days in steps of 47 min 13 s: hits every session kind and no round seconds.
    for (Timestamp t = from; t < from.addSeconds(7 * 86'400); t = t.addSeconds(47 * 60 + 13))
        out << t.addNanos(123'456'789);
    return out;
}

const SimUniverse &universe()
{
    static const SimUniverse u = SimUniverse::standard();
    return u;
}

const SimAsset &asset(QStringView symbol)
{
    const SimAsset *a = universe().findBySymbol(symbol);
    Q_ASSERT(a);
    return *a;
}

SimBar mergeAll(const QList<SimBar> &bars)
{
    SimBar merged;
    for (const SimBar &b : bars)
        merged.merge(b);
    return merged;
}

} // namespace

class tst_PriceProcess : public QObject
{
    Q_OBJECT

private slots:
    void deterministicInAnyOrder();
    void seedAndSymbolChangeThePath();
    void quoteInvariants_data();
    void quoteInvariants();
    void spreadNearTypical();
    void subPennyGrid();
    void frozenWhileClosed_data();
    void frozenWhileClosed();
    void noBarsWhileClosed();
    void continuousAcrossTheNight();
    void barsConsistent_data();
    void barsConsistent();
    void minuteBarsMergeIntoHourAndDay();
    void volumeFollowsSessions();
    void dailyVolumeNearAverage();
    void partialBarAsOf();
    void lastPrintMatchesTape();
    void earlyCloseSession();
    void farInstants();
};

void tst_PriceProcess::deterministicInAnyOrder()
{
    const QList<Timestamp> instants = sampleInstants();
    const QStringList symbols { u"AAPL"_s, u"PNNY"_s, u"SPY"_s, u"GME"_s, u"BRK.B"_s };

    struct Sample
    {
        SimQuote quote;
        SimPrint print;
        std::optional<SimBar> minute;
    };
    QList<std::pair<QString, Timestamp>> keys;
    for (const QString &s : symbols)
        for (const Timestamp &t : instants)
            keys.append({ s, t });

    const auto evaluate = [](const PriceProcess &p, const std::pair<QString, Timestamp> &key) {
        const SimAsset &a = asset(key.first);
        return Sample { p.quote(a, key.second), p.lastPrint(a, key.second),
                        p.bar(a, SimTimeframe::minutes(1), key.second) };
    };

    const PriceProcess forward(42);
    QList<Sample> expected;
    for (const auto &key : keys)
        expected.append(evaluate(forward, key));

    // A fresh process (cold caches) in a shuffled order, and the warm one backwards.
    QList<qsizetype> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937(7));
    const PriceProcess shuffled(42);
    for (const qsizetype i : order) {
        const Sample s = evaluate(shuffled, keys.at(i));
        QCOMPARE(s.quote, expected.at(i).quote);
        QCOMPARE(s.print, expected.at(i).print);
        QCOMPARE(s.minute, expected.at(i).minute);
    }
    for (qsizetype i = keys.size() - 1; i >= 0; --i)
        QCOMPARE(evaluate(forward, keys.at(i)).quote, expected.at(i).quote);
}

void tst_PriceProcess::seedAndSymbolChangeThePath()
{
    const PriceProcess a(42);
    const PriceProcess b(43);
    const SimAsset &aapl = asset(u"AAPL");
    int differentSeed = 0;
    int moving = 0;
    for (const Timestamp &t : sampleInstants()) {
        if (!a.isMoving(t))
            continue;
        ++moving;
        differentSeed += a.quote(aapl, t).bid != b.quote(aapl, t).bid ? 1 : 0;
    }
    QVERIFY(moving > 50);
    QVERIFY2(differentSeed > moving * 9 / 10, qPrintable(QString::number(differentSeed)));

    // Two symbols with the same parameters still walk differently.
    SimAsset twin = aapl;
    twin.symbol = u"AAPL2"_s;
    const Timestamp t = ny(2026, 11, 24, 11, 0);
    QVERIFY(a.quote(aapl, t).bid != a.quote(twin, t).bid);
}

void tst_PriceProcess::quoteInvariants_data()
{
    QTest::addColumn<QString>("symbol");
    for (const SimAsset &a : universe().assets())
        QTest::newRow(a.symbol.toUtf8().constData()) << a.symbol;
}

void tst_PriceProcess::quoteInvariants()
{
    QFETCH(QString, symbol);
    const SimAsset &a = asset(symbol);
    const PriceProcess process(2026);
    const double reference = toDouble(a.referencePrice);
    for (const Timestamp &t : sampleInstants()) {
        const SimQuote q = process.quote(a, t);
        const QByteArray at = t.toString().toUtf8();
        QCOMPARE(q.symbol, symbol);
        QVERIFY2(q.bid.isPositive(), at.constData());
        QVERIFY2(q.bid < q.ask, at.constData());
        QVERIFY2(q.bid.isTickAligned() && q.ask.isTickAligned(), at.constData());
        QVERIFY2(q.bidSize >= 1 && q.askSize >= 1, at.constData());
        QVERIFY2(!q.timestamp.isNull() && q.timestamp <= t, at.constData());
        QVERIFY2(t.epochNanos() - q.timestamp.epochNanos() < 4LL * 86'400 * 1'000'000'000,
                 at.constData());
        // Mean reversion keeps a week's prices near the reference level.
        QVERIFY2(mid(q) > reference / 2 && mid(q) < reference * 2, at.constData());

        const SimPrint p = process.lastPrint(a, t);
        QCOMPARE(p.symbol, symbol);
        QVERIFY2(p.price.isPositive() && p.price.isTickAligned(), at.constData());
        QVERIFY2(p.size >= 1, at.constData());
        QVERIFY2(p.timestamp <= t, at.constData());
        // A print trades inside the quote that stood when it printed.
        const SimQuote then = process.quote(a, p.timestamp);
        QVERIFY2(then.bid <= p.price && p.price <= then.ask, at.constData());
    }
}

void tst_PriceProcess::spreadNearTypical()
{
    const PriceProcess process(5);
    for (const SimAsset &a : universe().assets()) {
        QList<double> spreads;
        for (Timestamp t = ny(2026, 11, 23, 10, 0); t < ny(2026, 11, 23, 15, 0);
             t = t.addSeconds(97)) {
            const SimQuote q = process.quote(a, t);
            spreads << (toDouble(q.ask) - toDouble(q.bid)) / mid(q) * 10'000.0;
        }
        std::sort(spreads.begin(), spreads.end());
        const double median = spreads.at(spreads.size() / 2);
        const double price = toDouble(a.referencePrice);
        const double tickBps = (price >= 1 ? 0.01 : 0.0001) / price * 10'000.0;
        const double expected = std::max(a.spreadBps, tickBps);
        QVERIFY2(median >= expected * 0.5 && median <= expected * 2.5,
                 qPrintable(u"%1: median %2 bps, expected about %3"_s.arg(a.symbol).arg(median).arg(
                     expected)));
    }
}

void tst_PriceProcess::subPennyGrid()
{
    const PriceProcess process(11);
    const SimAsset &penny = asset(u"PNNY");
    bool sawSubPenny = false;
    for (const Timestamp &t : sampleInstants()) {
        const SimQuote q = process.quote(penny, t);
        QVERIFY(q.ask < Decimal::fromInt(1));
        QCOMPARE(q.bid.scale(), 4);
        QVERIFY(q.bid.isTickAligned());
        sawSubPenny = sawSubPenny || q.bid.rounded(2) != q.bid || q.ask.rounded(2) != q.ask;
    }
    QVERIFY(sawSubPenny);

    // Above a dollar, whole cents only, shown with two decimals.
    const SimQuote ford = process.quote(asset(u"F"), ny(2026, 11, 23, 12, 0));
    QCOMPARE(ford.bid.scale(), 2);
    QCOMPARE(ford.bid.rounded(2), ford.bid);
}

void tst_PriceProcess::frozenWhileClosed_data()
{
    QTest::addColumn<Timestamp>("closedAt"); // after a session's end
    QTest::addColumn<Timestamp>("laterAt"); // still before the next session
    QTest::addColumn<Timestamp>("sessionEnd");

    QTest::newRow("weeknight 22:00")
        << ny(2026, 11, 24, 22, 0) << ny(2026, 11, 25, 3, 59, 59, 999) << ny(2026, 11, 24, 20, 0);
    QTest::newRow("weekend") << ny(2026, 11, 21, 12, 0) << ny(2026, 11, 23, 3, 59, 59)
                             << ny(2026, 11, 20, 20, 0);
    QTest::newRow("friday night to sunday")
        << ny(2026, 11, 20, 20, 0) << ny(2026, 11, 22, 23, 0) << ny(2026, 11, 20, 20, 0);
    // Christmas Eve closes early (session until 17:00); Christmas Day is a holiday.
    QTest::newRow("christmas") << ny(2026, 12, 24, 17, 0) << ny(2026, 12, 25, 12, 0)
                               << ny(2026, 12, 24, 17, 0);
    QTest::newRow("christmas to monday")
        << ny(2026, 12, 25, 9, 30) << ny(2026, 12, 28, 3, 59) << ny(2026, 12, 24, 17, 0);
    QTest::newRow("thanksgiving") << ny(2026, 11, 26, 11, 0) << ny(2026, 11, 26, 16, 0)
                                  << ny(2026, 11, 25, 20, 0);
}

void tst_PriceProcess::frozenWhileClosed()
{
    QFETCH(Timestamp, closedAt);
    QFETCH(Timestamp, laterAt);
    QFETCH(Timestamp, sessionEnd);
    const PriceProcess process(3);
    QVERIFY(!process.isMoving(closedAt));
    QVERIFY(!process.isMoving(laterAt));
    QVERIFY(process.isMoving(sessionEnd.addNanos(-1)));

    int movedBeforeEnd = 0;
    for (const SimAsset &a : universe().assets()) {
        const SimQuote frozen = process.quote(a, closedAt);
        QCOMPARE(process.quote(a, laterAt), frozen);
        QCOMPARE(process.quote(a, sessionEnd), frozen);
        QCOMPARE(frozen.timestamp, sessionEnd);
        QCOMPARE(process.lastPrint(a, laterAt), process.lastPrint(a, closedAt));
        QVERIFY(process.lastPrint(a, closedAt).timestamp < sessionEnd);
        // An hour before the end it was somewhere else: the test can tell frozen from moving.
        movedBeforeEnd += process.quote(a, sessionEnd.addSeconds(-3600)) != frozen ? 1 : 0;
    }
    QVERIFY(movedBeforeEnd > universe().size() / 2);
}

void tst_PriceProcess::noBarsWhileClosed()
{
    const PriceProcess process(3);
    const SimAsset &spy = asset(u"SPY");
    // Christmas Day and a Saturday: no trades, so no bars of any size.
    for (const SimTimeframe tf :
         { SimTimeframe::minutes(1), SimTimeframe::hours(1), SimTimeframe::day() }) {
        QVERIFY(process.bars(spy, tf, ny(2026, 12, 25, 0, 0), ny(2026, 12, 25, 23, 59)).isEmpty());
        QVERIFY(process.bars(spy, tf, ny(2026, 11, 21, 0, 0), ny(2026, 11, 21, 23, 59)).isEmpty());
        QVERIFY(!process.bar(spy, tf, ny(2026, 11, 21, 12, 0)).has_value());
    }
    // Overnight between two sessions: no minute bars either.
    QVERIFY(
        process
            .bars(spy, SimTimeframe::minutes(1), ny(2026, 11, 24, 20, 0), ny(2026, 11, 25, 3, 59))
            .isEmpty());
    QVERIFY(process.prints(spy, ny(2026, 11, 24, 20, 0), ny(2026, 11, 25, 4, 0)).isEmpty());
}

void tst_PriceProcess::continuousAcrossTheNight()
{
    // The next session starts from where the last one ended: no jump at 04:00.
    const PriceProcess process(8);
    for (const SimAsset &a : universe().assets()) {
        const SimQuote frozen = process.quote(a, ny(2026, 11, 24, 23, 0));
        const SimQuote early = process.quote(a, ny(2026, 11, 25, 4, 0, 5));
        QVERIFY(early.timestamp > frozen.timestamp);
        const double jump = std::abs(mid(early) / mid(frozen) - 1.0);
        QVERIFY2(jump < 0.01, qPrintable(u"%1 jumped %2"_s.arg(a.symbol).arg(jump)));
    }
}

void tst_PriceProcess::barsConsistent_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<SimTimeframe>("timeframe");
    QTest::addColumn<Timestamp>("start");
    QTest::addColumn<Timestamp>("end");
    QTest::addColumn<int>("expectedAtLeast");

    QTest::newRow("AAPL 1Min regular hour")
        << u"AAPL"_s << SimTimeframe::minutes(1) << ny(2026, 11, 23, 10, 0)
        << ny(2026, 11, 23, 10, 59) << 60;
    QTest::newRow("PNNY 1Min regular hour")
        << u"PNNY"_s << SimTimeframe::minutes(1) << ny(2026, 11, 23, 10, 0)
        << ny(2026, 11, 23, 10, 59) << 60;
    QTest::newRow("NSRGY 5Min day") << u"NSRGY"_s << SimTimeframe::minutes(5)
                                    << ny(2026, 11, 23, 0, 0) << ny(2026, 11, 23, 23, 59) << 78;
    QTest::newRow("TSLA 15Min two days")
        << u"TSLA"_s << SimTimeframe::minutes(15) << ny(2026, 11, 23, 0, 0)
        << ny(2026, 11, 24, 23, 59) << 52;
    QTest::newRow("SPY 1Hour week") << u"SPY"_s << SimTimeframe::hours(1) << ny(2026, 11, 20, 0, 0)
                                    << ny(2026, 11, 27, 23, 0) << 50;
    QTest::newRow("GME 4Hour week") << u"GME"_s << SimTimeframe::hours(4) << ny(2026, 11, 20, 0, 0)
                                    << ny(2026, 11, 27, 23, 0) << 10;
    QTest::newRow("QQQ 1Day month")
        << u"QQQ"_s << SimTimeframe::day() << ny(2026, 11, 1, 0, 0) << ny(2026, 11, 30, 0, 0) << 20;
}

void tst_PriceProcess::barsConsistent()
{
    QFETCH(QString, symbol);
    QFETCH(SimTimeframe, timeframe);
    QFETCH(Timestamp, start);
    QFETCH(Timestamp, end);
    QFETCH(int, expectedAtLeast);
    const PriceProcess process(17);
    const SimAsset &a = asset(symbol);
    const QList<SimBar> bars = process.bars(a, timeframe, start, end);
    QVERIFY2(bars.size() >= expectedAtLeast, qPrintable(QString::number(bars.size())));

    Timestamp previous;
    for (const SimBar &b : bars) {
        const QByteArray at = b.timestamp.toString().toUtf8();
        QCOMPARE(b.symbol, symbol);
        QVERIFY2(b.timestamp >= start && b.timestamp <= end, at.constData());
        QVERIFY2(previous.isNull() || b.timestamp > previous, at.constData());
        previous = b.timestamp;
        QCOMPARE(process.periodStart(timeframe, b.timestamp), b.timestamp);
        QVERIFY2(b.low <= b.open && b.open <= b.high, at.constData());
        QVERIFY2(b.low <= b.close && b.close <= b.high, at.constData());
        QVERIFY2(b.low.isPositive(), at.constData());
        for (const Decimal &price : { b.open, b.high, b.low, b.close })
            QVERIFY2(price.isTickAligned(), at.constData());
        QVERIFY2(b.volume > 0 && b.tradeCount > 0 && b.tradeCount <= b.volume, at.constData());
        QVERIFY2(b.low <= b.vwap() && b.vwap() <= b.high, at.constData());
        // The single-bar call agrees with the list.
        QCOMPARE(process.bar(a, timeframe, b.timestamp), std::optional<SimBar>(b));
    }
    if (timeframe.unit == SimTimeframe::Unit::Day) {
        // Daily bars sit at New York midnight, as Alpaca stamps them.
        for (const SimBar &b : bars)
            QCOMPARE(MarketCalendar::toNewYork(b.timestamp).toDateTime().time(), QTime(0, 0));
    }
}

void tst_PriceProcess::minuteBarsMergeIntoHourAndDay()
{
    const PriceProcess process(99);
    for (const QString &symbol : { u"AAPL"_s, u"PNNY"_s, u"NSRGY"_s }) {
        const SimAsset &a = asset(symbol);
        const QList<SimBar> minutes = process.bars(
            a, SimTimeframe::minutes(1), ny(2026, 11, 23, 10, 0), ny(2026, 11, 23, 10, 59));
        QCOMPARE(minutes.size(), 60); // every regular minute trades
        const std::optional<SimBar> hour =
            process.bar(a, SimTimeframe::hours(1), ny(2026, 11, 23, 10, 30));
        QVERIFY(hour);
        SimBar merged = mergeAll(minutes);
        QCOMPARE(merged.timestamp, hour->timestamp);
        QCOMPARE(merged, *hour);
        QCOMPARE(merged.vwap(), hour->vwap());

        // The whole extended session, minute by minute, is the day bar.
        const QList<SimBar> dayMinutes = process.bars(
            a, SimTimeframe::minutes(1), ny(2026, 11, 23, 0, 0), ny(2026, 11, 23, 23, 59));
        SimBar day = mergeAll(dayMinutes);
        day.timestamp = ny(2026, 11, 23, 0, 0).withOffset(0);
        const std::optional<SimBar> dayBar =
            process.bar(a, SimTimeframe::day(), ny(2026, 11, 23, 15, 0));
        QVERIFY(dayBar);
        QCOMPARE(day, *dayBar);
        QVERIFY(dayMinutes.first().timestamp >= ny(2026, 11, 23, 4, 0));
        QVERIFY(dayMinutes.last().timestamp < ny(2026, 11, 23, 20, 0));

        // And it is made of the tape's prints: count them per second.
        const QList<SimPrint> tape =
            process.prints(a, ny(2026, 11, 23, 10, 0), ny(2026, 11, 23, 10, 1));
        QCOMPARE(tape.size(), 60);
        QCOMPARE(tape.first().price, minutes.first().open);
        QCOMPARE(tape.last().price, minutes.first().close);
    }
}

void tst_PriceProcess::volumeFollowsSessions()
{
    const PriceProcess process(21);
    const SimAsset &a = asset(u"NVDA");
    const auto perMinute = [&](const Timestamp &from, const Timestamp &to) {
        const SimBar b =
            mergeAll(process.bars(a, SimTimeframe::minutes(1), from, to.addSeconds(-60)));
        return double(b.volume) / double((to.epochSeconds() - from.epochSeconds()) / 60);
    };
    const double pre = perMinute(ny(2026, 11, 23, 4, 0), ny(2026, 11, 23, 9, 30));
    const double open = perMinute(ny(2026, 11, 23, 9, 30), ny(2026, 11, 23, 10, 0));
    const double midday = perMinute(ny(2026, 11, 23, 12, 0), ny(2026, 11, 23, 13, 0));
    const double after = perMinute(ny(2026, 11, 23, 16, 0), ny(2026, 11, 23, 20, 0));
    QVERIFY(pre > 0 && after > 0);
    QVERIFY2(midday > 4 * pre && midday > 4 * after,
             qPrintable(u"%1 %2 %3"_s.arg(pre).arg(midday).arg(after)));
    QVERIFY2(open > 1.5 * midday, qPrintable(u"%1 %2"_s.arg(open).arg(midday)));
    // Extended hours trade in some seconds only.
    const qsizetype preMinute =
        process.prints(a, ny(2026, 11, 23, 5, 0), ny(2026, 11, 23, 5, 1)).size();
    QVERIFY2(preMinute > 0 && preMinute < 40, qPrintable(QString::number(preMinute)));
}

void tst_PriceProcess::dailyVolumeNearAverage()
{
    const PriceProcess process(4);
    for (const SimAsset &a : universe().assets()) {
        const std::optional<SimBar> day =
            process.bar(a, SimTimeframe::day(), ny(2026, 11, 24, 12, 0));
        QVERIFY(day);
        const double ratio = double(day->volume) / double(a.averageDailyVolume);
        QVERIFY2(ratio > 0.8 && ratio < 1.2, qPrintable(u"%1: %2"_s.arg(a.symbol).arg(ratio)));
    }
}

void tst_PriceProcess::partialBarAsOf()
{
    const PriceProcess process(12);
    const SimAsset &a = asset(u"MSFT");
    const Timestamp asOf = ny(2026, 11, 23, 10, 0, 30, 250);
    const std::optional<SimBar> partial = process.bar(a, SimTimeframe::minutes(1), asOf, asOf);
    const std::optional<SimBar> full = process.bar(a, SimTimeframe::minutes(1), asOf);
    QVERIFY(partial && full);
    QCOMPARE(partial->timestamp, full->timestamp);
    QCOMPARE(partial->open, full->open);
    QVERIFY(partial->volume < full->volume);
    QCOMPARE(partial->close, process.lastPrint(a, asOf).price);

    // The day so far: the snapshot's dailyBar.
    const std::optional<SimBar> daySoFar = process.bar(a, SimTimeframe::day(), asOf, asOf);
    QVERIFY(daySoFar);
    QCOMPARE(daySoFar->close, partial->close);
    const QList<SimBar> listed = process.bars(a, SimTimeframe::minutes(1), ny(2026, 11, 23, 9, 0),
                                              ny(2026, 11, 23, 12, 0), asOf);
    QCOMPARE(listed.last(), *partial);
    // limit stops early.
    QCOMPARE(process
                 .bars(a, SimTimeframe::minutes(1), ny(2026, 11, 23, 9, 0), ny(2026, 11, 23, 12, 0),
                       {}, 7)
                 .size(),
             7);
}

void tst_PriceProcess::lastPrintMatchesTape()
{
    const PriceProcess process(31);
    const SimAsset &a = asset(u"KO");
    for (const Timestamp &t :
         { ny(2026, 11, 23, 10, 15, 7, 400), ny(2026, 11, 23, 6, 12, 0),
           ny(2026, 11, 23, 19, 59, 59, 999), ny(2026, 11, 23, 4, 0, 0, 100) }) {
        const QList<SimPrint> tape = process.prints(a, t.addSeconds(-4 * 86'400), t.addNanos(1));
        QVERIFY(!tape.isEmpty());
        QCOMPARE(process.lastPrint(a, t), tape.last());
    }
    // In the regular session something prints every second.
    const Timestamp t = ny(2026, 11, 23, 11, 0, 0, 999);
    QVERIFY(t.epochNanos() - process.lastPrint(a, t).timestamp.epochNanos() < 2'000'000'000);
}

void tst_PriceProcess::earlyCloseSession()
{
    // The day after Thanksgiving: regular until 13:00, after-hours until 17:00.
    const PriceProcess process(6);
    const SimAsset &a = asset(u"WMT");
    QVERIFY(process.isMoving(ny(2026, 11, 27, 13, 30)));
    QVERIFY(!process.isMoving(ny(2026, 11, 27, 17, 0)));
    QCOMPARE(process.quote(a, ny(2026, 11, 27, 18, 0)).timestamp, ny(2026, 11, 27, 17, 0));
    const QList<SimBar> hours =
        process.bars(a, SimTimeframe::hours(1), ny(2026, 11, 27, 0, 0), ny(2026, 11, 27, 23, 0));
    QCOMPARE(hours.size(), 13); // 04:00 … 16:00
    QCOMPARE(hours.last().timestamp, ny(2026, 11, 27, 16, 0));
    // Regular seconds (09:30–13:00) always trade; the 13:00 hour is after-hours and thinner.
    QVERIFY(hours.at(8).volume > hours.at(9).volume * 3); // 12:00 vs 13:00
}

void tst_PriceProcess::farInstants()
{
    // Any date works without walking there step by step, and stays plausible.
    const PriceProcess process(1);
    const SimAsset &a = asset(u"JPM");
    const double reference = toDouble(a.referencePrice);
    for (const Timestamp &t :
         { ny(2025, 1, 2, 10, 0), ny(2027, 12, 31, 12, 0), ny(2031, 6, 3, 11, 0) }) {
        const SimQuote q = process.quote(a, t);
        QVERIFY(q.bid < q.ask);
        QVERIFY(mid(q) > reference / 3 && mid(q) < reference * 3);
        QVERIFY(process.bar(a, SimTimeframe::day(), t).has_value());
    }
}

QTEST_GUILESS_MAIN(tst_PriceProcess)
#include "tst_priceprocess.moc"
