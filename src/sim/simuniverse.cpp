// SPDX-License-Identifier: GPL-3.0-or-later
#include "simuniverse.h"

#include <QtGlobal>

#include <iterator>

using namespace Qt::StringLiterals;

namespace Elson {

namespace {

// The simulator's UUID namespace. Fixed forever: changing it changes every asset id,
// which would orphan orders and positions saved with --state.
// 3d1f9c52-7a0e-4b8d-9e61-2c5a8f04b7d3
constexpr QUuid kAssetNamespace { 0x3d1f9c52, 0x7a0e, 0x4b8d, 0x9e, 0x61, 0x2c,
                                  0x5a,       0x8f,   0x04,   0xb7, 0xd3 };

enum Flag : unsigned {
    Etf = 1u << 0,
    NotTradable = 1u << 1,
    NotFractionable = 1u << 2,
    NotShortable = 1u << 3,
    HardToBorrow = 1u << 4,
    NotMarginable = 1u << 5,
};

struct Row
{
    const char *symbol;
    const char *name;
    const char *exchange;
    const char *referencePrice; // exact decimal text, tick-aligned
    double spreadBps;
    qint64 averageDailyVolume;
    double annualVolatility;
    int maintenanceMarginRequirement;
    unsigned flags;
};

// Plausible late-2026 levels for a demo, not market data. Spreads are what a
// liquid name quotes (most large caps sit at one cent, which the one-tick floor
// in the price process enforces); volumes include extended hours.
constexpr Row kRows[] = {
    // --- NASDAQ large caps
    { "AAPL", "Apple Inc. Common Stock", "NASDAQ", "284.50", 0.6, 52'000'000, 0.26, 30, 0 },
    { "MSFT", "Microsoft Corporation Common Stock", "NASDAQ", "512.30", 0.5, 21'000'000, 0.24, 30,
      0 },
    { "NVDA", "NVIDIA Corporation Common Stock", "NASDAQ", "196.80", 0.6, 185'000'000, 0.48, 30,
      0 },
    { "AMZN", "Amazon.com, Inc. Common Stock", "NASDAQ", "238.20", 0.6, 42'000'000, 0.32, 30, 0 },
    { "GOOGL", "Alphabet Inc. Class A Common Stock", "NASDAQ", "312.40", 0.6, 31'000'000, 0.30, 30,
      0 },
    { "META", "Meta Platforms, Inc. Class A Common Stock", "NASDAQ", "668.90", 0.8, 12'000'000,
      0.36, 30, 0 },
    { "TSLA", "Tesla, Inc. Common Stock", "NASDAQ", "412.70", 0.7, 92'000'000, 0.58, 40, 0 },
    { "AMD", "Advanced Micro Devices, Inc. Common Stock", "NASDAQ", "231.60", 1.0, 46'000'000, 0.52,
      30, 0 },
    { "NFLX", "Netflix, Inc. Common Stock", "NASDAQ", "104.30", 1.2, 38'000'000, 0.36, 30, 0 },
    { "PEP", "PepsiCo, Inc. Common Stock", "NASDAQ", "151.20", 1.0, 7'000'000, 0.17, 30, 0 },
    { "WMT", "Walmart Inc. Common Stock", "NASDAQ", "112.80", 1.0, 18'000'000, 0.19, 30, 0 },
    { "INTC", "Intel Corporation Common Stock", "NASDAQ", "38.40", 2.6, 88'000'000, 0.50, 30, 0 },
    // --- NYSE
    { "JPM", "JPMorgan Chase & Co. Common Stock", "NYSE", "318.40", 0.8, 9'500'000, 0.22, 30, 0 },
    { "BAC", "Bank of America Corporation Common Stock", "NYSE", "54.80", 1.9, 38'000'000, 0.26, 30,
      0 },
    { "XOM", "Exxon Mobil Corporation Common Stock", "NYSE", "121.60", 1.0, 15'000'000, 0.23, 30,
      0 },
    { "KO", "Coca-Cola Company (The) Common Stock", "NYSE", "72.40", 1.4, 14'000'000, 0.15, 30, 0 },
    { "DIS", "Walt Disney Company (The) Common Stock", "NYSE", "114.90", 1.0, 9'000'000, 0.27, 30,
      0 },
    { "F", "Ford Motor Company Common Stock", "NYSE", "13.20", 7.6, 62'000'000, 0.34, 30, 0 },
    { "T", "AT&T Inc.", "NYSE", "26.10", 3.8, 34'000'000, 0.20, 30, 0 },
    { "PFE", "Pfizer, Inc. Common Stock", "NYSE", "25.40", 3.9, 41'000'000, 0.22, 30, 0 },
    { "BRK.B", "Berkshire Hathaway Inc. New Class B", "NYSE", "498.70", 1.0, 4'200'000, 0.16, 30,
      0 },
    // The one hard-to-borrow name: shortable, but not easy to borrow.
    { "GME", "GameStop Corporation Common Stock", "NYSE", "23.60", 4.5, 8'000'000, 0.75, 50,
      HardToBorrow },
    // --- rule exercisers
    // Stands in for the OTC, data-only listings Alpaca reports with tradable=false:
    // quotes and bars flow, orders are refused.
    { "NSRGY", "Nestle SA Sponsored ADR", "OTC", "98.40", 8.0, 350'000, 0.17, 100,
      NotTradable | NotFractionable | NotShortable | NotMarginable },
    // Fictional (no such company): the sub-dollar stock that makes the sub-penny rule
    // (4 decimals below $1.00) visible; $1 is three standard deviations of its mean-reverting
    // walk away, so it stays a sub-dollar stock on all but rare days.
    { "PNNY", "Pennyland Mining Corp. (fictional) Common Stock", "AMEX", "0.3750", 80.0, 24'000'000,
      0.90, 100, NotFractionable | NotShortable | NotMarginable },
    // --- ETFs
    { "SPY", "SPDR S&P 500 ETF Trust", "ARCA", "684.20", 0.15, 72'000'000, 0.15, 30, Etf },
    { "QQQ", "Invesco QQQ Trust, Series 1", "NASDAQ", "618.50", 0.2, 46'000'000, 0.20, 30, Etf },
    { "IWM", "iShares Russell 2000 ETF", "ARCA", "247.30", 0.4, 31'000'000, 0.22, 30, Etf },
    { "DIA", "SPDR Dow Jones Industrial Average ETF Trust", "ARCA", "481.60", 0.5, 3'100'000, 0.14,
      30, Etf },
    { "TLT", "iShares 20+ Year Treasury Bond ETF", "NASDAQ", "88.70", 1.1, 36'000'000, 0.14, 30,
      Etf },
    { "GLD", "SPDR Gold Trust, SPDR Gold Shares", "ARCA", "389.10", 0.4, 10'000'000, 0.17, 30,
      Etf },
    // Leveraged and inverse: whole shares only, higher margin.
    { "SQQQ", "ProShares UltraPro Short QQQ", "NASDAQ", "14.35", 7.0, 84'000'000, 0.60, 75,
      Etf | NotFractionable },
};

SimAsset assetFromRow(const Row &row)
{
    SimAsset asset;
    asset.symbol = QString::fromLatin1(row.symbol);
    asset.id = SimUniverse::assetId(asset.symbol);
    asset.name = QString::fromLatin1(row.name);
    asset.exchange = QString::fromLatin1(row.exchange);
    asset.etf = (row.flags & Etf) != 0;
    asset.tradable = (row.flags & NotTradable) == 0;
    asset.fractionable = (row.flags & NotFractionable) == 0;
    asset.shortable = (row.flags & NotShortable) == 0;
    // Alpaca reports easy_to_borrow=false for anything that cannot be shorted at all.
    asset.easyToBorrow = asset.shortable && (row.flags & HardToBorrow) == 0;
    asset.marginable = (row.flags & NotMarginable) == 0;
    asset.maintenanceMarginRequirement = row.maintenanceMarginRequirement;
    asset.referencePrice = Decimal::fromLiteral(row.referencePrice);
    asset.spreadBps = row.spreadBps;
    asset.averageDailyVolume = row.averageDailyVolume;
    asset.annualVolatility = row.annualVolatility;
    return asset;
}

} // namespace

SimUniverse SimUniverse::standard()
{
    QList<SimAsset> assets;
    assets.reserve(qsizetype(std::size(kRows)));
    for (const Row &row : kRows)
        assets.append(assetFromRow(row));
    return SimUniverse(std::move(assets));
}

SimUniverse::SimUniverse(QList<SimAsset> assets)
    : m_assets(std::move(assets))
{
    m_bySymbol.reserve(m_assets.size());
    m_byId.reserve(m_assets.size());
    for (qsizetype i = 0; i < m_assets.size(); ++i) {
        const SimAsset &asset = m_assets.at(i);
        Q_ASSERT_X(!m_bySymbol.contains(asset.symbol), "SimUniverse", "duplicate symbol");
        Q_ASSERT_X(!m_byId.contains(asset.id), "SimUniverse", "duplicate asset id");
        m_bySymbol.insert(asset.symbol, i);
        m_byId.insert(asset.id, i);
    }
}

const SimAsset *SimUniverse::findBySymbol(QStringView symbol) const
{
    const auto it = m_bySymbol.constFind(symbol.toString());
    return it == m_bySymbol.cend() ? nullptr : &m_assets.at(*it);
}

const SimAsset *SimUniverse::findById(const QUuid &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_assets.at(*it);
}

const SimAsset *SimUniverse::find(QStringView symbolOrId) const
{
    // QUuid::fromString() needs at least 36 characters: shorter text (every symbol, and
    // every order passes here) is not parsed in vain.
    if (symbolOrId.size() >= 36) {
        const QUuid id = QUuid::fromString(symbolOrId);
        if (!id.isNull())
            return findById(id);
    }
    return findBySymbol(symbolOrId);
}

QUuid SimUniverse::assetId(QStringView symbol)
{
    return QUuid::createUuidV5(kAssetNamespace, symbol.toString());
}

} // namespace Elson
