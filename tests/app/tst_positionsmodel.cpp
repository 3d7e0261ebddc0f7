// SPDX-License-Identifier: GPL-3.0-or-later
// PositionsModel and the incremental apply it shares with every portfolio table: the
// model tester through growing, shrinking and changing lists (and a seeded random walk),
// dataChanged over exactly the changed cells, selection surviving inserts, quotes.
#include "positionsmodel.h"

#include "cellformat.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Elson;

namespace {

Decimal dec(const char *text)
{
    return Decimal::fromLiteral(text);
}

Position makePosition(const QString &symbol, qint64 qty, const char *avg, const char *price)
{
    Position p;
    p.assetId = symbol + QStringLiteral("-id");
    p.symbol = symbol;
    p.exchange = QStringLiteral("NASDAQ");
    p.qty = Decimal::fromInt(qty);
    p.side = qty < 0 ? PositionSide::Short : PositionSide::Long;
    p.avgEntryPrice = dec(avg);
    p.costBasis = p.qty * p.avgEntryPrice;
    p.lastdayPrice = dec(avg);
    // A position bought before today: the day's basis is yesterday's close = the entry here.
    p.marketValue = p.costBasis;
    p.unrealizedIntradayPl = Decimal();
    return PositionsModel::repriced(p, dec(price));
}

QList<Position> book(const QStringList &symbols)
{
    QList<Position> list;
    qint64 qty = 10;
    for (const QString &s : symbols)
        list.append(makePosition(s, qty++, "100", "110"));
    return list;
}

QStringList symbolsOf(const PositionsModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(PositionsModel::IdRole).toString());
    return out;
}

using Cell = QPair<int, int>;

QSet<Cell> cellsOf(const QSignalSpy &spy)
{
    QSet<Cell> cells;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
            for (int c = topLeft.column(); c <= bottomRight.column(); ++c)
                cells.insert({r, c});
    }
    return cells;
}

} // namespace

class tst_PositionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testerThroughGrowingShrinkingChanging();
    void randomWalkKeepsTheModelConsistent();
    void oneChangedRowSignalsOnlyItsChangedCells_data();
    void oneChangedRowSignalsOnlyItsChangedCells();
    void selectionSurvivesInsertsBeforeIt();
    void displayIsLocaleAwareAndColoured();
    void sortsByRawValues();
    void quoteUpdatesPriceValueAndPlOnly();
    void clearResets();
    void tenThousandRowsApplyInLinearTime();
};

void tst_PositionsModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_PositionsModel::testerThroughGrowingShrinkingChanging()
{
    PositionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.apply(book({QStringLiteral("AAPL"), QStringLiteral("MSFT")}));
    QCOMPARE(symbolsOf(model), QStringList({QStringLiteral("AAPL"), QStringLiteral("MSFT")}));
    QCOMPARE(model.columnCount(), int(PositionsModel::ColumnCount));

    model.apply(book({QStringLiteral("AAPL"), QStringLiteral("AMD"), QStringLiteral("MSFT"),
                      QStringLiteral("TSLA")}));
    QCOMPARE(symbolsOf(model), QStringList({QStringLiteral("AAPL"), QStringLiteral("AMD"),
                                            QStringLiteral("MSFT"), QStringLiteral("TSLA")}));

    QList<Position> changed = book({QStringLiteral("AMD"), QStringLiteral("TSLA")});
    changed[1] = PositionsModel::repriced(changed[1], dec("90"));
    model.apply(changed);
    QCOMPARE(symbolsOf(model), QStringList({QStringLiteral("AMD"), QStringLiteral("TSLA")}));
    QCOMPARE(model.position(QStringLiteral("TSLA"))->currentPrice, dec("90"));

    model.apply({});
    QCOMPARE(model.rowCount(), 0);
    model.apply(book({QStringLiteral("NVDA")}));
    QCOMPARE(symbolsOf(model), QStringList({QStringLiteral("NVDA")}));
    QCOMPARE(resets.size(), 0);
}

void tst_PositionsModel::randomWalkKeepsTheModelConsistent()
{
    PositionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QRandomGenerator random(42);
    QStringList pool;
    for (int i = 0; i < 40; ++i)
        pool.append(QStringLiteral("S%1").arg(i, 2, 10, QLatin1Char('0')));

    for (int round = 0; round < 300; ++round) {
        QStringList symbols = pool;
        // A random subset in a random order, with random prices.
        std::shuffle(symbols.begin(), symbols.end(), random);
        symbols = symbols.mid(0, random.bounded(pool.size() + 1));
        QList<Position> incoming;
        for (const QString &s : std::as_const(symbols))
            incoming.append(makePosition(s, 1 + random.bounded(5), "100",
                                         random.bounded(2) ? "101" : "99"));
        const QStringList before = symbolsOf(model);
        model.apply(incoming);

        const QStringList after = symbolsOf(model);
        QCOMPARE(QSet<QString>(after.cbegin(), after.cend()),
                 QSet<QString>(symbols.cbegin(), symbols.cend()));
        // Survivors keep their relative order.
        QStringList survivorsBefore;
        for (const QString &s : before)
            if (symbols.contains(s))
                survivorsBefore.append(s);
        QStringList survivorsAfter;
        for (const QString &s : after)
            if (before.contains(s))
                survivorsAfter.append(s);
        QCOMPARE(survivorsAfter, survivorsBefore);
        for (const Position &p : std::as_const(incoming))
            QCOMPARE(*model.position(p.symbol), p);
    }
    QCOMPARE(resets.size(), 0);
}

void tst_PositionsModel::oneChangedRowSignalsOnlyItsChangedCells_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QList<int>>("columns");

    QTest::newRow("quantity") << QStringLiteral("qty") << QList<int>{PositionsModel::Qty};
    QTest::newRow("price field only") << QStringLiteral("currentPrice")
                                      << QList<int>{PositionsModel::CurrentPrice};
    QTest::newRow("repriced")
        << QStringLiteral("repriced")
        << QList<int>{PositionsModel::CurrentPrice, PositionsModel::MarketValue,
                      PositionsModel::UnrealizedPl, PositionsModel::UnrealizedPlPercent,
                      PositionsModel::DayPl, PositionsModel::DayPlPercent};
    QTest::newRow("loss turns to gain (text and colour)")
        << QStringLiteral("plSign") << QList<int>{PositionsModel::UnrealizedPl};
    QTest::newRow("tooltip only: exchange") << QStringLiteral("exchange")
                                            << QList<int>{PositionsModel::Symbol};
    QTest::newRow("tooltip only: qty available") << QStringLiteral("qtyAvailable")
                                                 << QList<int>{PositionsModel::Qty};
    QTest::newRow("two apart: side and cost basis")
        << QStringLiteral("sideAndCost") << QList<int>{PositionsModel::Side, PositionsModel::CostBasis};
    QTest::newRow("not shown: asset id") << QStringLiteral("assetId") << QList<int>{};
    QTest::newRow("nothing") << QString() << QList<int>{};
}

void tst_PositionsModel::oneChangedRowSignalsOnlyItsChangedCells()
{
    QFETCH(QString, change);
    QFETCH(QList<int>, columns);

    PositionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Position> original = book({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                           QStringLiteral("D"), QStringLiteral("E")});
    model.apply(original);

    QList<Position> next = original;
    Position &p = next[2];
    if (change == u"qty")
        p.qty = dec("13.5");
    else if (change == u"currentPrice")
        p.currentPrice = dec("111");
    else if (change == u"repriced")
        p = PositionsModel::repriced(p, dec("120.37"));
    else if (change == u"plSign")
        p.unrealizedPl = -*p.unrealizedPl;
    else if (change == u"exchange")
        p.exchange = QStringLiteral("NYSE");
    else if (change == u"qtyAvailable")
        p.qtyAvailable = dec("1");
    else if (change == u"sideAndCost") {
        p.side = PositionSide::Short;
        p.costBasis = dec("1");
    } else if (change == u"assetId")
        p.assetId = QStringLiteral("other");

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.apply(next);

    QSet<Cell> expected;
    for (const int c : std::as_const(columns))
        expected.insert({2, c});
    QCOMPARE(cellsOf(changed), expected);
    // Adjacent changed columns come as one range, separated ones as several
    // (a reprice leaves the cost basis between price/value and the P&L columns alone).
    if (change == u"repriced")
        QCOMPARE(changed.size(), 2);
    if (change == u"sideAndCost")
        QCOMPARE(changed.size(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(*model.positionAt(2), p);
}

void tst_PositionsModel::selectionSurvivesInsertsBeforeIt()
{
    PositionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QItemSelectionModel selection(&proxy);
    model.apply(book({QStringLiteral("AAPL"), QStringLiteral("MSFT"), QStringLiteral("TSLA")}));

    const QModelIndex msft = proxy.mapFromSource(model.index(model.rowOf(QStringLiteral("MSFT")), 0));
    selection.setCurrentIndex(msft, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex persistent(model.index(1, PositionsModel::CurrentPrice));

    // Two arrivals before MSFT, TSLA repriced, AAPL gone.
    QList<Position> next = book({QStringLiteral("AMD"), QStringLiteral("ABNB"), QStringLiteral("MSFT"),
                                 QStringLiteral("TSLA")});
    next[2] = model.rows().at(1);
    next[3] = PositionsModel::repriced(model.rows().at(2), dec("150"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.apply(next);

    QCOMPARE(reset.size(), 0);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().constFirst().data(PositionsModel::IdRole).toString(),
             QStringLiteral("MSFT"));
    QCOMPARE(selection.currentIndex().data(PositionsModel::IdRole).toString(), QStringLiteral("MSFT"));
    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.data(PositionsModel::IdRole).toString(), QStringLiteral("MSFT"));
    QCOMPARE(persistent.row(), model.rowOf(QStringLiteral("MSFT")));
    QCOMPARE(symbolsOf(model), QStringList({QStringLiteral("AMD"), QStringLiteral("ABNB"),
                                            QStringLiteral("MSFT"), QStringLiteral("TSLA")}));
}

void tst_PositionsModel::displayIsLocaleAwareAndColoured()
{
    PositionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Position gain = makePosition(QStringLiteral("AAPL"), 1500, "100", "101.5");
    Position loss = makePosition(QStringLiteral("TSLA"), -20, "250", "260");
    model.apply({gain, loss});

    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, PositionsModel::Qty), QStringLiteral("1,500"));
    QCOMPARE(text(0, PositionsModel::MarketValue), QStringLiteral("152,250.00"));
    QCOMPARE(text(0, PositionsModel::UnrealizedPl), QStringLiteral("+2,250.00"));
    QCOMPARE(text(0, PositionsModel::UnrealizedPlPercent), QStringLiteral("+1.50%"));
    QCOMPARE(text(0, PositionsModel::CurrentPrice), QStringLiteral("101.50"));
    QCOMPARE(text(1, PositionsModel::Side), QStringLiteral("Short"));
    QCOMPARE(text(1, PositionsModel::UnrealizedPl), QStringLiteral("-200.00"));
    QCOMPARE(text(1, PositionsModel::DayPlPercent), QStringLiteral("-4.00%"));

    const auto colour = [&](int row, int column) {
        return model.index(row, column).data(Qt::ForegroundRole).value<QColor>();
    };
    QCOMPARE(colour(0, PositionsModel::UnrealizedPl), CellFormat::color(CellFormat::Tone::Gain));
    QCOMPARE(colour(1, PositionsModel::UnrealizedPl), CellFormat::color(CellFormat::Tone::Loss));
    QCOMPARE(colour(1, PositionsModel::DayPl), CellFormat::color(CellFormat::Tone::Loss));
    QVERIFY(!model.index(0, PositionsModel::Symbol).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(0, PositionsModel::Qty).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.headerData(PositionsModel::UnrealizedPl, Qt::Horizontal).toString(),
             QStringLiteral("Unrealized P&L"));

    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(text(0, PositionsModel::MarketValue), QStringLiteral("152.250,00"));
}

void tst_PositionsModel::sortsByRawValues()
{
    PositionsModel model;
    model.apply({makePosition(QStringLiteral("A"), 9, "100", "100"),
                 makePosition(QStringLiteral("B"), 10, "100", "100"),
                 makePosition(QStringLiteral("C"), 100, "100", "100")});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PositionsModel::SortRole);
    proxy.sort(PositionsModel::Qty, Qt::DescendingOrder);
    // As text "9" > "100" > "10"; as numbers 100 > 10 > 9.
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("C"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("B"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("A"));
    QCOMPARE(model.index(2, PositionsModel::Qty).data(PositionsModel::SortRole).toLongLong(),
             qint64(100) * Decimal::UnitsPerOne);
}

void tst_PositionsModel::quoteUpdatesPriceValueAndPlOnly()
{
    PositionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Position p = makePosition(QStringLiteral("AAPL"), 10, "100", "110");
    model.apply({makePosition(QStringLiteral("AMD"), 5, "50", "55"), p});

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyQuote(QStringLiteral("AAPL"), dec("95.25"));
    const Position *now = model.position(QStringLiteral("AAPL"));
    QCOMPARE(now->currentPrice, dec("95.25"));
    QCOMPARE(now->marketValue, dec("952.50"));
    QCOMPARE(now->unrealizedPl, dec("-47.50"));
    QCOMPARE(now->unrealizedPlpc, dec("-0.0475"));
    QCOMPARE(now->unrealizedIntradayPl, dec("-47.50"));
    QCOMPARE(now->changeToday, dec("-0.0475"));
    QSet<Cell> expected;
    for (const int c : {int(PositionsModel::CurrentPrice), int(PositionsModel::MarketValue),
                        int(PositionsModel::UnrealizedPl), int(PositionsModel::UnrealizedPlPercent),
                        int(PositionsModel::DayPl), int(PositionsModel::DayPlPercent)})
        expected.insert({1, c});
    QCOMPARE(cellsOf(changed), expected);

    // A short gains when the price falls.
    model.apply({makePosition(QStringLiteral("TSLA"), -10, "200", "200")});
    model.applyQuote(QStringLiteral("TSLA"), dec("190"));
    QCOMPARE(model.position(QStringLiteral("TSLA"))->unrealizedPl, dec("100"));
    QCOMPARE(model.position(QStringLiteral("TSLA"))->marketValue, dec("-1900"));

    changed.clear();
    model.applyQuote(QStringLiteral("UNKNOWN"), dec("1"));
    model.applyQuote(QStringLiteral("TSLA"), Decimal::invalid());
    model.applyQuote(QStringLiteral("TSLA"), dec("190")); // unchanged
    QCOMPARE(changed.size(), 0);
}

void tst_PositionsModel::clearResets()
{
    PositionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(book({QStringLiteral("A")}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("A")), -1);
}

void tst_PositionsModel::tenThousandRowsApplyInLinearTime()
{
    // Not a benchmark: a quadratic apply over 10,000 rows would take minutes, not this.
    PositionsModel model;
    QList<Position> list;
    for (int i = 0; i < 10'000; ++i)
        list.append(makePosition(QStringLiteral("S%1").arg(i), 1 + i % 7, "100", "101"));
    model.apply(list);
    QCOMPARE(model.rowCount(), 10'000);
    for (int i = 0; i < list.size(); i += 100)
        list[i] = PositionsModel::repriced(list[i], dec("102"));
    list.remove(5001, 10); // rows 5001–5010: no changed row among them
    list.insert(0, makePosition(QStringLiteral("NEW"), 1, "1", "1"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QElapsedTimer timer;
    timer.start();
    model.apply(list);
    qInfo("apply of 10,000 positions with 1%% changed: %lld ms", timer.elapsed());
    QCOMPARE(model.rowCount(), 9'991);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 200); // price+value and the P&L columns of each of 100 rows
    QCOMPARE(model.rowOf(QStringLiteral("NEW")), 0);
}

QTEST_MAIN(tst_PositionsModel)
#include "tst_positionsmodel.moc"
