// SPDX-License-Identifier: GPL-3.0-or-later
// The Trading API types: one describe() per type lists each JSON key once and is
// run by ObjectReader (parse) and ObjectWriter (serialise). req = required,
// opt = nullable (written as null when absent), omit = optional and left out when
// absent (newer or retired fields, request fields).

#include "jsoncodec_p.h"

namespace Elson::JsonDetail {

namespace {

constexpr Enc Ratio = Enc::Round; // ratios may carry more than 9 fractional digits

} // namespace

template<typename V, Is<Account> S> void describe(V &v, S &x)
{
    v.req("id", x.id);
    v.req("account_number", x.accountNumber);
    v.req("status", x.status, x.rawStatus);
    v.omit("crypto_status", x.cryptoStatus, x.rawCryptoStatus);
    v.req("currency", x.currency);
    v.req("cash", x.cash);
    v.omit("portfolio_value", x.portfolioValue);
    v.req("equity", x.equity);
    v.req("last_equity", x.lastEquity);
    v.req("long_market_value", x.longMarketValue);
    v.req("short_market_value", x.shortMarketValue);
    v.req("buying_power", x.buyingPower);
    v.req("regt_buying_power", x.regtBuyingPower);
    v.omit("non_marginable_buying_power", x.nonMarginableBuyingPower);
    v.omit("options_buying_power", x.optionsBuyingPower);
    v.req("multiplier", x.multiplier);
    v.req("initial_margin", x.initialMargin);
    v.req("maintenance_margin", x.maintenanceMargin);
    v.omit("last_maintenance_margin", x.lastMaintenanceMargin);
    v.omit("sma", x.sma);
    v.omit("accrued_fees", x.accruedFees);
    v.omit("pending_transfer_in", x.pendingTransferIn);
    v.omit("pending_transfer_out", x.pendingTransferOut);
    v.req("trading_blocked", x.tradingBlocked);
    v.req("account_blocked", x.accountBlocked);
    v.req("transfers_blocked", x.transfersBlocked);
    v.req("trade_suspended_by_user", x.tradeSuspendedByUser);
    v.req("shorting_enabled", x.shortingEnabled);
    v.req("created_at", x.createdAt);
    v.omit("options_approved_level", x.optionsApprovedLevel);
    v.omit("options_trading_level", x.optionsTradingLevel);
    // Removed 2026-07-06; present in older recordings and the simulator's legacy mode.
    v.omit("pattern_day_trader", x.patternDayTrader);
    v.omit("daytrade_count", x.daytradeCount);
    v.omit("daytrading_buying_power", x.daytradingBuyingPower);
}

template<typename V, Is<AccountConfigurations> S> void describe(V &v, S &x)
{
    v.req("trade_confirm_email", x.tradeConfirmEmail);
    v.req("suspend_trade", x.suspendTrade);
    v.req("no_shorting", x.noShorting);
    v.req("fractional_trading", x.fractionalTrading);
    v.req("max_margin_multiplier", x.maxMarginMultiplier);
    v.omit("ptp_no_exception_entry", x.ptpNoExceptionEntry);
    v.omit("max_options_trading_level", x.maxOptionsTradingLevel);
    v.omit("dtbp_check", x.dtbpCheck); // removed 2026-07-06
    v.omit("pdt_check", x.pdtCheck); // removed 2026-07-06
}

template<typename V, Is<AccountConfigurationsPatch> S> void describe(V &v, S &x)
{
    v.omit("trade_confirm_email", x.tradeConfirmEmail);
    v.omit("suspend_trade", x.suspendTrade);
    v.omit("no_shorting", x.noShorting);
    v.omit("fractional_trading", x.fractionalTrading);
    v.omit("max_margin_multiplier", x.maxMarginMultiplier);
    v.omit("ptp_no_exception_entry", x.ptpNoExceptionEntry);
    v.omit("max_options_trading_level", x.maxOptionsTradingLevel);
    v.omit("dtbp_check", x.dtbpCheck);
    v.omit("pdt_check", x.pdtCheck);
}

template<typename V, Is<Position> S> void describe(V &v, S &x)
{
    v.req("asset_id", x.assetId);
    v.req("symbol", x.symbol);
    v.req("exchange", x.exchange);
    v.req("asset_class", x.assetClass, x.rawAssetClass);
    v.omit("asset_marginable", x.assetMarginable);
    v.req("qty", x.qty);
    v.omit("qty_available", x.qtyAvailable);
    v.req("avg_entry_price", x.avgEntryPrice);
    v.req("side", x.side);
    v.opt("market_value", x.marketValue);
    v.req("cost_basis", x.costBasis);
    v.opt("unrealized_pl", x.unrealizedPl);
    v.opt("unrealized_plpc", x.unrealizedPlpc, Ratio);
    v.opt("unrealized_intraday_pl", x.unrealizedIntradayPl);
    v.opt("unrealized_intraday_plpc", x.unrealizedIntradayPlpc, Ratio);
    v.opt("current_price", x.currentPrice);
    v.opt("lastday_price", x.lastdayPrice);
    v.opt("change_today", x.changeToday, Ratio);
}

template<typename V, Is<Order> S> void describe(V &v, S &x)
{
    v.req("id", x.id);
    v.req("client_order_id", x.clientOrderId);
    v.opt("created_at", x.createdAt);
    v.opt("updated_at", x.updatedAt);
    v.opt("submitted_at", x.submittedAt);
    v.opt("filled_at", x.filledAt);
    v.opt("expired_at", x.expiredAt);
    v.omit("expires_at", x.expiresAt); // newer
    v.opt("canceled_at", x.canceledAt);
    v.opt("failed_at", x.failedAt);
    v.opt("replaced_at", x.replacedAt);
    v.opt("replaced_by", x.replacedBy);
    v.opt("replaces", x.replaces);
    v.opt("asset_id", x.assetId);
    v.req("symbol", x.symbol);
    v.req("asset_class", x.assetClass, x.rawAssetClass);
    v.opt("notional", x.notional);
    v.opt("qty", x.qty);
    v.req("filled_qty", x.filledQty);
    v.opt("filled_avg_price", x.filledAvgPrice);
    v.opt("order_class", x.orderClass); // "" and a missing key both mean simple
    v.req("type", x.type);
    v.writeOnly("order_type", x.type); // deprecated copy of type, still sent by Alpaca
    v.req("side", x.side);
    v.omit("position_intent", x.positionIntent); // newer
    v.req("time_in_force", x.timeInForce);
    v.opt("limit_price", x.limitPrice);
    v.opt("stop_price", x.stopPrice);
    v.req("status", x.status, x.rawStatus);
    v.opt("extended_hours", x.extendedHours);
    v.opt("legs", x.legs, Enc::NullIfEmpty);
    v.opt("trail_percent", x.trailPercent);
    v.opt("trail_price", x.trailPrice);
    v.opt("hwm", x.hwm);
    v.check(x.qty.has_value() || x.notional.has_value(), "qty",
            QT_TRANSLATE_NOOP("Elson::Json", "an order needs qty or notional; both are null"));
}

template<typename V, Is<Asset> S> void describe(V &v, S &x)
{
    v.req("id", x.id);
    v.req("class", x.assetClass, x.rawAssetClass);
    v.req("exchange", x.exchange);
    v.req("symbol", x.symbol);
    v.opt("name", x.name, Enc::EmptyString); // "" for some delisted or data-only assets
    v.req("status", x.status);
    v.req("tradable", x.tradable);
    v.req("marginable", x.marginable);
    v.req("shortable", x.shortable);
    v.omit("easy_to_borrow", x.easyToBorrow); // deprecated 2026-07-16
    v.omit("borrow_status", x.borrowStatus); // its replacement; values unconfirmed
    v.req("fractionable", x.fractionable);
    v.omit("maintenance_margin_requirement", x.maintenanceMarginRequirement, Enc::Number);
    v.omit("margin_requirement_long", x.marginRequirementLong);
    v.omit("margin_requirement_short", x.marginRequirementShort);
    v.opt("attributes", x.attributes);
    v.omit("cusip", x.cusip);
    v.omit("min_order_size", x.minOrderSize);
    v.omit("min_trade_increment", x.minTradeIncrement);
    v.omit("price_increment", x.priceIncrement);
}

template<typename V, Is<Clock> S> void describe(V &v, S &x)
{
    v.req("timestamp", x.timestamp);
    v.req("is_open", x.isOpen);
    v.req("next_open", x.nextOpen);
    v.req("next_close", x.nextClose);
}

template<typename V, Is<CalendarDay> S> void describe(V &v, S &x)
{
    v.req("date", x.date);
    v.req("open", x.open, Enc::HourMinute);
    v.req("close", x.close, Enc::HourMinute);
    v.req("session_open", x.sessionOpen, Enc::HourMinuteCompact);
    v.req("session_close", x.sessionClose, Enc::HourMinuteCompact);
    v.omit("settlement_date", x.settlementDate);
}

template<typename V, Is<Activity> S> void describe(V &v, S &x)
{
    v.req("id", x.id);
    v.req("activity_type", x.activityType, x.rawActivityType);
    if (x.isTrade()) { // read just above, so this works for the reader too
        v.req("transaction_time", x.transactionTime);
        v.req("type", x.fillType);
        v.req("price", x.price);
        v.req("qty", x.qty);
        v.req("side", x.side);
        v.req("symbol", x.symbol);
        v.req("leaves_qty", x.leavesQty);
        v.req("cum_qty", x.cumQty);
        v.req("order_id", x.orderId);
        v.omit("order_status", x.orderStatus, x.rawOrderStatus);
    } else {
        v.req("date", x.date);
        v.req("net_amount", x.netAmount);
        v.omit("symbol", x.symbol);
        v.omit("qty", x.qty);
        v.omit("per_share_amount", x.perShareAmount);
        v.omit("description", x.description);
        v.omit("status", x.status);
    }
}

template<typename V, Is<PortfolioHistory> S> void describe(V &v, S &x)
{
    v.req("timestamp", x.timestamp, Enc::EpochSeconds);
    v.req("equity", x.equity, Enc::Number);
    v.req("profit_loss", x.profitLoss, Enc::Number);
    v.req("profit_loss_pct", x.profitLossPct, Enc::Number | Ratio);
    v.opt("base_value", x.baseValue, Enc::Number);
    v.omit("base_value_asof", x.baseValueAsof);
    v.req("timeframe", x.timeframe);
    v.omit("cashflow", x.cashflow);
    const qsizetype n = x.timestamp.size();
    v.check(x.equity.size() == n, "equity",
            QT_TRANSLATE_NOOP("Elson::Json", "needs one element per timestamp"));
    v.check(x.profitLoss.size() == n, "profit_loss",
            QT_TRANSLATE_NOOP("Elson::Json", "needs one element per timestamp"));
    v.check(x.profitLossPct.size() == n, "profit_loss_pct",
            QT_TRANSLATE_NOOP("Elson::Json", "needs one element per timestamp"));
}

template<typename V, Is<ApiError> S> void describe(V &v, S &x)
{
    v.omit("code", x.code);
    v.omit("message", x.message);
    v.rest(x.extra, { "code", "message" });
}

template<typename V, Is<CancelAllResult> S> void describe(V &v, S &x)
{
    v.req("id", x.id);
    v.req("status", x.status);
    v.omit("body", x.body);
}

template<typename V, Is<ClosePositionResult> S> void describe(V &v, S &x)
{
    v.req("symbol", x.symbol);
    v.req("status", x.status);
    // The body is an Order on success and an error body otherwise.
    if constexpr (V::isReader) {
        if (x.isSuccess())
            v.req("body", x.body.template emplace<Order>());
        else
            v.req("body", x.body.template emplace<ApiError>());
    } else {
        std::visit([&v](const auto &body) { v.req("body", body); }, x.body);
    }
}

template<typename V, Is<Watchlist> S> void describe(V &v, S &x)
{
    v.req("id", x.id);
    v.req("account_id", x.accountId);
    v.req("created_at", x.createdAt);
    v.req("updated_at", x.updatedAt);
    v.req("name", x.name);
    v.omit("assets", x.assets); // the list endpoint may leave it out
}

template<typename V, Is<WatchlistRequest> S> void describe(V &v, S &x)
{
    v.req("name", x.name);
    v.omit("symbols", x.symbols);
}

template<typename V, Is<TakeProfit> S> void describe(V &v, S &x)
{
    v.req("limit_price", x.limitPrice);
}

template<typename V, Is<StopLoss> S> void describe(V &v, S &x)
{
    v.req("stop_price", x.stopPrice);
    v.omit("limit_price", x.limitPrice);
}

template<typename V, Is<OrderRequest> S> void describe(V &v, S &x)
{
    v.omit("symbol", x.symbol);
    v.omit("qty", x.qty);
    v.omit("notional", x.notional);
    v.req("side", x.side);
    v.req("type", x.type);
    v.req("time_in_force", x.timeInForce);
    v.omit("limit_price", x.limitPrice);
    v.omit("stop_price", x.stopPrice);
    v.omit("trail_price", x.trailPrice);
    v.omit("trail_percent", x.trailPercent);
    v.omit("extended_hours", x.extendedHours);
    v.omit("client_order_id", x.clientOrderId);
    v.omit("order_class", x.orderClass);
    v.omit("take_profit", x.takeProfit);
    v.omit("stop_loss", x.stopLoss);
    v.omit("position_intent", x.positionIntent);
    // Only multi-leg option orders go without a symbol.
    v.check(!x.symbol.isEmpty() || x.orderClass == OrderClass::Mleg, "symbol",
            QT_TRANSLATE_NOOP("Elson::Json", "required key is missing"));
}

template<typename V, Is<ReplaceOrderRequest> S> void describe(V &v, S &x)
{
    v.omit("qty", x.qty);
    v.omit("time_in_force", x.timeInForce);
    v.omit("limit_price", x.limitPrice);
    v.omit("stop_price", x.stopPrice);
    v.omit("trail", x.trail);
    v.omit("client_order_id", x.clientOrderId);
}

ELSON_JSON_DEFINE(Account)
ELSON_JSON_DEFINE(AccountConfigurations)
ELSON_JSON_DEFINE(AccountConfigurationsPatch)
ELSON_JSON_DEFINE(Activity)
ELSON_JSON_DEFINE(ApiError)
ELSON_JSON_DEFINE(Asset)
ELSON_JSON_DEFINE(CalendarDay)
ELSON_JSON_DEFINE(CancelAllResult)
ELSON_JSON_DEFINE(Clock)
ELSON_JSON_DEFINE(ClosePositionResult)
ELSON_JSON_DEFINE(Order)
ELSON_JSON_DEFINE(OrderRequest)
ELSON_JSON_DEFINE(PortfolioHistory)
ELSON_JSON_DEFINE(Position)
ELSON_JSON_DEFINE(ReplaceOrderRequest)
ELSON_JSON_DEFINE(StopLoss)
ELSON_JSON_DEFINE(TakeProfit)
ELSON_JSON_DEFINE(Watchlist)
ELSON_JSON_DEFINE(WatchlistRequest)

} // namespace Elson::JsonDetail
