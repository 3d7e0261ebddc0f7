// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"
#include "validationcontext.h"

#include <optional>

namespace Elson {

/**
 * The arithmetic several rules share: the position an order meets, the price it is
 * likely to trade at, its size and value, and what open orders already hold. Pure
 * functions over a ValidationContext.
 */
class OrderExposure final
{
public:
    OrderExposure() = delete;

    /** A notional order, or a quantity with a fractional part. */
    [[nodiscard]] static bool isFractional(const Trade &trade);
    /** The side the exit legs trade on: OCO exits on its own side, bracket/OTO on the other. */
    [[nodiscard]] static OrderSide exitSide(const Trade &trade);

    /** The signed quantity held in trade.symbol (negative when short, 0 when flat). */
    [[nodiscard]] static Decimal positionQty(const ValidationContext &context);
    /** The position in trade.symbol, or nullptr. */
    [[nodiscard]] static const Position *position(const ValidationContext &context);

    /** The quote side an order on @p side trades against (ask for buys), if it is a price. */
    [[nodiscard]] static std::optional<Decimal> marketPrice(const ValidationContext &context,
                                                            OrderSide side);
    /**
     * The per-share price the order is expected to trade at: the limit price for limit
     * and stop-limit orders, the stop price for stops, the quote for market and trailing
     * orders, else the position's current price. Nothing when none is known.
     */
    [[nodiscard]] static std::optional<Decimal> referencePrice(const ValidationContext &context);
    /** The quantity, or the notional divided by referencePrice(); nothing if unknown. */
    [[nodiscard]] static std::optional<Decimal> estimatedQty(const ValidationContext &context);
    /** The notional, or quantity × referencePrice(); nothing if unknown. */
    [[nodiscard]] static std::optional<Decimal> orderValue(const ValidationContext &context);

    /**
     * What a buy on @p price is priced at by Alpaca's protections (§7.4): a market buy
     * becomes a limit 4 % above the ask below $50 and 2.5 % above from $50; the same
     * collar turns a buy stop into a stop-limit. Returned as a fraction (0.04, 0.025).
     */
    [[nodiscard]] static Decimal buyCollar(const Decimal &price);
    /** The short-sale factor of the buying-power check: max(limit, ask × 1.03). */
    [[nodiscard]] static Decimal shortCollar() { return Decimal::fromLiteral("0.03"); }

    /**
     * Shares of trade.symbol that open sell orders hold: each open sell's unfilled
     * quantity; the legs of one bracket/OCO group count once (the largest), since they
     * sell the same shares. Duplicate ids are counted once.
     */
    [[nodiscard]] static Decimal heldBySellOrders(const ValidationContext &context);

    /** Shares of the order that would open or add to a short (sell beyond the long). */
    [[nodiscard]] static Decimal shortQty(const ValidationContext &context, const Decimal &qty);
    /** Shares of the order that would open or add to a long (buy beyond any short). */
    [[nodiscard]] static Decimal longOpeningQty(const ValidationContext &context,
                                                const Decimal &qty);
    /** True when the order adds risk: |position| grows or the side flips. */
    [[nodiscard]] static bool increasesExposure(const ValidationContext &context);
};

} // namespace Elson
