// SPDX-License-Identifier: GPL-3.0-or-later
#include "simexchange.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Elson;

namespace Elson {
// Readable QCOMPARE failures.
char *toString(const Decimal &value)
{
    return qstrdup(value.toString().toUtf8().constData());
}
char *toString(const Timestamp &value)
{
    return qstrdup(value.toString().toUtf8().constData());
}
char *toString(OrderStatus value)
{
    return qstrdup(QByteArray(enumToWire(value).data(), enumToWire(value).size()).constData());
}
} // namespace Elson

namespace {

Decimal D(const char *text)
{
    return Decimal::fromLiteral(text);
}

Timestamp T(const char *text)
{
    return Timestamp::fromString(QString::fromLatin1(text)).value();
}

// Tuesday 2026-11-24, 10:00 ET: a regular trading day (Thanksgiving is the 26th, the 27th
// closes at 13:00).
const char *const kStart = "2026-11-24T15:00:00Z";

QString wire(TradeEvent event)
{
    return QString(enumToWire(event));
}

/** GET /v2/orders parameters, fluently (designated initializers would trip -Wextra). */
struct OQ
{
    using Status = SimExchange::OrderQuery::Status;
    SimExchange::OrderQuery q;
    OQ &status(Status s)
    {
        q.status = s;
        return *this;
    }
    OQ &all() { return status(Status::All); }
    OQ &closed() { return status(Status::Closed); }
    OQ &limit(int n)
    {
        q.limit = n;
        return *this;
    }
    OQ &after(const Timestamp &t)
    {
        q.after = t;
        return *this;
    }
    OQ &until(const Timestamp &t)
    {
        q.until = t;
        return *this;
    }
    OQ &asc()
    {
        q.ascending = true;
        return *this;
    }
    OQ &nested()
    {
        q.nested = true;
        return *this;
    }
    OQ &symbols(const QStringList &list)
    {
        q.symbols = list;
        return *this;
    }
    OQ &side(OrderSide sd)
    {
        q.side = sd;
        return *this;
    }
    operator SimExchange::OrderQuery() const { return q; } // NOLINT(google-explicit-constructor)
};

/** A scripted market: fixed quotes per symbol, optionally overridden per instant. */
struct Market
{
    QHash<QString, SimQuote> quotes;
    std::function<std::optional<SimQuote>(const QString &, const Timestamp &)> script;

    void set(const QString &symbol, const char *bid, const char *ask, qint64 bidSize = 0,
             qint64 askSize = 0)
    {
        SimQuote q;
        q.symbol = symbol;
        q.bid = D(bid);
        q.ask = D(ask);
        q.bidSize = bidSize;
        q.askSize = askSize;
        quotes.insert(symbol, q);
    }
};

SimExchange::Config defaultConfig()
{
    SimExchange::Config config;
    config.seed = 7;
    config.partialFillPercent = 0; // deterministic full fills unless a test asks otherwise
    return config;
}

/** One exchange over a scripted market, with its trade updates recorded. */
class Sim
{
public:
    explicit Sim(const SimExchange::Config &config = defaultConfig(), const char *start = kStart)
    {
        market->set(QStringLiteral("AAPL"), "100.00", "100.02");
        market->set(QStringLiteral("MSFT"), "400.00", "400.04");
        market->set(QStringLiteral("GME"), "20.00", "20.02");
        market->set(QStringLiteral("SQQQ"), "14.00", "14.02");
        market->set(QStringLiteral("PNNY"), "0.3700", "0.3750");
        market->set(QStringLiteral("NSRGY"), "98.00", "98.10");
        market->set(QStringLiteral("SPY"), "500.00", "500.02");
        std::shared_ptr<Market> m = market;
        ex = std::make_unique<SimExchange>(
            config, SimUniverse::standard(), MarketCalendar(),
            [m](const QString &symbol, const Timestamp &at) -> std::optional<SimQuote> {
                if (m->script) {
                    if (std::optional<SimQuote> q = m->script(symbol, at))
                        return q;
                }
                const auto it = m->quotes.constFind(symbol);
                if (it == m->quotes.constEnd())
                    return std::nullopt;
                SimQuote q = it.value();
                q.timestamp = at;
                return q;
            },
            T(start));
        spy = std::make_unique<QSignalSpy>(ex.get(), &SimExchange::tradeUpdate);
    }

    void quote(const char *symbol, const char *bid, const char *ask, qint64 bidSize = 0,
               qint64 askSize = 0)
    {
        market->set(QString::fromLatin1(symbol), bid, ask, bidSize, askSize);
    }
    void advance(qint64 seconds) { ex->advanceTo(ex->now().addSeconds(seconds)); }
    void advanceTo(const char *iso) { ex->advanceTo(T(iso)); }

    /** The recorded updates since the last call. */
    QList<TradeUpdate> take()
    {
        QList<TradeUpdate> list;
        for (const QList<QVariant> &args : std::as_const(*spy))
            list.append(args.at(0).value<TradeUpdate>());
        spy->clear();
        return list;
    }
    /** "event:symbol:status" per recorded update since the last call. */
    QStringList takeNames()
    {
        QStringList names;
        for (const TradeUpdate &u : take())
            names.append(wire(u.event));
        return names;
    }

    Order submit(const OrderRequest &request)
    {
        const Result<Order> r = ex->submitOrder(request);
        if (!r)
            qWarning() << "submit failed:" << r.error().httpStatus << r.error().message;
        return r ? r.value() : Order {};
    }
    Order get(const QString &id) const { return ex->order(id, true).value(); }

    std::shared_ptr<Market> market = std::make_shared<Market>();
    std::unique_ptr<SimExchange> ex;
    std::unique_ptr<QSignalSpy> spy;
};

OrderRequest req(const char *symbol, OrderSide side, OrderType type, const char *qty,
                 TimeInForce tif = TimeInForce::Day)
{
    OrderRequest r;
    r.symbol = QString::fromLatin1(symbol);
    r.side = side;
    r.type = type;
    r.timeInForce = tif;
    if (qty)
        r.qty = D(qty);
    return r;
}

OrderRequest market(const char *symbol, OrderSide side, const char *qty)
{
    return req(symbol, side, OrderType::Market, qty);
}

OrderRequest limit(const char *symbol, OrderSide side, const char *qty, const char *price,
                   TimeInForce tif = TimeInForce::Day)
{
    OrderRequest r = req(symbol, side, OrderType::Limit, qty, tif);
    r.limitPrice = D(price);
    return r;
}

/**
 * A request from a compact spec: "SYMBOL side type tif key=value…" with keys qty,
 * notional, limit, stop, trail_price, trail_percent, ext, class, tp, sl, sl_limit, cid.
 * "-" as the symbol means none.
 */
OrderRequest parseSpec(const QString &spec)
{
    const QStringList parts = spec.split(u' ', Qt::SkipEmptyParts);
    OrderRequest r;
    r.symbol = parts.value(0) == u"-" ? QString() : parts.value(0);
    r.side = enumFromWire<OrderSide>(parts.value(1)).value();
    r.type = enumFromWire<OrderType>(parts.value(2)).value();
    r.timeInForce = enumFromWire<TimeInForce>(parts.value(3)).value();
    for (qsizetype i = 4; i < parts.size(); ++i) {
        const QString key = parts.at(i).section(u'=', 0, 0);
        const QString value = parts.at(i).section(u'=', 1);
        const auto dec = [&value] { return Decimal::fromString(value).value(); };
        if (key == u"qty")
            r.qty = dec();
        else if (key == u"notional")
            r.notional = dec();
        else if (key == u"limit")
            r.limitPrice = dec();
        else if (key == u"stop")
            r.stopPrice = dec();
        else if (key == u"trail_price")
            r.trailPrice = dec();
        else if (key == u"trail_percent")
            r.trailPercent = dec();
        else if (key == u"ext")
            r.extendedHours = true;
        else if (key == u"class")
            r.orderClass = enumFromWire<OrderClass>(value).value();
        else if (key == u"tp")
            r.takeProfit = TakeProfit { dec() };
        else if (key == u"sl")
            r.stopLoss = StopLoss { dec(), r.stopLoss ? r.stopLoss->limitPrice : std::nullopt };
        else if (key == u"sl_limit")
            r.stopLoss->limitPrice = dec();
        else if (key == u"cid")
            r.clientOrderId = value == u"long" ? QString(49, u'x') : value;
        else
            qFatal("unknown spec key %s", qPrintable(key));
    }
    return r;
}

} // namespace

class tst_SimExchange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // validation
    void rejects_data();
    void rejects();
    void acceptsTickAlignedSubDollarPrice();

    // layer 1: market/limit, account, positions, events
    void marketBuyFillsAtAsk();
    void limitRestsThenFillsWhenCrossed();
    void sellLimitFillsAtBid();
    void buyingPowerDecreasesWithOpenBuys();
    void marginAccountFields();
    void cashAccountAndSmallAccountMultiplier();
    void notionalBuyFillsFractionalQty();
    void fractionalSell();
    void shortSellOpensShortPosition();
    void positionFieldsAndAvgEntry();

    // layer 2: stops, trailing, TIF, sessions, partial fills
    void stopTriggersAtQuote();
    void stopLimitBecomesLimit();
    void trailingStopTracksHwm();
    void trailingStopPercentAndBuySide();
    void trailingStopFrozenOutsideRegularHours();
    void iocAndFok();
    void dayOrderExpiresAtClose();
    void dayOrderExpiresAtEarlyClose();
    void gtcSurvivesClose();
    void extendedHoursLimitFillsPreMarket();
    void extendedHoursDayOrderLivesUntilSessionClose();
    void orderAfterCloseQueuesForNextSession();
    void partialFillAtDisplayedSize();
    void randomPartialFillIsSeeded();
    void openingAndClosingAuctions();

    // layer 3: advanced classes, replace, cancel, close
    void bracketLegsLifecycle();
    void bracketStopLossFillCancelsTakeProfit();
    void bracketPartialTakeProfitShrinksStopLoss();
    void bracketCancelAnyCancelsGroup();
    void ocoExitsAPosition();
    void otoEntryWithStopLoss();
    void replaceCreatesNewOrder();
    void replaceRefusals();
    void replaceTrailingStopTrail();
    void replaceBracketLegKeepsTheGroup();
    void cancelShapes();
    void cancelAllOrders();
    void closePositionQtyAndPercentage();
    void closeAllPositions();
    void ordersQuery();
    void openOrdersQueryMatchesAFullScan_data();
    void openOrdersQueryMatchesAFullScan();

    // layer 4: PDT, activities, history, state
    void legacyPdtRefusesFourthDayTrade();
    void currentRegimeHasNoPdt();
    void activitiesAndPaging();
    void lastEquityAndPortfolioHistory();
    void portfolioHistoryErrors();
    void configurationsPatch();
    void saveRestoreRoundTrip();
    void restoreRejectsBadState();
};

// --------------------------------------------------------------------------------------------
// validation

void tst_SimExchange::rejects_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("extraKey");

    const auto row = [](const char *name, const char *setup, const char *spec, int status,
                        qint64 code, const char *message, const char *extraKey = "") {
        QTest::newRow(name) << QString::fromLatin1(setup) << QString::fromLatin1(spec) << status
                            << code << QString::fromUtf8(message) << QString::fromLatin1(extraKey);
    };
    constexpr qint64 input = 40010001;
    constexpr qint64 rule = 42210000;
    constexpr qint64 forbidden = 40310000;

    // --- qty and notional
    row("qty and notional", "", "AAPL buy market day qty=1 notional=100", 400, input,
        "qty and notional cannot both be specified");
    row("neither qty nor notional", "", "AAPL buy market day", 422, input,
        "qty or notional is required");
    row("zero qty", "", "AAPL buy market day qty=0", 422, input, "qty must be > 0");
    row("negative qty", "", "AAPL buy market day qty=-3", 422, input, "qty must be > 0");
    row("zero notional", "", "AAPL buy market day notional=0", 422, input, "notional must be > 0");
    row("notional sub-cent", "", "AAPL buy market day notional=10.123", 422, input,
        "2 decimal places");
    // --- prices per type
    row("limit without price", "", "AAPL buy limit day qty=1", 422, input,
        "limit_price is required for limit orders");
    row("market with limit price", "", "AAPL buy market day qty=1 limit=100", 422, input,
        "limit_price is not allowed for market orders");
    row("stop without stop price", "", "AAPL sell stop day qty=1", 422, input,
        "stop_price is required for stop orders");
    row("limit with stop price", "", "AAPL buy limit day qty=1 limit=99 stop=98", 422, input,
        "stop_price is not allowed for limit orders");
    row("stop_limit without limit", "", "AAPL buy stop_limit day qty=1 stop=101", 422, input,
        "limit_price is required for stop_limit orders");
    row("trailing with both trails", "",
        "AAPL sell trailing_stop day qty=1 trail_price=1 trail_percent=1", 422, input,
        "exactly one of trail_price or trail_percent");
    row("trailing with no trail", "", "AAPL sell trailing_stop day qty=1", 422, input,
        "exactly one of trail_price or trail_percent");
    row("trail on a market order", "", "AAPL buy market day qty=1 trail_percent=1", 422, input,
        "only allowed for trailing_stop");
    row("trail percent 100", "", "AAPL sell trailing_stop gtc qty=1 trail_percent=100", 422, input,
        "trail_percent must be > 0 and < 100");
    row("negative limit", "", "AAPL buy limit day qty=1 limit=-1", 422, input,
        "limit_price must be > 0");
    // --- sub-penny
    row("sub-penny limit", "", "AAPL buy limit day qty=1 limit=100.123", 422, rule,
        "invalid limit_price 100.123. sub-penny increment does not fulfill minimum pricing "
        "criteria");
    row("sub-penny stop", "", "AAPL buy stop day qty=1 stop=101.555", 422, rule,
        "invalid stop_price 101.555. sub-penny increment");
    row("sub-penny below $1", "", "PNNY buy limit day qty=100 limit=0.37125", 422, rule,
        "invalid limit_price 0.37125. sub-penny");
    row("sub-penny take profit", "",
        "AAPL buy limit day qty=1 limit=99 class=bracket tp=110.001 sl=95", 422, rule,
        "invalid take_profit.limit_price 110.001");
    // --- time in force
    row("trailing ioc", "", "AAPL sell trailing_stop ioc qty=1 trail_price=1", 422, input,
        "invalid time_in_force ioc for trailing_stop orders");
    row("stop opg", "", "AAPL buy stop opg qty=1 stop=101", 422, input,
        "invalid time_in_force opg for stop orders");
    row("gtd", "", "AAPL buy limit gtd qty=1 limit=99", 422, input, "invalid time_in_force gtd");
    row("opg inside the 09:28-19:00 window", "", "AAPL buy market opg qty=1", 422, rule,
        "not accepted between 09:28 and 19:00");
    // --- extended hours
    row("extended market", "", "AAPL buy market day qty=1 ext", 422, input,
        "extended hours order must be DAY limit orders");
    row("extended gtc limit", "", "AAPL buy limit gtc qty=1 limit=99 ext", 422, input,
        "extended hours order must be DAY limit orders");
    row("extended bracket", "", "AAPL buy limit day qty=1 limit=99 ext class=bracket tp=110 sl=95",
        422, input, "extended hours orders must be simple orders");
    // --- fractional and notional
    row("not fractionable", "", "SQQQ buy market day qty=1.5", 422, rule,
        "requested asset is not fractionable");
    row("notional not fractionable", "", "SQQQ buy market day notional=100", 422, rule,
        "requested asset is not fractionable");
    row("fractional gtc", "", "AAPL buy limit gtc qty=1.5 limit=99", 422, rule,
        "fractional orders must be DAY orders");
    row("fractional bracket", "", "AAPL buy market day qty=1.5 class=bracket tp=110 sl=95", 422,
        rule, "fractional orders must be simple orders");
    row("fractional stop behind switch", "", "AAPL buy stop day qty=1.5 stop=101", 422, rule,
        "fractional orders are not supported for stop orders");
    row("notional trailing", "", "AAPL sell trailing_stop day notional=50 trail_price=1", 422, rule,
        "fractional orders are not supported for trailing_stop orders");
    row("notional extended hours", "", "AAPL buy limit day notional=50 limit=99 ext", 422, rule,
        "notional orders are not supported in extended hours");
    row("fractional buy under $1", "", "AAPL buy market day notional=0.50", 403, forbidden,
        "cost basis must be >= 1");
    // --- advanced classes
    row("bracket without take profit", "", "AAPL buy market day qty=1 class=bracket sl=95", 422,
        rule, "bracket orders require take_profit.limit_price");
    row("bracket without stop loss", "", "AAPL buy market day qty=1 class=bracket tp=110", 422,
        rule, "bracket orders require stop_loss.stop_price");
    row("bracket tp below sl", "", "AAPL buy market day qty=1 class=bracket tp=94 sl=95", 422, rule,
        "take_profit.limit_price must be > stop_loss.stop_price");
    row("sell bracket tp above sl", "", "AAPL sell market day qty=1 class=bracket tp=106 sl=105",
        422, rule, "take_profit.limit_price must be < stop_loss.stop_price");
    row("bracket stop entry", "", "AAPL buy stop day qty=1 stop=101 class=bracket tp=110 sl=95",
        422, rule, "bracket orders must be market or limit orders");
    row("bracket ioc", "", "AAPL buy market ioc qty=1 class=bracket tp=110 sl=95", 422, rule,
        "bracket orders must be day or gtc orders");
    row("bracket stop loss above the market", "",
        "AAPL buy market day qty=1 class=bracket tp=110 sl=100.50", 422, rule,
        "stop price must be less than current price", "market_price");
    row("bracket stop loss not a cent below base", "",
        "AAPL buy limit day qty=1 limit=99 class=bracket tp=110 sl=99", 422, rule,
        "stop_loss.stop_price must be <= base_price - 0.01");
    row("bracket take profit not a cent above base", "",
        "AAPL buy limit day qty=1 limit=99 class=bracket tp=99 sl=98", 422, rule,
        "take_profit.limit_price must be >= base_price + 0.01");
    row("oto with both exits", "", "AAPL buy market day qty=1 class=oto tp=110 sl=95", 422, rule,
        "oto orders require exactly one of take_profit or stop_loss");
    row("oco market", "", "AAPL sell market day qty=1 class=oco tp=110 sl=95", 422, rule,
        "oco orders must be limit orders");
    row("oco limit price mismatch", "",
        "AAPL sell limit day qty=1 limit=111 class=oco tp=110 sl=95", 422, input,
        "limit_price must equal take_profit.limit_price");
    row("oco without position", "", "AAPL sell limit gtc qty=5 class=oco tp=110 sl=95", 403,
        forbidden, "insufficient qty available for order (requested: 5, available: 0)",
        "available");
    row("take profit on a simple order", "", "AAPL buy market day qty=1 tp=110", 422, input,
        "require order_class bracket, oco or oto");
    row("mleg", "", "AAPL buy market day qty=1 class=mleg", 422, input, "mleg is not supported");
    // --- stops against the market
    row("buy stop below the market", "", "AAPL buy stop day qty=1 stop=99", 422, rule,
        "stop price must be greater than current price", "stop_price");
    row("sell stop above the market", "long10", "AAPL sell stop day qty=1 stop=101", 422, rule,
        "stop price must be less than current price", "market_price");
    // --- ids and symbols
    row("client_order_id too long", "", "AAPL buy market day qty=1 cid=long", 422, input,
        "client_order_id must be no more than 48 characters");
    row("duplicate client_order_id", "dup", "AAPL buy market day qty=1 cid=dup-1", 422, input,
        "client_order_id must be unique");
    row("missing symbol", "", "- buy market day qty=1", 422, input, "symbol is required");
    row("unknown symbol", "", "ZZZZ buy market day qty=1", 422, rule, "asset \"ZZZZ\" not found");
    row("not tradable", "", "NSRGY buy market day qty=1", 422, rule,
        "asset \"NSRGY\" is not tradable");
    // --- account: buying power, quantity, shorting
    row("insufficient buying power", "", "AAPL buy market day qty=2000", 403, forbidden,
        "insufficient buying power", "buying_power");
    row("cash account buying power", "cashaccount", "AAPL buy market day qty=1000", 403, forbidden,
        "insufficient buying power", "cost_basis");
    row("sell beyond position", "long10", "AAPL sell market day qty=11", 403, forbidden,
        "insufficient qty available for order (requested: 11, available: 10)", "held_for_orders");
    row("sell net of open orders", "long10+sell6", "AAPL sell limit day qty=5 limit=120", 403,
        forbidden, "insufficient qty available for order (requested: 5, available: 4)",
        "existing_qty");
    row("shorting disabled", "noshort", "AAPL sell market day qty=1", 403, forbidden,
        "account is not allowed to short");
    row("short under $2,000", "small", "AAPL sell market day qty=1", 403, forbidden,
        "equity is below $2,000");
    row("short hard to borrow", "", "GME sell market day qty=1", 403, forbidden,
        "not easy to borrow");
    row("short not shortable", "", "PNNY sell limit day qty=100 limit=0.40", 403, forbidden,
        "is not shortable");
    row("fractional short", "", "AAPL sell market day qty=0.5", 403, forbidden,
        "fractional orders cannot be sold short");
    row("trading suspended", "suspend", "AAPL buy market day qty=1", 403, forbidden,
        "trading is suspended");
}

void tst_SimExchange::rejects()
{
    QFETCH(QString, setup);
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(qint64, code);
    QFETCH(QString, message);
    QFETCH(QString, extraKey);

    SimExchange::Config config = defaultConfig();
    if (setup == u"cashaccount")
        config.maxMarginMultiplier = 1;
    if (setup == u"noshort")
        config.shortingEnabled = false;
    if (setup == u"small")
        config.startingCash = Decimal::fromInt(1'500);
    Sim sim(config);
    if (setup.startsWith(u"long10"))
        QCOMPARE(sim.submit(market("AAPL", OrderSide::Buy, "10")).status, OrderStatus::Filled);
    if (setup.endsWith(u"+sell6"))
        QCOMPARE(sim.submit(limit("AAPL", OrderSide::Sell, "6", "120")).status, OrderStatus::New);
    if (setup == u"dup") {
        OrderRequest first = limit("AAPL", OrderSide::Buy, "1", "90");
        first.clientOrderId = QStringLiteral("dup-1");
        QVERIFY(sim.ex->submitOrder(first));
    }
    if (setup == u"suspend") {
        AccountConfigurationsPatch patch;
        patch.suspendTrade = true;
        QVERIFY(sim.ex->patchConfigurations(patch));
    }
    const qsizetype ordersBefore = sim.ex->orders(OQ().all())->size();
    sim.take();

    const Result<Order> result = sim.ex->submitOrder(parseSpec(spec));
    QVERIFY2(!result, qPrintable(spec));
    const Error &error = result.error();
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.apiCode, code);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    if (!extraKey.isEmpty())
        QVERIFY2(error.extra.contains(extraKey), QJsonDocument(error.extra).toJson().constData());
    QCOMPARE(error.code, status == 404 ? Error::Code::NotFound : Error::Code::Http);
    // A rejected order leaves no trace: no order, no event.
    QCOMPARE(sim.ex->orders(OQ().all())->size(), ordersBefore);
    QVERIFY(sim.take().isEmpty());
}

void tst_SimExchange::acceptsTickAlignedSubDollarPrice()
{
    Sim sim;
    const Order o = sim.submit(limit("PNNY", OrderSide::Buy, "100", "0.3712"));
    QCOMPARE(o.status, OrderStatus::New);
    QCOMPARE(*o.limitPrice, D("0.3712"));
}

// --------------------------------------------------------------------------------------------
// layer 1

void tst_SimExchange::marketBuyFillsAtAsk()
{
    Sim sim;
    const Order o = sim.submit(market("AAPL", OrderSide::Buy, "10"));
    QCOMPARE(o.status, OrderStatus::Filled);
    QCOMPARE(o.filledQty, D("10"));
    QCOMPARE(*o.filledAvgPrice, D("100.02"));
    QCOMPARE(o.filledAt, T(kStart));
    QVERIFY(!o.notional);
    QCOMPARE(o.clientOrderId.size(), 36); // generated UUID

    const QList<TradeUpdate> events = sim.take();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).event, TradeEvent::New);
    QCOMPARE(events.at(0).order.status, OrderStatus::New);
    QCOMPARE(events.at(1).event, TradeEvent::Fill);
    QCOMPARE(*events.at(1).price, D("100.02"));
    QCOMPARE(*events.at(1).qty, D("10"));
    QCOMPARE(*events.at(1).positionQty, D("10"));
    QVERIFY(!events.at(1).executionId.isEmpty());
    QCOMPARE(events.at(1).order.status, OrderStatus::Filled);
    QCOMPARE(events.at(1).timestamp, T(kStart));

    const Account a = sim.ex->account();
    QCOMPARE(a.cash, D("98999.8"));
    QCOMPARE(a.longMarketValue, D("1000.1")); // at the mid 100.01
    QCOMPARE(a.equity, D("99999.9"));
    QVERIFY(!a.patternDayTrader && !a.daytradeCount && !a.daytradingBuyingPower);

    const QList<Position> positions = sim.ex->positions();
    QCOMPARE(positions.size(), 1);
    QCOMPARE(positions.first().qty, D("10"));
    QCOMPARE(positions.first().side, PositionSide::Long);
}

void tst_SimExchange::limitRestsThenFillsWhenCrossed()
{
    Sim sim;
    const Order o = sim.submit(limit("AAPL", OrderSide::Buy, "5", "99.50"));
    QCOMPARE(o.status, OrderStatus::New);
    QCOMPARE(sim.takeNames(), QStringList { QStringLiteral("new") });

    sim.quote("AAPL", "99.60", "99.62");
    sim.advance(1);
    QCOMPARE(sim.get(o.id).status, OrderStatus::New); // not crossed

    sim.quote("AAPL", "99.40", "99.45");
    sim.advance(1);
    const Order filled = sim.get(o.id);
    QCOMPARE(filled.status, OrderStatus::Filled);
    QCOMPARE(*filled.filledAvgPrice, D("99.45")); // the ask: better than the limit
    QCOMPARE(sim.takeNames(), QStringList { QStringLiteral("fill") });
}

void tst_SimExchange::sellLimitFillsAtBid()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "5"));
    const Order o = sim.submit(limit("AAPL", OrderSide::Sell, "5", "101"));
    QCOMPARE(o.status, OrderStatus::New);
    sim.quote("AAPL", "101.20", "101.25");
    sim.advance(1);
    QCOMPARE(*sim.get(o.id).filledAvgPrice, D("101.20"));
    QVERIFY(sim.ex->positions().isEmpty());
}

void tst_SimExchange::buyingPowerDecreasesWithOpenBuys()
{
    Sim sim;
    QCOMPARE(sim.ex->account().buyingPower, D("200000"));
    QCOMPARE(sim.ex->account().multiplier, D("2"));
    const Order o = sim.submit(limit("AAPL", OrderSide::Buy, "100", "90"));
    QCOMPARE(sim.ex->account().buyingPower, D("191000"));
    QCOMPARE(sim.ex->account().regtBuyingPower, D("191000"));

    // The next buy is checked against what is left.
    const Result<Order> tooBig =
        sim.ex->submitOrder(limit("AAPL", OrderSide::Buy, "2000", "95.51"));
    QVERIFY(!tooBig);
    QCOMPARE(tooBig.error().extra.value(QStringLiteral("buying_power")).toString(),
             QStringLiteral("191000"));
    QCOMPARE(tooBig.error().extra.value(QStringLiteral("cost_basis")).toString(),
             QStringLiteral("191020"));

    QVERIFY(sim.ex->cancelOrder(o.id));
    QCOMPARE(sim.ex->account().buyingPower, D("200000"));

    // A fill uses buying power through the margin: 50% initial margin, ×2.
    sim.submit(market("AAPL", OrderSide::Buy, "100")); // 10,002 at the ask
    const Account a = sim.ex->account();
    QCOMPARE(a.initialMargin, D("5000.5")); // 50% of 10,001 at the mid
    QCOMPARE(a.buyingPower, (a.equity - a.initialMargin) * D("2"));
    // Sells that close a long hold no buying power.
    sim.submit(limit("AAPL", OrderSide::Sell, "100", "150"));
    QCOMPARE(sim.ex->account().buyingPower, a.buyingPower);
}

void tst_SimExchange::marginAccountFields()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "100"));
    sim.submit(market("MSFT", OrderSide::Sell, "10")); // short 10 at 400.00
    const Account a = sim.ex->account();
    QCOMPARE(a.status, AccountStatus::Active);
    QCOMPARE(a.currency, QStringLiteral("USD"));
    QCOMPARE(a.accountNumber, QStringLiteral("PA3SIM000001"));
    QCOMPARE(a.id.size(), 36);
    QCOMPARE(a.cash, D("100000") - D("10002") + D("4000"));
    QCOMPARE(a.longMarketValue, D("10001"));
    QCOMPARE(a.shortMarketValue, D("-4000.2"));
    QCOMPARE(a.equity, a.cash + a.longMarketValue + a.shortMarketValue);
    QCOMPARE(*a.portfolioValue, a.equity);
    QCOMPARE(a.lastEquity, D("100000"));
    // Maintenance: 30% of the long; the short pays max($5 × 10, 30% × 4000.2).
    QCOMPARE(a.maintenanceMargin, D("3000.3") + D("1200.06"));
    QVERIFY(a.shortingEnabled);
    QCOMPARE(a.createdAt, T(kStart));
}

void tst_SimExchange::cashAccountAndSmallAccountMultiplier()
{
    SimExchange::Config config = defaultConfig();
    config.maxMarginMultiplier = 1;
    Sim cash(config);
    QCOMPARE(cash.ex->account().multiplier, D("1"));
    QCOMPARE(cash.ex->account().buyingPower, D("100000"));
    QVERIFY(!cash.ex->account().shortingEnabled);
    cash.submit(market("AAPL", OrderSide::Buy, "10"));
    QCOMPARE(cash.ex->account().buyingPower, D("98999.8"));

    config = defaultConfig();
    config.startingCash = Decimal::fromInt(1'999);
    Sim small(config);
    QCOMPARE(small.ex->account().multiplier, D("1"));
    QCOMPARE(small.ex->account().buyingPower, D("1999"));
}

void tst_SimExchange::notionalBuyFillsFractionalQty()
{
    Sim sim;
    OrderRequest r = market("AAPL", OrderSide::Buy, nullptr);
    r.notional = D("1000");
    const Order o = sim.submit(r);
    QCOMPARE(o.status, OrderStatus::Filled);
    QVERIFY(!o.qty);
    QCOMPARE(*o.notional, D("1000"));
    // 1000 / 100.02, rounded down to 9 decimals.
    QCOMPARE(o.filledQty, D("9.998000399"));
    const QList<TradeUpdate> events = sim.take();
    QCOMPARE(*events.last().qty, D("9.998000399"));
    QVERIFY(!events.last().order.qty);
    QCOMPARE(sim.ex->positions().first().qty, D("9.998000399"));
    QVERIFY(sim.ex->account().cash >= D("99000"));
}

void tst_SimExchange::fractionalSell()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "2.5"));
    const Order sell = sim.submit(market("AAPL", OrderSide::Sell, "1.25"));
    QCOMPARE(sell.status, OrderStatus::Filled);
    QCOMPARE(sim.ex->positions().first().qty, D("1.25"));
    QCOMPARE(sim.ex->positions().first().avgEntryPrice, D("100.02"));
}

void tst_SimExchange::shortSellOpensShortPosition()
{
    Sim sim;
    const Order o = sim.submit(market("AAPL", OrderSide::Sell, "10"));
    QCOMPARE(o.status, OrderStatus::Filled);
    QCOMPARE(*sim.take().last().positionQty, D("-10"));
    const Position p = sim.ex->position(QStringLiteral("AAPL")).value();
    QCOMPARE(p.qty, D("-10"));
    QCOMPARE(p.side, PositionSide::Short);
    QCOMPARE(*p.marketValue, D("-1000.1"));
    QCOMPARE(p.costBasis, D("-1000"));
    QCOMPARE(*p.unrealizedPl, D("-0.1"));
    QCOMPARE(*p.qtyAvailable, D("-10"));
    // Short sells hold buying power at max(limit, ask × 1.03).
    const Decimal before = sim.ex->account().buyingPower;
    sim.submit(limit("AAPL", OrderSide::Sell, "10", "120"));
    QCOMPARE(sim.ex->account().buyingPower, before - D("1200"));
}

void tst_SimExchange::positionFieldsAndAvgEntry()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "1")); // 100.02
    sim.quote("AAPL", "101.00", "101.03");
    sim.submit(market("AAPL", OrderSide::Buy, "2")); // 101.03
    const Position p = sim.ex->position(QStringLiteral("AAPL")).value();
    QCOMPARE(p.costBasis, D("302.08"));
    QCOMPARE(p.avgEntryPrice, D("100.693333333")); // 302.08 / 3, 9 decimals
    QCOMPARE(*p.currentPrice, D("101.015"));
    QCOMPARE(*p.marketValue, D("303.045"));
    QCOMPARE(*p.unrealizedPl, D("0.965"));
    QCOMPARE(*p.unrealizedPlpc, D("0.003195")); // 0.965 / 302.08 = 0.0031945…
    QCOMPARE(*p.unrealizedIntradayPl, D("0.965")); // opened today
    QCOMPARE(p.assetId, SimUniverse::assetId(u"AAPL").toString(QUuid::WithoutBraces));
    QCOMPARE(p.exchange, QStringLiteral("NASDAQ"));
    QCOMPARE(*p.qtyAvailable, D("3"));
    QVERIFY(p.lastdayPrice.has_value());
    // By asset id too; an unknown one is 404.
    QVERIFY(sim.ex->position(p.assetId));
    const Result<Position> none = sim.ex->position(QStringLiteral("MSFT"));
    QCOMPARE(none.error().httpStatus, 404);
    QCOMPARE(none.error().apiCode, 40410000);
    QCOMPARE(none.error().message, QStringLiteral("position does not exist"));
    // A sell order reduces qty_available.
    sim.submit(limit("AAPL", OrderSide::Sell, "2", "150"));
    QCOMPARE(*sim.ex->position(QStringLiteral("AAPL"))->qtyAvailable, D("1"));
}

// --------------------------------------------------------------------------------------------
// layer 2

void tst_SimExchange::stopTriggersAtQuote()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "10"));
    OrderRequest stop = req("AAPL", OrderSide::Sell, OrderType::Stop, "10", TimeInForce::Gtc);
    stop.stopPrice = D("95");
    const Order o = sim.submit(stop);
    QCOMPARE(o.status, OrderStatus::New);
    sim.take();
    sim.quote("AAPL", "95.01", "95.03");
    sim.advance(1);
    QCOMPARE(sim.get(o.id).status, OrderStatus::New);
    sim.quote("AAPL", "94.80", "94.85"); // gapped through the stop
    sim.advance(1);
    const Order filled = sim.get(o.id);
    QCOMPARE(filled.status, OrderStatus::Filled);
    QCOMPARE(*filled.filledAvgPrice, D("94.80"));
    QCOMPARE(sim.takeNames(), QStringList { QStringLiteral("fill") });

    // A buy stop triggers on the ask.
    OrderRequest buyStop = req("AAPL", OrderSide::Buy, OrderType::Stop, "1");
    buyStop.stopPrice = D("96");
    const Order b = sim.submit(buyStop);
    sim.quote("AAPL", "95.98", "96.00");
    sim.advance(1);
    QCOMPARE(*sim.get(b.id).filledAvgPrice, D("96.00"));
}

void tst_SimExchange::stopLimitBecomesLimit()
{
    Sim sim;
    OrderRequest r = req("AAPL", OrderSide::Buy, OrderType::StopLimit, "3");
    r.stopPrice = D("101");
    r.limitPrice = D("101.50");
    const Order o = sim.submit(r);
    sim.quote("AAPL", "101.90", "102.00"); // triggered, but above the limit
    sim.advance(1);
    QCOMPARE(sim.get(o.id).status, OrderStatus::New);
    QCOMPARE(sim.get(o.id).filledQty, D("0"));
    sim.quote("AAPL", "100.50", "100.60"); // back below the stop: still a live limit
    sim.advance(1);
    const Order filled = sim.get(o.id);
    QCOMPARE(filled.status, OrderStatus::Filled);
    QCOMPARE(*filled.filledAvgPrice, D("100.60"));
}

void tst_SimExchange::trailingStopTracksHwm()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "10"));
    OrderRequest r = req("AAPL", OrderSide::Sell, OrderType::TrailingStop, "10", TimeInForce::Gtc);
    r.trailPrice = D("1.00");
    const Order o = sim.submit(r);
    QCOMPARE(*o.hwm, D("100.00"));
    QCOMPARE(*o.stopPrice, D("99.00"));
    QCOMPARE(*o.trailPrice, D("1.00"));

    sim.quote("AAPL", "102.00", "102.02");
    sim.advance(1);
    QCOMPARE(*sim.get(o.id).hwm, D("102.00"));
    QCOMPARE(*sim.get(o.id).stopPrice, D("101.00"));

    sim.quote("AAPL", "101.50", "101.52"); // below the high, above the stop
    sim.advance(1);
    QCOMPARE(*sim.get(o.id).hwm, D("102.00"));
    QCOMPARE(sim.get(o.id).status, OrderStatus::New);

    sim.quote("AAPL", "100.90", "100.92");
    sim.advance(1);
    const Order filled = sim.get(o.id);
    QCOMPARE(filled.status, OrderStatus::Filled);
    QCOMPARE(*filled.filledAvgPrice, D("100.90"));
}

void tst_SimExchange::trailingStopPercentAndBuySide()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Sell, "10")); // short, covered by a buy trail
    OrderRequest r = req("AAPL", OrderSide::Buy, OrderType::TrailingStop, "10");
    r.trailPercent = D("2");
    const Order o = sim.submit(r);
    QCOMPARE(*o.hwm, D("100.02")); // lowest ask
    QCOMPARE(*o.stopPrice, D("102.03")); // 100.02 × 1.02 = 102.0204, up to the cent
    sim.quote("AAPL", "98.00", "98.02");
    sim.advance(1);
    QCOMPARE(*sim.get(o.id).hwm, D("98.02"));
    QCOMPARE(*sim.get(o.id).stopPrice, D("99.99")); // 99.9804 up
    sim.quote("AAPL", "99.98", "100.00");
    sim.advance(1);
    QCOMPARE(sim.get(o.id).status, OrderStatus::Filled);
    QCOMPARE(*sim.get(o.id).filledAvgPrice, D("100.00"));
    QVERIFY(sim.ex->positions().isEmpty());
}

void tst_SimExchange::trailingStopFrozenOutsideRegularHours()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "10"));
    OrderRequest r = req("AAPL", OrderSide::Sell, OrderType::TrailingStop, "10", TimeInForce::Gtc);
    r.trailPrice = D("1.00");
    const Order o = sim.submit(r);
    sim.advanceTo("2026-11-24T21:30:00Z"); // 16:30 ET, after hours
    sim.quote("AAPL", "105.00", "105.02");
    sim.advance(60);
    QCOMPARE(*sim.get(o.id).hwm, D("100.00"));
    sim.quote("AAPL", "90.00", "90.02");
    sim.advance(60);
    QCOMPARE(sim.get(o.id).status, OrderStatus::New); // no trigger after hours
    sim.advanceTo("2026-11-25T14:30:00Z"); // next open
    QCOMPARE(sim.get(o.id).status, OrderStatus::Filled);
    QCOMPARE(*sim.get(o.id).filledAvgPrice, D("90.00"));
}

void tst_SimExchange::iocAndFok()
{
    Sim sim;
    // ioc that cannot trade: cancelled at once.
    const Order a = sim.submit(limit("AAPL", OrderSide::Buy, "5", "99", TimeInForce::Ioc));
    QCOMPARE(a.status, OrderStatus::Canceled);
    QCOMPARE(sim.takeNames(), (QStringList { QStringLiteral("new"), QStringLiteral("canceled") }));
    // ioc larger than the displayed size: the shown size fills, the rest is cancelled.
    sim.quote("AAPL", "100.00", "100.02", 100, 4);
    const Order b = sim.submit(limit("AAPL", OrderSide::Buy, "10", "100.05", TimeInForce::Ioc));
    QCOMPARE(b.status, OrderStatus::Canceled);
    QCOMPARE(b.filledQty, D("4"));
    QCOMPARE(sim.takeNames(),
             (QStringList { QStringLiteral("new"), QStringLiteral("partial_fill"),
                            QStringLiteral("canceled") }));
    // fok that cannot fill in full: nothing trades.
    OrderRequest fok = market("AAPL", OrderSide::Buy, "10");
    fok.timeInForce = TimeInForce::Fok;
    const Order c = sim.submit(fok);
    QCOMPARE(c.status, OrderStatus::Canceled);
    QCOMPARE(c.filledQty, D("0"));
    // fok within the size: filled.
    fok.qty = D("4");
    QCOMPARE(sim.submit(fok).status, OrderStatus::Filled);
    QCOMPARE(sim.ex->positions().first().qty, D("8"));
}

void tst_SimExchange::dayOrderExpiresAtClose()
{
    Sim sim;
    const Order o = sim.submit(limit("AAPL", OrderSide::Buy, "5", "90"));
    QCOMPARE(o.expiresAt, T("2026-11-24T21:00:00Z"));
    sim.take();
    sim.advanceTo("2026-11-24T20:59:59Z");
    QCOMPARE(sim.get(o.id).status, OrderStatus::New);
    sim.advanceTo("2026-11-24T21:00:30Z");
    const Order expired = sim.get(o.id);
    QCOMPARE(expired.status, OrderStatus::Expired); // sim decision: expired, not canceled
    QCOMPARE(expired.expiredAt, T("2026-11-24T21:00:00Z"));
    const QList<TradeUpdate> events = sim.take();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().event, TradeEvent::Expired);
    QCOMPARE(events.first().timestamp, T("2026-11-24T21:00:00Z"));
}

void tst_SimExchange::dayOrderExpiresAtEarlyClose()
{
    Sim sim(defaultConfig(), "2026-11-27T15:00:00Z"); // day after Thanksgiving, 10:00 ET
    const Order o = sim.submit(limit("AAPL", OrderSide::Buy, "5", "90"));
    sim.advanceTo("2026-11-27T18:30:00Z");
    QCOMPARE(sim.get(o.id).status, OrderStatus::Expired);
    QCOMPARE(sim.get(o.id).expiredAt, T("2026-11-27T18:00:00Z")); // 13:00 ET
}

void tst_SimExchange::gtcSurvivesClose()
{
    Sim sim;
    const Order o = sim.submit(limit("AAPL", OrderSide::Buy, "5", "90", TimeInForce::Gtc));
    QVERIFY(o.expiresAt.isNull());
    sim.advanceTo("2026-11-25T15:00:00Z");
    QCOMPARE(sim.get(o.id).status, OrderStatus::New);
    sim.quote("AAPL", "89.90", "89.95");
    sim.advance(1);
    QCOMPARE(sim.get(o.id).status, OrderStatus::Filled);
}

void tst_SimExchange::extendedHoursLimitFillsPreMarket()
{
    Sim sim(defaultConfig(), "2026-11-24T13:00:00Z"); // 08:00 ET, pre-market
    OrderRequest ext = limit("AAPL", OrderSide::Buy, "5", "100.05");
    ext.extendedHours = true;
    const Order e = sim.submit(ext);
    QCOMPARE(e.status, OrderStatus::Filled);
    QCOMPARE(*e.filledAvgPrice, D("100.02"));
    QCOMPARE(e.expiresAt, T("2026-11-25T01:00:00Z")); // 20:00 ET

    const Order m = sim.submit(market("AAPL", OrderSide::Buy, "1"));
    QCOMPARE(m.status, OrderStatus::Accepted);
    QCOMPARE(sim.takeNames(),
             (QStringList { QStringLiteral("new"), QStringLiteral("fill"),
                            QStringLiteral("accepted") }));
    sim.advanceTo("2026-11-24T14:29:59Z");
    QCOMPARE(sim.get(m.id).status, OrderStatus::Accepted);
    sim.quote("AAPL", "100.50", "100.52");
    sim.advanceTo("2026-11-24T14:30:00Z");
    QCOMPARE(sim.get(m.id).status, OrderStatus::Filled);
    QCOMPARE(*sim.get(m.id).filledAvgPrice, D("100.52"));
    QCOMPARE(sim.takeNames(), (QStringList { QStringLiteral("new"), QStringLiteral("fill") }));
}

void tst_SimExchange::extendedHoursDayOrderLivesUntilSessionClose()
{
    Sim sim;
    OrderRequest ext = limit("AAPL", OrderSide::Buy, "5", "90");
    ext.extendedHours = true;
    const Order e = sim.submit(ext);
    sim.advanceTo("2026-11-24T22:00:00Z"); // 17:00 ET
    QCOMPARE(sim.get(e.id).status, OrderStatus::New);
    sim.quote("AAPL", "89.00", "89.05");
    sim.advance(60); // after-hours fill
    QCOMPARE(sim.get(e.id).status, OrderStatus::Filled);

    const Order late = sim.submit(ext);
    sim.advanceTo("2026-11-25T01:00:01Z");
    QCOMPARE(sim.get(late.id).status, OrderStatus::Filled); // crossed at once

    // Early close: the extended session ends at 17:00 ET.
    Sim early(defaultConfig(), "2026-11-27T15:00:00Z");
    const Order x = early.submit(ext);
    QCOMPARE(x.expiresAt, T("2026-11-27T22:00:00Z"));
    early.advanceTo("2026-11-27T22:00:01Z");
    QCOMPARE(early.get(x.id).status, OrderStatus::Expired);
}

void tst_SimExchange::orderAfterCloseQueuesForNextSession()
{
    Sim sim(defaultConfig(), "2026-11-25T23:00:00Z"); // Wed 18:00 ET; Thursday is Thanksgiving
    const Order o = sim.submit(limit("AAPL", OrderSide::Buy, "5", "100.05"));
    QCOMPARE(o.status, OrderStatus::Accepted);
    QCOMPARE(o.expiresAt, T("2026-11-27T18:00:00Z")); // Friday's 13:00 close
    sim.advanceTo("2026-11-26T15:00:00Z"); // holiday: still waiting
    QCOMPARE(sim.get(o.id).status, OrderStatus::Accepted);
    sim.advanceTo("2026-11-27T14:30:00Z");
    QCOMPARE(sim.get(o.id).status, OrderStatus::Filled);
}

void tst_SimExchange::partialFillAtDisplayedSize()
{
    Sim sim;
    sim.quote("AAPL", "100.00", "100.02", 100, 3);
    const Order o = sim.submit(market("AAPL", OrderSide::Buy, "10"));
    QCOMPARE(o.status, OrderStatus::PartiallyFilled);
    QCOMPARE(o.filledQty, D("3"));
    const QList<TradeUpdate> first = sim.take();
    QCOMPARE(first.last().event, TradeEvent::PartialFill);
    QCOMPARE(*first.last().qty, D("3"));
    QCOMPARE(*first.last().positionQty, D("3"));
    QCOMPARE(first.last().order.status, OrderStatus::PartiallyFilled);

    // The rest is re-evaluated at each later step.
    sim.advance(1);
    sim.advance(1);
    QCOMPARE(sim.get(o.id).filledQty, D("9"));
    sim.advance(1);
    QCOMPARE(sim.get(o.id).status, OrderStatus::Filled);
    QCOMPARE(sim.takeNames(),
             (QStringList { QStringLiteral("partial_fill"), QStringLiteral("partial_fill"),
                            QStringLiteral("fill") }));
    // One FILL activity per execution.
    SimExchange::ActivityQuery q;
    q.activityTypes = { QStringLiteral("FILL") };
    q.ascending = true;
    const QList<Activity> fills = sim.ex->activities(q).value();
    QCOMPARE(fills.size(), 4);
    QCOMPARE(fills.at(0).fillType, QStringLiteral("partial_fill"));
    QCOMPARE(*fills.at(0).leavesQty, D("7"));
    QCOMPARE(*fills.at(3).cumQty, D("10"));
    QCOMPARE(*fills.at(3).orderStatus, OrderStatus::Filled);
}

void tst_SimExchange::randomPartialFillIsSeeded()
{
    SimExchange::Config config = defaultConfig();
    config.partialFillPercent = 100;
    const auto run = [&config] {
        Sim sim(config);
        const Order o = sim.submit(market("AAPL", OrderSide::Buy, "50"));
        QList<Decimal> fills { o.filledQty };
        for (int i = 0; i < 60 && sim.get(o.id).status != OrderStatus::Filled; ++i) {
            sim.advance(1);
            fills.append(sim.get(o.id).filledQty);
        }
        return fills;
    };
    const QList<Decimal> a = run();
    QVERIFY(a.first() > D("0") && a.first() < D("50"));
    QCOMPARE(a.last(), D("50"));
    QCOMPARE(run(), a); // same seed, same splits

    config.seed = 8;
    QVERIFY(run() != a);
}

void tst_SimExchange::openingAndClosingAuctions()
{
    Sim sim(defaultConfig(), "2026-11-24T00:30:00Z"); // Mon 19:30 ET: OPG queues for Tuesday
    const Timestamp open = T("2026-11-24T14:30:00Z");
    const Timestamp close = T("2026-11-24T21:00:00Z");
    sim.market->script = [open, close](const QString &symbol,
                                       const Timestamp &at) -> std::optional<SimQuote> {
        if (symbol != u"AAPL" || (at != open && at != close))
            return std::nullopt;
        SimQuote q;
        q.symbol = symbol;
        q.bid = at == open ? D("101.00") : D("103.00");
        q.ask = at == open ? D("101.02") : D("103.02");
        return q;
    };
    OrderRequest opg = market("AAPL", OrderSide::Buy, "5");
    opg.timeInForce = TimeInForce::Opg;
    const Order o = sim.submit(opg);
    QCOMPARE(o.status, OrderStatus::Accepted);
    OrderRequest loo = limit("AAPL", OrderSide::Buy, "5", "100");
    loo.timeInForce = TimeInForce::Opg;
    const Order l = sim.submit(loo);
    sim.advanceTo("2026-11-24T15:00:00Z");
    QCOMPARE(sim.get(o.id).status, OrderStatus::Filled);
    QCOMPARE(*sim.get(o.id).filledAvgPrice, D("101.02"));
    QCOMPARE(sim.get(l.id).status, OrderStatus::Expired); // limit not reached at the open

    OrderRequest cls = market("AAPL", OrderSide::Sell, "5");
    cls.timeInForce = TimeInForce::Cls;
    const Order c = sim.submit(cls);
    QCOMPARE(c.status, OrderStatus::New);
    sim.advanceTo("2026-11-24T22:00:00Z");
    QCOMPARE(sim.get(c.id).status, OrderStatus::Filled);
    QCOMPARE(*sim.get(c.id).filledAvgPrice, D("103.00"));
    QCOMPARE(sim.get(c.id).filledAt, close);

    // CLS is refused from 15:50 ET.
    Sim lateSim(defaultConfig(), "2026-11-24T20:55:00Z");
    const Result<Order> refused = lateSim.ex->submitOrder(cls);
    QCOMPARE(refused.error().httpStatus, 422);
    QCOMPARE(refused.error().apiCode, 42210000);
}

// --------------------------------------------------------------------------------------------
// layer 3

namespace {

OrderRequest bracket(const char *qty, const char *tp, const char *sl,
                     const char *entryLimit = nullptr)
{
    OrderRequest r = entryLimit ? limit("AAPL", OrderSide::Buy, qty, entryLimit)
                                : market("AAPL", OrderSide::Buy, qty);
    r.orderClass = OrderClass::Bracket;
    r.takeProfit = TakeProfit { D(tp) };
    r.stopLoss = StopLoss { D(sl), std::nullopt };
    return r;
}

const Order *legOfType(const Order &parent, OrderType type)
{
    for (const Order &leg : parent.legs) {
        if (leg.type == type)
            return &leg;
    }
    return nullptr;
}

} // namespace

void tst_SimExchange::bracketLegsLifecycle()
{
    Sim sim;
    const Order o = sim.submit(bracket("10", "110", "95", "99"));
    QCOMPARE(o.status, OrderStatus::New);
    QCOMPARE(o.orderClass, OrderClass::Bracket);
    QCOMPARE(o.legs.size(), 2);
    for (const Order &leg : o.legs) {
        QCOMPARE(leg.status, OrderStatus::Held);
        QCOMPARE(leg.side, OrderSide::Sell);
        QCOMPARE(leg.orderClass, OrderClass::Bracket);
        QVERIFY(leg.legs.isEmpty());
    }
    const QString tpId = legOfType(o, OrderType::Limit)->id;
    const QString slId = legOfType(o, OrderType::Stop)->id;
    QCOMPARE(*legOfType(o, OrderType::Limit)->limitPrice, D("110"));
    QCOMPARE(*legOfType(o, OrderType::Stop)->stopPrice, D("95"));
    QCOMPARE(
        sim.takeNames(),
        (QStringList { QStringLiteral("new"), QStringLiteral("held"), QStringLiteral("held") }));
    // Held legs count as open; they hold no shares and no buying power yet.
    QCOMPARE(sim.ex->orders(OQ())->size(), 3);
    QCOMPARE(sim.ex->account().buyingPower, D("200000") - D("990"));

    sim.quote("AAPL", "98.95", "98.99");
    sim.advance(1);
    QCOMPARE(sim.get(o.id).status, OrderStatus::Filled);
    QCOMPARE(sim.get(tpId).status, OrderStatus::New);
    QCOMPARE(sim.get(slId).status, OrderStatus::Held); // until it triggers
    QCOMPARE(sim.takeNames(), (QStringList { QStringLiteral("fill"), QStringLiteral("new") }));
    QCOMPARE(*sim.ex->position(QStringLiteral("AAPL"))->qtyAvailable, D("0"));

    sim.quote("AAPL", "110.00", "110.02");
    sim.advance(1);
    QCOMPARE(sim.get(tpId).status, OrderStatus::Filled);
    QCOMPARE(*sim.get(tpId).filledAvgPrice, D("110.00"));
    QCOMPARE(sim.get(slId).status, OrderStatus::Canceled);
    const QList<TradeUpdate> events = sim.take();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).event, TradeEvent::Fill);
    QCOMPARE(events.at(0).order.id, tpId);
    QCOMPARE(*events.at(0).positionQty, D("0"));
    QCOMPARE(events.at(1).event, TradeEvent::Canceled);
    QCOMPARE(events.at(1).order.id, slId);
    QVERIFY(sim.ex->positions().isEmpty());
}

void tst_SimExchange::bracketStopLossFillCancelsTakeProfit()
{
    Sim sim;
    const Order o = sim.submit(bracket("10", "110", "95"));
    QCOMPARE(o.status, OrderStatus::Filled);
    const QString tpId = legOfType(o, OrderType::Limit)->id;
    const QString slId = legOfType(o, OrderType::Stop)->id;
    QCOMPARE(sim.get(tpId).status, OrderStatus::New);
    sim.take();
    sim.quote("AAPL", "94.90", "94.95");
    sim.advance(1);
    QCOMPARE(sim.get(slId).status, OrderStatus::Filled);
    QCOMPARE(*sim.get(slId).filledAvgPrice, D("94.90"));
    QCOMPARE(sim.get(tpId).status, OrderStatus::Canceled);
    QCOMPARE(sim.takeNames(),
             (QStringList { QStringLiteral("new"), QStringLiteral("fill"),
                            QStringLiteral("canceled") }));
}

void tst_SimExchange::bracketPartialTakeProfitShrinksStopLoss()
{
    Sim sim;
    const Order o = sim.submit(bracket("10", "110", "95"));
    const QString tpId = legOfType(o, OrderType::Limit)->id;
    const QString slId = legOfType(o, OrderType::Stop)->id;
    sim.take();
    sim.quote("AAPL", "110.00", "110.02", 4, 100);
    sim.advance(1);
    QCOMPARE(sim.get(tpId).status, OrderStatus::PartiallyFilled);
    QCOMPARE(sim.get(tpId).filledQty, D("4"));
    QCOMPARE(*sim.get(slId).qty, D("6"));
    QCOMPARE(sim.takeNames(),
             (QStringList { QStringLiteral("partial_fill"), QStringLiteral("restated") }));
    // The pair still holds the 6 shares left once.
    QCOMPARE(*sim.ex->position(QStringLiteral("AAPL"))->qtyAvailable, D("0"));
    sim.quote("AAPL", "94.00", "94.02");
    sim.advance(1);
    QCOMPARE(sim.get(slId).status, OrderStatus::Filled);
    QCOMPARE(sim.get(slId).filledQty, D("6"));
    QCOMPARE(sim.get(tpId).status, OrderStatus::Canceled);
    QVERIFY(sim.ex->positions().isEmpty());
}

void tst_SimExchange::bracketCancelAnyCancelsGroup()
{
    Sim sim;
    const Order o = sim.submit(bracket("10", "110", "95", "99"));
    const QString tpId = legOfType(o, OrderType::Limit)->id;
    sim.take();
    const Result<Order> canceled = sim.ex->cancelOrder(tpId);
    QVERIFY(canceled);
    QCOMPARE(canceled->status, OrderStatus::Canceled);
    QCOMPARE(sim.get(o.id).status, OrderStatus::Canceled);
    for (const Order &leg : sim.get(o.id).legs)
        QCOMPARE(leg.status, OrderStatus::Canceled);
    QCOMPARE(sim.takeNames().size(), 3);
}

void tst_SimExchange::ocoExitsAPosition()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "25"));
    OrderRequest r = req("AAPL", OrderSide::Sell, OrderType::Limit, "10", TimeInForce::Gtc);
    r.orderClass = OrderClass::Oco;
    r.takeProfit = TakeProfit { D("110") };
    r.stopLoss = StopLoss { D("95"), D("94.50") };
    const Order o = sim.submit(r);
    // The take-profit limit is the parent, the stop-loss its leg.
    QCOMPARE(o.type, OrderType::Limit);
    QCOMPARE(*o.limitPrice, D("110"));
    QCOMPARE(o.status, OrderStatus::New);
    QCOMPARE(o.legs.size(), 1);
    const Order sl = o.legs.first();
    QCOMPARE(sl.type, OrderType::StopLimit);
    QCOMPARE(sl.status, OrderStatus::Held);
    // The pair holds its 10 shares once.
    QCOMPARE(*sim.ex->position(QStringLiteral("AAPL"))->qtyAvailable, D("15"));
    // An OCO is exit-only: it may not exceed what is left.
    r.qty = D("16");
    const Result<Order> tooMany = sim.ex->submitOrder(r);
    QCOMPARE(tooMany.error().httpStatus, 403);
    QCOMPARE(tooMany.error().extra.value(QStringLiteral("held_for_orders")).toString(),
             QStringLiteral("10"));
    sim.take();

    sim.quote("AAPL", "94.80", "94.85"); // stop reached, limit 94.50 ≤ bid
    sim.advance(1);
    QCOMPARE(sim.get(sl.id).status, OrderStatus::Filled);
    QCOMPARE(*sim.get(sl.id).filledAvgPrice, D("94.80"));
    QCOMPARE(sim.get(o.id).status, OrderStatus::Canceled);
    QCOMPARE(sim.takeNames(),
             (QStringList { QStringLiteral("new"), QStringLiteral("fill"),
                            QStringLiteral("canceled") }));
}

void tst_SimExchange::otoEntryWithStopLoss()
{
    Sim sim;
    OrderRequest r = limit("AAPL", OrderSide::Buy, "5", "99");
    r.orderClass = OrderClass::Oto;
    r.stopLoss = StopLoss { D("95"), std::nullopt };
    const Order o = sim.submit(r);
    QCOMPARE(o.legs.size(), 1);
    const QString slId = o.legs.first().id;
    sim.quote("AAPL", "98.90", "98.95");
    sim.advance(1);
    QCOMPARE(sim.get(o.id).status, OrderStatus::Filled);
    QCOMPARE(sim.get(slId).status, OrderStatus::Held);
    QCOMPARE(*sim.get(slId).qty, D("5"));
    sim.quote("AAPL", "94.99", "95.01");
    sim.advance(1);
    QCOMPARE(sim.get(slId).status, OrderStatus::Filled);
    QVERIFY(sim.ex->positions().isEmpty());
}

void tst_SimExchange::replaceCreatesNewOrder()
{
    Sim sim;
    OrderRequest r = limit("AAPL", OrderSide::Buy, "10", "95");
    r.clientOrderId = QStringLiteral("mine-1");
    const Order o = sim.submit(r);
    sim.take();
    sim.advance(5);
    ReplaceOrderRequest change;
    change.limitPrice = D("96");
    change.qty = D("12");
    const Result<Order> replaced = sim.ex->replaceOrder(o.id, change);
    QVERIFY2(replaced, qPrintable(replaced.error().message));
    const Order &n = replaced.value();
    QVERIFY(n.id != o.id);
    QCOMPARE(n.replaces, o.id);
    QCOMPARE(*n.limitPrice, D("96"));
    QCOMPARE(*n.qty, D("12"));
    QCOMPARE(n.status, OrderStatus::New);
    QVERIFY(n.clientOrderId != o.clientOrderId);
    QCOMPARE(n.submittedAt, sim.ex->now());

    const Order old = sim.get(o.id);
    QCOMPARE(old.status, OrderStatus::Replaced);
    QCOMPARE(old.replacedBy, n.id);
    QCOMPARE(old.replacedAt, sim.ex->now());
    const QList<TradeUpdate> events = sim.take();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).event, TradeEvent::Replaced);
    QCOMPARE(events.at(0).order.id, o.id);
    QCOMPARE(events.at(1).event, TradeEvent::New);
    QCOMPARE(events.at(1).order.id, n.id);
    // Buying power now holds the new order only.
    QCOMPARE(sim.ex->account().buyingPower, D("200000") - D("1152"));
}

void tst_SimExchange::replaceRefusals()
{
    Sim sim;
    const Order filled = sim.submit(market("AAPL", OrderSide::Buy, "10"));
    ReplaceOrderRequest change;
    change.qty = D("11");
    Result<Order> r = sim.ex->replaceOrder(filled.id, change);
    QCOMPARE(r.error().httpStatus, 422);
    QVERIFY(r.error().message.contains(u"filled"));

    OrderRequest notional = limit("AAPL", OrderSide::Buy, nullptr, "90");
    notional.notional = D("500");
    const Order n = sim.submit(notional);
    ReplaceOrderRequest price;
    price.limitPrice = D("91");
    r = sim.ex->replaceOrder(n.id, price);
    QCOMPARE(r.error().httpStatus, 422);
    QVERIFY(r.error().message.contains(u"notional"));

    r = sim.ex->replaceOrder(QStringLiteral("00000000-0000-4000-8000-000000000000"), price);
    QCOMPARE(r.error().httpStatus, 404);

    // Partially filled: the qty may not go below what has filled.
    sim.quote("AAPL", "100.00", "100.02", 100, 4);
    const Order p = sim.submit(limit("AAPL", OrderSide::Buy, "10", "101", TimeInForce::Gtc));
    QCOMPARE(p.filledQty, D("4"));
    change.qty = D("4");
    r = sim.ex->replaceOrder(p.id, change);
    QCOMPARE(r.error().httpStatus, 422);
    QVERIFY(r.error().message.contains(u"filled_qty"));
    // Fields of another type, sub-penny, and accepted orders are refused too.
    ReplaceOrderRequest stop;
    stop.stopPrice = D("90");
    QCOMPARE(sim.ex->replaceOrder(p.id, stop).error().apiCode, 40010001);
    ReplaceOrderRequest subPenny;
    subPenny.limitPrice = D("100.001");
    QCOMPARE(sim.ex->replaceOrder(p.id, subPenny).error().apiCode, 42210000);
    change.qty = D("20");
    const Result<Order> grown = sim.ex->replaceOrder(p.id, change);
    QVERIFY(grown);
    QCOMPARE(grown->filledQty, D("8")); // carried over (4), then 4 more at once
    QCOMPARE(grown->status, OrderStatus::PartiallyFilled);

    Sim night(defaultConfig(), "2026-11-25T02:00:00Z");
    const Order queued = night.submit(limit("AAPL", OrderSide::Buy, "1", "90"));
    QCOMPARE(queued.status, OrderStatus::Accepted);
    QCOMPARE(night.ex->replaceOrder(queued.id, price).error().httpStatus, 422);
}

void tst_SimExchange::replaceTrailingStopTrail()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "10"));
    OrderRequest r = req("AAPL", OrderSide::Sell, OrderType::TrailingStop, "10", TimeInForce::Gtc);
    r.trailPrice = D("1.00");
    const Order o = sim.submit(r);
    ReplaceOrderRequest change;
    change.trail = D("2.50");
    const Result<Order> n = sim.ex->replaceOrder(o.id, change);
    QVERIFY(n);
    QCOMPARE(*n->trailPrice, D("2.50"));
    QCOMPARE(*n->hwm, D("100.00"));
    QCOMPARE(*n->stopPrice, D("97.50"));
    QVERIFY(!n->trailPercent);
}

void tst_SimExchange::replaceBracketLegKeepsTheGroup()
{
    Sim sim;
    const Order o = sim.submit(bracket("10", "110", "95"));
    const QString tpId = legOfType(o, OrderType::Limit)->id;
    const QString slId = legOfType(o, OrderType::Stop)->id;
    ReplaceOrderRequest change;
    change.limitPrice = D("105");
    const Result<Order> tp = sim.ex->replaceOrder(tpId, change);
    QVERIFY2(tp, qPrintable(tp.error().message));
    QCOMPARE(tp->replaces, tpId);
    QCOMPARE(tp->status, OrderStatus::New);
    const Order parent = sim.get(o.id);
    QCOMPARE(parent.legs.size(), 2);
    QVERIFY(legOfType(parent, OrderType::Limit)->id == tp->id);
    // A held stop-loss leg may move its stop too.
    ReplaceOrderRequest stop;
    stop.stopPrice = D("96");
    const Result<Order> sl = sim.ex->replaceOrder(slId, stop);
    QVERIFY2(sl, qPrintable(sl.error().message));
    QCOMPARE(sl->status, OrderStatus::Held);
    QCOMPARE(*sl->stopPrice, D("96"));
    // Its qty may not change (§7.4: prices only).
    ReplaceOrderRequest qty;
    qty.qty = D("5");
    QCOMPARE(sim.ex->replaceOrder(tp->id, qty).error().httpStatus, 422);
    // The replaced take-profit still cancels the replaced stop-loss when it fills.
    sim.take();
    sim.quote("AAPL", "105.00", "105.02");
    sim.advance(1);
    QCOMPARE(sim.get(tp->id).status, OrderStatus::Filled);
    QCOMPARE(sim.get(sl->id).status, OrderStatus::Canceled);
    QCOMPARE(sim.takeNames(), (QStringList { QStringLiteral("fill"), QStringLiteral("canceled") }));
}

void tst_SimExchange::cancelShapes()
{
    Sim sim;
    const Order o = sim.submit(limit("AAPL", OrderSide::Buy, "10", "95"));
    sim.take();
    const Result<Order> c = sim.ex->cancelOrder(o.id);
    QVERIFY(c);
    QCOMPARE(c->status, OrderStatus::Canceled);
    QCOMPARE(c->canceledAt, sim.ex->now());
    QCOMPARE(sim.takeNames(), QStringList { QStringLiteral("canceled") });

    const Result<Order> again = sim.ex->cancelOrder(o.id);
    QCOMPARE(again.error().httpStatus, 422);
    QCOMPARE(again.error().apiCode, 42210000);
    QCOMPARE(again.error().message, QStringLiteral("order is not cancelable"));

    const Order filled = sim.submit(market("AAPL", OrderSide::Buy, "1"));
    QCOMPARE(sim.ex->cancelOrder(filled.id).error().httpStatus, 422);

    const Result<Order> missing = sim.ex->cancelOrder(QStringLiteral("nope"));
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().apiCode, 40410000);
    QCOMPARE(missing.error().message, QStringLiteral("order not found"));
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void tst_SimExchange::cancelAllOrders()
{
    Sim sim;
    const Order a = sim.submit(limit("AAPL", OrderSide::Buy, "1", "90"));
    const Order b = sim.submit(bracket("2", "110", "95", "98"));
    sim.submit(market("AAPL", OrderSide::Buy, "1")); // filled: not part of it
    sim.take();
    const QList<CancelAllResult> results = sim.ex->cancelAllOrders();
    QCOMPARE(results.size(), 4); // a, the bracket entry and its two held legs
    QStringList ids;
    for (const CancelAllResult &r : results) {
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body);
        ids.append(r.id);
    }
    QVERIFY(ids.contains(a.id) && ids.contains(b.id));
    QCOMPARE(sim.ex->orders(OQ())->size(), 0);
    QCOMPARE(sim.takeNames().size(), 4);
    QVERIFY(sim.ex->cancelAllOrders().isEmpty());
}

void tst_SimExchange::closePositionQtyAndPercentage()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "10"));
    ClosePositionRequest byQty;
    byQty.qty = D("3");
    Result<Order> r = sim.ex->closePosition(QStringLiteral("AAPL"), byQty);
    QVERIFY(r);
    QCOMPARE(r->side, OrderSide::Sell);
    QCOMPARE(r->type, OrderType::Market);
    QCOMPARE(*r->qty, D("3"));
    QCOMPARE(r->status, OrderStatus::Filled);
    QCOMPARE(sim.ex->position(QStringLiteral("AAPL"))->qty, D("7"));

    ClosePositionRequest half;
    half.percentage = D("50");
    r = sim.ex->closePosition(QStringLiteral("AAPL"), half);
    QCOMPARE(*r->qty, D("3")); // 3.5 of a whole-share position: whole shares only
    QCOMPARE(sim.ex->position(QStringLiteral("AAPL"))->qty, D("4"));

    ClosePositionRequest tooMuch;
    tooMuch.percentage = D("150");
    QCOMPARE(sim.ex->closePosition(QStringLiteral("AAPL"), tooMuch).error().httpStatus, 422);
    ClosePositionRequest beyond;
    beyond.qty = D("5");
    r = sim.ex->closePosition(QStringLiteral("AAPL"), beyond);
    QCOMPARE(r.error().httpStatus, 403);
    QCOMPARE(r.error().extra.value(QStringLiteral("available")).toString(), QStringLiteral("4"));
    QCOMPARE(sim.ex->closePosition(QStringLiteral("MSFT"), {}).error().httpStatus, 404);

    r = sim.ex->closePosition(QStringLiteral("AAPL"), {});
    QCOMPARE(*r->qty, D("4"));
    QVERIFY(sim.ex->positions().isEmpty());

    // A short is closed with a buy; a fractional one by percentage in fractions.
    sim.submit(market("MSFT", OrderSide::Sell, "2"));
    r = sim.ex->closePosition(QStringLiteral("MSFT"), {});
    QCOMPARE(r->side, OrderSide::Buy);
    sim.submit(market("AAPL", OrderSide::Buy, "1.5"));
    ClosePositionRequest third;
    third.percentage = D("33.3");
    r = sim.ex->closePosition(QStringLiteral("AAPL"), third);
    QCOMPARE(*r->qty, D("0.4995"));
}

void tst_SimExchange::closeAllPositions()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "10"));
    sim.submit(market("MSFT", OrderSide::Sell, "2"));
    sim.submit(limit("AAPL", OrderSide::Sell, "10", "150")); // holds all AAPL
    QList<ClosePositionResult> results = sim.ex->closeAllPositions(false);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).symbol, QStringLiteral("AAPL"));
    QCOMPARE(results.at(0).status, 403); // held by the open sell
    QVERIFY(results.at(0).error()->message.contains(u"insufficient qty"));
    QCOMPARE(*results.at(0).error()->code, 40310000);
    QCOMPARE(results.at(1).status, 200);
    QCOMPARE(results.at(1).order()->side, OrderSide::Buy);

    results = sim.ex->closeAllPositions(true);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().status, 200);
    QVERIFY(sim.ex->positions().isEmpty());
    QCOMPARE(sim.ex->orders(OQ())->size(), 0);
}

void tst_SimExchange::ordersQuery()
{
    Sim sim;
    const Order a = sim.submit(market("AAPL", OrderSide::Buy, "1")); // filled
    sim.advance(1);
    const Order b = sim.submit(limit("MSFT", OrderSide::Buy, "1", "300"));
    sim.advance(1);
    const Order c = sim.submit(bracket("1", "110", "85", "90"));
    sim.advance(1);
    const Order d = sim.submit(limit("AAPL", OrderSide::Sell, "1", "150"));

    const auto ids = [&sim](const SimExchange::OrderQuery &q) {
        QStringList list;
        const QList<Order> orders = sim.ex->orders(q).value(); // not a range-for over a temporary
        for (const Order &o : orders)
            list.append(o.id);
        return list;
    };
    QCOMPARE(c.legs.size(), 2);
    const QString tp = legOfType(c, OrderType::Limit)->id;
    const QString sl = legOfType(c, OrderType::Stop)->id;
    // Default: open, newest first, legs as their own orders.
    QCOMPARE(ids(OQ()), (QStringList { d.id, sl, tp, c.id, b.id }));
    QCOMPARE(ids(OQ().closed()), QStringList { a.id });
    QCOMPARE(ids(OQ().all().asc()), (QStringList { a.id, b.id, c.id, tp, sl, d.id }));
    QCOMPARE(ids(OQ().all().limit(2)), (QStringList { d.id, sl }));
    // nested: legs under their parent only.
    const QList<Order> nested = sim.ex->orders(OQ().nested()).value();
    QCOMPARE(nested.size(), 3);
    QCOMPARE(nested.at(1).id, c.id);
    QCOMPARE(nested.at(1).legs.size(), 2);
    // after/until are exclusive on submitted_at.
    QCOMPARE(ids(OQ().all().after(b.submittedAt).until(d.submittedAt).asc()),
             (QStringList { c.id, tp, sl }));
    QCOMPARE(ids(OQ().all().symbols({ QStringLiteral("MSFT") })), QStringList { b.id });
    QCOMPARE(ids(OQ().all().nested().side(OrderSide::Sell)), QStringList { d.id });
    QCOMPARE(sim.ex->orders(OQ().limit(0)).error().httpStatus, 422);

    QCOMPARE(sim.ex->order(c.id, true)->legs.size(), 2);
    QVERIFY(sim.ex->order(c.id, false)->legs.isEmpty());
    QCOMPARE(sim.ex->orderByClientOrderId(c.clientOrderId)->id, c.id);
    QCOMPARE(sim.ex->orderByClientOrderId(QStringLiteral("nope")).error().httpStatus, 404);
    QCOMPARE(sim.ex->order(QStringLiteral("nope")).error().apiCode, 40410000);
}

void tst_SimExchange::openOrdersQueryMatchesAFullScan_data()
{
    QTest::addColumn<bool>("nested");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<int>("maxOrders");
    QTest::addColumn<int>("side"); // -1 any, else OrderSide
    for (const bool nested : { false, true })
        for (const bool ascending : { false, true })
            for (const int limit : { 1, 3, 500 })
                for (const int side : { -1, int(OrderSide::Sell) })
                    QTest::addRow("nested=%d asc=%d limit=%d side=%d", nested, ascending, limit, side)
                        << nested << ascending << limit << side;
}

// status=open reads the open index; it must answer exactly what filtering every stored order
// by openness answers (nested: a group is open while any of its orders is).
void tst_SimExchange::openOrdersQueryMatchesAFullScan()
{
    QFETCH(bool, nested);
    QFETCH(bool, ascending);
    QFETCH(int, maxOrders);
    QFETCH(int, side);

    Sim sim;
    QStringList canceled;
    for (int i = 0; i < 4; ++i) {
        (void)sim.submit(market("AAPL", OrderSide::Buy, "1")); // filled: closed
        sim.advance(1);
        const Order resting = sim.submit(limit("MSFT", OrderSide::Buy, "1", "300"));
        sim.advance(1);
        const Order filledEntry = sim.submit(bracket("1", "110", "95")); // legs open, entry filled
        QCOMPARE(filledEntry.status, OrderStatus::Filled);
        sim.advance(1);
        (void)sim.submit(bracket("1", "110", "85", "90")); // entry and legs open
        sim.advance(1);
        const Order sell = sim.submit(limit("AAPL", OrderSide::Sell, "1", "150"));
        sim.advance(1);
        if (i % 2 == 0) {
            QVERIFY(sim.ex->cancelOrder(resting.id));
            QVERIFY(sim.ex->cancelOrder(sell.id));
            canceled << resting.id << sell.id;
        }
    }

    OQ open;
    open.limit(maxOrders);
    OQ all;
    all.all().limit(500);
    if (nested) {
        open.nested();
        all.nested();
    }
    if (ascending) {
        open.asc();
        all.asc();
    }
    if (side >= 0) {
        open.side(OrderSide(side));
        all.side(OrderSide(side));
    }
    const auto isOpen = [](const Order &o) {
        if (!isTerminal(o.status))
            return true;
        return std::any_of(o.legs.cbegin(), o.legs.cend(),
                           [](const Order &leg) { return !isTerminal(leg.status); });
    };
    QStringList expected;
    const QList<Order> every = sim.ex->orders(all).value();
    for (const Order &o : every)
        if (expected.size() < maxOrders && isOpen(o))
            expected.append(o.id);
    QStringList actual;
    const QList<Order> answered = sim.ex->orders(open).value();
    for (const Order &o : answered)
        actual.append(o.id);
    QCOMPARE(actual, expected);
    QVERIFY(!expected.isEmpty());
    for (const QString &id : std::as_const(canceled))
        QVERIFY(!actual.contains(id));
}

// --------------------------------------------------------------------------------------------
// layer 4

void tst_SimExchange::legacyPdtRefusesFourthDayTrade()
{
    SimExchange::Config config = defaultConfig();
    config.pdt = SimExchange::PdtRegime::Legacy;
    config.startingCash = Decimal::fromInt(20'000);
    Sim sim(config);
    QCOMPARE(*sim.ex->account().daytradeCount, 0);
    QCOMPARE(*sim.ex->account().patternDayTrader, false);
    QVERIFY(sim.ex->account().daytradingBuyingPower.has_value());
    QCOMPARE(sim.ex->configurations().pdtCheck, QStringLiteral("entry"));

    for (int i = 0; i < 3; ++i) {
        QCOMPARE(sim.submit(market("AAPL", OrderSide::Buy, "5")).status, OrderStatus::Filled);
        QCOMPARE(sim.submit(market("AAPL", OrderSide::Sell, "5")).status, OrderStatus::Filled);
        sim.advance(60);
    }
    QCOMPARE(*sim.ex->account().daytradeCount, 3);
    // Opening again is fine; the closing sell would be the 4th day trade.
    QCOMPARE(sim.submit(market("AAPL", OrderSide::Buy, "5")).status, OrderStatus::Filled);
    const Result<Order> refused = sim.ex->submitOrder(market("AAPL", OrderSide::Sell, "5"));
    QCOMPARE(refused.error().httpStatus, 403);
    QCOMPARE(refused.error().apiCode, 40310100);
    QCOMPARE(refused.error().message,
             QStringLiteral("trade denied due to pattern day trading protection"));
    // A pending opposite order is a potential day trade as well.
    QCOMPARE(sim.submit(limit("MSFT", OrderSide::Buy, "1", "300")).status, OrderStatus::New);
    QCOMPARE(sim.ex->submitOrder(market("MSFT", OrderSide::Sell, "1")).error().apiCode, 40310100);
    // Five trading days later the window has moved on and the sell goes through.
    sim.advanceTo("2026-12-02T15:00:00Z");
    QCOMPARE(*sim.ex->account().daytradeCount, 0);
    QVERIFY(sim.ex->submitOrder(market("AAPL", OrderSide::Sell, "5")));

    // At $25,000 or more the rule does not bite.
    config.startingCash = Decimal::fromInt(30'000);
    config.maxMarginMultiplier = 4;
    Sim rich(config);
    for (int i = 0; i < 4; ++i) {
        rich.submit(market("AAPL", OrderSide::Buy, "5"));
        QCOMPARE(rich.submit(market("AAPL", OrderSide::Sell, "5")).status, OrderStatus::Filled);
    }
    QCOMPARE(*rich.ex->account().daytradeCount, 4);
    QCOMPARE(*rich.ex->account().patternDayTrader, true);
    // A flagged account at $25,000+ gets the 4× day-trading buying power (§5).
    QCOMPARE(rich.ex->account().multiplier, D("4"));
    QCOMPARE(*rich.ex->account().daytradingBuyingPower, D("120000"));
    QCOMPARE(rich.ex->account().buyingPower, D("120000"));
}

void tst_SimExchange::currentRegimeHasNoPdt()
{
    SimExchange::Config config = defaultConfig();
    config.startingCash = Decimal::fromInt(20'000);
    Sim sim(config);
    for (int i = 0; i < 5; ++i) {
        sim.submit(market("AAPL", OrderSide::Buy, "5"));
        QCOMPARE(sim.submit(market("AAPL", OrderSide::Sell, "5")).status, OrderStatus::Filled);
    }
    const Account a = sim.ex->account();
    QVERIFY(!a.patternDayTrader && !a.daytradeCount && !a.daytradingBuyingPower);
    QVERIFY(sim.ex->configurations().pdtCheck.isEmpty());
    QVERIFY(sim.ex->configurations().dtbpCheck.isEmpty());
}

void tst_SimExchange::activitiesAndPaging()
{
    Sim sim;
    const Order a = sim.submit(market("AAPL", OrderSide::Buy, "3"));
    sim.advance(1);
    sim.submit(market("AAPL", OrderSide::Sell, "1"));
    sim.advance(1);
    sim.submit(market("MSFT", OrderSide::Buy, "1"));

    const QList<Activity> all = sim.ex->activities({}).value();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.last().activityType, ActivityType::Csd); // newest first: the deposit last
    QCOMPARE(*all.last().netAmount, D("100000"));
    QCOMPARE(all.last().date, QDate(2026, 11, 24));
    QCOMPARE(all.last().status, QStringLiteral("executed"));
    QVERIFY(all.last().id.startsWith(u"20261124100000000::"));
    const Activity &fill = all.at(2);
    QCOMPARE(fill.activityType, ActivityType::Fill);
    QCOMPARE(fill.fillType, QStringLiteral("fill"));
    QCOMPARE(fill.orderId, a.id);
    QCOMPARE(fill.side, QStringLiteral("buy"));
    QCOMPARE(fill.symbol, QStringLiteral("AAPL"));
    QCOMPARE(*fill.qty, D("3"));
    QCOMPARE(*fill.price, D("100.02"));
    QCOMPARE(*fill.leavesQty, D("0"));
    QCOMPARE(*fill.cumQty, D("3"));
    QCOMPARE(*fill.orderStatus, OrderStatus::Filled);
    QCOMPARE(fill.transactionTime, T(kStart));
    QCOMPARE(fill.id.size(), 17 + 2 + 36);

    // Paging by page_token = the last id seen.
    SimExchange::ActivityQuery q;
    q.pageSize = 3;
    const QList<Activity> page1 = sim.ex->activities(q).value();
    QCOMPARE(page1.size(), 3);
    q.pageToken = page1.last().id;
    const QList<Activity> page2 = sim.ex->activities(q).value();
    QCOMPARE(page2.size(), 1);
    QCOMPARE(page2.first().id, all.last().id);

    q = {};
    q.activityTypes = { QStringLiteral("CSD") };
    QCOMPARE(sim.ex->activities(q)->size(), 1);
    q = {};
    q.orderId = a.id;
    QCOMPARE(sim.ex->activities(q)->size(), 1);
    q = {};
    q.after = T(kStart);
    q.ascending = true;
    QCOMPARE(sim.ex->activities(q)->size(), 2); // exclusive bound
    q = {};
    q.date = QDate(2026, 11, 23);
    QCOMPARE(sim.ex->activities(q)->size(), 0);
    q.date = QDate(2026, 11, 24);
    QCOMPARE(sim.ex->activities(q)->size(), 4);
    q.after = T(kStart);
    QCOMPARE(sim.ex->activities(q).error().httpStatus, 422); // date excludes after/until
    q = {};
    q.pageSize = 0;
    QCOMPARE(sim.ex->activities(q).error().httpStatus, 422);
    q = {};
    q.pageToken = QStringLiteral("bogus");
    QCOMPARE(sim.ex->activities(q).error().httpStatus, 422);
    q = {};
    q.activityTypes = { QStringLiteral("NOPE") };
    QCOMPARE(sim.ex->activities(q).error().httpStatus, 422);
}

void tst_SimExchange::lastEquityAndPortfolioHistory()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "100")); // 10,002
    QCOMPARE(sim.ex->account().lastEquity, D("100000"));
    sim.quote("AAPL", "101.00", "101.02");
    sim.advanceTo("2026-11-24T21:30:00Z"); // the close is booked at 16:00
    sim.quote("AAPL", "90.00", "90.02"); // after-hours drop
    sim.advanceTo("2026-11-25T15:00:00Z");
    const Account a = sim.ex->account();
    // Equity at Tuesday's close: cash 89,998 + 100 × 101.01.
    QCOMPARE(a.lastEquity, D("100099"));
    QCOMPARE(a.equity, D("98999"));
    const Position p = sim.ex->position(QStringLiteral("AAPL")).value();
    QCOMPARE(*p.unrealizedIntradayPl, D("-1100")); // from the 101.01 close mark

    const PortfolioHistory daily =
        sim.ex->portfolioHistory(QStringLiteral("1W"), QStringLiteral("1D"), {}, {}).value();
    QCOMPARE(daily.timeframe, QStringLiteral("1D"));
    // Wed 18th … Wed 25th: the days before the account existed are null.
    QCOMPARE(daily.timestamp.size(), 6);
    for (int i = 0; i < 4; ++i)
        QVERIFY(!daily.equity.at(i) && !daily.profitLoss.at(i) && !daily.profitLossPct.at(i));
    QCOMPARE(daily.timestamp.at(4), T("2026-11-24T05:00:00Z")); // New York midnight
    QCOMPARE(*daily.equity.at(4), D("100099"));
    QCOMPARE(*daily.equity.at(5), D("98999")); // today: the latest
    QCOMPARE(*daily.baseValue, D("100000"));
    QCOMPARE(daily.baseValueAsof, QDate(2026, 11, 24));
    QCOMPARE(*daily.profitLoss.at(4), D("99"));
    QCOMPARE(*daily.profitLossPct.at(4), D("0.00099"));
    QCOMPARE(*daily.profitLossPct.at(5), D("-0.01001"));

    const PortfolioHistory intraday =
        sim.ex->portfolioHistory(QStringLiteral("1D"), {}, {}, {}).value();
    QCOMPARE(intraday.timeframe, QStringLiteral("1Min"));
    QCOMPARE(intraday.timestamp.first(), T("2026-11-25T14:30:00Z"));
    QCOMPARE(intraday.timestamp.size(), 30); // 09:30 … 09:59; now is 10:00:00
    QCOMPARE(*intraday.baseValue, D("98999")); // nothing moved overnight: the after-hours value
    QCOMPARE(*intraday.equity.last(), D("98999"));

    // A start/end window: regular-hours buckets, labelled at their start, valued at their end.
    const PortfolioHistory window =
        sim.ex
            ->portfolioHistory({}, QStringLiteral("1H"), T("2026-11-23T14:30:00Z"),
                               T("2026-11-24T17:30:00Z"))
            .value();
    QCOMPARE(window.timestamp.size(), 7 + 3); // Monday 09:30…15:30, Tuesday 09:30…11:30
    for (int i = 0; i < 7; ++i)
        QVERIFY(!window.equity.at(i)); // Monday: before the account existed
    QCOMPARE(window.timestamp.at(7), T("2026-11-24T14:30:00Z"));
    QVERIFY(window.equity.at(7).has_value()); // 09:30–10:30 ends after the 10:00 start
    QCOMPARE(*window.baseValue, D("100000"));
}

void tst_SimExchange::portfolioHistoryErrors()
{
    Sim sim;
    const auto status = [&sim](const QString &period, const QString &tf, const Timestamp &start,
                               const Timestamp &end) {
        const Result<PortfolioHistory> r = sim.ex->portfolioHistory(period, tf, start, end);
        return r ? 200 : r.error().httpStatus;
    };
    QCOMPARE(status(QStringLiteral("1X"), {}, {}, {}), 422);
    QCOMPARE(status({}, QStringLiteral("2Min"), {}, {}), 422);
    QCOMPARE(status(QStringLiteral("3M"), QStringLiteral("1Min"), {}, {}), 422);
    QCOMPARE(status(QStringLiteral("1D"), {}, T("2026-11-20T15:00:00Z"), T(kStart)), 422);
    QCOMPARE(status({}, {}, T(kStart), T("2026-11-20T15:00:00Z")), 422);
    QCOMPARE(status(QStringLiteral("1M"), {}, {}, {}), 200);
    QCOMPARE(sim.ex->portfolioHistory(QStringLiteral("1M"), {}, {}, {})->timeframe,
             QStringLiteral("1D"));
    QCOMPARE(sim.ex->portfolioHistory(QStringLiteral("2W"), {}, {}, {})->timeframe,
             QStringLiteral("15Min"));
}

void tst_SimExchange::configurationsPatch()
{
    Sim sim;
    AccountConfigurations c = sim.ex->configurations();
    QCOMPARE(c.maxMarginMultiplier, D("2"));
    QVERIFY(!c.noShorting);
    AccountConfigurationsPatch patch;
    patch.noShorting = true;
    patch.maxMarginMultiplier = D("1");
    c = sim.ex->patchConfigurations(patch).value();
    QVERIFY(c.noShorting);
    QCOMPARE(sim.ex->account().multiplier, D("1"));
    QCOMPARE(sim.ex->submitOrder(market("AAPL", OrderSide::Sell, "1")).error().message,
             QStringLiteral("account is not allowed to short"));
    patch = {};
    patch.maxMarginMultiplier = D("3");
    QCOMPARE(sim.ex->patchConfigurations(patch).error().httpStatus, 422);
    patch = {};
    patch.tradeConfirmEmail = QStringLiteral("some");
    QCOMPARE(sim.ex->patchConfigurations(patch).error().httpStatus, 422);
    patch = {};
    patch.fractionalTrading = false;
    QVERIFY(sim.ex->patchConfigurations(patch));
    QCOMPARE(sim.ex->submitOrder(market("AAPL", OrderSide::Buy, "0.5")).error().httpStatus, 403);
}

void tst_SimExchange::saveRestoreRoundTrip()
{
    Sim a;
    a.submit(market("AAPL", OrderSide::Buy, "10"));
    a.submit(bracket("5", "110", "95", "99"));
    a.submit(market("MSFT", OrderSide::Sell, "1.0"));
    OrderRequest trail =
        req("AAPL", OrderSide::Sell, OrderType::TrailingStop, "5", TimeInForce::Gtc);
    trail.trailPercent = D("1.5");
    a.submit(trail);
    a.advanceTo("2026-11-24T21:30:00Z");
    const QJsonObject state = a.ex->saveState();
    // Through text, as --state FILE does.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(state).toJson()).object();

    Sim b(defaultConfig(), "2030-01-02T15:00:00Z");
    QVERIFY(b.ex->restoreState(reread));
    QCOMPARE(b.ex->now(), a.ex->now());
    QCOMPARE(b.ex->account(), a.ex->account());
    QCOMPARE(b.ex->positions(), a.ex->positions());
    QCOMPARE(b.ex->orders(OQ().all().limit(500).nested()).value(),
             a.ex->orders(OQ().all().limit(500).nested()).value());
    SimExchange::ActivityQuery all;
    QCOMPARE(b.ex->activities(all).value(), a.ex->activities(all).value());
    QCOMPARE(b.ex->saveState(), state);

    // Both continue identically: same ids, same fills.
    a.take();
    b.take();
    a.quote("AAPL", "98.90", "98.95");
    b.quote("AAPL", "98.90", "98.95");
    a.advanceTo("2026-11-25T15:00:00Z");
    b.advanceTo("2026-11-25T15:00:00Z");
    const Order na = a.submit(market("AAPL", OrderSide::Buy, "1"));
    const Order nb = b.submit(market("AAPL", OrderSide::Buy, "1"));
    QCOMPARE(nb, na);
    QCOMPARE(b.take(), a.take());
    QCOMPARE(b.ex->saveState(), a.ex->saveState());
}

void tst_SimExchange::restoreRejectsBadState()
{
    Sim sim;
    sim.submit(market("AAPL", OrderSide::Buy, "10"));
    const QJsonObject good = sim.ex->saveState();
    const Account before = sim.ex->account();

    QJsonObject bad = good;
    bad.insert(QStringLiteral("version"), 99);
    QVERIFY(!sim.ex->restoreState(bad));
    bad = good;
    bad.insert(QStringLiteral("cash"), QStringLiteral("lots"));
    const Result<bool> r = sim.ex->restoreState(bad);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("cash"));
    bad = good;
    QJsonArray orders = bad.value(QStringLiteral("orders")).toArray();
    QJsonObject first = orders.at(0).toObject();
    first.insert(QStringLiteral("order"), QStringLiteral("garbage"));
    orders.replace(0, first);
    bad.insert(QStringLiteral("orders"), orders);
    QVERIFY(!sim.ex->restoreState(bad));
    // A failed restore changes nothing.
    QCOMPARE(sim.ex->account(), before);
    QCOMPARE(sim.ex->positions().size(), 1);
}

QTEST_GUILESS_MAIN(tst_SimExchange)
#include "tst_simexchange.moc"
