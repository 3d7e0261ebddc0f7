// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace Elson {

/**
 * The bar sizes the price process aggregates itself: 1–59 minutes, 1–23 hours
 * and one day. Weeks and months are merges of day bars (SimBar::merge), left to
 * the market-data layer, which also knows how Alpaca labels them.
 *
 * Minute and hour bars are aligned to New York midnight, so a 1Hour bar starts
 * on the hour and a 4Hour bar at 04:00, 08:00, … ET; a day bar covers one New
 * York calendar day and is stamped at its midnight, as Alpaca stamps daily bars.
 */
struct SimTimeframe
{
    enum class Unit { Minute, Hour, Day };

    Unit unit = Unit::Minute;
    int amount = 1;

    static constexpr SimTimeframe minutes(int n) { return { Unit::Minute, n }; }
    static constexpr SimTimeframe hours(int n) { return { Unit::Hour, n }; }
    static constexpr SimTimeframe day() { return { Unit::Day, 1 }; }

    /** 1–59 minutes, 1–23 hours or exactly one day. */
    [[nodiscard]] constexpr bool isValid() const
    {
        switch (unit) {
        case Unit::Minute:
            return amount >= 1 && amount <= 59;
        case Unit::Hour:
            return amount >= 1 && amount <= 23;
        case Unit::Day:
            return amount == 1;
        }
        return false;
    }

    /** The length of a minute or hour bar in seconds (days vary with DST: 0). */
    [[nodiscard]] constexpr std::int64_t seconds() const
    {
        switch (unit) {
        case Unit::Minute:
            return std::int64_t(amount) * 60;
        case Unit::Hour:
            return std::int64_t(amount) * 3600;
        case Unit::Day:
            return 0;
        }
        return 0;
    }

    friend constexpr bool operator==(const SimTimeframe &, const SimTimeframe &) = default;
};

} // namespace Elson
