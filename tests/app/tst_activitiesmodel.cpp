// SPDX-License-Identifier: GPL-3.0-or-later
// ActivitiesModel: incremental applies under the model tester, what a fill and a
// dividend look like, and the CSV export (RFC 4180 quoting, exact decimals).
#include "activitiesmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace Elson;

namespace {

Decimal dec(const char *text)
{
    return Decimal::fromLiteral(text);
}

Activity fill(const QString &id, const QString &side, const char *qty, const char *price)
{
    Activity a;
    a.id = id;
    a.activityType = ActivityType::Fill;
    a.transactionTime = Timestamp::fromString(QStringLiteral("2026-11-23T15:16:17.123456Z")).value();
    a.fillType = QStringLiteral("fill");
    a.side = side;
    a.qty = dec(qty);
    a.price = dec(price);
    a.symbol = QStringLiteral("AAPL");
    a.orderId = QStringLiteral("order-") + id;
    a.orderStatus = OrderStatus::Filled;
    a.cumQty = a.qty;
    a.leavesQty = Decimal();
    return a;
}

Activity cash(const QString &id, ActivityType type, const char *amount, const QString &description)
{
    Activity a;
    a.id = id;
    a.activityType = type;
    a.date = QDate(2026, 11, 20);
    a.netAmount = dec(amount);
    a.description = description;
    a.status = QStringLiteral("executed");
    return a;
}

QStringList idsOf(const ActivitiesModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(ActivitiesModel::IdRole).toString());
    return out;
}

} // namespace

class tst_ActivitiesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testerThroughApplies();
    void fillAndCashRows();
    void csvQuoting_data();
    void csvQuoting();
    void csvExportWholeTable();
};

void tst_ActivitiesModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ActivitiesModel::testerThroughApplies()
{
    ActivitiesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const Activity f1 = fill(QStringLiteral("1"), QStringLiteral("buy"), "10", "100");
    const Activity f2 = fill(QStringLiteral("2"), QStringLiteral("sell"), "5", "101");
    const Activity d1 = cash(QStringLiteral("3"), ActivityType::Div, "12.34", QStringLiteral("Dividend"));
    model.apply({f1});
    model.apply({f2, f1});
    model.apply({d1, f2, f1});
    QCOMPARE(idsOf(model), QStringList({QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
    Activity corrected = d1;
    corrected.status = QStringLiteral("correct");
    model.apply({corrected, f1});
    QCOMPARE(idsOf(model), QStringList({QStringLiteral("3"), QStringLiteral("1")}));
    QCOMPARE(model.activityAt(0)->status, QStringLiteral("correct"));
    model.apply({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 0);
}

void tst_ActivitiesModel::fillAndCashRows()
{
    ActivitiesModel model;
    model.apply({fill(QStringLiteral("1"), QStringLiteral("buy"), "10", "100.5"),
                 cash(QStringLiteral("2"), ActivityType::Fee, "-1.25", QStringLiteral("Regulatory fee"))});
    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, ActivitiesModel::Type), QStringLiteral("Fill"));
    QCOMPARE(text(0, ActivitiesModel::Side), QStringLiteral("Buy"));
    QCOMPARE(text(0, ActivitiesModel::Price), QStringLiteral("100.50"));
    // A fill has no net_amount: −qty × price for a buy, said so in the tooltip.
    QCOMPARE(text(0, ActivitiesModel::NetAmount), QStringLiteral("-1,005.00"));
    QVERIFY(!model.index(0, ActivitiesModel::NetAmount).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(text(0, ActivitiesModel::Description), QStringLiteral("Order order-1"));
    QCOMPARE(text(1, ActivitiesModel::Type), QStringLiteral("Fee"));
    QCOMPARE(text(1, ActivitiesModel::Time), QStringLiteral("2026-11-20"));
    QCOMPARE(text(1, ActivitiesModel::NetAmount), QStringLiteral("-1.25"));
    QVERIFY(model.index(0, ActivitiesModel::Time).data(ActivitiesModel::SortRole).toLongLong()
            > model.index(1, ActivitiesModel::Time).data(ActivitiesModel::SortRole).toLongLong());
}

void tst_ActivitiesModel::csvQuoting_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("field");

    QTest::newRow("plain") << QStringLiteral("Dividend") << QStringLiteral("Dividend");
    QTest::newRow("comma") << QStringLiteral("Cash, in") << QStringLiteral("\"Cash, in\"");
    QTest::newRow("quote") << QStringLiteral("the \"big\" one") << QStringLiteral("\"the \"\"big\"\" one\"");
    QTest::newRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("formula defused") << QStringLiteral("=HYPERLINK(1)") << QStringLiteral("'=HYPERLINK(1)");
    QTest::newRow("formula with comma")
        << QStringLiteral("@SUM(A1,A2)") << QStringLiteral("\"'@SUM(A1,A2)\"");
    QTest::newRow("empty") << QString() << QString();
}

void tst_ActivitiesModel::csvQuoting()
{
    QFETCH(QString, description);
    QFETCH(QString, field);
    ActivitiesModel model;
    model.apply({cash(QStringLiteral("id1"), ActivityType::Csd, "1000.10", description)});
    const QString csv = model.toCsv();
    const QString expected = QStringLiteral("id,time,type,symbol,side,qty,price,net_amount,description,order_id,status\r\n")
                             + QStringLiteral("id1,2026-11-20,CSD,,,,,1000.10,") + field
                             + QStringLiteral(",,executed\r\n");
    QCOMPARE(csv, expected);
}

void tst_ActivitiesModel::csvExportWholeTable()
{
    ActivitiesModel model;
    Activity partial = fill(QStringLiteral("2"), QStringLiteral("sell"), "0.5", "1234.12345678");
    partial.fillType = QStringLiteral("partial_fill");
    partial.orderStatus = OrderStatus::PartiallyFilled;
    model.apply({partial, fill(QStringLiteral("1"), QStringLiteral("buy"), "1500", "99.99")});

    QBuffer buffer;
    QVERIFY(!model.exportCsv(&buffer)); // not open
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(model.exportCsv(&buffer));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
    // Decimals in their exact wire form: no grouping, no rounding to cents.
    const QByteArray sold = (dec("0.5") * dec("1234.12345678")).toString().toLatin1();
    QVERIFY(sold.startsWith("617.06172839"));
    QCOMPARE(lines.at(1), "2,2026-11-23T15:16:17.123456Z,FILL,AAPL,sell,0.5,1234.12345678,"
                              + sold + ",,order-2,partially_filled\r");
    QCOMPARE(lines.at(2), QByteArray("1,2026-11-23T15:16:17.123456Z,FILL,AAPL,buy,1500,99.99,"
                                     "-149985.00,,order-1,filled\r"));
    QVERIFY(lines.at(3).isEmpty());
}

QTEST_MAIN(tst_ActivitiesModel)
#include "tst_activitiesmodel.moc"
