// SPDX-License-Identifier: GPL-3.0-or-later
#include "positionsmodel.h"

#include "cellformat.h"

namespace Elson {

namespace {

bool isNumeric(int column)
{
    return column != PositionsModel::Symbol && column != PositionsModel::Side;
}

std::optional<Decimal> money2(const Decimal &value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.rounded(2);
}

std::optional<Decimal> ratio(const Decimal &numerator, const Decimal &denominator)
{
    if (!numerator.isValid() || !denominator.isValid() || denominator.isZero())
        return std::nullopt;
    const Decimal r = (numerator / denominator.abs()).rounded(6);
    if (!r.isValid())
        return std::nullopt;
    return r.normalized();
}

} // namespace

PositionsModel::PositionsModel(QObject *parent) : KeyedTableModel<Position>(parent) {}

PositionsModel::~PositionsModel() = default;

void PositionsModel::apply(const QList<Position> &positions)
{
    applyRows(positions);
}

Position PositionsModel::repriced(const Position &position, const Decimal &lastPrice)
{
    Position p = position;
    if (!lastPrice.isValid())
        return p;
    const Decimal value = p.qty * lastPrice;
    // What the day's P&L is measured from: yesterday's value, or the cost of what was
    // bought today. It does not move with the price, so it survives the reprice.
    std::optional<Decimal> dayBasis;
    if (p.marketValue && p.unrealizedIntradayPl)
        dayBasis = *p.marketValue - *p.unrealizedIntradayPl;

    p.currentPrice = lastPrice;
    p.marketValue = money2(value);
    const Decimal pl = value - p.costBasis;
    p.unrealizedPl = money2(pl);
    p.unrealizedPlpc = ratio(pl, p.costBasis);
    if (dayBasis && dayBasis->isValid()) {
        const Decimal intraday = value - *dayBasis;
        p.unrealizedIntradayPl = money2(intraday);
        p.unrealizedIntradayPlpc = ratio(intraday, *dayBasis);
    }
    if (p.lastdayPrice && p.lastdayPrice->isPositive())
        p.changeToday = ratio(lastPrice - *p.lastdayPrice, *p.lastdayPrice);
    return p;
}

void PositionsModel::applyQuote(const QString &symbol, const Decimal &lastPrice)
{
    const int row = rowOf(symbol);
    if (row < 0 || !lastPrice.isValid() || !lastPrice.isPositive())
        return;
    replaceRow(row, repriced(rows().at(row), lastPrice));
}

const Position *PositionsModel::positionAt(int row) const
{
    return row >= 0 && row < rows().size() ? &rows().at(row) : nullptr;
}

const Position *PositionsModel::position(const QString &symbol) const
{
    return positionAt(rowOf(symbol));
}

QVariant PositionsModel::cellData(const Position &p, int column, int role) const
{
    const QLocale loc = locale();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Symbol: return p.symbol;
        case Side: return p.side == PositionSide::Long ? tr("Long") : tr("Short");
        case Qty: return CellFormat::quantity(p.qty, loc);
        case AvgEntryPrice: return CellFormat::price(p.avgEntryPrice, loc);
        case CurrentPrice: return CellFormat::price(p.currentPrice, loc);
        case MarketValue: return CellFormat::money(p.marketValue, loc);
        case CostBasis: return CellFormat::money(p.costBasis, loc);
        case UnrealizedPl: return CellFormat::signedMoney(p.unrealizedPl, loc);
        case UnrealizedPlPercent: return CellFormat::signedPercent(p.unrealizedPlpc, loc);
        case DayPl: return CellFormat::signedMoney(p.unrealizedIntradayPl, loc);
        case DayPlPercent: return CellFormat::signedPercent(p.unrealizedIntradayPlpc, loc);
        default: return {};
        }
    case SortRole:
        switch (column) {
        case Symbol: return p.symbol;
        case Side: return p.side == PositionSide::Long ? 0 : 1;
        case Qty: return CellFormat::raw(p.qty);
        case AvgEntryPrice: return CellFormat::raw(p.avgEntryPrice);
        case CurrentPrice: return CellFormat::raw(p.currentPrice);
        case MarketValue: return CellFormat::raw(p.marketValue);
        case CostBasis: return CellFormat::raw(p.costBasis);
        case UnrealizedPl: return CellFormat::raw(p.unrealizedPl);
        case UnrealizedPlPercent: return CellFormat::raw(p.unrealizedPlpc);
        case DayPl: return CellFormat::raw(p.unrealizedIntradayPl);
        case DayPlPercent: return CellFormat::raw(p.unrealizedIntradayPlpc);
        default: return {};
        }
    case Qt::ForegroundRole:
        switch (column) {
        case Side: return p.side == PositionSide::Short ? CellFormat::color(CellFormat::Tone::Attention)
                                                        : QVariant();
        // Each figure by its own sign: a rounding-level ratio may read 0 beside a cent of P&L.
        case UnrealizedPl: return CellFormat::profitColor(p.unrealizedPl);
        case UnrealizedPlPercent: return CellFormat::profitColor(p.unrealizedPlpc);
        case DayPl: return CellFormat::profitColor(p.unrealizedIntradayPl);
        case DayPlPercent: return CellFormat::profitColor(p.unrealizedIntradayPlpc);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Symbol:
            return p.exchange.isEmpty() ? p.symbol : tr("%1 on %2").arg(p.symbol, p.exchange);
        case Qty:
            if (p.qtyAvailable && *p.qtyAvailable != p.qty)
                return tr("%1 shares, %2 not held by open orders")
                    .arg(CellFormat::exact(p.qty), CellFormat::exact(p.qtyAvailable));
            return CellFormat::exact(p.qty);
        case AvgEntryPrice: return CellFormat::exact(p.avgEntryPrice);
        case CurrentPrice:
            if (p.lastdayPrice)
                return tr("%1 (previous close %2, %3 today)")
                    .arg(CellFormat::exact(p.currentPrice), CellFormat::exact(p.lastdayPrice),
                         CellFormat::signedPercent(p.changeToday, locale()));
            return CellFormat::exact(p.currentPrice);
        case DayPl:
        case DayPlPercent:
            return tr("Unrealized P&L since the previous close (or since today's entry)");
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? CellFormat::numberAlignment() : CellFormat::textAlignment();
    default:
        return {};
    }
}

QVariant PositionsModel::headerCell(int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return isNumeric(column) ? CellFormat::numberAlignment() : CellFormat::textAlignment();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(column)) {
    case Symbol: return tr("Symbol");
    case Side: return tr("Side");
    case Qty: return tr("Qty");
    case AvgEntryPrice: return role == Qt::ToolTipRole ? tr("Average entry price") : tr("Avg entry");
    case CurrentPrice: return tr("Price");
    case MarketValue: return tr("Market value");
    case CostBasis: return tr("Cost basis");
    case UnrealizedPl: return role == Qt::ToolTipRole ? tr("Unrealized profit and loss") : tr("Unrealized P&L");
    case UnrealizedPlPercent: return tr("Unrealized %");
    case DayPl: return role == Qt::ToolTipRole ? tr("Today's unrealized profit and loss") : tr("Day P&L");
    case DayPlPercent: return tr("Day %");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Elson
