// SPDX-License-Identifier: GPL-3.0-or-later
// LogModel: appends at the end, stays under its cap by removing the oldest rows,
// and shows an Error as the error layer wrote it.
#include "logmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

class tst_LogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendAddsARowAtTheEnd();
    void capRemovesOldest_data();
    void capRemovesOldest();
    void shrinkingTheCapDropsOldest();
    void appendError_data();
    void appendError();
    void countsByLevel();
    void multiLineMessagesBecomeOneLine();
};

void tst_LogModel::appendAddsARowAtTheEnd()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(LogModel::LogLevel::Info, u"market data"_s, u"Connected"_s);
    model.append(LogModel::LogLevel::Warning, u"orders"_s, u"Stream stale"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(model.index(1, LogModel::Level).data().toString(), u"Warning"_s);
    QCOMPARE(model.index(1, LogModel::Source).data().toString(), u"orders"_s);
    QCOMPARE(model.index(1, LogModel::Message).data().toString(), u"Stream stale"_s);
    QVERIFY(!model.index(1, LogModel::Time).data().toString().isEmpty());
    QCOMPARE(model.index(1, 0).data(LogModel::LevelRole).toInt(), int(LogModel::LogLevel::Warning));
    QVERIFY(model.index(1, LogModel::Level).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, LogModel::Level).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(1, 0).data(LogModel::IdRole).toLongLong()
            > model.index(0, 0).data(LogModel::IdRole).toLongLong());
}

void tst_LogModel::capRemovesOldest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appends");
    QTest::newRow("under") << 10 << 5;
    QTest::newRow("exactly") << 10 << 10;
    QTest::newRow("over") << 10 << 25;
    QTest::newRow("one") << 1 << 3;
    QTest::newRow("default cap") << LogModel::DefaultCapacity << LogModel::DefaultCapacity + 120;
}

void tst_LogModel::capRemovesOldest()
{
    QFETCH(int, capacity);
    QFETCH(int, appends);
    LogModel model;
    // The tester walks the whole model on every change: keep it to the small tables.
    std::optional<QAbstractItemModelTester> tester;
    if (capacity <= 100)
        tester.emplace(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(capacity);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (int i = 0; i < appends; ++i) {
        model.append(LogModel::LogLevel::Info, u"test"_s, u"message %1"_s.arg(i));
        QVERIFY(model.rowCount() <= capacity);
    }
    const int kept = std::min(capacity, appends);
    QCOMPARE(model.rowCount(), kept);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), appends - kept);
    for (const QList<QVariant> &args : std::as_const(removed))
        QCOMPARE(args.at(1).toInt(), 0); // always the oldest row
    QCOMPARE(model.index(0, LogModel::Message).data().toString(),
             u"message %1"_s.arg(appends - kept));
    QCOMPARE(model.index(kept - 1, LogModel::Message).data().toString(),
             u"message %1"_s.arg(appends - 1));
}

void tst_LogModel::shrinkingTheCapDropsOldest()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 8; ++i)
        model.append(LogModel::LogLevel::Info, u"test"_s, QString::number(i));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setCapacity(3);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 4);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, LogModel::Message).data().toString(), u"5"_s);
    model.setCapacity(0); // at least one row is kept
    QCOMPARE(model.capacity(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, LogModel::Message).data().toString(), u"7"_s);
}

void tst_LogModel::appendError_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("expected");
    QTest::newRow("http") << QString() << u"forbidden."_s << 403 << u"forbidden. (HTTP 403)"_s;
    QTest::newRow("field") << u"qty"_s << u"must be positive"_s << 0 << u"qty: must be positive"_s;
    QTest::newRow("both") << u"limit_price"_s << u"sub-penny"_s << 422
                          << u"limit_price: sub-penny (HTTP 422)"_s;
}

void tst_LogModel::appendError()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(int, httpStatus);
    QFETCH(QString, expected);
    LogModel model;
    Error error;
    error.code = Error::Code::Http;
    error.field = field;
    error.message = message;
    error.httpStatus = httpStatus;
    QSignalSpy added(&model, &LogModel::entryAdded);
    model.appendError(error, u"orders"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, LogModel::Message).data().toString(), expected);
    QCOMPARE(model.index(0, LogModel::Level).data().toString(), u"Error"_s);
    QCOMPARE(model.index(0, LogModel::Source).data().toString(), u"orders"_s);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).value<LogModel::LogLevel>(), LogModel::LogLevel::Error);
}

void tst_LogModel::countsByLevel()
{
    LogModel model;
    model.setCapacity(2);
    model.append(LogModel::LogLevel::Info, u"a"_s, u"1"_s);
    model.append(LogModel::LogLevel::Warning, u"a"_s, u"2"_s);
    model.append(LogModel::LogLevel::Error, u"a"_s, u"3"_s);
    model.append(LogModel::LogLevel::Error, u"a"_s, u"4"_s);
    // Counted since the last clear, not only what the cap kept.
    QCOMPARE(model.count(LogModel::LogLevel::Info), 4);
    QCOMPARE(model.count(LogModel::LogLevel::Warning), 3);
    QCOMPARE(model.count(LogModel::LogLevel::Error), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.count(LogModel::LogLevel::Info), 0);
}

void tst_LogModel::multiLineMessagesBecomeOneLine()
{
    LogModel model;
    model.append(LogModel::LogLevel::Warning, u"x"_s, u"first line\nsecond\tline  "_s);
    QCOMPARE(model.index(0, LogModel::Message).data().toString(), u"first line second line"_s);
}

QTEST_MAIN(tst_LogModel)
#include "tst_logmodel.moc"
