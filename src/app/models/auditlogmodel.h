// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timestamp.h"

#include <QAbstractTableModel>
#include <QFileSystemWatcher>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimer>

namespace Elson {

/**
 * The audit journal (AuditJournal's JSON Lines file), read-only, one row per line:
 * seq, time, actor, action, mode, a one-line summary of the details, and whether the
 * line verifies.
 *
 * The file is tailed: a QFileSystemWatcher and a poll timer (for file systems without
 * notifications, and for a file that does not exist yet) append new records with
 * beginInsertRows as it grows; a file that shrank or was replaced is read again.
 *
 * Each record is checked as AuditJournal::verify() checks the file — its seq follows the
 * previous one, prev_hash is the previous hash, the hash matches the content — and a
 * record that fails is shown as Broken with the reason, then the chain continues from
 * it so one defect is flagged once. A line that is not a record is Torn until a
 * journal.recovered record documents it (then Recovered). An incomplete last line is
 * shown as Torn and replaced once its end is written.
 *
 * Rotation: the model shows the current file. One that begins with a journal.rotated
 * record is anchored on the previous file's last record (read from its end: the rotated
 * record must name that record's hash and continue its seq). When the journal rotates
 * while it is shown, the new file continues the rows without a reset.
 */
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { Seq, Time, Actor, Action, Mode, Details, Status, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< seq, epoch nanoseconds, text
        IdRole = Qt::UserRole + 2,   ///< a running row id, unique for the model's life
        StateRole = Qt::UserRole + 3, ///< RecordState as int
        DetailsRole = Qt::UserRole + 4, ///< the details object as indented JSON
        LineRole = Qt::UserRole + 5, ///< the line number in its file (1-based)
    };

    enum class RecordState { Valid, Torn, Recovered, Broken };
    Q_ENUM(RecordState)

    static constexpr int DefaultPollIntervalMs = 2'000;

    explicit AuditLogModel(QObject *parent = nullptr);
    ~AuditLogModel() override;

    /** Shows the journal at @p path (read at once, then tailed); empty: nothing. */
    void setPath(const QString &path);
    [[nodiscard]] QString path() const { return m_path; }
    /** Reads the whole file again (a reset). */
    void reload();
    /** Reads what was appended since the last read (what the watcher and timer call). */
    void readAppended();
    /** The poll timer's interval; 0 turns polling off (the watcher still works). */
    void setPollIntervalMs(int intervalMs);

    /** Records whose line does not verify (Broken, or Torn and not recovered). */
    [[nodiscard]] int problemCount() const;
    [[nodiscard]] RecordState stateAt(int row) const;

    void setLocale(const QLocale &locale);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /** "key=value, …" for @p details, nested objects in braces, at most @p maxLength characters. */
    [[nodiscard]] static QString summarize(const QJsonObject &details, int maxLength = 200);

Q_SIGNALS:
    /** A record arrived that does not verify. */
    void problemFound(int row, const QString &problem);

private:
    struct Record
    {
        qint64 id = 0;
        qint64 line = 0;
        qint64 seq = -1; ///< -1 for a line that is not a record
        Timestamp time;
        QString actor;
        QString action;
        QString mode;
        QString summary;
        QByteArray details; ///< indented JSON, for the tooltip
        RecordState state = RecordState::Valid;
        QString problem;
    };

    struct Chain
    {
        qint64 expectedSeq = 1;
        QString prevHash;
        qint64 lines = 0;
    };

    Record parseLine(const QByteArray &content, Chain &chain) const;
    void clearState();
    void resetModel();
    void dropProvisional();
    /**
     * Parses the lines of @p data onto @p arrived (records of the file being read start at
     * @p fileStart); with @p wholeFile a last line without newline counts too. Returns the
     * bytes consumed.
     */
    qsizetype ingest(const QByteArray &data, bool wholeFile, qsizetype fileStart,
                     QList<Record> &arrived, QList<int> &recoveredRows,
                     const QString &anchorProblem);
    /** A first line that is a journal.rotated record: start the chain there; the problem, if any. */
    QString anchorOnRotation(const QByteArray &firstLine);
    void watch();
    [[nodiscard]] QString stateText(const Record &record) const;

    QString m_path;
    QList<Record> m_records;
    QHash<qint64, int> m_rowOfLine; ///< line → row, for journal.recovered
    Chain m_chain;
    qint64 m_offset = 0; ///< bytes of complete lines read
    QByteArray m_firstLine; ///< the current file's first line, to notice a new file
    qint64 m_nextId = 1;
    bool m_provisional = false; ///< the last row is an incomplete last line
    QFileSystemWatcher m_watcher;
    QTimer m_pollTimer;
    QLocale m_locale;
};

} // namespace Elson
