// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bar.h"
#include "markettrade.h"
#include "quote.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Elson {

/*
 * The envelopes of the market-data REST endpoints (§14). The JSON key follows the
 * item type: "bars"/"bar", "trades"/"trade", "quotes"/"quote".
 */

/** One symbol's history page: GET /v2/stocks/{symbol}/bars|trades|quotes. */
template<typename T> struct HistoryPage
{
    QString symbol;
    QList<T> items;
    QString nextPageToken; ///< empty (null on the wire) on the last page

    friend bool operator==(const HistoryPage &, const HistoryPage &) = default;
};

/**
 * A multi-symbol history page: GET /v2/stocks/bars?symbols=A,B. The limit counts
 * across all symbols, so a symbol may continue on the next page.
 */
template<typename T> struct MultiHistoryPage
{
    QMap<QString, QList<T>> items;
    QString nextPageToken;

    friend bool operator==(const MultiHistoryPage &, const MultiHistoryPage &) = default;
};

/** GET /v2/stocks/{symbol}/bars|quotes|trades/latest. */
template<typename T> struct Latest
{
    QString symbol;
    T item;

    friend bool operator==(const Latest &, const Latest &) = default;
};

/** GET /v2/stocks/bars|quotes|trades/latest?symbols=A,B. */
template<typename T> struct MultiLatest
{
    QMap<QString, T> items;

    friend bool operator==(const MultiLatest &, const MultiLatest &) = default;
};

using BarsPage = HistoryPage<Bar>;
using TradesPage = HistoryPage<MarketTrade>;
using QuotesPage = HistoryPage<Quote>;
using MultiBarsPage = MultiHistoryPage<Bar>;
using MultiTradesPage = MultiHistoryPage<MarketTrade>;
using MultiQuotesPage = MultiHistoryPage<Quote>;
using LatestBar = Latest<Bar>;
using LatestTrade = Latest<MarketTrade>;
using LatestQuote = Latest<Quote>;
using LatestBars = MultiLatest<Bar>;
using LatestTrades = MultiLatest<MarketTrade>;
using LatestQuotes = MultiLatest<Quote>;

} // namespace Elson
