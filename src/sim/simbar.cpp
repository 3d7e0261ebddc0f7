// SPDX-License-Identifier: GPL-3.0-or-later
#include "simbar.h"

namespace Elson {

Decimal SimBar::vwap() const
{
    if (volume <= 0)
        return Decimal::fromInt(0).withScale(6);
    // Long division in integers: the quotient is whole ten-thousandths, the remainder
    // (< volume ≤ a few 10⁸ shares) is scaled by 100 for two more digits without overflow.
    const std::int64_t whole = notionalTenThousandths / volume;
    const std::int64_t remainder = notionalTenThousandths % volume;
    const std::int64_t scaled = remainder * 100;
    std::int64_t extra = scaled / volume;
    const std::int64_t rest = scaled % volume;
    // Half-even on the sixth decimal; notional and volume are never negative.
    if (rest * 2 > volume || (rest * 2 == volume && (extra % 2) != 0))
        ++extra;
    const std::int64_t millionths = whole * 100 + extra;
    return Decimal::fromUnits(millionths * 1000, 6);
}

void SimBar::merge(const SimBar &later)
{
    if (later.isEmpty())
        return;
    if (isEmpty()) {
        const Timestamp keep = timestamp;
        *this = later;
        if (!keep.isNull())
            timestamp = keep;
        return;
    }
    high = Decimal::max(high, later.high);
    low = Decimal::min(low, later.low);
    close = later.close;
    volume += later.volume;
    tradeCount += later.tradeCount;
    notionalTenThousandths += later.notionalTenThousandths;
}

} // namespace Elson
