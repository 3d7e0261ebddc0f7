// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitiesmodel.h"

#include "cellformat.h"

#include <QIODevice>
#include <QTimeZone>

namespace Elson {

namespace {

bool isNumeric(int column)
{
    return column == ActivitiesModel::Qty || column == ActivitiesModel::Price
           || column == ActivitiesModel::NetAmount;
}

bool isBuy(const Activity &a)
{
    return a.side == u"buy";
}

qint64 sortInstant(const Activity &a)
{
    if (!a.transactionTime.isNull())
        return a.transactionTime.epochNanos();
    if (a.date.isValid())
        return QDateTime(a.date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1'000'000;
    return 0;
}

QString typeWire(const Activity &a)
{
    if (a.activityType == ActivityType::Unknown)
        return a.rawActivityType;
    return QString(enumToWire(a.activityType));
}

QString csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
                       || text.contains(u'\r');
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// Spreadsheets run a cell starting with one of these as a formula (CSV injection).
QString defused(const QString &text)
{
    if (!text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-'
            || text.front() == u'@' || text.front() == u'\t' || text.front() == u'\r'))
        return u'\'' + text;
    return text;
}

} // namespace

ActivitiesModel::ActivitiesModel(QObject *parent) : KeyedTableModel<Activity>(parent) {}

ActivitiesModel::~ActivitiesModel() = default;

void ActivitiesModel::apply(const QList<Activity> &activities)
{
    applyRows(activities);
}

const Activity *ActivitiesModel::activityAt(int row) const
{
    return row >= 0 && row < rows().size() ? &rows().at(row) : nullptr;
}

std::optional<Decimal> ActivitiesModel::netAmount(const Activity &activity)
{
    if (activity.netAmount)
        return activity.netAmount;
    if (!activity.isTrade() || !activity.qty || !activity.price)
        return std::nullopt;
    const Decimal value = *activity.qty * *activity.price;
    if (!value.isValid())
        return std::nullopt;
    return isBuy(activity) ? -value : value;
}

QVariant ActivitiesModel::cellData(const Activity &a, int column, int role) const
{
    const QLocale loc = locale();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Time:
            if (!a.transactionTime.isNull())
                return CellFormat::dateTime(a.transactionTime, loc);
            return a.date.isValid() ? loc.toString(a.date, QStringLiteral("yyyy-MM-dd")) : QString();
        case Type:
            if (a.isTrade())
                return a.fillType == u"partial_fill" ? tr("Partial fill") : tr("Fill");
            return a.activityType == ActivityType::Unknown ? a.rawActivityType
                                                           : enumDisplayName(a.activityType);
        case Symbol: return a.symbol;
        case Side:
            if (a.side == u"buy")
                return tr("Buy");
            if (a.side == u"sell")
                return tr("Sell");
            if (a.side == u"sell_short")
                return tr("Sell short");
            return a.side;
        case Qty: return CellFormat::quantity(a.qty, loc);
        case Price: return a.isTrade() ? CellFormat::price(a.price, loc)
                                       : CellFormat::price(a.perShareAmount, loc);
        case NetAmount: return CellFormat::signedMoney(netAmount(a), loc);
        case Description:
            if (!a.description.isEmpty() || !a.isTrade())
                return a.description;
            return a.orderId.isEmpty() ? QString() : tr("Order %1").arg(a.orderId);
        default: return {};
        }
    case SortRole:
        switch (column) {
        case Time: return QVariant::fromValue(sortInstant(a));
        case Type: return typeWire(a);
        case Symbol: return a.symbol;
        case Side: return a.side;
        case Qty: return CellFormat::raw(a.qty);
        case Price: return CellFormat::raw(a.isTrade() ? a.price : a.perShareAmount);
        case NetAmount: return CellFormat::raw(netAmount(a));
        case Description: return a.description;
        default: return {};
        }
    case Qt::ForegroundRole:
        if (column == NetAmount)
            return CellFormat::profitColor(netAmount(a));
        if (column == Side && !a.side.isEmpty())
            return CellFormat::color(isBuy(a) ? CellFormat::Tone::Progress : CellFormat::Tone::Attention);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Time: return a.transactionTime.isNull() ? QString() : a.transactionTime.toString();
        case Qty: return CellFormat::exact(a.qty);
        case Price: return CellFormat::exact(a.isTrade() ? a.price : a.perShareAmount);
        case NetAmount:
            if (!a.netAmount && netAmount(a))
                return tr("Quantity × price (the broker sends no net amount for fills)");
            return CellFormat::exact(a.netAmount);
        case Description:
            if (a.isTrade() && a.cumQty && a.leavesQty)
                return tr("Order %1: %2 filled, %3 left")
                    .arg(a.orderId, CellFormat::exact(a.cumQty), CellFormat::exact(a.leavesQty));
            return a.status;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? CellFormat::numberAlignment() : CellFormat::textAlignment();
    default:
        return {};
    }
}

QVariant ActivitiesModel::headerCell(int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return isNumeric(column) ? CellFormat::numberAlignment() : CellFormat::textAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Time: return tr("Time");
    case Type: return tr("Type");
    case Symbol: return tr("Symbol");
    case Side: return tr("Side");
    case Qty: return tr("Qty");
    case Price: return tr("Price");
    case NetAmount: return tr("Net amount");
    case Description: return tr("Description");
    case ColumnCount: break;
    }
    return {};
}

QString ActivitiesModel::toCsv() const
{
    static const QString Crlf = QStringLiteral("\r\n");
    QString out = QStringLiteral(
        "id,time,type,symbol,side,qty,price,net_amount,description,order_id,status") + Crlf;
    for (const Activity &a : rows()) {
        QString time;
        if (!a.transactionTime.isNull())
            time = a.transactionTime.toString();
        else if (a.date.isValid())
            time = a.date.toString(Qt::ISODate);
        const QStringList fields{
            a.id,
            time,
            typeWire(a),
            a.symbol,
            a.side,
            CellFormat::exact(a.qty),
            CellFormat::exact(a.isTrade() ? a.price : a.perShareAmount),
            CellFormat::exact(netAmount(a)),
            defused(a.description),
            a.orderId,
            a.isTrade() ? (a.orderStatus && *a.orderStatus != OrderStatus::Unknown
                               ? QString(enumToWire(*a.orderStatus))
                               : a.rawOrderStatus)
                        : a.status,
        };
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += u',';
            out += csvField(fields.at(i));
        }
        out += Crlf;
    }
    return out;
}

bool ActivitiesModel::exportCsv(QIODevice *device) const
{
    if (!device || !device->isOpen() || !device->isWritable())
        return false;
    const QByteArray bytes = toCsv().toUtf8();
    return device->write(bytes) == bytes.size();
}

} // namespace Elson
