// SPDX-License-Identifier: GPL-3.0-or-later
// The append-only audit journal: the hash chain, verify() after tampering and after a
// torn last line, reopening and continuing, two writers, and secrets that never reach
// the file.
#include "testsecret.h"
#include "auditjournal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Elson;
using namespace Qt::StringLiterals;

using LinesMutator = std::function<void(QList<QByteArray> &)>;
Q_DECLARE_METATYPE(LinesMutator)
using FilesMutator = std::function<void(const QStringList &files)>;
Q_DECLARE_METATYPE(FilesMutator)

namespace {

const QString kSecret = TestSecret::secret(u"journal"_s);
const QString kKeyId = u"PKAB12CD34EF56GHWXYZ"_s;

/** A fixed clock that advances a millisecond per call, so records differ. */
AuditJournal::Clock steppingClock()
{
    auto next = std::make_shared<std::int64_t>(1'773'153'000'000'000'000); // 2026-03-10
    return [next] {
        *next += 1'000'000;
        return Timestamp::fromEpochNanos(*next);
    };
}

QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the final newline
    return lines;
}

void writeLines(const QString &path, const QList<QByteArray> &lines, bool finalNewline = true)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray bytes = lines.join('\n');
    if (finalNewline)
        bytes += '\n';
    file.write(bytes);
}

QJsonObject record(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

/** Re-signs a record after an edit, as a tamperer who knows the formula would. */
QByteArray resign(QJsonObject r)
{
    r.remove(u"hash"_s);
    const QByteArray canonical = QJsonDocument(r).toJson(QJsonDocument::Compact);
    r.insert(u"hash"_s,
             QString::fromLatin1(
                 QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    return QJsonDocument(r).toJson(QJsonDocument::Compact);
}

/** Writes @p count order.submit records to a new journal at @p path. */
void populate(const QString &path, int count)
{
    AuditJournal journal(path);
    journal.setClock(steppingClock());
    QVERIFY(journal.open());
    for (int i = 1; i <= count; ++i) {
        const Result<qint64> seq = journal.append(
            u"user"_s, u"order.submit"_s, TradingMode::Paper,
            { { u"symbol"_s, u"AAPL"_s }, { u"qty"_s, QString::number(i) }, { u"n"_s, i } });
        QVERIFY(seq);
        QCOMPARE(seq.value(), qint64(i));
    }
}

/** Appends @p count records to an open @p journal, numbered from @p first. */
void appendSome(AuditJournal &journal, int count, int first = 1)
{
    for (int i = first; i < first + count; ++i) {
        const Result<qint64> seq = journal.append(
            u"user"_s, u"order.submit"_s, TradingMode::Paper,
            { { u"symbol"_s, u"MSFT"_s }, { u"qty"_s, QString::number(i) }, { u"n"_s, i } });
        QVERIFY2(seq, qPrintable(seq.error().message));
    }
}

/** A rotated set of at least @p files files (a few records each) at @p path. */
void populateRotated(const QString &path, int files)
{
    AuditJournal journal(path);
    journal.setClock(steppingClock());
    journal.setMaxFileSize(1500);
    QVERIFY(journal.open());
    int n = 1;
    while (AuditJournal::files(path).size() < files) {
        appendSome(journal, 1, n++);
        QVERIFY(n < 1000);
    }
    appendSome(journal, 2, n); // the current file holds more than the rotation record
}

} // namespace

class tst_AuditJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void appendAndVerify();
    void hashIsTheDocumentedFormula();
    void tamper_data();
    void tamper();
    void openRefusesABrokenChain();
    void tornLastLine();
    void tornTwiceInARow();
    void recoveredTearCannotBeEdited();
    void completeLastRecordWithoutNewline();
    void garbageLastLineIsNotATear();
    void reopenContinuesTheChain();
    void twoWritersShareOneChain();
    void secretsAreMasked();
    void maskSecrets_data();
    void maskSecrets();
    void appendNeedsOpen();
    void emptyAndMissingFiles();
    void rotationKeepsTheChain();
    void rotatedSetTamper_data();
    void rotatedSetTamper();
    void tornAfterRotation();
    void reopenAfterRotation();
    void twoWritersAcrossRotations();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_AuditJournal::init()
{
    QVERIFY(m_dir.isValid());
    m_path =
        m_dir.filePath(u"audit-%1.jsonl"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    if (QTest::currentDataTag())
        m_path += u"."_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
    QFile::remove(m_path);
}

void tst_AuditJournal::appendAndVerify()
{
    populate(m_path, 5);
    const QList<QByteArray> lines = readLines(m_path);
    QCOMPARE(lines.size(), 5);
    QString previous = QString::fromLatin1(AuditJournal::GenesisHash);
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject r = record(lines.at(i));
        QCOMPARE(r.value(u"seq"_s).toInteger(), i + 1);
        QCOMPARE(r.value(u"actor"_s).toString(), u"user"_s);
        QCOMPARE(r.value(u"action"_s).toString(), u"order.submit"_s);
        QCOMPARE(r.value(u"mode"_s).toString(), u"paper"_s);
        QCOMPARE(r.value(u"details"_s).toObject().value(u"n"_s).toInt(), i + 1);
        QCOMPARE(r.value(u"prev_hash"_s).toString(), previous);
        // RFC 3339 with nanoseconds, UTC.
        const QString time = r.value(u"time"_s).toString();
        QVERIFY2(time.size() == 30 && time.endsWith(u'Z'), qPrintable(time));
        QVERIFY(Timestamp::fromString(time).ok());
        previous = r.value(u"hash"_s).toString();
        QCOMPARE(previous.size(), 64);
    }
    const Result<AuditJournal::Summary> verified = AuditJournal::verify(m_path);
    QVERIFY2(verified, qPrintable(verified.error().message));
    QCOMPARE(verified->records, 5);
    QCOMPARE(verified->lastSeq, 5);
    QCOMPARE(verified->lastHash, previous);
    QVERIFY(verified->recoveredTornLines.isEmpty());
}

void tst_AuditJournal::hashIsTheDocumentedFormula()
{
    populate(m_path, 2);
    for (const QByteArray &line : readLines(m_path)) {
        const QJsonObject r = record(line);
        QCOMPARE(record(resign(r)).value(u"hash"_s), r.value(u"hash"_s));
        // The file holds the canonical (compact, key-sorted) form.
        QCOMPARE(line, QJsonDocument(r).toJson(QJsonDocument::Compact));
    }
}

void tst_AuditJournal::tamper_data()
{
    QTest::addColumn<LinesMutator>("mutate");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("verified");

    QTest::newRow("detail edited") << LinesMutator([](QList<QByteArray> &l) {
        l[2].replace("\"qty\":\"3\"", "\"qty\":\"300\"");
    }) << u"hash"_s << 3 << 2;
    QTest::newRow("actor edited") << LinesMutator([](QList<QByteArray> &l) {
        l[3].replace("\"actor\":\"user\"", "\"actor\":\"bot\"");
    }) << u"hash"_s << 4 << 3;
    QTest::newRow("record deleted")
        << LinesMutator([](QList<QByteArray> &l) { l.removeAt(2); }) << u"sequence"_s << 3 << 2;
    QTest::newRow("records swapped")
        << LinesMutator([](QList<QByteArray> &l) { l.swapItemsAt(1, 2); }) << u"sequence"_s << 2
        << 1;
    QTest::newRow("first record deleted")
        << LinesMutator([](QList<QByteArray> &l) { l.removeFirst(); }) << u"sequence"_s << 1 << 0;
    QTest::newRow("edited and re-signed") << LinesMutator([](QList<QByteArray> &l) {
        QJsonObject r = record(l[2]);
        QJsonObject details = r.value(u"details"_s).toObject();
        details.insert(u"qty"_s, u"300"_s);
        r.insert(u"details"_s, details);
        l[2] = resign(r); // its own hash is right, the next record's prev_hash is not
    }) << u"chain"_s << 4 << 3;
    QTest::newRow("prev_hash forged") << LinesMutator([](QList<QByteArray> &l) {
        QJsonObject r = record(l[1]);
        r.insert(u"prev_hash"_s, QString(64, u'a'));
        l[1] = resign(r);
    }) << u"chain"_s << 2 << 1;
    QTest::newRow("seq renumbered") << LinesMutator([](QList<QByteArray> &l) {
        QJsonObject r = record(l[2]);
        r.insert(u"seq"_s, 33);
        l[2] = resign(r);
    }) << u"sequence"_s << 3 << 2;
    QTest::newRow("field removed") << LinesMutator([](QList<QByteArray> &l) {
        QJsonObject r = record(l[2]);
        r.remove(u"actor"_s);
        l[2] = resign(r);
    }) << u"malformed"_s << 3 << 2;
    QTest::newRow("garbage line inserted")
        << LinesMutator([](QList<QByteArray> &l) { l.insert(2, "not json at all"); })
        << u"unreadable"_s << 3 << 2;
    QTest::newRow("empty line inserted")
        << LinesMutator([](QList<QByteArray> &l) { l.insert(1, {}); }) << u"unreadable"_s << 2 << 1;
    QTest::newRow("record duplicated")
        << LinesMutator([](QList<QByteArray> &l) { l.insert(3, l[2]); }) << u"sequence"_s << 4 << 3;
}

void tst_AuditJournal::tamper()
{
    QFETCH(LinesMutator, mutate);
    QFETCH(QString, problem);
    QFETCH(int, line);
    QFETCH(int, verified);

    populate(m_path, 5);
    QVERIFY(AuditJournal::verify(m_path));
    QList<QByteArray> lines = readLines(m_path);
    mutate(lines);
    writeLines(m_path, lines);

    const Result<AuditJournal::Summary> result = AuditJournal::verify(m_path);
    QVERIFY(!result);
    const Error &error = result.error();
    QCOMPARE(error.extra.value(u"problem"_s).toString(), problem);
    QCOMPARE(error.extra.value(u"line"_s).toInteger(), line);
    QCOMPARE(error.extra.value(u"verified"_s).toInteger(), verified);
    QVERIFY2(error.message.contains(u"line %1"_s.arg(line)), qPrintable(error.message));
    if (verified > 0)
        QVERIFY2(error.message.contains(u"1 to %1"_s.arg(verified)), qPrintable(error.message));
}

void tst_AuditJournal::openRefusesABrokenChain()
{
    populate(m_path, 3);
    QList<QByteArray> lines = readLines(m_path);
    lines[1].replace("\"qty\":\"2\"", "\"qty\":\"9\"");
    writeLines(m_path, lines);
    AuditJournal journal(m_path);
    const Result<AuditJournal::Summary> opened = journal.open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().extra.value(u"problem"_s).toString(), u"hash"_s);
    QVERIFY(!journal.isOpen());
    QVERIFY(!journal.append(u"user"_s, u"order.submit"_s, TradingMode::Paper, {}));
    QCOMPARE(readLines(m_path), lines); // nothing was appended to a broken chain
}

void tst_AuditJournal::tornLastLine()
{
    populate(m_path, 4);
    QList<QByteArray> lines = readLines(m_path);
    const QByteArray torn = lines[3].left(lines[3].size() / 2);
    lines[3] = torn;
    writeLines(m_path, lines, false); // a crash mid-write: no final newline

    // verify names the torn record and confirms the three before it.
    const Result<AuditJournal::Summary> before = AuditJournal::verify(m_path);
    QVERIFY(!before);
    QCOMPARE(before.error().extra.value(u"problem"_s).toString(), u"torn"_s);
    QCOMPARE(before.error().extra.value(u"line"_s).toInteger(), 4);
    QCOMPARE(before.error().extra.value(u"seq"_s).toInteger(), 4);
    QCOMPARE(before.error().extra.value(u"verified"_s).toInteger(), 3);
    QVERIFY2(before.error().message.contains(u"1 to 3"_s), qPrintable(before.error().message));

    // Reopening keeps the torn bytes, documents them and continues the chain.
    AuditJournal journal(m_path);
    journal.setClock(steppingClock());
    const Result<AuditJournal::Summary> opened = journal.open();
    QVERIFY2(opened, qPrintable(opened.error().message));
    QCOMPARE(journal.tornLinesAtOpen(), QList<qint64> { 4 });
    QCOMPARE(journal.lastSeq(), 4); // three records + the recovery record
    QCOMPARE(opened->recoveredTornLines, QList<qint64> { 4 });
    const Result<qint64> next = journal.append(u"user"_s, u"order.cancel"_s, TradingMode::Paper,
                                               { { u"order_id"_s, u"abc"_s } });
    QVERIFY(next);
    QCOMPARE(next.value(), 5);

    const QList<QByteArray> after = readLines(m_path);
    QCOMPARE(after.size(), 6);
    QCOMPARE(after[3], torn); // not silently dropped
    const QJsonObject recovery = record(after[4]);
    QCOMPARE(recovery.value(u"action"_s).toString(), u"journal.recovered"_s);
    QCOMPARE(recovery.value(u"seq"_s).toInteger(), 4);
    QCOMPARE(recovery.value(u"prev_hash"_s).toString(),
             record(after[2]).value(u"hash"_s).toString());
    const QJsonObject tornInfo =
        recovery.value(u"details"_s).toObject().value(u"torn"_s).toArray().at(0).toObject();
    QCOMPARE(tornInfo.value(u"line"_s).toInteger(), 4);
    QCOMPARE(tornInfo.value(u"bytes"_s).toInteger(), torn.size());

    const Result<AuditJournal::Summary> verified = AuditJournal::verify(m_path);
    QVERIFY2(verified, qPrintable(verified.error().message));
    QCOMPARE(verified->records, 5);
    QCOMPARE(verified->recoveredTornLines, QList<qint64> { 4 });
}

void tst_AuditJournal::tornTwiceInARow()
{
    // A crash, then a crash while the recovery record itself was being written.
    populate(m_path, 2);
    QList<QByteArray> lines = readLines(m_path);
    lines.append(R"({"seq":3,"time":"2026-03-1)");
    lines.append(R"({"seq":3,"action":"journal.rec)");
    writeLines(m_path, lines, false);
    const Result<AuditJournal::Summary> before = AuditJournal::verify(m_path);
    QVERIFY(!before);
    QCOMPARE(before.error().extra.value(u"problem"_s).toString(), u"torn"_s);
    QCOMPARE(before.error().extra.value(u"line"_s).toInteger(), 3);

    AuditJournal journal(m_path);
    QVERIFY(journal.open());
    QCOMPARE(journal.tornLinesAtOpen(), (QList<qint64> { 3, 4 }));
    QVERIFY(journal.append(u"user"_s, u"mode.switch"_s, TradingMode::Paper, {}));
    const Result<AuditJournal::Summary> verified = AuditJournal::verify(m_path);
    QVERIFY2(verified, qPrintable(verified.error().message));
    QCOMPARE(verified->records, 4);
}

void tst_AuditJournal::recoveredTearCannotBeEdited()
{
    populate(m_path, 2);
    QList<QByteArray> lines = readLines(m_path);
    lines.append("{\"seq\":3,\"tim");
    writeLines(m_path, lines, false);
    {
        AuditJournal journal(m_path);
        QVERIFY(journal.open());
    }
    QVERIFY(AuditJournal::verify(m_path));
    lines = readLines(m_path);
    lines[2] = "{\"seq\":3,\"TIM"; // same length, other bytes
    writeLines(m_path, lines);
    const Result<AuditJournal::Summary> result = AuditJournal::verify(m_path);
    QVERIFY(!result);
    QCOMPARE(result.error().extra.value(u"problem"_s).toString(), u"unreadable"_s);
    QCOMPARE(result.error().extra.value(u"line"_s).toInteger(), 3);
}

void tst_AuditJournal::completeLastRecordWithoutNewline()
{
    populate(m_path, 3);
    writeLines(m_path, readLines(m_path), false); // only the newline was lost
    QVERIFY(AuditJournal::verify(m_path));
    AuditJournal journal(m_path);
    QVERIFY(journal.open());
    QVERIFY(journal.tornLinesAtOpen().isEmpty());
    QCOMPARE(journal.append(u"user"_s, u"order.submit"_s, TradingMode::Live, {}).value(), 4);
    QCOMPARE(readLines(m_path).size(), 4);
    QCOMPARE(AuditJournal::verify(m_path)->records, 4);
}

void tst_AuditJournal::garbageLastLineIsNotATear()
{
    populate(m_path, 3);
    QList<QByteArray> lines = readLines(m_path);
    lines.append("garbage");
    writeLines(m_path, lines); // terminated: a complete line that is not a record
    const Result<AuditJournal::Summary> result = AuditJournal::verify(m_path);
    QVERIFY(!result);
    QCOMPARE(result.error().extra.value(u"problem"_s).toString(), u"unreadable"_s);
    AuditJournal journal(m_path);
    QVERIFY(!journal.open());
}

void tst_AuditJournal::reopenContinuesTheChain()
{
    populate(m_path, 3);
    const QString thirdHash = record(readLines(m_path).at(2)).value(u"hash"_s).toString();
    AuditJournal journal(m_path);
    const Result<AuditJournal::Summary> opened = journal.open();
    QVERIFY(opened);
    QCOMPARE(opened->records, 3);
    QCOMPARE(journal.lastSeq(), 3);
    QCOMPARE(journal.lastHash(), thirdHash);
    QCOMPARE(journal.append(u"system"_s, u"killswitch"_s, std::nullopt, {}).value(), 4);
    const QJsonObject fourth = record(readLines(m_path).at(3));
    QCOMPARE(fourth.value(u"prev_hash"_s).toString(), thirdHash);
    QCOMPARE(fourth.value(u"mode"_s).toString(), QString());
    QCOMPARE(AuditJournal::verify(m_path)->records, 4);
}

void tst_AuditJournal::twoWritersShareOneChain()
{
    AuditJournal terminal(m_path);
    AuditJournal cli(m_path);
    QVERIFY(terminal.open());
    QVERIFY(cli.open());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(
            terminal.append(u"user"_s, u"order.submit"_s, TradingMode::Paper, { { u"i"_s, i } }));
        QVERIFY(
            cli.append(u"elsonctl"_s, u"order.cancel"_s, TradingMode::Paper, { { u"i"_s, i } }));
    }
    QCOMPARE(terminal.lastSeq(), 5);
    QCOMPARE(cli.lastSeq(), 6);
    const Result<AuditJournal::Summary> verified = AuditJournal::verify(m_path);
    QVERIFY2(verified, qPrintable(verified.error().message));
    QCOMPARE(verified->records, 6);
}

void tst_AuditJournal::secretsAreMasked()
{
    AuditJournal journal(m_path);
    journal.addSecret(kSecret);
    QVERIFY(journal.open());
    const QJsonObject details {
        { u"key_id"_s, kKeyId },
        { u"secret_key"_s, kSecret },
        { u"APCA-API-SECRET-KEY"_s, kSecret },
        { u"nested"_s,
          QJsonObject { { u"password"_s, u"hunter22"_s },
                        { u"note"_s, QString(u"pasted: "_s + kSecret) } } },
        { u"list"_s, QJsonArray { QJsonObject { { u"token"_s, u"tok-123456"_s } }, kSecret } },
        { u"symbol"_s, u"AAPL"_s },
    };
    QVERIFY(journal.append(u"user"_s, u"credentials.set"_s, TradingMode::Live, details));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(kSecret.toUtf8()));
    QVERIFY(!bytes.contains(kKeyId.toUtf8()));
    QVERIFY(!bytes.contains("hunter22"));
    QVERIFY(!bytes.contains("tok-123456"));
    const QJsonObject written = record(bytes.trimmed()).value(u"details"_s).toObject();
    QCOMPARE(written.value(u"key_id"_s).toString(), u"PK"_s + QChar(0x2026) + u"WXYZ"_s);
    QCOMPARE(written.value(u"secret_key"_s).toString(), u"***"_s);
    QCOMPARE(written.value(u"nested"_s).toObject().value(u"note"_s).toString(), u"pasted: ***"_s);
    QCOMPARE(written.value(u"symbol"_s).toString(), u"AAPL"_s);
    QVERIFY(AuditJournal::verify(m_path));
}

void tst_AuditJournal::maskSecrets_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonValue>("masked");
    const QString e(QChar(0x2026));
    QTest::newRow("secret_key") << u"secret_key"_s << QJsonValue(kSecret) << QJsonValue(u"***"_s);
    QTest::newRow("Password") << u"Password"_s << QJsonValue(u"pw"_s) << QJsonValue(u"***"_s);
    QTest::newRow("access_token") << u"access_token"_s << QJsonValue(u"t0k3n"_s)
                                  << QJsonValue(u"***"_s);
    QTest::newRow("Authorization")
        << u"Authorization"_s << QJsonValue(u"Bearer x"_s) << QJsonValue(u"***"_s);
    QTest::newRow("numeric secret") << u"secret"_s << QJsonValue(1234) << QJsonValue(u"***"_s);
    QTest::newRow("empty secret stays empty")
        << u"secret"_s << QJsonValue(QString()) << QJsonValue(QString());
    QTest::newRow("key_id") << u"key_id"_s << QJsonValue(kKeyId)
                            << QJsonValue(u"PK"_s + e + u"WXYZ"_s);
    QTest::newRow("APCA-API-KEY-ID")
        << u"APCA-API-KEY-ID"_s << QJsonValue(kKeyId) << QJsonValue(u"PK"_s + e + u"WXYZ"_s);
    QTest::newRow("short key id") << u"api_key"_s << QJsonValue(u"AK12"_s) << QJsonValue(e);
    QTest::newRow("registered secret inside text")
        << u"note"_s << QJsonValue(u"x"_s + kSecret + u"y"_s) << QJsonValue(u"x***y"_s);
    QTest::newRow("plain value") << u"symbol"_s << QJsonValue(u"AAPL"_s) << QJsonValue(u"AAPL"_s);
    QTest::newRow("number") << u"qty"_s << QJsonValue(10) << QJsonValue(10);
}

void tst_AuditJournal::maskSecrets()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QJsonValue, masked);
    const QJsonObject out = AuditJournal::maskSecrets({ { key, value } }, { kSecret });
    QCOMPARE(out.value(key), masked);
}

void tst_AuditJournal::appendNeedsOpen()
{
    AuditJournal journal(m_path);
    const Result<qint64> seq = journal.append(u"user"_s, u"order.submit"_s, TradingMode::Paper, {});
    QVERIFY(!seq);
    QVERIFY(!QFile::exists(m_path));
}

void tst_AuditJournal::emptyAndMissingFiles()
{
    QVERIFY(!AuditJournal::verify(m_path)); // missing: an io error
    QCOMPARE(AuditJournal::verify(m_path).error().extra.value(u"problem"_s).toString(), u"io"_s);
    const QString nested = m_dir.filePath(u"a/b/audit.jsonl"_s);
    AuditJournal journal(nested);
    const Result<AuditJournal::Summary> opened = journal.open(); // creates folders and file
    QVERIFY(opened);
    QCOMPARE(opened->records, 0);
    QCOMPARE(opened->lastHash, QString::fromLatin1(AuditJournal::GenesisHash));
    QVERIFY(QFile::exists(nested));
    QCOMPARE(AuditJournal::verify(nested)->records, 0);
}

void tst_AuditJournal::rotationKeepsTheChain()
{
    AuditJournal journal(m_path);
    journal.setClock(steppingClock());
    journal.setMaxFileSize(1500);
    QVERIFY(journal.open());
    appendSome(journal, 30);

    const QStringList files = AuditJournal::files(m_path);
    QVERIFY2(files.size() >= 4, qPrintable(files.join(u", "_s)));
    QCOMPARE(files.last(), m_path);
    const QString stem = m_path.chopped(6); // ".jsonl"
    for (int i = 0; i + 1 < files.size(); ++i)
        QCOMPARE(files.at(i), stem + u".%1.jsonl"_s.arg(i + 1)); // oldest first
    // One chain across the files: seq runs on, each file starts with the rotation record
    // chained to the last hash of the file before it.
    qint64 seq = 0;
    qint64 rotations = 0;
    QString previousHash = QString::fromLatin1(AuditJournal::GenesisHash);
    for (int i = 0; i < files.size(); ++i) {
        QVERIFY(QFileInfo(files.at(i)).size() <= 1500);
        const QList<QByteArray> lines = readLines(files.at(i));
        for (int l = 0; l < lines.size(); ++l) {
            const QJsonObject r = record(lines.at(l));
            QCOMPARE(r.value(u"seq"_s).toInteger(), ++seq);
            QCOMPARE(r.value(u"prev_hash"_s).toString(), previousHash);
            if (i > 0 && l == 0) {
                ++rotations;
                QCOMPARE(r.value(u"action"_s).toString(), u"journal.rotated"_s);
                const QJsonObject d = r.value(u"details"_s).toObject();
                QCOMPARE(d.value(u"previous_file"_s).toString(), QFileInfo(files.at(i - 1)).fileName());
                QCOMPARE(d.value(u"previous_last_seq"_s).toInteger(), seq - 1);
            }
            previousHash = r.value(u"hash"_s).toString();
        }
    }
    QCOMPARE(seq, 30 + rotations);
    QCOMPARE(rotations, files.size() - 1);
    const Result<AuditJournal::Summary> verified = AuditJournal::verify(m_path);
    QVERIFY2(verified, qPrintable(verified.error().message));
    QCOMPARE(verified->records, seq);
    QCOMPARE(verified->files, int(files.size()));
    QCOMPARE(verified->lastHash, journal.lastHash());
}

void tst_AuditJournal::rotatedSetTamper_data()
{
    QTest::addColumn<FilesMutator>("mutate");
    QTest::addColumn<int>("badFile"); // index into the files as they were
    QTest::addColumn<QString>("problem");

    QTest::newRow("record edited in an old file") << FilesMutator([](const QStringList &f) {
        QList<QByteArray> lines = readLines(f[1]);
        lines[1].replace("\"symbol\":\"MSFT\"", "\"symbol\":\"MSFX\"");
        writeLines(f[1], lines);
    }) << 1 << u"hash"_s;
    QTest::newRow("old file removed") << FilesMutator([](const QStringList &f) {
        QFile::remove(f[1]);
    }) << 2 << u"sequence"_s;
    QTest::newRow("oldest file removed") << FilesMutator([](const QStringList &f) {
        QFile::remove(f[0]);
    }) << 1 << u"sequence"_s;
    QTest::newRow("old files swapped") << FilesMutator([](const QStringList &f) {
        const QString spare = f[0] + u".spare"_s;
        QVERIFY(QFile::rename(f[0], spare));
        QVERIFY(QFile::rename(f[1], f[0]));
        QVERIFY(QFile::rename(spare, f[1]));
    }) << 0 << u"sequence"_s;
    QTest::newRow("last record of an old file cut") << FilesMutator([](const QStringList &f) {
        QList<QByteArray> lines = readLines(f[1]);
        lines.removeLast();
        writeLines(f[1], lines);
    }) << 2 << u"sequence"_s;
    QTest::newRow("torn tail in an old file") << FilesMutator([](const QStringList &f) {
        QList<QByteArray> lines = readLines(f[1]);
        lines.last() = lines.last().left(40);
        writeLines(f[1], lines, false);
    }) << 1 << u"torn"_s;
    QTest::newRow("rotation record forged") << FilesMutator([](const QStringList &f) {
        QList<QByteArray> lines = readLines(f[2]);
        QJsonObject r = record(lines[0]);
        r.insert(u"prev_hash"_s, QString(64, u'b'));
        lines[0] = resign(r);
        writeLines(f[2], lines);
    }) << 2 << u"chain"_s;
}

void tst_AuditJournal::rotatedSetTamper()
{
    QFETCH(FilesMutator, mutate);
    QFETCH(int, badFile);
    QFETCH(QString, problem);
    m_path = m_dir.filePath(u"rotated-%1.jsonl"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
    populateRotated(m_path, 4);
    const QStringList files = AuditJournal::files(m_path);
    QVERIFY(AuditJournal::verify(m_path));
    mutate(files);

    const Result<AuditJournal::Summary> result = AuditJournal::verify(m_path);
    QVERIFY(!result);
    QCOMPARE(result.error().extra.value(u"problem"_s).toString(), problem);
    QCOMPARE(result.error().extra.value(u"file"_s).toString(), files.at(badFile));
    QVERIFY2(result.error().message.contains(QFileInfo(files.at(badFile)).fileName()),
             qPrintable(result.error().message));
    // Nothing is appended to a set that does not verify.
    AuditJournal journal(m_path);
    QVERIFY(!journal.open());
}

void tst_AuditJournal::tornAfterRotation()
{
    populateRotated(m_path, 3);
    QList<QByteArray> lines = readLines(m_path);
    const qsizetype count = lines.size();
    lines.last() = lines.last().left(30);
    writeLines(m_path, lines, false);
    const Result<AuditJournal::Summary> torn = AuditJournal::verify(m_path);
    QVERIFY(!torn);
    QCOMPARE(torn.error().extra.value(u"problem"_s).toString(), u"torn"_s);
    QCOMPARE(torn.error().extra.value(u"file"_s).toString(), m_path);
    QCOMPARE(torn.error().extra.value(u"line"_s).toInteger(), count); // the line in its file

    AuditJournal journal(m_path);
    journal.setMaxFileSize(1500);
    QVERIFY(journal.open());
    QCOMPARE(journal.tornLinesAtOpen(), QList<qint64> { count });
    appendSome(journal, 3);
    const Result<AuditJournal::Summary> verified = AuditJournal::verify(m_path);
    QVERIFY2(verified, qPrintable(verified.error().message));
    QCOMPARE(verified->recoveredTornLines, QList<qint64> { count });
}

void tst_AuditJournal::reopenAfterRotation()
{
    populateRotated(m_path, 3);
    const Result<AuditJournal::Summary> before = AuditJournal::verify(m_path);
    QVERIFY(before);
    AuditJournal journal(m_path);
    const Result<AuditJournal::Summary> opened = journal.open();
    QVERIFY(opened);
    QCOMPARE(opened->lastSeq, before->lastSeq);
    QCOMPARE(journal.lastHash(), before->lastHash);
    QCOMPARE(journal.append(u"user"_s, u"mode.switch"_s, TradingMode::Paper, {}).value(),
             before->lastSeq + 1);
    // A crash right after a rename leaves no current file: the chain goes on from the last one.
    journal.close();
    QVERIFY(QFile::rename(m_path, m_path.chopped(6) + u".%1.jsonl"_s.arg(AuditJournal::files(m_path).size())));
    AuditJournal again(m_path);
    QVERIFY(again.open());
    QCOMPARE(again.lastSeq(), before->lastSeq + 1);
    QVERIFY(again.append(u"user"_s, u"mode.switch"_s, TradingMode::Paper, {}));
    QVERIFY(AuditJournal::verify(m_path));
}

void tst_AuditJournal::twoWritersAcrossRotations()
{
    // The terminal and elsonctl on one journal: either may rotate it under the other.
    AuditJournal a(m_path);
    AuditJournal b(m_path);
    a.setMaxFileSize(1200);
    b.setMaxFileSize(1200);
    QVERIFY(a.open());
    QVERIFY(b.open());
    for (int i = 0; i < 20; ++i)
        appendSome(i % 3 == 0 ? b : a, 1, i);
    QVERIFY(AuditJournal::files(m_path).size() >= 3);
    const Result<AuditJournal::Summary> verified = AuditJournal::verify(m_path);
    QVERIFY2(verified, qPrintable(verified.error().message));
    QCOMPARE(verified->lastHash, a.lastHash()); // a wrote last (i = 19)
    qint64 orders = 0;
    for (const QString &file : AuditJournal::files(m_path)) {
        for (const QByteArray &line : readLines(file))
            orders += record(line).value(u"action"_s).toString() == u"order.submit"_s;
    }
    QCOMPARE(orders, 20);
}

QTEST_GUILESS_MAIN(tst_AuditJournal)
#include "tst_auditjournal.moc"
