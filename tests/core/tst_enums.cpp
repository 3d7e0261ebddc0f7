// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace Elson;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Elson::OrderStatus)
Q_DECLARE_METATYPE(Elson::TradeStatus)

namespace {

/** Checks one enum's table: unique canonical strings that map back to their value. */
template<typename E> QString checkTable(int expectedCount)
{
    const QList<E> values = enumValues<E>();
    if (values.size() != expectedCount) {
        return u"%1 values in the table, expected %2"_s.arg(values.size()).arg(expectedCount);
    }
    QSet<QString> seen;
    for (const E value : values) {
        const QString wire = enumToWire(value);
        if (seen.contains(wire))
            return u"duplicate wire string "_s + wire;
        seen.insert(wire);
        const std::optional<E> back = enumFromWire<E>(wire);
        if (!back || *back != value)
            return u"\""_s + wire + u"\" does not map back"_s;
        if (enumDisplayName(value).isEmpty())
            return u"no display name for "_s + wire;
    }
    if (enumTypeName<E>().isEmpty())
        return u"no type name"_s;
    return QString();
}

/** The enumerator a wire string maps to, as an int, or -1 when it is unknown. */
template<typename E> int fromWire(const QString &wire)
{
    const std::optional<E> value = enumFromWire<E>(wire);
    return value ? static_cast<int>(*value) : -1;
}

using Lookup = std::function<int(const QString &)>;

const QHash<QString, Lookup> &lookups()
{
    static const QHash<QString, Lookup> table = {
        { u"OrderSide"_s, fromWire<OrderSide> },
        { u"OrderType"_s, fromWire<OrderType> },
        { u"TimeInForce"_s, fromWire<TimeInForce> },
        { u"OrderClass"_s, fromWire<OrderClass> },
        { u"OrderStatus"_s, fromWire<OrderStatus> },
        { u"PositionIntent"_s, fromWire<PositionIntent> },
        { u"PositionSide"_s, fromWire<PositionSide> },
        { u"AssetClass"_s, fromWire<AssetClass> },
        { u"AssetStatus"_s, fromWire<AssetStatus> },
        { u"AccountStatus"_s, fromWire<AccountStatus> },
        { u"TradeEvent"_s, fromWire<TradeEvent> },
        { u"ActivityType"_s, fromWire<ActivityType> },
        { u"TradeStatus"_s, fromWire<TradeStatus> },
        { u"MarketDataMessageType"_s, fromWire<MarketDataMessageType> },
    };
    return table;
}

} // namespace

class tst_Enums : public QObject
{
    Q_OBJECT

private slots:
    void tables_data();
    void tables();
    void fromWire_data();
    void fromWire();
    void canonicalWire();
    void unknownHasNoWire();
    void wireList();
    void displayNames();
    void tradeStatusFor_data();
    void tradeStatusFor();
    void terminal_data();
    void terminal();
};

void tst_Enums::tables_data()
{
    QTest::addColumn<QString>("problem");
    // The counts are the documented value sets (§7, §10, §13); a new value must be
    // added on purpose, with its table entry.
    QTest::newRow("OrderSide") << checkTable<OrderSide>(2);
    QTest::newRow("OrderType") << checkTable<OrderType>(5);
    QTest::newRow("TimeInForce") << checkTable<TimeInForce>(8);
    QTest::newRow("OrderClass") << checkTable<OrderClass>(5);
    QTest::newRow("OrderStatus") << checkTable<OrderStatus>(18);
    QTest::newRow("PositionIntent") << checkTable<PositionIntent>(4);
    QTest::newRow("PositionSide") << checkTable<PositionSide>(2);
    QTest::newRow("AssetClass") << checkTable<AssetClass>(3);
    QTest::newRow("AssetStatus") << checkTable<AssetStatus>(2);
    QTest::newRow("AccountStatus") << checkTable<AccountStatus>(7);
    QTest::newRow("TradeEvent") << checkTable<TradeEvent>(22);
    QTest::newRow("ActivityType") << checkTable<ActivityType>(37);
    QTest::newRow("TradeStatus") << checkTable<TradeStatus>(10);
    QTest::newRow("MarketDataMessageType") << checkTable<MarketDataMessageType>(13);
    QTest::newRow("TradingStreamAction") << checkTable<TradingStreamAction>(2);
    QTest::newRow("MarketDataAction") << checkTable<MarketDataAction>(3);
}

void tst_Enums::tables()
{
    QFETCH(QString, problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Enums::fromWire_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("expected"); // -1: not a known value

    QTest::newRow("buy") << u"OrderSide"_s << u"buy"_s << int(OrderSide::Buy);
    QTest::newRow("sell") << u"OrderSide"_s << u"sell"_s << int(OrderSide::Sell);
    QTest::newRow("no short side") << u"OrderSide"_s << u"short"_s << -1;
    QTest::newRow("case sensitive") << u"OrderSide"_s << u"Buy"_s << -1;
    QTest::newRow("stop_limit") << u"OrderType"_s << u"stop_limit"_s << int(OrderType::StopLimit);
    QTest::newRow("trailing_stop")
        << u"OrderType"_s << u"trailing_stop"_s << int(OrderType::TrailingStop);
    QTest::newRow("opg") << u"TimeInForce"_s << u"opg"_s << int(TimeInForce::Opg);
    QTest::newRow("gtd accepted") << u"TimeInForce"_s << u"gtd"_s << int(TimeInForce::Gtd);
    QTest::newRow("gtx accepted") << u"TimeInForce"_s << u"gtx"_s << int(TimeInForce::Gtx);
    QTest::newRow("empty class is simple")
        << u"OrderClass"_s << QString() << int(OrderClass::Simple);
    QTest::newRow("simple") << u"OrderClass"_s << u"simple"_s << int(OrderClass::Simple);
    QTest::newRow("oto") << u"OrderClass"_s << u"oto"_s << int(OrderClass::Oto);
    QTest::newRow("mleg") << u"OrderClass"_s << u"mleg"_s << int(OrderClass::Mleg);
    QTest::newRow("held") << u"OrderStatus"_s << u"held"_s << int(OrderStatus::Held);
    QTest::newRow("pending_review")
        << u"OrderStatus"_s << u"pending_review"_s << int(OrderStatus::PendingReview);
    QTest::newRow("accepted_for_bidding")
        << u"OrderStatus"_s << u"accepted_for_bidding"_s << int(OrderStatus::AcceptedForBidding);
    QTest::newRow("calculated") << u"OrderStatus"_s << u"calculated"_s
                                << int(OrderStatus::Calculated);
    QTest::newRow("done_for_day") << u"OrderStatus"_s << u"done_for_day"_s
                                  << int(OrderStatus::DoneForDay);
    QTest::newRow("status unknown") << u"OrderStatus"_s << u"unknown"_s << -1;
    QTest::newRow("sell_to_close")
        << u"PositionIntent"_s << u"sell_to_close"_s << int(PositionIntent::SellToClose);
    QTest::newRow("short") << u"PositionSide"_s << u"short"_s << int(PositionSide::Short);
    QTest::newRow("us_equity") << u"AssetClass"_s << u"us_equity"_s << int(AssetClass::UsEquity);
    QTest::newRow("crypto") << u"AssetClass"_s << u"crypto"_s << int(AssetClass::Crypto);
    QTest::newRow("inactive") << u"AssetStatus"_s << u"inactive"_s << int(AssetStatus::Inactive);
    QTest::newRow("ACTIVE") << u"AccountStatus"_s << u"ACTIVE"_s << int(AccountStatus::Active);
    QTest::newRow("account lower case") << u"AccountStatus"_s << u"active"_s << -1;
    QTest::newRow("SUBMISSION_FAILED")
        << u"AccountStatus"_s << u"SUBMISSION_FAILED"_s << int(AccountStatus::SubmissionFailed);
    QTest::newRow("accepted event")
        << u"TradeEvent"_s << u"accepted"_s << int(TradeEvent::Accepted);
    QTest::newRow("held event") << u"TradeEvent"_s << u"held"_s << int(TradeEvent::Held);
    QTest::newRow("restated") << u"TradeEvent"_s << u"restated"_s << int(TradeEvent::Restated);
    QTest::newRow("trade_bust") << u"TradeEvent"_s << u"trade_bust"_s << int(TradeEvent::TradeBust);
    QTest::newRow("trade_correct")
        << u"TradeEvent"_s << u"trade_correct"_s << int(TradeEvent::TradeCorrect);
    QTest::newRow("order_cancel_rejected")
        << u"TradeEvent"_s << u"order_cancel_rejected"_s << int(TradeEvent::OrderCancelRejected);
    QTest::newRow("event unknown") << u"TradeEvent"_s << u"moved"_s << -1;
    QTest::newRow("FILL") << u"ActivityType"_s << u"FILL"_s << int(ActivityType::Fill);
    QTest::newRow("DIV") << u"ActivityType"_s << u"DIV"_s << int(ActivityType::Div);
    QTest::newRow("DIVTXEX") << u"ActivityType"_s << u"DIVTXEX"_s << int(ActivityType::Divtxex);
    QTest::newRow("OCT") << u"ActivityType"_s << u"OCT"_s << int(ActivityType::Oct);
    QTest::newRow("activity unknown") << u"ActivityType"_s << u"XYZ"_s << -1;
    QTest::newRow("partially_filled")
        << u"TradeStatus"_s << u"partially_filled"_s << int(TradeStatus::PartiallyFilled);
    QTest::newRow("failed") << u"TradeStatus"_s << u"failed"_s << int(TradeStatus::Failed);
    QTest::newRow("T=t") << u"MarketDataMessageType"_s << u"t"_s
                         << int(MarketDataMessageType::Trade);
    QTest::newRow("T=u") << u"MarketDataMessageType"_s << u"u"_s
                         << int(MarketDataMessageType::UpdatedBar);
    QTest::newRow("T=subscription") << u"MarketDataMessageType"_s << u"subscription"_s
                                    << int(MarketDataMessageType::Subscription);
}

void tst_Enums::fromWire()
{
    QFETCH(QString, type);
    QFETCH(QString, wire);
    QFETCH(int, expected);
    QCOMPARE(lookups().value(type)(wire), expected);
}

void tst_Enums::canonicalWire()
{
    // Aliases are read, the first table entry is written.
    QCOMPARE(enumToWire(OrderClass::Simple), "simple"_L1);
    QCOMPARE(enumToWire(OrderType::StopLimit), "stop_limit"_L1);
    QCOMPARE(enumToWire(TimeInForce::Gtc), "gtc"_L1);
    QCOMPARE(enumToWire(OrderStatus::PartiallyFilled), "partially_filled"_L1);
    QCOMPARE(enumToWire(AccountStatus::ApprovalPending), "APPROVAL_PENDING"_L1);
    QCOMPARE(enumToWire(ActivityType::Jnlc), "JNLC"_L1);
    QCOMPARE(enumToWire(TradeEvent::OrderReplaceRejected), "order_replace_rejected"_L1);
    QCOMPARE(enumToWire(MarketDataMessageType::DailyBar), "d"_L1);
    QCOMPARE(enumToWire(TradingStreamAction::Authenticate), "authenticate"_L1);
    QCOMPARE(enumToWire(MarketDataAction::Unsubscribe), "unsubscribe"_L1);
    QCOMPARE(enumValues<OrderClass>().count(OrderClass::Simple), qsizetype(1));
}

void tst_Enums::unknownHasNoWire()
{
    // The text of an Unknown value lives in the owning struct, never in the table.
    QVERIFY(enumToWire(OrderStatus::Unknown).isEmpty());
    QVERIFY(enumToWire(TradeEvent::Unknown).isEmpty());
    QVERIFY(enumToWire(ActivityType::Unknown).isEmpty());
    QVERIFY(enumToWire(AccountStatus::Unknown).isEmpty());
    QVERIFY(enumToWire(AssetClass::Unknown).isEmpty());
    QVERIFY(!enumValues<OrderStatus>().contains(OrderStatus::Unknown));
    QVERIFY(!enumValues<TradeEvent>().contains(TradeEvent::Unknown));
    QCOMPARE(enumDisplayName(OrderStatus::Unknown), u"Unknown"_s);
}

void tst_Enums::wireList()
{
    QCOMPARE(enumWireList<OrderSide>(), u"buy, sell"_s);
    QCOMPARE(enumWireList<OrderClass>(), u"simple, bracket, oco, oto, mleg"_s); // "" not listed
    QCOMPARE(enumWireList<PositionSide>(), u"long, short"_s);
}

void tst_Enums::displayNames()
{
    QCOMPARE(enumDisplayName(OrderStatus::PartiallyFilled), u"Partially filled"_s);
    QCOMPARE(enumDisplayName(OrderType::StopLimit), u"Stop limit"_s);
    QCOMPARE(enumDisplayName(TradeStatus::Failed), u"Failed"_s);
    QCOMPARE(enumDisplayName(ActivityType::Div), u"Dividend"_s);
    QCOMPARE(enumDisplayName(ActivityType::Reo), u"REO"_s); // undocumented: the wire text
    QCOMPARE(enumTypeName<OrderSide>(), u"order side"_s);
}

void tst_Enums::tradeStatusFor_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<TradeStatus>("expected");

    QTest::newRow("new") << OrderStatus::New << TradeStatus::Accepted;
    QTest::newRow("accepted") << OrderStatus::Accepted << TradeStatus::Accepted;
    QTest::newRow("held") << OrderStatus::Held << TradeStatus::Accepted;
    QTest::newRow("pending_cancel") << OrderStatus::PendingCancel << TradeStatus::Accepted;
    QTest::newRow("partially_filled")
        << OrderStatus::PartiallyFilled << TradeStatus::PartiallyFilled;
    QTest::newRow("filled") << OrderStatus::Filled << TradeStatus::Filled;
    QTest::newRow("canceled") << OrderStatus::Canceled << TradeStatus::Canceled;
    QTest::newRow("replaced") << OrderStatus::Replaced << TradeStatus::Canceled;
    QTest::newRow("expired") << OrderStatus::Expired << TradeStatus::Expired;
    QTest::newRow("rejected") << OrderStatus::Rejected << TradeStatus::Rejected;
    QTest::newRow("unknown is never final") << OrderStatus::Unknown << TradeStatus::Accepted;
}

void tst_Enums::tradeStatusFor()
{
    QFETCH(OrderStatus, status);
    QFETCH(TradeStatus, expected);
    QCOMPARE(Elson::tradeStatusFor(status), expected);
}

void tst_Enums::terminal_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<bool>("terminal");

    QTest::newRow("filled") << OrderStatus::Filled << true;
    QTest::newRow("canceled") << OrderStatus::Canceled << true;
    QTest::newRow("expired") << OrderStatus::Expired << true;
    QTest::newRow("rejected") << OrderStatus::Rejected << true;
    QTest::newRow("replaced") << OrderStatus::Replaced << true;
    QTest::newRow("new") << OrderStatus::New << false;
    QTest::newRow("held") << OrderStatus::Held << false;
    QTest::newRow("done_for_day") << OrderStatus::DoneForDay << false;
    QTest::newRow("pending_cancel") << OrderStatus::PendingCancel << false;
    QTest::newRow("unknown") << OrderStatus::Unknown << false;
}

void tst_Enums::terminal()
{
    QFETCH(OrderStatus, status);
    QFETCH(bool, terminal);
    QCOMPARE(isTerminal(status), terminal);
}

QTEST_GUILESS_MAIN(tst_Enums)
#include "tst_enums.moc"
