// SPDX-License-Identifier: GPL-3.0-or-later
// AuditLogModel over files written by AuditJournal: the columns, tailing as the journal
// grows (inserted rows, no reset), and records that do not verify shown as such.
#include "auditjournal.h"
#include "auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 10'000;

QJsonObject orderDetails(int qty)
{
    return {{u"symbol"_s, u"AAPL"_s}, {u"side"_s, u"buy"_s}, {u"qty"_s, QString::number(qty)},
            {u"request"_s, QJsonObject {{u"type"_s, u"limit"_s}, {u"limit_price"_s, u"150.00"_s}}}};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode)
{
    QFile file(path);
    return file.open(mode) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_AuditLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsRecords();
    void tailsAppendsWithTheWatcher();
    void tailsAppendsWithThePollTimer();
    void alteredRecordIsBroken();
    void deletedRecordBreaksTheSequence();
    void tornRecordThenRecovered();
    void replacedFileIsReadAgain();
    void missingFileIsEmpty();
    void rotatedJournalIsAnchored();
    void tailsAcrossARotation();
    void missingPreviousFileIsFlagged();
    void summarize_data();
    void summarize();

private:
    void appendRecords(int count, int firstQty = 1, qint64 maxFileSize = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<AuditLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_AuditLogModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"audit.jsonl"_s);
    m_model = std::make_unique<AuditLogModel>();
    m_model->setLocale(QLocale::c());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_AuditLogModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_dir.reset();
}

void tst_AuditLogModel::appendRecords(int count, int firstQty, qint64 maxFileSize)
{
    AuditJournal journal(m_path);
    journal.setMaxFileSize(maxFileSize);
    QVERIFY(journal.open().ok());
    for (int i = 0; i < count; ++i) {
        const Result<qint64> seq = journal.append(u"user"_s, u"order.submit"_s, TradingMode::Paper,
                                                  orderDetails(firstQty + i));
        QVERIFY2(seq.ok(), qPrintable(seq.error().toString()));
    }
}

void tst_AuditLogModel::showsRecords()
{
    appendRecords(2);
    {
        AuditJournal journal(m_path);
        QVERIFY(journal.open().ok());
        QVERIFY(journal.append(u"user"_s, u"entry.lock"_s, std::nullopt,
                               {{u"reason"_s, u"kill switch"_s}})
                    .ok());
    }
    m_model->setPath(m_path);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->problemCount(), 0);
    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(0, AuditLogModel::Seq).toString(), u"1"_s);
    QCOMPARE(cell(2, AuditLogModel::Seq).toString(), u"3"_s);
    QCOMPARE(cell(2, AuditLogModel::Seq, AuditLogModel::SortRole).toLongLong(), 3);
    QCOMPARE(cell(0, AuditLogModel::Actor).toString(), u"user"_s);
    QCOMPARE(cell(0, AuditLogModel::Action).toString(), u"order.submit"_s);
    QCOMPARE(cell(0, AuditLogModel::Mode).toString(), u"paper"_s);
    QCOMPARE(cell(2, AuditLogModel::Mode).toString(), QString());
    QCOMPARE(cell(2, AuditLogModel::Details).toString(), u"reason=kill switch"_s);
    const QString summary = cell(1, AuditLogModel::Details).toString();
    QVERIFY2(summary.contains(u"qty=2"_s) && summary.contains(u"symbol=AAPL"_s)
                 && summary.contains(u"request={limit_price=150.00, type=limit}"_s),
             qPrintable(summary));
    QVERIFY(cell(1, AuditLogModel::Details, AuditLogModel::DetailsRole).toString()
                .contains(u"\"limit_price\": \"150.00\""_s));
    QVERIFY(!cell(0, AuditLogModel::Time).toString().isEmpty());
    QCOMPARE(cell(0, AuditLogModel::Status).toString(), u"OK"_s);
    QCOMPARE(cell(0, 0, AuditLogModel::StateRole).toInt(), int(AuditLogModel::RecordState::Valid));
    QCOMPARE(cell(2, 0, AuditLogModel::LineRole).toLongLong(), 3);
    QVERIFY(cell(2, 0, AuditLogModel::IdRole).toLongLong()
            > cell(1, 0, AuditLogModel::IdRole).toLongLong());
    QVERIFY(!cell(0, AuditLogModel::Status, Qt::ForegroundRole).isValid());
}

void tst_AuditLogModel::tailsAppendsWithTheWatcher()
{
    appendRecords(2);
    m_model->setPollIntervalMs(0); // the file system watcher alone
    m_model->setPath(m_path);
    QCOMPARE(m_model->rowCount(), 2);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    appendRecords(3, 10);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 5, WaitMs);
    QVERIFY(inserted.count() >= 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2); // appended after the rows there were
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_model->index(4, AuditLogModel::Seq).data().toString(), u"5"_s);
    QCOMPARE(m_model->problemCount(), 0);
}

void tst_AuditLogModel::tailsAppendsWithThePollTimer()
{
    appendRecords(1);
    m_model->setPollIntervalMs(50);
    m_model->setPath(m_path);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    // Another process (elsonctl) appending: a second journal object on the same file.
    appendRecords(1, 7);
    QVERIFY(inserted.wait(WaitMs) || inserted.count() > 0);
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_model->index(1, AuditLogModel::Details).data().toString().contains(u"qty=7"_s));
    QCOMPARE(m_model->problemCount(), 0);
}

void tst_AuditLogModel::alteredRecordIsBroken()
{
    appendRecords(3);
    QByteArray bytes = readAll(m_path);
    // Edit record 2's quantity, keeping its hash: exactly what the chain detects.
    const qsizetype at = bytes.indexOf("\"qty\":\"2\"");
    QVERIFY(at > 0);
    bytes.replace(at, 9, "\"qty\":\"9\"");
    QVERIFY(writeAll(m_path, bytes, QIODevice::WriteOnly | QIODevice::Truncate));

    QSignalSpy problems(m_model.get(), &AuditLogModel::problemFound);
    m_model->setPath(m_path);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->stateAt(0), AuditLogModel::RecordState::Valid);
    QCOMPARE(m_model->stateAt(1), AuditLogModel::RecordState::Broken);
    QCOMPARE(m_model->stateAt(2), AuditLogModel::RecordState::Valid); // one defect flagged once
    QCOMPARE(m_model->problemCount(), 1);
    QCOMPARE(problems.count(), 1);
    QCOMPARE(problems.at(0).at(0).toInt(), 1);
    QVERIFY(problems.at(0).at(1).toString().contains(u"hash"_s));
    QCOMPARE(m_model->index(1, AuditLogModel::Status).data().toString(), u"Broken"_s);
    QVERIFY(m_model->index(1, AuditLogModel::Status).data(Qt::ForegroundRole).isValid());
    QVERIFY(m_model->index(1, AuditLogModel::Status).data(Qt::ToolTipRole).toString()
                .contains(u"altered"_s));
    // The journal itself agrees that the file does not verify.
    QVERIFY(!AuditJournal::verify(m_path).ok());
}

void tst_AuditLogModel::deletedRecordBreaksTheSequence()
{
    appendRecords(3);
    QList<QByteArray> lines = readAll(m_path).split('\n');
    lines.removeAt(1);
    QVERIFY(writeAll(m_path, lines.join('\n'), QIODevice::WriteOnly | QIODevice::Truncate));
    m_model->setPath(m_path);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->stateAt(0), AuditLogModel::RecordState::Valid);
    QCOMPARE(m_model->stateAt(1), AuditLogModel::RecordState::Broken);
    QVERIFY(m_model->index(1, AuditLogModel::Status).data(Qt::ToolTipRole).toString()
                .contains(u"Expected seq 2, found 3"_s));
}

void tst_AuditLogModel::tornRecordThenRecovered()
{
    appendRecords(3);
    // A crash in the middle of a write: the last line has no end.
    QVERIFY(writeAll(m_path, "{\"seq\":4,\"time\":\"2026-11-", QIODevice::Append));
    m_model->setPollIntervalMs(50);
    m_model->setPath(m_path);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->stateAt(3), AuditLogModel::RecordState::Torn);
    QCOMPARE(m_model->problemCount(), 1);
    QCOMPARE(m_model->index(3, AuditLogModel::Status).data().toString(), u"Torn"_s);

    // Opening the journal documents the torn line with a journal.recovered record.
    {
        AuditJournal journal(m_path);
        const Result<AuditJournal::Summary> opened = journal.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        QCOMPARE(journal.tornLinesAtOpen(), QList<qint64> {4});
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 5, WaitMs);
    QCOMPARE(m_model->stateAt(3), AuditLogModel::RecordState::Recovered);
    QCOMPARE(m_model->index(3, AuditLogModel::Status).data().toString(), u"Torn (recovered)"_s);
    QCOMPARE(m_model->index(4, AuditLogModel::Action).data().toString(),
             QString::fromLatin1(AuditJournal::RecoveredAction));
    QCOMPARE(m_model->index(4, AuditLogModel::Seq).data().toString(), u"4"_s);
    QCOMPARE(m_model->stateAt(4), AuditLogModel::RecordState::Valid);
    QCOMPARE(m_model->problemCount(), 0);
    QVERIFY(AuditJournal::verify(m_path).ok());
}

void tst_AuditLogModel::replacedFileIsReadAgain()
{
    appendRecords(3);
    m_model->setPollIntervalMs(50);
    m_model->setPath(m_path);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(QFile::remove(m_path));
    appendRecords(1, 42); // a new journal: shorter than what was read
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() == 1
                                 && m_model->index(0, AuditLogModel::Details)
                                        .data()
                                        .toString()
                                        .contains(u"qty=42"_s),
                             WaitMs);
    QCOMPARE(m_model->problemCount(), 0);
}

void tst_AuditLogModel::missingFileIsEmpty()
{
    m_model->setPollIntervalMs(50);
    m_model->setPath(m_path);
    QCOMPARE(m_model->rowCount(), 0);
    // The file appears later (the first order of a new installation).
    appendRecords(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, WaitMs);
}

void tst_AuditLogModel::rotatedJournalIsAnchored()
{
    // Small files: the journal rotates every few records.
    appendRecords(12, 1, 1'200);
    const QStringList files = AuditJournal::files(m_path);
    QVERIFY2(files.size() >= 3, qPrintable(files.join(u' ')));
    m_model->setPath(m_path);
    QVERIFY(m_model->rowCount() >= 1);
    // The current file starts with journal.rotated, chained to the previous file.
    QCOMPARE(m_model->index(0, AuditLogModel::Action).data().toString(),
             QString::fromLatin1(AuditJournal::RotatedAction));
    QVERIFY(m_model->index(0, AuditLogModel::Seq).data().toLongLong() > 1);
    QCOMPARE(m_model->problemCount(), 0);
    const AuditJournal::Summary summary = AuditJournal::verify(m_path).value();
    QCOMPARE(m_model->index(m_model->rowCount() - 1, AuditLogModel::Seq).data().toLongLong(),
             summary.lastSeq);
}

void tst_AuditLogModel::tailsAcrossARotation()
{
    appendRecords(2, 1, 1'200);
    QCOMPARE(AuditJournal::files(m_path).size(), 1);
    m_model->setPollIntervalMs(50);
    m_model->setPath(m_path);
    QCOMPARE(m_model->rowCount(), 2);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    appendRecords(8, 10, 1'200); // rotates on the way
    QVERIFY(AuditJournal::files(m_path).size() >= 2);
    const qint64 lastSeq = AuditJournal::verify(m_path).value().lastSeq;
    QTRY_COMPARE_WITH_TIMEOUT(
        m_model->index(m_model->rowCount() - 1, AuditLogModel::Seq).data().toLongLong(), lastSeq,
        WaitMs);
    // Every record since the start, in order, the rotation record among them: no reset.
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_model->rowCount(), int(lastSeq));
    bool rotation = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->index(row, AuditLogModel::Seq).data().toLongLong(), qint64(row + 1));
        rotation = rotation
                   || m_model->index(row, AuditLogModel::Action).data().toString()
                          == QLatin1StringView(AuditJournal::RotatedAction);
    }
    QVERIFY(rotation);
    QCOMPARE(m_model->problemCount(), 0);
}

void tst_AuditLogModel::missingPreviousFileIsFlagged()
{
    appendRecords(12, 1, 1'200);
    const QStringList files = AuditJournal::files(m_path);
    QVERIFY(files.size() >= 2);
    QVERIFY(QFile::remove(files.at(files.size() - 2)));
    m_model->setPath(m_path);
    QCOMPARE(m_model->stateAt(0), AuditLogModel::RecordState::Broken);
    QVERIFY(m_model->index(0, AuditLogModel::Status).data(Qt::ToolTipRole).toString()
                .contains(u"does not continue"_s));
    // The rest of the file still chains from it.
    for (int row = 1; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->stateAt(row), AuditLogModel::RecordState::Valid);
    QCOMPARE(m_model->problemCount(), 1);
}

void tst_AuditLogModel::summarize_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("{}") << 200 << QString();
    QTest::newRow("scalars") << QByteArray(R"({"b":true,"n":1.5,"s":"x","z":null})") << 200
                             << u"b=true, n=1.5, s=x, z=null"_s;
    QTest::newRow("error message") << QByteArray(R"({"error":{"code":"Http","message":"forbidden"}})")
                                   << 200 << u"error=forbidden"_s;
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":{"c":{"d":1}}}})") << 200
                            << u"a={b={…}}"_s;
    QTest::newRow("array") << QByteArray(R"({"ids":["x","y"]})") << 200 << u"ids=[x, y]"_s;
    QTest::newRow("cut") << QByteArray(R"({"reason":"abcdefghijklmnopqrstuvwxyz"})") << 12
                         << u"reason=abcd…"_s;
}

void tst_AuditLogModel::summarize()
{
    QFETCH(QByteArray, json);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    QCOMPARE(AuditLogModel::summarize(QJsonDocument::fromJson(json).object(), maxLength), expected);
}

QTEST_MAIN(tst_AuditLogModel)
#include "tst_auditlogmodel.moc"
