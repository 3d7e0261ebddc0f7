// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchlistmodel.h"

#include "decimalformatter.h"
#include "marketdataservice.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace Elson {

namespace {

// Raw values for sorting, as the other models give them: decimals as 10⁻⁹ units,
// instants as epoch nanoseconds (both qint64: exact and ordered by the proxies).
QVariant raw(const std::optional<Decimal> &value)
{
    if (!value || !value->isValid())
        return {};
    return QVariant::fromValue(qint64(value->units()));
}

QVariant raw(const Timestamp &time)
{
    return time.isNull() ? QVariant() : QVariant::fromValue(qint64(time.epochNanos()));
}

bool darkPalette()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Base).lightness() < 128;
}

/** A readable green/red on the palette in use (brighter shades on a dark background). */
QColor toneFor(int sign)
{
    const bool dark = darkPalette();
    if (sign > 0)
        return dark ? QColor(0x4c, 0xd0, 0x7d) : QColor(0x1b, 0x7f, 0x3b);
    return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

std::optional<Decimal> positivePrice(const Decimal &price)
{
    // Alpaca writes 0 for "no bid" / "no ask".
    if (!price.isValid() || !price.isPositive())
        return std::nullopt;
    return price;
}

bool isNumberColumn(int column)
{
    return column != WatchlistModel::Symbol && column != WatchlistModel::Updated;
}

} // namespace

WatchlistModel::WatchlistModel(QObject *parent) : QAbstractTableModel(parent)
{
    // Any change of the rows is a change of what the service should watch.
    connect(this, &QAbstractItemModel::rowsInserted, this, [this] { pushSymbols(); });
    connect(this, &QAbstractItemModel::rowsRemoved, this, [this] { pushSymbols(); });
    connect(this, &QAbstractItemModel::rowsMoved, this, [this] { pushSymbols(); });
}

WatchlistModel::~WatchlistModel() = default;

// --- rows

QStringList WatchlistModel::symbols() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append(row.symbol);
    return out;
}

int WatchlistModel::rowOf(const QString &symbol) const
{
    return m_index.value(symbol.trimmed().toUpper(), -1);
}

void WatchlistModel::rebuildIndex(int from)
{
    for (int i = std::max(from, 0); i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).symbol, i);
}

bool WatchlistModel::addSymbol(const QString &symbol)
{
    const QString s = symbol.trimmed().toUpper();
    if (s.isEmpty() || m_index.contains(s))
        return false;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row { s, {}, {}, {}, {}, {}, {}, {}, {} });
    m_index.insert(s, row);
    endInsertRows();
    return true;
}

bool WatchlistModel::removeSymbol(const QString &symbol)
{
    const int row = rowOf(symbol);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_index.remove(m_rows.at(row).symbol);
    m_rows.removeAt(row);
    rebuildIndex(row);
    endRemoveRows();
    return true;
}

void WatchlistModel::setSymbols(const QStringList &symbols)
{
    QStringList wanted;
    for (const QString &symbol : symbols) {
        const QString s = symbol.trimmed().toUpper();
        if (!s.isEmpty() && !wanted.contains(s))
            wanted.append(s);
    }
    const QSet<QString> keep(wanted.cbegin(), wanted.cend());
    // Departures first, from the bottom so the rows above keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!keep.contains(m_rows.at(row).symbol))
            removeSymbol(m_rows.at(row).symbol);
    }
    // Then walk the wanted order: move rows that are elsewhere, insert the new ones.
    for (int target = 0; target < wanted.size(); ++target) {
        const QString &symbol = wanted.at(target);
        const int current = m_index.value(symbol, -1);
        if (current == target)
            continue;
        if (current < 0) {
            beginInsertRows({}, target, target);
            m_rows.insert(target, Row { symbol, {}, {}, {}, {}, {}, {}, {}, {} });
            rebuildIndex(target);
            endInsertRows();
            continue;
        }
        // current > target: everything before target is already in place.
        beginMoveRows({}, current, current, {}, target);
        m_rows.move(current, target);
        rebuildIndex(target);
        endMoveRows();
    }
}

void WatchlistModel::setService(MarketDataService *service)
{
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (!service)
        return;
    connect(service, &MarketDataService::quoteUpdated, this, &WatchlistModel::applyQuote);
    connect(service, &MarketDataService::tradeUpdated, this, &WatchlistModel::applyTrade);
    connect(service, &MarketDataService::snapshotUpdated, this, &WatchlistModel::applySnapshot);
    connect(service, &MarketDataService::dataCleared, this, &WatchlistModel::clearValues);
    pushSymbols();
    // What the service already knows shows at once.
    for (const Row &row : std::as_const(m_rows)) {
        if (const std::optional<Snapshot> snapshot = service->snapshot(row.symbol))
            applySnapshot(row.symbol, *snapshot);
        else if (const std::optional<Quote> quote = service->quote(row.symbol))
            applyQuote(row.symbol, *quote);
    }
}

void WatchlistModel::pushSymbols()
{
    if (m_service)
        m_service->setWatchlist(symbols());
}

// --- values

bool WatchlistModel::quoteIsNewer(const Row &row, const Quote &quote)
{
    return row.quoteTime.isNull() || quote.time.isNull() || quote.time >= row.quoteTime;
}

void WatchlistModel::applyQuote(const QString &symbol, const Quote &quote)
{
    const int index = rowOf(symbol);
    if (index < 0 || !quoteIsNewer(m_rows.at(index), quote))
        return;
    Row next = m_rows.at(index);
    next.bid = positivePrice(quote.bidPrice);
    next.ask = positivePrice(quote.askPrice);
    next.quoteTime = quote.time;
    if (!quote.time.isNull() && (next.updated.isNull() || quote.time > next.updated))
        next.updated = quote.time;
    update(index, next);
}

void WatchlistModel::applyTrade(const QString &symbol, const MarketTrade &trade)
{
    const int index = rowOf(symbol);
    if (index < 0)
        return;
    const Row &row = m_rows.at(index);
    if (!row.tradeTime.isNull() && !trade.time.isNull() && trade.time < row.tradeTime)
        return;
    Row next = row;
    next.last = positivePrice(trade.price);
    next.tradeTime = trade.time;
    if (!trade.time.isNull() && (next.updated.isNull() || trade.time > next.updated))
        next.updated = trade.time;
    update(index, next);
}

void WatchlistModel::applySnapshot(const QString &symbol, const Snapshot &snapshot)
{
    const int index = rowOf(symbol);
    if (index < 0)
        return;
    Row next = m_rows.at(index);
    if (snapshot.latestQuote && quoteIsNewer(next, *snapshot.latestQuote)) {
        next.bid = positivePrice(snapshot.latestQuote->bidPrice);
        next.ask = positivePrice(snapshot.latestQuote->askPrice);
        next.quoteTime = snapshot.latestQuote->time;
    }
    if (snapshot.latestTrade
        && (next.tradeTime.isNull() || snapshot.latestTrade->time >= next.tradeTime)) {
        next.last = positivePrice(snapshot.latestTrade->price);
        next.tradeTime = snapshot.latestTrade->time;
    }
    if (snapshot.prevDailyBar)
        next.previousClose = positivePrice(snapshot.prevDailyBar->close);
    if (snapshot.dailyBar)
        next.volume = snapshot.dailyBar->volume;
    next.updated = std::max(next.quoteTime, next.tradeTime);
    update(index, next);
}

void WatchlistModel::clearValues()
{
    for (int i = 0; i < m_rows.size(); ++i)
        update(i, Row { m_rows.at(i).symbol, {}, {}, {}, {}, {}, {}, {}, {} });
}

void WatchlistModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole});
}

void WatchlistModel::update(int row, const Row &next)
{
    const Row before = m_rows.at(row);
    m_rows[row] = next;
    // One dataChanged per run of adjacent changed cells: views repaint only those.
    int first = -1;
    const auto flush = [&](int end) {
        if (first < 0)
            return;
        Q_EMIT dataChanged(index(row, first), index(row, end - 1),
                           {Qt::DisplayRole, SortRole, Qt::ForegroundRole, Qt::ToolTipRole});
        first = -1;
    };
    for (int column = Bid; column < ColumnCount; ++column) {
        const bool changed = sortValue(before, column) != sortValue(next, column);
        if (changed && first < 0)
            first = column;
        else if (!changed)
            flush(column);
    }
    flush(ColumnCount);
}

std::optional<Decimal> WatchlistModel::change(const Row &row)
{
    if (!row.last || !row.previousClose)
        return std::nullopt;
    const Result<Decimal> diff = row.last->checkedSub(*row.previousClose);
    return diff ? std::optional<Decimal>(diff.value()) : std::nullopt;
}

std::optional<Decimal> WatchlistModel::changeRatio(const Row &row)
{
    const std::optional<Decimal> diff = change(row);
    if (!diff || !row.previousClose || row.previousClose->isZero())
        return std::nullopt;
    const Result<Decimal> ratio = diff->checkedDiv(*row.previousClose, 6);
    return ratio ? std::optional<Decimal>(ratio.value()) : std::nullopt;
}

QVariant WatchlistModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case Symbol: return row.symbol;
    case Bid: return raw(row.bid);
    case Ask: return raw(row.ask);
    case Last: return raw(row.last);
    case Change: return raw(change(row));
    case ChangePercent: return raw(changeRatio(row));
    case Volume: return row.volume ? QVariant::fromValue(*row.volume) : QVariant();
    case Updated: return raw(row.updated);
    default: return {};
    }
}

QString WatchlistModel::display(const Row &row, int column) const
{
    const auto price = [this](const std::optional<Decimal> &value) {
        return value ? DecimalFormatter::price(*value, m_locale) : QString();
    };
    switch (column) {
    case Symbol: return row.symbol;
    case Bid: return price(row.bid);
    case Ask: return price(row.ask);
    case Last: return price(row.last);
    case Change: {
        const std::optional<Decimal> diff = change(row);
        if (!diff)
            return {};
        const QString text = DecimalFormatter::format(*diff, m_locale, 2, 4);
        return diff->isPositive() ? m_locale.positiveSign() + text : text;
    }
    case ChangePercent: {
        const std::optional<Decimal> ratio = changeRatio(row);
        if (!ratio)
            return {};
        const QString text = DecimalFormatter::percent(*ratio, m_locale, 2);
        return ratio->isPositive() ? m_locale.positiveSign() + text : text;
    }
    case Volume:
        return row.volume ? DecimalFormatter::quantity(Decimal::fromInt(*row.volume), m_locale)
                          : QString();
    case Updated:
        return row.updated.isNull()
                   ? QString()
                   : m_locale.toString(row.updated.toDateTime().toLocalTime().time(),
                                       QStringLiteral("HH:mm:ss"));
    default: return {};
    }
}

// --- QAbstractItemModel

int WatchlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WatchlistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchlistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case IdRole:
        return row.symbol;
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        if (column != Change && column != ChangePercent)
            return {};
        const std::optional<Decimal> diff = change(row);
        if (!diff || diff->isZero())
            return {};
        return QBrush(toneFor(diff->sign()));
    }
    case Qt::ToolTipRole:
        if (column == Updated && !row.updated.isNull())
            return m_locale.toString(row.updated.toDateTime().toLocalTime(), QLocale::LongFormat);
        if (column == Last && row.last)
            return row.last->toString(); // the exact value
        return {};
    default:
        return {};
    }
}

QVariant WatchlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isNumberColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Symbol: return tr("Symbol");
    case Bid: return tr("Bid");
    case Ask: return tr("Ask");
    case Last: return tr("Last");
    case Change: return tr("Change");
    case ChangePercent: return tr("Change %");
    case Volume: return tr("Volume");
    case Updated: return tr("Updated");
    default: return {};
    }
}

QHash<int, QByteArray> WatchlistModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(IdRole, "symbol");
    return names;
}

} // namespace Elson
