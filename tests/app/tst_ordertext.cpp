// SPDX-License-Identifier: GPL-3.0-or-later
// What the review step shows: the order in plain words, the exact request body and the
// elsonctl command, for each order type and class.
#include "ordertext.h"

#include "jsoncodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Elson::Trade)
Q_DECLARE_METATYPE(Elson::Broker::Mode)

namespace {

Decimal D(const char *text)
{
    return Decimal::fromLiteral(text);
}

Trade base(OrderSide side, const char *qty)
{
    Trade t;
    t.symbol = u"AAPL"_s;
    t.side = side;
    t.quantity = D(qty);
    t.fractional = !t.quantity->isInteger();
    t.clientOrderId = u"elson-test-1"_s;
    return t;
}

} // namespace

class tst_OrderText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void describe_data();
    void describe();
    void readableBodyIsTheSameJson();
    void unsendableTradeHasNoBody();
    void queueWhenClosedFlag();
    void shellQuoting_data();
    void shellQuoting();
};

void tst_OrderText::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_OrderText::describe_data()
{
    QTest::addColumn<Trade>("trade");
    QTest::addColumn<Broker::Mode>("mode");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("command");

    {
        Trade t = base(OrderSide::Buy, "10");
        t.orderType = OrderType::Limit;
        t.limitPrice = D("187.50");
        QTest::newRow("limit day")
            << t << Broker::Mode::Paper
            << u"Buy 10 AAPL at limit $187.50, good for the day, regular hours only"_s
            << QJsonObject { { u"symbol"_s, u"AAPL"_s },
                             { u"qty"_s, u"10"_s },
                             { u"side"_s, u"buy"_s },
                             { u"type"_s, u"limit"_s },
                             { u"time_in_force"_s, u"day"_s },
                             { u"limit_price"_s, u"187.50"_s },
                             { u"client_order_id"_s, u"elson-test-1"_s } }
            << u"elsonctl order buy AAPL --qty 10 --type limit --limit-price 187.50 --tif day "
               "--client-order-id elson-test-1"_s;
    }
    {
        Trade t = base(OrderSide::Buy, "1");
        t.quantity.reset();
        t.investmentAmount = D("500");
        t.clientOrderId.clear();
        QTest::newRow("notional market, no id yet")
            << t << Broker::Mode::Sim
            << u"Buy $500.00 of AAPL at market, good for the day, regular hours only"_s
            << QJsonObject() // no client order id: not a sendable request
            << u"elsonctl order buy AAPL --notional 500 --type market --tif day"_s;
    }
    {
        Trade t = base(OrderSide::Buy, "5");
        t.orderType = OrderType::Limit;
        t.limitPrice = D("190.00");
        t.timeInForce = TimeInForce::Gtc;
        t.orderClass = OrderClass::Bracket;
        t.takeProfitLimitPrice = D("200.00");
        t.stopLossStopPrice = D("180.00");
        t.stopLossLimitPrice = D("179.50");
        t.paper = false;
        QTest::newRow("live bracket with stop-limit exit")
            << t << Broker::Mode::Live
            << u"Buy 5 AAPL at limit $190.00, good until cancelled, regular hours only; once "
               "filled, exit with a take-profit at $200.00 or a stop-loss at $180.00 (limit "
               "$179.50), whichever comes first"_s
            << QJsonObject { { u"symbol"_s, u"AAPL"_s },
                             { u"qty"_s, u"5"_s },
                             { u"side"_s, u"buy"_s },
                             { u"type"_s, u"limit"_s },
                             { u"time_in_force"_s, u"gtc"_s },
                             { u"limit_price"_s, u"190.00"_s },
                             { u"client_order_id"_s, u"elson-test-1"_s },
                             { u"order_class"_s, u"bracket"_s },
                             { u"take_profit"_s,
                               QJsonObject { { u"limit_price"_s, u"200.00"_s } } },
                             { u"stop_loss"_s,
                               QJsonObject { { u"stop_price"_s, u"180.00"_s },
                                             { u"limit_price"_s, u"179.50"_s } } } }
            << u"elsonctl --live order buy AAPL --qty 5 --type limit --limit-price 190.00 --tif "
               "gtc --take-profit 200.00 --stop-loss 180.00 --stop-loss-limit 179.50 "
               "--client-order-id elson-test-1"_s;
    }
    {
        Trade t = base(OrderSide::Sell, "10");
        t.orderType = OrderType::TrailingStop;
        t.trailPercent = D("5");
        t.timeInForce = TimeInForce::Gtc;
        QTest::newRow("trailing percent sell")
            << t << Broker::Mode::Paper
            << u"Sell 10 AAPL with a trailing stop 5% below the highest price, good until "
               "cancelled, regular hours only"_s
            << QJsonObject { { u"symbol"_s, u"AAPL"_s },
                             { u"qty"_s, u"10"_s },
                             { u"side"_s, u"sell"_s },
                             { u"type"_s, u"trailing_stop"_s },
                             { u"time_in_force"_s, u"gtc"_s },
                             { u"trail_percent"_s, u"5"_s },
                             { u"client_order_id"_s, u"elson-test-1"_s } }
            << u"elsonctl order sell AAPL --qty 10 --type trailing_stop --trail-percent 5 --tif "
               "gtc --client-order-id elson-test-1"_s;
    }
    {
        Trade t = base(OrderSide::Buy, "2");
        t.orderType = OrderType::TrailingStop;
        t.trailPrice = D("2.50");
        QTest::newRow("trailing price buy")
            << t << Broker::Mode::Paper
            << u"Buy 2 AAPL with a trailing stop $2.50 above the lowest price, good for the day, "
               "regular hours only"_s
            << QJsonObject { { u"symbol"_s, u"AAPL"_s },
                             { u"qty"_s, u"2"_s },
                             { u"side"_s, u"buy"_s },
                             { u"type"_s, u"trailing_stop"_s },
                             { u"time_in_force"_s, u"day"_s },
                             { u"trail_price"_s, u"2.50"_s },
                             { u"client_order_id"_s, u"elson-test-1"_s } }
            << u"elsonctl order buy AAPL --qty 2 --type trailing_stop --trail-price 2.50 --tif day "
               "--client-order-id elson-test-1"_s;
    }
    {
        Trade t = base(OrderSide::Sell, "10");
        t.orderType = OrderType::Limit;
        t.orderClass = OrderClass::Oco;
        t.limitPrice = D("200.00");
        t.takeProfitLimitPrice = D("200.00");
        t.stopLossStopPrice = D("180.00");
        t.timeInForce = TimeInForce::Gtc;
        QTest::newRow("oco exit")
            << t << Broker::Mode::Paper
            << u"Sell 10 AAPL at limit $200.00, good until cancelled, regular hours only; one "
               "cancels the other with a stop-loss at $180.00"_s
            << QJsonObject { { u"symbol"_s, u"AAPL"_s },
                             { u"qty"_s, u"10"_s },
                             { u"side"_s, u"sell"_s },
                             { u"type"_s, u"limit"_s },
                             { u"time_in_force"_s, u"gtc"_s },
                             { u"limit_price"_s, u"200.00"_s },
                             { u"client_order_id"_s, u"elson-test-1"_s },
                             { u"order_class"_s, u"oco"_s },
                             { u"take_profit"_s,
                               QJsonObject { { u"limit_price"_s, u"200.00"_s } } },
                             { u"stop_loss"_s, QJsonObject { { u"stop_price"_s, u"180.00"_s } } } }
            << u"elsonctl order sell AAPL --qty 10 --type limit --limit-price 200.00 --tif gtc "
               "--take-profit 200.00 --stop-loss 180.00 --order-class oco --client-order-id "
               "elson-test-1"_s;
    }
    {
        Trade t = base(OrderSide::Sell, "3");
        t.orderType = OrderType::StopLimit;
        t.stopPrice = D("180.00");
        t.limitPrice = D("179.00");
        QTest::newRow("stop limit")
            << t << Broker::Mode::Paper
            << u"Sell 3 AAPL at stop $180.00, limit $179.00, good for the day, regular hours only"_s
            << QJsonObject { { u"symbol"_s, u"AAPL"_s },
                             { u"qty"_s, u"3"_s },
                             { u"side"_s, u"sell"_s },
                             { u"type"_s, u"stop_limit"_s },
                             { u"time_in_force"_s, u"day"_s },
                             { u"limit_price"_s, u"179.00"_s },
                             { u"stop_price"_s, u"180.00"_s },
                             { u"client_order_id"_s, u"elson-test-1"_s } }
            << u"elsonctl order sell AAPL --qty 3 --type stop_limit --limit-price 179.00 "
               "--stop-price 180.00 --tif day --client-order-id elson-test-1"_s;
    }
    {
        Trade t = base(OrderSide::Buy, "1500");
        t.symbol = u"PNNY"_s;
        t.orderType = OrderType::Limit;
        t.limitPrice = D("0.0084");
        t.extendedHours = true;
        QTest::newRow("sub-dollar, extended hours")
            << t << Broker::Mode::Paper
            << u"Buy 1,500 PNNY at limit $0.0084, good for the day, extended hours allowed"_s
            << QJsonObject { { u"symbol"_s, u"PNNY"_s },
                             { u"qty"_s, u"1500"_s },
                             { u"side"_s, u"buy"_s },
                             { u"type"_s, u"limit"_s },
                             { u"time_in_force"_s, u"day"_s },
                             { u"limit_price"_s, u"0.0084"_s },
                             { u"extended_hours"_s, true },
                             { u"client_order_id"_s, u"elson-test-1"_s } }
            << u"elsonctl order buy PNNY --qty 1500 --type limit --limit-price 0.0084 --tif day "
               "--extended-hours --client-order-id elson-test-1"_s;
    }
    {
        Trade t = base(OrderSide::Sell, "0.5");
        QTest::newRow("fractional market sell")
            << t << Broker::Mode::Paper
            << u"Sell 0.5 AAPL at market, good for the day, regular hours only"_s
            << QJsonObject { { u"symbol"_s, u"AAPL"_s },
                             { u"qty"_s, u"0.5"_s },
                             { u"side"_s, u"sell"_s },
                             { u"type"_s, u"market"_s },
                             { u"time_in_force"_s, u"day"_s },
                             { u"client_order_id"_s, u"elson-test-1"_s } }
            << u"elsonctl order sell AAPL --qty 0.5 --type market --tif day --client-order-id "
               "elson-test-1"_s;
    }
}

void tst_OrderText::describe()
{
    QFETCH(Trade, trade);
    QFETCH(Broker::Mode, mode);
    QFETCH(QString, words);
    QFETCH(QJsonObject, body);
    QFETCH(QString, command);

    QCOMPARE(OrderText::plainWords(trade, QLocale()), words);
    QCOMPARE(OrderText::elsonctlCommand(trade, mode), command);

    const Result<QByteArray> sent = OrderText::requestBody(trade);
    if (body.isEmpty()) {
        QVERIFY(!sent);
        return;
    }
    QVERIFY2(sent, qPrintable(sent.error().toString()));
    // The exact bytes the broker sends: the body of the same Trade through the broker's path.
    const Result<OrderRequest> request = trade.toOrderRequest();
    QVERIFY(request);
    QCOMPARE(sent.value(), Json::serialize(request.value()));
    const QJsonDocument document = QJsonDocument::fromJson(sent.value());
    QVERIFY(document.isObject());
    QCOMPARE(document.object(), body);
}

void tst_OrderText::readableBodyIsTheSameJson()
{
    Trade t = base(OrderSide::Buy, "5");
    t.orderType = OrderType::Limit;
    t.limitPrice = D("190.00");
    t.orderClass = OrderClass::Bracket;
    t.takeProfitLimitPrice = D("200.00");
    t.stopLossStopPrice = D("180.00");
    t.clientOrderId = u"elson-\"quoted\",{x}"_s; // punctuation inside a string stays put
    const Result<QByteArray> compact = OrderText::requestBody(t);
    const Result<QString> readable = OrderText::readableRequestBody(t);
    QVERIFY(compact && readable);
    QVERIFY(readable.value().count(u'\n') > 8);
    QCOMPARE(QJsonDocument::fromJson(readable.value().toUtf8()),
             QJsonDocument::fromJson(compact.value()));
    // The wire's key order (the codec writes keys sorted), indented two spaces.
    QVERIFY2(
        readable.value().startsWith(u"{\n  \"client_order_id\": \"elson-\\\"quoted\\\",{x}\",\n"_s),
        qPrintable(readable.value()));
}

void tst_OrderText::unsendableTradeHasNoBody()
{
    Trade t = base(OrderSide::Buy, "10");
    t.orderType = OrderType::Limit; // no limit price
    const Result<QByteArray> body = OrderText::requestBody(t);
    QVERIFY(!body);
    QCOMPARE(body.error().field, u"limitPrice"_s);
}

void tst_OrderText::queueWhenClosedFlag()
{
    const Trade t = base(OrderSide::Buy, "10");
    const QString queued = OrderText::elsonctlCommand(
        t, Broker::Mode::Paper, { u"market.session"_s, u"limits.price_collar"_s });
    QVERIFY(queued.endsWith(u" --queue-when-closed"_s));
    // Other acknowledgements are not turned into --yes: elsonctl asks again.
    QVERIFY(!queued.contains(u"--yes"_s));
    QVERIFY(!OrderText::elsonctlCommand(t, Broker::Mode::Paper).contains(u"--queue"_s));
}

void tst_OrderText::shellQuoting_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"BRK.B"_s << u"BRK.B"_s;
    QTest::newRow("uuid id") << u"elson-0f8e-11"_s << u"elson-0f8e-11"_s;
    QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
    QTest::newRow("quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
}

void tst_OrderText::shellQuoting()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(OrderText::shellQuoted(argument), quoted);
}

QTEST_GUILESS_MAIN(tst_OrderText)
#include "tst_ordertext.moc"
