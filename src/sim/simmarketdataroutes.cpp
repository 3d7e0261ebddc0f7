// SPDX-License-Identifier: GPL-3.0-or-later
#include "simmarketdataroutes.h"

#include "jsoncodec.h"
#include "marketcalendar.h"
#include "marketdataresponses.h"
#include "simqueryparser.h"

#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace Elson {

namespace {

constexpr int DefaultLimit = 1000;
constexpr int MaxLimit = 10000;
const QString IexExchange = QStringLiteral("V");

SimResponse jsonBody(QByteArray body)
{
    SimResponse r;
    r.body = std::move(body);
    return r;
}

SimResponse unknownSymbol(const QString &symbol)
{
    // sim decision: Alpaca's answer for a symbol it does not list is not documented;
    // a single-symbol route answers 404 40410000 like the Trading API's
    // "asset not found", multi-symbol routes leave the symbol out (snapshots: null).
    return SimResponse::error(404, 40410000,
                              SimMarketDataRoutes::tr("symbol not found: %1").arg(symbol));
}

QString tapeFor(const SimAsset &asset)
{
    if (asset.exchange == u"NYSE")
        return QStringLiteral("A");
    if (asset.exchange == u"NASDAQ")
        return QStringLiteral("C");
    return QStringLiteral("B"); // ARCA, AMEX, BATS and the rest
}

/** A bar size: one the price process aggregates, or a merge of day bars. */
struct BarPeriod
{
    enum class Unit { Simple, Week, Month };
    Unit unit = Unit::Simple;
    SimTimeframe simple;
    int months = 1;

    /** The New York date a week/month period containing @p date starts on. */
    [[nodiscard]] QDate periodDate(QDate date) const
    {
        if (unit == Unit::Week)
            return date.addDays(1 - date.dayOfWeek());
        int index = date.year() * 12 + (date.month() - 1);
        index -= index % months;
        return QDate(index / 12, index % 12 + 1, 1);
    }
};

std::optional<BarPeriod> parseTimeframe(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{1,2})(Min|T|Hour|H|Day|D|Week|W|Month|M)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int amount = match.captured(1).toInt();
    const QString unit = match.captured(2);
    BarPeriod period;
    if (unit == u"Min" || unit == u"T") {
        period.simple = SimTimeframe::minutes(amount);
    } else if (unit == u"Hour" || unit == u"H") {
        period.simple = SimTimeframe::hours(amount);
    } else if (unit == u"Day" || unit == u"D") {
        if (amount != 1)
            return std::nullopt;
        period.simple = SimTimeframe::day();
    } else if (unit == u"Week" || unit == u"W") {
        if (amount != 1)
            return std::nullopt;
        period.unit = BarPeriod::Unit::Week;
    } else {
        if (amount != 1 && amount != 2 && amount != 3 && amount != 4 && amount != 6 && amount != 12)
            return std::nullopt;
        period.unit = BarPeriod::Unit::Month;
        period.months = amount;
    }
    if (period.unit == BarPeriod::Unit::Simple && !period.simple.isValid())
        return std::nullopt;
    return period;
}

// --- page tokens: base64url("SYMBOL NANOS"), the first item of the next page

struct Cursor
{
    bool valid = false;
    QString symbol;
    std::int64_t nanos = 0;
};

QString encodeToken(const QString &symbol, std::int64_t nanos)
{
    const QByteArray raw = symbol.toUtf8() + ' ' + QByteArray::number(qint64(nanos));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> decodeToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray raw = *decoded;
    const qsizetype space = raw.lastIndexOf(' ');
    if (space <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 nanos = raw.mid(space + 1).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return Cursor{true, QString::fromUtf8(raw.left(space)), nanos};
}

template<typename T>
using Fetcher = std::function<QList<T>(const SimAsset &, const Timestamp &, const Timestamp &,
                                       qsizetype)>;

/**
 * One page across @p assets (sorted by symbol): at most @p limit items in all,
 * each symbol's in time order; @p next gets the token of the first item left out.
 * @p fetch returns a symbol's items in [from, to] oldest first, at most limit
 * (negative: all).
 */
template<typename T>
QMap<QString, QList<T>> collectPage(const QList<const SimAsset *> &assets, const Timestamp &start,
                                    const Timestamp &end, bool ascending, qsizetype limit,
                                    const Cursor &cursor, const Fetcher<T> &fetch, QString *next)
{
    QMap<QString, QList<T>> out;
    qsizetype remaining = limit;
    next->clear();
    for (const SimAsset *asset : assets) {
        if (cursor.valid && asset->symbol < cursor.symbol)
            continue;
        Timestamp from = start;
        Timestamp to = end;
        if (cursor.valid && asset->symbol == cursor.symbol) {
            const Timestamp at = Timestamp::fromEpochNanos(cursor.nanos);
            if (ascending)
                from = std::max(from, at);
            else
                to = std::min(to, at);
        }
        if (to < from)
            continue;
        QList<T> items;
        if (ascending) {
            items = fetch(*asset, from, to, remaining + 1);
        } else {
            items = fetch(*asset, from, to, -1);
            std::reverse(items.begin(), items.end());
        }
        if (remaining == 0) {
            // The page is full: this symbol's first item, if any, opens the next page.
            if (!items.isEmpty()) {
                *next = encodeToken(asset->symbol, items.first().time.epochNanos());
                break;
            }
            continue;
        }
        if (items.size() > remaining) {
            *next = encodeToken(asset->symbol, items.at(remaining).time.epochNanos());
            items.resize(remaining);
            out.insert(asset->symbol, items);
            remaining = 0;
            break;
        }
        remaining -= items.size();
        if (!items.isEmpty())
            out.insert(asset->symbol, items);
    }
    return out;
}

} // namespace

SimMarketDataRoutes::SimMarketDataRoutes(const SimUniverse &universe, const PriceProcess &prices,
                                         NowSource now)
    : m_universe(universe)
    , m_prices(prices)
    , m_now(std::move(now))
{
}

Quote SimMarketDataRoutes::toQuote(const SimQuote &quote, const SimAsset &asset, bool withSymbol)
{
    Quote q;
    if (withSymbol)
        q.symbol = asset.symbol;
    q.time = quote.timestamp;
    q.askExchange = IexExchange;
    q.askPrice = quote.ask;
    q.askSize = quote.askSize;
    q.bidExchange = IexExchange;
    q.bidPrice = quote.bid;
    q.bidSize = quote.bidSize;
    q.conditions = {QStringLiteral("R")};
    q.tape = tapeFor(asset);
    return q;
}

MarketTrade SimMarketDataRoutes::toTrade(const SimPrint &print, const SimAsset &asset,
                                         bool withSymbol)
{
    MarketTrade t;
    if (withSymbol)
        t.symbol = asset.symbol;
    t.time = print.timestamp;
    t.exchange = IexExchange;
    t.price = print.price;
    t.size = print.size;
    t.conditions = {QStringLiteral("@")};
    t.id = print.id;
    t.tape = tapeFor(asset);
    return t;
}

Bar SimMarketDataRoutes::toBar(const SimBar &bar, bool withSymbol)
{
    Bar b;
    if (withSymbol)
        b.symbol = bar.symbol;
    b.time = bar.timestamp;
    b.open = bar.open;
    b.high = bar.high;
    b.low = bar.low;
    b.close = bar.close;
    b.volume = bar.volume;
    b.tradeCount = bar.tradeCount;
    b.vwap = bar.vwap();
    return b;
}

Snapshot SimMarketDataRoutes::snapshot(const PriceProcess &prices, const SimAsset &asset,
                                       const Timestamp &now, bool withSymbol)
{
    Snapshot s;
    if (withSymbol)
        s.symbol = asset.symbol;
    const SimPrint last = prices.lastPrint(asset, now);
    s.latestTrade = toTrade(last, asset, false);
    s.latestQuote = toQuote(prices.quote(asset, now), asset, false);
    // The minute and day of the last trade: while the market is closed, the last
    // session's (as Alpaca shows Friday's bars over the weekend).
    if (const auto minute = prices.bar(asset, SimTimeframe::minutes(1), last.timestamp, now))
        s.minuteBar = toBar(*minute, false);
    if (const auto day = prices.bar(asset, SimTimeframe::day(), last.timestamp, now))
        s.dailyBar = toBar(*day, false);
    const QDate previous =
        prices.calendar().previousTradingDay(MarketCalendar::newYorkDate(last.timestamp));
    if (previous.isValid()) {
        const Timestamp noon = MarketCalendar::fromNewYork(previous, QTime(12, 0));
        if (const auto day = prices.bar(asset, SimTimeframe::day(), noon))
            s.prevDailyBar = toBar(*day, false);
    }
    return s;
}

void SimMarketDataRoutes::addTo(SimRouter &router)
{
    struct HistoryRoute
    {
        const char *name;
        Kind kind;
    };
    const HistoryRoute routes[] = {
        {"bars", Kind::Bars}, {"trades", Kind::Trades}, {"quotes", Kind::Quotes}};
    for (const HistoryRoute &route : routes) {
        const QString name = QString::fromLatin1(route.name);
        const Kind kind = route.kind;
        router.add("GET", QStringLiteral("/v2/stocks/{symbol}/") + name,
                   [this, kind](const SimRequest &r) { return history(r, kind, false); });
        router.add("GET", QStringLiteral("/v2/stocks/") + name,
                   [this, kind](const SimRequest &r) { return history(r, kind, true); });
        router.add("GET", QStringLiteral("/v2/stocks/{symbol}/") + name + QStringLiteral("/latest"),
                   [this, kind](const SimRequest &r) { return latest(r, kind, false); });
        router.add("GET", QStringLiteral("/v2/stocks/") + name + QStringLiteral("/latest"),
                   [this, kind](const SimRequest &r) { return latest(r, kind, true); });
    }
    router.add("GET", QStringLiteral("/v2/stocks/{symbol}/snapshot"),
               [this](const SimRequest &r) { return snapshots(r, false); });
    router.add("GET", QStringLiteral("/v2/stocks/snapshots"),
               [this](const SimRequest &r) { return snapshots(r, true); });
}

SimResponse SimMarketDataRoutes::history(const SimRequest &request, Kind kind, bool multi) const
{
    const SimQueryParser query(request, SimQueryParser::MarketDataCode);

    // --- symbols: sorted, as Alpaca orders a multi-symbol page
    QList<const SimAsset *> assets;
    if (multi) {
        const QStringList symbols = query.list(QStringLiteral("symbols"));
        if (symbols.isEmpty())
            return SimResponse::error(query.missing(QStringLiteral("symbols")));
        for (const QString &symbol : symbols) {
            const SimAsset *asset = m_universe.findBySymbol(symbol);
            if (asset && !assets.contains(asset))
                assets.append(asset);
        }
        std::sort(assets.begin(), assets.end(),
                  [](const SimAsset *a, const SimAsset *b) { return a->symbol < b->symbol; });
    } else {
        const QString symbol = request.params.value(QStringLiteral("symbol"));
        const SimAsset *asset = m_universe.findBySymbol(symbol);
        if (!asset)
            return unknownSymbol(symbol);
        assets.append(asset);
    }

    // --- parameters
    std::optional<BarPeriod> period;
    if (kind == Kind::Bars) {
        if (!query.has(QStringLiteral("timeframe")))
            return SimResponse::error(query.missing(QStringLiteral("timeframe")));
        period = parseTimeframe(query.text(QStringLiteral("timeframe")));
        if (!period) {
            return SimResponse::error(query.invalid(
                QStringLiteral("timeframe"),
                tr("expected [1-59]Min, [1-23]Hour, 1Day, 1Week or [1,2,3,4,6,12]Month")));
        }
    }
    const auto start = query.timestamp(QStringLiteral("start"));
    if (!start)
        return SimResponse::error(start.error());
    const auto end = query.timestamp(QStringLiteral("end"), true);
    if (!end)
        return SimResponse::error(end.error());
    if (start.value() && end.value() && *end.value() < *start.value())
        return SimResponse::error(query.invalid(QStringLiteral("end"), tr("end is before start")));
    const auto limit = query.integer(QStringLiteral("limit"), 1, MaxLimit);
    if (!limit)
        return SimResponse::error(limit.error());
    const auto sort = query.oneOf(QStringLiteral("sort"), {QStringLiteral("asc"), QStringLiteral("desc")});
    if (!sort)
        return SimResponse::error(sort.error());
    const auto feed = query.oneOf(QStringLiteral("feed"),
                                  {QStringLiteral("iex"), QStringLiteral("sip"), QStringLiteral("otc"),
                                   QStringLiteral("delayed_sip"), QStringLiteral("boats"),
                                   QStringLiteral("overnight")});
    if (!feed)
        return SimResponse::error(feed.error());
    const auto adjustment = query.oneOf(QStringLiteral("adjustment"),
                                        {QStringLiteral("raw"), QStringLiteral("split"),
                                         QStringLiteral("dividend"), QStringLiteral("all"),
                                         QStringLiteral("spin-off")});
    if (!adjustment)
        return SimResponse::error(adjustment.error());
    Cursor cursor;
    if (query.has(QStringLiteral("page_token")) && !query.text(QStringLiteral("page_token")).isEmpty()) {
        const auto decoded = decodeToken(query.text(QStringLiteral("page_token")));
        if (!decoded || (!multi && decoded->symbol != assets.first()->symbol))
            return SimResponse::error(query.invalid(QStringLiteral("page_token"), tr("not a token of this query")));
        cursor = *decoded;
    }

    // The simulated market has no future: nothing after the clock's now.
    const Timestamp now = m_now();
    // Alpaca's default start is the beginning of the current (New York) day.
    const Timestamp from = start.value().value_or(
        MarketCalendar::fromNewYork(MarketCalendar::newYorkDate(now), QTime(0, 0)));
    const Timestamp to = std::min(end.value().value_or(now), now);
    const bool ascending = sort.value().value_or(QStringLiteral("asc")) == u"asc";
    const qsizetype pageLimit = limit.value().value_or(DefaultLimit);
    const PriceProcess &prices = m_prices;
    QString next;

    const auto respond = [&](auto items) -> SimResponse {
        using Item = typename decltype(items)::mapped_type::value_type;
        if (multi) {
            MultiHistoryPage<Item> page;
            page.items = std::move(items);
            page.nextPageToken = next;
            return jsonBody(Json::serialize(page));
        }
        HistoryPage<Item> page;
        page.symbol = assets.first()->symbol;
        page.items = items.value(page.symbol);
        page.nextPageToken = next;
        return jsonBody(Json::serialize(page));
    };

    switch (kind) {
    case Kind::Bars: {
        const BarPeriod p = *period;
        Fetcher<Bar> fetch;
        if (p.unit == BarPeriod::Unit::Simple) {
            fetch = [&prices, p, now](const SimAsset &asset, const Timestamp &a, const Timestamp &b,
                                      qsizetype count) {
                QList<Bar> out;
                const QList<SimBar> bars = prices.bars(asset, p.simple, a, b, now, count);
                out.reserve(bars.size());
                for (const SimBar &bar : bars)
                    out.append(toBar(bar, false));
                return out;
            };
        } else {
            // Weeks and months: merges of the day bars, stamped at New York midnight of
            // the period's first calendar day (sim decision: Alpaca's exact label for
            // weekly and monthly bars is not documented).
            fetch = [&prices, p, now](const SimAsset &asset, const Timestamp &a, const Timestamp &b,
                                      qsizetype count) {
                const QDate first = p.periodDate(MarketCalendar::newYorkDate(a));
                const QList<SimBar> days = prices.bars(
                    asset, SimTimeframe::day(), MarketCalendar::fromNewYork(first, QTime(0, 0)), b, now);
                QList<Bar> out;
                SimBar merged;
                QDate mergedDate;
                const auto flush = [&] {
                    if (merged.isEmpty())
                        return;
                    const Timestamp stamp = MarketCalendar::fromNewYork(mergedDate, QTime(0, 0)).withOffset(0);
                    if (stamp >= a && stamp <= b) {
                        merged.timestamp = stamp;
                        out.append(toBar(merged, false));
                    }
                    merged = SimBar();
                };
                for (const SimBar &day : days) {
                    const QDate date = p.periodDate(MarketCalendar::newYorkDate(day.timestamp));
                    if (date != mergedDate) {
                        flush();
                        mergedDate = date;
                    }
                    merged.merge(day);
                    if (count >= 0 && out.size() >= count)
                        break;
                }
                flush();
                if (count >= 0 && out.size() > count)
                    out.resize(count);
                return out;
            };
        }
        return respond(collectPage<Bar>(assets, from, to, ascending, pageLimit, cursor, fetch, &next));
    }
    case Kind::Trades: {
        const Fetcher<MarketTrade> fetch = [&prices](const SimAsset &asset, const Timestamp &a,
                                                     const Timestamp &b, qsizetype count) {
            QList<MarketTrade> out;
            const QList<SimPrint> prints = prices.prints(asset, a, b.addNanos(1), count);
            out.reserve(prints.size());
            for (const SimPrint &print : prints)
                out.append(toTrade(print, asset, false));
            return out;
        };
        return respond(collectPage<MarketTrade>(assets, from, to, ascending, pageLimit, cursor, fetch, &next));
    }
    case Kind::Quotes: {
        // sim decision: the quote history is the NBBO in force at each print
        // (one per traded second), de-duplicated.
        const Fetcher<Quote> fetch = [&prices](const SimAsset &asset, const Timestamp &a,
                                               const Timestamp &b, qsizetype count) {
            QList<Quote> out;
            Timestamp cursorAt = a;
            while (count < 0 || out.size() < count) {
                const qsizetype want = count < 0 ? -1 : (count - out.size()) + 1;
                const QList<SimPrint> prints = prices.prints(asset, cursorAt, b.addNanos(1), want);
                for (const SimPrint &print : prints) {
                    const SimQuote q = prices.quote(asset, print.timestamp);
                    if (q.timestamp < a || q.timestamp > b)
                        continue;
                    if (!out.isEmpty() && out.constLast().time >= q.timestamp)
                        continue;
                    out.append(toQuote(q, asset, false));
                }
                if (prints.isEmpty() || want < 0 || prints.size() < want)
                    break;
                cursorAt = prints.constLast().timestamp.addNanos(1);
            }
            if (count >= 0 && out.size() > count)
                out.resize(count);
            return out;
        };
        return respond(collectPage<Quote>(assets, from, to, ascending, pageLimit, cursor, fetch, &next));
    }
    }
    return SimResponse::error(500, 50010000, tr("internal error"));
}

SimResponse SimMarketDataRoutes::latest(const SimRequest &request, Kind kind, bool multi) const
{
    const SimQueryParser query(request, SimQueryParser::MarketDataCode);
    QList<const SimAsset *> assets;
    if (multi) {
        const QStringList symbols = query.list(QStringLiteral("symbols"));
        if (symbols.isEmpty())
            return SimResponse::error(query.missing(QStringLiteral("symbols")));
        for (const QString &symbol : symbols) {
            if (const SimAsset *asset = m_universe.findBySymbol(symbol))
                assets.append(asset);
        }
    } else {
        const QString symbol = request.params.value(QStringLiteral("symbol"));
        const SimAsset *asset = m_universe.findBySymbol(symbol);
        if (!asset)
            return unknownSymbol(symbol);
        assets.append(asset);
    }
    const Timestamp now = m_now();

    const auto respond = [&](auto &&make) -> SimResponse {
        using Item = decltype(make(*assets.first()));
        if (multi) {
            MultiLatest<Item> out;
            for (const SimAsset *asset : assets)
                out.items.insert(asset->symbol, make(*asset));
            return jsonBody(Json::serialize(out));
        }
        Latest<Item> out;
        out.symbol = assets.first()->symbol;
        out.item = make(*assets.first());
        return jsonBody(Json::serialize(out));
    };

    switch (kind) {
    case Kind::Quotes:
        return respond([&](const SimAsset &asset) {
            return toQuote(m_prices.quote(asset, now), asset, false);
        });
    case Kind::Trades:
        return respond([&](const SimAsset &asset) {
            return toTrade(m_prices.lastPrint(asset, now), asset, false);
        });
    case Kind::Bars:
        // The minute bar of the last trade, up to now (the current minute while trading).
        return respond([&](const SimAsset &asset) {
            const SimPrint last = m_prices.lastPrint(asset, now);
            const auto bar = m_prices.bar(asset, SimTimeframe::minutes(1), last.timestamp, now);
            return bar ? toBar(*bar, false) : Bar();
        });
    }
    return SimResponse::error(500, 50010000, tr("internal error"));
}

SimResponse SimMarketDataRoutes::snapshots(const SimRequest &request, bool multi) const
{
    const Timestamp now = m_now();
    if (!multi) {
        const QString symbol = request.params.value(QStringLiteral("symbol"));
        const SimAsset *asset = m_universe.findBySymbol(symbol);
        if (!asset)
            return unknownSymbol(symbol);
        return jsonBody(Json::serialize(snapshot(m_prices, *asset, now, true)));
    }
    const SimQueryParser query(request, SimQueryParser::MarketDataCode);
    const QStringList symbols = query.list(QStringLiteral("symbols"));
    if (symbols.isEmpty())
        return SimResponse::error(query.missing(QStringLiteral("symbols")));
    SnapshotMap map;
    for (const QString &symbol : symbols) {
        const SimAsset *asset = m_universe.findBySymbol(symbol);
        if (asset)
            map.insert(symbol, snapshot(m_prices, *asset, now, false));
        else
            map.insert(symbol, std::nullopt); // Alpaca: null for a symbol it does not know
    }
    return jsonBody(Json::serialize(map));
}

} // namespace Elson
