// SPDX-License-Identifier: GPL-3.0-or-later
// OrdersModel as a tree (bracket, OCO and OTO legs as children, held legs shown) and
// OrdersFilterProxy: the model tester through changing lists at both levels, dataChanged
// over exactly the changed cells, a selected leg surviving inserts, filters and sorting.
#include "cellformat.h"
#include "ordersfilterproxy.h"
#include "ordersmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Elson;

namespace {

Decimal dec(const char *text)
{
    return Decimal::fromLiteral(text);
}

Timestamp at(int minute)
{
    return Timestamp::fromString(QStringLiteral("2026-11-23T10:%1:00-05:00").arg(minute, 2, 10, QLatin1Char('0')))
        .value();
}

Order makeOrder(const QString &id, const QString &symbol, int minute,
                OrderStatus status = OrderStatus::New)
{
    Order o;
    o.id = id;
    o.clientOrderId = QStringLiteral("c-") + id;
    o.symbol = symbol;
    o.createdAt = at(minute);
    o.submittedAt = at(minute);
    o.updatedAt = at(minute);
    o.qty = dec("10");
    o.type = OrderType::Limit;
    o.limitPrice = dec("100");
    o.status = status;
    return o;
}

/// A filled bracket entry with a working take-profit and a held stop-loss.
Order bracket(const QString &id, const QString &symbol, int minute)
{
    Order parent = makeOrder(id, symbol, minute, OrderStatus::Filled);
    parent.orderClass = OrderClass::Bracket;
    parent.filledQty = dec("10");
    parent.filledAvgPrice = dec("99.5");
    Order takeProfit = makeOrder(id + QStringLiteral("-tp"), symbol, minute);
    takeProfit.side = OrderSide::Sell;
    takeProfit.limitPrice = dec("110");
    Order stopLoss = makeOrder(id + QStringLiteral("-sl"), symbol, minute, OrderStatus::Held);
    stopLoss.side = OrderSide::Sell;
    stopLoss.type = OrderType::Stop;
    stopLoss.limitPrice.reset();
    stopLoss.stopPrice = dec("95");
    parent.legs = {takeProfit, stopLoss};
    return parent;
}

QStringList idsOf(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row)
        out.append(model.index(row, 0, parent).data(OrdersModel::IdRole).toString());
    return out;
}

using Cell = QPair<int, int>;

QSet<Cell> cellsUnder(const QSignalSpy &spy, const QModelIndex &parent)
{
    QSet<Cell> cells;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.parent() != parent)
            continue;
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
            for (int c = topLeft.column(); c <= bottomRight.column(); ++c)
                cells.insert({r, c});
    }
    return cells;
}

} // namespace

class tst_OrdersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void legsAreChildrenIncludingHeld();
    void testerThroughChangesAtBothLevels();
    void oneChangedOrderSignalsOnlyItsChangedCells_data();
    void oneChangedOrderSignalsOnlyItsChangedCells();
    void selectedLegSurvivesInsertsBeforeItsParent();
    void filterProxyOpenClosedAllAndSymbol();
    void proxySortsByRawValues();
    void displayAndColours();
    void tenThousandOrdersApplyInLinearTime();
};

void tst_OrdersModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_OrdersModel::legsAreChildrenIncludingHeld()
{
    OrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply({makeOrder(QStringLiteral("o2"), QStringLiteral("MSFT"), 20),
                 bracket(QStringLiteral("b1"), QStringLiteral("AAPL"), 10)});

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex parent = model.indexOfOrder(QStringLiteral("b1"));
    QCOMPARE(parent.row(), 1);
    QCOMPARE(model.rowCount(parent), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(idsOf(model, parent), QStringList({QStringLiteral("b1-tp"), QStringLiteral("b1-sl")}));

    const QModelIndex held = model.indexOfOrder(QStringLiteral("b1-sl"), OrdersModel::Status);
    QVERIFY(held.isValid());
    QCOMPARE(held.parent(), parent);
    QCOMPARE(held.data().toString(), QStringLiteral("Held"));
    QCOMPARE(held.data(Qt::ForegroundRole).value<QColor>(), CellFormat::color(CellFormat::Tone::Attention));
    QVERIFY(!held.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(1, OrdersModel::StopPrice, parent).data().toString(), QStringLiteral("95.00"));
    QCOMPARE(model.orderAt(held)->id, QStringLiteral("b1-sl"));
    // The parent filled, its legs still work: the bracket is open.
    QVERIFY(parent.data(OrdersModel::OpenRole).toBool());
    QCOMPARE(model.index(1, OrdersModel::OrderClass).data().toString(), QStringLiteral("Bracket"));
}

void tst_OrdersModel::testerThroughChangesAtBothLevels()
{
    OrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy legInserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy legRemoved(&model, &QAbstractItemModel::rowsRemoved);

    Order b = bracket(QStringLiteral("b1"), QStringLiteral("AAPL"), 10);
    model.apply({b});
    model.apply({makeOrder(QStringLiteral("n1"), QStringLiteral("TSLA"), 30), b,
                 makeOrder(QStringLiteral("o0"), QStringLiteral("AMD"), 5)});
    QCOMPARE(idsOf(model), QStringList({QStringLiteral("n1"), QStringLiteral("b1"), QStringLiteral("o0")}));

    // The take-profit fills; the stop-loss is canceled (OCO); an OTO gains a leg.
    b.legs[0].status = OrderStatus::Filled;
    b.legs[0].filledQty = dec("10");
    b.legs[1].status = OrderStatus::Canceled;
    Order oto = makeOrder(QStringLiteral("t1"), QStringLiteral("NVDA"), 40);
    oto.orderClass = OrderClass::Oto;
    legInserted.clear();
    legRemoved.clear();
    model.apply({oto, b});
    oto.legs = {makeOrder(QStringLiteral("t1-leg"), QStringLiteral("NVDA"), 40, OrderStatus::Held)};
    model.apply({oto, b});
    QCOMPARE(model.rowCount(model.indexOfOrder(QStringLiteral("t1"))), 1);
    QCOMPARE(legInserted.constLast().at(0).value<QModelIndex>(), model.indexOfOrder(QStringLiteral("t1")));

    // A leg goes away (a replaced leg), the parent stays.
    b.legs.removeFirst();
    model.apply({oto, b});
    QCOMPARE(idsOf(model, model.indexOfOrder(QStringLiteral("b1"))), QStringList({QStringLiteral("b1-sl")}));
    QVERIFY(!model.index(0, 0, model.indexOfOrder(QStringLiteral("b1"))).data(OrdersModel::OpenRole).toBool());
    QVERIFY(!model.indexOfOrder(QStringLiteral("b1")).data(OrdersModel::OpenRole).toBool());

    model.apply({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 0);
    model.apply({b});
    model.clear();
    QCOMPARE(reset.size(), 1);
}

void tst_OrdersModel::oneChangedOrderSignalsOnlyItsChangedCells_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QList<int>>("parentColumns");
    QTest::addColumn<QList<int>>("legColumns");

    QTest::newRow("partially filled")
        << QStringLiteral("partial")
        << QList<int>{OrdersModel::FilledQty, OrdersModel::Status} << QList<int>{};
    QTest::newRow("limit price replaced") << QStringLiteral("limit")
                                          << QList<int>{OrdersModel::LimitPrice} << QList<int>{};
    QTest::newRow("updated_at only (tooltip)") << QStringLiteral("updated")
                                               << QList<int>{OrdersModel::SubmittedAt} << QList<int>{};
    QTest::newRow("held leg released") << QStringLiteral("legNew") << QList<int>{}
                                       << QList<int>{OrdersModel::Status};
    QTest::newRow("asset id only") << QStringLiteral("assetId") << QList<int>{} << QList<int>{};
}

void tst_OrdersModel::oneChangedOrderSignalsOnlyItsChangedCells()
{
    QFETCH(QString, change);
    QFETCH(QList<int>, parentColumns);
    QFETCH(QList<int>, legColumns);

    OrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Order> orders{makeOrder(QStringLiteral("a"), QStringLiteral("A"), 50),
                        makeOrder(QStringLiteral("b"), QStringLiteral("B"), 40),
                        bracket(QStringLiteral("c"), QStringLiteral("C"), 30),
                        makeOrder(QStringLiteral("d"), QStringLiteral("D"), 20)};
    orders[2].status = OrderStatus::New; // a working bracket entry
    orders[2].filledQty = Decimal();
    model.apply(orders);

    Order &c = orders[2];
    if (change == u"partial") {
        c.status = OrderStatus::PartiallyFilled;
        c.filledQty = dec("4");
    } else if (change == u"limit") {
        c.limitPrice = dec("101");
    } else if (change == u"updated") {
        c.updatedAt = at(59);
    } else if (change == u"legNew") {
        c.legs[1].status = OrderStatus::New;
    } else if (change == u"assetId") {
        c.assetId = QStringLiteral("x");
    }

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.apply(orders);

    QSet<Cell> expectedTop;
    for (const int column : std::as_const(parentColumns))
        expectedTop.insert({2, column});
    QSet<Cell> expectedLegs;
    for (const int column : std::as_const(legColumns))
        expectedLegs.insert({1, column});
    QCOMPARE(cellsUnder(changed, {}), expectedTop);
    QCOMPARE(cellsUnder(changed, model.index(2, 0)), expectedLegs);
    qsizetype signalled = 0;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex p = args.at(0).value<QModelIndex>().parent();
        signalled += (p == QModelIndex() || p == model.index(2, 0)) ? 1 : 0;
    }
    QCOMPARE(signalled, changed.size()); // nothing under any other parent
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(*model.orderAt(model.index(2, 0)), c);
}

void tst_OrdersModel::selectedLegSurvivesInsertsBeforeItsParent()
{
    OrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    OrdersFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(OrdersModel::SubmittedAt, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);

    Order b = bracket(QStringLiteral("b1"), QStringLiteral("AAPL"), 10);
    Order other = makeOrder(QStringLiteral("x"), QStringLiteral("AMD"), 12);
    model.apply({other, b});
    const QModelIndex leg = proxy.mapFromSource(model.indexOfOrder(QStringLiteral("b1-sl")));
    QVERIFY(leg.isValid());
    selection.setCurrentIndex(leg, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Two newer orders arrive on top, the other order fills, the held leg is released.
    b.legs[1].status = OrderStatus::New;
    other.status = OrderStatus::Filled;
    model.apply({makeOrder(QStringLiteral("n2"), QStringLiteral("TSLA"), 31),
                 makeOrder(QStringLiteral("n1"), QStringLiteral("NVDA"), 30), other, b});

    QCOMPARE(selection.selectedRows().size(), 1);
    const QModelIndex selected = selection.selectedRows().constFirst();
    QCOMPARE(selected.data(OrdersModel::IdRole).toString(), QStringLiteral("b1-sl"));
    QCOMPARE(selection.currentIndex().data(OrdersModel::IdRole).toString(), QStringLiteral("b1-sl"));
    QCOMPARE(selected.sibling(selected.row(), OrdersModel::Status).data().toString(), QStringLiteral("New"));
    QCOMPARE(proxy.mapToSource(selected.parent()), model.indexOfOrder(QStringLiteral("b1")));
}

void tst_OrdersModel::filterProxyOpenClosedAllAndSymbol()
{
    OrdersModel model;
    OrdersFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Order closedBracket = bracket(QStringLiteral("b2"), QStringLiteral("MSFT"), 5);
    closedBracket.legs[0].status = OrderStatus::Filled;
    closedBracket.legs[1].status = OrderStatus::Canceled;
    model.apply({makeOrder(QStringLiteral("o1"), QStringLiteral("AAPL"), 40),
                 makeOrder(QStringLiteral("f1"), QStringLiteral("AAPL"), 30, OrderStatus::Filled),
                 bracket(QStringLiteral("b1"), QStringLiteral("MSFT"), 20),
                 makeOrder(QStringLiteral("x1"), QStringLiteral("TSLA"), 10, OrderStatus::Canceled),
                 closedBracket});

    const auto ids = [&] {
        QStringList out = idsOf(proxy);
        out.sort();
        return out;
    };
    QCOMPARE(ids().size(), 5);
    proxy.setStatusFilter(OrdersFilterProxy::StatusFilter::Open);
    QCOMPARE(ids(), QStringList({QStringLiteral("b1"), QStringLiteral("o1")}));
    // Legs go with their parent.
    const QModelIndex b1 = proxy.mapFromSource(model.indexOfOrder(QStringLiteral("b1")));
    QCOMPARE(proxy.rowCount(b1), 2);
    proxy.setStatusFilter(OrdersFilterProxy::StatusFilter::Closed);
    QCOMPARE(ids(), QStringList({QStringLiteral("b2"), QStringLiteral("f1"), QStringLiteral("x1")}));
    proxy.setSymbolFilter(QStringLiteral(" ms "));
    QCOMPARE(ids(), QStringList({QStringLiteral("b2")}));
    proxy.setStatusFilter(OrdersFilterProxy::StatusFilter::All);
    QCOMPARE(ids(), QStringList({QStringLiteral("b1"), QStringLiteral("b2")}));
    proxy.setSymbolFilter({});

    // A live change moves an order between the filters without a reset.
    proxy.setStatusFilter(OrdersFilterProxy::StatusFilter::Open);
    Order o1 = *model.orderAt(model.indexOfOrder(QStringLiteral("o1")));
    o1.status = OrderStatus::Filled;
    QList<Order> all;
    for (int row = 0; row < model.rowCount(); ++row)
        all.append(*model.orderAt(model.index(row, 0)));
    all[0] = o1;
    model.apply(all);
    QCOMPARE(ids(), QStringList({QStringLiteral("b1")}));
}

void tst_OrdersModel::proxySortsByRawValues()
{
    OrdersModel model;
    OrdersFilterProxy proxy;
    proxy.setSourceModel(&model);
    Order a = makeOrder(QStringLiteral("a"), QStringLiteral("A"), 1);
    a.limitPrice = dec("9.5");
    Order b = makeOrder(QStringLiteral("b"), QStringLiteral("B"), 2);
    b.limitPrice = dec("10");
    Order c = makeOrder(QStringLiteral("c"), QStringLiteral("C"), 3);
    c.limitPrice = dec("100.25");
    model.apply({b, c, a});
    proxy.sort(OrdersModel::LimitPrice, Qt::AscendingOrder);
    QCOMPARE(idsOf(proxy), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    proxy.sort(OrdersModel::SubmittedAt, Qt::DescendingOrder);
    QCOMPARE(idsOf(proxy), QStringList({QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
}

void tst_OrdersModel::displayAndColours()
{
    OrdersModel model;
    Order notional = makeOrder(QStringLiteral("n"), QStringLiteral("AAPL"), 1);
    notional.qty.reset();
    notional.notional = dec("1500.5");
    notional.type = OrderType::Market;
    notional.limitPrice.reset();
    notional.timeInForce = TimeInForce::Day;
    notional.extendedHours = true;
    Order trailing = makeOrder(QStringLiteral("t"), QStringLiteral("TSLA"), 2, OrderStatus::Rejected);
    trailing.type = OrderType::TrailingStop;
    trailing.side = OrderSide::Sell;
    trailing.trailPercent = dec("2.5");
    trailing.stopPrice = dec("243.1");
    trailing.hwm = dec("249.33");
    trailing.limitPrice.reset();
    model.apply({notional, trailing});

    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, OrdersModel::Qty), QStringLiteral("$1,500.50"));
    QCOMPARE(text(0, OrdersModel::TimeInForce), QStringLiteral("DAY + ext"));
    QCOMPARE(text(0, OrdersModel::Type), QStringLiteral("Market"));
    QCOMPARE(text(1, OrdersModel::Trail), QStringLiteral("2.5%"));
    QCOMPARE(text(1, OrdersModel::StopPrice), QStringLiteral("243.10"));
    QCOMPARE(text(1, OrdersModel::Side), QStringLiteral("Sell"));
    QCOMPARE(text(1, OrdersModel::Status), QStringLiteral("Rejected"));
    QCOMPARE(text(0, OrdersModel::ClientOrderId), QStringLiteral("c-n"));
    QCOMPARE(model.index(1, OrdersModel::Status).data(Qt::ForegroundRole).value<QColor>(),
             CellFormat::color(CellFormat::Tone::Loss));
    QVERIFY(model.index(1, OrdersModel::StopPrice).data(Qt::ToolTipRole).toString().contains(QStringLiteral("249.33")));
    QCOMPARE(model.index(0, OrdersModel::Qty).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.headerData(OrdersModel::TimeInForce, Qt::Horizontal).toString(), QStringLiteral("TIF"));
}

void tst_OrdersModel::tenThousandOrdersApplyInLinearTime()
{
    OrdersModel model;
    QList<Order> orders;
    orders.reserve(10'000);
    for (int i = 0; i < 10'000; ++i) {
        Order o = i % 50 == 0 ? bracket(QStringLiteral("o%1").arg(i), QStringLiteral("SYM%1").arg(i % 300), i % 60)
                              : makeOrder(QStringLiteral("o%1").arg(i), QStringLiteral("SYM%1").arg(i % 300), i % 60);
        orders.append(o);
    }
    model.apply(orders);
    QCOMPARE(model.rowCount(), 10'000);
    // 1% changed (every 100th fills), two new on top, one gone.
    for (int i = 1; i < orders.size(); i += 100) {
        orders[i].status = OrderStatus::Filled;
        orders[i].filledQty = dec("10");
    }
    orders.remove(9'998);
    orders.prepend(makeOrder(QStringLiteral("new1"), QStringLiteral("NEW"), 59));
    orders.prepend(makeOrder(QStringLiteral("new2"), QStringLiteral("NEW"), 59));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QElapsedTimer timer;
    timer.start();
    model.apply(orders);
    qInfo("apply of 10,000 orders with 1%% changed: %lld ms", timer.elapsed());
    QCOMPARE(model.rowCount(), 10'001);
    QCOMPARE(reset.size(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(idsOf(model).mid(0, 3), QStringList({QStringLiteral("new2"), QStringLiteral("new1"), QStringLiteral("o0")}));
}

QTEST_MAIN(tst_OrdersModel)
#include "tst_ordersmodel.moc"
