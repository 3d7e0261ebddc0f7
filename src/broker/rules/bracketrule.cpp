// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracketrule.h"

#include "orderexposure.h"

namespace Elson {

namespace {
const Decimal kPenny = Decimal::fromLiteral("0.01");
const QString kTakeProfit = QStringLiteral("take_profit.limit_price");
const QString kStopLoss = QStringLiteral("stop_loss.stop_price");
} // namespace

RuleResult BracketRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    const OrderClass cls = t.orderClass;
    const QString classField = QStringLiteral("order_class");
    const QString className = enumDisplayName(cls);
    const std::optional<Decimal> &tp = t.takeProfitLimitPrice;
    const std::optional<Decimal> &sl = t.stopLossStopPrice;

    // --- structure
    if (cls == OrderClass::Mleg) {
        return block(
            classField,
            tr("%1: multi-leg option orders are not supported.").arg(fieldLabel(classField)));
    }
    if (cls == OrderClass::Simple) {
        if (tp || sl || t.stopLossLimitPrice) {
            return block(classField,
                         tr("%1: take-profit and stop-loss legs need a bracket, OCO or "
                            "OTO order.")
                             .arg(fieldLabel(classField)));
        }
        return pass();
    }
    const QString typeField = QStringLiteral("type");
    if (t.orderType == OrderType::TrailingStop) {
        return block(typeField,
                     tr("%1: a trailing stop cannot be part of a %2 order.")
                         .arg(fieldLabel(typeField), className));
    }
    if (cls == OrderClass::Oco && t.orderType != OrderType::Limit) {
        return block(typeField,
                     tr("%1: an OCO order is a limit order (its take-profit), not %2.")
                         .arg(fieldLabel(typeField), enumDisplayName(t.orderType)));
    }
    if (cls != OrderClass::Oco && t.orderType != OrderType::Market
        && t.orderType != OrderType::Limit) {
        // §7.4: stop and stop_limit entries are unconfirmed; market or limit only.
        return block(typeField,
                     tr("%1: the entry of a %2 order must be a market or limit order.")
                         .arg(fieldLabel(typeField), className));
    }
    if (t.timeInForce != TimeInForce::Day && t.timeInForce != TimeInForce::Gtc) {
        const QString field = QStringLiteral("time_in_force");
        return block(
            field,
            tr("%1: %2 orders must be day or gtc orders.").arg(fieldLabel(field), className));
    }
    if (t.stopLossLimitPrice && !sl) {
        return block(kStopLoss,
                     tr("%1: a stop-loss limit price needs a stop-loss stop price.")
                         .arg(fieldLabel(kStopLoss)));
    }
    if (cls == OrderClass::Oto) {
        if (tp.has_value() == sl.has_value()) {
            return block(kTakeProfit,
                         tr("%1: an OTO order needs exactly one exit, a take-profit "
                            "or a stop-loss.")
                             .arg(fieldLabel(kTakeProfit)));
        }
    } else {
        if (!tp) {
            return block(kTakeProfit,
                         tr("%1: a %2 order needs a take-profit limit price.")
                             .arg(fieldLabel(kTakeProfit), className));
        }
        if (!sl) {
            return block(kStopLoss,
                         tr("%1: a %2 order needs a stop-loss stop price.")
                             .arg(fieldLabel(kStopLoss), className));
        }
    }
    if (cls == OrderClass::Oco && t.limitPrice && tp && *t.limitPrice != *tp) {
        const QString field = QStringLiteral("limit_price");
        return block(field,
                     tr("%1 %2 of an OCO order must equal its take-profit limit price %3.")
                         .arg(fieldLabel(field), text(*t.limitPrice), text(*tp)));
    }

    // --- prices on the correct sides (§7.4)
    const bool sellExits = OrderExposure::exitSide(t) == OrderSide::Sell;
    if (tp && sl && !(sellExits ? *tp > *sl : *tp < *sl)) {
        return block(kTakeProfit,
                     (sellExits ? tr("%1 %2 must be above the stop-loss stop price %3.")
                                : tr("%1 %2 must be below the stop-loss stop price %3."))
                         .arg(fieldLabel(kTakeProfit), text(*tp), text(*sl)),
                     { { QStringLiteral("take_profit"), number(*tp) },
                       { QStringLiteral("stop_loss"), number(*sl) } });
    }

    struct Base
    {
        Decimal price;
        QString name;
    };
    QList<Base> bases;
    if (cls == OrderClass::Oco) {
        bases.append({ *tp, tr("take-profit") });
        if (const auto market = OrderExposure::marketPrice(context, OrderExposure::exitSide(t)))
            bases.append({ *market, tr("market") });
    } else {
        if (t.orderType == OrderType::Limit && t.limitPrice)
            bases.append({ *t.limitPrice, tr("entry") });
        if (const auto market = OrderExposure::marketPrice(context, t.side))
            bases.append({ *market, tr("market") });
    }
    for (const Base &base : bases) {
        QVariantMap numbers { { QStringLiteral("base"), number(base.price) } };
        if (tp && cls != OrderClass::Oco) {
            const bool ok = sellExits ? *tp >= base.price + kPenny : *tp <= base.price - kPenny;
            if (!ok) {
                numbers.insert(QStringLiteral("take_profit"), number(*tp));
                return block(
                    kTakeProfit,
                    (sellExits ? tr("%1 %2 must be at least $0.01 above the %3 price %4.")
                               : tr("%1 %2 must be at least $0.01 below the %3 price %4."))
                        .arg(fieldLabel(kTakeProfit), text(*tp), base.name, text(base.price)),
                    numbers);
            }
        }
        if (sl) {
            const bool ok = sellExits ? *sl <= base.price - kPenny : *sl >= base.price + kPenny;
            if (!ok) {
                numbers.insert(QStringLiteral("stop_loss"), number(*sl));
                return block(
                    kStopLoss,
                    (sellExits ? tr("%1 %2 must be at least $0.01 below the %3 price %4.")
                               : tr("%1 %2 must be at least $0.01 above the %3 price %4."))
                        .arg(fieldLabel(kStopLoss), text(*sl), base.name, text(base.price)),
                    numbers);
            }
        }
    }

    // A stop-limit exit whose limit is on the far side of its stop may never fill.
    if (sl && t.stopLossLimitPrice) {
        const Decimal &limit = *t.stopLossLimitPrice;
        if (sellExits ? limit > *sl : limit < *sl) {
            const QString field = QStringLiteral("stop_loss.limit_price");
            return warn(field,
                        (sellExits ? tr("%1 %2 is above the stop price %3: once triggered, the "
                                        "stop-loss may not fill in a falling market.")
                                   : tr("%1 %2 is below the stop price %3: once triggered, the "
                                        "stop-loss may not fill in a rising market."))
                            .arg(fieldLabel(field), text(limit), text(*sl)),
                        { { QStringLiteral("stop_loss_limit"), number(limit) },
                          { QStringLiteral("stop_loss"), number(*sl) } });
        }
    }
    return pass();
}

} // namespace Elson
