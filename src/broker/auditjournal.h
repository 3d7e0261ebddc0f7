// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "timestamp.h"
#include "tradingmode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Elson {

/**
 * The append-only audit journal: one JSON object per line (JSON Lines), each
 *
 *     {"seq":1,"time":"2026-03-10T14:30:00.123456789Z","actor":"user","action":"order.submit",
 *      "mode":"paper","details":{…},"prev_hash":"000…0","hash":"9f2c…"}
 *
 * `hash` is the SHA-256 (hex) of the record's canonical form without `hash`: compact JSON
 * with keys in sorted order, exactly as QJsonDocument writes a QJsonObject. `prev_hash` is
 * the previous record's hash (64 zeros for the first), `seq` counts from 1 without gaps.
 * Every append is written with one write() and made durable (flush + fsync) before
 * append() returns, so a crash loses at most the record being written; callers append
 * the intent *before* sending an order.
 *
 * Secrets never reach the file: details pass through maskSecrets() (keys that name a
 * secret become "***", key ids are masked "PK…WXYZ") and every string registered with
 * addSecret() is scrubbed wherever it appears.
 *
 * **Torn records.** A crash in the middle of a write leaves a last line without its
 * newline that is not a valid record. verify() reports it as torn, naming the record and
 * confirming the records before it. open() does not drop or rewrite it (the journal is
 * append-only): it terminates the torn line and appends a `journal.recovered` record that
 * names the torn line's number, length and SHA-256, chained to the last good record. From
 * then on verify() accepts exactly that torn line, because the chain itself documents it;
 * any other unreadable line is an error. A last line that is a complete, valid record and
 * only lacks its newline is accepted as is (open() adds the newline).
 *
 * **Rotation.** When a record would take the file past maxFileSize(), the file is renamed
 * to the next free number — audit.jsonl becomes audit.1.jsonl, later audit.2.jsonl, … (the
 * higher the number, the newer) — and a new audit.jsonl begins with a `journal.rotated`
 * record naming the previous file, its last seq and hash. seq and prev_hash run on across
 * the files, so the set is one chain: verify() reads the numbered files in order and then
 * the current one, and names the file and line of the first bad record. Nothing is ever
 * deleted: a missing file breaks the chain, as it should.
 *
 * Several processes may append to one journal (the terminal and elsonctl): each append
 * takes a lock file (path + ".lock") and first reads any records another process
 * appended (or, when another process rotated the file, the whole set again), so the
 * chain never forks. The hash chain detects edits, deletions,
 * reordering and truncation in the middle; it cannot stop someone who rewrites every
 * later record too — keep lastHash() somewhere else if that matters.
 */
class AuditJournal final
{
    Q_DECLARE_TR_FUNCTIONS(AuditJournal)

public:
    /** The source of record times; tests inject a fixed one. */
    using Clock = std::function<Timestamp()>;

    /** What verify() or open() established about a journal. */
    struct Summary
    {
        qint64 records = 0; ///< valid records
        qint64 lastSeq = 0; ///< 0 for an empty journal
        QString lastHash; ///< GenesisHash for an empty journal
        QList<qint64> recoveredTornLines; ///< torn lines documented by journal.recovered records
        int files = 1; ///< files verified: the rotated ones and the current one
    };

    static constexpr const char *GenesisHash =
        "0000000000000000000000000000000000000000000000000000000000000000";
    static constexpr const char *RecoveredAction = "journal.recovered";
    static constexpr const char *RotatedAction = "journal.rotated";
    /** The default size at which the file is rotated. */
    static constexpr qint64 DefaultMaxFileSize = 16 * 1024 * 1024;

    explicit AuditJournal(QString path);
    ~AuditJournal();
    Q_DISABLE_COPY_MOVE(AuditJournal)

    [[nodiscard]] const QString &path() const { return m_path; }

    /**
     * Opens (creating the file and its directory if needed) and verifies the existing
     * records, continuing their chain. A torn last record is recovered as described
     * above (tornLinesAtOpen() lists it); any other defect is an error and the journal
     * stays closed, so nothing is ever appended to a chain that does not verify.
     */
    [[nodiscard]] Result<Summary> open();
    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    void close();

    /**
     * Appends one record and makes it durable. @p mode is empty for actions that are not
     * about one account. Returns the record's seq, or an error (not open, the lock is
     * held elsewhere for too long, another process left the file unverifiable, or the
     * write/fsync failed — after which the journal refuses further appends until it is
     * reopened). Never send an order whose intent failed to append.
     */
    [[nodiscard]] Result<qint64> append(const QString &actor, const QString &action,
                                        std::optional<TradingMode> mode,
                                        const QJsonObject &details);

    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    [[nodiscard]] QString lastHash() const { return m_lastHash; }
    /** The torn lines open() found and documented (empty when there were none). */
    [[nodiscard]] QList<qint64> tornLinesAtOpen() const { return m_tornAtOpen; }

    /** Rotates before a record would take the file past @p bytes; 0 never rotates. */
    void setMaxFileSize(qint64 bytes) { m_maxFileSize = bytes < 0 ? 0 : bytes; }
    [[nodiscard]] qint64 maxFileSize() const { return m_maxFileSize; }

    /**
     * The files of the journal at @p path, oldest first: the rotated ones (stem.N.suffix,
     * by N) and then @p path itself if it exists.
     */
    [[nodiscard]] static QStringList files(const QString &path);

    /** Replaces the clock (default: the system clock, nanoseconds, UTC). */
    void setClock(Clock clock);
    /** Scrubs @p secret from every string of every later record (ignored if shorter than 4). */
    void addSecret(const QString &secret);

    /**
     * Verifies the journal at @p path with its rotated files (files()): every line a
     * record, seq 1, 2, 3… across the files, each prev_hash the previous hash, each hash
     * right, torn lines only where a journal.recovered record documents them. The error
     * names the first bad record (its file, line and expected seq) and says how many
     * records before it verify; extra holds "file", "line", "seq", "verified" and
     * "problem" (torn, unreadable, malformed, sequence, chain, hash, recovery, io).
     */
    [[nodiscard]] static Result<Summary> verify(const QString &path);

    /**
     * A copy of @p details with secrets masked, recursively: a value whose key names a
     * secret (secret, password, passphrase, token, authorization) becomes "***", a key
     * id (key_id, api_key, …) is masked like "PK…WXYZ", and each of @p secrets is
     * replaced by "***" inside any string.
     */
    [[nodiscard]] static QJsonObject maskSecrets(const QJsonObject &details,
                                                 const QStringList &secrets = {});
    /** The bytes that are hashed: compact JSON of @p record without its "hash" key. */
    [[nodiscard]] static QByteArray canonicalForm(QJsonObject record);

private:
    struct Scan;
    /** open() with the lock held. */
    Result<Summary> openLocked();
    /** One record as written: the line with its newline, its hash and seq. */
    struct Line
    {
        QByteArray bytes;
        QString hash;
        qint64 seq = 0;
    };
    [[nodiscard]] Line buildRecord(const QString &actor, const QString &action,
                                   const QString &mode, const QJsonObject &details) const;
    Result<qint64> writeRecord(const QString &actor, const QString &action, const QString &mode,
                               const QJsonObject &details);
    Result<qint64> writeLine(const Line &line);
    Result<bool> catchUp();
    /** The file open for appending is still the one at path() (not renamed by a rotation). */
    [[nodiscard]] bool stillAtPath() const;
    /** Renames the file to the next number and starts a new one with journal.rotated. */
    Result<bool> rotate();

    QString m_path;
    QFile m_file;
    Clock m_clock;
    QStringList m_secrets;
    qint64 m_lastSeq = 0;
    QString m_lastHash;
    qint64 m_lines = 0; ///< lines in the file, torn ones included
    qint64 m_knownSize = 0; ///< bytes of the file this object has verified
    bool m_failed = false; ///< a write failed: refuse appends until reopened
    qint64 m_maxFileSize = DefaultMaxFileSize;
    QList<qint64> m_tornAtOpen;
};

} // namespace Elson
