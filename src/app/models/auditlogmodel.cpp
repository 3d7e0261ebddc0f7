// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogmodel.h"

#include "auditjournal.h"

#include <QBrush>
#include <QColor>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>

namespace Elson {

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Null: return QStringLiteral("null");
    default: return {};
    }
}

QString summarizeValue(const QJsonValue &value, int depth)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        // An error reads best as its message.
        if (object.contains(QStringLiteral("message")))
            return object.value(QStringLiteral("message")).toString();
        if (depth >= 2)
            return QStringLiteral("{…}");
        QStringList parts;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            parts.append(it.key() + u'=' + summarizeValue(it.value(), depth + 1));
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (depth >= 2)
            return QStringLiteral("[%1]").arg(array.size());
        QStringList parts;
        for (const QJsonValue &item : array)
            parts.append(summarizeValue(item, depth + 1));
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    return scalarText(value);
}

QColor problemColor()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor mutedColor()
{
    return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_chain.prevHash = QString::fromLatin1(AuditJournal::GenesisHash);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { readAppended(); });
    connect(&m_pollTimer, &QTimer::timeout, this, [this] { readAppended(); });
    m_pollTimer.start(DefaultPollIntervalMs);
}

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::setPath(const QString &path)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_path = path;
    reload();
}

void AuditLogModel::setPollIntervalMs(int intervalMs)
{
    if (intervalMs <= 0) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.start(intervalMs);
}

void AuditLogModel::clearState()
{
    m_records.clear();
    m_rowOfLine.clear();
    m_chain = Chain {};
    m_chain.prevHash = QString::fromLatin1(AuditJournal::GenesisHash);
    m_offset = 0;
    m_firstLine.clear();
    m_provisional = false;
}

void AuditLogModel::resetModel()
{
    beginResetModel();
    clearState();
    endResetModel();
}

namespace {

QJsonObject recordOf(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

bool isRotation(const QJsonObject &record)
{
    return record.value(QStringLiteral("action")).toString()
           == QLatin1StringView(AuditJournal::RotatedAction);
}

/** The last complete line of @p path (records are small: the file's tail is enough). */
QByteArray lastLineOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 Tail = 256 * 1024;
    file.seek(std::max<qint64>(0, file.size() - Tail));
    QByteArray tail = file.readAll();
    if (tail.endsWith('\n'))
        tail.chop(1);
    return tail.mid(tail.lastIndexOf('\n') + 1);
}

} // namespace

QString AuditLogModel::anchorOnRotation(const QByteArray &firstLine)
{
    const QJsonObject record = recordOf(firstLine);
    if (!isRotation(record))
        return {};
    const qint64 seq = record.value(QStringLiteral("seq")).toInteger(-1);
    const QString prevHash = record.value(QStringLiteral("prev_hash")).toString();
    m_chain.expectedSeq = seq;
    m_chain.prevHash = prevHash;
    // The files before it are AuditJournal::verify()'s to check in full; here, the seam.
    const QStringList files = AuditJournal::files(m_path);
    const QString previous = files.size() >= 2 ? files.at(files.size() - 2) : QString();
    if (previous.isEmpty())
        return tr("The journal was rotated, but the previous file is missing.");
    const QJsonObject last = recordOf(lastLineOf(previous));
    if (last.value(QStringLiteral("hash")).toString() != prevHash
        || last.value(QStringLiteral("seq")).toInteger(-1) + 1 != seq)
        return tr("The rotated journal does not continue its previous file %1.")
            .arg(QFileInfo(previous).fileName());
    return {};
}

void AuditLogModel::reload()
{
    resetModel();
    readAppended();
}

void AuditLogModel::watch()
{
    // The watcher drops a file that was replaced (rename over it): add it again.
    if (!m_path.isEmpty() && !m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void AuditLogModel::dropProvisional()
{
    if (!m_provisional)
        return;
    const int last = int(m_records.size()) - 1;
    beginRemoveRows({}, last, last);
    m_records.removeLast();
    m_provisional = false;
    endRemoveRows();
}

qsizetype AuditLogModel::ingest(const QByteArray &data, bool wholeFile, qsizetype fileStart,
                                QList<Record> &arrived, QList<int> &recoveredRows,
                                const QString &anchorProblem)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype newline = data.indexOf('\n', pos);
        if (newline < 0) {
            if (!wholeFile)
                break; // the current file's incomplete last line: see readAppended()
            newline = data.size(); // a rotated file never grows again: its last line is final
        }
        Record record = parseLine(data.mid(pos, newline - pos), m_chain);
        pos = std::min<qsizetype>(newline + 1, data.size());
        if (!anchorProblem.isEmpty() && record.line == 1) {
            record.state = RecordState::Broken;
            record.problem = anchorProblem;
        }
        if (record.seq >= 0 && record.state == RecordState::Valid
            && record.action == QLatin1StringView(AuditJournal::RecoveredAction)) {
            // The recovery record names the torn lines of its own file that it documents.
            const QJsonObject details = QJsonDocument::fromJson(record.details).object();
            const QJsonArray torn = details.value(QStringLiteral("torn")).toArray();
            for (const QJsonValue &t : torn) {
                const qint64 line = t.toObject().value(QStringLiteral("line")).toInteger();
                if (const auto row = m_rowOfLine.constFind(line);
                    fileStart == 0 && row != m_rowOfLine.cend()) {
                    recoveredRows.append(row.value());
                    continue;
                }
                for (qsizetype i = fileStart; i < arrived.size(); ++i) {
                    Record &pending = arrived[i];
                    if (pending.line == line && pending.state == RecordState::Torn)
                        pending.state = RecordState::Recovered;
                }
            }
        }
        arrived.append(std::move(record));
    }
    return pos;
}

void AuditLogModel::readAppended()
{
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    // Missing (not created yet, or between a rotation's rename and the new file): keep
    // what is shown; the next file is judged by its first line.
    if (!file.open(QIODevice::ReadOnly))
        return;
    watch();
    const QByteArray head = file.readLine();

    QList<Record> arrived;
    QList<int> recoveredRows;
    qsizetype currentFileStart = 0; ///< where the current file's records begin in arrived
    if (m_offset > 0 && (file.size() < m_offset || head != m_firstLine)) {
        // Another file at the path. If the one being read was rotated, read the rest of it
        // and of any file rotated after it, then the new one: the rows simply continue.
        QStringList rotated = AuditJournal::files(m_path);
        if (!rotated.isEmpty() && QFileInfo(rotated.constLast()) == QFileInfo(m_path))
            rotated.removeLast();
        qsizetype k = rotated.size() - 1;
        for (; k >= 0; --k) {
            QFile candidate(rotated.at(k));
            if (candidate.open(QIODevice::ReadOnly) && candidate.readLine() == m_firstLine)
                break;
        }
        if (k < 0) {
            resetModel(); // replaced by an unrelated file: start over
        } else {
            dropProvisional();
            for (qsizetype i = k; i < rotated.size(); ++i) {
                QFile older(rotated.at(i));
                if (!older.open(QIODevice::ReadOnly) || !older.seek(i == k ? m_offset : 0))
                    break;
                if (i != k) {
                    m_chain.lines = 0;
                    m_rowOfLine.clear();
                }
                const qsizetype fileStart = i == k ? 0 : arrived.size();
                ingest(older.readAll(), true, fileStart, arrived, recoveredRows, {});
            }
            m_offset = 0;
            m_chain.lines = 0;
            m_rowOfLine.clear();
            m_firstLine.clear();
            currentFileStart = arrived.size();
        }
    }

    QString anchorProblem;
    if (m_offset == 0 && m_records.isEmpty() && arrived.isEmpty() && head.endsWith('\n'))
        anchorProblem = anchorOnRotation(head);
    if (file.size() > m_offset || m_provisional) {
        if (!file.seek(m_offset))
            return;
        const QByteArray data = file.readAll();
        if (!data.isEmpty()) {
            // The incomplete last line shown before is replaced by what it became.
            dropProvisional();
            if (m_offset == 0 && head.endsWith('\n'))
                m_firstLine = head;
            const qsizetype consumed = ingest(data, false, currentFileStart, arrived,
                                              recoveredRows, anchorProblem);
            m_offset += consumed;
            if (consumed < data.size()) {
                // No newline yet: a write in progress, or a record torn by a crash.
                Chain trial = m_chain;
                Record tail = parseLine(data.mid(consumed), trial);
                if (tail.seq < 0)
                    tail.problem = tr("The last line is incomplete (%1 bytes).")
                                       .arg(data.size() - consumed);
                arrived.append(std::move(tail));
                m_provisional = true;
            }
        }
    }

    for (int row : std::as_const(recoveredRows)) {
        if (m_records[row].state != RecordState::Torn)
            continue;
        m_records[row].state = RecordState::Recovered;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (arrived.isEmpty())
        return;
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(arrived.size()) - 1);
    for (qsizetype i = 0; i < arrived.size(); ++i) {
        Record &record = arrived[i];
        record.id = m_nextId++;
        const bool provisional = m_provisional && i == arrived.size() - 1;
        if (i >= currentFileStart && !provisional)
            m_rowOfLine.insert(record.line, int(m_records.size()));
        m_records.append(std::move(record));
    }
    endInsertRows();
    for (int row = first; row < m_records.size(); ++row) {
        const Record &record = m_records.at(row);
        if (record.state == RecordState::Broken || record.state == RecordState::Torn)
            Q_EMIT problemFound(row, record.problem);
    }
}

AuditLogModel::Record AuditLogModel::parseLine(const QByteArray &content, Chain &chain) const
{
    Record record;
    record.line = ++chain.lines;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        record.state = RecordState::Torn;
        record.summary = tr("Not a record (%n byte(s))", nullptr, int(content.size()));
        record.problem = tr("Line %1 is not a journal record.").arg(record.line);
        return record;
    }
    const QJsonObject object = document.object();
    record.seq = object.value(QStringLiteral("seq")).toInteger(-1);
    if (const Result<Timestamp> time =
            Timestamp::fromString(object.value(QStringLiteral("time")).toString()))
        record.time = time.value();
    record.actor = object.value(QStringLiteral("actor")).toString();
    record.action = object.value(QStringLiteral("action")).toString();
    record.mode = object.value(QStringLiteral("mode")).toString();
    const QJsonObject details = object.value(QStringLiteral("details")).toObject();
    record.summary = summarize(details);
    record.details = QJsonDocument(details).toJson(QJsonDocument::Indented);

    const QString hash = object.value(QStringLiteral("hash")).toString();
    QString problem;
    if (record.seq < 1 || record.time.isNull() || record.action.isEmpty() || hash.isEmpty()
        || !object.value(QStringLiteral("details")).isObject())
        problem = tr("The record lacks fields or has fields of the wrong type.");
    else if (record.seq != chain.expectedSeq)
        problem = tr("Expected seq %1, found %2: records are missing or out of order.")
                      .arg(chain.expectedSeq)
                      .arg(record.seq);
    else if (object.value(QStringLiteral("prev_hash")).toString() != chain.prevHash)
        problem = tr("prev_hash is not the previous record's hash: the chain is broken.");
    else if (hash != sha256Hex(AuditJournal::canonicalForm(object)))
        problem = tr("The hash does not match the content: the record was altered.");
    if (!problem.isEmpty()) {
        record.state = RecordState::Broken;
        record.problem = problem;
    }
    // Continue the chain from this record either way, so one defect is flagged once.
    if (record.seq >= 1)
        chain.expectedSeq = record.seq + 1;
    if (!hash.isEmpty())
        chain.prevHash = hash;
    return record;
}

int AuditLogModel::problemCount() const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(), [](const Record &r) {
        return r.state == RecordState::Broken || r.state == RecordState::Torn;
    }));
}

AuditLogModel::RecordState AuditLogModel::stateAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row).state : RecordState::Valid;
}

void AuditLogModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_records.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole});
}

QString AuditLogModel::summarize(const QJsonObject &details, int maxLength)
{
    QStringList parts;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        parts.append(it.key() + u'=' + summarizeValue(it.value(), 1));
    QString text = parts.join(QStringLiteral(", "));
    text.replace(u'\n', u' ');
    if (maxLength > 1 && text.size() > maxLength)
        text = text.left(maxLength - 1) + u'…';
    return text;
}

QString AuditLogModel::stateText(const Record &record) const
{
    switch (record.state) {
    case RecordState::Valid: return tr("OK");
    case RecordState::Torn: return tr("Torn");
    case RecordState::Recovered: return tr("Torn (recovered)");
    case RecordState::Broken: return tr("Broken");
    }
    return {};
}

// --- QAbstractItemModel

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record &record = m_records.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Seq: return record.seq >= 1 ? QString::number(record.seq) : QString();
        case Time:
            return record.time.isNull()
                       ? QString()
                       : m_locale.toString(record.time.toDateTime().toLocalTime(),
                                           QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Actor: return record.actor;
        case Action: return record.action;
        case Mode: return record.mode;
        case Details: return record.summary;
        case Status: return stateText(record);
        default: return {};
        }
    case SortRole:
        switch (column) {
        case Seq: return QVariant::fromValue(record.seq >= 1 ? record.seq : qint64(-1));
        case Time:
            return record.time.isNull() ? QVariant()
                                        : QVariant::fromValue(qint64(record.time.epochNanos()));
        case Status: return int(record.state);
        default: return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return QVariant::fromValue(record.id);
    case LineRole:
        return QVariant::fromValue(record.line);
    case StateRole:
        return int(record.state);
    case DetailsRole:
        return QString::fromUtf8(record.details);
    case Qt::ToolTipRole:
        if (!record.problem.isEmpty() && (column == Status || column == Details))
            return record.problem;
        if (column == Details && !record.details.isEmpty())
            return QString::fromUtf8(record.details);
        if (column == Time && !record.time.isNull())
            return record.time.toString(); // the exact instant as written
        return {};
    case Qt::ForegroundRole:
        if (record.state == RecordState::Broken || record.state == RecordState::Torn)
            return QBrush(problemColor());
        if (record.state == RecordState::Recovered)
            return QBrush(mutedColor());
        return {};
    case Qt::TextAlignmentRole:
        return column == Seq ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq: return tr("Seq");
    case Time: return tr("Time");
    case Actor: return tr("Actor");
    case Action: return tr("Action");
    case Mode: return tr("Mode");
    case Details: return tr("Details");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace Elson
