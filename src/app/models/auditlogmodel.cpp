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
    m_provisional = false;
}

void AuditLogModel::reload()
{
    beginResetModel();
    clearState();
    endResetModel();
    readAppended();
}

void AuditLogModel::watch()
{
    // The watcher drops a file that was replaced (rename over it): add it again.
    if (!m_path.isEmpty() && !m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void AuditLogModel::readAppended()
{
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!m_records.isEmpty() && !file.exists()) { // deleted: show that it is gone
            beginResetModel();
            clearState();
            endResetModel();
        }
        return;
    }
    watch();
    if (file.size() < m_offset) {
        // Shorter than what was read: replaced or truncated. Start over.
        beginResetModel();
        clearState();
        endResetModel();
    }
    const qint64 committedRows = m_records.size() - (m_provisional ? 1 : 0);
    if (file.size() == m_offset && !m_provisional)
        return;
    if (!file.seek(m_offset))
        return;
    const QByteArray data = file.readAll();
    if (m_provisional && data.size() == 0)
        return;

    // The incomplete last line shown before is replaced by what it became.
    if (m_provisional) {
        const int last = int(m_records.size()) - 1;
        beginRemoveRows({}, last, last);
        m_records.removeLast();
        m_provisional = false;
        endRemoveRows();
    }
    Q_ASSERT(m_records.size() == committedRows);

    QList<Record> arrived;
    QList<int> recoveredRows;
    qsizetype pos = 0;
    for (qsizetype newline = data.indexOf('\n'); newline >= 0;
         newline = data.indexOf('\n', pos)) {
        Record record = parseLine(data.mid(pos, newline - pos), m_chain);
        pos = newline + 1;
        if (record.seq >= 0 && record.state == RecordState::Valid
            && record.action == QLatin1StringView(AuditJournal::RecoveredAction)) {
            // The recovery record names the torn lines it documents.
            const QJsonObject details = QJsonDocument::fromJson(record.details).object();
            const QJsonArray torn = details.value(QStringLiteral("torn")).toArray();
            for (const QJsonValue &t : torn) {
                const qint64 line = t.toObject().value(QStringLiteral("line")).toInteger();
                if (const auto row = m_rowOfLine.constFind(line); row != m_rowOfLine.cend()) {
                    recoveredRows.append(row.value());
                } else {
                    for (Record &pending : arrived) {
                        if (pending.line == line && pending.state == RecordState::Torn)
                            pending.state = RecordState::Recovered;
                    }
                }
            }
        }
        arrived.append(std::move(record));
    }
    m_offset += pos;
    if (pos < data.size()) {
        // No newline yet: a write in progress, or a record torn by a crash.
        Chain trial = m_chain;
        Record tail = parseLine(data.mid(pos), trial);
        if (tail.seq < 0)
            tail.problem = tr("The last line is incomplete (%1 bytes).").arg(data.size() - pos);
        arrived.append(std::move(tail));
        m_provisional = true;
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
    for (Record &record : arrived) {
        if (!(m_provisional && &record == &arrived.last()))
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
