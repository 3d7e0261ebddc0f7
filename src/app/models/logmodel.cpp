// SPDX-License-Identifier: GPL-3.0-or-later
#include "logmodel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace Elson {

LogModel::LogModel(QObject *parent) : QAbstractTableModel(parent) { }

LogModel::~LogModel() = default;

QString LogModel::levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Info: return tr("Info");
    case LogLevel::Warning: return tr("Warning");
    case LogLevel::Error: return tr("Error");
    }
    return {};
}

void LogModel::append(LogLevel level, const QString &source, const QString &message)
{
    // Make room first, so the model never holds more than capacity() rows.
    trimTo(m_capacity - 1);
    Entry entry;
    entry.id = m_nextId++;
    entry.time = QDateTime::currentDateTime();
    entry.level = level;
    entry.source = source;
    entry.message = message.simplified(); // one line per row
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    ++m_counts[int(level)];
    endInsertRows();
    Q_EMIT entryAdded(level, source, m_entries.back().message);
}

void LogModel::appendError(const Elson::Error &error, const QString &source)
{
    QString message = error.toString();
    if (error.httpStatus != 0)
        message = tr("%1 (HTTP %2)").arg(message).arg(error.httpStatus);
    append(LogLevel::Error, source, message);
}

void LogModel::clear()
{
    if (!m_entries.empty()) {
        beginRemoveRows({}, 0, int(m_entries.size()) - 1);
        m_entries.clear();
        endRemoveRows();
    }
    m_counts[0] = m_counts[1] = m_counts[2] = 0;
}

void LogModel::setCapacity(int capacity)
{
    m_capacity = std::max(capacity, 1);
    trimTo(m_capacity);
}

void LogModel::trimTo(int rows)
{
    const int excess = int(m_entries.size()) - std::max(rows, 0);
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
    endRemoveRows();
}

int LogModel::count(LogLevel atLeast) const
{
    int total = 0;
    for (int level = int(atLeast); level <= int(LogLevel::Error); ++level)
        total += m_counts[level];
    return total;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return m_locale.toString(entry.time, QStringLiteral("HH:mm:ss"));
        case Level: return levelName(entry.level);
        case Source: return entry.source;
        case Message: return entry.message;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return m_locale.toString(entry.time, QLocale::LongFormat);
        if (index.column() == Message)
            return entry.message;
        return {};
    case SortRole:
        switch (index.column()) {
        case Time: return QVariant::fromValue(entry.time.toMSecsSinceEpoch());
        case Level: return int(entry.level);
        case Source: return entry.source;
        case Message: return entry.message;
        default: return {};
        }
    case IdRole:
        return QVariant::fromValue(entry.id);
    case LevelRole:
        return int(entry.level);
    case Qt::ForegroundRole: {
        if (entry.level == LogLevel::Info)
            return {};
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        if (entry.level == LogLevel::Error)
            return QBrush(dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28));
        return QBrush(dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x5b, 0x00));
    }
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Level: return tr("Level");
    case Source: return tr("Source");
    case Message: return tr("Message");
    default: return {};
    }
}

} // namespace Elson
