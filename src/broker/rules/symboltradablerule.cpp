// SPDX-License-Identifier: GPL-3.0-or-later
#include "symboltradablerule.h"

namespace Elson {

RuleResult SymbolTradableRule::check(const ValidationContext &context) const
{
    const QString field = QStringLiteral("symbol");
    const QString label = fieldLabel(field);
    const QString &symbol = context.trade.symbol;
    if (!context.asset)
        return block(field, tr("%1 %2 is not a known asset.").arg(label, symbol));
    const Asset &asset = *context.asset;
    if (asset.symbol != symbol) {
        // A stale asset from the previous ticket must never vouch for this symbol.
        return block(field,
                     tr("%1: the asset details loaded are for %2, not %3.")
                         .arg(label, asset.symbol, symbol));
    }
    if (asset.status != AssetStatus::Active)
        return block(field, tr("%1 %2 is inactive at Alpaca.").arg(label, symbol));
    if (!asset.tradable)
        return block(field, tr("%1 %2 is not tradable at Alpaca.").arg(label, symbol));
    if (asset.assetClass == AssetClass::UsOption)
        return block(field,
                     tr("%1 %2 is an option; option orders are not supported.").arg(label, symbol));
    return pass();
}

} // namespace Elson
