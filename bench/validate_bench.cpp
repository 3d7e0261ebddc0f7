// SPDX-License-Identifier: GPL-3.0-or-later
// validate_bench: what an order costs in process before it reaches the network — the
// whole pre-trade chain (ValidationChain::standard().run(), all 27 rules), the Trade's
// wire request (Trade::toOrderRequest()) and its JSON text (Json::serialize()), timed one
// order at a time so the table can give p50 and p99 in microseconds. The chain itself is
// built once, as the broker does. Also the ticket's per-keystroke runAll().
// Prints figures; never asserts on time. Exits 1 if a scenario's order does not pass the
// chain (the figure would then time a refusal, not an order).
#include "benchsupport.h"

#include "jsoncodec.h"
#include "validationchain.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <functional>

using namespace Elson;
using namespace ElsonBench;

namespace {

Decimal D(const char *text)
{
    return Decimal::fromLiteral(text);
}

// Tuesday 2026-03-10, 10:30 New York: regular hours.
const Timestamp Regular = Timestamp::fromString(QStringLiteral("2026-03-10T14:30:00Z")).value();

/** A paper buy of 10 AAPL at a 190.00 limit in regular hours, empty account: passes every rule. */
ValidationContext limitBuy()
{
    ValidationContext c;
    c.trade.symbol = QStringLiteral("AAPL");
    c.trade.side = OrderSide::Buy;
    c.trade.orderType = OrderType::Limit;
    c.trade.quantity = D("10");
    c.trade.limitPrice = D("190.00");
    c.trade.timeInForce = TimeInForce::Day;
    c.trade.paper = true;
    c.trade.clientOrderId = Trade::newClientOrderId();

    c.account.id = QStringLiteral("acct");
    c.account.status = AccountStatus::Active;
    c.account.currency = QStringLiteral("USD");
    c.account.cash = D("100000");
    c.account.equity = D("100000");
    c.account.lastEquity = D("100000");
    c.account.buyingPower = D("200000");
    c.account.regtBuyingPower = D("200000");
    c.account.nonMarginableBuyingPower = D("100000");
    c.account.multiplier = D("2");
    c.account.shortingEnabled = true;

    Asset asset;
    asset.id = QStringLiteral("b0b6dd9d-8b9b-48a9-ba46-b9d54906e415");
    asset.symbol = QStringLiteral("AAPL");
    asset.exchange = QStringLiteral("NASDAQ");
    asset.status = AssetStatus::Active;
    asset.tradable = true;
    asset.marginable = true;
    asset.shortable = true;
    asset.easyToBorrow = true;
    asset.fractionable = true;
    c.asset = asset;

    Quote quote;
    quote.symbol = QStringLiteral("AAPL");
    quote.bidPrice = D("189.99");
    quote.askPrice = D("190.01");
    quote.time = Regular;
    c.quote = quote;

    c.now = Regular;
    c.clock = c.calendar.clockAt(c.now);
    c.limits.maxOrderValue = D("25000");
    c.limits.maxOrderQty = D("1000");
    c.limits.maxPositionValue = D("50000");
    c.limits.maxDailyLoss = D("2000");
    c.mode = TradingMode::Paper;
    c.credentials = {true, QStringLiteral("PK"), false};
    return c;
}

/**
 * A bracket buy (take profit 200, stop loss 180) from a busy account: 100 positions and
 * 500 working orders, so the exposure, duplicate and position rules have lists to read.
 */
ValidationContext busyBracket()
{
    ValidationContext c = limitBuy();
    c.trade.orderClass = OrderClass::Bracket;
    c.trade.takeProfitLimitPrice = D("200.00");
    c.trade.stopLossStopPrice = D("180.00");
    for (int i = 0; i < 100; ++i) {
        Position p;
        p.symbol = i == 0 ? QStringLiteral("AAPL") : QStringLiteral("S%1").arg(i, 3, 10, QLatin1Char('0'));
        p.qty = D("20");
        p.qtyAvailable = p.qty;
        p.side = PositionSide::Long;
        p.avgEntryPrice = D("50.00");
        p.currentPrice = i == 0 ? D("190.00") : D("51.00");
        p.costBasis = p.qty * p.avgEntryPrice;
        p.marketValue = p.qty * *p.currentPrice;
        c.positions.append(p);
    }
    for (int i = 0; i < 500; ++i) {
        Order o;
        o.id = QStringLiteral("order-%1").arg(i);
        o.clientOrderId = QStringLiteral("other-%1").arg(i);
        // A few working AAPL buys of another size (not duplicates of this one).
        o.symbol = i % 100 == 0 ? QStringLiteral("AAPL") : QStringLiteral("S%1").arg(i % 100, 3, 10, QLatin1Char('0'));
        o.side = OrderSide::Buy;
        o.type = OrderType::Limit;
        o.qty = D("1");
        o.limitPrice = D("45.00");
        o.timeInForce = TimeInForce::Gtc;
        o.status = OrderStatus::New;
        o.submittedAt = Regular.addSeconds(-3600 - i);
        o.createdAt = o.submittedAt;
        c.openOrders.append(o);
    }
    return c;
}

struct Timing
{
    QList<double> micros;
    qint64 bytes = 0;
};

/** @p iterations timed calls of @p work after @p warmup untimed ones. */
Timing timeEach(int iterations, int warmup, const std::function<qint64()> &work)
{
    Timing t;
    t.micros.reserve(iterations);
    for (int i = 0; i < warmup; ++i)
        t.bytes += work();
    for (int i = 0; i < iterations; ++i) {
        const qint64 start = monotonicNs();
        t.bytes += work();
        t.micros.append(double(monotonicNs() - start) / 1000.0);
    }
    return t;
}

void printTiming(const QString &what, const Timing &t, int iterations)
{
    const QString note = QStringLiteral("p50 of %1 orders; p99 %2 µs, p99.9 %3 µs, max %4 µs")
                             .arg(iterations)
                             .arg(fixed(quantile(t.micros, 0.99), 1), fixed(quantile(t.micros, 0.999), 1),
                                  fixed(quantile(t.micros, 1.0), 1));
    printFigure(what + QStringLiteral(" p50"), fixed(median(t.micros), 2), "µs", note);
    printFigure(what + QStringLiteral(" p99"), fixed(quantile(t.micros, 0.99), 2), "µs");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Validate + serialize an order in process: prints p50/p99, asserts nothing."));
    parser.addHelpOption();
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"), QStringLiteral("Orders per row."),
                                              QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOption(iterationsOption);
    parser.process(app);
    const int iterations = std::max(100, parser.value(iterationsOption).toInt());
    const int warmup = std::max(100, iterations / 100);

    if (!printBuildLine("validate_bench"))
        return 0;

    const ValidationChain chain = ValidationChain::standard();
    struct Scenario
    {
        const char *name;
        ValidationContext context;
    };
    const Scenario scenarios[] = {
        {"limit buy, empty account", limitBuy()},
        {"bracket buy, 100 positions + 500 working orders", busyBracket()},
    };
    std::printf("\n  %d rules; %d timed orders a row after %d untimed; one order = chain.run() + "
                "toOrderRequest() + Json::serialize()\n",
                int(chain.codes().size()), iterations, warmup);
    std::printf("\n| Figure | Value | Note |\n|---|---|---|\n");
    for (const Scenario &scenario : scenarios) {
        const ValidationContext &context = scenario.context;
        const ValidationReport check = chain.run(context);
        if (!check.canSubmit()) {
            std::fprintf(stderr, "validate_bench: the scenario '%s' does not pass the chain: %s\n", scenario.name,
                         qPrintable(check.refusal().value_or(Error{}).toString()));
            return 1;
        }
        const QString name = QString::fromLatin1(scenario.name);

        const Timing whole = timeEach(iterations, warmup, [&]() -> qint64 {
            const ValidationReport report = chain.run(context);
            if (!report.canSubmit())
                return 0;
            const Result<OrderRequest> request = context.trade.toOrderRequest();
            if (!request)
                return 0;
            return Json::serialize(request.value()).size();
        });
        printTiming(QStringLiteral("validate + serialize: ") + name, whole, iterations);

        // The parts, for where the time goes.
        const Timing validateOnly = timeEach(iterations, warmup, [&]() -> qint64 {
            return chain.run(context).canSubmit() ? 1 : 0;
        });
        const Result<OrderRequest> request = context.trade.toOrderRequest();
        const Timing serializeOnly = timeEach(iterations, warmup, [&]() -> qint64 {
            return Json::serialize(context.trade.toOrderRequest().value()).size();
        });
        const Timing keystroke = timeEach(iterations, warmup, [&]() -> qint64 {
            return chain.runAll(context).canSubmit() ? 1 : 0;
        });
        printFigure(QStringLiteral("  of which chain.run() (27 rules): ") + name, fixed(median(validateOnly.micros), 2),
                    "µs", QStringLiteral("p50; p99 %1 µs").arg(fixed(quantile(validateOnly.micros, 0.99), 2)));
        printFigure(QStringLiteral("  of which toOrderRequest() + serialize(): ") + name,
                    fixed(median(serializeOnly.micros), 2), "µs",
                    QStringLiteral("p50; p99 %1 µs; body %2 bytes")
                        .arg(fixed(quantile(serializeOnly.micros, 0.99), 2))
                        .arg(Json::serialize(request.value()).size()));
        printFigure(QStringLiteral("ticket keystroke, chain.runAll(): ") + name, fixed(median(keystroke.micros), 2),
                    "µs", QStringLiteral("p50; p99 %1 µs").arg(fixed(quantile(keystroke.micros, 0.99), 2)));
        if (whole.bytes == 0)
            std::printf("  (nothing was serialized: the chain refused)\n");
    }
    return 0;
}
