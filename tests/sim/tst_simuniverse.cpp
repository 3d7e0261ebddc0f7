// SPDX-License-Identifier: GPL-3.0-or-later
#include "simuniverse.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Elson;

class tst_SimUniverse : public QObject
{
    Q_OBJECT

private slots:
    void standardSize();
    void ruleExercisers();
    void symbolsAndIdsUnique();
    void assetParametersPlausible();
    void assetIdsStable();
    void lookup_data();
    void lookup();
    void customUniverse();
};

void tst_SimUniverse::standardSize()
{
    const SimUniverse universe = SimUniverse::standard();
    QVERIFY2(universe.size() >= 28, qPrintable(QString::number(universe.size())));
    QCOMPARE(universe.assets().size(), universe.size());

    qsizetype etfs = 0;
    for (const SimAsset &asset : universe.assets())
        etfs += asset.etf ? 1 : 0;
    QVERIFY(etfs >= 5);
    QVERIFY(etfs < universe.size() / 2);
    // The same universe every time: ids and parameters must not depend on the run.
    QVERIFY(SimUniverse::standard().assets() == universe.assets());
}

void tst_SimUniverse::ruleExercisers()
{
    const SimUniverse universe = SimUniverse::standard();
    QStringList notTradable;
    QStringList hardToBorrow;
    QStringList notFractionable;
    QStringList tradableNotFractionable;
    QStringList subDollar;
    for (const SimAsset &asset : universe.assets()) {
        if (!asset.tradable)
            notTradable << asset.symbol;
        if (asset.shortable && !asset.easyToBorrow)
            hardToBorrow << asset.symbol;
        if (!asset.fractionable)
            notFractionable << asset.symbol;
        if (!asset.fractionable && asset.tradable)
            tradableNotFractionable << asset.symbol;
        if (asset.referencePrice < Decimal::fromInt(1))
            subDollar << asset.symbol;
        // Alpaca never reports easy_to_borrow for something that cannot be shorted.
        if (!asset.shortable)
            QVERIFY2(!asset.easyToBorrow, qPrintable(asset.symbol));
        QVERIFY2(asset.active, qPrintable(asset.symbol));
    }
    QCOMPARE(notTradable, QStringList { u"NSRGY"_s });
    QCOMPARE(hardToBorrow, QStringList { u"GME"_s });
    QVERIFY2(notFractionable.size() >= 2 && notFractionable.size() <= 5,
             qPrintable(notFractionable.join(u',')));
    QVERIFY(tradableNotFractionable.size() >= 2); // the "not fractionable" 422 needs a tradable one
    QCOMPARE(subDollar, QStringList { u"PNNY"_s });
    const SimAsset *penny = universe.findBySymbol(u"PNNY");
    QVERIFY(penny);
    QVERIFY(penny->tradable);
    QVERIFY(penny->name.contains(u"fictional"));
}

void tst_SimUniverse::symbolsAndIdsUnique()
{
    const SimUniverse universe = SimUniverse::standard();
    QSet<QString> symbols;
    QSet<QUuid> ids;
    for (const SimAsset &asset : universe.assets()) {
        QVERIFY2(!symbols.contains(asset.symbol), qPrintable(asset.symbol));
        QVERIFY2(!ids.contains(asset.id), qPrintable(asset.symbol));
        symbols.insert(asset.symbol);
        ids.insert(asset.id);
        QVERIFY(!asset.id.isNull());
        QCOMPARE(asset.id, SimUniverse::assetId(asset.symbol));
    }
}

void tst_SimUniverse::assetParametersPlausible()
{
    const QSet<QString> exchanges { u"NASDAQ"_s, u"NYSE"_s, u"ARCA"_s, u"AMEX"_s, u"OTC"_s };
    const SimUniverse universe = SimUniverse::standard();
    for (const SimAsset &asset : universe.assets()) {
        const QByteArray what = asset.symbol.toUtf8();
        QVERIFY2(!asset.symbol.isEmpty() && asset.symbol == asset.symbol.toUpper(),
                 what.constData());
        QVERIFY2(!asset.name.isEmpty(), what.constData());
        QVERIFY2(exchanges.contains(asset.exchange), what.constData());
        QVERIFY2(asset.referencePrice.isPositive(), what.constData());
        QVERIFY2(asset.referencePrice.isTickAligned(), what.constData());
        QVERIFY2(asset.referencePrice < Decimal::fromInt(2000), what.constData());
        QVERIFY2(asset.spreadBps > 0 && asset.spreadBps < 200, what.constData());
        QVERIFY2(asset.averageDailyVolume >= 100'000, what.constData());
        QVERIFY2(asset.annualVolatility > 0.05 && asset.annualVolatility < 1.5, what.constData());
        QVERIFY2(asset.maintenanceMarginRequirement >= 25
                     && asset.maintenanceMarginRequirement <= 100,
                 what.constData());
        if (!asset.marginable)
            QCOMPARE(asset.maintenanceMarginRequirement, 100);
    }
}

void tst_SimUniverse::assetIdsStable()
{
    // Golden values: a change here orphans every saved order and position (--state).
    QCOMPARE(SimUniverse::assetId(u"AAPL").toString(QUuid::WithoutBraces),
             u"3c130ab7-f299-5eaf-bfa0-bfc3f11f8910"_s);
    QCOMPARE(SimUniverse::assetId(u"SPY").toString(QUuid::WithoutBraces),
             u"0b960291-4365-504e-a602-942ba32a2cba"_s);
    QCOMPARE(SimUniverse::assetId(u"AAPL").version(), QUuid::Sha1); // name-based, version 5
    QVERIFY(SimUniverse::assetId(u"AAPL") != SimUniverse::assetId(u"aapl"));
}

void tst_SimUniverse::lookup_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // symbol, empty: not found

    const QUuid msft = SimUniverse::assetId(u"MSFT");
    QTest::newRow("symbol") << u"AAPL"_s << u"AAPL"_s;
    QTest::newRow("one letter") << u"F"_s << u"F"_s;
    QTest::newRow("class share") << u"BRK.B"_s << u"BRK.B"_s;
    QTest::newRow("etf") << u"SPY"_s << u"SPY"_s;
    QTest::newRow("id") << msft.toString(QUuid::WithoutBraces) << u"MSFT"_s;
    QTest::newRow("id with braces") << msft.toString(QUuid::WithBraces) << u"MSFT"_s;
    QTest::newRow("lower case symbol") << u"aapl"_s << QString();
    QTest::newRow("unknown") << u"ZZZZ"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("unknown id") << u"00000000-0000-4000-8000-000000000001"_s << QString();
    QTest::newRow("id of unlisted symbol")
        << SimUniverse::assetId(u"ZZZZ").toString(QUuid::WithoutBraces) << QString();
}

void tst_SimUniverse::lookup()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const SimUniverse universe = SimUniverse::standard();
    const SimAsset *found = universe.find(key);
    if (expected.isEmpty()) {
        QVERIFY(!found);
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->symbol, expected);
    QCOMPARE(universe.findBySymbol(expected), found);
    QCOMPARE(universe.findById(found->id), found);
}

void tst_SimUniverse::customUniverse()
{
    SimAsset a;
    a.symbol = u"TEST"_s;
    a.id = SimUniverse::assetId(a.symbol);
    a.referencePrice = Decimal::fromLiteral("10.00");
    const SimUniverse universe({ a });
    QCOMPARE(universe.size(), 1);
    QVERIFY(universe.findBySymbol(u"TEST"));
    QVERIFY(!universe.findBySymbol(u"AAPL"));
    QCOMPARE(universe.find(a.id.toString())->symbol, u"TEST"_s);
}

QTEST_GUILESS_MAIN(tst_SimUniverse)
#include "tst_simuniverse.moc"
