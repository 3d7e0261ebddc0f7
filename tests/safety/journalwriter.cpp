// SPDX-License-Identifier: GPL-3.0-or-later
// journalwriter: the process tst_journalcrash kills. It appends records to an AuditJournal
// in a loop and prints "appended SEQ" after each one is durable (append() has fsynced it),
// so the test knows which records must survive the SIGKILL.
//   journalwriter PATH [--pad BYTES] [--torn-after N]
// --pad makes each record about BYTES long: a large write() is one a SIGKILL can cut.
// --torn-after N: after N records, writes the first half of what would be record N+1 (the
// exact bytes the journal would write next), prints "torn BYTES" and waits to be killed,
// so the torn case is exercised every time, not only when a kill happens to land inside
// a write().
#include "auditjournal.h"
#include "tradingmode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace Elson;

namespace {

QJsonObject details(qint64 i, qsizetype pad)
{
    QJsonObject d{{QStringLiteral("i"), i}, {QStringLiteral("symbol"), QStringLiteral("AAPL")}};
    if (pad > 0)
        d.insert(QStringLiteral("pad"), QString(pad, QChar(u'a' + char(i % 26))));
    return d;
}

/** The line the journal at @p path would append next, made on a scratch copy of it. */
QByteArray nextRecord(const QString &path, qint64 i, qsizetype pad)
{
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("copy.jsonl"));
    if (!QFile::copy(path, copy))
        return {};
    AuditJournal journal(copy);
    journal.setMaxFileSize(0); // one file: the copy must append, never rotate
    if (!journal.open() || !journal.append(QStringLiteral("test"), QStringLiteral("crash.test"),
                                           TradingMode::Paper, details(i, pad)))
        return {};
    journal.close();
    QFile file(copy);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.isEmpty() ? QByteArray() : lines.last();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: journalwriter PATH [--pad BYTES] [--torn-after N]\n");
        return 2;
    }
    const QString path = args.at(1);
    const qsizetype pad = args.contains(QStringLiteral("--pad"))
        ? args.value(args.indexOf(QStringLiteral("--pad")) + 1).toLongLong() : 0;
    const qint64 tornAfter = args.contains(QStringLiteral("--torn-after"))
        ? args.value(args.indexOf(QStringLiteral("--torn-after")) + 1).toLongLong() : -1;

    AuditJournal journal(path);
    // One file: the test's 4 MiB records would otherwise reach the rotation size, and this
    // test is about torn records, not rotation (tst_auditjournal covers that).
    journal.setMaxFileSize(0);
    if (const auto opened = journal.open(); !opened) {
        std::fprintf(stderr, "journalwriter: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    // Bounded, in case the test died without killing us (a closed pipe ends us sooner).
    for (qint64 i = 1; i <= 1'000'000; ++i) {
        if (i == tornAfter + 1) {
            const QByteArray line = nextRecord(path, i, pad);
            if (line.isEmpty()) {
                std::fprintf(stderr, "journalwriter: cannot make the next record\n");
                return 1;
            }
            QFile file(path);
            const QByteArray half = line.left(line.size() / 2);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(half) != half.size()
                || !file.flush() || ::fsync(file.handle()) != 0) {
                std::fprintf(stderr, "journalwriter: cannot write the torn record\n");
                return 1;
            }
            std::printf("torn %lld\n", static_cast<long long>(half.size()));
            std::fflush(stdout);
            // Wait for the SIGKILL the way a process dies mid-write: with the half record on disk.
            while (std::fgetc(stdin) != EOF) {
            }
            return 3; // the test closed our stdin instead of killing us
        }
        const Result<qint64> seq = journal.append(QStringLiteral("test"), QStringLiteral("crash.test"),
                                                  TradingMode::Paper, details(i, pad));
        if (!seq) {
            std::fprintf(stderr, "journalwriter: %s\n", qPrintable(seq.error().toString()));
            return 1;
        }
        std::printf("appended %lld\n", static_cast<long long>(seq.value()));
        std::fflush(stdout);
    }
    return 0;
}
