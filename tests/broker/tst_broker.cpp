// SPDX-License-Identifier: GPL-3.0-or-later
// The Broker over the embedded exchange: every order type reaches the sim through the
// same client as Alpaca, refusals never reach it, and every action is journaled.
#include "alpacaclient.h"
#include "auditjournal.h"
#include "brokertestsupport.h"
#include "simbroker.h"
#include "simexchange.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Elson;
using namespace BrokerTest;

class tst_Broker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modeIsSim();
    void executeTrade_data();
    void executeTrade();
    void blockNeverReachesTheExchange_data();
    void blockNeverReachesTheExchange();
    void warningNeedsAcknowledgement();
    void cancelAndClose();
    void journalRecordsEveryAction();
    void previewSendsNothing();
    void replaceChecksTheNewFigures();
    void staleContextIsRefused();

private:
    Decimal lastPrice(const QString &symbol);
    qsizetype ordersAtExchange() const;

    std::unique_ptr<SimBroker> m_broker;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
};

void tst_Broker::init()
{
    Result<std::unique_ptr<SimBroker>> broker = SimBroker::create(simOptions());
    QVERIFY2(broker.ok(), qPrintable(broker.error().toString()));
    m_broker = std::move(broker).value();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(m_journal->open().ok());
    m_broker->setJournal(m_journal.get());
}

void tst_Broker::cleanup()
{
    m_broker.reset();
    m_journal.reset();
    m_dir.reset();
}

Decimal tst_Broker::lastPrice(const QString &symbol)
{
    const Result<Quote> quote = await(m_broker->client()->latestQuote(symbol));
    if (!quote)
        qFatal("no quote for %s: %s", qPrintable(symbol), qPrintable(quote.error().toString()));
    return quote->askPrice;
}

qsizetype tst_Broker::ordersAtExchange() const
{
    SimExchange::OrderQuery query;
    query.status = SimExchange::OrderQuery::Status::All;
    query.limit = 500;
    const Result<QList<Order>> orders = m_broker->service()->exchange()->orders(query);
    return orders ? orders->size() : -1;
}

void tst_Broker::modeIsSim()
{
    QCOMPARE(m_broker->mode(), Broker::Mode::Sim);
    QCOMPARE(Broker::modeName(m_broker->mode()), QStringLiteral("sim"));
    const Result<Account> account = await(m_broker->account());
    QVERIFY2(account.ok(), qPrintable(account.error().toString()));
    QVERIFY(account->equity > Decimal::fromInt(0));
}

void tst_Broker::executeTrade_data()
{
    QTest::addColumn<OrderType>("type");
    QTest::addColumn<bool>("bracket");
    QTest::addColumn<bool>("trailing");
    QTest::addColumn<QString>("status"); // expected status after submission

    QTest::newRow("market") << OrderType::Market << false << false << QStringLiteral("filled");
    QTest::newRow("limit below") << OrderType::Limit << false << false << QStringLiteral("new");
    QTest::newRow("stop above") << OrderType::Stop << false << false << QStringLiteral("new");
    QTest::newRow("stop limit") << OrderType::StopLimit << false << false << QStringLiteral("new");
    QTest::newRow("trailing stop") << OrderType::TrailingStop << false << true << QStringLiteral("new");
    QTest::newRow("bracket") << OrderType::Limit << true << false << QStringLiteral("new");
}

void tst_Broker::executeTrade()
{
    QFETCH(OrderType, type);
    QFETCH(bool, bracket);
    QFETCH(bool, trailing);
    QFETCH(QString, status);

    const Decimal price = lastPrice(QStringLiteral("AAPL"));
    const Decimal below = (price * Decimal::fromString(u"0.95").value()).rounded(2);
    const Decimal above = (price * Decimal::fromString(u"1.05").value()).rounded(2);
    const qsizetype before = ordersAtExchange();

    Trade trade;
    trade.symbol = QStringLiteral("AAPL");
    trade.side = OrderSide::Buy;
    trade.orderType = type;
    trade.quantity = Decimal::fromInt(1);
    if (type == OrderType::Limit)
        trade.limitPrice = below;
    if (type == OrderType::Stop)
        trade.stopPrice = above;
    if (type == OrderType::StopLimit) {
        trade.stopPrice = above;
        trade.limitPrice = (above * Decimal::fromString(u"1.01").value()).rounded(2);
    }
    QFuture<Result<Order>> submitted;
    if (bracket) {
        trade.orderType = OrderType::Limit;
        trade.limitPrice = below;
        const Decimal takeProfit = above;
        const Decimal stopLoss = (below * Decimal::fromString(u"0.95").value()).rounded(2);
        submitted = m_broker->placeBracketOrder(trade, takeProfit, stopLoss);
    } else if (trailing) {
        submitted = m_broker->placeTrailingStop(trade, Decimal::fromInt(5),
                                                Broker::TrailUnit::Percent);
    } else {
        submitted = m_broker->executeTrade(trade);
    }
    const Result<Order> order = await(submitted);
    QVERIFY2(order.ok(), qPrintable(order.error().toString()));
    QVERIFY(order->clientOrderId.startsWith(u"elson-"));
    QCOMPARE(order->type, type);
    QCOMPARE(order->symbol, QStringLiteral("AAPL"));
    if (bracket)
        QCOMPARE(order->orderClass, OrderClass::Bracket);
    QCOMPARE(ordersAtExchange(), before + (bracket ? 3 : 1));
    const Result<Order> back = await(m_broker->client()->orderByClientOrderId(order->clientOrderId));
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QCOMPARE(QString(enumToWire(back->status)), status);
}

void tst_Broker::blockNeverReachesTheExchange_data()
{
    QTest::addColumn<QString>("limitPrice");
    QTest::addColumn<QString>("qty");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");

    QTest::newRow("sub-penny") << "100.001" << "1" << "AAPL" << "params.tick" << "limit_price";
    QTest::newRow("negative qty") << "100" << "-1" << "AAPL" << "params.positive" << "qty";
    QTest::newRow("bad symbol") << "100" << "1" << "aa pl" << "params.symbol" << "symbol";
    QTest::newRow("unknown symbol") << "100" << "1" << "ZZZZQ" << "symbol.tradable" << "symbol";
    QTest::newRow("over position limit") << "10" << "6000" << "AAPL" << "buying_power" << "";
}

void tst_Broker::blockNeverReachesTheExchange()
{
    QFETCH(QString, limitPrice);
    QFETCH(QString, qty);
    QFETCH(QString, symbol);
    QFETCH(QString, rule);
    QFETCH(QString, field);

    const qsizetype before = ordersAtExchange();
    Trade trade;
    trade.symbol = symbol;
    trade.orderType = OrderType::Limit;
    trade.limitPrice = Decimal::fromString(limitPrice).value();
    trade.quantity = Decimal::fromString(qty).value();
    const Result<Order> order = await(m_broker->executeTrade(trade, {QStringLiteral("market.session")}));
    QVERIFY(!order.ok());
    QCOMPARE(order.error().code, Error::Code::Validation);
    const QString refusedBy = order.error().extra.value(QStringLiteral("rule")).toString();
    if (rule == u"buying_power") // the first limit that catches a huge order
        QVERIFY2(refusedBy.startsWith(u"buying_power") || refusedBy.startsWith(u"limits."),
                 qPrintable(refusedBy));
    else
        QCOMPARE(refusedBy, rule);
    if (!field.isEmpty())
        QCOMPARE(order.error().field, field);
    QCOMPARE(ordersAtExchange(), before);
}

void tst_Broker::warningNeedsAcknowledgement()
{
    const Decimal below = (lastPrice(QStringLiteral("MSFT")) * Decimal::fromString(u"0.9").value()).rounded(2);
    Trade trade;
    trade.symbol = QStringLiteral("MSFT");
    trade.orderType = OrderType::Limit;
    trade.limitPrice = below;
    trade.quantity = Decimal::fromInt(2);
    const Result<Order> first = await(m_broker->executeTrade(trade));
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    const qsizetype before = ordersAtExchange();

    Trade again = trade; // a new intent (new client order id), same symbol/side/size
    const Result<Order> refused = await(m_broker->executeTrade(again));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().extra.value(QStringLiteral("rule")).toString(), QStringLiteral("limits.duplicate"));
    QCOMPARE(refused.error().extra.value(QStringLiteral("verdict")).toString(), QStringLiteral("warn"));
    QCOMPARE(ordersAtExchange(), before);

    const Result<Order> acknowledged =
        await(m_broker->executeTrade(again, {QStringLiteral("limits.duplicate")}));
    QVERIFY2(acknowledged.ok(), qPrintable(acknowledged.error().toString()));
    QCOMPARE(ordersAtExchange(), before + 1);
}

void tst_Broker::cancelAndClose()
{
    Trade buy;
    buy.symbol = QStringLiteral("NVDA");
    buy.quantity = Decimal::fromInt(10);
    const Result<Order> bought = await(m_broker->executeTrade(buy));
    QVERIFY2(bought.ok(), qPrintable(bought.error().toString()));

    // An open sell for part of the position holds shares; closing with cancelOrders frees them.
    Trade sell;
    sell.symbol = QStringLiteral("NVDA");
    sell.side = OrderSide::Sell;
    sell.orderType = OrderType::Limit;
    sell.limitPrice = (lastPrice(QStringLiteral("NVDA")) * Decimal::fromInt(2)).rounded(2);
    sell.quantity = Decimal::fromInt(4);
    const Result<Order> working = await(m_broker->executeTrade(sell, {QStringLiteral("limits.price_collar")}));
    QVERIFY2(working.ok(), qPrintable(working.error().toString()));

    ClosePositionRequest half;
    half.percentage = Decimal::fromInt(50);
    const Result<Order> closed = await(m_broker->closePosition(QStringLiteral("NVDA"), half, true));
    QVERIFY2(closed.ok(), qPrintable(closed.error().toString()));
    QCOMPARE(closed->side, OrderSide::Sell);
    QCOMPARE(closed->qty.value(), Decimal::fromInt(5));
    const Result<Order> cancelled = await(m_broker->client()->order(working->id));
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->status, OrderStatus::Canceled);

    const Result<bool> unknown = await(m_broker->cancelOrder(QStringLiteral("no-such-order")));
    QVERIFY(!unknown.ok());
    const Result<QList<CancelAllResult>> all = await(m_broker->cancelAllOrders());
    QVERIFY2(all.ok(), qPrintable(all.error().toString()));
    const Result<QList<ClosePositionResult>> flat = await(m_broker->closeAllPositions(true));
    QVERIFY2(flat.ok(), qPrintable(flat.error().toString()));
    QCOMPARE(flat->size(), 1);
}

void tst_Broker::journalRecordsEveryAction()
{
    Trade trade;
    trade.symbol = QStringLiteral("AAPL");
    trade.quantity = Decimal::fromInt(1);
    const Result<Order> order = await(m_broker->executeTrade(trade));
    QVERIFY(order.ok());
    Trade bad = trade;
    bad.clientOrderId.clear();
    bad.orderType = OrderType::Limit;
    bad.limitPrice = Decimal::fromString(u"1.001").value();
    QVERIFY(!await(m_broker->executeTrade(bad)).ok());
    QVERIFY(!await(m_broker->cancelOrder(order->id)).ok()); // filled: 422, still journaled

    const Result<AuditJournal::Summary> verified = AuditJournal::verify(m_journal->path());
    QVERIFY2(verified.ok(), qPrintable(verified.error().toString()));
    QCOMPARE(verified->records, 5);

    QFile file(m_journal->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(SimService::DefaultSecretKey));
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[0].contains("\"action\":\"order.submit\""));
    QVERIFY(lines[0].contains(order->clientOrderId.toUtf8()));
    QVERIFY(lines[0].contains("\"request\":{"));
    QVERIFY(lines[1].contains("\"action\":\"order.result\""));
    QVERIFY(lines[1].contains(order->id.toUtf8()));
    QVERIFY(lines[2].contains("\"action\":\"order.refused\""));
    QVERIFY(lines[2].contains("params.tick"));
    QVERIFY(lines[3].contains("\"action\":\"order.cancel\""));
    QVERIFY(lines[4].contains("\"action\":\"order.cancel.result\""));
    QVERIFY(lines[4].contains("\"ok\":false"));
}

void tst_Broker::previewSendsNothing()
{
    Trade trade;
    trade.symbol = QStringLiteral("AAPL");
    trade.quantity = Decimal::fromInt(3);
    trade.orderType = OrderType::Limit;
    trade.limitPrice = Decimal::fromString(QStringLiteral("100.00")).value();
    const qsizetype before = ordersAtExchange();
    const Result<Broker::Preview> preview = await(m_broker->previewTrade(trade));
    QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
    QVERIFY(preview->canSubmit());
    QVERIFY(preview->request.has_value());
    QVERIFY(!preview->trade.clientOrderId.isEmpty());
    QCOMPARE(preview->request->clientOrderId, preview->trade.clientOrderId);
    QCOMPARE(preview->request->limitPrice, trade.limitPrice);
    QCOMPARE(ordersAtExchange(), before);

    // The same chain as executeTrade: a block shows in the report, and still nothing is sent.
    trade.limitPrice = Decimal::fromString(QStringLiteral("100.001")).value();
    const Result<Broker::Preview> blocked = await(m_broker->previewTrade(trade));
    QVERIFY(blocked.ok());
    QVERIFY(!blocked->canSubmit());
    QCOMPARE(blocked->report.block()->rule, QStringLiteral("params.tick"));
    QCOMPARE(ordersAtExchange(), before);

    QFile file(m_journal->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\"action\":\"order.preview\""), 2);
}

void tst_Broker::replaceChecksTheNewFigures()
{
    Trade trade;
    trade.symbol = QStringLiteral("MSFT");
    trade.quantity = Decimal::fromInt(1);
    trade.orderType = OrderType::Limit;
    trade.limitPrice = Decimal::fromInt(1);
    const Result<Order> placed = await(m_broker->executeTrade(trade));
    QVERIFY2(placed.ok(), qPrintable(placed.error().toString()));

    ReplaceOrderRequest tick;
    tick.limitPrice = Decimal::fromString(QStringLiteral("1.005")).value();
    const Result<Order> refused = await(m_broker->replaceOrder(placed->id, tick));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().extra.value(QStringLiteral("rule")).toString(), QStringLiteral("params.tick"));
    ReplaceOrderRequest negative;
    negative.qty = Decimal::fromInt(-2);
    QCOMPARE(await(m_broker->replaceOrder(placed->id, negative)).error().extra.value(QStringLiteral("rule")).toString(),
             QStringLiteral("params.positive"));
    QCOMPARE(m_broker->service()->exchange()->order(placed->id)->status, OrderStatus::New);

    ReplaceOrderRequest fine;
    fine.limitPrice = Decimal::fromString(QStringLiteral("1.01")).value();
    const Result<Order> replaced = await(m_broker->replaceOrder(placed->id, fine));
    QVERIFY2(replaced.ok(), qPrintable(replaced.error().toString()));
    QCOMPARE(replaced->limitPrice, fine.limitPrice);
}

void tst_Broker::staleContextIsRefused()
{
    // The clock answers late: the data would be older than the checks accept.
    SimService::Options options = simOptions();
    SimFault slow;
    slow.kind = SimFault::Kind::Delay;
    slow.route = QStringLiteral("GET /v2/clock");
    slow.delayMs = 700;
    options.faults = {slow};
    AlpacaBroker::Settings settings;
    settings.maxContextAgeMs = 300;
    Result<std::unique_ptr<SimBroker>> created = SimBroker::create(options, settings);
    QVERIFY(created.ok());
    std::unique_ptr<SimBroker> broker = std::move(created).value();
    Trade trade;
    trade.symbol = QStringLiteral("AAPL");
    trade.quantity = Decimal::fromInt(1);
    const Result<Order> refused = await(broker->executeTrade(trade));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("context"));
    QVERIFY(refused.error().message.contains(QStringLiteral("300 ms")));
    SimExchange::OrderQuery all;
    all.status = SimExchange::OrderQuery::Status::All;
    QCOMPARE(broker->service()->exchange()->orders(all)->size(), 0);
    // The fault is spent: the next reads are quick and the order goes through.
    QVERIFY(await(broker->executeTrade(trade)).ok());
}

QTEST_GUILESS_MAIN(tst_Broker)
#include "tst_broker.moc"
