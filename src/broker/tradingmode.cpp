// SPDX-License-Identifier: GPL-3.0-or-later
#include "tradingmode.h"

namespace Elson {

QString TradingModeNames::wire(TradingMode mode)
{
    return mode == TradingMode::Live ? QStringLiteral("live") : QStringLiteral("paper");
}

std::optional<TradingMode> TradingModeNames::fromWire(QStringView text)
{
    if (text == u"paper")
        return TradingMode::Paper;
    if (text == u"live")
        return TradingMode::Live;
    return std::nullopt;
}

QString TradingModeNames::displayName(TradingMode mode)
{
    return mode == TradingMode::Live ? tr("Live") : tr("Paper");
}

} // namespace Elson
