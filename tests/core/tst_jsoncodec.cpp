// SPDX-License-Identifier: GPL-3.0-or-later
// The codec as a whole: every golden round-trips, is written back in Alpaca's wire
// shape, and every malformed input fails with the exact JSON path and a message.

#include "jsoncodec.h"

#include "account.h"
#include "accountconfigurations.h"
#include "accountconfigurationspatch.h"
#include "activity.h"
#include "apierror.h"
#include "asset.h"
#include "calendarday.h"
#include "cancelallresult.h"
#include "clock.h"
#include "closepositionresult.h"
#include "marketdatamessage.h"
#include "marketdataresponses.h"
#include "order.h"
#include "orderrequest.h"
#include "portfoliohistory.h"
#include "position.h"
#include "replaceorderrequest.h"
#include "snapshot.h"
#include "tradingstreammessage.h"
#include "watchlist.h"
#include "watchlistrequest.h"

#include "alpacagolden.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Elson;
using namespace ElsonTest;
using namespace Qt::StringLiterals;

namespace {

/** What the table-driven tests can do with a type named in a data row. */
struct TypeOps
{
    /** Parses; on success returns the re-serialised JSON, on failure the error. */
    std::function<Result<QJsonValue>(const QByteArray &)> parseAndWrite;
    /** parse → serialise → parse: empty when the value and the bytes are stable. */
    std::function<QString(const QByteArray &)> roundTrip;
};

template<typename T> TypeOps opsFor()
{
    TypeOps ops;
    ops.parseAndWrite = [](const QByteArray &json) -> Result<QJsonValue> {
        const Result<T> parsed = Json::parse<T>(json);
        if (!parsed)
            return parsed.error();
        return Json::toJson(parsed.value());
    };
    ops.roundTrip = [](const QByteArray &json) -> QString {
        const Result<T> first = Json::parse<T>(json);
        if (!first)
            return u"golden does not parse: "_s + first.error().toString();
        const QByteArray bytes = Json::serialize(first.value());
        // serialize() writes text directly; it must be what Qt writes for toJson().
        const QJsonValue tree = Json::toJson(first.value());
        const QByteArray viaQt = tree.isArray()
            ? QJsonDocument(tree.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(tree.toObject()).toJson(QJsonDocument::Compact);
        if (bytes != viaQt)
            return u"serialize() differs from QJsonDocument:\n"_s + QString::fromUtf8(bytes) + u'\n'
                + QString::fromUtf8(viaQt);
        const Result<T> second = Json::parse<T>(bytes);
        if (!second)
            return u"serialised form does not parse: "_s + second.error().toString();
        if (!(second.value() == first.value()))
            return u"value changed after a round trip: "_s + QString::fromUtf8(bytes);
        const QByteArray again = Json::serialize(second.value());
        if (again != bytes)
            return u"serialisation is not stable:\n"_s + QString::fromUtf8(bytes) + u'\n'
                + QString::fromUtf8(again);
        return QString();
    };
    return ops;
}

/**
 * A recording of several messages (a JSON array of frames, each frame itself an
 * array): each frame goes through the codec on its own, as on the socket.
 */
template<typename Frame> TypeOps opsForFrames()
{
    const TypeOps single = opsFor<Frame>();
    TypeOps ops;
    ops.parseAndWrite = [single](const QByteArray &json) -> Result<QJsonValue> {
        QJsonArray written;
        const QJsonArray frames = QJsonDocument::fromJson(json).array();
        for (const QJsonValue &frame : frames) {
            const Result<QJsonValue> one =
                single.parseAndWrite(QJsonDocument(frame.toArray()).toJson());
            if (!one)
                return one.error();
            written.append(one.value());
        }
        return QJsonValue(written);
    };
    ops.roundTrip = [single](const QByteArray &json) -> QString {
        const QJsonArray frames = QJsonDocument::fromJson(json).array();
        if (frames.isEmpty())
            return u"no frames"_s;
        for (const QJsonValue &frame : frames) {
            const QString problem = single.roundTrip(QJsonDocument(frame.toArray()).toJson());
            if (!problem.isEmpty())
                return problem;
        }
        return QString();
    };
    return ops;
}

const QHash<QString, TypeOps> &registry()
{
    static const QHash<QString, TypeOps> ops = {
        { u"Account"_s, opsFor<Account>() },
        { u"AccountConfigurations"_s, opsFor<AccountConfigurations>() },
        { u"AccountConfigurationsPatch"_s, opsFor<AccountConfigurationsPatch>() },
        { u"ApiError"_s, opsFor<ApiError>() },
        { u"Clock"_s, opsFor<Clock>() },
        { u"Order"_s, opsFor<Order>() },
        { u"OrderRequest"_s, opsFor<OrderRequest>() },
        { u"PortfolioHistory"_s, opsFor<PortfolioHistory>() },
        { u"ReplaceOrderRequest"_s, opsFor<ReplaceOrderRequest>() },
        { u"Snapshot"_s, opsFor<Snapshot>() },
        { u"Watchlist"_s, opsFor<Watchlist>() },
        { u"WatchlistRequest"_s, opsFor<WatchlistRequest>() },
        { u"TradingStreamMessage"_s, opsFor<TradingStreamMessage>() },
        { u"TradingStreamRequest"_s, opsFor<TradingStreamRequest>() },
        { u"MarketDataRequest"_s, opsFor<MarketDataRequest>() },
        { u"BarsPage"_s, opsFor<BarsPage>() },
        { u"MultiBarsPage"_s, opsFor<MultiBarsPage>() },
        { u"LatestQuotes"_s, opsFor<LatestQuotes>() },
        { u"LatestTrade"_s, opsFor<LatestTrade>() },
        { u"SnapshotMap"_s, opsFor<SnapshotMap>() },
        { u"QList<Activity>"_s, opsFor<QList<Activity>>() },
        { u"QList<Asset>"_s, opsFor<QList<Asset>>() },
        { u"QList<CalendarDay>"_s, opsFor<QList<CalendarDay>>() },
        { u"QList<CancelAllResult>"_s, opsFor<QList<CancelAllResult>>() },
        { u"QList<ClosePositionResult>"_s, opsFor<QList<ClosePositionResult>>() },
        { u"QList<MarketDataMessage>"_s, opsFor<QList<MarketDataMessage>>() },
        { u"QList<Order>"_s, opsFor<QList<Order>>() },
        { u"QList<Position>"_s, opsFor<QList<Position>>() },
        { u"QList<TradingStreamMessage>"_s, opsFor<QList<TradingStreamMessage>>() },
        { u"QList<Watchlist>"_s, opsFor<QList<Watchlist>>() },
        { u"frames of QList<MarketDataMessage>"_s, opsForFrames<QList<MarketDataMessage>>() },
    };
    return ops;
}

const TypeOps &ops(const QString &type)
{
    const auto it = registry().constFind(type);
    if (it == registry().constEnd())
        qFatal("no codec registered for %s", qPrintable(type));
    return *it;
}

/** Removes the value at a simple path ("legs[1].hwm", "[0].body.code") from @p json. */
void removePath(QJsonValue &json, QStringView path)
{
    if (path.isEmpty())
        return;
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        const int index = path.mid(1, close - 1).toInt();
        QStringView rest = path.mid(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.mid(1);
        QJsonArray array = json.toArray();
        if (index >= array.size())
            return;
        if (rest.isEmpty()) {
            array.removeAt(index);
        } else {
            QJsonValue element = array.at(index);
            removePath(element, rest);
            array.replace(index, element);
        }
        json = array;
        return;
    }
    qsizetype end = 0;
    while (end < path.size() && path.at(end) != u'.' && path.at(end) != u'[')
        ++end;
    const QString key = path.left(end).toString();
    QStringView rest = path.mid(end);
    if (rest.startsWith(u'.'))
        rest = rest.mid(1);
    QJsonObject object = json.toObject();
    if (rest.isEmpty()) {
        object.remove(key);
    } else {
        QJsonValue member = object.value(key);
        removePath(member, rest);
        object.insert(key, member);
    }
    json = object;
}

} // namespace

class tst_JsonCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void wireShape_data();
    void wireShape();
    void decimalStringsByteExact_data();
    void decimalStringsByteExact();
    void jsonNumbersReadExactly_data();
    void jsonNumbersReadExactly();
    void decimalsAcceptNumbers();
    void unknownKeysIgnored();
    void malformed_data();
    void malformed();
    void errorMessagesAreReadable();
    void serializeWritesWhatQtWrites_data();
    void serializeWritesWhatQtWrites();
};

void tst_JsonCodec::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");

    QTest::newRow("account") << u"account.json"_s << u"Account"_s;
    QTest::newRow("account legacy pdt") << u"account_legacy_pdt.json"_s << u"Account"_s;
    QTest::newRow("configurations")
        << u"account_configurations.json"_s << u"AccountConfigurations"_s;
    QTest::newRow("configurations legacy")
        << u"account_configurations_legacy.json"_s << u"AccountConfigurations"_s;
    QTest::newRow("order bracket") << u"order_bracket.json"_s << u"Order"_s;
    QTest::newRow("order trailing") << u"order_trailing_stop.json"_s << u"Order"_s;
    QTest::newRow("order notional") << u"order_notional_fill.json"_s << u"Order"_s;
    QTest::newRow("orders replace") << u"orders_replace.json"_s << u"QList<Order>"_s;
    QTest::newRow("orders open") << u"orders_open.json"_s << u"QList<Order>"_s;
    QTest::newRow("cancel all 207") << u"cancel_all_207.json"_s << u"QList<CancelAllResult>"_s;
    QTest::newRow("close all 207") << u"close_all_207.json"_s << u"QList<ClosePositionResult>"_s;
    QTest::newRow("error buying power") << u"error_buying_power.json"_s << u"ApiError"_s;
    QTest::newRow("error message only") << u"error_message_only.json"_s << u"ApiError"_s;
    QTest::newRow("positions") << u"positions.json"_s << u"QList<Position>"_s;
    QTest::newRow("assets") << u"assets.json"_s << u"QList<Asset>"_s;
    QTest::newRow("clock") << u"clock.json"_s << u"Clock"_s;
    QTest::newRow("calendar") << u"calendar.json"_s << u"QList<CalendarDay>"_s;
    QTest::newRow("activities") << u"activities.json"_s << u"QList<Activity>"_s;
    QTest::newRow("portfolio seconds") << u"portfolio_history.json"_s << u"PortfolioHistory"_s;
    QTest::newRow("portfolio millis")
        << u"portfolio_history_millis.json"_s << u"PortfolioHistory"_s;
    QTest::newRow("bars spring") << u"bars_daily_spring.json"_s << u"BarsPage"_s;
    QTest::newRow("bars fall") << u"bars_daily_fall.json"_s << u"BarsPage"_s;
    QTest::newRow("bars multi") << u"bars_multi.json"_s << u"MultiBarsPage"_s;
    QTest::newRow("snapshots") << u"snapshots.json"_s << u"SnapshotMap"_s;
    QTest::newRow("snapshot single") << u"snapshot_aapl.json"_s << u"Snapshot"_s;
    QTest::newRow("latest quotes") << u"latest_quotes.json"_s << u"LatestQuotes"_s;
    QTest::newRow("latest trade") << u"latest_trade_aapl.json"_s << u"LatestTrade"_s;
    QTest::newRow("trade_updates") << u"trade_updates.json"_s << u"QList<TradingStreamMessage>"_s;
    QTest::newRow("market data stream")
        << u"market_data_stream.json"_s << u"frames of QList<MarketDataMessage>"_s;
    QTest::newRow("watchlist") << u"watchlist.json"_s << u"Watchlist"_s;
    QTest::newRow("watchlists") << u"watchlists.json"_s << u"QList<Watchlist>"_s;
}

void tst_JsonCodec::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    const QString problem = ops(type).roundTrip(readGolden(file));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_JsonCodec::wireShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    // Where the codec writes something other than the recording, and why.
    QTest::addColumn<QStringList>("differing");

    QTest::newRow("account") << u"account.json"_s << u"Account"_s << QStringList();
    QTest::newRow("account legacy pdt")
        << u"account_legacy_pdt.json"_s << u"Account"_s << QStringList();
    QTest::newRow("configurations")
        << u"account_configurations.json"_s << u"AccountConfigurations"_s << QStringList();
    QTest::newRow("configurations legacy")
        << u"account_configurations_legacy.json"_s << u"AccountConfigurations"_s << QStringList();
    QTest::newRow("order bracket") << u"order_bracket.json"_s << u"Order"_s << QStringList();
    QTest::newRow("order trailing") << u"order_trailing_stop.json"_s << u"Order"_s << QStringList();
    // "" is read as simple and written as "simple".
    QTest::newRow("order notional")
        << u"order_notional_fill.json"_s << u"Order"_s << QStringList { u"order_class"_s };
    QTest::newRow("orders replace")
        << u"orders_replace.json"_s << u"QList<Order>"_s << QStringList();
    QTest::newRow("orders open") << u"orders_open.json"_s << u"QList<Order>"_s << QStringList();
    QTest::newRow("cancel all 207")
        << u"cancel_all_207.json"_s << u"QList<CancelAllResult>"_s << QStringList();
    QTest::newRow("close all 207")
        << u"close_all_207.json"_s << u"QList<ClosePositionResult>"_s << QStringList();
    QTest::newRow("error buying power")
        << u"error_buying_power.json"_s << u"ApiError"_s << QStringList();
    QTest::newRow("error message only")
        << u"error_message_only.json"_s << u"ApiError"_s << QStringList();
    // Ratios with more than 9 fractional digits are rounded.
    QTest::newRow("positions") << u"positions.json"_s << u"QList<Position>"_s
                               << QStringList { u"[0].unrealized_plpc"_s, u"[0].change_today"_s,
                                                u"[1].unrealized_plpc"_s,
                                                u"[1].unrealized_intraday_plpc"_s };
    QTest::newRow("assets") << u"assets.json"_s << u"QList<Asset>"_s << QStringList();
    QTest::newRow("clock") << u"clock.json"_s << u"Clock"_s << QStringList();
    QTest::newRow("calendar") << u"calendar.json"_s << u"QList<CalendarDay>"_s << QStringList();
    QTest::newRow("activities") << u"activities.json"_s << u"QList<Activity>"_s << QStringList();
    // An empty cashflow object is left out.
    QTest::newRow("portfolio seconds")
        << u"portfolio_history.json"_s << u"PortfolioHistory"_s << QStringList { u"cashflow"_s };
    // Milliseconds are written back as seconds; long ratios are rounded.
    QTest::newRow("portfolio millis") << u"portfolio_history_millis.json"_s << u"PortfolioHistory"_s
                                      << QStringList { u"timestamp"_s, u"profit_loss_pct"_s };
    QTest::newRow("bars spring") << u"bars_daily_spring.json"_s << u"BarsPage"_s << QStringList();
    QTest::newRow("bars fall") << u"bars_daily_fall.json"_s << u"BarsPage"_s << QStringList();
    QTest::newRow("bars multi") << u"bars_multi.json"_s << u"MultiBarsPage"_s << QStringList();
    QTest::newRow("snapshots") << u"snapshots.json"_s << u"SnapshotMap"_s << QStringList();
    QTest::newRow("snapshot single") << u"snapshot_aapl.json"_s << u"Snapshot"_s << QStringList();
    QTest::newRow("latest quotes") << u"latest_quotes.json"_s << u"LatestQuotes"_s << QStringList();
    QTest::newRow("latest trade") << u"latest_trade_aapl.json"_s << u"LatestTrade"_s
                                  << QStringList();
    QTest::newRow("trade_updates")
        << u"trade_updates.json"_s << u"QList<TradingStreamMessage>"_s << QStringList();
    QTest::newRow("market data stream")
        << u"market_data_stream.json"_s << u"frames of QList<MarketDataMessage>"_s << QStringList();
    QTest::newRow("watchlist") << u"watchlist.json"_s << u"Watchlist"_s << QStringList();
    QTest::newRow("watchlists") << u"watchlists.json"_s << u"QList<Watchlist>"_s << QStringList();
}

void tst_JsonCodec::wireShape()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    QFETCH(QStringList, differing);

    const Result<QJsonValue> written = ops(type).parseAndWrite(readGolden(file));
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QJsonValue actual = written.value();
    QJsonValue expected = goldenJson(file);
    if (!differing.isEmpty()) // keep the list of exceptions honest
        QVERIFY2(actual != expected, "the listed differences have gone; shorten the list");
    for (const QString &path : std::as_const(differing)) {
        removePath(actual, path);
        removePath(expected, path);
    }
    const auto text = [](const QJsonValue &v) {
        return QString::fromUtf8(v.isArray()
                                     ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    };
    QVERIFY2(actual == expected,
             qPrintable(u"\n   Actual: "_s + text(actual) + u"\n Expected: "_s + text(expected)));
}

void tst_JsonCodec::decimalStringsByteExact_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("snippet");

    // Trailing zeros, negatives, many digits and integers come back as sent.
    QTest::newRow("trailing zero price")
        << u"order_bracket.json"_s << u"Order"_s << uR"("filled_avg_price":"150.20")"_s;
    QTest::newRow("leg stop 145.00")
        << u"order_bracket.json"_s << u"Order"_s << uR"("stop_price":"145.00")"_s;
    QTest::newRow("integer leg limit")
        << u"order_bracket.json"_s << u"Order"_s << uR"("limit_price":"160")"_s;
    QTest::newRow("nine digits qty")
        << u"order_notional_fill.json"_s << u"Order"_s << uR"("filled_qty":"1.663893511")"_s;
    QTest::newRow("negative cash")
        << u"account.json"_s << u"Account"_s << uR"("cash":"-23140.2")"_s;
    QTest::newRow("three decimals")
        << u"account.json"_s << u"Account"_s << uR"("maintenance_margin":"38088.228")"_s;
    QTest::newRow("legacy dtbp") << u"account_legacy_pdt.json"_s << u"Account"_s
                                 << uR"("daytrading_buying_power":"262113.632")"_s;
    QTest::newRow("position 1523.70")
        << u"positions.json"_s << u"QList<Position>"_s << uR"("market_value":"1523.70")"_s;
    QTest::newRow("short qty") << u"positions.json"_s << u"QList<Position>"_s
                               << uR"("qty":"-100")"_s;
    QTest::newRow("tiny increment")
        << u"assets.json"_s << u"QList<Asset>"_s << uR"("min_trade_increment":"0.000000001")"_s;
    QTest::newRow("error extra") << u"error_buying_power.json"_s << u"ApiError"_s
                                 << uR"("cost_basis":"15020.00")"_s;
    QTest::newRow("stream fill") << u"trade_updates.json"_s << u"QList<TradingStreamMessage>"_s
                                 << uR"("price":"10.50")"_s;
    QTest::newRow("timestamp 9 digits")
        << u"clock.json"_s << u"Clock"_s
        << uR"("timestamp":"2026-11-23T10:15:03.418221871-05:00")"_s;
    QTest::newRow("timestamp offset") << u"trade_updates.json"_s << u"QList<TradingStreamMessage>"_s
                                      << uR"("timestamp":"2026-03-09T10:30:01.500000-04:00")"_s;
}

void tst_JsonCodec::decimalStringsByteExact()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    QFETCH(QString, snippet);
    const QByteArray golden = readGolden(file);
    const Result<QJsonValue> written = ops(type).parseAndWrite(golden);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    const QJsonValue value = written.value();
    const QByteArray bytes = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    QVERIFY2(bytes.contains(snippet.toUtf8()), bytes.constData());
}

void tst_JsonCodec::jsonNumbersReadExactly_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QString>("expected");

    // The one place doubles meet decimals: ≤ 15 significant digits are exact.
    QTest::newRow("price") << "150.25"_ba << u"150.25"_s;
    QTest::newRow("0.1") << "0.1"_ba << u"0.1"_s;
    QTest::newRow("vwap") << "389.062639"_ba << u"389.062639"_s;
    QTest::newRow("15 digits") << "123456.789012345"_ba << u"123456.789012345"_s;
    QTest::newRow("exponent") << "1e-05"_ba << u"0.00001"_s;
    QTest::newRow("integer") << "100000"_ba << u"100000"_s;
    QTest::newRow("integral double") << "152.0"_ba << u"152"_s;
    QTest::newRow("negative") << "-0.0028"_ba << u"-0.0028"_s;
    QTest::newRow("rounded beyond 9 digits") << "173.4586923456789"_ba << u"173.458692346"_s;
}

void tst_JsonCodec::jsonNumbersReadExactly()
{
    QFETCH(QByteArray, number);
    QFETCH(QString, expected);
    const QByteArray json = R"({"t":"2026-03-09T13:30:00Z","o":)"_ba + number
        + R"(,"h":1,"l":1,"c":1,"v":1,"n":1,"vw":)"_ba + number + "}";
    const Result<Bar> bar = Json::parse<Bar>(json);
    QVERIFY2(bar.ok(), qPrintable(bar.error().toString()));
    QCOMPARE(bar->open, Decimal::fromString(expected).value());
    QCOMPARE(bar->vwap, Decimal::fromString(expected).value());
    // and back: the number on the wire is the decimal's digits
    const Result<Bar> again = Json::parse<Bar>(Json::serialize(bar.value()));
    QVERIFY(again.ok());
    QCOMPARE(again->open, bar->open);
}

void tst_JsonCodec::decimalsAcceptNumbers()
{
    // SDK fixtures send bare numbers in order fields; they are read and written as strings.
    QJsonObject order = goldenJson(u"order_trailing_stop.json"_s).toObject();
    order.insert(u"qty"_s, 5);
    order.insert(u"hwm"_s, 152.37);
    const Result<Order> parsed = Json::fromJson<Order>(order);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(*parsed->qty, dec("5"));
    QCOMPARE(*parsed->hwm, dec("152.37"));
    const QJsonObject written = Json::toJson(parsed.value()).toObject();
    QCOMPARE(written.value(u"qty"_s), QJsonValue(u"5"_s));
    QCOMPARE(written.value(u"hwm"_s), QJsonValue(u"152.37"_s));
}

void tst_JsonCodec::unknownKeysIgnored()
{
    const QJsonObject plain = goldenJson(u"order_bracket.json"_s).toObject();
    QJsonObject extended = plain;
    extended.insert(u"subtag"_s, QJsonValue::Null);
    extended.insert(u"source"_s, u"access_key"_s);
    extended.insert(u"ratio_qty"_s, u"1"_s);
    extended.insert(u"a_field_from_2027"_s, QJsonObject { { u"nested"_s, QJsonArray { 1, 2 } } });
    const Result<Order> a = Json::fromJson<Order>(plain);
    const Result<Order> b = Json::fromJson<Order>(extended);
    QVERIFY(a.ok());
    QVERIFY2(b.ok(), qPrintable(b.error().toString()));
    ELSON_COMPARE_VALUES(b.value(), a.value());
}

void tst_JsonCodec::malformed_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // a regular expression the message must match

    const auto order = [](const QString &file, const std::function<void(QJsonObject &)> &edit) {
        QJsonObject object = goldenJson(file).toObject();
        edit(object);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const auto bracket = [&order](const std::function<void(QJsonObject &)> &edit) {
        return order(u"order_bracket.json"_s, edit);
    };
    const auto editLeg = [](QJsonObject &o, int leg, const QString &key, const QJsonValue &value) {
        QJsonArray legs = o.value(u"legs"_s).toArray();
        QJsonObject l = legs.at(leg).toObject();
        if (value.isUndefined())
            l.remove(key);
        else
            l.insert(key, value);
        legs.replace(leg, l);
        o.insert(u"legs"_s, legs);
    };

    // --- documents that are not JSON or have the wrong root
    QTest::newRow("truncated") << u"Order"_s << R"({"id":"x","qty":"1)"_ba << QString()
                               << u"^invalid JSON at offset \\d+: "_s;
    QTest::newRow("empty body") << u"Order"_s << QByteArray() << QString()
                                << u"^invalid JSON at offset 0"_s;
    QTest::newRow("html body") << u"ApiError"_s << readGolden(u"error_gateway.html"_s) << QString()
                               << u"^invalid JSON"_s;
    QTest::newRow("array root for object")
        << u"Account"_s << "[1,2]"_ba << QString() << u"^expected an object, got an array$"_s;
    QTest::newRow("object root for list") << u"QList<Order>"_s << R"({"id":"x"})"_ba << QString()
                                          << u"^expected an array, got an object$"_s;
    QTest::newRow("null element in list")
        << u"QList<Position>"_s << "[null]"_ba << u"[0]"_s << u"^expected an object, got null$"_s;

    // --- orders: wrong types, bad decimals and enums, missing keys, deep paths
    QTest::newRow("qty object") << u"Order"_s << bracket([](QJsonObject &o) {
        o.insert(u"qty"_s, QJsonObject());
    }) << u"qty"_s << u"^expected a decimal string, got an object$"_s;
    QTest::newRow("qty bool") << u"Order"_s
                              << bracket([](QJsonObject &o) { o.insert(u"qty"_s, true); })
                              << u"qty"_s << u"^expected a decimal string, got a boolean$"_s;
    QTest::newRow("bad decimal") << u"Order"_s << bracket([](QJsonObject &o) {
        o.insert(u"limit_price"_s, u"150,25"_s);
    }) << u"limit_price"_s << u"150,25"_s;
    QTest::newRow("ten fraction digits") << u"Order"_s << bracket([](QJsonObject &o) {
        o.insert(u"filled_qty"_s, u"1.0000000001"_s);
    }) << u"filled_qty"_s << u"1\\.0000000001"_s;
    QTest::newRow("empty decimal")
        << u"Order"_s << bracket([](QJsonObject &o) { o.insert(u"filled_qty"_s, u""_s); })
        << u"filled_qty"_s << u"empty"_s;
    QTest::newRow("leg stop_price")
        << u"Order"_s << bracket([&](QJsonObject &o) { editLeg(o, 1, u"stop_price"_s, u"abc"_s); })
        << u"legs[1].stop_price"_s << u"\"abc\""_s;
    QTest::newRow("leg status number")
        << u"Order"_s << bracket([&](QJsonObject &o) { editLeg(o, 0, u"status"_s, 3); })
        << u"legs[0].status"_s << u"^expected a string, got the number 3$"_s;
    QTest::newRow("leg missing side") << u"Order"_s << bracket([&](QJsonObject &o) {
        editLeg(o, 0, u"side"_s, QJsonValue::Undefined);
    }) << u"legs[0].side"_s << u"^required key is missing$"_s;
    QTest::newRow("unknown side") << u"Order"_s << bracket([](QJsonObject &o) {
        o.insert(u"side"_s, u"short"_s);
    }) << u"side"_s << u"^\"short\" is not a valid order side \\(expected one of: buy, sell\\)$"_s;
    QTest::newRow("side wrong case")
        << u"Order"_s << bracket([](QJsonObject &o) { o.insert(u"side"_s, u"BUY"_s); }) << u"side"_s
        << u"not a valid order side"_s;
    QTest::newRow("unknown type") << u"Order"_s << bracket([](QJsonObject &o) {
        o.insert(u"type"_s, u"stop_loss"_s);
    }) << u"type"_s << u"not a valid order type.*trailing_stop"_s;
    QTest::newRow("unknown tif") << u"Order"_s << bracket([](QJsonObject &o) {
        o.insert(u"time_in_force"_s, u"GTC"_s);
    }) << u"time_in_force"_s << u"not a valid time in force"_s;
    QTest::newRow("unknown class")
        << u"Order"_s << bracket([](QJsonObject &o) { o.insert(u"order_class"_s, u"bracket2"_s); })
        << u"order_class"_s << u"not a valid order class"_s;
    QTest::newRow("missing symbol")
        << u"Order"_s << bracket([](QJsonObject &o) { o.remove(u"symbol"_s); }) << u"symbol"_s
        << u"^required key is missing$"_s;
    QTest::newRow("missing id") << u"Order"_s << bracket([](QJsonObject &o) { o.remove(u"id"_s); })
                                << u"id"_s << u"^required key is missing$"_s;
    QTest::newRow("null status") << u"Order"_s << bracket([](QJsonObject &o) {
        o.insert(u"status"_s, QJsonValue::Null);
    }) << u"status"_s << u"^expected a string, got null$"_s;
    QTest::newRow("neither qty nor notional")
        << u"Order"_s << bracket([](QJsonObject &o) { o.insert(u"qty"_s, QJsonValue::Null); })
        << u"qty"_s << u"qty or notional"_s;
    QTest::newRow("bad timestamp") << u"Order"_s << bracket([](QJsonObject &o) {
        o.insert(u"created_at"_s, u"2026-13-01T00:00:00Z"_s);
    }) << u"created_at"_s << u"."_s;
    QTest::newRow("timestamp without zone") << u"Order"_s << bracket([](QJsonObject &o) {
        o.insert(u"filled_at"_s, u"2026-03-09T14:30:01"_s);
    }) << u"filled_at"_s << u"."_s;
    QTest::newRow("timestamp as number")
        << u"Order"_s << bracket([](QJsonObject &o) { o.insert(u"created_at"_s, 12345); })
        << u"created_at"_s << u"^expected a timestamp string, got the number 12345$"_s;
    QTest::newRow("bool as string")
        << u"Order"_s << bracket([](QJsonObject &o) { o.insert(u"extended_hours"_s, u"false"_s); })
        << u"extended_hours"_s << u"^expected a boolean, got the string \"false\"$"_s;
    QTest::newRow("legs object") << u"Order"_s << bracket([](QJsonObject &o) {
        o.insert(u"legs"_s, QJsonObject());
    }) << u"legs"_s << u"^expected an array, got an object$"_s;

    // --- account
    const auto account = [&order](const std::function<void(QJsonObject &)> &edit) {
        return order(u"account.json"_s, edit);
    };
    QTest::newRow("account cash null")
        << u"Account"_s << account([](QJsonObject &o) { o.insert(u"cash"_s, QJsonValue::Null); })
        << u"cash"_s << u"^expected a decimal string, got null$"_s;
    QTest::newRow("account equity missing")
        << u"Account"_s << account([](QJsonObject &o) { o.remove(u"equity"_s); }) << u"equity"_s
        << u"^required key is missing$"_s;
    QTest::newRow("daytrade_count text")
        << u"Account"_s << account([](QJsonObject &o) { o.insert(u"daytrade_count"_s, u"many"_s); })
        << u"daytrade_count"_s << u"^expected an integer, got the string \"many\"$"_s;
    QTest::newRow("daytrade_count fraction")
        << u"Account"_s << account([](QJsonObject &o) { o.insert(u"daytrade_count"_s, 1.5); })
        << u"daytrade_count"_s << u"^expected an integer, got the number 1.5$"_s;
    QTest::newRow("account blocked string")
        << u"Account"_s << account([](QJsonObject &o) { o.insert(u"trading_blocked"_s, u"no"_s); })
        << u"trading_blocked"_s << u"expected a boolean"_s;

    // --- lists and maps: the index and the map key are part of the path
    QJsonArray positions = goldenJson(u"positions.json"_s).toArray();
    QJsonObject short_ = positions.at(1).toObject();
    short_.insert(u"side"_s, u"flat"_s);
    positions.replace(1, short_);
    QTest::newRow("position side")
        << u"QList<Position>"_s << QJsonDocument(positions).toJson() << u"[1].side"_s
        << u"not a valid position side \\(expected one of: long, short\\)"_s;

    QJsonObject multi = goldenJson(u"bars_multi.json"_s).toObject();
    QJsonObject bars = multi.value(u"bars"_s).toObject();
    QJsonArray aapl = bars.value(u"AAPL"_s).toArray();
    QJsonObject third = aapl.at(3).toObject();
    third.insert(u"t"_s, u"2026-03-09 13:33"_s);
    aapl.replace(3, third);
    bars.insert(u"AAPL"_s, aapl);
    multi.insert(u"bars"_s, bars);
    QTest::newRow("bars map timestamp")
        << u"MultiBarsPage"_s << QJsonDocument(multi).toJson() << u"bars.AAPL[3].t"_s << u"."_s;
    third.insert(u"t"_s, u"2026-03-09T13:33:00Z"_s);
    third.insert(u"v"_s, 1.5);
    aapl.replace(3, third);
    bars.insert(u"AAPL"_s, aapl);
    multi.insert(u"bars"_s, bars);
    QTest::newRow("bars volume fraction")
        << u"MultiBarsPage"_s << QJsonDocument(multi).toJson() << u"bars.AAPL[3].v"_s
        << u"^expected an integer, got the number 1.5$"_s;
    third.insert(u"v"_s, 10);
    third.insert(u"c"_s, QJsonArray());
    aapl.replace(3, third);
    bars.insert(u"AAPL"_s, aapl);
    multi.insert(u"bars"_s, bars);
    QTest::newRow("bars close array")
        << u"MultiBarsPage"_s << QJsonDocument(multi).toJson() << u"bars.AAPL[3].c"_s
        << u"^expected a decimal number, got an array$"_s;

    QJsonObject snapshots = goldenJson(u"snapshots.json"_s).toObject();
    QJsonObject msft = snapshots.value(u"MSFT"_s).toObject();
    QJsonObject msftQuote = msft.value(u"latestQuote"_s).toObject();
    msftQuote.insert(u"ap"_s, QJsonObject());
    msft.insert(u"latestQuote"_s, msftQuote);
    snapshots.insert(u"MSFT"_s, msft);
    QTest::newRow("snapshot quote price")
        << u"SnapshotMap"_s << QJsonDocument(snapshots).toJson() << u"MSFT.latestQuote.ap"_s
        << u"^expected a decimal number, got an object$"_s;

    QTest::newRow("calendar time")
        << u"QList<CalendarDay>"_s
        << R"([{"date":"2026-11-25","open":"9:30","close":"16:00","session_open":"0400","session_close":"2000"}])"_ba
        << u"[0].open"_s << u"not a time"_s;
    QTest::newRow("calendar session 2500")
        << u"QList<CalendarDay>"_s
        << R"([{"date":"2026-11-25","open":"09:30","close":"16:00","session_open":"0400","session_close":"2500"}])"_ba
        << u"[0].session_close"_s << u"not a time"_s;
    QTest::newRow("calendar date")
        << u"QList<CalendarDay>"_s
        << R"([{"date":"2026-02-30","open":"09:30","close":"16:00","session_open":"0400","session_close":"2000"}])"_ba
        << u"[0].date"_s << u"not a date"_s;

    QTest::newRow("history lengths")
        << u"PortfolioHistory"_s
        << R"({"timestamp":[1,2],"equity":[1,2],"profit_loss":[0],"profit_loss_pct":[0,0],"base_value":1,"timeframe":"1D"})"_ba
        << u"profit_loss"_s << u"one element per timestamp"_s;
    QTest::newRow("history element")
        << u"PortfolioHistory"_s
        << R"({"timestamp":[1,2],"equity":[1,true],"profit_loss":[0,0],"profit_loss_pct":[0,0],"base_value":1,"timeframe":"1D"})"_ba
        << u"equity[1]"_s << u"^expected a decimal number, got a boolean$"_s;
    QTest::newRow("history timestamp text")
        << u"PortfolioHistory"_s
        << R"({"timestamp":["x"],"equity":[1],"profit_loss":[0],"profit_loss_pct":[0],"base_value":1,"timeframe":"1D"})"_ba
        << u"timestamp[0]"_s << u"expected an integer"_s;

    QJsonArray closeAll = goldenJson(u"close_all_207.json"_s).toArray();
    QJsonObject closed = closeAll.at(0).toObject();
    QJsonObject body = closed.value(u"body"_s).toObject();
    body.insert(u"qty"_s, u"ten"_s);
    closed.insert(u"body"_s, body);
    closeAll.replace(0, closed);
    QTest::newRow("207 order body")
        << u"QList<ClosePositionResult>"_s << QJsonDocument(closeAll).toJson() << u"[0].body.qty"_s
        << u"\"ten\""_s;
    QTest::newRow("207 status text")
        << u"QList<CancelAllResult>"_s << R"([{"id":"a","status":"OK"}])"_ba << u"[0].status"_s
        << u"expected an integer"_s;

    // --- stream frames
    QTest::newRow("stream without data")
        << u"TradingStreamMessage"_s << R"({"stream":"trade_updates"})"_ba << u"data"_s
        << u"^required key is missing$"_s;
    QTest::newRow("stream order qty")
        << u"TradingStreamMessage"_s
        << R"({"stream":"trade_updates","data":{"event":"fill","order":{"id":"x","client_order_id":"c","symbol":"AAPL","asset_class":"us_equity","qty":[],"filled_qty":"0","type":"market","side":"buy","time_in_force":"day","status":"new"}}})"_ba
        << u"data.order.qty"_s << u"^expected a decimal string, got an array$"_s;
    QTest::newRow("stream without stream") << u"TradingStreamMessage"_s << R"({"data":{}})"_ba
                                           << u"stream"_s << u"^required key is missing$"_s;
    QTest::newRow("md without T") << u"QList<MarketDataMessage>"_s << R"([{"msg":"connected"}])"_ba
                                  << u"[0].T"_s << u"^required key is missing$"_s;
    QTest::newRow("md quote price")
        << u"QList<MarketDataMessage>"_s
        << R"([{"T":"q","S":"AMD","bx":"U","bp":"x","bs":1,"ax":"Q","ap":87.68,"as":4,"t":"2026-03-09T15:51:45Z"}])"_ba
        << u"[0].bp"_s << u"\"x\""_s;
    QTest::newRow("md trade without S")
        << u"QList<MarketDataMessage>"_s
        << R"([{"T":"t","i":1,"x":"D","p":1.5,"s":1,"t":"2026-03-09T15:51:44Z"}])"_ba << u"[0].S"_s
        << u"^required key is missing$"_s;
    QTest::newRow("md error without code")
        << u"QList<MarketDataMessage>"_s << R"([{"T":"error","msg":"auth failed"}])"_ba
        << u"[0].code"_s << u"^required key is missing$"_s;

    // --- requests (what the simulator reads)
    QTest::newRow("request side missing")
        << u"OrderRequest"_s
        << R"({"symbol":"AAPL","qty":"1","type":"market","time_in_force":"day"})"_ba << u"side"_s
        << u"^required key is missing$"_s;
    QTest::newRow("request symbol missing")
        << u"OrderRequest"_s
        << R"({"qty":"1","side":"buy","type":"market","time_in_force":"day"})"_ba << u"symbol"_s
        << u"^required key is missing$"_s;
    QTest::newRow("request take profit")
        << u"OrderRequest"_s
        << R"({"symbol":"AAPL","qty":"1","side":"buy","type":"limit","time_in_force":"gtc","limit_price":"150","order_class":"bracket","take_profit":{},"stop_loss":{"stop_price":"140"}})"_ba
        << u"take_profit.limit_price"_s << u"^required key is missing$"_s;
    QTest::newRow("request stop loss limit")
        << u"OrderRequest"_s
        << R"({"symbol":"AAPL","qty":"1","side":"buy","type":"limit","time_in_force":"gtc","limit_price":"150","order_class":"bracket","take_profit":{"limit_price":"160"},"stop_loss":{"stop_price":"140","limit_price":"-"}})"_ba
        << u"stop_loss.limit_price"_s << u"\"-\""_s;
    QTest::newRow("request tif")
        << u"OrderRequest"_s
        << R"({"symbol":"AAPL","qty":"1","side":"buy","type":"market","time_in_force":"week"})"_ba
        << u"time_in_force"_s << u"not a valid time in force"_s;
    QTest::newRow("replace trail")
        << u"ReplaceOrderRequest"_s << R"({"trail":"1.5%"})"_ba << u"trail"_s << u"1\\.5%"_s;
    QTest::newRow("stream request action")
        << u"TradingStreamRequest"_s << R"({"action":"auth","key":"k","secret":"s"})"_ba
        << u"action"_s << u"not a valid stream action"_s;
    QTest::newRow("stream request key")
        << u"TradingStreamRequest"_s << R"({"action":"authenticate","data":{"key_id":"k"}})"_ba
        << u"data.secret_key"_s << u"^required key is missing$"_s;
    QTest::newRow("md request action") << u"MarketDataRequest"_s << R"({"trades":["AAPL"]})"_ba
                                       << u"action"_s << u"^required key is missing$"_s;
    QTest::newRow("md request list")
        << u"MarketDataRequest"_s << R"({"action":"subscribe","trades":"AAPL"})"_ba << u"trades"_s
        << u"^expected an array, got the string \"AAPL\"$"_s;
    QTest::newRow("config patch") << u"AccountConfigurationsPatch"_s
                                  << R"({"no_shorting":"yes"})"_ba << u"no_shorting"_s
                                  << u"expected a boolean"_s;
}

void tst_JsonCodec::malformed()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const Result<QJsonValue> result = ops(type).parseAndWrite(json);
    QVERIFY2(!result.ok(), "malformed input was accepted");
    const Error &error = result.error();
    QCOMPARE(error.code, Error::Code::Parse);
    QCOMPARE(error.field, field);
    const QRegularExpression pattern(message);
    QVERIFY(pattern.isValid());
    QVERIFY2(pattern.match(error.message).hasMatch(), qPrintable(error.message));
}

void tst_JsonCodec::errorMessagesAreReadable()
{
    // A long string in a message is shortened, so a pasted document cannot flood the log.
    const QByteArray json = R"({"action":")"_ba + QByteArray(500, 'x') + R"(","data":{}})"_ba;
    const Result<TradingStreamRequest> result = Json::parse<TradingStreamRequest>(json);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.size() < 200, qPrintable(result.error().message));
    QCOMPARE(result.error().toString().left(8), u"action: "_s);
}

void tst_JsonCodec::serializeWritesWhatQtWrites_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"Initial deposit"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("quote and backslash") << u"a \"b\" \\ c / d"_s;
    QTest::newRow("controls") << u"\b\f\n\r\t"_s + QChar(0x01) + QChar(0x1f) + QChar(0x7f);
    QTest::newRow("non-ASCII") << u"Nestlé € 😀 \u2028"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + u"x"_s;
}

void tst_JsonCodec::serializeWritesWhatQtWrites()
{
    // serialize() writes text itself; what it writes must be QJsonDocument's bytes.
    QFETCH(QString, text);
    Activity activity;
    activity.id = text;
    activity.activityType = ActivityType::Csd;
    activity.description = text;
    activity.symbol = text;
    activity.netAmount = Decimal::fromLiteral("-12.50");
    activity.date = QDate(2026, 7, 6);
    QCOMPARE(Json::serialize(activity), QJsonDocument(Json::toJson(activity).toObject()).toJson(QJsonDocument::Compact));

    ApiError error;
    error.code = 40310000;
    error.message = text;
    error.extra.insert(u"buying_power"_s, u"12.5"_s);
    error.extra.insert(text.isEmpty() ? u"k"_s : text, -3.25);
    error.extra.insert(u"big"_s, qint64(9'007'199'254'740'993));
    QCOMPARE(Json::serialize(error), QJsonDocument(Json::toJson(error).toObject()).toJson(QJsonDocument::Compact));
    const QList<ApiError> errors { error, ApiError() };
    QCOMPARE(Json::serialize(errors), QJsonDocument(Json::toJson(errors).toArray()).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(tst_JsonCodec)
#include "tst_jsoncodec.moc"
