// SPDX-License-Identifier: GPL-3.0-or-later
#include "broker.h"

namespace Elson {

Broker::Broker(QObject *parent) : QObject(parent) { }

Broker::~Broker() = default;

QString Broker::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Sim:
        return QStringLiteral("sim");
    case Mode::Paper:
        return QStringLiteral("paper");
    case Mode::Live:
        return QStringLiteral("live");
    }
    return {};
}

QFuture<Result<Broker::Preview>> Broker::previewTrade(Trade trade, QSet<QString> acknowledged)
{
    Q_UNUSED(trade)
    Q_UNUSED(acknowledged)
    Error error;
    error.code = Error::Code::Internal;
    error.field = QStringLiteral("broker");
    error.message = tr("This broker cannot preview orders.");
    return QtFuture::makeReadyFuture(Result<Preview>(error));
}

QFuture<Result<Order>> Broker::placeBracketOrder(Trade trade, const Decimal &takeProfit,
                                                 const Decimal &stopLoss,
                                                 std::optional<Decimal> stopLimit,
                                                 QSet<QString> acknowledged)
{
    trade.orderClass = OrderClass::Bracket;
    trade.takeProfitLimitPrice = takeProfit;
    trade.stopLossStopPrice = stopLoss;
    trade.stopLossLimitPrice = std::move(stopLimit);
    return executeTrade(std::move(trade), std::move(acknowledged));
}

QFuture<Result<Order>> Broker::placeTrailingStop(Trade trade, const Decimal &amount, TrailUnit unit,
                                                 QSet<QString> acknowledged)
{
    trade.orderType = OrderType::TrailingStop;
    trade.limitPrice.reset();
    trade.stopPrice.reset();
    if (unit == TrailUnit::Price) {
        trade.trailPrice = amount;
        trade.trailPercent.reset();
    } else {
        trade.trailPercent = amount;
        trade.trailPrice.reset();
    }
    return executeTrade(std::move(trade), std::move(acknowledged));
}

} // namespace Elson
