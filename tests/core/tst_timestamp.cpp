// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamp.h"

#include <QDate>
#include <QTest>
#include <QVariant>

#include <algorithm>
#include <limits>

using namespace Elson;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Elson::Error::Code)

namespace {

Timestamp ts(const QString &text)
{
    const Result<Timestamp> r = Timestamp::fromString(text);
    Q_ASSERT(r.ok());
    return r.ok() ? r.value() : Timestamp();
}

constexpr qint64 kSecond = 1'000'000'000;
constexpr int kHour = 3600;

} // namespace

class tst_Timestamp : public QObject
{
    Q_OBJECT

private slots:
    void null();
    void roundTrip_data();
    void roundTrip();
    void normalizedInput_data();
    void normalizedInput();
    void rejects_data();
    void rejects();
    void sameInstantAcrossOffsets();
    void dstNewYork();
    void ordering();
    void toDateTime();
    void fromDateTime();
    void fromEpoch();
    void toUtcString();
    void arithmetic();
    void civilDatesMatchQDate();
    void variant();
};

void tst_Timestamp::null()
{
    const Timestamp t;
    QVERIFY(t.isNull());
    QVERIFY(t.toString().isEmpty());
    QVERIFY(t.toUtcString().isEmpty());
    QVERIFY(!t.toDateTime().isValid());
    QVERIFY(t == Timestamp());
    QVERIFY(t.addSeconds(1).isNull());
    QVERIFY(t.withOffset(3600).isNull());
    QVERIFY(Timestamp() != Timestamp::fromEpochNanos(0));
}

void tst_Timestamp::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<int>("offset");

    QTest::newRow("Z, no fraction")
        << u"2021-03-11T00:00:00Z"_s << qint64(1615420800) * kSecond << 0;
    QTest::newRow("9 digits, -05:00")
        << u"2026-11-23T10:15:03.418221871-05:00"_s << qint64(1795446903418221871) << -5 * kHour;
    QTest::newRow("+05:30") << u"2024-06-30T21:45:00.5+05:30"_s << qint64(1719764100500000000)
                            << 5 * kHour + 1800;
    QTest::newRow("-04:00") << u"2026-07-15T09:30:00-04:00"_s << qint64(1784122200) * kSecond
                            << -4 * kHour;
    QTest::newRow("+00:00 kept") << u"2024-01-02T03:04:05+00:00"_s << qint64(1704164645) * kSecond
                                 << 0;
    QTest::newRow("-00:00 kept") << u"2024-01-02T03:04:05-00:00"_s << qint64(1704164645) * kSecond
                                 << 0;
    QTest::newRow("+23:59") << u"2024-01-02T03:04:05+23:59"_s
                            << (qint64(1704164645) - 86340) * kSecond << 86340;
    QTest::newRow("-23:59") << u"2024-01-02T03:04:05-23:59"_s
                            << (qint64(1704164645) + 86340) * kSecond << -86340;
    QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << qint64(0) << 0;
    QTest::newRow("before epoch") << u"1969-12-31T23:59:59.999999999Z"_s << qint64(-1) << 0;
    QTest::newRow("leap day") << u"2000-02-29T12:00:00Z"_s << qint64(951825600) * kSecond << 0;
    QTest::newRow("max") << u"2262-04-11T23:47:16.854775807Z"_s
                         << std::numeric_limits<qint64>::max() << 0;
    QTest::newRow("min") << u"1677-09-21T00:12:43.145224192Z"_s
                         << std::numeric_limits<qint64>::min() << 0;

    // 0–9 fractional digits, each remembered, trailing zeros included.
    const char *fractions[] = { "",       ".1",      ".12",      ".123",      ".1234",
                                ".12345", ".123456", ".1234567", ".12345678", ".123456789" };
    qint64 fraction = 0;
    const char digits[] = "123456789";
    for (int n = 0; n <= 9; ++n) {
        if (n > 0)
            fraction = fraction * 10 + (digits[n - 1] - '0');
        qint64 scaled = fraction;
        for (int k = n; k < 9; ++k)
            scaled *= 10;
        QTest::addRow("%d digits", n)
            << (u"2024-01-02T03:04:05"_s + QLatin1String(fractions[n]) + u'Z')
            << qint64(1704164645) * kSecond + scaled << 0;
        QTest::addRow("%d zero digits", n)
            << (u"2024-01-02T03:04:05"_s + (n > 0 ? u"."_s + QString(n, u'0') : QString())
                + u"-04:00"_s)
            << (qint64(1704164645) + qint64(4) * kHour) * kSecond << -4 * kHour;
    }
}

void tst_Timestamp::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(qint64, nanos);
    QFETCH(int, offset);

    const Result<Timestamp> r = Timestamp::fromString(text, u"submitted_at"_s);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY(!r->isNull());
    QCOMPARE(r->epochNanos(), nanos);
    QCOMPARE(r->offsetSeconds(), offset);
    QCOMPARE(r->toString(), text);
    QCOMPARE(Timestamp::fromString(r->toString())->epochNanos(), nanos);
}

void tst_Timestamp::normalizedInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("lower-case t and z")
        << u"2024-01-02t03:04:05.25z"_s << u"2024-01-02T03:04:05.25Z"_s;
    QTest::newRow("space separator")
        << u"2024-01-02 03:04:05-04:00"_s << u"2024-01-02T03:04:05-04:00"_s;
}

void tst_Timestamp::normalizedInput()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const Result<Timestamp> r = Timestamp::fromString(text);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->toString(), canonical);
}

void tst_Timestamp::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");

    const auto parse = Error::Code::Parse;
    const QString format = u"not an RFC 3339 timestamp"_s;
    QTest::newRow("empty") << QString() << parse << u"empty"_s;
    QTest::newRow("garbage") << u"abc"_s << parse << format;
    QTest::newRow("Feb 30") << u"2024-02-30T00:00:00Z"_s << parse << u"not a valid calendar date"_s;
    QTest::newRow("Feb 29 non-leap")
        << u"2023-02-29T00:00:00Z"_s << parse << u"not a valid calendar date"_s;
    QTest::newRow("Feb 29 1900") << u"2100-02-29T00:00:00Z"_s << parse
                                 << u"not a valid calendar date"_s;
    QTest::newRow("Apr 31") << u"2024-04-31T00:00:00Z"_s << parse << u"not a valid calendar date"_s;
    QTest::newRow("month 13") << u"2024-13-01T00:00:00Z"_s << parse
                              << u"not a valid calendar date"_s;
    QTest::newRow("month 0") << u"2024-00-10T00:00:00Z"_s << parse
                             << u"not a valid calendar date"_s;
    QTest::newRow("day 0") << u"2024-01-00T00:00:00Z"_s << parse << u"not a valid calendar date"_s;
    QTest::newRow("hour 24") << u"2024-01-01T24:00:00Z"_s << parse << u"time of day out of range"_s;
    QTest::newRow("minute 60") << u"2024-01-01T23:60:00Z"_s << parse
                               << u"time of day out of range"_s;
    QTest::newRow("leap second") << u"2016-12-31T23:59:60Z"_s << parse
                                 << u"time of day out of range"_s;
    QTest::newRow("offset +24:00")
        << u"2024-01-01T00:00:00+24:00"_s << parse << u"offset out of range"_s;
    QTest::newRow("offset -23:60")
        << u"2024-01-01T00:00:00-23:60"_s << parse << u"offset out of range"_s;
    QTest::newRow("no offset") << u"2024-01-01T00:00:00"_s << parse << u"no UTC offset"_s;
    QTest::newRow("no offset, fraction")
        << u"2024-01-01T00:00:00.5"_s << parse << u"no UTC offset"_s;
    QTest::newRow("bad T") << u"2024-01-01X00:00:00Z"_s << parse << format;
    QTest::newRow("slashes") << u"2024/01/01T00:00:00Z"_s << parse << format;
    QTest::newRow("dots in time") << u"2024-01-01T00.00.00Z"_s << parse << format;
    QTest::newRow("empty fraction")
        << u"2024-01-01T00:00:00.Z"_s << parse << u"digits after the decimal point"_s;
    QTest::newRow("10 digits") << u"2024-01-01T00:00:00.1234567890Z"_s << parse
                               << u"at most 9 fractional digits"_s;
    QTest::newRow("offset without colon") << u"2024-01-01T00:00:00+0500"_s << parse << format;
    QTest::newRow("offset hours only") << u"2024-01-01T00:00:00+05"_s << parse << format;
    QTest::newRow("trailing space") << u"2024-01-01T00:00:00Z "_s << parse << format;
    QTest::newRow("leading space") << u" 2024-01-01T00:00:00Z"_s << parse << format;
    QTest::newRow("two-digit year") << u"24-01-01T00:00:00Z"_s << parse << format;
    QTest::newRow("one-digit month") << u"2024-1-01T00:00:00Z"_s << parse << format;
    QTest::newRow("date only") << u"2024-01-01"_s << parse << format;
    QTest::newRow("comma fraction") << u"2024-01-01T00:00:00,5Z"_s << parse << format;
    QTest::newRow("arabic digits") << u"\u0662024-01-01T00:00:00Z"_s << parse << format;
    QTest::newRow("after range") << u"2262-04-11T23:47:16.854775808Z"_s << Error::Code::Overflow
                                 << u"outside the supported range"_s;
    QTest::newRow("before range") << u"1677-09-21T00:12:43.145224191Z"_s << Error::Code::Overflow
                                  << u"outside the supported range"_s;
    QTest::newRow("year 9999") << u"9999-12-31T23:59:59Z"_s << Error::Code::Overflow
                               << u"outside the supported range"_s;
    QTest::newRow("year 0000") << u"0000-01-01T00:00:00Z"_s << Error::Code::Overflow
                               << u"outside the supported range"_s;
}

void tst_Timestamp::rejects()
{
    QFETCH(QString, text);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);

    const Result<Timestamp> r = Timestamp::fromString(text, u"submitted_at"_s);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->toString() : QString()));
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, u"submitted_at"_s);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QVERIFY(r.error().toString().startsWith(u"submitted_at: "_s));
}

void tst_Timestamp::sameInstantAcrossOffsets()
{
    const Timestamp utc = ts(u"2026-11-23T15:15:03.418221871Z"_s);
    const Timestamp ny = ts(u"2026-11-23T10:15:03.418221871-05:00"_s);
    const Timestamp india = ts(u"2026-11-23T20:45:03.418221871+05:30"_s);
    QVERIFY(utc == ny);
    QVERIFY(ny == india);
    QVERIFY((utc <=> india) == std::strong_ordering::equal);
    QVERIFY(utc.toString() != ny.toString());

    QCOMPARE(utc.withOffset(-5 * kHour).toString(), ny.toString());
    QCOMPARE(ny.withOffset(5 * kHour + 1800).toString(), india.toString());
    QCOMPARE(india.withOffset(0).toString(), utc.toString());
    // An offset RFC 3339 cannot write falls back to UTC, keeping the instant.
    QCOMPARE(ny.withOffset(1234).offsetSeconds(), 0);
    QCOMPARE(ny.withOffset(24 * kHour).offsetSeconds(), 0);
    QCOMPARE(ny.withOffset(1234), ny);
}

void tst_Timestamp::dstNewYork()
{
    // Spring forward, 2026-03-08: 01:59:59 EST is followed by 03:00:00 EDT.
    const Timestamp lastEst = ts(u"2026-03-08T01:59:59-05:00"_s);
    const Timestamp firstEdt = ts(u"2026-03-08T03:00:00-04:00"_s);
    QCOMPARE(firstEdt.epochNanos() - lastEst.epochNanos(), kSecond);
    QVERIFY(lastEst < firstEdt);
    QCOMPARE(lastEst.addSeconds(1).withOffset(-4 * kHour).toString(),
             u"2026-03-08T03:00:00-04:00"_s);
    QCOMPARE(lastEst, ts(u"2026-03-08T06:59:59Z"_s));

    // Fall back, 2026-11-01: 01:30 happens twice, an hour apart.
    const Timestamp firstPass = ts(u"2026-11-01T01:30:00-04:00"_s);
    const Timestamp secondPass = ts(u"2026-11-01T01:30:00-05:00"_s);
    QCOMPARE(secondPass.epochNanos() - firstPass.epochNanos(), 3600 * kSecond);
    QVERIFY(firstPass < secondPass);
    QCOMPARE(firstPass, ts(u"2026-11-01T05:30:00Z"_s));
    QCOMPARE(secondPass, ts(u"2026-11-01T06:30:00Z"_s));
    const Timestamp lastEdt = ts(u"2026-11-01T01:59:59.999-04:00"_s);
    QCOMPARE(lastEdt.addNanos(1'000'000).withOffset(-5 * kHour).toString(),
             u"2026-11-01T01:00:00.000-05:00"_s);
    QCOMPARE(firstPass.toDateTime().offsetFromUtc(), -4 * kHour);
    QCOMPARE(secondPass.toDateTime().offsetFromUtc(), -5 * kHour);
    QCOMPARE(firstPass.toDateTime().time(), secondPass.toDateTime().time());
    QVERIFY(firstPass.toDateTime() < secondPass.toDateTime());
}

void tst_Timestamp::ordering()
{
    QList<Timestamp> list {
        ts(u"2026-11-01T01:30:00-05:00"_s), // 06:30Z
        ts(u"2026-11-01T06:00:00.000000001Z"_s),
        ts(u"2026-11-01T01:30:00-04:00"_s), // 05:30Z
        Timestamp(),
        ts(u"2026-11-01T11:00:00+05:30"_s), // 05:30Z
        ts(u"2026-11-01T06:00:00Z"_s),
    };
    std::stable_sort(list.begin(), list.end());
    QVERIFY(list.at(0).isNull());
    QCOMPARE(list.at(1).toString(), u"2026-11-01T01:30:00-04:00"_s);
    QCOMPARE(list.at(2).toString(), u"2026-11-01T11:00:00+05:30"_s);
    QCOMPARE(list.at(3).toString(), u"2026-11-01T06:00:00Z"_s);
    QCOMPARE(list.at(4).toString(), u"2026-11-01T06:00:00.000000001Z"_s);
    QCOMPARE(list.at(5).toString(), u"2026-11-01T01:30:00-05:00"_s);

    QVERIFY(Timestamp() < Timestamp::fromEpochNanos(std::numeric_limits<qint64>::min()));
    QVERIFY(!(Timestamp() < Timestamp()));
    QVERIFY(ts(u"1969-12-31T23:59:59.999999999Z"_s) < ts(u"1970-01-01T00:00:00Z"_s));
}

void tst_Timestamp::toDateTime()
{
    const QDateTime dt = ts(u"2026-11-23T10:15:03.418221871-05:00"_s).toDateTime();
    QVERIFY(dt.isValid());
    QCOMPARE(dt.offsetFromUtc(), -5 * kHour);
    QCOMPARE(dt.date(), QDate(2026, 11, 23));
    QCOMPARE(dt.time(), QTime(10, 15, 3, 418));
    QCOMPARE(dt.toMSecsSinceEpoch(), qint64(1795446903418));

    // Truncation goes toward the past before the epoch too.
    const QDateTime before = ts(u"1969-12-31T23:59:59.9995Z"_s).toDateTime();
    QCOMPARE(before.toMSecsSinceEpoch(), qint64(-1));
    QCOMPARE(before.time(), QTime(23, 59, 59, 999));

    const QDateTime utc = ts(u"2021-03-11T00:00:00Z"_s).toDateTime();
    QCOMPARE(utc.offsetFromUtc(), 0);
    QCOMPARE(utc.toSecsSinceEpoch(), qint64(1615420800));
}

void tst_Timestamp::fromDateTime()
{
    const QDateTime dt(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::OffsetFromUTC, 5 * kHour + 1800);
    const Timestamp t = Timestamp::fromDateTime(dt);
    QCOMPARE(t.toString(), u"2024-01-02T03:04:05.678+05:30"_s);
    QCOMPARE(t.offsetSeconds(), 5 * kHour + 1800);
    QCOMPARE(t.toDateTime(), dt);

    const QDateTime utc(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QCOMPARE(Timestamp::fromDateTime(utc).toString(), u"2024-01-02T03:04:05Z"_s);
    QVERIFY(Timestamp::fromDateTime(QDateTime()).isNull());
    QVERIFY(Timestamp::fromDateTime(QDateTime(QDate(3000, 1, 1), QTime(0, 0), Qt::UTC)).isNull());
}

void tst_Timestamp::fromEpoch()
{
    QCOMPARE(Timestamp::fromEpochNanos(1).toString(), u"1970-01-01T00:00:00.000000001Z"_s);
    QCOMPARE(Timestamp::fromEpochNanos(1'500'000'000).toString(), u"1970-01-01T00:00:01.5Z"_s);
    QCOMPARE(Timestamp::fromEpochNanos(-1).toString(), u"1969-12-31T23:59:59.999999999Z"_s);
    QCOMPARE(Timestamp::fromEpochSeconds(0, kHour).toString(), u"1970-01-01T01:00:00+01:00"_s);
    QCOMPARE(Timestamp::fromEpochSeconds(0, kHour + 1).offsetSeconds(), 0);
    QCOMPARE(Timestamp::fromEpochSeconds(1615420800).epochNanos(), qint64(1615420800) * kSecond);
    QVERIFY(Timestamp::fromEpochSeconds(std::numeric_limits<qint64>::max()).isNull());
    QVERIFY(Timestamp::fromEpochSeconds(-9'300'000'000).isNull());

    QCOMPARE(Timestamp::fromEpochNanos(-1).epochSeconds(), qint64(-1));
    QCOMPARE(Timestamp::fromEpochNanos(-kSecond).epochSeconds(), qint64(-1));
    QCOMPARE(Timestamp::fromEpochNanos(kSecond - 1).epochSeconds(), qint64(0));
    QCOMPARE(ts(u"2021-03-11T00:00:00.999Z"_s).epochSeconds(), qint64(1615420800));
}

void tst_Timestamp::toUtcString()
{
    const Timestamp t = ts(u"2026-11-23T10:15:03.418221871-05:00"_s);
    QCOMPARE(t.toUtcString(), u"2026-11-23T15:15:03.418221871Z"_s);
    QCOMPARE(t.toUtcString(3), u"2026-11-23T15:15:03.418Z"_s);
    QCOMPARE(t.toUtcString(0), u"2026-11-23T15:15:03Z"_s);
    QCOMPARE(ts(u"2024-01-02T03:04:05Z"_s).toUtcString(6), u"2024-01-02T03:04:05.000000Z"_s);
    QCOMPARE(Timestamp::fromEpochNanos(-1).toUtcString(3), u"1969-12-31T23:59:59.999Z"_s);
    QCOMPARE(ts(u"2024-01-01T00:30:00+05:30"_s).toUtcString(0), u"2023-12-31T19:00:00Z"_s);
}

void tst_Timestamp::arithmetic()
{
    const Timestamp t = ts(u"2024-01-02T03:04:05Z"_s);
    QCOMPARE(t.addNanos(1).toString(), u"2024-01-02T03:04:05.000000001Z"_s);
    QCOMPARE(t.addSeconds(-86400).toString(), u"2024-01-01T03:04:05Z"_s);
    // The remembered digits stay, and grow only when the value needs more.
    const Timestamp half = ts(u"2024-01-02T03:04:05.5Z"_s);
    QCOMPARE(half.addNanos(500'000'000).toString(), u"2024-01-02T03:04:06.0Z"_s);
    QCOMPARE(half.addNanos(20'000'000).toString(), u"2024-01-02T03:04:05.52Z"_s);
    // Across a year boundary at an offset.
    QCOMPARE(ts(u"2024-12-31T23:59:59-04:00"_s).addSeconds(1).toString(),
             u"2025-01-01T00:00:00-04:00"_s);

    const Timestamp max = Timestamp::fromEpochNanos(std::numeric_limits<qint64>::max());
    QVERIFY(max.addNanos(1).isNull());
    QVERIFY(max.addSeconds(1).isNull());
    QVERIFY(t.addSeconds(std::numeric_limits<qint64>::max()).isNull());
    QVERIFY(!max.addNanos(-1).isNull());
}

void tst_Timestamp::civilDatesMatchQDate()
{
    // Every 13th day of the whole range, cross-checked against QDate's Julian days.
    constexpr qint64 unixEpochJulianDay = 2440588;
    const QDate first(1677, 9, 22);
    const QDate last(2262, 4, 10);
    for (QDate d = first; d <= last; d = d.addDays(13)) {
        const QString text = d.toString(Qt::ISODate) + u"T12:34:56.789+01:00"_s;
        const Result<Timestamp> r = Timestamp::fromString(text);
        QVERIFY2(r.ok(), qPrintable(text));
        const qint64 expected = ((d.toJulianDay() - unixEpochJulianDay) * 86400
                                 + qint64(12 * 3600 + 34 * 60 + 56 - 3600))
                * kSecond
            + 789'000'000;
        QCOMPARE(r->epochNanos(), expected);
        QCOMPARE(r->toString(), text);
    }
}

void tst_Timestamp::variant()
{
    const QVariant v = QVariant::fromValue(ts(u"2024-01-02T03:04:05.5-04:00"_s));
    QCOMPARE(v.value<Timestamp>().toString(), u"2024-01-02T03:04:05.5-04:00"_s);
}

QTEST_GUILESS_MAIN(tst_Timestamp)
#include "tst_timestamp.moc"
