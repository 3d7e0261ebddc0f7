// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "markettrade.h"
#include "quote.h"
#include "snapshot.h"
#include "timestamp.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace Elson {

class MarketDataService;

/**
 * The watchlist: one row per symbol with its quote, last trade and the day's change and
 * volume (from the snapshot's daily and previous daily bars).
 *
 * Updates are incremental: applyQuote()/applyTrade()/applySnapshot() emit dataChanged()
 * over the cells whose value changed only, and symbols arrive and leave with
 * insert/remove/move rows, so selections and scroll positions survive. The model is
 * never reset by an update.
 *
 * Roles: DisplayRole is formatted for the locale, SortRole the raw value (Decimal,
 * qint64, QDateTime or QString) for QSortFilterProxyModel, IdRole the symbol,
 * ForegroundRole green/red on the change columns, TextAlignmentRole right for numbers.
 */
class WatchlistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistModel)

public:
    enum Column { Symbol, Bid, Ask, Last, Change, ChangePercent, Volume, Updated, ColumnCount };
    Q_ENUM(Column)

    enum Role { SortRole = Qt::UserRole + 1, IdRole = Qt::UserRole + 2 };

    explicit WatchlistModel(QObject *parent = nullptr);
    ~WatchlistModel() override;

    /** Makes the rows exactly @p symbols, in order, by inserting, removing and moving rows. */
    void setSymbols(const QStringList &symbols);
    [[nodiscard]] QStringList symbols() const;
    /** Appends @p symbol; false if it is empty or already listed. */
    bool addSymbol(const QString &symbol);
    /** Removes @p symbol; false if it is not listed. */
    bool removeSymbol(const QString &symbol);
    /** The row of @p symbol, or -1. */
    [[nodiscard]] int rowOf(const QString &symbol) const;

    /** Bid, ask and time from @p quote; ignored for a symbol not listed or an older quote. */
    void applyQuote(const QString &symbol, const Quote &quote);
    /** Last price (and so the change) from @p trade. */
    void applyTrade(const QString &symbol, const MarketTrade &trade);
    /** Quote, trade, previous close and the day's volume. */
    void applySnapshot(const QString &symbol, const Snapshot &snapshot);
    /** Forgets every value (a broker change), keeping the symbols. */
    void clearValues();

    /**
     * Follows @p service: its quotes, trades and snapshots update the rows, a broker change
     * clears the values, and the rows' symbols become the service's watchlist (now and after
     * every change). nullptr disconnects.
     */
    void setService(MarketDataService *service);

    /** The locale numbers are shown in (default: QLocale()). */
    void setLocale(const QLocale &locale);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString symbol;
        std::optional<Decimal> bid;
        std::optional<Decimal> ask;
        std::optional<Decimal> last;
        std::optional<Decimal> previousClose;
        std::optional<qint64> volume;
        Timestamp quoteTime;
        Timestamp tradeTime;
        Timestamp updated;
    };

    [[nodiscard]] static std::optional<Decimal> change(const Row &row);
    [[nodiscard]] static std::optional<Decimal> changeRatio(const Row &row);
    [[nodiscard]] QVariant sortValue(const Row &row, int column) const;
    [[nodiscard]] QString display(const Row &row, int column) const;
    /** Replaces row @p index with @p next and emits dataChanged over the cells that differ. */
    void update(int index, const Row &next);
    void rebuildIndex(int from);
    static bool quoteIsNewer(const Row &row, const Quote &quote);

    void pushSymbols();

    QPointer<MarketDataService> m_service;
    QList<Row> m_rows;
    QHash<QString, int> m_index; ///< symbol → row
    QLocale m_locale;
};

} // namespace Elson
