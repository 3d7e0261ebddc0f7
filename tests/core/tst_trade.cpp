// SPDX-License-Identifier: GPL-3.0-or-later
#include "trade.h"

#include "jsoncodec.h"

#include "alpacagolden.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Elson;
using namespace ElsonTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Elson::Trade)

namespace {

Trade base(OrderType type = OrderType::Market)
{
    Trade trade;
    trade.symbol = u"AAPL"_s;
    trade.orderType = type;
    trade.quantity = dec("10");
    trade.clientOrderId = u"elson-t1"_s;
    return trade;
}

} // namespace

class tst_Trade : public QObject
{
    Q_OBJECT

private slots:
    void clientOrderIdFormat();
    void clientOrderIdsAreUnique();
    void clientOrderIdGeneratedOnce();
    void toOrderRequest_data();
    void toOrderRequest();
    void rejects_data();
    void rejects();
    void statusNames_data();
    void statusNames();
};

void tst_Trade::clientOrderIdFormat()
{
    const QString id = Trade::newClientOrderId();
    QVERIFY(id.size() <= Trade::MaxClientOrderIdLength);
    const QRegularExpression format(
        u"^elson-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QVERIFY2(format.match(id).hasMatch(), qPrintable(id));
}

void tst_Trade::clientOrderIdsAreUnique()
{
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i)
        ids.insert(Trade::newClientOrderId());
    QCOMPARE(ids.size(), qsizetype(1000));
}

void tst_Trade::clientOrderIdGeneratedOnce()
{
    Trade trade = base();
    trade.clientOrderId.clear();
    const QString first = trade.ensureClientOrderId();
    QVERIFY(!first.isEmpty());
    QCOMPARE(trade.ensureClientOrderId(), first); // a retry reuses it
    QCOMPARE(trade.toOrderRequest()->clientOrderId, first);
    QCOMPARE(trade.toOrderRequest()->clientOrderId, first);

    Trade preset = base();
    QCOMPARE(preset.ensureClientOrderId(), u"elson-t1"_s);
}

void tst_Trade::toOrderRequest_data()
{
    QTest::addColumn<Trade>("trade");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("market")
        << base()
        << R"({"symbol":"AAPL","qty":"10","side":"buy","type":"market","time_in_force":"day",
                        "client_order_id":"elson-t1"})"_ba;
    {
        Trade t = base();
        t.quantity.reset();
        t.investmentAmount = dec("250.00");
        t.fractional = true;
        QTest::newRow("investment amount")
            << t
            << R"({"symbol":"AAPL","notional":"250.00","side":"buy","type":"market","time_in_force":"day",
                  "client_order_id":"elson-t1"})"_ba;
    }
    {
        Trade t = base(OrderType::Limit);
        t.quantity = dec("0.5");
        t.fractional = true;
        t.side = OrderSide::Sell;
        t.limitPrice = dec("150.20");
        t.extendedHours = true;
        QTest::newRow("fractional limit extended hours")
            << t
            << R"({"symbol":"AAPL","qty":"0.5","side":"sell","type":"limit","time_in_force":"day",
                  "limit_price":"150.20","extended_hours":true,"client_order_id":"elson-t1"})"_ba;
    }
    {
        Trade t = base(OrderType::StopLimit);
        t.stopPrice = dec("155");
        t.limitPrice = dec("155.5");
        t.timeInForce = TimeInForce::Gtc;
        QTest::newRow("stop limit")
            << t
            << R"({"symbol":"AAPL","qty":"10","side":"buy","type":"stop_limit","time_in_force":"gtc",
                  "stop_price":"155","limit_price":"155.5","client_order_id":"elson-t1"})"_ba;
    }
    {
        Trade t = base(OrderType::TrailingStop);
        t.side = OrderSide::Sell;
        t.trailPercent = dec("2.5");
        t.positionIntent = PositionIntent::SellToClose;
        QTest::newRow("trailing percent")
            << t
            << R"({"symbol":"AAPL","qty":"10","side":"sell","type":"trailing_stop","time_in_force":"day",
                  "trail_percent":"2.5","position_intent":"sell_to_close","client_order_id":"elson-t1"})"_ba;
    }
    {
        Trade t = base(OrderType::Limit);
        t.limitPrice = dec("150.25");
        t.timeInForce = TimeInForce::Gtc;
        t.orderClass = OrderClass::Bracket;
        t.takeProfitLimitPrice = dec("160");
        t.stopLossStopPrice = dec("145");
        t.stopLossLimitPrice = dec("144.50");
        QTest::newRow("bracket")
            << t
            << R"({"symbol":"AAPL","qty":"10","side":"buy","type":"limit","time_in_force":"gtc",
                  "limit_price":"150.25","order_class":"bracket","take_profit":{"limit_price":"160"},
                  "stop_loss":{"stop_price":"145","limit_price":"144.50"},"client_order_id":"elson-t1"})"_ba;
    }
    {
        Trade t = base(OrderType::Limit);
        t.side = OrderSide::Sell;
        t.limitPrice = dec("160");
        t.orderClass = OrderClass::Oco;
        t.takeProfitLimitPrice = dec("160");
        t.stopLossStopPrice = dec("145");
        QTest::newRow("oco")
            << t
            << R"({"symbol":"AAPL","qty":"10","side":"sell","type":"limit","time_in_force":"day",
                  "limit_price":"160","order_class":"oco","take_profit":{"limit_price":"160"},
                  "stop_loss":{"stop_price":"145"},"client_order_id":"elson-t1"})"_ba;
    }
    {
        Trade t = base();
        t.orderClass = OrderClass::Oto;
        t.takeProfitLimitPrice = dec("170");
        t.symbol = u" AAPL "_s; // stray spaces from the ticket are trimmed
        QTest::newRow("oto take profit")
            << t
            << R"({"symbol":"AAPL","qty":"10","side":"buy","type":"market","time_in_force":"day",
                  "order_class":"oto","take_profit":{"limit_price":"170"},"client_order_id":"elson-t1"})"_ba;
    }
}

void tst_Trade::toOrderRequest()
{
    QFETCH(Trade, trade);
    QFETCH(QByteArray, expected);
    const Result<OrderRequest> request = trade.toOrderRequest();
    QVERIFY2(request.ok(), qPrintable(request.error().toString()));
    const QJsonObject expectedObject = QJsonDocument::fromJson(expected).object();
    QVERIFY(!expectedObject.isEmpty());
    QVERIFY2(Json::toJson(request.value()).toObject() == expectedObject,
             Json::serialize(request.value()).constData());
}

void tst_Trade::rejects_data()
{
    QTest::addColumn<Trade>("trade");
    QTest::addColumn<QString>("field");

    Trade t = base();
    t.symbol = u"  "_s;
    QTest::newRow("no symbol") << t << u"symbol"_s;

    t = base();
    t.investmentAmount = dec("100");
    QTest::newRow("quantity and amount") << t << u"quantity"_s;

    t = base();
    t.quantity.reset();
    QTest::newRow("neither quantity nor amount") << t << u"quantity"_s;

    t = base();
    t.quantity = dec("1.5");
    QTest::newRow("fraction without flag") << t << u"quantity"_s;

    t = base();
    t.quantity = dec("0");
    QTest::newRow("zero quantity") << t << u"quantity"_s;

    t = base();
    t.quantity.reset();
    t.investmentAmount = dec("-5");
    QTest::newRow("negative amount") << t << u"investmentAmount"_s;

    t = base();
    t.clientOrderId.clear();
    QTest::newRow("no client order id") << t << u"clientOrderId"_s;

    t = base();
    t.clientOrderId = QString(49, u'x');
    QTest::newRow("client order id too long") << t << u"clientOrderId"_s;

    t = base(OrderType::Limit);
    QTest::newRow("limit without price") << t << u"limitPrice"_s;

    t = base();
    t.limitPrice = dec("150");
    QTest::newRow("market with limit price") << t << u"limitPrice"_s;

    t = base(OrderType::StopLimit);
    t.limitPrice = dec("150");
    QTest::newRow("stop limit without stop") << t << u"stopPrice"_s;

    t = base(OrderType::Stop);
    t.stopPrice = dec("-1");
    QTest::newRow("negative stop") << t << u"stopPrice"_s;

    t = base(OrderType::TrailingStop);
    QTest::newRow("trailing without trail") << t << u"trailPrice"_s;

    t = base(OrderType::TrailingStop);
    t.trailPrice = dec("1");
    t.trailPercent = dec("1");
    QTest::newRow("trailing with both trails") << t << u"trailPrice"_s;

    t = base();
    t.trailPercent = dec("1");
    QTest::newRow("trail on market") << t << u"trailPercent"_s;

    t = base();
    t.takeProfitLimitPrice = dec("160");
    QTest::newRow("simple with exit") << t << u"takeProfitLimitPrice"_s;

    t = base();
    t.orderClass = OrderClass::Bracket;
    t.takeProfitLimitPrice = dec("160");
    QTest::newRow("bracket without stop loss") << t << u"stopLossStopPrice"_s;

    t = base();
    t.orderClass = OrderClass::Oto;
    QTest::newRow("oto without exit") << t << u"takeProfitLimitPrice"_s;

    t = base();
    t.orderClass = OrderClass::Bracket;
    t.takeProfitLimitPrice = dec("160");
    t.stopLossLimitPrice = dec("144");
    QTest::newRow("stop-loss limit without stop") << t << u"stopLossStopPrice"_s;

    t = base();
    t.orderClass = OrderClass::Mleg;
    QTest::newRow("multi-leg") << t << u"orderClass"_s;
}

void tst_Trade::rejects()
{
    QFETCH(Trade, trade);
    QFETCH(QString, field);
    const Result<OrderRequest> request = trade.toOrderRequest();
    QVERIFY2(!request.ok(), "an ill-formed intent became a request");
    QCOMPARE(request.error().code, Error::Code::Validation);
    QCOMPARE(request.error().field, field);
    QVERIFY(!request.error().message.isEmpty());
}

void tst_Trade::statusNames_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("display");

    QTest::newRow("pending") << int(TradeStatus::Pending) << u"pending"_s << u"Pending"_s;
    QTest::newRow("validated") << int(TradeStatus::Validated) << u"validated"_s << u"Validated"_s;
    QTest::newRow("submitted") << int(TradeStatus::Submitted) << u"submitted"_s << u"Submitted"_s;
    QTest::newRow("accepted") << int(TradeStatus::Accepted) << u"accepted"_s << u"Accepted"_s;
    QTest::newRow("partially filled")
        << int(TradeStatus::PartiallyFilled) << u"partially_filled"_s << u"Partially filled"_s;
    QTest::newRow("filled") << int(TradeStatus::Filled) << u"filled"_s << u"Filled"_s;
    QTest::newRow("canceled") << int(TradeStatus::Canceled) << u"canceled"_s << u"Canceled"_s;
    QTest::newRow("rejected") << int(TradeStatus::Rejected) << u"rejected"_s << u"Rejected"_s;
    QTest::newRow("expired") << int(TradeStatus::Expired) << u"expired"_s << u"Expired"_s;
    QTest::newRow("failed") << int(TradeStatus::Failed) << u"failed"_s << u"Failed"_s;
}

void tst_Trade::statusNames()
{
    QFETCH(int, status);
    QFETCH(QString, wire);
    QFETCH(QString, display);
    const auto value = static_cast<TradeStatus>(status);
    QCOMPARE(QString(enumToWire(value)), wire);
    QCOMPARE(enumFromWire<TradeStatus>(wire), std::optional(value));
    QCOMPARE(enumDisplayName(value), display);
}

QTEST_GUILESS_MAIN(tst_Trade)
#include "tst_trade.moc"
