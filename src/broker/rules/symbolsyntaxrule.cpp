// SPDX-License-Identifier: GPL-3.0-or-later
#include "symbolsyntaxrule.h"

#include <QRegularExpression>

namespace Elson {

RuleResult SymbolSyntaxRule::check(const ValidationContext &context) const
{
    // A ticker of up to 10 characters, optionally a class suffix ("BRK.B") or a quote
    // currency ("BTC/USD"). Alpaca's symbols are case-sensitive and upper case (§2).
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Z][A-Z0-9]{0,9}(?:[./][A-Z0-9]{1,6})?$"));
    const QString &symbol = context.trade.symbol;
    const QString field = QStringLiteral("symbol");
    const QString label = fieldLabel(field);
    if (symbol.trimmed().isEmpty())
        return block(field, tr("%1: a symbol is required.").arg(label));
    if (symbol.contains(QRegularExpression(QStringLiteral("\\s"))))
        return block(field, tr("%1 \"%2\" contains spaces.").arg(label, symbol));
    if (pattern.match(symbol).hasMatch())
        return pass();
    const QString upper = symbol.toUpper();
    if (upper != symbol && pattern.match(upper).hasMatch()) {
        return block(
            field,
            tr("%1 \"%2\": symbols are upper case (did you mean %3?).").arg(label, symbol, upper));
    }
    return block(field,
                 tr("%1 \"%2\" is not a valid ticker: letters and digits, optionally with a "
                    "class suffix such as BRK.B.")
                     .arg(label, symbol));
}

} // namespace Elson
