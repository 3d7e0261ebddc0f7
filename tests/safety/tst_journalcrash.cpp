// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety of the audit journal: a process appending records is SIGKILLed, and then
// AuditJournal::verify() names the torn record, if the kill tore one, and every record
// before it verifies; every record the writer reported durable survived; and opening the
// journal again recovers it so that appending continues on a chain that verifies.
// The writer is tests/safety/journalwriter.cpp. Random kills rarely land inside a write(),
// so half of the rows make the writer leave a genuinely half-written record before the kill.
#include "auditjournal.h"
#include "tradingmode.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Elson;

namespace {

// Generous: a 4 MiB record's fsync on a busy CI disk can take many seconds.
constexpr int WaitMs = 120'000;

/** The byte offset where line @p line (1-based) of @p path starts. */
qint64 offsetOfLine(const QString &path, qint64 line)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    qint64 offset = 0;
    for (qint64 l = 1; l < line; ++l) {
        offset = bytes.indexOf('\n', offset);
        if (offset < 0)
            return -1;
        ++offset;
    }
    return offset;
}

} // namespace

class tst_JournalCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killWhileAppending_data();
    void killWhileAppending();

private:
    quint32 m_seed = 0;
};

void tst_JournalCrash::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(JOURNALWRITER_PATH)), JOURNALWRITER_PATH);
    // Random kill points, reproducible: ELSON_CRASH_SEED=N repeats a run.
    const QByteArray fixed = qgetenv("ELSON_CRASH_SEED");
    m_seed = fixed.isEmpty() ? QRandomGenerator::global()->generate() : fixed.toUInt();
    qInfo("kill points from seed %u (ELSON_CRASH_SEED repeats them)", m_seed);
}

void tst_JournalCrash::killWhileAppending_data()
{
    QTest::addColumn<int>("killAfter"); // records the writer reported before the kill is sent
    QTest::addColumn<int>("pad");       // bytes of padding per record
    QTest::addColumn<bool>("forceTorn");
    const int rows = qEnvironmentVariableIsSet("ELSON_CRASH_ROWS")
        ? qEnvironmentVariableIntValue("ELSON_CRASH_ROWS") : 8;
    QRandomGenerator random(m_seed);
    for (int i = 0; i < rows; ++i) {
        // Records of a few hundred bytes, and a few of 4 MiB, whose write() a kill can cut.
        const bool big = i % 4 == 3;
        const int killAfter = 1 + int(random.bounded(big ? 4 : 40));
        const int pad = big ? 4 << 20 : int(random.bounded(300));
        QTest::addRow("random kill %d (after %d, pad %d)", i, killAfter, pad) << killAfter << pad << false;
        QTest::addRow("torn write %d (after %d, pad %d)", i, killAfter, pad) << killAfter << pad << true;
    }
    QTest::addRow("torn first record") << 0 << 100 << true;
}

void tst_JournalCrash::killWhileAppending()
{
    QFETCH(int, killAfter);
    QFETCH(int, pad);
    QFETCH(bool, forceTorn);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));

    QProcess writer;
    QStringList args{path, QStringLiteral("--pad"), QString::number(pad)};
    if (forceTorn)
        args << QStringLiteral("--torn-after") << QString::number(killAfter);
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QSignalSpy output(&writer, &QProcess::readyReadStandardOutput);
    writer.start(QStringLiteral(JOURNALWRITER_PATH), args);
    QVERIFY2(writer.waitForStarted(WaitMs), qPrintable(writer.errorString()));

    // Read what the writer reports until it has made killAfter records durable (and, when
    // forced, left the half record), then kill it wherever it is.
    qint64 durable = 0;
    qint64 tornBytes = -1;
    while (durable < killAfter || (forceTorn && tornBytes < 0)) {
        if (!writer.canReadLine())
            QVERIFY2(output.wait(WaitMs), "the writer went quiet");
        while (writer.canReadLine()) {
            const QByteArray line = writer.readLine().trimmed();
            if (line.startsWith("appended "))
                durable = line.mid(9).toLongLong();
            else if (line.startsWith("torn "))
                tornBytes = line.mid(5).toLongLong();
            else
                QFAIL(line.constData());
        }
        QVERIFY2(writer.state() == QProcess::Running || writer.canReadLine(), "the writer stopped");
    }
    writer.kill(); // SIGKILL
    QVERIFY(writer.waitForFinished(WaitMs));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    const Result<AuditJournal::Summary> verified = AuditJournal::verify(path);
    qint64 goodRecords = 0;
    if (verified) {
        // The kill landed between two writes: nothing is torn.
        QVERIFY(!forceTorn);
        goodRecords = verified->records;
        QCOMPARE(verified->lastSeq, goodRecords);
    } else {
        // Torn: verify names the record (its line, the seq it should have had), says how
        // many before it verify, and nothing else is wrong with the file.
        const Error &e = verified.error();
        QCOMPARE(e.extra.value(QStringLiteral("problem")).toString(), QStringLiteral("torn"));
        goodRecords = e.extra.value(QStringLiteral("verified")).toInteger();
        QCOMPARE(e.extra.value(QStringLiteral("line")).toInteger(), goodRecords + 1);
        QCOMPARE(e.extra.value(QStringLiteral("seq")).toInteger(), goodRecords + 1);
        QVERIFY2(e.message.contains(QStringLiteral("line %1").arg(goodRecords + 1)), qPrintable(e.message));
        if (goodRecords > 0)
            QVERIFY2(e.message.contains(QStringLiteral("1 to %1").arg(goodRecords)), qPrintable(e.message));
        if (forceTorn) {
            QCOMPARE(goodRecords, qint64(killAfter));
            QFile file(path);
            QCOMPARE(file.size() - offsetOfLine(path, goodRecords + 1), tornBytes);
        } else {
            qInfo("the kill tore record %lld", goodRecords + 1);
        }
        // Everything before the torn record verifies on its own.
        const QString prefix = dir.filePath(QStringLiteral("prefix.jsonl"));
        QVERIFY(QFile::copy(path, prefix));
        QFile cut(prefix);
        QVERIFY(cut.resize(offsetOfLine(path, goodRecords + 1)));
        const Result<AuditJournal::Summary> before = AuditJournal::verify(prefix);
        QVERIFY2(before.ok(), before ? "" : qPrintable(before.error().message));
        QCOMPARE(before->records, goodRecords);
    }
    // Every record the writer reported durable survived the kill.
    QVERIFY2(goodRecords >= durable, qPrintable(QStringLiteral("%1 records verify, %2 were reported")
                                                     .arg(goodRecords).arg(durable)));

    // Reopening recovers (documenting any torn line) and appending continues on a chain
    // that verifies from the first record.
    {
        AuditJournal journal(path);
        journal.setMaxFileSize(0); // as the writer: one file, so the count below is exact
        const Result<AuditJournal::Summary> opened = journal.open();
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        if (!verified)
            QCOMPARE(journal.tornLinesAtOpen(), QList<qint64>{goodRecords + 1});
        QVERIFY(journal.append(QStringLiteral("test"), QStringLiteral("after.crash"), TradingMode::Paper, {}));
    }
    const Result<AuditJournal::Summary> after = AuditJournal::verify(path);
    QVERIFY2(after.ok(), after ? "" : qPrintable(after.error().message));
    // The good records, a journal.recovered record if something was torn, and the new one.
    QCOMPARE(after->records, goodRecords + (verified ? 1 : 2));
}

QTEST_GUILESS_MAIN(tst_JournalCrash)
#include "tst_journalcrash.moc"
