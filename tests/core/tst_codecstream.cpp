// SPDX-License-Identifier: GPL-3.0-or-later
// The trade_updates WebSocket: server frames and client frames, both directions.

#include "jsoncodec.h"

#include "tradingstreammessage.h"

#include "alpacagolden.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Elson;
using namespace ElsonTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Elson::TradingStreamMessage)
Q_DECLARE_METATYPE(Elson::TradingStreamRequest)

namespace {

Order sampleOrder()
{
    Order order;
    order.id = u"61e69015-8549-4bfd-b9c3-01e75843f47d"_s;
    order.clientOrderId = u"elson-1"_s;
    order.createdAt = ts(u"2026-03-09T14:30:00.123456Z"_s);
    order.updatedAt = ts(u"2026-03-09T14:30:01.5Z"_s);
    order.submittedAt = order.createdAt;
    order.filledAt = order.updatedAt;
    order.assetId = u"b0b6dd9d-8b9b-48a9-ba46-b9d54906e415"_s;
    order.symbol = u"AAPL"_s;
    order.qty = dec("10");
    order.filledQty = dec("10");
    order.filledAvgPrice = dec("150.20");
    order.type = OrderType::Limit;
    order.limitPrice = dec("150.25");
    order.status = OrderStatus::Filled;
    return order;
}

} // namespace

class tst_CodecStream : public QObject
{
    Q_OBJECT

private slots:
    void goldenFrames();
    void fillCarriesExecution();
    void unknownEventIsKept();
    void unknownStreamIsKept();
    void binaryFrameBytes();
    void serverFrames_data();
    void serverFrames();
    void clientFrames_data();
    void clientFrames();
};

void tst_CodecStream::goldenFrames()
{
    ELSON_PARSE_GOLDEN(QList<TradingStreamMessage>, frames, u"trade_updates.json"_s);
    QCOMPARE(frames.size(), qsizetype(8));

    const auto *authorized = std::get_if<StreamAuthorization>(&frames.at(0).message);
    QVERIFY(authorized);
    QVERIFY(authorized->isAuthorized());
    QCOMPARE(authorized->action, u"authenticate"_s);

    const auto *listening = std::get_if<StreamListening>(&frames.at(1).message);
    QVERIFY(listening);
    QCOMPARE(listening->streams, QStringList { u"trade_updates"_s });

    const auto *created = std::get_if<TradeUpdate>(&frames.at(2).message);
    QVERIFY(created);
    QCOMPARE(created->event, TradeEvent::New);
    QVERIFY(created->executionId.isEmpty());
    QVERIFY(!created->price && !created->qty && !created->positionQty);
    QCOMPARE(created->order.status, OrderStatus::New);
    QCOMPARE(created->timestamp, ts(u"2026-03-09T14:30:00.123456Z"_s));

    const auto *refused = std::get_if<StreamAuthorization>(&frames.at(7).message);
    QVERIFY(refused);
    QVERIFY(!refused->isAuthorized());
    QCOMPARE(refused->message, u"access key verification failed"_s);
}

void tst_CodecStream::fillCarriesExecution()
{
    ELSON_PARSE_GOLDEN(QList<TradingStreamMessage>, frames, u"trade_updates.json"_s);

    const TradeUpdate &partial = std::get<TradeUpdate>(frames.at(3).message);
    QCOMPARE(partial.event, TradeEvent::PartialFill);
    QCOMPARE(partial.executionId, u"0e2f8a4c-7b1d-4e3f-9a6b-5c4d3e2f1a0b"_s);
    QCOMPARE(*partial.price, dec("150.19"));
    QCOMPARE(*partial.qty, dec("4"));
    QCOMPARE(*partial.positionQty, dec("4"));
    QCOMPARE(partial.order.status, OrderStatus::PartiallyFilled);
    QCOMPARE(partial.order.filledQty, dec("4"));

    const TradeUpdate &fill = std::get<TradeUpdate>(frames.at(4).message);
    QCOMPARE(fill.event, TradeEvent::Fill);
    QCOMPARE(*fill.price, dec("150.21"));
    QCOMPARE(*fill.qty, dec("6"));
    QCOMPARE(*fill.positionQty, dec("10"));
    // The docs' example has -04:00 offsets on some order fields; the instant is what counts.
    QCOMPARE(fill.timestamp.offsetSeconds(), -4 * 3600);
    QCOMPARE(fill.timestamp, ts(u"2026-03-09T14:30:01.5Z"_s));
    QCOMPARE(fill.order.filledAt, ts(u"2026-03-09T14:30:01.5Z"_s));
    QCOMPARE(fill.order.filledAvgPrice->toString(), u"150.2"_s);

    const TradeUpdate &shortFill = std::get<TradeUpdate>(frames.at(5).message);
    QCOMPARE(*shortFill.positionQty, dec("-100"));
    QCOMPARE(shortFill.order.side, OrderSide::Sell);
    QCOMPARE(shortFill.order.positionIntent, std::optional(PositionIntent::SellToOpen));
}

void tst_CodecStream::unknownEventIsKept()
{
    ELSON_PARSE_GOLDEN(QList<TradingStreamMessage>, frames, u"trade_updates.json"_s);
    const TradeUpdate &update = std::get<TradeUpdate>(frames.at(6).message);
    QCOMPARE(update.event, TradeEvent::Unknown);
    QCOMPARE(update.rawEvent, u"order_teleported"_s);
    QCOMPARE(update.order.id, u"61e69015-8549-4bfd-b9c3-01e75843f47d"_s);
    const QJsonObject written = Json::toJson(frames.at(6)).toObject();
    QCOMPARE(written.value(u"data"_s).toObject().value(u"event"_s),
             QJsonValue(u"order_teleported"_s));
}

void tst_CodecStream::unknownStreamIsKept()
{
    const QByteArray json = R"({"stream":"account_updates","data":{"cash":"1"}})"_ba;
    const Result<TradingStreamMessage> message = Json::parse<TradingStreamMessage>(json);
    QVERIFY2(message.ok(), qPrintable(message.error().toString()));
    const auto *unknown = std::get_if<UnknownStreamMessage>(&message->message);
    QVERIFY(unknown);
    QCOMPARE(unknown->stream, u"account_updates"_s);
    QCOMPARE(unknown->data.toObject().value(u"cash"_s), QJsonValue(u"1"_s));
    QCOMPARE(Json::serialize(message.value()),
             R"({"data":{"cash":"1"},"stream":"account_updates"})"_ba);
}

void tst_CodecStream::binaryFrameBytes()
{
    // The paper stream sends binary frames holding JSON text; whitespace and a BOM-free
    // UTF-8 payload parse the same as a text frame.
    const QByteArray binary = "  {\"stream\" : \"listening\", \"data\": {\"streams\": []}}\n"_ba;
    const Result<TradingStreamMessage> message = Json::parse<TradingStreamMessage>(binary);
    QVERIFY2(message.ok(), qPrintable(message.error().toString()));
    QVERIFY(std::get<StreamListening>(message->message).streams.isEmpty());
}

void tst_CodecStream::serverFrames_data()
{
    QTest::addColumn<TradingStreamMessage>("message");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("authorized") << TradingStreamMessage {
        StreamAuthorization { u"authorized"_s, u"authenticate"_s, {} }
    } << R"({"stream":"authorization","data":{"status":"authorized","action":"authenticate"}})"_ba;
    QTest::newRow("listen before auth")
        << TradingStreamMessage { StreamAuthorization { u"unauthorized"_s, u"listen"_s, {} } }
        << R"({"stream":"authorization","data":{"status":"unauthorized","action":"listen"}})"_ba;
    QTest::newRow("listening") << TradingStreamMessage {
        StreamListening { { u"trade_updates"_s } }
    } << R"({"stream":"listening","data":{"streams":["trade_updates"]}})"_ba;

    TradeUpdate fill;
    fill.event = TradeEvent::Fill;
    fill.executionId = u"1f3a9b5d-8c2e-4f4a-8b7c-6d5e4f3a2b1c"_s;
    fill.order = sampleOrder();
    fill.timestamp = ts(u"2026-03-09T14:30:01.5Z"_s);
    fill.price = dec("150.20");
    fill.qty = dec("10");
    fill.positionQty = dec("10");
    QJsonObject order = Json::toJson(sampleOrder()).toObject();
    QJsonObject data { { u"event"_s, u"fill"_s },
                       { u"execution_id"_s, u"1f3a9b5d-8c2e-4f4a-8b7c-6d5e4f3a2b1c"_s },
                       { u"order"_s, order },
                       { u"timestamp"_s, u"2026-03-09T14:30:01.5Z"_s },
                       { u"price"_s, u"150.20"_s },
                       { u"qty"_s, u"10"_s },
                       { u"position_qty"_s, u"10"_s } };
    QTest::newRow("fill") << TradingStreamMessage { fill }
                          << QJsonDocument(QJsonObject { { u"stream"_s, u"trade_updates"_s },
                                                         { u"data"_s, data } })
                                 .toJson();

    TradeUpdate canceled;
    canceled.event = TradeEvent::Canceled;
    canceled.order = sampleOrder();
    canceled.order.status = OrderStatus::Canceled;
    canceled.timestamp = ts(u"2026-03-09T20:00:00Z"_s);
    order.insert(u"status"_s, u"canceled"_s);
    data = QJsonObject { { u"event"_s, u"canceled"_s },
                         { u"order"_s, order },
                         { u"timestamp"_s, u"2026-03-09T20:00:00Z"_s } };
    QTest::newRow("canceled has no execution keys")
        << TradingStreamMessage { canceled }
        << QJsonDocument(QJsonObject { { u"stream"_s, u"trade_updates"_s }, { u"data"_s, data } })
               .toJson();
}

void tst_CodecStream::serverFrames()
{
    QFETCH(TradingStreamMessage, message);
    QFETCH(QByteArray, expected);
    const QJsonObject expectedObject = QJsonDocument::fromJson(expected).object();
    QVERIFY(!expectedObject.isEmpty());
    const QJsonObject written = Json::toJson(message).toObject();
    QVERIFY2(written == expectedObject, Json::serialize(message).constData());
    const Result<TradingStreamMessage> back = Json::parse<TradingStreamMessage>(expected);
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    ELSON_COMPARE_VALUES(back.value(), message);
}

void tst_CodecStream::clientFrames_data()
{
    QTest::addColumn<TradingStreamRequest>("request");
    QTest::addColumn<QByteArray>("expected");

    TradingStreamRequest authenticate;
    authenticate.action = TradingStreamAction::Authenticate;
    authenticate.keyId = u"PKTEST"_s;
    authenticate.secretKey = u"s3cr3t"_s;
    QTest::newRow("authenticate")
        << authenticate
        << R"({"action":"authenticate","data":{"key_id":"PKTEST","secret_key":"s3cr3t"}})"_ba;

    TradingStreamRequest listen;
    listen.action = TradingStreamAction::Listen;
    listen.streams = { u"trade_updates"_s };
    QTest::newRow("listen") << listen
                            << R"({"action":"listen","data":{"streams":["trade_updates"]}})"_ba;

    TradingStreamRequest stop;
    stop.action = TradingStreamAction::Listen;
    QTest::newRow("listen to nothing stops updates")
        << stop << R"({"action":"listen","data":{"streams":[]}})"_ba;
}

void tst_CodecStream::clientFrames()
{
    QFETCH(TradingStreamRequest, request);
    QFETCH(QByteArray, expected);
    QCOMPARE(Json::toJson(request).toObject(), QJsonDocument::fromJson(expected).object());
    const Result<TradingStreamRequest> parsed = Json::parse<TradingStreamRequest>(expected);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    ELSON_COMPARE_VALUES(parsed.value(), request);
}

QTEST_GUILESS_MAIN(tst_CodecStream)
#include "tst_codecstream.moc"
