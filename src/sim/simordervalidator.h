// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "orderrequest.h"
#include "simasset.h"
#include "simquote.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Elson {

/**
 * The rules of POST /v2/orders that depend only on the request, the asset and the
 * current quote (§7.2–§7.4): which fields each type and class needs, sub-penny
 * prices, time in force, extended hours, fractional and notional orders, and the
 * price relations of bracket, OCO and OTO orders. The account-dependent checks
 * (ids, quantity, shorting, PDT, buying power) are SimExchange's.
 *
 * Every check returns the first broken rule as an Alpaca error (SimError), or
 * nothing.
 */
class SimOrderValidator final
{
    Q_DECLARE_TR_FUNCTIONS(SimOrderValidator)

public:
    struct Rules
    {
        bool fractionalTrading = true; ///< account configuration fractional_trading
        bool fractionalStopOrders = false; ///< stop/stop_limit may be fractional (§7.3 switch)
    };

    static constexpr int MaxClientOrderIdLength = 48;

    /** A notional order or a qty with a fractional part. */
    [[nodiscard]] static bool isFractional(const OrderRequest &request);
    [[nodiscard]] static OrderClass orderClass(const OrderRequest &request);
    /** The side the exits of @p request trade on (OCO: its own side; bracket/OTO: the opposite). */
    [[nodiscard]] static OrderSide exitSide(const OrderRequest &request);
    /** Whether @p tif may be used with @p type (§7.3). */
    [[nodiscard]] static bool allowsTimeInForce(OrderType type, TimeInForce tif);

    /** Fields present or absent per type and class, positive values, tick sizes, TIF. */
    [[nodiscard]] static std::optional<Error> checkShape(const OrderRequest &request);
    /** Tradable, fractionable and the fractional/notional restrictions. */
    [[nodiscard]] static std::optional<Error> checkAsset(const OrderRequest &request,
                                                         const SimAsset &asset, const Rules &rules);
    /**
     * Prices against the market and each other: a stop on the far side of the quote,
     * take_profit vs stop_loss, and the ±$0.01 distance from the base price.
     * Checks that need a quote are skipped without one.
     */
    [[nodiscard]] static std::optional<Error> checkPrices(const OrderRequest &request,
                                                          const std::optional<SimQuote> &quote);

    /** 422 42210000 with Alpaca's sub-penny wording when @p price breaks the tick rule. */
    [[nodiscard]] static std::optional<Error> checkTick(const Decimal &price, const QString &field);
    /** A buy stop must be above the ask, a sell stop below the bid (with market_price/stop_price).
     */
    [[nodiscard]] static std::optional<Error>
    checkStopSide(OrderSide side, const Decimal &stopPrice, const std::optional<SimQuote> &quote);
};

} // namespace Elson
