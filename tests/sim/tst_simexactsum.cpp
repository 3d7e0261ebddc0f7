// SPDX-License-Identifier: GPL-3.0-or-later
// SimExactSum must read exactly as the left-to-right Decimal sum of the terms present
// (value, display scale, validity), whatever was added and taken back in between.
#include "simexactsum.h"

#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {

Decimal d(const QString &text)
{
    if (text == u"NaN")
        return Decimal::invalid();
    return Decimal::fromString(text).value();
}

/** Decimal() + t₁ + t₂ + …, as the engine's totals were computed before. */
Decimal leftToRight(const QList<Decimal> &terms)
{
    Decimal sum;
    for (const Decimal &term : terms)
        sum += term;
    return sum;
}

bool identical(const Decimal &a, const Decimal &b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || (a.units() == b.units() && a.scale() == b.scale()));
}

QString show(const Decimal &value)
{
    return value.isValid() ? value.toString() + u" (scale "_s + QString::number(value.scale()) + u')' : u"NaN"_s;
}

} // namespace

class tst_SimExactSum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesLeftToRightSum_data();
    void matchesLeftToRightSum();
};

void tst_SimExactSum::matchesLeftToRightSum_data()
{
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<int>("removed"); ///< index of a term taken back, -1 for none

    QTest::newRow("empty") << QStringList() << -1;
    QTest::newRow("one") << QStringList { u"12.50"_s } << -1;
    QTest::newRow("scales") << QStringList { u"1"_s, u"2.5"_s, u"0.125"_s, u"3.000"_s } << -1;
    QTest::newRow("take back the widest scale")
        << QStringList { u"1"_s, u"2.5"_s, u"0.125000"_s, u"3.00"_s } << 2;
    QTest::newRow("take back a zero") << QStringList { u"10.00"_s, u"0.0000"_s } << 1;
    QTest::newRow("negative terms") << QStringList { u"-100.25"_s, u"-3"_s, u"-0.001"_s } << 0;
    QTest::newRow("an invalid term") << QStringList { u"5"_s, u"NaN"_s, u"7"_s } << -1;
    QTest::newRow("the invalid term taken back") << QStringList { u"5"_s, u"NaN"_s, u"7.5"_s } << 1;
    QTest::newRow("overflow") << QStringList { u"9000000000"_s, u"200000000"_s, u"100000000"_s } << -1;
    QTest::newRow("overflow taken back")
        << QStringList { u"9000000000"_s, u"200000000"_s, u"100000000"_s } << 2;
    QTest::newRow("at the limit") << QStringList { u"9223372036"_s, u"0.854775807"_s } << -1;
}

void tst_SimExactSum::matchesLeftToRightSum()
{
    QFETCH(QStringList, terms);
    QFETCH(int, removed);

    QList<Decimal> values;
    SimExactSum sum;
    for (const QString &text : terms) {
        values.append(d(text));
        sum.add(values.last());
    }
    QVERIFY2(identical(sum.value(), leftToRight(values)),
             qPrintable(show(sum.value()) + u" vs "_s + show(leftToRight(values))));
    if (removed < 0)
        return;

    QList<Decimal> rest = values;
    const Decimal term = rest.takeAt(removed);
    QVERIFY2(identical(sum.valueWithout(term), leftToRight(rest)),
             qPrintable(show(sum.valueWithout(term)) + u" vs "_s + show(leftToRight(rest))));
    sum.remove(term);
    QVERIFY2(identical(sum.value(), leftToRight(rest)),
             qPrintable(show(sum.value()) + u" vs "_s + show(leftToRight(rest))));
    sum.add(term); // back again: the order of the terms does not matter
    rest.append(term);
    QVERIFY2(identical(sum.value(), leftToRight(rest)),
             qPrintable(show(sum.value()) + u" vs "_s + show(leftToRight(rest))));
}

QTEST_GUILESS_MAIN(tst_SimExactSum)
#include "tst_simexactsum.moc"
