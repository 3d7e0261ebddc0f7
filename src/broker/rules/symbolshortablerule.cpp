// SPDX-License-Identifier: GPL-3.0-or-later
#include "symbolshortablerule.h"

#include "orderexposure.h"

namespace Elson {

namespace {
const Decimal kShortMinimumEquity = Decimal::fromInt(2'000);
} // namespace

RuleResult SymbolShortableRule::check(const ValidationContext &context) const
{
    const Trade &t = context.trade;
    if (t.side != OrderSide::Sell || t.orderClass == OrderClass::Oco)
        return pass(); // an OCO only exits: qty_available checks it has a position
    const Decimal held = OrderExposure::positionQty(context);
    const std::optional<Decimal> qty = OrderExposure::estimatedQty(context);
    // A dollar-amount sell of unknown size from a flat or short position is a short too.
    const Decimal shortQty = qty ? OrderExposure::shortQty(context, *qty)
                                 : (held.isPositive() ? Decimal() : Decimal::fromInt(1));
    if (!shortQty.isPositive())
        return pass();

    const QVariantMap numbers { { QStringLiteral("position_qty"), number(held) },
                                { QStringLiteral("short_qty"), number(shortQty) } };
    if (OrderExposure::isFractional(t)) {
        const QString field =
            t.investmentAmount ? QStringLiteral("notional") : QStringLiteral("qty");
        return block(field,
                     tr("%1: fractional and dollar-amount sells cannot open a short "
                        "position (you hold %2 shares of %3).")
                         .arg(fieldLabel(field), text(held), t.symbol),
                     numbers);
    }
    const QString field = QStringLiteral("side");
    const QString label = fieldLabel(field);
    if (!context.account.shortingEnabled) {
        return block(field,
                     tr("%1: this sell would open a short position of %2 shares of %3, and "
                        "shorting is not enabled on this account.")
                         .arg(label, text(shortQty), t.symbol),
                     numbers);
    }
    if (context.account.equity < kShortMinimumEquity) {
        QVariantMap n = numbers;
        n.insert(QStringLiteral("equity"), number(context.account.equity));
        return block(field,
                     tr("%1: short selling needs at least $2,000 of equity; the account has "
                        "$%2.")
                         .arg(label, text(context.account.equity)),
                     n);
    }
    if (!context.asset)
        return pass(); // symbol.tradable has refused an unknown asset already
    const Asset &asset = *context.asset;
    if (!asset.shortable)
        return block(field, tr("%1: %2 cannot be sold short at Alpaca.").arg(label, t.symbol),
                     numbers);
    if (asset.easyToBorrow.has_value()) {
        if (!*asset.easyToBorrow) {
            return block(field,
                         tr("%1: %2 is hard to borrow; Alpaca only shorts easy-to-borrow "
                            "assets.")
                             .arg(label, t.symbol),
                         numbers);
        }
        return pass();
    }
    // easy_to_borrow is deprecated (§8); borrow_status values are unconfirmed, so only a
    // status that says "easy" passes silently.
    if (!asset.borrowStatus.contains(QStringLiteral("easy"), Qt::CaseInsensitive)) {
        const QString status = asset.borrowStatus.isEmpty() ? tr("unknown") : asset.borrowStatus;
        return warn(field,
                    tr("%1: the borrow status of %2 is %3; the short sale may be refused.")
                        .arg(label, t.symbol, status),
                    numbers);
    }
    return pass();
}

} // namespace Elson
