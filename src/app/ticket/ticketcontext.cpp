// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketcontext.h"

namespace Elson {

std::optional<Asset> TicketContext::asset(const QString &symbol) const
{
    const QString wanted = symbol.trimmed().toUpper();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Asset &a : assets) {
        if (a.symbol.compare(wanted, Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

std::optional<Quote> TicketContext::quote(const QString &symbol) const
{
    const QString wanted = symbol.trimmed().toUpper();
    const auto it = quotes.constFind(wanted);
    if (it == quotes.cend())
        return std::nullopt;
    return it.value();
}

ValidationContext TicketContext::validationContext(const Trade &trade,
                                                   const QSet<QString> &acknowledged) const
{
    ValidationContext context;
    context.trade = trade;
    context.account = account;
    context.asset = asset(trade.symbol);
    context.positions = positions;
    context.openOrders = openOrders;
    context.clock = clock;
    context.now = now;
    context.quote = quote(trade.symbol);
    context.limits = limits;
    context.mode = tradingMode();
    context.environment = environment;
    context.liveTradingEnabled = liveTradingEnabled;
    context.credentials = credentials;
    context.acknowledged = acknowledged;
    return context;
}

} // namespace Elson
