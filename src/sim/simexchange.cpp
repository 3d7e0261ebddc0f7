// SPDX-License-Identifier: GPL-3.0-or-later
#include "simexchange.h"

#include "jsoncodec.h"
#include "simaccount.h"
#include "simactivitylog.h"
#include "simerror.h"
#include "simexactsum.h"
#include "simorderbook.h"
#include "simordervalidator.h"
#include "simportfoliorecorder.h"
#include "simrandom.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <deque>
#include <vector>

namespace Elson {

namespace {

const Decimal kZero;
const Decimal kOne = Decimal::fromInt(1);
const Decimal kHundred = Decimal::fromInt(100);
const Decimal kHalf = Decimal::fromLiteral("0.5");
const Decimal kThirtyPercent = Decimal::fromLiteral("0.3");
const Decimal kShortCollar = Decimal::fromLiteral("1.03"); // §7.4 short buying-power check
const Decimal kMarginMinimum = Decimal::fromInt(2'000); // §5: margin and shorting
const Decimal kPdtMinimum = Decimal::fromInt(25'000); // §5: legacy PDT protection
const Decimal kLowPriceLong = Decimal::fromLiteral("2.50"); // §5 maintenance thresholds
const Decimal kLowPriceShort = Decimal::fromInt(5);
const Decimal kShortPerShareHigh = Decimal::fromInt(5);
const Decimal kShortPerShareLow = Decimal::fromLiteral("2.50");

constexpr int kStateVersion = 1;
constexpr int kPdtWindowDays = 5;
constexpr int kPdtDayTrades = 4;

QString dec(const Decimal &value)
{
    return value.normalized().toString();
}

Decimal money(const Decimal &value)
{
    return value.normalized();
}

/** Shares a notional buys at @p price, rounded down to 9 decimals (never over the notional). */
Decimal notionalQty(const Decimal &notional, const Decimal &price)
{
    const Result<Decimal> qty =
        notional.checkedDiv(price, Decimal::MaxScale, Decimal::Rounding::Down);
    return qty ? qty.value().normalized() : Decimal();
}

bool isOnce(TimeInForce tif)
{
    return tif == TimeInForce::Ioc || tif == TimeInForce::Fok;
}

bool isAuction(TimeInForce tif)
{
    return tif == TimeInForce::Opg || tif == TimeInForce::Cls;
}

QString roleName(SimOrderRecord::Role role)
{
    switch (role) {
    case SimOrderRecord::Role::Standalone:
        return QStringLiteral("standalone");
    case SimOrderRecord::Role::Entry:
        return QStringLiteral("entry");
    case SimOrderRecord::Role::TakeProfit:
        return QStringLiteral("take_profit");
    case SimOrderRecord::Role::StopLoss:
        return QStringLiteral("stop_loss");
    }
    return {};
}

std::optional<SimOrderRecord::Role> roleFromName(const QString &name)
{
    for (const auto role : { SimOrderRecord::Role::Standalone, SimOrderRecord::Role::Entry,
                             SimOrderRecord::Role::TakeProfit, SimOrderRecord::Role::StopLoss }) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

Error stateError(const QString &field, const QString &message)
{
    return Error::parse(field, message);
}

/** Same value and same display scale (Decimal's == compares values only). */
bool identical(const Decimal &a, const Decimal &b)
{
    return a.isValid() == b.isValid() && a.units() == b.units() && a.scale() == b.scale();
}

const QString &sideText(OrderSide side)
{
    static const QString buy = QString(enumToWire(OrderSide::Buy));
    static const QString sell = QString(enumToWire(OrderSide::Sell));
    return side == OrderSide::Buy ? buy : sell;
}

} // namespace

// ---------------------------------------------------------------------------------------------
struct SimExchange::Private
{
    struct DayBounds
    {
        bool trading = false;
        Timestamp sessionOpen;
        Timestamp regularOpen;
        Timestamp regularClose;
        Timestamp sessionClose;
    };

    struct Valuation
    {
        Decimal longMarketValue;
        Decimal shortMarketValue;
        Decimal equity;
        Decimal initialMargin;
        Decimal maintenanceMargin;
    };

    Private(SimExchange *owner, Config cfg, SimUniverse u, MarketCalendar cal, QuoteSource source,
            const Timestamp &start)
        : q(owner)
        , config(std::move(cfg))
        , universe(std::move(u))
        , calendar(std::move(cal))
        , quotes(std::move(source))
        , now(start)
        , createdAt(start)
        , ledger(config.startingCash)
        , idRandom(config.seed, 1)
        , fillRandom(config.seed, 2)
    {
    }

    SimExchange *q;
    Config config;
    SimUniverse universe;
    MarketCalendar calendar;
    QuoteSource quotes;
    Timestamp now;
    Timestamp createdAt;
    QString accountId;
    AccountConfigurations configurations;
    SimAccount ledger;
    SimOrderBook book;
    SimActivityLog activityLog;
    SimPortfolioRecorder recorder;
    SimRandom idRandom;
    SimRandom fillRandom;
    QDate lastCloseDate; ///< the last regular close already booked
    bool patternDayTrader = false;

    std::vector<TradeUpdate> pendingEvents;
    bool flushing = false;
    quint64 pendingEpoch = 0; ///< bumped when restoreState() drops the queued events

    /// What one position adds to the account totals, at the mark it was priced at.
    struct Contribution
    {
        bool counted = false; ///< value is in longValue/shortValue
        bool marginsCounted = false; ///< the margins are in their sums (else queued)
        Decimal qty;
        Decimal mark;
        Decimal value;
        Decimal initialMargin;
        Decimal maintenanceMargin;
    };

    /**
     * Per symbol: the quote of the current generation, the position's share of the
     * account totals, and what the buying power held by its open orders was priced at.
     */
    struct SymbolState
    {
        QString symbol;
        int slot = -1; ///< its own index in symbolStates
        const SimAsset *asset = nullptr;
        QString assetId; ///< the asset's UUID as text, made once
        qint64 quoteGeneration = -1;
        std::optional<SimQuote> quote;
        qint64 midGeneration = -1;
        Decimal mid; ///< markPrice() from `quote`, while midGeneration == quoteGeneration
        Decimal maintenanceRate; ///< the asset's own maintenance margin rate (1 if unknown)
        bool held = false; ///< a position is open (listed in heldSymbols)
        bool marginsQueued = false; ///< listed in marginsStale
        qint64 markGeneration = -1;
        Contribution contribution;
        int quotedOrders = 0; ///< counted open orders whose hold depends on the quote
        Decimal reserveAsk; ///< askOrReference() their holds were priced at
        bool reserveStale[2] = { false, false }; ///< buys / sells to re-price
    };

    // Caches and running totals (never saved). Quotes are read once per generation: a new
    // instant, and (unless Config::quotesFixedPerInstant) every public call.
    mutable std::deque<SymbolState> symbolStates; // deque: references stay valid as it grows
    mutable QHash<QString, int> symbolSlots;
    mutable qint64 quoteGeneration = 0;
    mutable Timestamp quoteCacheAt;
    mutable QHash<QDate, DayBounds> dayCache;
    mutable Timestamp todayAt;
    mutable QDate todayDate;
    mutable std::int64_t todayStartNanos = 1; ///< [start, end) of todayDate in UTC; empty: unknown
    mutable std::int64_t todayEndNanos = 0;
    mutable MarketSession todaySession = MarketSession::Closed;
    mutable QHash<QString, std::optional<Decimal>> lastdayCache; ///< "<date>|<symbol>"
    mutable Timestamp activityIdAt;
    mutable QString activityIdPrefix; ///< SimActivityLog::makeId(activityIdAt, {})
    // The account totals of valuation(), position by position.
    mutable std::vector<int> heldSymbols;
    mutable std::vector<int> marginsStale; ///< slots priced since settleMargins()
    mutable qint64 marksGeneration = -1;
    mutable SimExactSum longValue;
    mutable SimExactSum shortValue;
    mutable SimExactSum initialMarginSum;
    mutable SimExactSum maintenanceMarginSum;
    // What open orders hold of buying power (reservedCost()), order by order.
    mutable SimExactSum reservedSum;
    mutable std::vector<SimOrderRecord *> reserveStaleOrders;
    mutable std::vector<int> reserveStaleSymbols;
    mutable qint64 reserveGeneration = -1;

    // --- time and quotes ------------------------------------------------------------------

    const DayBounds &bounds(QDate date) const
    {
        auto it = dayCache.constFind(date);
        if (it != dayCache.constEnd())
            return it.value();
        DayBounds b;
        b.trading = calendar.isTradingDay(date);
        if (b.trading) {
            b.sessionOpen = calendar.sessionOpen(date);
            b.regularOpen = calendar.regularOpen(date);
            b.regularClose = calendar.regularClose(date);
            b.sessionClose = calendar.sessionClose(date);
        }
        return dayCache.insert(date, b).value();
    }

    /**
     * The New York date of now (cached: time-zone arithmetic is the costly part of a
     * step). The date's UTC bounds are kept, so moving within a day needs none, and the
     * session comes from the cached day bounds (what MarketCalendar::sessionAt() reads).
     */
    QDate today() const
    {
        if (todayAt != now) {
            todayAt = now;
            if (now.isNull()) {
                todayDate = QDate();
                todayStartNanos = 1;
                todayEndNanos = 0;
                todaySession = MarketSession::Closed;
                return todayDate;
            }
            const std::int64_t nanos = now.epochNanos();
            if (nanos < todayStartNanos || nanos >= todayEndNanos) {
                todayDate = MarketCalendar::newYorkDate(now);
                // Midnight always exists in New York (the clocks change at 02:00).
                const Timestamp start = MarketCalendar::fromNewYork(todayDate, QTime(0, 0));
                const Timestamp end = MarketCalendar::fromNewYork(todayDate.addDays(1), QTime(0, 0));
                const bool known = !start.isNull() && !end.isNull() && start <= now && now < end;
                todayStartNanos = known ? start.epochNanos() : 1;
                todayEndNanos = known ? end.epochNanos() : 0;
            }
            const DayBounds &b = bounds(todayDate);
            if (!b.trading || now < b.sessionOpen)
                todaySession = MarketSession::Closed;
            else if (now < b.regularOpen)
                todaySession = MarketSession::PreMarket;
            else if (now < b.regularClose)
                todaySession = MarketSession::Regular;
            else if (now < b.sessionClose)
                todaySession = MarketSession::AfterHours;
            else
                todaySession = MarketSession::Closed;
        }
        return todayDate;
    }

    /** Whether @p at falls on today's New York date. */
    bool isToday(const Timestamp &at) const
    {
        const QDate date = today();
        if (at.isNull())
            return false;
        if (todayStartNanos < todayEndNanos)
            return at.epochNanos() >= todayStartNanos && at.epochNanos() < todayEndNanos;
        return MarketCalendar::newYorkDate(at) == date;
    }

    /** SimActivityLog::makeId(now, uuid), with the time part made once per instant. */
    QString activityId(const QString &uuid) const
    {
        if (activityIdAt.isNull() || activityIdAt != now) {
            activityIdAt = now;
            activityIdPrefix = SimActivityLog::makeId(now, QString());
        }
        return activityIdPrefix + uuid;
    }

    MarketSession sessionNow() const
    {
        today();
        return todaySession;
    }

    /**
     * Each public call reads the quote source anew (then caches per symbol within the
     * call): the source is a pure function of the instant in production, but a test
     * may script a new quote without moving time. With Config::quotesFixedPerInstant
     * the quotes read at this instant are kept.
     */
    void freshQuotes() const
    {
        if (!config.quotesFixedPerInstant || quoteCacheAt != now) {
            ++quoteGeneration;
            quoteCacheAt = now;
        }
    }

    /** The current quote generation (a new one when time has moved). */
    qint64 generation() const
    {
        if (quoteCacheAt != now) {
            ++quoteGeneration;
            quoteCacheAt = now;
        }
        return quoteGeneration;
    }

    int slotOf(const QString &symbol) const
    {
        const auto it = symbolSlots.constFind(symbol);
        if (it != symbolSlots.constEnd())
            return it.value();
        const int slot = int(symbolStates.size());
        SymbolState &state = symbolStates.emplace_back();
        state.symbol = symbol;
        state.slot = slot;
        state.asset = universe.findBySymbol(symbol);
        if (state.asset)
            state.assetId = state.asset->id.toString(QUuid::WithoutBraces);
        state.maintenanceRate = state.asset
            ? Decimal::fromInt(state.asset->maintenanceMarginRequirement) / kHundred
            : kOne;
        symbolSlots.insert(symbol, slot);
        return slot;
    }

    SymbolState &stateOf(const QString &symbol) const { return symbolStates[std::size_t(slotOf(symbol))]; }

    SymbolState &stateOf(const SimOrderRecord &rec) const
    {
        if (rec.tracking.slot < 0)
            rec.tracking.slot = slotOf(rec.order.symbol);
        return symbolStates[std::size_t(rec.tracking.slot)];
    }

    /**
     * ledger.positionQty() of @p state's symbol, without the lookup: remark() follows
     * every change of the ledger (each fill, a restore).
     */
    static Decimal positionOf(const SymbolState &state)
    {
        return state.held ? state.contribution.qty : Decimal();
    }

    /** Valid until the next quote generation (the next public call or instant). */
    const std::optional<SimQuote> &quoteFor(SymbolState &state) const
    {
        const qint64 current = generation();
        if (state.quoteGeneration != current) {
            state.quoteGeneration = current;
            state.quote = quotes ? quotes(state.symbol, now) : std::nullopt;
            if (state.quote && !state.quote->bid.isPositive() && !state.quote->ask.isPositive())
                state.quote.reset(); // a price of 0 means no bid or ask (§14)
        }
        return state.quote;
    }

    const std::optional<SimQuote> &quoteFor(const QString &symbol) const { return quoteFor(stateOf(symbol)); }

    /** The mark of a position: the quote mid (one side if only one), else the last fill. */
    Decimal markPrice(SymbolState &state, const Decimal &fallback) const
    {
        if (const std::optional<SimQuote> &quote = quoteFor(state)) {
            if (state.midGeneration != state.quoteGeneration) {
                state.midGeneration = state.quoteGeneration;
                if (quote->bid.isPositive() && quote->ask.isPositive())
                    state.mid = ((quote->bid + quote->ask) / Decimal::fromInt(2)).normalized();
                else
                    state.mid = quote->bid.isPositive() ? quote->bid : quote->ask;
            }
            return state.mid;
        }
        return fallback;
    }

    Decimal markPrice(const QString &symbol, const Decimal &fallback) const
    {
        return markPrice(stateOf(symbol), fallback);
    }

    /** The mid at the previous trading day's regular close, for lastday_price. */
    std::optional<Decimal> lastdayPrice(const QString &symbol) const
    {
        const QDate previous = calendar.previousTradingDay(today());
        if (!previous.isValid() || !quotes)
            return std::nullopt;
        const QString key = previous.toString(Qt::ISODate) + u'|' + symbol;
        auto it = lastdayCache.constFind(key);
        if (it != lastdayCache.constEnd())
            return it.value();
        std::optional<Decimal> price;
        if (const std::optional<SimQuote> quote = quotes(symbol, bounds(previous).regularClose)) {
            if (quote->bid.isPositive() && quote->ask.isPositive())
                price = ((quote->bid + quote->ask) / Decimal::fromInt(2)).normalized();
        }
        lastdayCache.insert(key, price);
        return price;
    }

    // --- valuation and buying power ---------------------------------------------------------

    /** The §5 margins of position @p c (qty at mark) into @p c. */
    static void marginsOf(const SymbolState &state, Contribution &c)
    {
        const SimAsset *asset = state.asset;
        const Decimal &price = c.mark;
        const Decimal absValue = c.value.abs();
        const bool marginable = asset ? asset->marginable : false;
        const Decimal &assetRate = state.maintenanceRate;
        c.initialMargin = marginable ? absValue * kHalf : absValue;
        if (c.qty.isPositive()) {
            // §5: 30% for longs at $2.50 or more, 100% below; never under the asset's own rate.
            Decimal rate = !marginable || price < kLowPriceLong ? kOne : kThirtyPercent;
            rate = Decimal::max(rate, assetRate);
            c.maintenanceMargin = absValue * rate;
        } else {
            // §5: shorts pay the greater of $5/share or 30% (≥ $5), $2.50/share or 100% (< $5).
            const Decimal shares = c.qty.abs();
            const bool low = price < kLowPriceShort;
            const Decimal perShare = shares * (low ? kShortPerShareLow : kShortPerShareHigh);
            const Decimal rate = Decimal::max(low ? kOne : kThirtyPercent, assetRate);
            c.maintenanceMargin = Decimal::max(perShare, absValue * rate);
        }
    }

    /** Takes @p state's contribution out of the sums (its margins too, if counted). */
    void uncount(SymbolState &state) const
    {
        Contribution &c = state.contribution;
        if (c.counted)
            (c.qty.isPositive() ? longValue : shortValue).remove(c.value);
        if (c.marginsCounted) {
            initialMarginSum.remove(c.initialMargin);
            maintenanceMarginSum.remove(c.maintenanceMargin);
        }
        c = {};
    }

    /**
     * Prices @p state's position (@p qty at @p mark; zero: flat) into the market-value
     * sums at once; its margins are queued for settleMargins(), since a fill needs the
     * equity straight away but the margins only when the account is read.
     */
    void price(SymbolState &state, const Decimal &qty, const Decimal &mark) const
    {
        state.markGeneration = generation();
        const Contribution &old = state.contribution;
        if (old.counted && identical(old.qty, qty) && identical(old.mark, mark))
            return; // same position, same mark: same figures
        uncount(state);
        Contribution &c = state.contribution;
        c.counted = true;
        c.qty = qty;
        c.mark = mark;
        c.value = qty * mark;
        (c.qty.isPositive() ? longValue : shortValue).add(c.value);
        if (!state.marginsQueued) {
            state.marginsQueued = true;
            marginsStale.push_back(state.slot);
        }
    }

    /** Counts the margins of the positions priced since the last call. */
    void settleMargins() const
    {
        for (const int slot : marginsStale) {
            SymbolState &state = symbolStates[std::size_t(slot)];
            state.marginsQueued = false;
            Contribution &c = state.contribution;
            if (!c.counted || c.marginsCounted)
                continue;
            marginsOf(state, c);
            initialMarginSum.add(c.initialMargin);
            maintenanceMarginSum.add(c.maintenanceMargin);
            c.marginsCounted = true;
        }
        marginsStale.clear();
    }

    void setHeld(SymbolState &state, bool held) const
    {
        if (state.held == held)
            return;
        state.held = held;
        if (held)
            heldSymbols.push_back(state.slot);
        else
            heldSymbols.erase(std::find(heldSymbols.begin(), heldSymbols.end(), state.slot));
    }

    /** Re-prices @p state's position at the current quote (or drops it when flat). */
    void remark(SymbolState &state) const
    {
        const SimAccount::Holding *h = ledger.holding(state.symbol);
        if (!h) {
            state.markGeneration = generation();
            uncount(state);
            setHeld(state, false);
            return;
        }
        setHeld(state, true);
        price(state, h->qty, markPrice(state, h->lastFillPrice));
    }

    /**
     * After a fill at @p fillPrice left @p positionQty (the ledger's new position, zero
     * when closed): the same as remark(), without looking the holding up.
     */
    void remarkAfterFill(SymbolState &state, const Decimal &positionQty, const Decimal &fillPrice) const
    {
        if (positionQty.isZero()) {
            state.markGeneration = generation();
            uncount(state);
            setHeld(state, false);
            return;
        }
        setHeld(state, true);
        price(state, positionQty, markPrice(state, fillPrice));
    }

    /** Forgets every position's contribution (the ledger was replaced). */
    void resetMarks() const
    {
        for (SymbolState &state : symbolStates) {
            state.held = false;
            state.marginsQueued = false;
            state.contribution = {};
            state.markGeneration = -1;
        }
        heldSymbols.clear();
        marginsStale.clear();
        longValue.clear();
        shortValue.clear();
        initialMarginSum.clear();
        maintenanceMarginSum.clear();
        for (const SimAccount::Holding &h : ledger.holdings())
            remark(stateOf(h.symbol));
        marksGeneration = -1;
    }

    /**
     * The account totals: each position priced at its mark, summed exactly. Kept as
     * running totals: a fill re-prices its own symbol, a new quote generation every
     * position (once), so the cost does not grow with fills.
     */
    /** Re-prices the positions not priced at the current quote generation. */
    void refreshMarks() const
    {
        const qint64 current = generation();
        if (marksGeneration == current)
            return;
        for (const int slot : std::vector<int>(heldSymbols)) {
            SymbolState &state = symbolStates[std::size_t(slot)];
            if (state.markGeneration != current)
                remark(state);
        }
        marksGeneration = current;
    }

    Valuation valuation() const
    {
        refreshMarks();
        settleMargins();
        Valuation v;
        v.longMarketValue = longValue.value();
        v.shortMarketValue = shortValue.value();
        v.initialMargin = initialMarginSum.value();
        v.maintenanceMargin = maintenanceMarginSum.value();
        v.equity = ledger.cash() + v.longMarketValue + v.shortMarketValue;
        return v;
    }

    /** valuation().equity, without the margin totals. */
    Decimal equity() const
    {
        refreshMarks();
        return ledger.cash() + longValue.value() + shortValue.value();
    }

    Decimal lastEquity() const
    {
        const std::optional<SimPortfolioRecorder::Close> close = recorder.lastCloseBefore(today());
        return close ? close->equity : config.startingCash;
    }

    Decimal lastMaintenanceMargin() const
    {
        const std::optional<SimPortfolioRecorder::Close> close = recorder.lastCloseBefore(today());
        return close ? close->maintenanceMargin : Decimal();
    }

    int maxMultiplier() const
    {
        return int(configurations.maxMarginMultiplier.units() / Decimal::UnitsPerOne);
    }

    /** §4: 1 for a cash account or below $2,000; 4 for a legacy pattern day trader. */
    int multiplier(const Valuation &v) const
    {
        if (maxMultiplier() <= 1 || v.equity < kMarginMinimum)
            return 1;
        if (config.pdt == PdtRegime::Legacy && patternDayTrader && maxMultiplier() >= 4
            && lastEquity() >= kPdtMinimum) {
            return 4;
        }
        return 2;
    }

    Decimal askOrReference(SymbolState &state) const
    {
        const std::optional<SimQuote> &quote = quoteFor(state);
        if (quote && quote->ask.isPositive())
            return quote->ask;
        if (quote && quote->bid.isPositive())
            return quote->bid;
        return state.asset ? state.asset->referencePrice : Decimal();
    }

    Decimal askOrReference(const QString &symbol) const { return askOrReference(stateOf(symbol)); }

    Decimal bidOrReference(const QString &symbol) const
    {
        const std::optional<SimQuote> &quote = quoteFor(symbol);
        if (quote && quote->bid.isPositive())
            return quote->bid;
        return askOrReference(symbol);
    }

    /** The price a buy is charged against buying power at (§16). */
    Decimal buyPrice(const SimOrderRecord &rec) const
    {
        const Order &o = rec.order;
        if ((o.type == OrderType::Limit || o.type == OrderType::StopLimit) && o.limitPrice)
            return *o.limitPrice; // no quote needed: resting limit orders stay cheap to sum
        const Decimal ask = askOrReference(stateOf(rec));
        switch (o.type) {
        case OrderType::Limit:
        case OrderType::StopLimit:
            return ask;
        case OrderType::Stop:
            return Decimal::max(o.stopPrice.value_or(ask), ask);
        case OrderType::TrailingStop:
            if (o.stopPrice)
                return Decimal::max(*o.stopPrice, ask);
            if (o.trailPrice)
                return ask + *o.trailPrice;
            return ask + ask * o.trailPercent.value_or(Decimal()) / kHundred;
        case OrderType::Market:
            break;
        }
        // sim decision: a market buy is charged at the ask; Alpaca's 2.5–4% collar (§7.4)
        // is not applied.
        return ask;
    }

    /** §7.4: a short sell is charged at max(limit, ask × 1.03). */
    Decimal shortPrice(const SimOrderRecord &rec) const
    {
        const Decimal collar = askOrReference(stateOf(rec)) * kShortCollar;
        return rec.order.limitPrice ? Decimal::max(*rec.order.limitPrice, collar) : collar;
    }

    /** The quantity a sell order is for (a notional sell estimated at the bid). */
    Decimal orderQtyEstimate(const SimOrderRecord &rec) const
    {
        if (rec.order.qty)
            return rec.remainingQty();
        if (!rec.order.notional || !rec.order.filledQty.isZero())
            return Decimal();
        const Decimal bid = bidOrReference(rec.order.symbol);
        return bid.isPositive() ? (*rec.order.notional / bid).rounded(Decimal::MaxScale)
                                : Decimal();
    }

    /**
     * What an open order holds of buying power: the part of it that opens or adds to a
     * position. Exits and the covering part of a buy on a short hold nothing.
     */
    Decimal openingCost(const SimOrderRecord &rec) const
    {
        const Order &o = rec.order;
        if (rec.isExit() || isTerminal(o.status))
            return Decimal();
        const Decimal position = positionOf(stateOf(rec));
        if (o.notional) {
            if (!o.filledQty.isZero() || o.side == OrderSide::Sell)
                return Decimal();
            return *o.notional;
        }
        const Decimal remaining = rec.remainingQty();
        if (!remaining.isPositive())
            return Decimal();
        if (o.side == OrderSide::Buy) {
            const Decimal opening = position.isNegative()
                ? Decimal::max(remaining - position.abs(), Decimal())
                : remaining;
            return opening.isZero() ? Decimal() : opening * buyPrice(rec);
        }
        const Decimal opening =
            position.isPositive() ? Decimal::max(remaining - position, Decimal()) : remaining;
        return opening.isZero() ? Decimal() : opening * shortPrice(rec);
    }

    /** Whether openingCost(@p rec) reads the quote (through askOrReference()). */
    static bool holdIsQuoted(const SimOrderRecord &rec)
    {
        const Order &o = rec.order;
        if (o.notional)
            return false;
        if (o.side == OrderSide::Sell)
            return true;
        return !((o.type == OrderType::Limit || o.type == OrderType::StopLimit) && o.limitPrice);
    }

    /** @p rec changed: its hold is re-priced at the next reservedCost(). */
    void reserveChanged(SimOrderRecord &rec) const
    {
        if (rec.tracking.stored != &rec || rec.tracking.reserveStale)
            return;
        rec.tracking.reserveStale = true;
        reserveStaleOrders.push_back(&rec);
    }

    /** Every open order of @p state's symbol on @p side is re-priced at the next reservedCost(). */
    void reserveSideChanged(SymbolState &state, int side) const
    {
        if (state.reserveStale[0] || state.reserveStale[1]) {
            state.reserveStale[side] = true;
            return; // already queued
        }
        state.reserveStale[side] = true;
        reserveStaleSymbols.push_back(state.slot);
    }

    /** A fill moved @p state's position from @p before to @p after. */
    void positionChanged(SymbolState &state, const Decimal &before, const Decimal &after) const
    {
        if (identical(before, after))
            return;
        // openingCost(): a buy's hold reads a short position, a sell's a long one.
        if (before.isNegative() || after.isNegative())
            reserveSideChanged(state, 0);
        if (before.isPositive() || after.isPositive())
            reserveSideChanged(state, 1);
    }

    void reprice(SimOrderRecord &rec) const
    {
        SimOrderRecord::Tracking &t = rec.tracking;
        t.reserveStale = false;
        SymbolState &state = stateOf(rec);
        if (t.reserveCounted) {
            reservedSum.remove(t.reserved);
            if (t.quoted)
                --state.quotedOrders;
        }
        t.reserveCounted = !rec.isExit() && !isTerminal(rec.order.status);
        if (!t.reserveCounted) {
            t.reserved = Decimal();
            t.quoted = false;
            return;
        }
        t.reserved = openingCost(rec);
        t.quoted = holdIsQuoted(rec);
        reservedSum.add(t.reserved);
        if (t.quoted) {
            if (state.quotedOrders++ == 0)
                state.reserveAsk = askOrReference(state);
        }
    }

    /** Brings every open order's hold up to date with the positions and quotes. */
    void settleReserves() const
    {
        const qint64 current = generation();
        if (reserveGeneration != current) {
            reserveGeneration = current;
            for (SymbolState &state : symbolStates) {
                if (state.quotedOrders == 0)
                    continue;
                const Decimal ask = askOrReference(state);
                if (!identical(ask, state.reserveAsk)) {
                    state.reserveAsk = ask;
                    reserveSideChanged(state, 0);
                    reserveSideChanged(state, 1);
                }
            }
        }
        const std::vector<int> symbols = std::move(reserveStaleSymbols);
        reserveStaleSymbols.clear();
        for (const int slot : symbols) {
            SymbolState &state = symbolStates[std::size_t(slot)];
            const int index = book.symbolIndex(state.symbol);
            for (const OrderSide side : { OrderSide::Buy, OrderSide::Sell }) {
                if (!state.reserveStale[side == OrderSide::Buy ? 0 : 1])
                    continue;
                book.forEachOpen(index, side, [this](const SimOrderRecord &rec) {
                    reprice(const_cast<SimOrderRecord &>(rec));
                });
            }
            state.reserveStale[0] = state.reserveStale[1] = false;
        }
        const std::vector<SimOrderRecord *> orders = std::move(reserveStaleOrders);
        reserveStaleOrders.clear();
        for (SimOrderRecord *rec : orders) {
            if (rec->tracking.reserveStale)
                reprice(*rec);
        }
    }

    /** Forgets every hold (the book was replaced): all open orders are priced afresh. */
    void resetReserves() const
    {
        reservedSum.clear();
        reserveStaleOrders.clear();
        reserveStaleSymbols.clear();
        reserveGeneration = -1;
        for (SymbolState &state : symbolStates) {
            state.quotedOrders = 0;
            state.reserveStale[0] = state.reserveStale[1] = false;
        }
        for (SimOrderRecord *rec : book.openRecords())
            reserveChanged(*rec);
    }

    /**
     * Σ openingCost() over the open orders (but @p excludeId), as a running total: an
     * order is re-priced when it changes, the orders on one side of a symbol when its
     * position moves in a way they read, and those that read the quote when it changes.
     */
    Decimal reservedCost(const QString &excludeId = {}) const
    {
        settleReserves();
        if (!excludeId.isEmpty()) {
            const SimOrderRecord *excluded = book.find(excludeId);
            if (excluded && excluded->tracking.reserveCounted)
                return reservedSum.valueWithout(excluded->tracking.reserved);
        }
        return reservedSum.value();
    }

    struct Power
    {
        Decimal buyingPower;
        Decimal regt;
        Decimal daytrading;
        Decimal nonMarginable;
        int multiplier = 1;
    };

    /** §4/§16: Reg T buying power with the multiplier, net of what open orders hold. */
    Power power(const Valuation &v, const QString &excludeId = {}) const
    {
        Power p;
        p.multiplier = multiplier(v);
        const Decimal reserved = reservedCost(excludeId);
        const Decimal excess = Decimal::max(v.equity - v.initialMargin, Decimal());
        if (p.multiplier == 1)
            p.regt = ledger.cash() - reserved;
        else
            p.regt = excess * Decimal::fromInt(2) - reserved;
        p.regt = Decimal::max(p.regt, Decimal());
        p.buyingPower = p.regt;
        if (p.multiplier == 4) {
            // sim decision: legacy day-trading buying power is fixed from the previous close
            // (§5) and only reduced by open orders, not tracked per round trip.
            p.daytrading = Decimal::max(
                Decimal::fromInt(4) * (lastEquity() - lastMaintenanceMargin()) - reserved,
                Decimal());
            p.buyingPower = Decimal::max(p.regt, p.daytrading);
        }
        p.nonMarginable = Decimal::max(Decimal::min(ledger.cash(), excess) - reserved, Decimal());
        return p;
    }

    /** Shares of @p symbol that open orders on @p side hold (an OCO pair counts once). */
    Decimal heldForOrders(const QString &symbol, OrderSide side,
                          const QString &excludeId = {}) const
    {
        Decimal held;
        book.forEachOpen(book.symbolIndex(symbol), side, [&](const SimOrderRecord &rec) {
            if (rec.order.id == excludeId)
                return;
            if (rec.isExit() && !rec.working)
                return; // an exit waiting for its entry holds nothing yet
            if (rec.role == SimOrderRecord::Role::StopLoss) {
                const SimOrderRecord *sibling = siblingExit(rec);
                if (sibling && sibling->working && !isTerminal(sibling->order.status))
                    return; // the take-profit already holds these shares
            }
            held += orderQtyEstimate(rec);
        });
        return held;
    }

    // --- PDT (legacy) ---------------------------------------------------------------------

    QList<QDate> pdtWindow() const
    {
        QList<QDate> days;
        QDate day = today();
        if (!bounds(day).trading)
            day = calendar.previousTradingDay(day);
        for (int i = 0; i < kPdtWindowDays && day.isValid(); ++i) {
            days.append(day);
            day = calendar.previousTradingDay(day);
        }
        return days;
    }

    int daytradeCount() const { return ledger.dayTradesWithin(pdtWindow()); }

    /** Whether @p rec could complete a day trade (§5: pending pairs count too). */
    bool couldDayTrade(const SimOrderRecord &rec) const
    {
        const Order &o = rec.order;
        if (const SimAccount::Holding *h = ledger.holding(o.symbol)) {
            const bool reduces = (o.side == OrderSide::Sell) == h->qty.isPositive();
            if (reduces && h->openedDay == today() && h->openedQty.isPositive())
                return true;
        }
        const OrderSide other = o.side == OrderSide::Buy ? OrderSide::Sell : OrderSide::Buy;
        return book.hasOpen(book.symbolIndex(o.symbol), other);
    }

    // --- events ---------------------------------------------------------------------------

    void queue(TradeEvent event, const SimOrderRecord &rec,
               const std::optional<Decimal> &price = std::nullopt,
               const std::optional<Decimal> &qty = std::nullopt,
               const std::optional<Decimal> &positionQty = std::nullopt,
               const QString &executionId = {})
    {
        TradeUpdate &update = pendingEvents.emplace_back();
        update.event = event;
        update.order = book.view(rec, !rec.legIds.isEmpty());
        update.timestamp = now;
        update.price = price;
        update.qty = qty;
        update.positionQty = positionQty;
        update.executionId = executionId;
    }

    /** Emits the queued events in order; re-entrant calls leave them to the outer loop. */
    void flush()
    {
        if (flushing)
            return;
        flushing = true;
        // Batch by batch: events a slot causes are queued behind the current batch, as
        // they were behind the whole queue, and the batch is not disturbed while emitted.
        std::vector<TradeUpdate> batch;
        while (!pendingEvents.empty()) {
            batch.swap(pendingEvents);
            const quint64 epoch = pendingEpoch;
            for (const TradeUpdate &update : batch) {
                if (pendingEpoch != epoch)
                    break; // a slot restored the state: what was queued is gone
                Q_EMIT q->tradeUpdate(update);
            }
            batch.clear();
        }
        if (batch.capacity() > pendingEvents.capacity() && pendingEvents.empty())
            pendingEvents.swap(batch); // keep the larger buffer for the next call
        flushing = false;
    }

    // --- order state changes --------------------------------------------------------------

    /** Every change to a stored record goes through here: the indexes and totals follow it. */
    void touched(SimOrderRecord &rec)
    {
        book.sync(rec);
        reserveChanged(rec);
    }

    void setStatus(SimOrderRecord &rec, OrderStatus status)
    {
        rec.order.status = status;
        rec.order.updatedAt = now;
        touched(rec);
    }

    void cancelOne(SimOrderRecord &rec)
    {
        if (isTerminal(rec.order.status))
            return;
        rec.order.canceledAt = now;
        setStatus(rec, OrderStatus::Canceled);
        queue(TradeEvent::Canceled, rec);
    }

    /** §7.4: cancelling any order of a group cancels the rest; @p rec goes first. */
    void cancelGroup(SimOrderRecord &rec)
    {
        cancelOne(rec);
        for (const QString &id : book.groupIds(rec)) {
            if (SimOrderRecord *member = book.find(id))
                cancelOne(*member);
        }
    }

    void expire(SimOrderRecord &rec)
    {
        if (isTerminal(rec.order.status))
            return;
        rec.order.expiredAt = now;
        setStatus(rec, OrderStatus::Expired);
        queue(TradeEvent::Expired, rec);
    }

    SimOrderRecord *siblingExit(const SimOrderRecord &rec) const
    {
        SimOrderBook &mutableBook = const_cast<SimOrderBook &>(book);
        if (rec.isLeg()) {
            SimOrderRecord *parent = mutableBook.find(rec.parentId);
            if (!parent)
                return nullptr;
            if (parent->isExit())
                return parent; // OCO: the take-profit parent
            for (const QString &id : parent->legIds) {
                SimOrderRecord *leg = mutableBook.find(id);
                if (id != rec.order.id && leg && leg->isExit())
                    return leg;
            }
            return nullptr;
        }
        if (rec.isExit() && !rec.legIds.isEmpty())
            return mutableBook.find(rec.legIds.first());
        return nullptr;
    }

    /** Can @p rec trade continuously in @p session? (opg/cls trade only in their auction.) */
    static bool canWork(const SimOrderRecord &rec, MarketSession session)
    {
        if (isAuction(rec.order.timeInForce))
            return false;
        if (session == MarketSession::Regular)
            return true;
        return rec.order.extendedHours
            && (session == MarketSession::PreMarket || session == MarketSession::AfterHours);
    }

    /** Whether an order is routed now (new) or waits for its session (accepted). */
    bool isRoutable(const SimOrderRecord &rec, MarketSession session) const
    {
        if (isAuction(rec.order.timeInForce))
            return session != MarketSession::Closed && isToday(rec.auctionAt);
        return canWork(rec, session);
    }

    void activate(SimOrderRecord &rec, MarketSession session)
    {
        if (rec.order.status != OrderStatus::Accepted || !isRoutable(rec, session))
            return;
        setStatus(rec, OrderStatus::New);
        queue(TradeEvent::New, rec);
    }

    /** The instant a day order ends (§7.3, §9); null for other TIFs. */
    Timestamp expiryFor(const SimOrderRecord &rec) const
    {
        const Order &o = rec.order;
        if (isAuction(o.timeInForce))
            return rec.auctionAt;
        if (o.timeInForce != TimeInForce::Day && !isOnce(o.timeInForce)) {
            // sim decision: GTC orders never expire (Alpaca's 90-day limit is not modelled).
            return {};
        }
        // A day order belongs to today's session if submitted before it ends, else to the
        // next trading day's. Extended-hours day orders live until the session close
        // (20:00, 17:00 on early closes), the others until the regular close.
        QDate day = today();
        for (int guard = 0; guard < 400; ++guard) {
            const DayBounds &b = bounds(day);
            if (b.trading) {
                const Timestamp end = o.extendedHours ? b.sessionClose : b.regularClose;
                if (now < end)
                    return end;
            }
            day = day.addDays(1);
        }
        return {};
    }

    // --- matching -------------------------------------------------------------------------

    /** Updates a trailing stop's hwm and stop_price from @p quote (regular hours only). */
    void updateTrail(SimOrderRecord &rec, const SimQuote &quote)
    {
        Order &o = rec.order;
        const bool sell = o.side == OrderSide::Sell;
        const Decimal mark = sell ? quote.bid : quote.ask;
        if (!mark.isPositive())
            return;
        const bool better = !o.hwm || (sell ? mark > *o.hwm : mark < *o.hwm);
        if (!better && o.stopPrice)
            return;
        if (better)
            o.hwm = mark;
        Decimal stop;
        if (o.trailPrice) {
            stop = sell ? *o.hwm - *o.trailPrice : *o.hwm + *o.trailPrice;
        } else {
            const Decimal pct = o.trailPercent.value_or(Decimal());
            const Decimal factor = sell ? (kHundred - pct) / kHundred : (kHundred + pct) / kHundred;
            // sim decision: the percent stop is rounded to the tick toward the market side
            // that keeps the full trail (down for a sell, up for a buy).
            stop = (*o.hwm * factor)
                       .roundedToTick(sell ? Decimal::Rounding::Floor : Decimal::Rounding::Ceiling);
        }
        o.stopPrice = stop;
        o.updatedAt = now;
        if (rec.tracking.stored == &rec)
            touched(rec); // a trailing buy holds buying power at its stop
    }

    static bool stopReached(const Order &o, const SimQuote &quote)
    {
        if (!o.stopPrice)
            return false;
        if (o.side == OrderSide::Buy)
            return quote.ask.isPositive() && quote.ask >= *o.stopPrice;
        return quote.bid.isPositive() && quote.bid <= *o.stopPrice;
    }

    /** The price @p rec trades at against @p quote now, if it is marketable. */
    static std::optional<Decimal> executablePrice(const SimOrderRecord &rec, const SimQuote &quote)
    {
        const Order &o = rec.order;
        const bool buy = o.side == OrderSide::Buy;
        const Decimal touch = buy ? quote.ask : quote.bid;
        if (!touch.isPositive())
            return std::nullopt;
        const bool limitLike = o.type == OrderType::Limit || o.type == OrderType::StopLimit;
        if (limitLike && o.limitPrice) {
            const bool crossed = buy ? *o.limitPrice >= touch : *o.limitPrice <= touch;
            if (!crossed)
                return std::nullopt;
        }
        return touch; // §16: at the NBBO, which is the limit or better
    }

    void evaluate(SimOrderRecord &rec, MarketSession session)
    {
        Order &o = rec.order;
        if (!rec.working || isTerminal(o.status) || o.status == OrderStatus::Accepted)
            return;
        if (!canWork(rec, session))
            return;
        const bool once = isOnce(o.timeInForce);
        const std::optional<SimQuote> &quote = quoteFor(stateOf(rec));
        if (!quote) {
            if (once)
                cancelOne(rec);
            return;
        }
        if (o.type == OrderType::TrailingStop && !rec.triggered) {
            if (session != MarketSession::Regular)
                return; // §7.3: trailing stops never trigger outside regular hours
            updateTrail(rec, *quote);
            if (!stopReached(o, *quote))
                return;
            rec.triggered = true;
        }
        if ((o.type == OrderType::Stop || o.type == OrderType::StopLimit) && !rec.triggered) {
            if (!stopReached(o, *quote))
                return;
            rec.triggered = true;
            if (o.status == OrderStatus::Held) {
                // A stop-loss leg leaves `held` when it triggers (§7.4).
                setStatus(rec, OrderStatus::New);
                queue(TradeEvent::New, rec);
            }
        }
        const std::optional<Decimal> price = executablePrice(rec, *quote);
        if (!price) {
            if (once)
                cancelOne(rec);
            return;
        }
        fill(rec, *price, *quote);
        if (once && !isTerminal(o.status))
            cancelOne(rec); // ioc: the rest is cancelled after the first evaluation
    }

    void fill(SimOrderRecord &rec, const Decimal &price, const SimQuote &quote)
    {
        Order &o = rec.order;
        Decimal qty;
        if (o.notional) {
            // sim decision: a notional order fills in one execution of notional / price
            // shares, rounded down to 9 decimals, so the cost never exceeds the notional.
            qty = notionalQty(*o.notional, price);
            if (o.side == OrderSide::Sell) {
                const Decimal held = ledger.positionQty(o.symbol);
                qty = Decimal::min(qty, Decimal::max(held, Decimal()));
            }
            if (!qty.isPositive()) {
                cancelOne(rec);
                return;
            }
        } else {
            const Decimal remaining = rec.remainingQty();
            if (!remaining.isPositive())
                return;
            qty = remaining;
            // Orders larger than the displayed size fill the displayed size now and the
            // rest later (a size of 0 means the depth is unknown: no limit).
            const qint64 displayed = o.side == OrderSide::Buy ? quote.askSize : quote.bidSize;
            if (displayed > 0 && Decimal::fromInt(displayed) < qty)
                qty = Decimal::fromInt(displayed);
            const bool fok = o.timeInForce == TimeInForce::Fok;
            if (fok && qty < remaining) {
                cancelOne(rec); // fok: all or nothing
                return;
            }
            // §16: a share of eligible fills is made partial (seeded, so reproducible).
            // sim decision: only whole-share remainders of 2 or more are split.
            if (!fok && config.partialFillPercent > 0 && qty == remaining && remaining.isInteger()
                && remaining >= Decimal::fromInt(2)) {
                if (fillRandom.bounded(100) < std::uint64_t(config.partialFillPercent)) {
                    const std::int64_t whole = remaining.units() / Decimal::UnitsPerOne;
                    qty = Decimal::fromInt(
                        1 + std::int64_t(fillRandom.bounded(std::uint64_t(whole - 1))));
                }
            }
        }
        execute(rec, qty, price);
    }

    void execute(SimOrderRecord &rec, const Decimal &qty, const Decimal &price)
    {
        Order &o = rec.order;
        const QDate day = today();
        SymbolState &state = stateOf(rec);
        const Decimal positionBefore = positionOf(state);
        const SimAccount::FillEffect effect = ledger.applyFill(o.symbol, o.side, qty, price, day);
        remarkAfterFill(state, effect.positionQty, price);
        positionChanged(state, positionBefore, positionOf(state));
        if (effect.closedSameDayShares && !rec.dayTradeCounted) {
            rec.dayTradeCounted = true;
            ledger.recordDayTrade(day);
            if (config.pdt == PdtRegime::Legacy && daytradeCount() >= kPdtDayTrades)
                patternDayTrader = true;
        }

        rec.filledValue += qty * price;
        o.filledQty = (o.filledQty + qty).normalized();
        o.filledAvgPrice = (rec.filledValue / o.filledQty).normalized();
        const bool complete = o.notional.has_value() || (o.qty && o.filledQty >= *o.qty);
        o.status = complete ? OrderStatus::Filled : OrderStatus::PartiallyFilled;
        if (complete)
            o.filledAt = now;
        o.updatedAt = now;
        touched(rec);

        const QString executionId = idRandom.uuid();
        Activity activity;
        activity.id = activityId(executionId);
        activity.activityType = ActivityType::Fill;
        activity.transactionTime = now;
        activity.fillType = complete ? QStringLiteral("fill") : QStringLiteral("partial_fill");
        activity.price = price;
        activity.qty = qty;
        activity.side = sideText(o.side);
        activity.symbol = o.symbol;
        activity.leavesQty = o.qty ? (*o.qty - o.filledQty).normalized() : Decimal();
        activity.cumQty = o.filledQty;
        activity.orderId = o.id;
        activity.orderStatus = o.status;
        activityLog.append(std::move(activity), now);

        queue(complete ? TradeEvent::Fill : TradeEvent::PartialFill, rec, price, qty,
              effect.positionQty.normalized(), executionId);
        recorder.record(now, equity(), true);

        if (rec.role == SimOrderRecord::Role::Entry && complete)
            activateExits(rec);
        if (rec.isExit()) {
            if (SimOrderRecord *sibling = siblingExit(rec);
                sibling && !isTerminal(sibling->order.status)) {
                if (complete) {
                    // sim decision: the other exit ends `canceled` (alpaca-py #198 saw
                    // `replaced`; canceled is the documented OCO outcome).
                    cancelOne(*sibling);
                } else if (o.qty && sibling->order.qty) {
                    // §7.4: a partial exit shrinks the other exit to what is left.
                    // sim decision: announced as `restated`, one of Alpaca's stream events.
                    sibling->order.qty = (*o.qty - o.filledQty).normalized();
                    sibling->order.updatedAt = now;
                    touched(*sibling);
                    queue(TradeEvent::Restated, *sibling);
                }
            }
        }
    }

    /** A bracket/OTO entry filled completely: its exits start working (§7.4). */
    void activateExits(SimOrderRecord &entry)
    {
        for (const QString &id : entry.legIds) {
            SimOrderRecord *leg = book.find(id);
            if (!leg || isTerminal(leg->order.status))
                continue;
            leg->working = true;
            leg->order.qty = entry.order.filledQty;
            if (leg->role == SimOrderRecord::Role::TakeProfit) {
                setStatus(*leg, OrderStatus::New);
                queue(TradeEvent::New, *leg);
            } else {
                leg->order.updatedAt = now; // the stop-loss stays `held` until it triggers
                touched(*leg);
            }
        }
    }

    /** opg/cls: one shot at the auction price; whatever does not trade expires. */
    void runAuction(SimOrderRecord &rec)
    {
        const std::optional<SimQuote> quote =
            quotes ? quotes(rec.order.symbol, rec.auctionAt) : std::nullopt;
        if (rec.order.status == OrderStatus::Accepted) {
            setStatus(rec, OrderStatus::New);
            queue(TradeEvent::New, rec);
        }
        std::optional<Decimal> price;
        if (quote)
            price = executablePrice(rec, *quote);
        if (!price) {
            // sim decision: an unfilled MOO/LOO/MOC/LOC ends `expired` right after its auction.
            expire(rec);
            return;
        }
        // sim decision: the auction fills the whole order (no displayed size, no random split).
        Decimal qty = rec.order.qty ? rec.remainingQty() : Decimal();
        if (rec.order.notional)
            qty = notionalQty(*rec.order.notional, *price);
        if (!qty.isPositive()) {
            expire(rec);
            return;
        }
        execute(rec, qty, *price);
    }

    void bookClose(QDate day)
    {
        lastCloseDate = day;
        const Valuation v = valuation();
        recorder.recordClose(day, v.equity, v.maintenanceMargin);
        for (const SimAccount::Holding &h : ledger.holdings())
            ledger.markClose(h.symbol, markPrice(h.symbol, h.lastFillPrice));
        recorder.record(now, v.equity, true);
    }

    void step(const Timestamp &at)
    {
        now = at;
        const MarketSession session = sessionNow();
        // Three passes over the open orders, oldest first in each. The book hands out only
        // the orders a pass can act on (an order due at `at`; accepted, non-limit, or a
        // limit the quote reaches), so a step costs what it does, not the size of the book;
        // every other order would be left as it is (SimOrderBook::stepWork()).
        for (SimOrderRecord *rec : book.auctionsDue(at)) {
            if (!isTerminal(rec->order.status) && isAuction(rec->order.timeInForce)
                && !rec->auctionAt.isNull() && rec->auctionAt <= at) {
                runAuction(*rec);
            }
        }
        for (SimOrderRecord *rec : book.expiriesDue(at)) {
            if (!isTerminal(rec->order.status) && !rec->order.expiresAt.isNull()
                && rec->order.expiresAt <= at) {
                // sim decision: a day order still open at its end is `expired` (§16: the
                // documented meaning of the end of its time in force), not `canceled`.
                expire(*rec);
            }
        }
        const auto touchOf = [this](int symbol) {
            const std::optional<SimQuote> &quote = quoteFor(book.symbolAt(symbol));
            if (!quote)
                return std::pair<std::int64_t, std::int64_t> { 0, 0 };
            return std::pair { quote->bid.isValid() ? quote->bid.units() : 0,
                               quote->ask.isValid() ? quote->ask.units() : 0 };
        };
        for (SimOrderRecord *rec : book.stepWork(touchOf)) {
            if (isTerminal(rec->order.status))
                continue;
            activate(*rec, session);
            evaluate(*rec, session);
        }
        const QDate day = today();
        const DayBounds &b = bounds(day);
        if (b.trading && at >= b.regularClose && (!lastCloseDate.isValid() || lastCloseDate < day))
            bookClose(day);
        if (recorder.wantsSnapshot(at))
            recorder.record(at, equity());
    }

    /** The instants between now and @p target at which something may happen. */
    QList<Timestamp> breakpoints(const Timestamp &target) const
    {
        QList<Timestamp> points;
        const auto add = [&](const Timestamp &t) {
            if (!t.isNull() && t > now && t < target)
                points.append(t);
        };
        const QDate last = MarketCalendar::newYorkDate(target);
        for (QDate day = today(); day.isValid() && day <= last; day = day.addDays(1)) {
            const DayBounds &b = bounds(day);
            if (!b.trading)
                continue;
            add(b.sessionOpen);
            add(b.regularOpen);
            add(b.regularClose);
            add(b.sessionClose);
        }
        for (const SimOrderRecord *rec : book.timedBetween(now, target)) {
            add(rec->order.expiresAt);
            add(rec->auctionAt);
        }
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
        return points;
    }

    void evaluateGroup(SimOrderRecord &root)
    {
        const MarketSession session = sessionNow();
        const QStringList legIds = root.legIds; // a copy: evaluating may change the group
        evaluate(root, session);
        for (const QString &id : legIds) {
            if (SimOrderRecord *rec = book.find(id))
                evaluate(*rec, session);
        }
    }

    // --- submission -----------------------------------------------------------------------

    Order newOrder(const SimAsset &asset, const OrderRequest &r, OrderClass cls)
    {
        Order o;
        o.id = idRandom.uuid();
        o.createdAt = now;
        o.updatedAt = now;
        o.submittedAt = now;
        o.assetId = stateOf(asset.symbol).assetId; // made once per symbol
        o.symbol = asset.symbol;
        o.assetClass = AssetClass::UsEquity;
        o.qty = r.qty ? std::optional<Decimal>(r.qty->normalized()) : std::nullopt;
        o.notional = r.notional;
        o.filledQty = Decimal();
        o.orderClass = cls;
        o.type = r.type;
        o.side = r.side;
        o.positionIntent = r.positionIntent;
        o.timeInForce = r.timeInForce;
        o.limitPrice = r.limitPrice;
        o.stopPrice = r.stopPrice;
        o.extendedHours = r.extendedHours;
        o.trailPrice = r.trailPrice;
        o.trailPercent = r.trailPercent;
        return o;
    }

    /** The records of a request: the root, then its legs (not yet stored). */
    QList<SimOrderRecord> buildRecords(const SimAsset &asset, const OrderRequest &r,
                                       const Timestamp &auctionAt)
    {
        const OrderClass cls = SimOrderValidator::orderClass(r);
        QList<SimOrderRecord> records;
        SimOrderRecord root;
        root.tracking.slot = slotOf(asset.symbol);
        root.order = newOrder(asset, r, cls);
        root.order.clientOrderId = r.clientOrderId.isEmpty() ? idRandom.uuid() : r.clientOrderId;
        root.working = true;
        root.auctionAt = auctionAt;
        if (cls == OrderClass::Oco) {
            root.role = SimOrderRecord::Role::TakeProfit;
            root.order.limitPrice = r.takeProfit->limitPrice;
        } else if (cls != OrderClass::Simple) {
            root.role = SimOrderRecord::Role::Entry;
        }
        records.append(std::move(root));
        if (cls == OrderClass::Simple)
            return records;

        const OrderSide exitSide = SimOrderValidator::exitSide(r);
        const auto makeLeg = [&](SimOrderRecord::Role role) {
            SimOrderRecord leg;
            OrderRequest legRequest;
            legRequest.qty = r.qty;
            legRequest.side = exitSide;
            legRequest.timeInForce = r.timeInForce;
            if (role == SimOrderRecord::Role::TakeProfit) {
                legRequest.type = OrderType::Limit;
                legRequest.limitPrice = r.takeProfit->limitPrice;
            } else {
                legRequest.type = r.stopLoss->limitPrice ? OrderType::StopLimit : OrderType::Stop;
                legRequest.stopPrice = r.stopLoss->stopPrice;
                legRequest.limitPrice = r.stopLoss->limitPrice;
            }
            leg.order = newOrder(asset, legRequest, cls);
            leg.order.clientOrderId = idRandom.uuid();
            leg.order.status = OrderStatus::Held;
            leg.role = role;
            leg.parentId = records.first().order.id;
            // An OCO's stop-loss watches its stop from the start; bracket/OTO exits
            // wait for the entry to fill completely.
            leg.working = cls == OrderClass::Oco;
            return leg;
        };
        if (cls != OrderClass::Oco && r.takeProfit)
            records.append(makeLeg(SimOrderRecord::Role::TakeProfit));
        if (r.stopLoss)
            records.append(makeLeg(SimOrderRecord::Role::StopLoss));
        for (qsizetype i = 1; i < records.size(); ++i)
            records.first().legIds.append(records.at(i).order.id);
        return records;
    }

    std::optional<Error> checkPosition(const SimOrderRecord &root, const SimAsset &asset,
                                       const Valuation &v, bool fractional,
                                       const QString &excludeId)
    {
        const Order &o = root.order;
        const Decimal position = ledger.positionQty(o.symbol);
        const bool exitOnly = o.orderClass == OrderClass::Oco;
        const Decimal requested = orderQtyEstimate(root);
        const auto insufficient = [&](const Decimal &available, const Decimal &held) {
            QJsonObject extra;
            extra.insert(QStringLiteral("available"), dec(available));
            extra.insert(QStringLiteral("existing_qty"), dec(position.abs()));
            extra.insert(QStringLiteral("held_for_orders"), dec(held));
            extra.insert(QStringLiteral("symbol"), o.symbol);
            return SimError::forbidden(
                tr("insufficient qty available for order (requested: %1, available: %2)")
                    .arg(dec(requested), dec(available)),
                extra);
        };

        if (o.side == OrderSide::Buy) {
            if (!exitOnly)
                return std::nullopt; // sim decision: buys are limited by buying power only
            // An OCO buy closes a short.
            const Decimal held = heldForOrders(o.symbol, OrderSide::Buy, excludeId);
            const Decimal available =
                position.isNegative() ? Decimal::max(position.abs() - held, Decimal()) : Decimal();
            if (requested > available)
                return insufficient(available, held);
            return std::nullopt;
        }

        if (position.isPositive() || exitOnly) {
            // sim decision: one order never flips a long into a short (older docs, §7.3);
            // a sell beyond the shares not held by other orders is refused.
            const Decimal held = heldForOrders(o.symbol, OrderSide::Sell, excludeId);
            const Decimal available =
                position.isPositive() ? Decimal::max(position - held, Decimal()) : Decimal();
            if (requested > available)
                return insufficient(available, held);
            return std::nullopt;
        }

        // A sell when flat or short opens or adds to a short (§7.3).
        if (fractional)
            return SimError::forbidden(tr("fractional orders cannot be sold short"));
        if (!config.shortingEnabled || configurations.noShorting || maxMultiplier() <= 1)
            return SimError::forbidden(tr("account is not allowed to short"));
        if (v.equity < kMarginMinimum) {
            // sim decision: Alpaca's wording for the $2,000 minimum is unknown.
            return SimError::forbidden(
                tr("account is not allowed to short: equity is below $2,000"));
        }
        if (!asset.shortable)
            return SimError::forbidden(tr("asset \"%1\" is not shortable").arg(asset.symbol));
        if (!asset.easyToBorrow) {
            // sim decision: hard-to-borrow names cannot be shorted (no locate service).
            return SimError::forbidden(
                tr("asset \"%1\" is not easy to borrow and cannot be sold short")
                    .arg(asset.symbol));
        }
        return std::nullopt;
    }

    std::optional<Error> checkBuyingPower(const SimOrderRecord &root, const SimAsset &asset,
                                          const Valuation &v, bool fractional,
                                          const QString &excludeId)
    {
        const Decimal cost = openingCost(root);
        if (fractional && root.order.side == OrderSide::Buy) {
            const Decimal value =
                root.order.notional ? *root.order.notional : root.remainingQty() * buyPrice(root);
            if (value < kOne) {
                // sim decision: Alpaca's $1 minimum (§7.3, Broker API) applied to
                // fractional and notional buys, with the wording Alpaca uses for it.
                return SimError::forbidden(tr("cost basis must be >= 1"));
            }
        }
        if (cost.isZero())
            return std::nullopt;
        const Power p = power(v, excludeId);
        const Decimal available = asset.marginable ? p.buyingPower : p.nonMarginable;
        // An absurd quantity can overflow the cost; an invalid Decimal compares false with
        // everything, so it must be refused explicitly, never waved through.
        if (!cost.isValid() || cost > available) {
            QJsonObject extra;
            extra.insert(QStringLiteral("buying_power"), dec(available));
            if (cost.isValid())
                extra.insert(QStringLiteral("cost_basis"), dec(cost));
            return SimError::forbidden(tr("insufficient buying power"), extra);
        }
        return std::nullopt;
    }

    std::optional<Error> checkPdt(const SimOrderRecord &root)
    {
        if (config.pdt != PdtRegime::Legacy)
            return std::nullopt;
        // §5 (legacy): refuse an order that could make the 4th day trade in 5 business
        // days while equity is under $25,000. sim decision: "equity" is the previous
        // close's (the later wording), i.e. last_equity.
        if (daytradeCount() < kPdtDayTrades - 1 || lastEquity() >= kPdtMinimum)
            return std::nullopt;
        if (!couldDayTrade(root))
            return std::nullopt;
        return SimError::make(403, SimError::PdtProtection,
                              tr("trade denied due to pattern day trading protection"));
    }

    std::optional<Error> checkClientOrderId(const QString &clientOrderId) const
    {
        if (clientOrderId.size() > SimOrderValidator::MaxClientOrderIdLength) {
            // sim decision: the Trading API v2 limit of 48 characters, strictly (§18).
            return SimError::invalidInput(tr("client_order_id must be no more than %1 characters")
                                              .arg(SimOrderValidator::MaxClientOrderIdLength),
                                          QStringLiteral("client_order_id"));
        }
        if (!clientOrderId.isEmpty() && book.containsClientOrderId(clientOrderId)) {
            // [O] HTTP 422 with code 40010001 (§3).
            return SimError::make(422, SimError::InvalidInput, tr("client_order_id must be unique"),
                                  {}, QStringLiteral("client_order_id"));
        }
        return std::nullopt;
    }

    Result<Order> submit(const OrderRequest &r)
    {
        if (std::optional<Error> error = checkClientOrderId(r.clientOrderId))
            return *error;
        if (r.symbol.isEmpty())
            return SimError::invalidInput(tr("symbol is required"), QStringLiteral("symbol"));
        const SimAsset *asset = universe.find(r.symbol);
        if (!asset) {
            // sim decision: an order for an unknown symbol is a 422 (the body is invalid),
            // while GET of an unknown asset or position is a 404.
            return SimError::unprocessable(tr("asset \"%1\" not found").arg(r.symbol), {},
                                           QStringLiteral("symbol"));
        }
        if (std::optional<Error> error = SimOrderValidator::checkShape(r))
            return *error;
        SimOrderValidator::Rules rules;
        rules.fractionalTrading = configurations.fractionalTrading;
        rules.fractionalStopOrders = config.fractionalStopOrders;
        if (std::optional<Error> error = SimOrderValidator::checkAsset(r, *asset, rules))
            return *error;
        if (configurations.suspendTrade)
            return SimError::forbidden(tr("trading is suspended for this account"));
        const std::optional<SimQuote> &quote = quoteFor(asset->symbol);
        if (std::optional<Error> error = SimOrderValidator::checkPrices(r, quote))
            return *error;

        Timestamp auctionAt;
        if (isAuction(r.timeInForce)) {
            const Result<Timestamp> auction = r.timeInForce == TimeInForce::Opg
                ? calendar.openingAuctionFor(now)
                : calendar.closingAuctionFor(now);
            if (!auction)
                return SimError::unprocessable(auction.error().message, {},
                                               QStringLiteral("time_in_force"));
            auctionAt = auction.value();
        }

        QList<SimOrderRecord> records = buildRecords(*asset, r, auctionAt);
        SimOrderRecord &draft = records.first();
        const bool fractional = SimOrderValidator::isFractional(r);
        const Valuation v = valuation();
        if (std::optional<Error> error = checkPosition(draft, *asset, v, fractional, {}))
            return *error;
        if (std::optional<Error> error = checkPdt(draft))
            return *error;
        if (std::optional<Error> error = checkBuyingPower(draft, *asset, v, fractional, {}))
            return *error;

        // Accepted: store, announce, and give it its first look at the market.
        const MarketSession session = sessionNow();
        draft.order.expiresAt = expiryFor(draft);
        draft.order.status = isRoutable(draft, session) ? OrderStatus::New : OrderStatus::Accepted;
        for (qsizetype i = 1; i < records.size(); ++i)
            records[i].order.expiresAt = draft.order.expiresAt;
        SimOrderRecord *root = nullptr; // records are stored for good: the reference stays valid
        for (SimOrderRecord &record : records) {
            SimOrderRecord &stored = book.insert(std::move(record));
            reserveChanged(stored);
            if (!root)
                root = &stored;
        }
        queue(root->order.status == OrderStatus::New ? TradeEvent::New : TradeEvent::Accepted,
              *root);
        for (const QString &legId : root->legIds) {
            if (const SimOrderRecord *leg = book.find(legId))
                queue(TradeEvent::Held, *leg);
        }
        evaluateGroup(*root);
        // sim decision: the answer is the order after that first look, so a marketable
        // order comes back filled (Alpaca's answer may predate the fill; clients take both).
        return book.view(*root, true);
    }

    // --- replace --------------------------------------------------------------------------

    Result<Order> replace(const QString &id, const ReplaceOrderRequest &r)
    {
        SimOrderRecord *old = book.find(id);
        if (!old)
            return SimError::notFound(tr("order not found"));
        const Order &o = old->order;
        const OrderStatus status = o.status;
        const bool heldLeg = status == OrderStatus::Held && old->isLeg();
        if (isTerminal(status) || status == OrderStatus::Accepted
            || status == OrderStatus::PendingNew || status == OrderStatus::PendingCancel
            || status == OrderStatus::PendingReplace || (status == OrderStatus::Held && !heldLeg)) {
            return SimError::unprocessable(
                tr("order is not replaceable in status %1").arg(QString(enumToWire(status))));
        }
        if (o.notional) {
            return SimError::unprocessable(
                tr("notional orders cannot be replaced; cancel and submit a new order"));
        }
        if (r.isEmpty())
            return SimError::invalidInput(tr("no field to replace was given"));
        if (r.qty) {
            if (!r.qty->isPositive())
                return SimError::invalidInput(tr("qty must be > 0"), QStringLiteral("qty"));
            if (!r.qty->isInteger() || (o.qty && !o.qty->isInteger())) {
                return SimError::unprocessable(
                    tr("the qty of a fractional order cannot be replaced"), {},
                    QStringLiteral("qty"));
            }
            if (*r.qty <= o.filledQty) {
                return SimError::unprocessable(
                    tr("qty must be greater than filled_qty %1").arg(dec(o.filledQty)), {},
                    QStringLiteral("qty"));
            }
            if (old->isLeg() || !old->legIds.isEmpty()) {
                // sim decision: §7.4 only lets the legs' prices change.
                return SimError::unprocessable(
                    tr("the qty of an advanced order cannot be replaced"), {},
                    QStringLiteral("qty"));
            }
        }
        const bool hasLimit = o.type == OrderType::Limit || o.type == OrderType::StopLimit;
        const bool hasStop = o.type == OrderType::Stop || o.type == OrderType::StopLimit;
        if (r.limitPrice && !hasLimit) {
            return SimError::invalidInput(
                tr("limit_price is not allowed for %1 orders").arg(QString(enumToWire(o.type))),
                QStringLiteral("limit_price"));
        }
        if (r.stopPrice && !hasStop) {
            return SimError::invalidInput(
                tr("stop_price is not allowed for %1 orders").arg(QString(enumToWire(o.type))),
                QStringLiteral("stop_price"));
        }
        if (r.trail && o.type != OrderType::TrailingStop) {
            return SimError::invalidInput(tr("trail is only allowed for trailing_stop orders"),
                                          QStringLiteral("trail"));
        }
        for (const auto &[value, field] :
             { std::pair { r.limitPrice, "limit_price" }, std::pair { r.stopPrice, "stop_price" },
               std::pair { r.trail, "trail" } }) {
            if (!value)
                continue;
            const QString name = QString::fromLatin1(field);
            if (!value->isPositive())
                return SimError::invalidInput(tr("%1 must be > 0").arg(name), name);
            const bool percent = name == u"trail" && o.trailPercent;
            if (percent) {
                if (!(*value < kHundred))
                    return SimError::invalidInput(tr("trail must be < 100 for a percent trail"),
                                                  name);
            } else if (std::optional<Error> error = SimOrderValidator::checkTick(*value, name)) {
                return *error;
            }
        }
        if (r.timeInForce) {
            const bool advanced = old->isLeg() || !old->legIds.isEmpty();
            const bool fractional = o.qty && !o.qty->isInteger();
            if (!SimOrderValidator::allowsTimeInForce(o.type, *r.timeInForce)
                || (advanced && *r.timeInForce != TimeInForce::Day
                    && *r.timeInForce != TimeInForce::Gtc)
                || (fractional && *r.timeInForce != TimeInForce::Day)
                || (o.extendedHours && *r.timeInForce != TimeInForce::Day)
                || isAuction(*r.timeInForce) != isAuction(o.timeInForce)) {
                return SimError::invalidInput(tr("invalid time_in_force %1 for this order")
                                                  .arg(QString(enumToWire(*r.timeInForce))),
                                              QStringLiteral("time_in_force"));
            }
        }
        if (std::optional<Error> error = checkClientOrderId(r.clientOrderId))
            return *error;

        // The replacement, checked against the account as if the old order were gone
        // (§7.5: while pending, the larger of the two holds buying power).
        SimOrderRecord draft = *old;
        Order &n = draft.order;
        n.id = idRandom.uuid();
        n.clientOrderId = r.clientOrderId.isEmpty() ? idRandom.uuid() : r.clientOrderId;
        n.createdAt = now;
        n.updatedAt = now;
        n.submittedAt = now;
        n.replaces = o.id;
        n.replacedBy.clear();
        n.replacedAt = Timestamp();
        if (r.qty)
            n.qty = r.qty->normalized();
        if (r.timeInForce)
            n.timeInForce = *r.timeInForce;
        if (r.limitPrice)
            n.limitPrice = r.limitPrice;
        if (r.stopPrice && o.type != OrderType::TrailingStop)
            n.stopPrice = r.stopPrice;
        if (r.trail) {
            if (o.trailPercent)
                n.trailPercent = r.trail;
            else
                n.trailPrice = r.trail;
            if (n.hwm) {
                n.stopPrice.reset();
                if (const std::optional<SimQuote> &quote = quoteFor(n.symbol))
                    updateTrail(draft, *quote);
            }
        }
        if (hasStop && !draft.triggered && !old->isExit() && (r.stopPrice || r.limitPrice)) {
            if (std::optional<Error> error =
                    SimOrderValidator::checkStopSide(n.side, *n.stopPrice, quoteFor(n.symbol)))
                return *error;
        }
        // A leg lives as long as its group; anything else gets the end of its (new) TIF.
        if (!draft.isLeg())
            n.expiresAt = expiryFor(draft);
        const SimAsset *asset = universe.findBySymbol(n.symbol);
        if (!asset)
            return SimError::unprocessable(tr("asset \"%1\" not found").arg(n.symbol));
        const Valuation v = valuation();
        if (!old->isExit()) {
            if (std::optional<Error> error = checkPosition(draft, *asset, v, false, o.id))
                return *error;
            if (std::optional<Error> error = checkBuyingPower(draft, *asset, v, false, o.id))
                return *error;
        }

        // Swap: the old order is `replaced`, the new one takes its place in the group.
        n.status = heldLeg
            ? OrderStatus::Held
            : (n.filledQty.isZero() ? OrderStatus::New : OrderStatus::PartiallyFilled);
        const QString newId = n.id;
        reserveChanged(book.insert(std::move(draft)));
        old = book.find(id);
        SimOrderRecord *fresh = book.find(newId);
        old->order.replacedAt = now;
        old->order.replacedBy = newId;
        old->legIds.clear();
        setStatus(*old, OrderStatus::Replaced);
        for (const QString &legId : fresh->legIds) {
            if (SimOrderRecord *leg = book.find(legId)) {
                leg->parentId = newId;
                // The legs share the parent's time in force (§7.4).
                leg->order.timeInForce = fresh->order.timeInForce;
                leg->order.expiresAt = fresh->order.expiresAt;
                touched(*leg);
            }
        }
        if (fresh->isLeg()) {
            if (SimOrderRecord *parent = book.find(fresh->parentId)) {
                const qsizetype index = parent->legIds.indexOf(id);
                if (index >= 0)
                    parent->legIds[index] = newId;
            }
        }
        // sim decision (§13, order unconfirmed): `replaced` for the old order, then the
        // new order's own event; no pending_replace, as the swap is immediate.
        queue(TradeEvent::Replaced, *old);
        queue(fresh->order.status == OrderStatus::Held ? TradeEvent::Held : TradeEvent::New,
              *fresh);
        evaluateGroup(*book.root(*fresh));
        return book.view(*fresh, true);
    }

    // --- positions ------------------------------------------------------------------------

    Position positionOf(const SimAccount::Holding &h) const
    {
        const SimAsset *asset = universe.findBySymbol(h.symbol);
        Position p;
        p.assetId = asset ? asset->id.toString(QUuid::WithoutBraces) : QString();
        p.symbol = h.symbol;
        p.exchange = asset ? asset->exchange : QString();
        p.assetClass = AssetClass::UsEquity;
        p.assetMarginable = asset ? asset->marginable : false;
        p.qty = h.qty.normalized();
        p.side = h.qty.isNegative() ? PositionSide::Short : PositionSide::Long;
        const OrderSide closing = h.qty.isNegative() ? OrderSide::Buy : OrderSide::Sell;
        const Decimal held = heldForOrders(h.symbol, closing);
        const Decimal free = Decimal::max(h.qty.abs() - held, Decimal());
        p.qtyAvailable = (h.qty.isNegative() ? -free : free).normalized();
        p.avgEntryPrice = h.avgEntryPrice();
        p.costBasis = money(h.costBasis);
        const Decimal price = markPrice(h.symbol, h.lastFillPrice);
        p.currentPrice = price;
        const Decimal value = h.qty * price;
        p.marketValue = money(value);
        const Decimal pl = value - h.costBasis;
        p.unrealizedPl = money(pl);
        // Ratios: 6 decimals (0.000001 = 0.0001 %) is as fine as anyone reads them.
        p.unrealizedPlpc =
            h.costBasis.isZero() ? Decimal() : (pl / h.costBasis.abs()).rounded(6).normalized();
        const Decimal intraday = value - h.intradayBasis;
        p.unrealizedIntradayPl = money(intraday);
        p.unrealizedIntradayPlpc = h.intradayBasis.isZero()
            ? Decimal()
            : (intraday / h.intradayBasis.abs()).rounded(6).normalized();
        const std::optional<Decimal> lastday = lastdayPrice(h.symbol);
        p.lastdayPrice = lastday;
        if (lastday && lastday->isPositive())
            p.changeToday = ((price - *lastday) / *lastday).rounded(6).normalized();
        return p;
    }

    Result<Order> closePosition(const QString &symbolOrAssetId, const ClosePositionRequest &r)
    {
        const SimAsset *asset = universe.find(symbolOrAssetId);
        const SimAccount::Holding *h = asset ? ledger.holding(asset->symbol) : nullptr;
        if (!h)
            return SimError::notFound(tr("position does not exist"));
        if (r.qty && r.percentage)
            return SimError::invalidInput(tr("qty and percentage cannot both be given"),
                                          QStringLiteral("percentage"));
        const Decimal size = h->qty.abs();
        Decimal qty = size;
        if (r.qty) {
            if (!r.qty->isPositive())
                return SimError::invalidInput(tr("qty must be > 0"), QStringLiteral("qty"));
            qty = *r.qty;
        } else if (r.percentage) {
            if (!r.percentage->isPositive() || *r.percentage > kHundred) {
                return SimError::invalidInput(tr("percentage must be between 0 and 100"),
                                              QStringLiteral("percentage"));
            }
            qty = (size * *r.percentage / kHundred)
                      .rounded(Decimal::MaxScale, Decimal::Rounding::Down);
            // §6: only a fractional position is closed in fractions.
            if (size.isInteger())
                qty = qty.rounded(0, Decimal::Rounding::Down);
            if (!qty.isPositive()) {
                return SimError::invalidInput(tr("percentage is too small to close any shares"),
                                              QStringLiteral("percentage"));
            }
        }
        const OrderSide side = h->qty.isNegative() ? OrderSide::Buy : OrderSide::Sell;
        const Decimal held = heldForOrders(asset->symbol, side);
        const Decimal available = Decimal::max(size - held, Decimal());
        if (qty > available) {
            QJsonObject extra;
            extra.insert(QStringLiteral("available"), dec(available));
            extra.insert(QStringLiteral("existing_qty"), dec(size));
            extra.insert(QStringLiteral("held_for_orders"), dec(held));
            extra.insert(QStringLiteral("symbol"), asset->symbol);
            return SimError::forbidden(
                tr("insufficient qty available for order (requested: %1, available: %2)")
                    .arg(dec(qty), dec(available)),
                extra);
        }
        OrderRequest request;
        request.symbol = asset->symbol;
        request.qty = qty.normalized();
        request.side = side;
        request.type = OrderType::Market;
        request.timeInForce = TimeInForce::Day;
        return submit(request);
    }

    QList<CancelAllResult> cancelAll()
    {
        QList<CancelAllResult> results;
        for (SimOrderRecord *rec : book.openRecords()) {
            cancelGroup(*rec); // members cancelled with their group still report 200
            results.append(CancelAllResult { rec->order.id, 200, std::nullopt });
        }
        return results;
    }

    // --- state ----------------------------------------------------------------------------

    static QString hex(std::uint64_t value) { return QString::number(value, 16); }

    QJsonObject save() const;
    Result<bool> restore(const QJsonObject &state);
};

// ---------------------------------------------------------------------------------------------

SimExchange::SimExchange(Config config, SimUniverse universe, MarketCalendar calendar,
                         QuoteSource quotes, const Timestamp &start, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(config), std::move(universe), std::move(calendar),
                                  std::move(quotes), start))
{
    d->accountId =
        d->config.accountId.isEmpty() ? SimRandom(d->config.seed, 0).uuid() : d->config.accountId;
    AccountConfigurations &c = d->configurations;
    c.tradeConfirmEmail = QStringLiteral("all");
    c.suspendTrade = false;
    c.noShorting = !d->config.shortingEnabled;
    c.fractionalTrading = true;
    c.maxMarginMultiplier = Decimal::fromInt(d->config.maxMarginMultiplier);
    c.ptpNoExceptionEntry = false;
    c.maxOptionsTradingLevel = 0;
    if (d->config.pdt == PdtRegime::Legacy) {
        c.dtbpCheck = QStringLiteral("entry");
        c.pdtCheck = QStringLiteral("entry");
    }

    // A regular close already past when the account opens is not booked.
    const QDate day = d->today();
    const Private::DayBounds &b = d->bounds(day);
    if (b.trading && start >= b.regularClose)
        d->lastCloseDate = day;

    // The starting deposit: a CSD activity and the first equity snapshot.
    Activity deposit;
    deposit.id = SimActivityLog::makeId(start, d->idRandom.uuid());
    deposit.activityType = ActivityType::Csd;
    deposit.date = MarketCalendar::newYorkDate(start);
    deposit.netAmount = d->config.startingCash;
    deposit.description = tr("Initial deposit");
    deposit.status = QStringLiteral("executed");
    d->activityLog.append(deposit, start);
    d->recorder.record(start, d->config.startingCash, true);
}

SimExchange::~SimExchange() = default;

void SimExchange::advanceTo(const Timestamp &now)
{
    if (now.isNull() || !(now > d->now))
        return;
    for (const Timestamp &point : d->breakpoints(now))
        d->step(point);
    d->step(now);
    d->flush();
}

Timestamp SimExchange::now() const
{
    return d->now;
}

const SimUniverse &SimExchange::universe() const
{
    return d->universe;
}

const MarketCalendar &SimExchange::calendar() const
{
    return d->calendar;
}

Account SimExchange::account() const
{
    d->freshQuotes();
    const Private::Valuation v = d->valuation();
    const Private::Power p = d->power(v);
    Account a;
    a.id = d->accountId;
    a.accountNumber = d->config.accountNumber;
    a.status = AccountStatus::Active;
    a.cryptoStatus = AccountStatus::Active;
    a.currency = QStringLiteral("USD");
    a.cash = money(d->ledger.cash());
    a.portfolioValue = money(v.equity);
    a.equity = money(v.equity);
    a.lastEquity = money(d->lastEquity());
    a.longMarketValue = money(v.longMarketValue);
    a.shortMarketValue = money(v.shortMarketValue);
    a.buyingPower = money(p.buyingPower);
    a.regtBuyingPower = money(p.regt);
    a.nonMarginableBuyingPower = money(p.nonMarginable);
    a.optionsBuyingPower = money(p.nonMarginable);
    a.multiplier = Decimal::fromInt(p.multiplier);
    a.initialMargin = money(v.initialMargin);
    a.maintenanceMargin = money(v.maintenanceMargin);
    a.lastMaintenanceMargin = money(d->lastMaintenanceMargin());
    a.sma = Decimal();
    a.accruedFees = Decimal();
    a.pendingTransferIn = Decimal();
    a.pendingTransferOut = Decimal();
    a.tradingBlocked = false;
    a.accountBlocked = false;
    a.transfersBlocked = false;
    a.tradeSuspendedByUser = d->configurations.suspendTrade;
    a.shortingEnabled =
        d->config.shortingEnabled && !d->configurations.noShorting && p.multiplier > 1;
    a.createdAt = d->createdAt;
    a.optionsApprovedLevel = 0;
    a.optionsTradingLevel = 0;
    if (d->config.pdt == PdtRegime::Legacy) {
        a.patternDayTrader = d->patternDayTrader;
        a.daytradeCount = d->daytradeCount();
        a.daytradingBuyingPower = money(p.daytrading);
    }
    return a;
}

AccountConfigurations SimExchange::configurations() const
{
    return d->configurations;
}

Result<AccountConfigurations>
SimExchange::patchConfigurations(const AccountConfigurationsPatch &patch)
{
    if (patch.tradeConfirmEmail && *patch.tradeConfirmEmail != u"all"
        && *patch.tradeConfirmEmail != u"none") {
        return SimError::invalidInput(tr("trade_confirm_email must be all or none"),
                                      QStringLiteral("trade_confirm_email"));
    }
    if (patch.maxMarginMultiplier) {
        const Decimal &m = *patch.maxMarginMultiplier;
        if (m != Decimal::fromInt(1) && m != Decimal::fromInt(2) && m != Decimal::fromInt(4)) {
            return SimError::invalidInput(tr("max_margin_multiplier must be 1, 2 or 4"),
                                          QStringLiteral("max_margin_multiplier"));
        }
    }
    for (const auto &[value, field] : { std::pair { patch.dtbpCheck, "dtbp_check" },
                                        std::pair { patch.pdtCheck, "pdt_check" } }) {
        if (!value || d->config.pdt != PdtRegime::Legacy)
            continue;
        if (*value != u"entry" && *value != u"exit" && *value != u"both") {
            const QString name = QString::fromLatin1(field);
            return SimError::invalidInput(tr("%1 must be entry, exit or both").arg(name), name);
        }
    }
    AccountConfigurationsPatch applied = patch;
    if (d->config.pdt != PdtRegime::Legacy) {
        // Removed on 2026-07-06: ignored like any unknown key.
        applied.dtbpCheck.reset();
        applied.pdtCheck.reset();
    }
    d->configurations = applied.appliedTo(d->configurations);
    return d->configurations;
}

QList<Position> SimExchange::positions() const
{
    d->freshQuotes();
    QList<Position> list;
    for (const SimAccount::Holding &h : d->ledger.holdings())
        list.append(d->positionOf(h));
    return list;
}

Result<Position> SimExchange::position(const QString &symbolOrAssetId) const
{
    d->freshQuotes();
    const SimAsset *asset = d->universe.find(symbolOrAssetId);
    const SimAccount::Holding *h = asset ? d->ledger.holding(asset->symbol) : nullptr;
    if (!h)
        return SimError::notFound(tr("position does not exist"));
    return d->positionOf(*h);
}

Result<Order> SimExchange::closePosition(const QString &symbolOrAssetId,
                                         const ClosePositionRequest &request)
{
    d->freshQuotes();
    Result<Order> result = d->closePosition(symbolOrAssetId, request);
    d->flush();
    return result;
}

QList<ClosePositionResult> SimExchange::closeAllPositions(bool cancelOrders)
{
    d->freshQuotes();
    if (cancelOrders)
        d->cancelAll();
    QList<ClosePositionResult> results;
    QStringList symbols = d->ledger.holdings().keys();
    for (const QString &symbol : symbols) {
        const Result<Order> closed = d->closePosition(symbol, {});
        ClosePositionResult item;
        item.symbol = symbol;
        if (closed) {
            item.status = 200;
            item.body = closed.value();
        } else {
            item.status = closed.error().httpStatus;
            item.body = SimError::toApiError(closed.error());
        }
        results.append(item);
    }
    d->flush();
    return results;
}

Result<Order> SimExchange::submitOrder(const OrderRequest &request)
{
    d->freshQuotes();
    Result<Order> result = d->submit(request);
    d->flush();
    return result;
}

Result<QList<Order>> SimExchange::orders(const OrderQuery &query) const
{
    if (query.limit < 1)
        return SimError::invalidInput(tr("limit must be between 1 and 500"),
                                      QStringLiteral("limit"));
    OrderQuery bounded = query;
    bounded.limit = std::min(query.limit, 500); // sim decision: clamp, as Alpaca caps at 500
    return d->book.query(bounded);
}

Result<Order> SimExchange::order(const QString &id, bool nested) const
{
    const SimOrderRecord *rec = d->book.find(id);
    if (!rec)
        return SimError::notFound(tr("order not found"));
    return d->book.view(*rec, nested);
}

Result<Order> SimExchange::orderByClientOrderId(const QString &clientOrderId, bool nested) const
{
    const SimOrderRecord *rec = d->book.findByClientOrderId(clientOrderId);
    if (!rec)
        return SimError::notFound(tr("order not found"));
    return d->book.view(*rec, nested);
}

Result<Order> SimExchange::replaceOrder(const QString &id, const ReplaceOrderRequest &request)
{
    d->freshQuotes();
    Result<Order> result = d->replace(id, request);
    d->flush();
    return result;
}

Result<Order> SimExchange::cancelOrder(const QString &id)
{
    SimOrderRecord *rec = d->book.find(id);
    if (!rec)
        return SimError::notFound(tr("order not found"));
    if (isTerminal(rec->order.status))
        return SimError::unprocessable(tr("order is not cancelable"));
    // sim decision: the cancel is immediate (`canceled`, no `pending_cancel`).
    d->cancelGroup(*rec);
    Order result = d->book.view(*rec, true);
    d->flush();
    return result;
}

QList<CancelAllResult> SimExchange::cancelAllOrders()
{
    QList<CancelAllResult> results = d->cancelAll();
    d->flush();
    return results;
}

Result<QList<Activity>> SimExchange::activities(const ActivityQuery &query) const
{
    return d->activityLog.query(query);
}

Result<PortfolioHistory> SimExchange::portfolioHistory(const QString &period,
                                                       const QString &timeframe,
                                                       const Timestamp &start,
                                                       const Timestamp &end) const
{
    return d->recorder.history(period, timeframe, start, end, d->now, d->calendar);
}

// --- state -----------------------------------------------------------------------------------

QJsonObject SimExchange::Private::save() const
{
    QJsonObject state;
    state.insert(QStringLiteral("version"), kStateVersion);
    state.insert(QStringLiteral("now"), now.toString());
    state.insert(QStringLiteral("created_at"), createdAt.toString());
    state.insert(QStringLiteral("account_id"), accountId);
    state.insert(QStringLiteral("configurations"), Json::toJson(configurations));
    state.insert(QStringLiteral("id_random"), hex(idRandom.state()));
    state.insert(QStringLiteral("fill_random"), hex(fillRandom.state()));
    state.insert(QStringLiteral("last_close_date"), lastCloseDate.toString(Qt::ISODate));
    state.insert(QStringLiteral("pattern_day_trader"), patternDayTrader);
    state.insert(QStringLiteral("cash"), ledger.cash().toString());

    QJsonArray holdings;
    for (const SimAccount::Holding &h : ledger.holdings()) {
        QJsonObject o;
        o.insert(QStringLiteral("symbol"), h.symbol);
        o.insert(QStringLiteral("qty"), h.qty.toString());
        o.insert(QStringLiteral("cost_basis"), h.costBasis.toString());
        o.insert(QStringLiteral("intraday_basis"), h.intradayBasis.toString());
        o.insert(QStringLiteral("last_fill_price"), h.lastFillPrice.toString());
        o.insert(QStringLiteral("opened_day"), h.openedDay.toString(Qt::ISODate));
        o.insert(QStringLiteral("opened_qty"), h.openedQty.toString());
        holdings.append(o);
    }
    state.insert(QStringLiteral("holdings"), holdings);

    QJsonArray dayTrades;
    for (const QDate &day : ledger.dayTrades())
        dayTrades.append(day.toString(Qt::ISODate));
    state.insert(QStringLiteral("day_trades"), dayTrades);

    QJsonArray orders;
    for (const QString &id : book.ids()) {
        const SimOrderRecord *rec = book.find(id);
        if (!rec)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("order"), Json::toJson(rec->order));
        o.insert(QStringLiteral("sequence"), QString::number(rec->sequence));
        o.insert(QStringLiteral("role"), roleName(rec->role));
        o.insert(QStringLiteral("parent_id"), rec->parentId);
        o.insert(QStringLiteral("leg_ids"), QJsonArray::fromStringList(rec->legIds));
        o.insert(QStringLiteral("working"), rec->working);
        o.insert(QStringLiteral("triggered"), rec->triggered);
        o.insert(QStringLiteral("auction_at"), rec->auctionAt.toString());
        o.insert(QStringLiteral("day_trade_counted"), rec->dayTradeCounted);
        o.insert(QStringLiteral("filled_value"), rec->filledValue.toString());
        orders.append(o);
    }
    state.insert(QStringLiteral("orders"), orders);

    QJsonArray activities;
    const QList<Activity> &all = activityLog.all();
    for (qsizetype i = 0; i < all.size(); ++i) {
        QJsonObject o;
        o.insert(QStringLiteral("at"), activityLog.times().at(i).toString());
        o.insert(QStringLiteral("activity"), Json::toJson(all.at(i)));
        activities.append(o);
    }
    state.insert(QStringLiteral("activities"), activities);

    QJsonArray snapshots;
    for (const SimPortfolioRecorder::Snapshot &s : recorder.snapshots()) {
        QJsonObject o;
        o.insert(QStringLiteral("at"), s.at.toString());
        o.insert(QStringLiteral("equity"), s.equity.toString());
        o.insert(QStringLiteral("pinned"), s.pinned);
        snapshots.append(o);
    }
    state.insert(QStringLiteral("snapshots"), snapshots);

    QJsonArray closes;
    for (const SimPortfolioRecorder::Close &c : recorder.closes()) {
        QJsonObject o;
        o.insert(QStringLiteral("date"), c.date.toString(Qt::ISODate));
        o.insert(QStringLiteral("equity"), c.equity.toString());
        o.insert(QStringLiteral("maintenance_margin"), c.maintenanceMargin.toString());
        closes.append(o);
    }
    state.insert(QStringLiteral("closes"), closes);
    return state;
}

namespace {

/** Small typed readers for the state document; each failure names its field. */
class StateReader final
{
    Q_DECLARE_TR_FUNCTIONS(SimExchange)

public:
    std::optional<Error> error;

    QString string(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            fail(path + key, tr("a string is required"));
        return v.toString();
    }
    bool boolean(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isBool())
            fail(path + key, tr("a boolean is required"));
        return v.toBool();
    }
    Decimal decimal(const QJsonObject &o, const QString &key, const QString &path)
    {
        const Result<Decimal> r = Decimal::fromString(string(o, key, path), path + key);
        if (!r) {
            fail(path + key, r.error().message);
            return {};
        }
        return r.value();
    }
    Timestamp timestamp(const QJsonObject &o, const QString &key, const QString &path,
                        bool optional = false)
    {
        const QString text = string(o, key, path);
        if (optional && text.isEmpty())
            return {};
        const Result<Timestamp> r = Timestamp::fromString(text, path + key);
        if (!r) {
            fail(path + key, r.error().message);
            return {};
        }
        return r.value();
    }
    QDate date(const QJsonObject &o, const QString &key, const QString &path, bool optional = false)
    {
        const QString text = string(o, key, path);
        if (optional && text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(path + key, tr("a date is required"));
        return d;
    }
    std::uint64_t word(const QJsonObject &o, const QString &key, const QString &path)
    {
        bool ok = false;
        const std::uint64_t value = string(o, key, path).toULongLong(&ok, 16);
        if (!ok)
            fail(path + key, tr("a hexadecimal number is required"));
        return value;
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            fail(path + key, tr("an array is required"));
        return v.toArray();
    }
    void fail(const QString &field, const QString &message)
    {
        if (!error)
            error = stateError(field, message);
    }
};

} // namespace

Result<bool> SimExchange::Private::restore(const QJsonObject &state)
{
    StateReader in;
    if (state.value(QStringLiteral("version")).toInt() != kStateVersion)
        return stateError(QStringLiteral("version"), tr("unsupported state version"));

    const Timestamp savedNow = in.timestamp(state, QStringLiteral("now"), {});
    const Timestamp savedCreated = in.timestamp(state, QStringLiteral("created_at"), {});
    const QString savedAccountId = in.string(state, QStringLiteral("account_id"), {});
    const Result<AccountConfigurations> savedConfigurations =
        Json::fromJson<AccountConfigurations>(state.value(QStringLiteral("configurations")));
    if (!savedConfigurations)
        in.fail(QStringLiteral("configurations"), savedConfigurations.error().toString());
    const std::uint64_t savedIdRandom = in.word(state, QStringLiteral("id_random"), {});
    const std::uint64_t savedFillRandom = in.word(state, QStringLiteral("fill_random"), {});
    const QDate savedLastClose = in.date(state, QStringLiteral("last_close_date"), {}, true);
    const bool savedPdt = in.boolean(state, QStringLiteral("pattern_day_trader"), {});
    const Decimal savedCash = in.decimal(state, QStringLiteral("cash"), {});

    QList<SimAccount::Holding> holdings;
    const QJsonArray holdingArray = in.array(state, QStringLiteral("holdings"), {});
    for (qsizetype i = 0; i < holdingArray.size(); ++i) {
        const QJsonObject o = holdingArray.at(i).toObject();
        const QString path = QStringLiteral("holdings[%1].").arg(i);
        SimAccount::Holding h;
        h.symbol = in.string(o, QStringLiteral("symbol"), path);
        h.qty = in.decimal(o, QStringLiteral("qty"), path);
        h.costBasis = in.decimal(o, QStringLiteral("cost_basis"), path);
        h.intradayBasis = in.decimal(o, QStringLiteral("intraday_basis"), path);
        h.lastFillPrice = in.decimal(o, QStringLiteral("last_fill_price"), path);
        h.openedDay = in.date(o, QStringLiteral("opened_day"), path, true);
        h.openedQty = in.decimal(o, QStringLiteral("opened_qty"), path);
        holdings.append(h);
    }
    QList<QDate> dayTrades;
    for (const QJsonValue &v : in.array(state, QStringLiteral("day_trades"), {})) {
        const QDate day = QDate::fromString(v.toString(), Qt::ISODate);
        if (!day.isValid())
            in.fail(QStringLiteral("day_trades"), tr("a date is required"));
        dayTrades.append(day);
    }

    QList<SimOrderRecord> records;
    const QJsonArray orderArray = in.array(state, QStringLiteral("orders"), {});
    for (qsizetype i = 0; i < orderArray.size(); ++i) {
        const QJsonObject o = orderArray.at(i).toObject();
        const QString path = QStringLiteral("orders[%1].").arg(i);
        SimOrderRecord rec;
        const Result<Order> order = Json::fromJson<Order>(o.value(QStringLiteral("order")));
        if (!order) {
            in.fail(path + QStringLiteral("order"), order.error().toString());
            continue;
        }
        rec.order = order.value();
        rec.order.legs.clear();
        bool ok = false;
        rec.sequence = in.string(o, QStringLiteral("sequence"), path).toLongLong(&ok);
        if (!ok)
            in.fail(path + QStringLiteral("sequence"), tr("a number is required"));
        const std::optional<SimOrderRecord::Role> role =
            roleFromName(in.string(o, QStringLiteral("role"), path));
        if (!role)
            in.fail(path + QStringLiteral("role"), tr("unknown role"));
        rec.role = role.value_or(SimOrderRecord::Role::Standalone);
        rec.parentId = in.string(o, QStringLiteral("parent_id"), path);
        for (const QJsonValue &leg : in.array(o, QStringLiteral("leg_ids"), path))
            rec.legIds.append(leg.toString());
        rec.working = in.boolean(o, QStringLiteral("working"), path);
        rec.triggered = in.boolean(o, QStringLiteral("triggered"), path);
        rec.auctionAt = in.timestamp(o, QStringLiteral("auction_at"), path, true);
        rec.dayTradeCounted = in.boolean(o, QStringLiteral("day_trade_counted"), path);
        rec.filledValue = in.decimal(o, QStringLiteral("filled_value"), path);
        records.append(rec);
    }

    QList<Activity> activities;
    QList<Timestamp> activityTimes;
    const QJsonArray activityArray = in.array(state, QStringLiteral("activities"), {});
    for (qsizetype i = 0; i < activityArray.size(); ++i) {
        const QJsonObject o = activityArray.at(i).toObject();
        const QString path = QStringLiteral("activities[%1].").arg(i);
        const Result<Activity> activity =
            Json::fromJson<Activity>(o.value(QStringLiteral("activity")));
        if (!activity) {
            in.fail(path + QStringLiteral("activity"), activity.error().toString());
            continue;
        }
        activities.append(activity.value());
        activityTimes.append(in.timestamp(o, QStringLiteral("at"), path));
    }

    QList<SimPortfolioRecorder::Snapshot> snapshots;
    const QJsonArray snapshotArray = in.array(state, QStringLiteral("snapshots"), {});
    for (qsizetype i = 0; i < snapshotArray.size(); ++i) {
        const QJsonObject o = snapshotArray.at(i).toObject();
        const QString path = QStringLiteral("snapshots[%1].").arg(i);
        snapshots.append({ in.timestamp(o, QStringLiteral("at"), path),
                           in.decimal(o, QStringLiteral("equity"), path),
                           in.boolean(o, QStringLiteral("pinned"), path) });
    }
    QList<SimPortfolioRecorder::Close> closes;
    const QJsonArray closeArray = in.array(state, QStringLiteral("closes"), {});
    for (qsizetype i = 0; i < closeArray.size(); ++i) {
        const QJsonObject o = closeArray.at(i).toObject();
        const QString path = QStringLiteral("closes[%1].").arg(i);
        closes.append({ in.date(o, QStringLiteral("date"), path),
                        in.decimal(o, QStringLiteral("equity"), path),
                        in.decimal(o, QStringLiteral("maintenance_margin"), path) });
    }
    if (in.error)
        return *in.error;

    // Everything read: replace the state in one go.
    now = savedNow;
    createdAt = savedCreated;
    accountId = savedAccountId;
    configurations = savedConfigurations.value();
    idRandom.setState(savedIdRandom);
    fillRandom.setState(savedFillRandom);
    lastCloseDate = savedLastClose;
    patternDayTrader = savedPdt;
    ledger.restore(savedCash, holdings, dayTrades);
    book.clear();
    std::sort(records.begin(), records.end(), [](const SimOrderRecord &a, const SimOrderRecord &b) {
        return a.sequence < b.sequence;
    });
    for (SimOrderRecord &rec : records)
        book.restore(std::move(rec));
    activityLog.clear();
    for (qsizetype i = 0; i < activities.size(); ++i)
        activityLog.append(activities.at(i), activityTimes.at(i));
    recorder.restore(snapshots, closes);
    quoteCacheAt = Timestamp(); // a new quote generation
    lastdayCache.clear();
    activityIdAt = Timestamp();
    resetMarks();
    resetReserves();
    pendingEvents.clear();
    ++pendingEpoch;
    return true;
}

QJsonObject SimExchange::saveState() const
{
    return d->save();
}

Result<bool> SimExchange::restoreState(const QJsonObject &state)
{
    return d->restore(state);
}

} // namespace Elson
