// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordersmodel.h"

#include "cellformat.h"
#include "decimalformatter.h"
#include "keyedrows.h"

namespace Elson {

namespace {

bool isNumeric(int column)
{
    switch (column) {
    case OrdersModel::Qty:
    case OrdersModel::FilledQty:
    case OrdersModel::LimitPrice:
    case OrdersModel::StopPrice:
    case OrdersModel::Trail:
    case OrdersModel::AvgFillPrice:
        return true;
    default:
        return false;
    }
}

QString statusText(const Order &o)
{
    return o.status == OrderStatus::Unknown ? o.rawStatus : enumDisplayName(o.status);
}

const Timestamp &submitted(const Order &o)
{
    return o.submittedAt.isNull() ? o.createdAt : o.submittedAt;
}

} // namespace

// --- the stores syncKeyedRows() drives --------------------------------------------------------

struct OrdersModel::LegStore
{
    OrdersModel *model;
    Node *node;
    RowChangeSet changes;

    [[nodiscard]] QModelIndex parentIndex() const { return model->createIndex(node->row, 0, nullptr); }
    [[nodiscard]] qsizetype size() const { return node->order.legs.size(); }
    [[nodiscard]] QString keyAt(qsizetype row) const { return node->order.legs.at(row).id; }
    [[nodiscard]] static QString keyOf(const Order &order) { return order.id; }
    void removeRows(qsizetype first, qsizetype count)
    {
        model->beginRemoveRows(parentIndex(), int(first), int(first + count - 1));
        node->order.legs.remove(first, count);
        model->endRemoveRows();
    }
    void insertRows(qsizetype at, QList<Order> items)
    {
        model->beginInsertRows(parentIndex(), int(at), int(at + items.size() - 1));
        node->order.legs.insert(at, items.size(), Order{});
        std::move(items.begin(), items.end(), node->order.legs.begin() + at);
        model->endInsertRows();
    }
    void updateRow(qsizetype row, const Order &leg)
    {
        Order &current = node->order.legs[row];
        if (current == leg)
            return;
        const quint64 columns = model->changedColumns(current, leg, true);
        current = leg;
        changes.add(int(row), columns);
    }
    void updatesDone()
    {
        const QModelIndex parent = parentIndex();
        changes.flush(int(size()), [this, &parent](int top, int left, int bottom, int right) {
            Q_EMIT model->dataChanged(model->index(top, left, parent),
                                      model->index(bottom, right, parent));
        });
    }
};

struct OrdersModel::TopStore
{
    OrdersModel *model;

    [[nodiscard]] qsizetype size() const { return qsizetype(model->m_nodes.size()); }
    [[nodiscard]] QString keyAt(qsizetype row) const { return model->m_nodes[size_t(row)]->order.id; }
    [[nodiscard]] static QString keyOf(const Order &order) { return order.id; }
    void removeRows(qsizetype first, qsizetype count)
    {
        model->beginRemoveRows({}, int(first), int(first + count - 1));
        const auto begin = model->m_nodes.begin() + first;
        model->m_nodes.erase(begin, begin + count);
        model->renumber(first);
        model->endRemoveRows();
    }
    void insertRows(qsizetype at, QList<Order> items)
    {
        model->beginInsertRows({}, int(at), int(at + items.size() - 1));
        std::vector<std::unique_ptr<Node>> nodes;
        nodes.reserve(size_t(items.size()));
        for (Order &order : items)
            nodes.push_back(std::make_unique<Node>(Node{std::move(order), 0}));
        model->m_nodes.insert(model->m_nodes.begin() + at, std::make_move_iterator(nodes.begin()),
                              std::make_move_iterator(nodes.end()));
        model->renumber(at);
        model->endInsertRows();
    }
    void updateRow(qsizetype row, const Order &order)
    {
        Node *node = model->m_nodes[size_t(row)].get();
        if (node->order == order)
            return;
        const quint64 columns = model->changedColumns(node->order, order, false);
        if (!std::equal(node->order.legs.cbegin(), node->order.legs.cend(), order.legs.cbegin(),
                        order.legs.cend())) {
            LegStore legs{model, node, {}};
            syncKeyedRows<Order>(legs, order.legs);
        }
        // The legs now equal the incoming ones (and share their data): take the rest.
        node->order = order;
        model->m_changes.add(int(row), columns);
    }
    void updatesDone()
    {
        model->m_changes.flush(int(size()), [this](int top, int left, int bottom, int right) {
            Q_EMIT model->dataChanged(model->index(top, left), model->index(bottom, right));
        });
    }
};

// --- OrdersModel -------------------------------------------------------------------------------

OrdersModel::OrdersModel(QObject *parent) : QAbstractItemModel(parent) {}

OrdersModel::~OrdersModel() = default;

void OrdersModel::apply(const QList<Order> &orders)
{
    TopStore store{this};
    syncKeyedRows<Order>(store, orders);
    rebuildIndex();
}

void OrdersModel::clear()
{
    if (m_nodes.empty())
        return;
    beginResetModel();
    m_nodes.clear();
    m_index.clear();
    m_legOf.clear();
    endResetModel();
}

void OrdersModel::renumber(qsizetype from)
{
    for (size_t i = size_t(from); i < m_nodes.size(); ++i)
        m_nodes[i]->row = int(i);
}

void OrdersModel::rebuildIndex()
{
    m_index.clear();
    m_legOf.clear();
    m_index.reserve(qsizetype(m_nodes.size()));
    for (const auto &node : m_nodes) {
        m_index.insert(node->order.id, node->row);
        for (const Order &leg : std::as_const(node->order.legs))
            m_legOf.insert(leg.id, node.get());
    }
}

const Order *OrdersModel::orderAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto *node = static_cast<const Node *>(index.internalPointer());
    if (!node) {
        if (index.row() < 0 || size_t(index.row()) >= m_nodes.size())
            return nullptr;
        return &m_nodes[size_t(index.row())]->order;
    }
    if (index.row() < 0 || index.row() >= node->order.legs.size())
        return nullptr;
    return &node->order.legs.at(index.row());
}

QModelIndex OrdersModel::indexOfOrder(const QString &orderId, int column) const
{
    if (const auto top = m_index.constFind(orderId); top != m_index.cend())
        return index(top.value(), column);
    const Node *node = m_legOf.value(orderId);
    if (!node)
        return {};
    const QList<Order> &legs = node->order.legs;
    for (int i = 0; i < legs.size(); ++i) {
        if (legs.at(i).id == orderId)
            return createIndex(i, column, node);
    }
    return {};
}

bool OrdersModel::isOpen(const Order &order)
{
    if (!isTerminal(order.status))
        return true;
    return std::any_of(order.legs.cbegin(), order.legs.cend(),
                       [](const Order &leg) { return !isTerminal(leg.status); });
}

void OrdersModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (m_nodes.empty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_nodes.size()) - 1, ColumnCount - 1));
    for (const auto &node : m_nodes) {
        if (!node->order.legs.isEmpty()) {
            const QModelIndex parent = index(node->row, 0);
            Q_EMIT dataChanged(index(0, 0, parent),
                               index(int(node->order.legs.size()) - 1, ColumnCount - 1, parent));
        }
    }
}

QModelIndex OrdersModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (size_t(row) >= m_nodes.size())
            return {};
        return createIndex(row, column, nullptr);
    }
    // Only top-level rows have children, and only through column 0.
    if (parent.internalPointer() || parent.column() != 0 || parent.row() < 0
        || size_t(parent.row()) >= m_nodes.size())
        return {};
    const Node *node = m_nodes[size_t(parent.row())].get();
    if (row >= node->order.legs.size())
        return {};
    return createIndex(row, column, node);
}

QModelIndex OrdersModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto *node = static_cast<const Node *>(child.internalPointer());
    if (!node)
        return {};
    return createIndex(node->row, 0, nullptr);
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    const Order *order = orderAt(parent);
    return order ? int(order->legs.size()) : 0;
}

int OrdersModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Order *order = orderAt(index);
    if (!order)
        return {};
    return cellData(*order, index.column(), role, index.internalPointer() != nullptr);
}

QVariant OrdersModel::cellData(const Order &o, int column, int role, bool isLeg) const
{
    const QLocale &loc = m_locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SubmittedAt: return CellFormat::dateTime(submitted(o), loc);
        case Symbol: return o.symbol;
        case Side: return o.side == OrderSide::Buy ? tr("Buy") : tr("Sell");
        case Type: return enumDisplayName(o.type);
        case Qty:
            if (o.qty)
                return CellFormat::quantity(o.qty, loc);
            return o.notional ? DecimalFormatter::money(*o.notional, loc) : QString();
        case FilledQty: return CellFormat::quantity(o.filledQty, loc);
        case LimitPrice: return CellFormat::price(o.limitPrice, loc);
        case StopPrice: return CellFormat::price(o.stopPrice, loc);
        case Trail:
            if (o.trailPercent)
                return QString(DecimalFormatter::format(*o.trailPercent, loc, 0, 4) + loc.percent());
            return CellFormat::price(o.trailPrice, loc);
        case TimeInForce: {
            QString tif = QString(enumToWire(o.timeInForce)).toUpper();
            return o.extendedHours ? tr("%1 + ext").arg(tif) : tif;
        }
        case Status: return statusText(o);
        case OrderClass:
            switch (o.orderClass) {
            case Elson::OrderClass::Oco: return QStringLiteral("OCO");
            case Elson::OrderClass::Oto: return QStringLiteral("OTO");
            case Elson::OrderClass::Simple: return isLeg ? tr("Leg") : tr("Simple");
            default: return enumDisplayName(o.orderClass);
            }
        case AvgFillPrice: return CellFormat::price(o.filledAvgPrice, loc);
        case ClientOrderId: return o.clientOrderId;
        default: return {};
        }
    case SortRole:
        switch (column) {
        case SubmittedAt: return CellFormat::raw(submitted(o));
        case Symbol: return o.symbol;
        case Side: return int(o.side);
        case Type: return int(o.type);
        case Qty: return CellFormat::raw(o.qty ? o.qty : o.notional);
        case FilledQty: return CellFormat::raw(o.filledQty);
        case LimitPrice: return CellFormat::raw(o.limitPrice);
        case StopPrice: return CellFormat::raw(o.stopPrice);
        case Trail: return CellFormat::raw(o.trailPercent ? o.trailPercent : o.trailPrice);
        case TimeInForce: return int(o.timeInForce);
        case Status: return statusText(o);
        case OrderClass: return int(o.orderClass);
        case AvgFillPrice: return CellFormat::raw(o.filledAvgPrice);
        case ClientOrderId: return o.clientOrderId;
        default: return {};
        }
    case IdRole:
        return o.id;
    case OpenRole:
        return isOpen(o);
    case SymbolRole:
        return o.symbol;
    case Qt::ForegroundRole:
        switch (column) {
        case Side:
            return CellFormat::color(o.side == OrderSide::Buy ? CellFormat::Tone::Gain
                                                              : CellFormat::Tone::Loss);
        case Status: return CellFormat::statusColor(o.status);
        default:
            // A finished order reads as history.
            return isTerminal(o.status) && !isOpen(o) ? CellFormat::color(CellFormat::Tone::Muted)
                                                      : QVariant();
        }
    case Qt::ToolTipRole:
        switch (column) {
        case SubmittedAt: {
            QString tip = submitted(o).toString();
            if (!o.updatedAt.isNull() && o.updatedAt != submitted(o))
                tip += u'\n' + tr("Updated %1").arg(o.updatedAt.toString());
            return tip;
        }
        case Qty:
            return o.qty ? CellFormat::exact(o.qty)
                         : tr("Notional order: %1 dollars").arg(CellFormat::exact(o.notional));
        case FilledQty: return CellFormat::exact(o.filledQty);
        case LimitPrice: return CellFormat::exact(o.limitPrice);
        case StopPrice:
            if (o.type == OrderType::TrailingStop && o.hwm)
                return tr("Stop %1, computed from the high-water mark %2")
                    .arg(CellFormat::exact(o.stopPrice), CellFormat::exact(o.hwm));
            return CellFormat::exact(o.stopPrice);
        case Trail:
            if (o.trailPercent)
                return tr("Trails by %1 percent").arg(CellFormat::exact(o.trailPercent));
            if (o.trailPrice)
                return tr("Trails by %1 dollars").arg(CellFormat::exact(o.trailPrice));
            return {};
        case TimeInForce:
            return o.extendedHours ? tr("%1, extended hours").arg(enumDisplayName(o.timeInForce))
                                   : enumDisplayName(o.timeInForce);
        case Status:
            if (o.status == OrderStatus::Held)
                return tr("Held: waiting for another order (a bracket's parent or an OCO/OTO leg)");
            if (!o.replacedBy.isEmpty())
                return tr("Replaced by %1").arg(o.replacedBy);
            return {};
        case OrderClass: return enumDisplayName(o.orderClass);
        case AvgFillPrice: return CellFormat::exact(o.filledAvgPrice);
        case ClientOrderId: return tr("Order id %1").arg(o.id);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? CellFormat::numberAlignment() : CellFormat::textAlignment();
    default:
        return {};
    }
}

quint64 OrdersModel::changedColumns(const Order &before, const Order &after, bool isLeg) const
{
    static constexpr int Roles[] = {Qt::DisplayRole, SortRole, Qt::ForegroundRole, Qt::ToolTipRole,
                                    OpenRole};
    quint64 mask = 0;
    for (int column = 0; column < ColumnCount; ++column) {
        for (const int role : Roles) {
            if (cellData(before, column, role, isLeg) != cellData(after, column, role, isLeg)) {
                mask |= quint64(1) << column;
                break;
            }
        }
    }
    return mask;
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? CellFormat::numberAlignment() : CellFormat::textAlignment();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case SubmittedAt: return tr("Submitted");
    case Symbol: return tr("Symbol");
    case Side: return tr("Side");
    case Type: return tr("Type");
    case Qty: return tip ? tr("Quantity, or the dollar amount of a notional order") : tr("Qty");
    case FilledQty: return tr("Filled");
    case LimitPrice: return tr("Limit");
    case StopPrice: return tr("Stop");
    case Trail: return tip ? tr("Trailing stop: trail price or percent") : tr("Trail");
    case TimeInForce: return tip ? tr("Time in force") : tr("TIF");
    case Status: return tr("Status");
    case OrderClass: return tr("Class");
    case AvgFillPrice: return tip ? tr("Average fill price") : tr("Avg fill");
    case ClientOrderId: return tr("Client order id");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Elson
