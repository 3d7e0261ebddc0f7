// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <deque>

namespace Elson {

/**
 * The terminal's log of errors, warnings and notices for the Log dock: time, level,
 * source ("orders", "market data", …) and message, newest last.
 *
 * Capped (capacity(), 5,000 rows by default): the oldest rows are removed with
 * beginRemoveRows before new ones are inserted. Only what is given is stored: Errors
 * are already masked by the layers that made them, and no request header or body is
 * ever added here.
 */
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { Time, Level, Source, Message, ColumnCount };
    Q_ENUM(Column)

    enum class LogLevel { Info, Warning, Error };
    Q_ENUM(LogLevel)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< epoch ms, level as int, text
        IdRole = Qt::UserRole + 2,   ///< a running entry number, unique for the model's life
        LevelRole = Qt::UserRole + 3, ///< LogLevel as int, for a filter proxy
    };

    static constexpr int DefaultCapacity = 5'000;

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    void append(LogLevel level, const QString &source, const QString &message);
    /** The error's field and message (Error::toString()), with its HTTP status if any. */
    void appendError(const Elson::Error &error, const QString &source);
    void clear();

    /** At least 1; shrinking drops the oldest rows at once. */
    void setCapacity(int capacity);
    [[nodiscard]] int capacity() const { return m_capacity; }
    /** Entries appended at @p level or worse since the last clear (for a badge). */
    [[nodiscard]] int count(LogLevel atLeast) const;

    void setLocale(const QLocale &locale) { m_locale = locale; }
    [[nodiscard]] static QString levelName(LogLevel level);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** A row was appended (after rowsInserted). */
    void entryAdded(Elson::LogModel::LogLevel level, const QString &source, const QString &message);

private:
    struct Entry
    {
        qint64 id = 0;
        QDateTime time;
        LogLevel level = LogLevel::Info;
        QString source;
        QString message;
    };

    void trimTo(int rows);

    std::deque<Entry> m_entries;
    int m_capacity = DefaultCapacity;
    qint64 m_nextId = 1;
    int m_counts[3] = {0, 0, 0};
    QLocale m_locale;
};

} // namespace Elson
