// SPDX-License-Identifier: GPL-3.0-or-later
// BarAggregator: buckets aligned as Alpaca aligns bars, and live minute bars folded into
// a chart's timeframe without counting a repeated minute twice.
#include "baraggregator.h"

#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {

Timestamp at(const char *text)
{
    return Timestamp::fromString(QString::fromLatin1(text)).value();
}

Bar bar(const char *time, const char *open, const char *high, const char *low, const char *close,
        qint64 volume)
{
    Bar b;
    b.symbol = QStringLiteral("AAPL");
    b.time = at(time);
    b.open = Decimal::fromLiteral(open);
    b.high = Decimal::fromLiteral(high);
    b.low = Decimal::fromLiteral(low);
    b.close = Decimal::fromLiteral(close);
    b.volume = volume;
    b.vwap = b.close;
    return b;
}

} // namespace

class tst_MarketDataBars : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketStart_data();
    void bucketStart();
    void supported_data();
    void supported();
    void minuteBarsFoldIntoFiveMinutes();
    void repeatedMinuteReplacesItsContribution();
    void oneMinuteReplacesSameTime();
    void olderBarsAreIgnored();
    void dailyBucketFromHistory();
};

void tst_MarketDataBars::bucketStart_data()
{
    QTest::addColumn<QString>("timeframe");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1Min") << u"1Min"_s << u"2026-11-23T15:16:42Z"_s << u"2026-11-23T15:16:00Z"_s;
    QTest::newRow("5Min") << u"5Min"_s << u"2026-11-23T15:19:59Z"_s << u"2026-11-23T15:15:00Z"_s;
    QTest::newRow("15Min") << u"15Min"_s << u"2026-11-23T15:44:00Z"_s << u"2026-11-23T15:30:00Z"_s;
    QTest::newRow("1Hour") << u"1Hour"_s << u"2026-11-23T15:44:00Z"_s << u"2026-11-23T15:00:00Z"_s;
    // 4-hour bars start at New York midnight: 00, 04, 08, 12 ET (winter: UTC-5).
    QTest::newRow("4Hour winter") << u"4Hour"_s << u"2026-11-23T15:44:00Z"_s
                                  << u"2026-11-23T13:00:00Z"_s;
    QTest::newRow("4Hour summer") << u"4Hour"_s << u"2026-07-06T15:44:00Z"_s
                                  << u"2026-07-06T12:00:00Z"_s;
    // A day bar is stamped at New York midnight, in UTC.
    QTest::newRow("1Day winter") << u"1Day"_s << u"2026-11-23T20:59:00Z"_s
                                 << u"2026-11-23T05:00:00Z"_s;
    QTest::newRow("1Day summer") << u"1Day"_s << u"2026-07-06T13:30:00Z"_s
                                 << u"2026-07-06T04:00:00Z"_s;
    // 02:00 UTC on the 24th is still the 23rd in New York.
    QTest::newRow("1Day evening") << u"1Day"_s << u"2026-11-24T02:00:00Z"_s
                                  << u"2026-11-23T05:00:00Z"_s;
}

void tst_MarketDataBars::bucketStart()
{
    QFETCH(QString, timeframe);
    QFETCH(QString, time);
    QFETCH(QString, expected);
    const Timestamp bucket =
        BarAggregator::bucketStart(timeframe, Timestamp::fromString(time).value());
    QCOMPARE(bucket.toUtcString(0), expected);
}

void tst_MarketDataBars::supported_data()
{
    QTest::addColumn<QString>("timeframe");
    QTest::addColumn<bool>("supported");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("1Min") << u"1Min"_s << true << qint64(60);
    QTest::newRow("5T") << u"5T"_s << true << qint64(300);
    QTest::newRow("1Hour") << u"1Hour"_s << true << qint64(3600);
    QTest::newRow("1Day") << u"1Day"_s << true << qint64(86'400);
    QTest::newRow("2Day") << u"2Day"_s << false << qint64(0);
    QTest::newRow("60Min") << u"60Min"_s << false << qint64(0);
    QTest::newRow("1Week") << u"1Week"_s << false << qint64(0);
    QTest::newRow("lower case") << u"1min"_s << false << qint64(0);
}

void tst_MarketDataBars::supported()
{
    QFETCH(QString, timeframe);
    QFETCH(bool, supported);
    QFETCH(qint64, seconds);
    QCOMPARE(BarAggregator::isSupported(timeframe), supported);
    QCOMPARE(BarAggregator::bucketSeconds(timeframe), seconds);
}

void tst_MarketDataBars::minuteBarsFoldIntoFiveMinutes()
{
    BarAggregator aggregator(QStringLiteral("5Min"));
    QCOMPARE(aggregator.add(bar("2026-11-23T15:15:00Z", "10", "11", "9.5", "10.5", 100)),
             BarAggregator::Change::Appended);
    QCOMPARE(aggregator.last()->time, at("2026-11-23T15:15:00Z"));
    QCOMPARE(aggregator.add(bar("2026-11-23T15:16:00Z", "10.5", "12", "10", "11.75", 50)),
             BarAggregator::Change::Replaced);
    const Bar merged = *aggregator.last();
    QCOMPARE(merged.time, at("2026-11-23T15:15:00Z"));
    QCOMPARE(merged.open, Decimal::fromLiteral("10"));
    QCOMPARE(merged.high, Decimal::fromLiteral("12"));
    QCOMPARE(merged.low, Decimal::fromLiteral("9.5"));
    QCOMPARE(merged.close, Decimal::fromLiteral("11.75"));
    QCOMPARE(merged.volume, qint64(150));
    // VWAP weighted by volume: (10.5·100 + 11.75·50) / 150 = 10.916666667
    QCOMPARE(merged.vwap.toString(4), u"10.9167"_s);

    // 15:20 starts the next bucket.
    QCOMPARE(aggregator.add(bar("2026-11-23T15:20:00Z", "11.75", "11.8", "11.5", "11.6", 10)),
             BarAggregator::Change::Appended);
    QCOMPARE(aggregator.last()->time, at("2026-11-23T15:20:00Z"));
    QCOMPARE(aggregator.last()->volume, qint64(10));
}

void tst_MarketDataBars::repeatedMinuteReplacesItsContribution()
{
    BarAggregator aggregator(QStringLiteral("15Min"));
    aggregator.add(bar("2026-11-23T15:30:00Z", "10", "10", "10", "10", 100));
    aggregator.add(bar("2026-11-23T15:31:00Z", "10", "10.2", "10", "10.1", 20));
    // The snapshot repeats the minute in progress with more volume: not 20 + 30.
    QCOMPARE(aggregator.add(bar("2026-11-23T15:31:00Z", "10", "10.4", "10", "10.3", 30)),
             BarAggregator::Change::Replaced);
    QCOMPARE(aggregator.last()->volume, qint64(130));
    QCOMPARE(aggregator.last()->high, Decimal::fromLiteral("10.4"));
    QCOMPARE(aggregator.last()->close, Decimal::fromLiteral("10.3"));
}

void tst_MarketDataBars::oneMinuteReplacesSameTime()
{
    BarAggregator aggregator(QStringLiteral("1Min"));
    aggregator.reset({bar("2026-11-23T15:30:00Z", "10", "10", "10", "10", 100)});
    QCOMPARE(aggregator.add(bar("2026-11-23T15:31:00Z", "10", "10.2", "10", "10.1", 20)),
             BarAggregator::Change::Appended);
    QCOMPARE(aggregator.add(bar("2026-11-23T15:31:00Z", "10", "10.3", "9.9", "10.2", 25)),
             BarAggregator::Change::Replaced);
    QCOMPARE(aggregator.last()->volume, qint64(25));
    QCOMPARE(aggregator.last()->low, Decimal::fromLiteral("9.9"));

    // The loaded minute itself, updated: replaced, not added to.
    aggregator.reset({bar("2026-11-23T15:40:00Z", "10", "10", "10", "10", 100)});
    QCOMPARE(aggregator.add(bar("2026-11-23T15:40:00Z", "10", "10.5", "10", "10.5", 140)),
             BarAggregator::Change::Replaced);
    QCOMPARE(aggregator.last()->volume, qint64(140));
    QCOMPARE(aggregator.last()->high, Decimal::fromLiteral("10.5"));
}

void tst_MarketDataBars::olderBarsAreIgnored()
{
    BarAggregator aggregator(QStringLiteral("5Min"));
    aggregator.reset({bar("2026-11-23T15:30:00Z", "10", "10", "10", "10", 100)});
    QCOMPARE(aggregator.add(bar("2026-11-23T15:25:00Z", "1", "1", "1", "1", 1)),
             BarAggregator::Change::Ignored);
    aggregator.add(bar("2026-11-23T15:33:00Z", "10", "10", "10", "10", 5));
    QCOMPARE(aggregator.add(bar("2026-11-23T15:32:00Z", "1", "1", "1", "1", 1)),
             BarAggregator::Change::Ignored);
    QCOMPARE(aggregator.last()->volume, qint64(105));
}

void tst_MarketDataBars::dailyBucketFromHistory()
{
    BarAggregator aggregator(QStringLiteral("1Day"));
    aggregator.reset({bar("2026-11-23T05:00:00Z", "100", "101", "99", "100.5", 1'000)});
    QCOMPARE(aggregator.add(bar("2026-11-23T20:59:00Z", "100.5", "103", "100", "102", 10)),
             BarAggregator::Change::Replaced);
    QCOMPARE(aggregator.last()->time, at("2026-11-23T05:00:00Z"));
    QCOMPARE(aggregator.last()->high, Decimal::fromLiteral("103"));
    QCOMPARE(aggregator.last()->volume, qint64(1'010));
    QCOMPARE(aggregator.add(bar("2026-11-24T14:30:00Z", "102", "102", "101", "101.5", 7)),
             BarAggregator::Change::Appended);
    QCOMPARE(aggregator.last()->time, at("2026-11-24T05:00:00Z"));
}

QTEST_GUILESS_MAIN(tst_MarketDataBars)
#include "tst_marketdatabars.moc"
