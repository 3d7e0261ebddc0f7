// SPDX-License-Identifier: GPL-3.0-or-later
// WatchlistModel: incremental updates (dataChanged over changed cells only, no resets),
// rows inserted/removed/moved so selections survive, raw sort values, formatting.
#include "watchlistmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {

Timestamp at(const QString &text)
{
    return Timestamp::fromString(text).value();
}

Quote quote(const char *bid, const char *ask, const QString &time)
{
    Quote q;
    q.bidPrice = Decimal::fromLiteral(bid);
    q.askPrice = Decimal::fromLiteral(ask);
    q.bidSize = 100;
    q.askSize = 200;
    q.time = at(time);
    return q;
}

Snapshot snapshot(const char *last, const char *previousClose, qint64 volume)
{
    Snapshot s;
    MarketTrade trade;
    trade.price = Decimal::fromLiteral(last);
    trade.size = 10;
    trade.time = at(u"2026-11-23T15:15:00Z"_s);
    s.latestTrade = trade;
    s.latestQuote = quote("99.98", "100.02", u"2026-11-23T15:15:00Z"_s);
    Bar daily;
    daily.volume = volume;
    daily.close = trade.price;
    s.dailyBar = daily;
    Bar previous;
    previous.close = Decimal::fromLiteral(previousClose);
    s.prevDailyBar = previous;
    return s;
}

struct Cells
{
    int row;
    int first;
    int last;
};

QList<Cells> changedCells(const QSignalSpy &spy)
{
    QList<Cells> out;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.row() != bottomRight.row())
            return {}; // a multi-row change would be wrong here: mark it as a failure
        out.append({topLeft.row(), topLeft.column(), bottomRight.column()});
    }
    return out;
}

} // namespace

class tst_WatchlistModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setSymbols_data();
    void setSymbols();
    void addAndRemove();
    void quoteChangesOnlyItsCells();
    void identicalQuoteChangesNothing();
    void olderQuoteIsIgnored();
    void snapshotFormatting_data();
    void snapshotFormatting();
    void rolesAndAlignment();
    void selectionSurvivesUpdates();
    void sortsByRawValue();
    void clearValuesKeepsRows();

private:
    std::unique_ptr<WatchlistModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_WatchlistModel::init()
{
    m_model = std::make_unique<WatchlistModel>();
    m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_WatchlistModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_WatchlistModel::setSymbols_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");

    const auto list = [](const char *text) {
        return QString::fromLatin1(text).split(u',', Qt::SkipEmptyParts);
    };
    QTest::newRow("from empty") << QStringList() << list("AAPL,MSFT") << list("AAPL,MSFT") << 2 << 0;
    QTest::newRow("append") << list("AAPL") << list("AAPL,MSFT") << list("AAPL,MSFT") << 1 << 0;
    QTest::newRow("remove middle") << list("AAPL,MSFT,NVDA") << list("AAPL,NVDA")
                                   << list("AAPL,NVDA") << 0 << 1;
    QTest::newRow("reorder") << list("AAPL,MSFT,NVDA") << list("NVDA,AAPL,MSFT")
                             << list("NVDA,AAPL,MSFT") << 0 << 0;
    QTest::newRow("mixed") << list("AAPL,MSFT,NVDA,TSLA") << list("TSLA,AMD,aapl")
                           << list("TSLA,AMD,AAPL") << 1 << 2;
    QTest::newRow("duplicates and case") << QStringList() << list("msft, MSFT ,amd")
                                         << list("MSFT,AMD") << 2 << 0;
    QTest::newRow("to empty") << list("AAPL,MSFT") << QStringList() << QStringList() << 0 << 2;
}

void tst_WatchlistModel::setSymbols()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QStringList, expected);
    QFETCH(int, inserted);
    QFETCH(int, removed);

    m_model->setSymbols(before);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setSymbols(after);
    QCOMPARE(m_model->symbols(), expected);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), inserted);
    QCOMPARE(removes.count(), removed);
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(m_model->rowOf(expected.at(row)), row);
        QCOMPARE(m_model->index(row, WatchlistModel::Symbol).data(WatchlistModel::IdRole).toString(),
                 expected.at(row));
    }
}

void tst_WatchlistModel::addAndRemove()
{
    QVERIFY(m_model->addSymbol(u" aapl "_s));
    QVERIFY(!m_model->addSymbol(u"AAPL"_s));
    QVERIFY(!m_model->addSymbol(u"  "_s));
    QVERIFY(m_model->addSymbol(u"MSFT"_s));
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_model->removeSymbol(u"aapl"_s));
    QVERIFY(!m_model->removeSymbol(u"AAPL"_s));
    QCOMPARE(m_model->symbols(), QStringList {u"MSFT"_s});
    QCOMPARE(m_model->rowOf(u"MSFT"_s), 0);
}

void tst_WatchlistModel::quoteChangesOnlyItsCells()
{
    m_model->setSymbols({u"AAPL"_s, u"MSFT"_s});
    m_model->applyQuote(u"MSFT"_s, quote("100.00", "100.05", u"2026-11-23T15:15:00Z"_s));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // Only the bid moves (and the time): two runs of cells, on MSFT's row alone.
    m_model->applyQuote(u"MSFT"_s, quote("100.01", "100.05", u"2026-11-23T15:15:01Z"_s));
    const QList<Cells> cells = changedCells(changed);
    QCOMPARE(cells.size(), 2);
    QCOMPARE(cells.at(0).row, 1);
    QCOMPARE(cells.at(0).first, int(WatchlistModel::Bid));
    QCOMPARE(cells.at(0).last, int(WatchlistModel::Bid));
    QCOMPARE(cells.at(1).row, 1);
    QCOMPARE(cells.at(1).first, int(WatchlistModel::Updated));
    QCOMPARE(cells.at(1).last, int(WatchlistModel::Updated));
    QCOMPARE(m_model->index(1, WatchlistModel::Bid).data().toString(), u"100.01"_s);

    // Bid and ask together are one run.
    changed.clear();
    m_model->applyQuote(u"MSFT"_s, quote("100.02", "100.06", u"2026-11-23T15:15:01Z"_s));
    const QList<Cells> both = changedCells(changed);
    QCOMPARE(both.size(), 1);
    QCOMPARE(both.at(0).first, int(WatchlistModel::Bid));
    QCOMPARE(both.at(0).last, int(WatchlistModel::Ask));

    // A symbol not listed changes nothing.
    changed.clear();
    m_model->applyQuote(u"NVDA"_s, quote("1", "2", u"2026-11-23T15:15:01Z"_s));
    QCOMPARE(changed.count(), 0);
}

void tst_WatchlistModel::identicalQuoteChangesNothing()
{
    m_model->setSymbols({u"AAPL"_s});
    const Quote q = quote("10", "10.01", u"2026-11-23T15:15:00Z"_s);
    m_model->applyQuote(u"AAPL"_s, q);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->applyQuote(u"AAPL"_s, q);
    m_model->applySnapshot(u"AAPL"_s, Snapshot {});
    QCOMPARE(changed.count(), 0);
}

void tst_WatchlistModel::olderQuoteIsIgnored()
{
    m_model->setSymbols({u"AAPL"_s});
    m_model->applyQuote(u"AAPL"_s, quote("10", "10.01", u"2026-11-23T15:15:05Z"_s));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->applyQuote(u"AAPL"_s, quote("9", "9.01", u"2026-11-23T15:15:04Z"_s));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->index(0, WatchlistModel::Bid).data().toString(), u"10.00"_s);
}

void tst_WatchlistModel::snapshotFormatting_data()
{
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("previousClose");
    QTest::addColumn<qint64>("volume");
    QTest::addColumn<QString>("lastText");
    QTest::addColumn<QString>("changeText");
    QTest::addColumn<QString>("percentText");
    QTest::addColumn<QString>("volumeText");
    QTest::addColumn<int>("sign");

    QTest::newRow("gain") << u"105"_s << u"100"_s << qint64(1'234'567) << u"105.00"_s << u"+5.00"_s
                          << u"+5.00%"_s << u"1,234,567"_s << 1;
    QTest::newRow("loss") << u"98.765"_s << u"100"_s << qint64(10) << u"98.76"_s << u"-1.235"_s
                          << u"-1.24%"_s << u"10"_s << -1;
    QTest::newRow("flat") << u"100"_s << u"100"_s << qint64(0) << u"100.00"_s << u"0.00"_s
                          << u"0.00%"_s << u"0"_s << 0;
    QTest::newRow("sub-dollar") << u"0.0125"_s << u"0.01"_s << qint64(5) << u"0.0125"_s
                                << u"+0.0025"_s << u"+25.00%"_s << u"5"_s << 1;
}

void tst_WatchlistModel::snapshotFormatting()
{
    QFETCH(QString, last);
    QFETCH(QString, previousClose);
    QFETCH(qint64, volume);
    QFETCH(QString, lastText);
    QFETCH(QString, changeText);
    QFETCH(QString, percentText);
    QFETCH(QString, volumeText);
    QFETCH(int, sign);

    m_model->setSymbols({u"AAPL"_s});
    m_model->applySnapshot(u"AAPL"_s, snapshot(last.toLatin1().constData(),
                                                previousClose.toLatin1().constData(), volume));
    const auto cell = [this](int column, int role = Qt::DisplayRole) {
        return m_model->index(0, column).data(role);
    };
    QCOMPARE(cell(WatchlistModel::Last).toString(), lastText);
    QCOMPARE(cell(WatchlistModel::Change).toString(), changeText);
    QCOMPARE(cell(WatchlistModel::ChangePercent).toString(), percentText);
    QCOMPARE(cell(WatchlistModel::Volume).toString(), volumeText);
    QCOMPARE(cell(WatchlistModel::Bid).toString(), u"99.98"_s);
    QCOMPARE(cell(WatchlistModel::Ask).toString(), u"100.02"_s);
    QVERIFY(!cell(WatchlistModel::Updated).toString().isEmpty());
    // The raw value is exact: the last price's 10⁻⁹ units.
    QCOMPARE(cell(WatchlistModel::Last, WatchlistModel::SortRole).toLongLong(),
             qint64(Decimal::fromString(last).value().units()));
    const QVariant colour = cell(WatchlistModel::Change, Qt::ForegroundRole);
    QCOMPARE(colour.isValid(), sign != 0);
    if (sign != 0) {
        const QColor c = colour.value<QBrush>().color();
        QVERIFY2(sign > 0 ? c.green() > c.red() : c.red() > c.green(), qPrintable(c.name()));
        QCOMPARE(cell(WatchlistModel::ChangePercent, Qt::ForegroundRole).value<QBrush>().color(), c);
    }
}

void tst_WatchlistModel::rolesAndAlignment()
{
    m_model->setSymbols({u"AAPL"_s});
    const auto align = [this](int column) {
        return Qt::Alignment(m_model->index(0, column).data(Qt::TextAlignmentRole).toInt());
    };
    QVERIFY(align(WatchlistModel::Symbol) & Qt::AlignLeft);
    for (int column : {WatchlistModel::Bid, WatchlistModel::Ask, WatchlistModel::Last,
                       WatchlistModel::Change, WatchlistModel::ChangePercent, WatchlistModel::Volume})
        QVERIFY(align(column) & Qt::AlignRight);
    QCOMPARE(m_model->headerData(WatchlistModel::ChangePercent, Qt::Horizontal).toString(),
             u"Change %"_s);
    QCOMPARE(m_model->columnCount(), int(WatchlistModel::ColumnCount));
    // Nothing known yet: empty cells, no raw values.
    QVERIFY(m_model->index(0, WatchlistModel::Last).data().toString().isEmpty());
    QVERIFY(!m_model->index(0, WatchlistModel::Last).data(WatchlistModel::SortRole).isValid());
}

void tst_WatchlistModel::selectionSurvivesUpdates()
{
    m_model->setSymbols({u"AAPL"_s, u"MSFT"_s, u"NVDA"_s});
    QItemSelectionModel selection(m_model.get());
    selection.select(m_model->index(1, 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(m_model->index(1, 0), QItemSelectionModel::NoUpdate);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    for (int i = 0; i < 20; ++i) {
        const QString time = u"2026-11-23T15:15:%1Z"_s.arg(i, 2, 10, QLatin1Char('0'));
        for (const QString &symbol : m_model->symbols())
            m_model->applyQuote(symbol, quote("10", i % 2 ? "10.02" : "10.01", time));
        m_model->applySnapshot(u"MSFT"_s, snapshot(i % 2 ? "101" : "102", "100", 100 + i));
    }
    QCOMPARE(resets.count(), 0);
    const auto selectedSymbol = [&] {
        const QModelIndexList rows = selection.selectedRows();
        return rows.size() == 1 ? rows.first().data(WatchlistModel::IdRole).toString() : QString();
    };
    QCOMPARE(selectedSymbol(), u"MSFT"_s);

    m_model->removeSymbol(u"AAPL"_s); // the row above goes
    QCOMPARE(selectedSymbol(), u"MSFT"_s);
    QCOMPARE(selection.currentIndex().row(), 0);

    m_model->setSymbols({u"TSLA"_s, u"NVDA"_s, u"MSFT"_s}); // insert above, move
    QCOMPARE(selectedSymbol(), u"MSFT"_s);
    QCOMPARE(selection.currentIndex().data(WatchlistModel::IdRole).toString(), u"MSFT"_s);
    QCOMPARE(resets.count(), 0);
}

void tst_WatchlistModel::sortsByRawValue()
{
    m_model->setSymbols({u"AAA"_s, u"BBB"_s, u"CCC"_s});
    m_model->applySnapshot(u"AAA"_s, snapshot("9.5", "9", 1));
    m_model->applySnapshot(u"BBB"_s, snapshot("100", "99", 1));
    m_model->applySnapshot(u"CCC"_s, snapshot("1000.25", "1000", 1));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(WatchlistModel::SortRole);
    proxy.sort(WatchlistModel::Last, Qt::AscendingOrder);
    // As text "1,000.25" < "100.00" < "9.50"; as numbers the other way round.
    QCOMPARE(proxy.index(0, WatchlistModel::Symbol).data().toString(), u"AAA"_s);
    QCOMPARE(proxy.index(1, WatchlistModel::Symbol).data().toString(), u"BBB"_s);
    QCOMPARE(proxy.index(2, WatchlistModel::Symbol).data().toString(), u"CCC"_s);

    // A live change re-sorts through the proxy without a reset.
    m_model->applySnapshot(u"AAA"_s, snapshot("5000", "9", 1));
    QCOMPARE(proxy.index(2, WatchlistModel::Symbol).data().toString(), u"AAA"_s);
}

void tst_WatchlistModel::clearValuesKeepsRows()
{
    m_model->setSymbols({u"AAPL"_s, u"MSFT"_s});
    m_model->applySnapshot(u"AAPL"_s, snapshot("105", "100", 5));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->clearValues();
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_model->index(0, WatchlistModel::Last).data().toString().isEmpty());
    // Only AAPL had values to clear.
    for (const QList<QVariant> &args : std::as_const(changed))
        QCOMPARE(args.at(0).value<QModelIndex>().row(), 0);
    QVERIFY(changed.count() >= 1);
}

QTEST_MAIN(tst_WatchlistModel)
#include "tst_watchlistmodel.moc"
