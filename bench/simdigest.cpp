// SPDX-License-Identifier: GPL-3.0-or-later
#include "simdigest.h"

#include "jsoncodec.h"
#include "marketcalendar.h"
#include "simerror.h"
#include "simexchange.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <memory>

namespace Elson {

namespace {

std::uint64_t mix(std::uint64_t z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/** The workload's own dice: SplitMix64, so the run is the same on every platform. */
class Dice
{
public:
    explicit Dice(std::uint64_t seed) : m_state(seed) { }
    std::uint64_t next() { return mix(m_state++); }
    std::int64_t below(std::int64_t n) { return n <= 0 ? 0 : std::int64_t(next() % std::uint64_t(n)); }
    std::int64_t between(std::int64_t lo, std::int64_t hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return below(100) < p; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(list.size())); }

private:
    std::uint64_t m_state;
};

std::uint64_t symbolKey(const QString &symbol)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (const QChar c : symbol)
        h = (h ^ c.unicode()) * 1099511628211ULL;
    return h;
}

Decimal tickOf(const Decimal &price)
{
    return price >= Decimal::fromInt(1) ? Decimal::fromLiteral("0.01") : Decimal::fromLiteral("0.0001");
}

/** A restless market: a slow drift and a fast jitter per second, gaps, one-sided books, thin sizes. */
std::optional<SimQuote> scriptedQuote(const SimUniverse &universe, const QString &symbol, const Timestamp &at)
{
    const SimAsset *asset = universe.findBySymbol(symbol);
    if (!asset)
        return std::nullopt;
    const std::int64_t second = at.epochSeconds();
    const std::uint64_t key = symbolKey(symbol);
    const std::uint64_t h = mix(key ^ mix(std::uint64_t(second)));
    if (h % 97 == 0)
        return std::nullopt;
    const std::int64_t slow = std::int64_t(mix(key ^ mix(std::uint64_t(second / 37) + 11)) % 61) - 30;
    const std::int64_t fast = std::int64_t(h % 7) - 3;
    const Decimal tick = tickOf(asset->referencePrice);
    SimQuote q;
    q.symbol = symbol;
    q.timestamp = at;
    q.bid = asset->referencePrice + tick * Decimal::fromInt(slow + fast);
    q.ask = q.bid + tick * Decimal::fromInt(1 + std::int64_t((h >> 8) % 3));
    if ((h >> 16) % 53 == 0)
        q.bid = Decimal();
    q.bidSize = (h >> 20) % 4 == 0 ? 0 : 1 + qint64((h >> 24) % 400);
    q.askSize = (h >> 32) % 4 == 0 ? 0 : 1 + qint64((h >> 40) % 400);
    return q;
}

class Workload
{
public:
    Workload(int variant, bool quotesFixedPerInstant)
        : m_dice(0x5eed0000ULL + std::uint64_t(variant))
        , m_universe(SimUniverse::standard())
    {
        SimExchange::Config config;
        if (variant == 0) {
            config.startingCash = Decimal::fromInt(1'000'000);
            config.partialFillPercent = 15;
            config.seed = 11;
        } else {
            config.startingCash = Decimal::fromInt(30'000);
            config.pdt = SimExchange::PdtRegime::Legacy;
            config.maxMarginMultiplier = 4;
            config.partialFillPercent = 10;
            config.fractionalStopOrders = true;
            config.seed = 5;
        }
        config.quotesFixedPerInstant = quotesFixedPerInstant;
        const SimUniverse *universe = &m_universe;
        m_exchange = std::make_unique<SimExchange>(
            config, m_universe, MarketCalendar(),
            [universe](const QString &symbol, const Timestamp &at) { return scriptedQuote(*universe, symbol, at); },
            Timestamp::fromString(u"2026-11-23T13:00:00Z").value());
        QObject::connect(m_exchange.get(), &SimExchange::tradeUpdate, &m_context, [this](const TradeUpdate &u) {
            ++m_outcome.events;
            addText("event", u);
        });
    }

    SimDigest::Outcome run(int iterations)
    {
        for (int i = 0; i < iterations; ++i) {
            advance();
            const int actions = int(m_dice.below(4));
            for (int a = 0; a < actions; ++a)
                act();
        }
        addText("final-account", m_exchange->account());
        addText("final-positions", m_exchange->positions());
        add("final-state", QJsonValue(m_exchange->saveState()));
        m_outcome.sha256 = m_hash.result().toHex();
        return m_outcome;
    }

private:
    void add(const char *what, const QJsonValue &value)
    {
        m_hash.addData(QByteArray(what));
        if (value.isObject())
            m_hash.addData(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isArray())
            m_hash.addData(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else
            m_hash.addData(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        m_hash.addData(QByteArray("\n"));
    }

    /**
     * Json::serialize() bytes: the same as add() of Json::toJson() gives (QJsonDocument's
     * compact text), so this also checks the codec's direct text writer.
     */
    template<typename T> void addText(const char *what, const T &value)
    {
        m_hash.addData(QByteArray(what));
        m_hash.addData(Json::serialize(value));
        m_hash.addData(QByteArray("\n"));
    }

    void addError(const char *what, const Error &error)
    {
        ++m_outcome.errors;
        add(what, QJsonArray{error.httpStatus, Json::toJson(SimError::toApiError(error))});
    }

    template<typename T> void addResult(const char *what, const Result<T> &result)
    {
        ++m_outcome.calls;
        if (result)
            addText(what, result.value());
        else
            addError(what, result.error());
    }

    void advance()
    {
        const std::int64_t r = m_dice.below(100);
        std::int64_t seconds = 1;
        if (r >= 60 && r < 80)
            seconds = 7;
        else if (r >= 80 && r < 93)
            seconds = 90;
        else if (r >= 93 && r < 99)
            seconds = 1200;
        else if (r >= 99)
            seconds = 3 * 3600;
        m_exchange->advanceTo(m_exchange->now().addSeconds(seconds));
    }

    QString symbol()
    {
        static const QStringList symbols{QStringLiteral("AAPL"), QStringLiteral("MSFT"), QStringLiteral("GME"),
                                         QStringLiteral("SQQQ"), QStringLiteral("PNNY"), QStringLiteral("SPY"),
                                         QStringLiteral("F"),    QStringLiteral("AAPL"), QStringLiteral("SPY")};
        const std::int64_t r = m_dice.below(100);
        if (r == 0)
            return QStringLiteral("NOPE"); // unknown
        if (r == 1)
            return QStringLiteral("NSRGY"); // not tradable
        return m_dice.pick(symbols);
    }

    /** A price @p ticks ticks from the quote's touch on @p side (mid when there is no quote). */
    Decimal near(const QString &sym, OrderSide side, std::int64_t ticks)
    {
        const SimAsset *asset = m_universe.findBySymbol(sym);
        const Decimal reference = asset ? asset->referencePrice : Decimal::fromInt(50);
        const std::optional<SimQuote> q = scriptedQuote(m_universe, sym, m_exchange->now());
        Decimal base = reference;
        if (q) {
            const Decimal touch = side == OrderSide::Buy ? q->ask : q->bid;
            if (touch.isPositive())
                base = touch;
        }
        Decimal price = base + tickOf(base) * Decimal::fromInt(ticks);
        if (!price.isPositive())
            price = tickOf(base);
        if (m_dice.percent(1))
            price = price + Decimal::fromLiteral("0.001"); // sub-penny: refused
        return price;
    }

    std::optional<Decimal> quantity(bool allowFraction)
    {
        const std::int64_t r = m_dice.below(100);
        if (allowFraction && r < 8)
            return Decimal::fromUnits(m_dice.between(1, 5'000) * 1'000'000, 3); // 0.001–5.000
        if (r < 20)
            return Decimal::fromInt(m_dice.between(50, 900)); // beyond the displayed size
        if (r == 99)
            return Decimal::fromInt(5'000'000); // absurd
        return Decimal::fromInt(m_dice.between(1, 20));
    }

    void submit()
    {
        OrderRequest r;
        r.symbol = symbol();
        r.side = m_dice.percent(50) ? OrderSide::Buy : OrderSide::Sell;
        const std::int64_t cls = m_dice.below(100);
        const OrderSide exit = r.side == OrderSide::Buy ? OrderSide::Sell : OrderSide::Buy;
        if (cls < 74) {
            const std::int64_t t = m_dice.below(100);
            r.type = t < 30 ? OrderType::Market
                : t < 65    ? OrderType::Limit
                : t < 77    ? OrderType::Stop
                : t < 87    ? OrderType::StopLimit
                            : OrderType::TrailingStop;
            const std::int64_t tif = m_dice.below(100);
            r.timeInForce = tif < 45 ? TimeInForce::Day
                : tif < 70          ? TimeInForce::Gtc
                : tif < 78          ? TimeInForce::Ioc
                : tif < 85          ? TimeInForce::Fok
                : tif < 92          ? TimeInForce::Opg
                                    : TimeInForce::Cls;
            const bool stopLike = r.type != OrderType::Market && r.type != OrderType::Limit;
            if (stopLike && tif >= 70 && !m_dice.percent(5))
                r.timeInForce = tif % 2 ? TimeInForce::Day : TimeInForce::Gtc; // mostly valid
            if (r.type == OrderType::Limit || r.type == OrderType::StopLimit)
                r.limitPrice = near(r.symbol, r.side, m_dice.between(-8, 8) * (r.side == OrderSide::Buy ? -1 : 1));
            if (r.type == OrderType::Stop || r.type == OrderType::StopLimit) {
                const std::int64_t away = m_dice.percent(6) ? -2 : m_dice.between(1, 10);
                r.stopPrice = near(r.symbol, r.side, r.side == OrderSide::Buy ? away : -away);
                if (r.type == OrderType::StopLimit)
                    r.limitPrice = *r.stopPrice + tickOf(*r.stopPrice) * Decimal::fromInt(m_dice.between(-3, 3));
            }
            if (r.type == OrderType::TrailingStop) {
                if (m_dice.percent(50))
                    r.trailPrice = Decimal::fromUnits(m_dice.between(1, 60) * 10'000'000, 2);
                else
                    r.trailPercent = Decimal::fromUnits(m_dice.between(1, 40) * 100'000'000, 1);
            }
            if (m_dice.percent(10) && r.type == OrderType::Limit)
                r.extendedHours = true;
            if (m_dice.percent(10) && r.type == OrderType::Market && !r.extendedHours)
                r.notional = Decimal::fromUnits(m_dice.between(50, 400'000) * 10'000'000, 2);
            else
                r.qty = quantity(true);
        } else {
            r.qty = quantity(false);
            r.timeInForce = m_dice.percent(50) ? TimeInForce::Day : TimeInForce::Gtc;
            if (cls < 86) {
                r.orderClass = m_dice.percent(70) ? OrderClass::Bracket : OrderClass::Oto;
                r.type = m_dice.percent(50) ? OrderType::Market : OrderType::Limit;
                if (r.type == OrderType::Limit)
                    r.limitPrice = near(r.symbol, r.side, m_dice.between(-4, 2) * (r.side == OrderSide::Buy ? -1 : 1));
                const bool up = exit == OrderSide::Sell;
                const std::int64_t tp = m_dice.between(2, 20);
                const std::int64_t sl = m_dice.between(2, 20);
                if (*r.orderClass == OrderClass::Bracket || m_dice.percent(50))
                    r.takeProfit = TakeProfit{near(r.symbol, r.side, up ? tp : -tp)};
                if (*r.orderClass == OrderClass::Bracket || !r.takeProfit) {
                    StopLoss stop{near(r.symbol, r.side, up ? -sl : sl), std::nullopt};
                    if (m_dice.percent(30))
                        stop.limitPrice = stop.stopPrice + tickOf(stop.stopPrice) * Decimal::fromInt(up ? -2 : 2);
                    r.stopLoss = stop;
                }
            } else {
                r.orderClass = OrderClass::Oco;
                r.type = OrderType::Limit;
                const bool sell = r.side == OrderSide::Sell;
                const std::int64_t tp = m_dice.between(1, 15);
                const std::int64_t sl = m_dice.between(1, 15);
                r.takeProfit = TakeProfit{near(r.symbol, r.side, sell ? tp : -tp)};
                r.stopLoss = StopLoss{near(r.symbol, r.side, sell ? -sl : sl), std::nullopt};
                r.limitPrice = r.takeProfit->limitPrice;
            }
        }
        if (m_dice.percent(20)) {
            m_lastClient = m_dice.percent(5) ? m_lastClient : ++m_clientCount; // 5%: a duplicate
            r.clientOrderId = QStringLiteral("digest-%1").arg(m_lastClient);
        }
        const Result<Order> placed = m_exchange->submitOrder(r);
        addResult("submit", placed);
        if (placed)
            m_ids.append(placed->id);
    }

    /** Mostly an open order (held legs included), sometimes any order seen. */
    QString someOrderId()
    {
        if (m_ids.isEmpty())
            return {};
        if (!m_dice.percent(12)) {
            SimExchange::OrderQuery q;
            q.limit = 100;
            const Result<QList<Order>> open = m_exchange->orders(q);
            if (open && !open->isEmpty())
                return m_dice.pick(open.value()).id;
        }
        return m_ids.at(m_ids.size() - 1 - m_dice.below(std::min<qsizetype>(m_ids.size(), 40)));
    }

    void replace()
    {
        const QString id = someOrderId();
        if (id.isEmpty())
            return;
        const Result<Order> current = m_exchange->order(id);
        ReplaceOrderRequest r;
        if (m_dice.percent(40))
            r.qty = Decimal::fromInt(m_dice.between(1, 60));
        if (current && m_dice.percent(60)) {
            const std::int64_t ticks = m_dice.between(-6, 6);
            if (m_dice.percent(70))
                r.limitPrice = near(current->symbol, current->side, ticks);
            else
                r.stopPrice = near(current->symbol, current->side, ticks);
        }
        if (m_dice.percent(15))
            r.trail = Decimal::fromUnits(m_dice.between(1, 30) * 10'000'000, 2);
        if (m_dice.percent(15))
            r.timeInForce = m_dice.percent(50) ? TimeInForce::Day : TimeInForce::Gtc;
        if (m_dice.percent(10))
            r.clientOrderId = QStringLiteral("digest-r%1").arg(++m_clientCount);
        const Result<Order> replaced = m_exchange->replaceOrder(id, r);
        addResult("replace", replaced);
        if (replaced)
            m_ids.append(replaced->id);
    }

    void act()
    {
        const std::int64_t r = m_dice.below(1000);
        if (r < 600) {
            submit();
        } else if (r < 700) {
            if (const QString id = someOrderId(); !id.isEmpty())
                addResult("cancel", m_exchange->cancelOrder(id));
        } else if (r < 800) {
            replace();
        } else if (r < 830) {
            ClosePositionRequest close;
            if (m_dice.percent(30))
                close.qty = Decimal::fromInt(m_dice.between(1, 10));
            else if (m_dice.percent(40))
                close.percentage = Decimal::fromInt(m_dice.between(1, 100));
            addResult("close", m_exchange->closePosition(symbol(), close));
        } else if (r < 833) {
            ++m_outcome.calls;
            addText("close-all", m_exchange->closeAllPositions(m_dice.percent(50)));
        } else if (r < 836) {
            ++m_outcome.calls;
            addText("cancel-all", m_exchange->cancelAllOrders());
        } else if (r < 880) {
            ++m_outcome.calls;
            addText("account", m_exchange->account());
        } else if (r < 920) {
            ++m_outcome.calls;
            addText("positions", m_exchange->positions());
        } else if (r < 940) {
            SimExchange::OrderQuery q;
            q.status = SimExchange::OrderQuery::Status(m_dice.below(3));
            q.limit = int(m_dice.between(1, 500));
            q.nested = m_dice.percent(50);
            q.ascending = m_dice.percent(30);
            addResult("orders", m_exchange->orders(q));
        } else if (r < 950) {
            SimExchange::ActivityQuery q;
            q.pageSize = int(m_dice.between(1, 100));
            q.ascending = m_dice.percent(50);
            addResult("activities", m_exchange->activities(q));
        } else if (r < 955) {
            addResult("history", m_exchange->portfolioHistory(QStringLiteral("1W"), QStringLiteral("1H"), {}, {}));
        } else if (r < 965) {
            AccountConfigurationsPatch patch;
            const std::int64_t which = m_dice.below(5);
            if (which == 0)
                patch.noShorting = m_dice.percent(40);
            else if (which == 1)
                patch.maxMarginMultiplier = Decimal::fromInt(m_dice.pick(QList<int>{1, 2, 4}));
            else if (which == 2)
                patch.fractionalTrading = m_dice.percent(80);
            else if (which == 3)
                patch.suspendTrade = true;
            else
                patch.dtbpCheck = QStringLiteral("both");
            addResult("patch", m_exchange->patchConfigurations(patch));
            if (patch.suspendTrade) {
                submit(); // refused while suspended
                AccountConfigurationsPatch resume;
                resume.suspendTrade = false;
                addResult("patch", m_exchange->patchConfigurations(resume));
            }
        } else if (r < 968) {
            ++m_outcome.calls;
            const QJsonObject state = m_exchange->saveState();
            add("state", QJsonValue(state));
            const Result<bool> restored = m_exchange->restoreState(state);
            add("restore", QJsonValue(restored.ok()));
        } else {
            submit();
        }
    }

    Dice m_dice;
    SimUniverse m_universe;
    QObject m_context;
    std::unique_ptr<SimExchange> m_exchange;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    SimDigest::Outcome m_outcome;
    QStringList m_ids;
    int m_clientCount = 0;
    int m_lastClient = 0;
};

} // namespace

SimDigest::Outcome SimDigest::run(int variant, int iterations, bool quotesFixedPerInstant)
{
    Workload workload(variant, quotesFixedPerInstant);
    return workload.run(iterations);
}

} // namespace Elson
