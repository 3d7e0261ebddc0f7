// SPDX-License-Identifier: GPL-3.0-or-later
#include "allowedsymbolsrule.h"

namespace Elson {

RuleResult AllowedSymbolsRule::check(const ValidationContext &context) const
{
    const QSet<QString> &allowed = context.limits.allowedSymbols;
    if (allowed.isEmpty() || allowed.contains(context.trade.symbol))
        return pass();
    const QString field = QStringLiteral("symbol");
    return block(field,
                 tr("%1 %2 is not on your list of allowed symbols.")
                     .arg(fieldLabel(field), context.trade.symbol),
                 { { QStringLiteral("allowed_count"), allowed.size() } });
}

} // namespace Elson
