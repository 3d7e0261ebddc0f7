// SPDX-License-Identifier: GPL-3.0-or-later
// The pre-trade validation chain. A baseline context passes every rule; each row of the
// big table changes one thing and names the rule that must answer, its verdict and the
// field. Each row is checked twice: the rule alone, and the whole chain (where that rule
// must be the first to say anything, so every earlier rule is shown to pass).
#include "orderexposure.h"
#include "validationchain.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace Elson;
using namespace Qt::StringLiterals;

using Mutator = std::function<void(ValidationContext &)>;
Q_DECLARE_METATYPE(Mutator)
Q_DECLARE_METATYPE(Elson::RuleVerdict)

namespace {

Decimal D(const char *text)
{
    return Decimal::fromLiteral(text);
}

Timestamp ts(const QString &text)
{
    const Result<Timestamp> parsed = Timestamp::fromString(text);
    if (!parsed)
        qFatal("bad timestamp in test data: %s", qPrintable(text));
    return parsed.value();
}

// Tuesday 2026-03-10, 10:30 New York (EDT since March 8): regular hours.
const QString kRegular = u"2026-03-10T14:30:00Z"_s;

Position position(const QString &symbol, const char *qty)
{
    Position p;
    p.symbol = symbol;
    p.qty = D(qty);
    p.side = p.qty.isNegative() ? PositionSide::Short : PositionSide::Long;
    p.currentPrice = D("190.00");
    p.avgEntryPrice = D("150.00");
    return p;
}

Order openOrder(const QString &id, OrderSide side, const char *qty,
                const QString &submitted = kRegular)
{
    Order o;
    o.id = id;
    o.clientOrderId = u"other-"_s + id;
    o.symbol = u"AAPL"_s;
    o.side = side;
    o.type = OrderType::Limit;
    o.qty = D(qty);
    o.limitPrice = D("195.00");
    o.status = OrderStatus::New;
    o.submittedAt = ts(submitted);
    o.createdAt = o.submittedAt;
    return o;
}

void setTime(ValidationContext &c, const QString &when)
{
    c.now = ts(when);
    c.clock = c.calendar.clockAt(c.now);
}

void goLive(ValidationContext &c)
{
    c.mode = TradingMode::Live;
    c.trade.paper = false;
    c.environment = DeploymentEnvironment::Production;
    c.liveTradingEnabled = true;
    c.credentials = { true, u"AK"_s, true };
}

void makeBracket(ValidationContext &c, const char *tp, const char *sl)
{
    c.trade.orderClass = OrderClass::Bracket;
    c.trade.takeProfitLimitPrice = D(tp);
    c.trade.stopLossStopPrice = D(sl);
}

void hold(ValidationContext &c, const char *qty)
{
    c.positions = { position(u"AAPL"_s, qty) };
}

/** A buy of 10 AAPL at a 190.00 limit, day, paper, in regular hours: passes every rule. */
ValidationContext baseline()
{
    ValidationContext c;
    c.trade.symbol = u"AAPL"_s;
    c.trade.side = OrderSide::Buy;
    c.trade.orderType = OrderType::Limit;
    c.trade.quantity = D("10");
    c.trade.limitPrice = D("190.00");
    c.trade.timeInForce = TimeInForce::Day;
    c.trade.paper = true;
    c.trade.clientOrderId = u"elson-test-0001"_s;

    c.account.id = u"acct"_s;
    c.account.status = AccountStatus::Active;
    c.account.currency = u"USD"_s;
    c.account.cash = D("100000");
    c.account.equity = D("100000");
    c.account.lastEquity = D("100000");
    c.account.buyingPower = D("200000");
    c.account.regtBuyingPower = D("200000");
    c.account.nonMarginableBuyingPower = D("100000");
    c.account.multiplier = D("2");
    c.account.shortingEnabled = true;

    Asset asset;
    asset.id = u"b0b6dd9d-8b9b-48a9-ba46-b9d54906e415"_s;
    asset.symbol = u"AAPL"_s;
    asset.exchange = u"NASDAQ"_s;
    asset.status = AssetStatus::Active;
    asset.tradable = true;
    asset.marginable = true;
    asset.shortable = true;
    asset.easyToBorrow = true;
    asset.fractionable = true;
    c.asset = asset;

    Quote quote;
    quote.bidPrice = D("189.99");
    quote.askPrice = D("190.01");
    quote.time = ts(kRegular);
    c.quote = quote;

    setTime(c, kRegular);
    c.limits.maxOrderValue = D("25000");
    c.limits.maxOrderQty = D("1000");
    c.limits.maxPositionValue = D("50000");
    c.limits.maxDailyLoss = D("2000");
    c.mode = TradingMode::Paper;
    c.credentials = { true, u"PK"_s, false };
    return c;
}

// The chain's order, typed from the specification.
const QStringList kOrder = {
    u"credentials"_s,
    u"account.blocked"_s,
    u"environment"_s,
    u"params.symbol"_s,
    u"params.qty_xor_notional"_s,
    u"params.positive"_s,
    u"params.prices"_s,
    u"params.tick"_s,
    u"params.trailing"_s,
    u"params.tif"_s,
    u"params.extended_hours"_s,
    u"params.fractional"_s,
    u"params.bracket"_s,
    u"symbol.tradable"_s,
    u"symbol.fractionable"_s,
    u"symbol.shortable"_s,
    u"buying_power"_s,
    u"qty_available"_s,
    u"market.session"_s,
    u"limits.allowed_symbols"_s,
    u"limits.max_order_qty"_s,
    u"limits.max_order_value"_s,
    u"limits.price_collar"_s,
    u"limits.duplicate"_s,
    u"limits.max_position"_s,
    u"limits.daily_loss"_s,
    u"pdt.legacy"_s,
};

} // namespace

class tst_ValidationChain : public QObject
{
    Q_OBJECT

private slots:
    void baselinePasses();
    void chainOrder();
    void rules_data();
    void rules();
    void symbolSyntax_data();
    void symbolSyntax();
    void firstBlockStopsTheChain();
    void warningsNeedAcknowledgement();
    void acknowledgingDoesNotLiftABlock();
    void deterministic();
    void heldBySellOrdersCountsAGroupOnce();
    void reportJson();
};

void tst_ValidationChain::baselinePasses()
{
    const ValidationChain chain = ValidationChain::standard();
    const ValidationReport report = chain.run(baseline());
    QCOMPARE(report.results.size(), kOrder.size());
    for (const RuleResult &r : report.results)
        QVERIFY2(r.isPass(), qPrintable(r.toString()));
    QVERIFY(report.canSubmit());
    QVERIFY(!report.refusal());
}

void tst_ValidationChain::chainOrder()
{
    QCOMPARE(ValidationChain::standard().codes(), kOrder);
}

void tst_ValidationChain::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<RuleVerdict>("verdict");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("numbers"); // keys that must be present
    QTest::addColumn<bool>("viaChain"); // also check the whole chain
    QTest::addColumn<Mutator>("mutate");

    const RuleVerdict P = RuleVerdict::Pass;
    const RuleVerdict W = RuleVerdict::Warn;
    const RuleVerdict B = RuleVerdict::Block;
    const QStringList none;
    const auto row = [](const char *name, const QString &rule, RuleVerdict verdict,
                        const QString &field, const QStringList &numbers, const Mutator &mutate,
                        bool viaChain = true) {
        QTest::newRow(name) << rule << verdict << field << numbers << viaChain << mutate;
    };

    // --- credentials
    const QString cred = u"credentials"_s;
    row("credentials: live, valid", cred, P, {}, none, [](auto &c) { goLive(c); });
    row("credentials: missing", cred, B, u"credentials"_s, none,
        [](auto &c) { c.credentials = {}; });
    row("credentials: live with a PK key", cred, B, u"credentials"_s, none, [](auto &c) {
        goLive(c);
        c.credentials.keyPrefix = u"PK"_s;
    });
    row("credentials: live not validated", cred, B, u"credentials"_s, none, [](auto &c) {
        goLive(c);
        c.credentials.validatedAgainstLive = false;
    });

    // --- account.blocked
    const QString acct = u"account.blocked"_s;
    row("account: account_blocked", acct, B, u"account"_s, none,
        [](auto &c) { c.account.accountBlocked = true; });
    row("account: trading_blocked", acct, B, u"account"_s, none,
        [](auto &c) { c.account.tradingBlocked = true; });
    row("account: suspended by user", acct, B, u"account"_s, none,
        [](auto &c) { c.account.tradeSuspendedByUser = true; });
    row("account: not active", acct, B, u"account"_s, none,
        [](auto &c) { c.account.status = AccountStatus::ApprovalPending; });
    row("account: unknown status warns", acct, W, u"account"_s, none, [](auto &c) {
        c.account.status = AccountStatus::Unknown;
        c.account.rawStatus = u"FROZEN_NEW"_s;
    });
    row("account: transfers blocked is fine", acct, P, {}, none,
        [](auto &c) { c.account.transfersBlocked = true; });

    // --- environment
    const QString env = u"environment"_s;
    row("environment: live order in paper mode", env, B, u"mode"_s, none,
        [](auto &c) { c.trade.paper = false; });
    row("environment: paper order in live mode", env, B, u"mode"_s, none, [](auto &c) {
        goLive(c);
        c.trade.paper = true;
    });
    row("environment: live in staging", env, B, u"mode"_s, none, [](auto &c) {
        goLive(c);
        c.environment = DeploymentEnvironment::Staging;
    });
    row("environment: live disabled", env, B, u"mode"_s, none, [](auto &c) {
        goLive(c);
        c.liveTradingEnabled = false;
    });

    // --- params.symbol
    const QString sym = u"params.symbol"_s;
    row("symbol: empty", sym, B, u"symbol"_s, none, [](auto &c) { c.trade.symbol.clear(); });
    row("symbol: lower case", sym, B, u"symbol"_s, none,
        [](auto &c) { c.trade.symbol = u"aapl"_s; });
    row("symbol: space", sym, B, u"symbol"_s, none, [](auto &c) { c.trade.symbol = u"AA PL"_s; });
    row("symbol: punctuation", sym, B, u"symbol"_s, none,
        [](auto &c) { c.trade.symbol = u"AAPL$"_s; });
    row("symbol: class share", sym, P, {}, none, [](auto &c) {
        c.trade.symbol = u"BRK.B"_s;
        c.asset->symbol = u"BRK.B"_s;
    });

    // --- params.qty_xor_notional
    const QString xorRule = u"params.qty_xor_notional"_s;
    row("qty xor notional: both", xorRule, B, u"notional"_s, none,
        [](auto &c) { c.trade.investmentAmount = D("100"); });
    row("qty xor notional: neither", xorRule, B, u"qty"_s, none,
        [](auto &c) { c.trade.quantity.reset(); });

    // --- params.positive
    const QString pos = u"params.positive"_s;
    row("positive: qty 0", pos, B, u"qty"_s, { u"value"_s },
        [](auto &c) { c.trade.quantity = D("0"); });
    row("positive: qty negative", pos, B, u"qty"_s, { u"value"_s },
        [](auto &c) { c.trade.quantity = D("-5"); });
    row("positive: notional 0", pos, B, u"notional"_s, { u"value"_s }, [](auto &c) {
        c.trade.quantity.reset();
        c.trade.investmentAmount = D("0");
    });
    row("positive: limit negative", pos, B, u"limit_price"_s, { u"value"_s },
        [](auto &c) { c.trade.limitPrice = D("-190"); });
    row("positive: limit invalid", pos, B, u"limit_price"_s, none,
        [](auto &c) { c.trade.limitPrice = Decimal::invalid(); });
    row("positive: take-profit 0", pos, B, u"take_profit.limit_price"_s, { u"value"_s },
        [](auto &c) { makeBracket(c, "0", "180"); });
    row("positive: trail percent 0", pos, B, u"trail_percent"_s, { u"value"_s }, [](auto &c) {
        c.trade.orderType = OrderType::TrailingStop;
        c.trade.limitPrice.reset();
        c.trade.trailPercent = D("0");
    });

    // --- params.prices
    const QString prices = u"params.prices"_s;
    row("prices: limit without limit price", prices, B, u"limit_price"_s, none,
        [](auto &c) { c.trade.limitPrice.reset(); });
    row("prices: market with limit price", prices, B, u"limit_price"_s, none,
        [](auto &c) { c.trade.orderType = OrderType::Market; });
    row("prices: stop without stop price", prices, B, u"stop_price"_s, none, [](auto &c) {
        c.trade.orderType = OrderType::Stop;
        c.trade.limitPrice.reset();
    });
    row("prices: limit with stop price", prices, B, u"stop_price"_s, none,
        [](auto &c) { c.trade.stopPrice = D("195"); });
    row("prices: market with trail", prices, B, u"trail_price"_s, none, [](auto &c) {
        c.trade.orderType = OrderType::Market;
        c.trade.limitPrice.reset();
        c.trade.trailPrice = D("1.00");
    });
    row("prices: buy stop below the ask", prices, B, u"stop_price"_s,
        { u"stop_price"_s, u"market_price"_s }, [](auto &c) {
            c.trade.orderType = OrderType::StopLimit;
            c.trade.stopPrice = D("185.00");
        });
    row("prices: sell stop above the bid", prices, B, u"stop_price"_s,
        { u"stop_price"_s, u"market_price"_s }, [](auto &c) {
            hold(c, "10");
            c.trade.side = OrderSide::Sell;
            c.trade.orderType = OrderType::Stop;
            c.trade.limitPrice.reset();
            c.trade.stopPrice = D("190.50");
        });
    row("prices: buy stop-limit above the ask", prices, P, {}, none, [](auto &c) {
        c.trade.orderType = OrderType::StopLimit;
        c.trade.stopPrice = D("191.00");
        c.trade.limitPrice = D("192.00");
    });

    // --- params.tick
    const QString tick = u"params.tick"_s;
    const QStringList tickNumbers { u"price"_s, u"max_decimals"_s, u"nearest"_s };
    row("tick: 3 decimals above $1", tick, B, u"limit_price"_s, tickNumbers,
        [](auto &c) { c.trade.limitPrice = D("190.123"); });
    row("tick: 4 decimals below $1", tick, P, {}, none,
        [](auto &c) { c.trade.limitPrice = D("0.1234"); });
    row("tick: 5 decimals below $1", tick, B, u"limit_price"_s, tickNumbers,
        [](auto &c) { c.trade.limitPrice = D("0.12345"); });
    row("tick: stop", tick, B, u"stop_price"_s, tickNumbers, [](auto &c) {
        c.trade.orderType = OrderType::StopLimit;
        c.trade.stopPrice = D("191.001");
        c.trade.limitPrice = D("192.00");
    });
    row("tick: take-profit", tick, B, u"take_profit.limit_price"_s, tickNumbers,
        [](auto &c) { makeBracket(c, "200.005", "180"); });
    row("tick: stop-loss", tick, B, u"stop_loss.stop_price"_s, tickNumbers,
        [](auto &c) { makeBracket(c, "200", "180.001"); });
    row("tick: stop-loss limit", tick, B, u"stop_loss.limit_price"_s, tickNumbers, [](auto &c) {
        makeBracket(c, "200", "180");
        c.trade.stopLossLimitPrice = D("179.999");
    });
    row("tick: trail price", tick, B, u"trail_price"_s, tickNumbers, [](auto &c) {
        c.trade.orderType = OrderType::TrailingStop;
        c.trade.limitPrice.reset();
        c.trade.trailPrice = D("1.001");
    });

    // --- params.trailing
    const QString trail = u"params.trailing"_s;
    const auto trailing = [](ValidationContext &c) {
        c.trade.orderType = OrderType::TrailingStop;
        c.trade.limitPrice.reset();
    };
    row("trailing: neither", trail, B, u"trail_price"_s, none,
        [trailing](auto &c) { trailing(c); });
    row("trailing: both", trail, B, u"trail_price"_s, none, [trailing](auto &c) {
        trailing(c);
        c.trade.trailPrice = D("1.00");
        c.trade.trailPercent = D("1");
    });
    row("trailing: percent 100", trail, B, u"trail_percent"_s, { u"trail_percent"_s },
        [trailing](auto &c) {
            trailing(c);
            c.trade.trailPercent = D("100");
        });
    row("trailing: percent 150", trail, B, u"trail_percent"_s, { u"trail_percent"_s },
        [trailing](auto &c) {
            trailing(c);
            c.trade.trailPercent = D("150");
        });
    row("trailing: sell trail above the bid", trail, W, u"trail_price"_s,
        { u"trail_price"_s, u"bid"_s }, [trailing](auto &c) {
            trailing(c);
            hold(c, "10");
            c.trade.side = OrderSide::Sell;
            c.trade.trailPrice = D("200.00");
        });
    row("trailing: buy 1.5 percent", trail, P, {}, none, [trailing](auto &c) {
        trailing(c);
        c.trade.trailPercent = D("1.5");
    });

    // --- params.tif
    const QString tif = u"params.tif"_s;
    row("tif: gtd", tif, B, u"time_in_force"_s, none,
        [](auto &c) { c.trade.timeInForce = TimeInForce::Gtd; });
    row("tif: stop ioc", tif, B, u"time_in_force"_s, none, [](auto &c) {
        c.trade.orderType = OrderType::StopLimit;
        c.trade.stopPrice = D("191.00");
        c.trade.limitPrice = D("192.00");
        c.trade.timeInForce = TimeInForce::Ioc;
    });
    row("tif: trailing fok", tif, B, u"time_in_force"_s, none, [trailing](auto &c) {
        trailing(c);
        c.trade.trailPercent = D("2");
        c.trade.timeInForce = TimeInForce::Fok;
    });
    row("tif: crypto day", tif, B, u"time_in_force"_s, none,
        [](auto &c) { c.asset->assetClass = AssetClass::Crypto; });
    row("tif: limit fok", tif, P, {}, none,
        [](auto &c) { c.trade.timeInForce = TimeInForce::Fok; });
    row("tif: market ioc", tif, P, {}, none, [](auto &c) {
        c.trade.orderType = OrderType::Market;
        c.trade.limitPrice.reset();
        c.trade.timeInForce = TimeInForce::Ioc;
    });
    row("tif: limit gtc", tif, P, {}, none,
        [](auto &c) { c.trade.timeInForce = TimeInForce::Gtc; });

    // --- params.extended_hours
    const QString ext = u"params.extended_hours"_s;
    row("extended: market", ext, B, u"extended_hours"_s, none, [](auto &c) {
        c.trade.orderType = OrderType::Market;
        c.trade.limitPrice.reset();
        c.trade.extendedHours = true;
    });
    row("extended: limit gtc", ext, B, u"extended_hours"_s, none, [](auto &c) {
        c.trade.timeInForce = TimeInForce::Gtc;
        c.trade.extendedHours = true;
    });
    row("extended: bracket", ext, B, u"extended_hours"_s, none, [](auto &c) {
        makeBracket(c, "200", "180");
        c.trade.extendedHours = true;
    });
    row("extended: day limit", ext, P, {}, none, [](auto &c) { c.trade.extendedHours = true; });

    // --- params.fractional
    const QString frac = u"params.fractional"_s;
    const auto fractional = [](ValidationContext &c) {
        c.trade.quantity = D("1.5");
        c.trade.fractional = true;
    };
    row("fractional: without the flag", frac, B, u"qty"_s, none,
        [](auto &c) { c.trade.quantity = D("1.5"); });
    row("fractional: stop-limit", frac, B, u"type"_s, none, [fractional](auto &c) {
        fractional(c);
        c.trade.orderType = OrderType::StopLimit;
        c.trade.stopPrice = D("191.00");
        c.trade.limitPrice = D("192.00");
    });
    row("fractional: gtc", frac, B, u"time_in_force"_s, none, [fractional](auto &c) {
        fractional(c);
        c.trade.timeInForce = TimeInForce::Gtc;
    });
    row("fractional: bracket", frac, B, u"order_class"_s, none, [fractional](auto &c) {
        fractional(c);
        makeBracket(c, "200", "180");
    });
    row("fractional: notional in extended hours", frac, B, u"extended_hours"_s, none, [](auto &c) {
        c.trade.quantity.reset();
        c.trade.investmentAmount = D("500");
        c.trade.extendedHours = true;
    });
    row("fractional: notional 3 decimals", frac, B, u"notional"_s, { u"notional"_s }, [](auto &c) {
        c.trade.quantity.reset();
        c.trade.investmentAmount = D("500.125");
    });
    row("fractional: notional buy under $1", frac, W, u"notional"_s, { u"notional"_s },
        [](auto &c) {
            c.trade.quantity.reset();
            c.trade.investmentAmount = D("0.50");
        });
    row("fractional: notional market buy", frac, P, {}, none, [](auto &c) {
        c.trade.orderType = OrderType::Market;
        c.trade.limitPrice.reset();
        c.trade.quantity.reset();
        c.trade.investmentAmount = D("1000");
    });
    row("fractional: half share limit", frac, P, {}, none, [fractional](auto &c) {
        fractional(c);
        c.trade.quantity = D("0.5");
    });

    // --- params.bracket
    const QString br = u"params.bracket"_s;
    const QStringList sides { u"take_profit"_s, u"stop_loss"_s };
    row("bracket: legs on a simple order", br, B, u"order_class"_s, none,
        [](auto &c) { c.trade.takeProfitLimitPrice = D("200"); });
    row("bracket: mleg", br, B, u"order_class"_s, none,
        [](auto &c) { c.trade.orderClass = OrderClass::Mleg; });
    row("bracket: trailing leg", br, B, u"type"_s, none, [trailing](auto &c) {
        trailing(c);
        c.trade.trailPercent = D("2");
        makeBracket(c, "200", "180");
    });
    row("bracket: stop entry", br, B, u"type"_s, none, [](auto &c) {
        c.trade.orderType = OrderType::StopLimit;
        c.trade.stopPrice = D("191.00");
        c.trade.limitPrice = D("192.00");
        makeBracket(c, "200", "180");
    });
    row("bracket: OCO market", br, B, u"type"_s, none, [](auto &c) {
        hold(c, "10");
        c.trade.side = OrderSide::Sell;
        c.trade.orderType = OrderType::Market;
        c.trade.limitPrice.reset();
        makeBracket(c, "200", "180");
        c.trade.orderClass = OrderClass::Oco;
    });
    row("bracket: ioc", br, B, u"time_in_force"_s, none, [](auto &c) {
        makeBracket(c, "200", "180");
        c.trade.timeInForce = TimeInForce::Ioc;
    });
    row("bracket: no take-profit", br, B, u"take_profit.limit_price"_s, none, [](auto &c) {
        makeBracket(c, "200", "180");
        c.trade.takeProfitLimitPrice.reset();
    });
    row("bracket: no stop-loss", br, B, u"stop_loss.stop_price"_s, none, [](auto &c) {
        makeBracket(c, "200", "180");
        c.trade.stopLossStopPrice.reset();
    });
    row("bracket: stop-loss limit without stop", br, B, u"stop_loss.stop_price"_s, none,
        [](auto &c) {
            c.trade.orderClass = OrderClass::Oto;
            c.trade.takeProfitLimitPrice = D("200");
            c.trade.stopLossLimitPrice = D("179");
        });
    row("bracket: OTO with both", br, B, u"take_profit.limit_price"_s, none, [](auto &c) {
        makeBracket(c, "200", "180");
        c.trade.orderClass = OrderClass::Oto;
    });
    row("bracket: OTO with none", br, B, u"take_profit.limit_price"_s, none,
        [](auto &c) { c.trade.orderClass = OrderClass::Oto; });
    row("bracket: OCO limit differs from take-profit", br, B, u"limit_price"_s, none, [](auto &c) {
        hold(c, "10");
        c.trade.side = OrderSide::Sell;
        c.trade.limitPrice = D("205");
        makeBracket(c, "200", "180");
        c.trade.orderClass = OrderClass::Oco;
    });
    row("bracket: take-profit below stop-loss", br, B, u"take_profit.limit_price"_s, sides,
        [](auto &c) { makeBracket(c, "180", "200"); });
    row("bracket: take-profit at the entry", br, B, u"take_profit.limit_price"_s,
        { u"take_profit"_s, u"base"_s }, [](auto &c) { makeBracket(c, "190.00", "180"); });
    row("bracket: stop-loss at the entry", br, B, u"stop_loss.stop_price"_s,
        { u"stop_loss"_s, u"base"_s }, [](auto &c) { makeBracket(c, "200", "190.00"); });
    row("bracket: stop-loss a cent under the entry", br, P, {}, none,
        [](auto &c) { makeBracket(c, "200", "189.99"); });
    row("bracket: sub-dollar stop-loss less than a cent under", br, B, u"stop_loss.stop_price"_s,
        { u"stop_loss"_s, u"base"_s }, [](auto &c) {
            c.quote->bidPrice = D("0.4999");
            c.quote->askPrice = D("0.5001");
            c.trade.limitPrice = D("0.5000");
            makeBracket(c, "0.6000", "0.4950"); // $0.005 under: tick-aligned, not a cent away
        });
    row("bracket: sub-dollar stop-loss a cent under", br, P, {}, none, [](auto &c) {
        c.quote->bidPrice = D("0.4999");
        c.quote->askPrice = D("0.5001");
        c.trade.limitPrice = D("0.5000");
        makeBracket(c, "0.6000", "0.4899");
    });
    row("bracket: sub-dollar take-profit less than a cent over", br, B,
        u"take_profit.limit_price"_s, { u"take_profit"_s, u"base"_s }, [](auto &c) {
            c.quote->bidPrice = D("0.4999");
            c.quote->askPrice = D("0.5001");
            c.trade.limitPrice = D("0.5000");
            makeBracket(c, "0.5050", "0.4000");
        });
    row("bracket: market entry, stop-loss above the ask", br, B, u"stop_loss.stop_price"_s,
        { u"stop_loss"_s, u"base"_s }, [](auto &c) {
            c.trade.orderType = OrderType::Market;
            c.trade.limitPrice.reset();
            makeBracket(c, "200", "190.05");
        });
    row("bracket: limit entry above the market, stop-loss between", br, B,
        u"stop_loss.stop_price"_s, { u"stop_loss"_s, u"base"_s }, [](auto &c) {
            c.trade.limitPrice = D("195.00");
            makeBracket(c, "200", "190.50"); // below the entry, above the ask
        });
    row("bracket: sell entry, sides reversed", br, P, {}, none, [](auto &c) {
        c.trade.side = OrderSide::Sell;
        makeBracket(c, "180", "200");
    });
    row("bracket: sell entry, take-profit above", br, B, u"take_profit.limit_price"_s, sides,
        [](auto &c) {
            c.trade.side = OrderSide::Sell;
            makeBracket(c, "200", "180");
        });
    row("bracket: stop-limit leg limit above its stop", br, W, u"stop_loss.limit_price"_s,
        { u"stop_loss_limit"_s, u"stop_loss"_s }, [](auto &c) {
            makeBracket(c, "200", "180");
            c.trade.stopLossLimitPrice = D("181");
        });
    row("bracket: buy", br, P, {}, none, [](auto &c) { makeBracket(c, "200", "180"); });
    row("bracket: OTO take-profit only", br, P, {}, none, [](auto &c) {
        c.trade.orderClass = OrderClass::Oto;
        c.trade.takeProfitLimitPrice = D("200");
    });
    row("bracket: OCO exit of a long", br, P, {}, none, [](auto &c) {
        hold(c, "10");
        c.trade.side = OrderSide::Sell;
        c.trade.limitPrice = D("200");
        makeBracket(c, "200", "180");
        c.trade.orderClass = OrderClass::Oco;
    });
    row("bracket: OCO stop-loss above the bid", br, B, u"stop_loss.stop_price"_s,
        { u"stop_loss"_s, u"base"_s }, [](auto &c) {
            hold(c, "10");
            c.trade.side = OrderSide::Sell;
            c.trade.limitPrice = D("200");
            makeBracket(c, "200", "190.00");
            c.trade.orderClass = OrderClass::Oco;
        });

    // --- symbol.tradable
    const QString trad = u"symbol.tradable"_s;
    row("tradable: unknown asset", trad, B, u"symbol"_s, none, [](auto &c) { c.asset.reset(); });
    row("tradable: stale asset", trad, B, u"symbol"_s, none,
        [](auto &c) { c.asset->symbol = u"MSFT"_s; });
    row("tradable: inactive", trad, B, u"symbol"_s, none,
        [](auto &c) { c.asset->status = AssetStatus::Inactive; });
    row("tradable: not tradable", trad, B, u"symbol"_s, none,
        [](auto &c) { c.asset->tradable = false; });
    row("tradable: option", trad, B, u"symbol"_s, none,
        [](auto &c) { c.asset->assetClass = AssetClass::UsOption; });

    // --- symbol.fractionable
    const QString fr = u"symbol.fractionable"_s;
    row("fractionable: notional", fr, B, u"notional"_s, none, [](auto &c) {
        c.asset->fractionable = false;
        c.trade.quantity.reset();
        c.trade.investmentAmount = D("500");
    });
    row("fractionable: half share", fr, B, u"qty"_s, none, [fractional](auto &c) {
        c.asset->fractionable = false;
        fractional(c);
    });
    row("fractionable: whole shares", fr, P, {}, none,
        [](auto &c) { c.asset->fractionable = false; });

    // --- symbol.shortable
    const QString sh = u"symbol.shortable"_s;
    const QStringList shortNumbers { u"position_qty"_s, u"short_qty"_s };
    const auto sellShort = [](ValidationContext &c) { c.trade.side = OrderSide::Sell; };
    row("shortable: shorting disabled", sh, B, u"side"_s, shortNumbers, [sellShort](auto &c) {
        sellShort(c);
        c.account.shortingEnabled = false;
    });
    row("shortable: equity under $2,000", sh, B, u"side"_s, { u"equity"_s }, [sellShort](auto &c) {
        sellShort(c);
        c.account.equity = D("1500");
    });
    row("shortable: not shortable", sh, B, u"side"_s, shortNumbers, [sellShort](auto &c) {
        sellShort(c);
        c.asset->shortable = false;
    });
    row("shortable: hard to borrow", sh, B, u"side"_s, shortNumbers, [sellShort](auto &c) {
        sellShort(c);
        c.asset->easyToBorrow = false;
    });
    row("shortable: borrow status unknown", sh, W, u"side"_s, shortNumbers, [sellShort](auto &c) {
        sellShort(c);
        c.asset->easyToBorrow.reset();
    });
    row("shortable: borrow status HTB", sh, W, u"side"_s, shortNumbers, [sellShort](auto &c) {
        sellShort(c);
        c.asset->easyToBorrow.reset();
        c.asset->borrowStatus = u"HTB"_s;
    });
    row("shortable: borrow status easy", sh, P, {}, none, [sellShort](auto &c) {
        sellShort(c);
        c.asset->easyToBorrow.reset();
        c.asset->borrowStatus = u"easy_to_borrow"_s;
    });
    row("shortable: fractional short", sh, B, u"qty"_s, shortNumbers,
        [sellShort, fractional](auto &c) {
            sellShort(c);
            fractional(c);
        });
    row("shortable: adding to a short", sh, B, u"side"_s, shortNumbers, [sellShort](auto &c) {
        sellShort(c);
        hold(c, "-5");
        c.account.shortingEnabled = false;
    });
    row("shortable: selling a long", sh, P, {}, none, [sellShort](auto &c) {
        sellShort(c);
        hold(c, "10");
        c.account.shortingEnabled = false;
    });
    row("shortable: short sale", sh, P, {}, none, [sellShort](auto &c) { sellShort(c); });

    // --- buying_power
    const QString bp = u"buying_power"_s;
    const QStringList bpNumbers { u"required"_s, u"available"_s, u"price"_s, u"collar"_s };
    row("buying power: limit buy", bp, B, u"qty"_s, bpNumbers, [](auto &c) {
        c.trade.quantity = D("1000");
        c.account.buyingPower = D("100000");
    });
    row("buying power: market buy fails only with the collar", bp, B, u"qty"_s, bpNumbers,
        [](auto &c) {
            c.trade.orderType = OrderType::Market;
            c.trade.limitPrice.reset();
            c.trade.quantity = D("1000");
            c.account.buyingPower = D("192000"); // 1000 × 190.01 fits, × 1.025 does not
        });
    row("buying power: short sale at ask × 1.03", bp, B, u"qty"_s, bpNumbers, [](auto &c) {
        c.trade.side = OrderSide::Sell;
        c.trade.quantity = D("1000");
        c.account.buyingPower = D("192000"); // 1000 × 190 fits, 1000 × 195.7103 does not
    });
    row("buying power: non-marginable asset", bp, B, u"qty"_s, bpNumbers, [](auto &c) {
        c.asset->marginable = false;
        c.account.nonMarginableBuyingPower = D("1000");
    });
    row("buying power: notional above it", bp, B, u"notional"_s, bpNumbers, [](auto &c) {
        c.trade.orderType = OrderType::Market;
        c.trade.limitPrice.reset();
        c.trade.quantity.reset();
        c.trade.investmentAmount = D("300000");
    });
    row("buying power: no quote for a market buy", bp, W, u"qty"_s, { u"available"_s },
        [](auto &c) {
            c.trade.orderType = OrderType::Market;
            c.trade.limitPrice.reset();
            c.quote.reset();
        });
    row("buying power: closing sale needs none", bp, P, {}, none, [](auto &c) {
        hold(c, "1000");
        c.trade.side = OrderSide::Sell;
        c.trade.quantity = D("1000");
        c.account.buyingPower = D("0");
        c.limits.maxOrderValue.reset();
    });
    row("buying power: covering a short needs none", bp, P, {}, none, [](auto &c) {
        hold(c, "-20");
        c.trade.quantity = D("20");
        c.account.buyingPower = D("0");
    });
    row("buying power: market buy within it", bp, P, {}, none, [](auto &c) {
        c.trade.orderType = OrderType::Market;
        c.trade.limitPrice.reset();
        c.trade.quantity = D("1000");
        c.account.buyingPower = D("195000");
        c.limits.maxOrderValue.reset();
        c.limits.maxPositionValue.reset();
    });

    // --- qty_available
    const QString qa = u"qty_available"_s;
    const QStringList qaNumbers { u"position_qty"_s, u"held_for_orders"_s, u"available"_s,
                                  u"requested"_s };
    const auto sellLong = [](ValidationContext &c) {
        hold(c, "10");
        c.trade.side = OrderSide::Sell;
    };
    row("qty available: more than held", qa, B, u"qty"_s, qaNumbers, [sellLong](auto &c) {
        sellLong(c);
        c.trade.quantity = D("20");
    });
    row("qty available: held by an open sell", qa, B, u"qty"_s, qaNumbers, [sellLong](auto &c) {
        sellLong(c);
        c.openOrders = { openOrder(u"o1"_s, OrderSide::Sell, "5", u"2026-03-10T13:00:00Z"_s) };
    });
    row("qty available: Alpaca's own figure is lower", qa, B, u"qty"_s, qaNumbers,
        [sellLong](auto &c) {
            sellLong(c);
            c.positions[0].qtyAvailable = D("4");
        });
    row("qty available: rest of the position", qa, P, {}, none, [sellLong](auto &c) {
        sellLong(c);
        c.trade.quantity = D("5");
        c.openOrders = { openOrder(u"o1"_s, OrderSide::Sell, "5", u"2026-03-10T13:00:00Z"_s) };
    });
    row("qty available: filled part of an open sell is free", qa, P, {}, none, [sellLong](auto &c) {
        sellLong(c);
        c.trade.quantity = D("7");
        Order o = openOrder(u"o1"_s, OrderSide::Sell, "5", u"2026-03-10T13:00:00Z"_s);
        o.filledQty = D("2");
        o.status = OrderStatus::PartiallyFilled;
        c.positions[0].qty = D("8"); // the 2 sold already left the position
        c.trade.quantity = D("5");
        c.openOrders = { o };
    });
    row("qty available: OCO without a position", qa, B, u"qty"_s, { u"position_qty"_s },
        [](auto &c) {
            c.trade.side = OrderSide::Sell;
            c.trade.limitPrice = D("200");
            makeBracket(c, "200", "180");
            c.trade.orderClass = OrderClass::Oco;
        });
    row("qty available: OCO larger than the position", qa, B, u"qty"_s, { u"position_qty"_s },
        [sellLong](auto &c) {
            sellLong(c);
            c.trade.quantity = D("20");
            c.trade.limitPrice = D("200");
            makeBracket(c, "200", "180");
            c.trade.orderClass = OrderClass::Oco;
        });
    row(
        "qty available: notional sell without any price", qa, W, u"notional"_s, { u"available"_s },
        [sellLong](auto &c) {
            sellLong(c);
            c.trade.orderType = OrderType::Market;
            c.trade.limitPrice.reset();
            c.trade.quantity.reset();
            c.trade.investmentAmount = D("500");
            c.quote.reset();
            c.positions[0].currentPrice.reset();
        },
        false);

    // --- market.session
    const QString ms = u"market.session"_s;
    row("session: pre-market day order queues", ms, W, u"time_in_force"_s, { u"next_open"_s },
        [](auto &c) { setTime(c, u"2026-03-10T12:00:00Z"_s); });
    row("session: pre-market extended-hours order", ms, P, {}, none, [](auto &c) {
        setTime(c, u"2026-03-10T12:00:00Z"_s);
        c.trade.extendedHours = true;
    });
    row("session: after-hours extended-hours order", ms, P, {}, none, [](auto &c) {
        setTime(c, u"2026-03-10T21:00:00Z"_s);
        c.trade.extendedHours = true;
    });
    row("session: overnight extended-hours order waits", ms, W, u"extended_hours"_s,
        { u"next_session_open"_s }, [](auto &c) {
            setTime(c, u"2026-03-10T02:00:00Z"_s);
            c.trade.extendedHours = true;
        });
    row("session: weekend market order queues", ms, W, u"time_in_force"_s, { u"next_open"_s },
        [](auto &c) {
            setTime(c, u"2026-03-14T15:00:00Z"_s);
            c.trade.orderType = OrderType::Market;
            c.trade.limitPrice.reset();
        });
    row("session: holiday", ms, W, u"time_in_force"_s, { u"next_open"_s },
        [](auto &c) { setTime(c, u"2026-04-03T15:00:00Z"_s); }); // Good Friday
    row("session: unscheduled closure per the clock", ms, W, u"time_in_force"_s, { u"next_open"_s },
        [](auto &c) { c.clock->isOpen = false; });
    row("session: opg during regular hours", ms, B, u"time_in_force"_s, none,
        [](auto &c) { c.trade.timeInForce = TimeInForce::Opg; });
    row("session: opg before the open", ms, P, {}, none, [](auto &c) {
        setTime(c, u"2026-03-10T12:00:00Z"_s);
        c.trade.timeInForce = TimeInForce::Opg;
    });
    row("session: cls in the morning", ms, P, {}, none,
        [](auto &c) { c.trade.timeInForce = TimeInForce::Cls; });
    row("session: cls after 15:50", ms, B, u"time_in_force"_s, none, [](auto &c) {
        setTime(c, u"2026-03-10T19:55:00Z"_s);
        c.trade.timeInForce = TimeInForce::Cls;
    });
    row("session: unknown time", ms, W, u"time_in_force"_s, none, [](auto &c) {
        c.now = Timestamp();
        c.clock.reset();
    });

    // --- limits
    row("allowed symbols: not listed", u"limits.allowed_symbols"_s, B, u"symbol"_s,
        { u"allowed_count"_s }, [](auto &c) { c.limits.allowedSymbols = { u"MSFT"_s }; });
    row("allowed symbols: listed", u"limits.allowed_symbols"_s, P, {}, none, [](auto &c) {
        c.limits.allowedSymbols = { u"MSFT"_s, u"AAPL"_s };
    });

    row("max order qty: above", u"limits.max_order_qty"_s, B, u"qty"_s, { u"qty"_s, u"max"_s },
        [](auto &c) {
            c.trade.quantity = D("2000");
            c.account.buyingPower = D("10000000");
        });
    row("max order qty: at", u"limits.max_order_qty"_s, P, {}, none, [](auto &c) {
        c.trade.quantity = D("1000");
        c.account.buyingPower = D("10000000");
        c.limits.maxOrderValue.reset();
        c.limits.maxPositionValue.reset();
    });

    row("max order value: above", u"limits.max_order_value"_s, B, u"qty"_s,
        { u"value"_s, u"max"_s }, [](auto &c) { c.trade.quantity = D("200"); });
    row("max order value: notional above", u"limits.max_order_value"_s, B, u"notional"_s,
        { u"value"_s, u"max"_s }, [](auto &c) {
            c.trade.quantity.reset();
            c.trade.investmentAmount = D("30000");
        });
    row("max order value: below", u"limits.max_order_value"_s, P, {}, none,
        [](auto &c) { c.trade.quantity = D("100"); });
    row(
        "max order value: no price", u"limits.max_order_value"_s, W, u"qty"_s, { u"max"_s },
        [](auto &c) {
            c.trade.orderType = OrderType::Market;
            c.trade.limitPrice.reset();
            c.quote.reset();
        },
        false);

    const QStringList collarNumbers { u"percent_away"_s, u"collar_percent"_s };
    row("price collar: buy far above the ask", u"limits.price_collar"_s, W, u"limit_price"_s,
        collarNumbers + QStringList { u"ask"_s },
        [](auto &c) { c.trade.limitPrice = D("250.00"); });
    row("price collar: sell far below the bid", u"limits.price_collar"_s, W, u"limit_price"_s,
        collarNumbers + QStringList { u"bid"_s }, [sellLong](auto &c) {
            sellLong(c);
            c.trade.limitPrice = D("100.00");
        });
    row("price collar: buy 5% above", u"limits.price_collar"_s, P, {}, none,
        [](auto &c) { c.trade.limitPrice = D("200.00"); });
    row("price collar: passive buy far below", u"limits.price_collar"_s, P, {}, none,
        [](auto &c) { c.trade.limitPrice = D("100.00"); });

    const QString dup = u"limits.duplicate"_s;
    row("duplicate: same order 30 s ago", dup, W, u"qty"_s, { u"age_seconds"_s, u"order_id"_s },
        [](auto &c) {
            c.openOrders = { openOrder(u"o1"_s, OrderSide::Buy, "10", u"2026-03-10T14:29:30Z"_s) };
        });
    row("duplicate: 2 minutes ago", dup, P, {}, none, [](auto &c) {
        c.openOrders = { openOrder(u"o1"_s, OrderSide::Buy, "10", u"2026-03-10T14:28:00Z"_s) };
    });
    row("duplicate: other size", dup, P, {}, none, [](auto &c) {
        c.openOrders = { openOrder(u"o1"_s, OrderSide::Buy, "11", u"2026-03-10T14:29:30Z"_s) };
    });
    row("duplicate: same client order id is a retry", dup, P, {}, none, [](auto &c) {
        Order o = openOrder(u"o1"_s, OrderSide::Buy, "10", u"2026-03-10T14:29:30Z"_s);
        o.clientOrderId = c.trade.clientOrderId;
        c.openOrders = { o };
    });

    const QString mp = u"limits.max_position"_s;
    row("max position: above after the fill", mp, B, u"qty"_s,
        { u"position_qty_after"_s, u"value_after"_s, u"max"_s }, [](auto &c) {
            hold(c, "200");
            c.trade.quantity = D("100"); // 300 × 190 = 57,000
            c.limits.maxOrderValue.reset();
        });
    row("max position: reducing is fine", mp, P, {}, none, [](auto &c) {
        hold(c, "400");
        c.trade.side = OrderSide::Sell;
        c.trade.quantity = D("100");
        c.limits.maxOrderValue.reset();
    });
    row("max position: short side too", mp, B, u"qty"_s,
        { u"position_qty_after"_s, u"value_after"_s, u"max"_s }, [](auto &c) {
            hold(c, "-200");
            c.trade.side = OrderSide::Sell;
            c.trade.quantity = D("100");
            c.limits.maxOrderValue.reset();
        });

    const QString dl = u"limits.daily_loss"_s;
    row("daily loss: reached, buying", dl, B, u"account"_s, { u"loss"_s, u"max"_s },
        [](auto &c) { c.account.equity = D("97000"); });
    row("daily loss: reached, selling a long", dl, P, {}, none, [sellLong](auto &c) {
        sellLong(c);
        c.account.equity = D("97000");
    });
    row("daily loss: under the limit", dl, P, {}, none,
        [](auto &c) { c.account.equity = D("98500"); });

    const QString pdt = u"pdt.legacy"_s;
    row("pdt: 3 day trades under $25k", pdt, W, u"account"_s, { u"daytrade_count"_s, u"equity"_s },
        [](auto &c) {
            c.account.daytradeCount = 3;
            c.account.patternDayTrader = false;
            c.account.equity = D("20000");
            c.account.lastEquity = D("20000");
        });
    row("pdt: 2 day trades", pdt, P, {}, none, [](auto &c) {
        c.account.daytradeCount = 2;
        c.account.equity = D("20000");
        c.account.lastEquity = D("20000");
    });
    row("pdt: 5 day trades with $30k", pdt, P, {}, none, [](auto &c) {
        c.account.daytradeCount = 5;
        c.account.equity = D("30000");
        c.account.lastEquity = D("30000");
    });
    row("pdt: fields absent (2026 accounts)", pdt, P, {}, none, [](auto &c) {
        c.account.equity = D("20000");
        c.account.lastEquity = D("20000");
    });
}

void tst_ValidationChain::rules()
{
    QFETCH(QString, rule);
    QFETCH(RuleVerdict, verdict);
    QFETCH(QString, field);
    QFETCH(QStringList, numbers);
    QFETCH(bool, viaChain);
    QFETCH(Mutator, mutate);

    ValidationContext context = baseline();
    mutate(context);
    const ValidationChain chain = ValidationChain::standard();

    // 1. The rule alone.
    const ValidationRule *single = chain.rule(rule);
    QVERIFY2(single, qPrintable(rule));
    const RuleResult result = single->check(context);
    QCOMPARE(result.rule, rule);
    QVERIFY2(result.verdict == verdict,
             qPrintable(RuleResult::verdictName(result.verdict) + u" "_s + result.toString()));
    if (verdict != RuleVerdict::Pass) {
        QCOMPARE(result.field, field);
        QVERIFY(!result.message.isEmpty());
        const QString label = ValidationRule::fieldLabel(field);
        QVERIFY2(result.message.contains(label),
                 qPrintable(u"«%1» does not name «%2»"_s.arg(result.message, label)));
        QVERIFY(result.toString().contains(rule));
        for (const QString &key : numbers)
            QVERIFY2(result.numbers.contains(key), qPrintable(key));
        const Error error = result.toError();
        QCOMPARE(error.field, field);
        QCOMPARE(error.extra.value(u"rule"_s).toString(), rule);
    }
    if (!viaChain)
        return;

    // 2. The whole chain: this rule is the first to speak.
    const ValidationReport report = chain.run(context);
    if (verdict == RuleVerdict::Pass) {
        for (const RuleResult &r : report.results)
            QVERIFY2(r.isPass(), qPrintable(r.toString()));
        QCOMPARE(report.results.size(), kOrder.size());
        QVERIFY(report.canSubmit());
        return;
    }
    const auto first = std::find_if(report.results.cbegin(), report.results.cend(),
                                    [](const RuleResult &r) { return !r.isPass(); });
    QVERIFY(first != report.results.cend());
    QVERIFY2(first->rule == rule, qPrintable(first->toString()));
    QCOMPARE(first->verdict, verdict);
    QVERIFY(!report.canSubmit());
    if (verdict == RuleVerdict::Block) {
        QCOMPARE(report.results.last().rule, rule); // the block stopped the chain
        QCOMPARE(report.refusal()->extra.value(u"rule"_s).toString(), rule);
        return;
    }
    // A warning alone holds the order until it is acknowledged.
    QCOMPARE(report.pendingWarnings().first().rule, rule);
    context.acknowledged.insert(rule);
    const ValidationReport acknowledged = chain.run(context);
    const auto again = std::find_if(acknowledged.results.cbegin(), acknowledged.results.cend(),
                                    [&rule](const RuleResult &r) { return r.rule == rule; });
    QVERIFY(again != acknowledged.results.cend());
    QVERIFY(again->acknowledged);
    QVERIFY(!acknowledged.pendingWarnings().contains(*again));
}

void tst_ValidationChain::symbolSyntax_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<bool>("valid");
    for (const char *ok :
         { "A", "AAPL", "GOOGL", "BRK.B", "BF.A", "BTC/USD", "SPY", "QQQ3", "ABCDEFGHIJ" })
        QTest::addRow("ok %s", ok) << QString::fromLatin1(ok) << true;
    for (const char *bad :
         { "", " ", "aapl", "Aapl", "AAPL ", " AAPL", "AA PL", "1AAPL", ".B", "BRK.", "BRK..B",
           "AAPL:NASDAQ", "ABCDEFGHIJK", "BRK.BBBBBBB", "A-B", "$SPY", "AAPL\t" })
        QTest::addRow("bad '%s'", bad) << QString::fromLatin1(bad) << false;
}

void tst_ValidationChain::symbolSyntax()
{
    QFETCH(QString, symbol);
    QFETCH(bool, valid);
    ValidationContext context = baseline();
    context.trade.symbol = symbol;
    const RuleResult result = ValidationChain::standard().rule(u"params.symbol"_s)->check(context);
    QCOMPARE(result.isPass(), valid);
    if (!valid)
        QCOMPARE(result.verdict, RuleVerdict::Block);
    if (symbol == u"aapl")
        QVERIFY(result.message.contains(u"AAPL"_s)); // the suggestion
}

void tst_ValidationChain::firstBlockStopsTheChain()
{
    ValidationContext context = baseline();
    context.credentials = {}; // credentials block…
    context.trade.symbol = u"a a"_s; // …so the symbol is never looked at
    context.trade.quantity = D("-1");
    const ValidationReport report = ValidationChain::standard().run(context);
    QCOMPARE(report.results.size(), 1);
    QCOMPARE(report.block()->rule, u"credentials"_s);

    context.credentials = { true, u"PK"_s, false };
    const ValidationReport second = ValidationChain::standard().run(context);
    QCOMPARE(second.block()->rule, u"params.symbol"_s);
    QCOMPARE(second.results.size(), kOrder.indexOf(u"params.symbol"_s) + 1);

    // A warning does not stop the chain; a later block still does.
    ValidationContext warned = baseline();
    warned.account.status = AccountStatus::Unknown; // account.blocked warns
    warned.trade.limitPrice = D("190.001"); // params.tick blocks
    const ValidationReport third = ValidationChain::standard().run(warned);
    QCOMPARE(third.pendingWarnings().size(), 1);
    QCOMPARE(third.block()->rule, u"params.tick"_s);
    QCOMPARE(third.refusal()->extra.value(u"rule"_s).toString(), u"params.tick"_s);
}

void tst_ValidationChain::warningsNeedAcknowledgement()
{
    ValidationContext context = baseline();
    setTime(context, u"2026-03-10T12:00:00Z"_s); // pre-market: market.session warns
    context.trade.limitPrice = D("250.00"); // fat finger: limits.price_collar warns
    const ValidationChain chain = ValidationChain::standard();

    ValidationReport report = chain.run(context);
    QVERIFY(!report.block());
    QCOMPARE(report.pendingWarnings().size(), 2);
    QVERIFY(!report.canSubmit());
    QCOMPARE(report.refusal()->extra.value(u"rule"_s).toString(), u"market.session"_s);
    QCOMPARE(report.refusal()->extra.value(u"verdict"_s).toString(), u"warn"_s);

    context.acknowledged = { u"market.session"_s };
    report = chain.run(context);
    QCOMPARE(report.pendingWarnings().size(), 1);
    QCOMPARE(report.acknowledgedWarnings().size(), 1);
    QVERIFY(!report.canSubmit());
    QCOMPARE(report.refusal()->extra.value(u"rule"_s).toString(), u"limits.price_collar"_s);

    context.acknowledged.insert(u"limits.price_collar"_s);
    report = chain.run(context);
    QVERIFY(report.pendingWarnings().isEmpty());
    QCOMPARE(report.acknowledgedWarnings().size(), 2);
    QVERIFY(report.canSubmit());
    QVERIFY(!report.refusal());

    // Acknowledging an unrelated code changes nothing.
    context.acknowledged = { u"pdt.legacy"_s };
    QCOMPARE(chain.run(context).pendingWarnings().size(), 2);
}

void tst_ValidationChain::acknowledgingDoesNotLiftABlock()
{
    ValidationContext context = baseline();
    context.trade.limitPrice = D("190.001");
    context.acknowledged = QSet<QString>(kOrder.cbegin(), kOrder.cend());
    const ValidationReport report = ValidationChain::standard().run(context);
    QVERIFY(report.block());
    QVERIFY(!report.canSubmit());
}

void tst_ValidationChain::deterministic()
{
    ValidationContext context = baseline();
    setTime(context, u"2026-03-10T12:00:00Z"_s);
    context.trade.limitPrice = D("250.00");
    const ValidationChain chain = ValidationChain::standard();
    const ValidationReport a = chain.run(context);
    const ValidationReport b = chain.run(context);
    QCOMPARE(a.results, b.results);
    QCOMPARE(a.toJson(), b.toJson());
}

void tst_ValidationChain::heldBySellOrdersCountsAGroupOnce()
{
    ValidationContext context = baseline();
    hold(context, "10");
    // A filled bracket entry whose two exit legs both sell the same 10 shares.
    Order parent = openOrder(u"p"_s, OrderSide::Buy, "10");
    parent.status = OrderStatus::Filled;
    parent.filledQty = D("10");
    parent.status = OrderStatus::New; // still listed as open with its legs
    Order takeProfit = openOrder(u"tp"_s, OrderSide::Sell, "10");
    Order stopLoss = openOrder(u"sl"_s, OrderSide::Sell, "10");
    stopLoss.status = OrderStatus::Held;
    parent.legs = { takeProfit, stopLoss };
    context.openOrders = { parent, openOrder(u"x"_s, OrderSide::Sell, "3") };
    QCOMPARE(OrderExposure::heldBySellOrders(context), D("13"));
    // The same leg listed again at the top level is not counted twice.
    context.openOrders.append(takeProfit);
    QCOMPARE(OrderExposure::heldBySellOrders(context), D("13"));
    // Other symbols and finished orders hold nothing.
    Order done = openOrder(u"d"_s, OrderSide::Sell, "4");
    done.status = OrderStatus::Canceled;
    Order other = openOrder(u"m"_s, OrderSide::Sell, "4");
    other.symbol = u"MSFT"_s;
    context.openOrders.append(done);
    context.openOrders.append(other);
    QCOMPARE(OrderExposure::heldBySellOrders(context), D("13"));
}

void tst_ValidationChain::reportJson()
{
    ValidationContext context = baseline();
    context.trade.quantity = D("1000");
    context.account.buyingPower = D("100000");
    const ValidationReport report = ValidationChain::standard().run(context);
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(u"ok"_s).toBool(), false);
    const QJsonObject block = json.value(u"results"_s).toArray().last().toObject();
    QCOMPARE(block.value(u"rule"_s).toString(), u"buying_power"_s);
    QCOMPARE(block.value(u"verdict"_s).toString(), u"block"_s);
    // Decimals travel as exact strings: 1000 × 190.00 = 190000.
    QCOMPARE(block.value(u"numbers"_s).toObject().value(u"required"_s).toString(), u"190000.00"_s);
    QCOMPARE(block.value(u"numbers"_s).toObject().value(u"available"_s).toString(), u"100000"_s);
}

QTEST_GUILESS_MAIN(tst_ValidationChain)
#include "tst_validationchain.moc"
