// SPDX-License-Identifier: GPL-3.0-or-later
// Day trades counted from FILL activities over the rolling 5 trading days.
#include "pdtmonitor.h"

#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {

Timestamp ts(const QString &text)
{
    const Result<Timestamp> parsed = Timestamp::fromString(text);
    if (!parsed)
        qFatal("bad timestamp in test data: %s", qPrintable(text));
    return parsed.value();
}

/**
 * "TIME SIDE SYMBOL QTY ORDER" (a fill), or "TIME DIV SYMBOL" (a non-trade activity).
 * TIME is RFC 3339.
 */
QList<Activity> activities(const QStringList &lines)
{
    QList<Activity> list;
    int n = 0;
    for (const QString &line : lines) {
        const QStringList f = line.split(u' ');
        Activity a;
        a.id = u"act-%1"_s.arg(++n);
        a.symbol = f.value(2);
        if (f.value(1) == u"DIV") {
            a.activityType = ActivityType::Div;
            a.date = ts(f.value(0)).toDateTime().date();
            a.netAmount = Decimal::fromLiteral("1.00");
        } else {
            a.activityType = ActivityType::Fill;
            a.transactionTime = ts(f.value(0));
            a.side = f.value(1);
            a.qty = Decimal::fromLiteral(qPrintable(f.value(3)));
            a.orderId = f.value(4);
            a.fillType = u"fill"_s;
        }
        list.append(a);
    }
    return list;
}

QStringList describe(const QList<DayTrade> &trades)
{
    QStringList out;
    for (const DayTrade &t : trades)
        out.append(t.date.toString(Qt::ISODate) + u' ' + t.symbol + u' ' + t.orderId);
    return out;
}

// Tuesday 2026-03-10, 15:00 New York.
const QString kNow = u"2026-03-10T19:00:00Z"_s;

} // namespace

class tst_PdtMonitor : public QObject
{
    Q_OBJECT

private slots:
    void window_data();
    void window();
    void count_data();
    void count();
    void threshold();
};

void tst_PdtMonitor::window_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<QStringList>("days");
    QTest::newRow("tuesday") << kNow
                             << QStringList { u"2026-03-10"_s, u"2026-03-09"_s, u"2026-03-06"_s,
                                              u"2026-03-05"_s, u"2026-03-04"_s };
    QTest::newRow("saturday counts from friday")
        << u"2026-03-14T15:00:00Z"_s
        << QStringList { u"2026-03-13"_s, u"2026-03-12"_s, u"2026-03-11"_s, u"2026-03-10"_s,
                         u"2026-03-09"_s };
    QTest::newRow("across Good Friday")
        << u"2026-04-06T15:00:00Z"_s
        << QStringList { u"2026-04-06"_s, u"2026-04-02"_s, u"2026-04-01"_s, u"2026-03-31"_s,
                         u"2026-03-30"_s };
    QTest::newRow("New York date, not UTC") // 21:30 New York on Monday is Tuesday in UTC
        << u"2026-03-10T01:30:00Z"_s
        << QStringList { u"2026-03-09"_s, u"2026-03-06"_s, u"2026-03-05"_s, u"2026-03-04"_s,
                         u"2026-03-03"_s };
}

void tst_PdtMonitor::window()
{
    QFETCH(QString, now);
    QFETCH(QStringList, days);
    QStringList actual;
    for (const QDate &d : PdtMonitor::window(MarketCalendar(), ts(now)))
        actual.append(d.toString(Qt::ISODate));
    QCOMPARE(actual, days);
}

void tst_PdtMonitor::count_data()
{
    QTest::addColumn<QStringList>("fills");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QVariantMap>("positions"); // symbol → current signed qty
    QTest::addColumn<QStringList>("dayTrades");

    const QVariantMap flat;
    QTest::newRow("none") << QStringList() << kNow << flat << QStringList();
    QTest::newRow("round trip") << QStringList { u"2026-03-10T14:00:00Z buy AAPL 10 o1"_s,
                                                 u"2026-03-10T15:00:00Z sell AAPL 10 o2"_s }
                                << kNow << flat << QStringList { u"2026-03-10 AAPL o2"_s };
    QTest::newRow("two buys, one sell") << QStringList { u"2026-03-10T14:00:00Z buy AAPL 10 o1"_s,
                                                         u"2026-03-10T14:10:00Z buy AAPL 10 o2"_s,
                                                         u"2026-03-10T15:00:00Z sell AAPL 20 o3"_s }
                                        << kNow << flat << QStringList { u"2026-03-10 AAPL o3"_s };
    QTest::newRow("in and out twice") << QStringList {
        u"2026-03-10T14:00:00Z buy AAPL 10 o1"_s, u"2026-03-10T14:05:00Z sell AAPL 10 o2"_s,
        u"2026-03-10T14:10:00Z buy AAPL 10 o3"_s, u"2026-03-10T14:15:00Z sell AAPL 10 o4"_s
    } << kNow << flat << QStringList { u"2026-03-10 AAPL o2"_s, u"2026-03-10 AAPL o4"_s };
    QTest::newRow("one closing order in three fills") << QStringList {
        u"2026-03-10T14:00:00Z buy AAPL 10 o1"_s, u"2026-03-10T15:00:00Z sell AAPL 3 o2"_s,
        u"2026-03-10T15:00:01Z sell AAPL 3 o2"_s, u"2026-03-10T15:00:02Z sell AAPL 4 o2"_s
    } << kNow << flat << QStringList { u"2026-03-10 AAPL o2"_s };
    QTest::newRow("two closing orders each count")
        << QStringList { u"2026-03-10T14:00:00Z buy AAPL 10 o1"_s,
                         u"2026-03-10T15:00:00Z sell AAPL 5 o2"_s,
                         u"2026-03-10T15:30:00Z sell AAPL 5 o3"_s }
        << kNow << flat << QStringList { u"2026-03-10 AAPL o2"_s, u"2026-03-10 AAPL o3"_s };
    QTest::newRow("bought yesterday, sold today")
        << QStringList { u"2026-03-09T14:00:00Z buy AAPL 10 o1"_s,
                         u"2026-03-10T15:00:00Z sell AAPL 10 o2"_s }
        << kNow << flat << QStringList();
    QTest::newRow("overnight position sold today")
        << QStringList { u"2026-03-10T15:00:00Z sell AAPL 10 o2"_s } << kNow
        << QVariantMap { { u"AAPL"_s, u"10"_s } } // 20 held overnight, 10 left
        << QStringList();
    QTest::newRow("sold overnight shares, then bought back: no day trade")
        << QStringList { u"2026-03-10T14:00:00Z sell AAPL 10 o1"_s,
                         u"2026-03-10T15:00:00Z buy AAPL 5 o2"_s }
        << kNow << QVariantMap { { u"AAPL"_s, u"15"_s } } << QStringList();
    QTest::newRow("same fills read as flat: a short covered the same day")
        << QStringList { u"2026-03-10T14:00:00Z sell AAPL 10 o1"_s,
                         u"2026-03-10T15:00:00Z buy AAPL 5 o2"_s }
        << kNow << flat << QStringList { u"2026-03-10 AAPL o2"_s };
    QTest::newRow("adding to an overnight position, then selling") << QStringList {
        u"2026-03-10T14:00:00Z buy AAPL 10 o1"_s, u"2026-03-10T15:00:00Z sell AAPL 10 o2"_s
    } << kNow << QVariantMap { { u"AAPL"_s, u"10"_s } } << QStringList { u"2026-03-10 AAPL o2"_s };
    QTest::newRow("short then cover")
        << QStringList { u"2026-03-10T14:00:00Z sell_short TSLA 5 o1"_s,
                         u"2026-03-10T15:00:00Z buy TSLA 5 o2"_s }
        << kNow << flat << QStringList { u"2026-03-10 TSLA o2"_s };
    QTest::newRow("symbols are separate")
        << QStringList { u"2026-03-10T14:00:00Z buy AAPL 10 o1"_s,
                         u"2026-03-10T15:00:00Z sell MSFT 10 o2"_s }
        << kNow << QVariantMap { { u"AAPL"_s, u"10"_s } } << QStringList();
    QTest::newRow("extended hours count")
        << QStringList { u"2026-03-10T12:00:00Z buy AAPL 10 o1"_s, // 08:00 pre-market
                         u"2026-03-10T21:00:00Z sell AAPL 10 o2"_s } // 17:00 after hours
        << u"2026-03-10T23:00:00Z"_s << flat << QStringList { u"2026-03-10 AAPL o2"_s };
    QTest::newRow("the New York day, not the UTC day")
        << QStringList { u"2026-03-10T19:00:00Z buy AAPL 10 o1"_s, // 15:00 New York
                         u"2026-03-11T00:30:00Z sell AAPL 10 o2"_s } // 20:30 New York, same day
        << u"2026-03-11T01:00:00Z"_s << flat << QStringList { u"2026-03-10 AAPL o2"_s };
    QTest::newRow("bought late, sold after midnight New York")
        << QStringList { u"2026-03-10T23:30:00Z buy AAPL 10 o1"_s, // 19:30 New York
                         u"2026-03-11T13:00:00Z sell AAPL 10 o2"_s } // 09:00 next day
        << u"2026-03-11T15:00:00Z"_s << flat << QStringList();
    QTest::newRow("window edges") << QStringList {
        u"2026-03-03T14:00:00Z buy AAPL 1 a1"_s, // 6th trading day back: out
        u"2026-03-03T15:00:00Z sell AAPL 1 a2"_s,
        u"2026-03-04T14:00:00Z buy AAPL 1 b1"_s, // 5th: in
        u"2026-03-04T15:00:00Z sell AAPL 1 b2"_s
    } << kNow << flat << QStringList { u"2026-03-04 AAPL b2"_s };
    QTest::newRow("across a holiday")
        << QStringList { u"2026-03-27T14:00:00Z buy AAPL 1 a1"_s, // outside (Good Friday shifts)
                         u"2026-03-27T15:00:00Z sell AAPL 1 a2"_s,
                         u"2026-03-30T14:00:00Z buy AAPL 1 b1"_s,
                         u"2026-03-30T15:00:00Z sell AAPL 1 b2"_s }
        << u"2026-04-06T15:00:00Z"_s << flat << QStringList { u"2026-03-30 AAPL b2"_s };
    QTest::newRow("non-trade activities are ignored")
        << QStringList { u"2026-03-10T14:00:00Z DIV AAPL"_s,
                         u"2026-03-10T14:00:00Z buy AAPL 10 o1"_s,
                         u"2026-03-10T15:00:00Z sell AAPL 10 o2"_s }
        << kNow << flat << QStringList { u"2026-03-10 AAPL o2"_s };
    QTest::newRow("out of order input") << QStringList { u"2026-03-10T15:00:00Z sell AAPL 10 o2"_s,
                                                         u"2026-03-10T14:00:00Z buy AAPL 10 o1"_s }
                                        << kNow << flat << QStringList { u"2026-03-10 AAPL o2"_s };
    QTest::newRow("fractional shares count")
        << QStringList { u"2026-03-10T14:00:00Z buy AAPL 0.5 o1"_s,
                         u"2026-03-10T15:00:00Z sell AAPL 0.5 o2"_s }
        << kNow << flat << QStringList { u"2026-03-10 AAPL o2"_s };
}

void tst_PdtMonitor::count()
{
    QFETCH(QStringList, fills);
    QFETCH(QString, now);
    QFETCH(QVariantMap, positions);
    QFETCH(QStringList, dayTrades);
    QHash<QString, Decimal> current;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        current.insert(it.key(), Decimal::fromLiteral(qPrintable(it.value().toString())));
    const PdtMonitor::Status status =
        PdtMonitor::evaluate(activities(fills), MarketCalendar(), ts(now), current);
    QCOMPARE(describe(status.dayTrades), dayTrades);
    QCOMPARE(status.count(), dayTrades.size());
    QCOMPARE(status.window.size(), PdtMonitor::WindowDays);
}

void tst_PdtMonitor::threshold()
{
    // Four round trips on one day: each sell closes the share its buy opened.
    QStringList ordered;
    for (int i = 0; i < 4; ++i)
        ordered << u"2026-03-10T14:%1:00Z buy AAPL 1 b%1"_s.arg(10 + 2 * i)
                << u"2026-03-10T14:%1:00Z sell AAPL 1 s%1"_s.arg(11 + 2 * i);
    const QList<Activity> all = activities(ordered);
    const MarketCalendar calendar;
    const QList<int> expectedRemaining { 3, 2, 1, 0, 0 };
    for (int trades = 0; trades <= 4; ++trades) {
        const PdtMonitor::Status status =
            PdtMonitor::evaluate(all.mid(0, 2 * trades), calendar, ts(kNow));
        QCOMPARE(status.count(), trades);
        QCOMPARE(status.isPatternDayTrader(), trades >= 4);
        QCOMPARE(status.remainingBeforeFlag(), expectedRemaining.at(trades));
    }
}

QTEST_GUILESS_MAIN(tst_PdtMonitor)
#include "tst_pdtmonitor.moc"
