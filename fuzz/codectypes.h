// SPDX-License-Identifier: GPL-3.0-or-later
// Every type the JSON codec reads, by the name the seeds and the reports use. The fuzz
// target dispatches on the input's first byte over this table (index modulo its size),
// so the order is part of the corpus format: append, never reorder.
#pragma once

#include "account.h"
#include "accountconfigurations.h"
#include "accountconfigurationspatch.h"
#include "activity.h"
#include "apierror.h"
#include "asset.h"
#include "bar.h"
#include "calendarday.h"
#include "cancelallresult.h"
#include "clock.h"
#include "closepositionresult.h"
#include "codecoracle.h"
#include "marketdatamessage.h"
#include "marketdataresponses.h"
#include "markettrade.h"
#include "order.h"
#include "orderrequest.h"
#include "portfoliohistory.h"
#include "position.h"
#include "quote.h"
#include "replaceorderrequest.h"
#include "snapshot.h"
#include "tradeupdate.h"
#include "tradingstreammessage.h"
#include "watchlist.h"
#include "watchlistrequest.h"

#include <QList>
#include <QMap>

#include <array>
#include <optional>
#include <string_view>

namespace ElsonFuzz {

struct CodecType
{
    std::string_view name;
    void (*check)(const QByteArray &json);
};

using SnapshotMap = QMap<QString, std::optional<Elson::Snapshot>>;

#define ELSON_FUZZ_TYPE(name, ...) CodecType{name, &checkCodec<__VA_ARGS__>},
#define ELSON_FUZZ_TYPE_AND_LIST(name, ...)                                                        \
    CodecType{name, &checkCodec<__VA_ARGS__>},                                                    \
        CodecType{name "[]", &checkCodec<QList<__VA_ARGS__>>},

inline constexpr auto codecTypes = std::to_array<CodecType>({
    // Trading API responses
    ELSON_FUZZ_TYPE_AND_LIST("account", Elson::Account)
    ELSON_FUZZ_TYPE_AND_LIST("account_configurations", Elson::AccountConfigurations)
    ELSON_FUZZ_TYPE_AND_LIST("activity", Elson::Activity)
    ELSON_FUZZ_TYPE_AND_LIST("error", Elson::ApiError)
    ELSON_FUZZ_TYPE_AND_LIST("asset", Elson::Asset)
    ELSON_FUZZ_TYPE_AND_LIST("calendar_day", Elson::CalendarDay)
    ELSON_FUZZ_TYPE_AND_LIST("cancel_all_result", Elson::CancelAllResult)
    ELSON_FUZZ_TYPE_AND_LIST("clock", Elson::Clock)
    ELSON_FUZZ_TYPE_AND_LIST("close_position_result", Elson::ClosePositionResult)
    ELSON_FUZZ_TYPE_AND_LIST("order", Elson::Order)
    ELSON_FUZZ_TYPE_AND_LIST("portfolio_history", Elson::PortfolioHistory)
    ELSON_FUZZ_TYPE_AND_LIST("position", Elson::Position)
    ELSON_FUZZ_TYPE_AND_LIST("watchlist", Elson::Watchlist)
    ELSON_FUZZ_TYPE_AND_LIST("trade_update", Elson::TradeUpdate)
    // Market Data responses
    ELSON_FUZZ_TYPE_AND_LIST("bar", Elson::Bar)
    ELSON_FUZZ_TYPE_AND_LIST("market_trade", Elson::MarketTrade)
    ELSON_FUZZ_TYPE_AND_LIST("quote", Elson::Quote)
    ELSON_FUZZ_TYPE_AND_LIST("snapshot", Elson::Snapshot)
    ELSON_FUZZ_TYPE("snapshots", SnapshotMap)
    ELSON_FUZZ_TYPE("bars_page", Elson::BarsPage)
    ELSON_FUZZ_TYPE("trades_page", Elson::TradesPage)
    ELSON_FUZZ_TYPE("quotes_page", Elson::QuotesPage)
    ELSON_FUZZ_TYPE("multi_bars_page", Elson::MultiBarsPage)
    ELSON_FUZZ_TYPE("multi_trades_page", Elson::MultiTradesPage)
    ELSON_FUZZ_TYPE("multi_quotes_page", Elson::MultiQuotesPage)
    ELSON_FUZZ_TYPE("latest_bar", Elson::LatestBar)
    ELSON_FUZZ_TYPE("latest_trade", Elson::LatestTrade)
    ELSON_FUZZ_TYPE("latest_quote", Elson::LatestQuote)
    ELSON_FUZZ_TYPE("latest_bars", Elson::LatestBars)
    ELSON_FUZZ_TYPE("latest_trades", Elson::LatestTrades)
    ELSON_FUZZ_TYPE("latest_quotes", Elson::LatestQuotes)
    // Requests (the simulator reads them; the terminal writes them)
    ELSON_FUZZ_TYPE("order_request", Elson::OrderRequest)
    ELSON_FUZZ_TYPE("replace_order_request", Elson::ReplaceOrderRequest)
    ELSON_FUZZ_TYPE("account_configurations_patch", Elson::AccountConfigurationsPatch)
    ELSON_FUZZ_TYPE("watchlist_request", Elson::WatchlistRequest)
    ELSON_FUZZ_TYPE("take_profit", Elson::TakeProfit)
    ELSON_FUZZ_TYPE("stop_loss", Elson::StopLoss)
    // Stream messages (fuzz_stream goes deeper on these)
    ELSON_FUZZ_TYPE("trading_stream_message", Elson::TradingStreamMessage)
    ELSON_FUZZ_TYPE("trading_stream_request", Elson::TradingStreamRequest)
    ELSON_FUZZ_TYPE("stream_authorization", Elson::StreamAuthorization)
    ELSON_FUZZ_TYPE("stream_listening", Elson::StreamListening)
    ELSON_FUZZ_TYPE_AND_LIST("market_data_message", Elson::MarketDataMessage)
    ELSON_FUZZ_TYPE("market_data_request", Elson::MarketDataRequest)
    ELSON_FUZZ_TYPE("market_data_control", Elson::MarketDataControl)
    ELSON_FUZZ_TYPE("market_data_subscription", Elson::MarketDataSubscription)
});

#undef ELSON_FUZZ_TYPE
#undef ELSON_FUZZ_TYPE_AND_LIST

/** The table index of @p name, or -1. */
constexpr int codecTypeIndex(std::string_view name)
{
    for (std::size_t i = 0; i < codecTypes.size(); ++i) {
        if (codecTypes[i].name == name)
            return int(i);
    }
    return -1;
}

} // namespace ElsonFuzz
