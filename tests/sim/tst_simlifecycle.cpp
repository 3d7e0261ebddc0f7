// SPDX-License-Identifier: GPL-3.0-or-later
// Every order kind and class through its whole life over real loopback HTTP
// (QNetworkAccessManager) and the trade_updates WebSocket, on a fixed clock; then the
// account rules (buying power, shorting, legacy PDT, price increments, client order ids)
// and the clock's sessions, holidays and early closes.
//
// Price-triggered steps are never waited for: the test builds the same seeded
// PriceProcess as the service, searches it second by second for the first instant a
// level is crossed, and moves the service's clock straight there with
// POST /sim/clock/advance. The engine evaluates working orders only at the instants it
// is moved to (and at session boundaries), so each outcome is exact and reproducible.
#include "simservicetestsupport.h"

#include "account.h"
#include "calendarday.h"
#include "clock.h"
#include "order.h"
#include "position.h"
#include "simclock.h"
#include "tradingstreammessage.h"

#include <QHash>

#include <functional>

using namespace Elson;
using namespace SimTest;
using namespace Qt::StringLiterals;

namespace Lifecycle {

/** The scenarios of tst_SimLifecycle::lifecycle(). */
enum class Kind {
    Market,
    Limit,
    Stop,
    StopLimit,
    TrailingPrice,
    TrailingPercent,
    BracketTakeProfit,
    BracketStopLoss,
    Oco,
    Oto,
    Notional,
    FractionalSell,
    ExtendedHours,
    IocPartial,
    FokFill,
    FokKill,
    DayExpires,
    GtcSurvivesTheClose,
    Cancel,
    Replace,
};

} // namespace Lifecycle

Q_DECLARE_METATYPE(Lifecycle::Kind)

namespace Elson {
// Readable QCOMPARE failures (found by ADL); the core has no QTest::toString for these yet.
static char *toString(const Decimal &value)
{
    return qstrdup(value.toString().toUtf8().constData());
}
static char *toString(const Timestamp &value)
{
    return qstrdup(value.isNull() ? "null" : value.toString().toUtf8().constData());
}
} // namespace Elson

using Lifecycle::Kind;

namespace {

/// How far ahead (simulated time) a price search looks; it never runs past the close.
constexpr std::int64_t SearchSeconds = 3 * 3600;
constexpr std::int64_t NanosPerSecond = 1'000'000'000;

Decimal D(const char *text)
{
    return Decimal::fromLiteral(text);
}

const Decimal Cent = Decimal::fromLiteral("0.01");

Timestamp instant(const QString &text)
{
    return Timestamp::fromString(text).value();
}

/** The tick-aligned midpoint of two prices, rounded toward @p mode. */
Decimal midpoint(const Decimal &a, const Decimal &b, Decimal::Rounding mode)
{
    return ((a + b) / Decimal::fromInt(2)).roundedToTick(mode);
}

/** @p price moved by @p percent %, on the tick grid. */
Decimal percentOff(const Decimal &price, int percent)
{
    return (price * Decimal::fromInt(100 + percent) / Decimal::fromInt(100)).roundedToTick();
}

QString eventName(const TradeUpdate &update)
{
    return update.event == TradeEvent::Unknown ? update.rawEvent
                                               : QString(enumToWire(update.event));
}

QString statusName(const Order &order)
{
    return order.status == OrderStatus::Unknown ? order.rawStatus
                                                : QString(enumToWire(order.status));
}

/** The status an order has right after @p event, for the events that set one. */
std::optional<OrderStatus> statusAfter(TradeEvent event)
{
    switch (event) {
    case TradeEvent::Accepted:
        return OrderStatus::Accepted;
    case TradeEvent::New:
        return OrderStatus::New;
    case TradeEvent::Held:
        return OrderStatus::Held;
    case TradeEvent::PartialFill:
        return OrderStatus::PartiallyFilled;
    case TradeEvent::Fill:
        return OrderStatus::Filled;
    case TradeEvent::Canceled:
        return OrderStatus::Canceled;
    case TradeEvent::Expired:
        return OrderStatus::Expired;
    case TradeEvent::Replaced:
        return OrderStatus::Replaced;
    default:
        return std::nullopt;
    }
}

Decimal decimalField(const QJsonObject &object, const QString &key)
{
    const Result<Decimal> value = Decimal::fromString(object.value(key).toString(), key);
    return value ? value.value() : Decimal();
}

QJsonObject orderRequest(const QString &symbol, const QString &side, const QString &type,
                         const QString &qty, const QString &timeInForce = u"day"_s)
{
    return { { u"symbol"_s, symbol },
             { u"qty"_s, qty },
             { u"side"_s, side },
             { u"type"_s, type },
             { u"time_in_force"_s, timeInForce } };
}

QJsonObject limitRequest(const QString &symbol, const QString &side, const QString &qty,
                         const Decimal &limit, const QString &timeInForce = u"day"_s)
{
    QJsonObject o = orderRequest(symbol, side, u"limit"_s, qty, timeInForce);
    o.insert(u"limit_price"_s, limit.toString());
    return o;
}

QJsonObject priceObject(const QString &key, const Decimal &price)
{
    return { { key, price.toString() } };
}

QJsonObject streamAction(const QString &action, const QJsonObject &data)
{
    return { { u"action"_s, action }, { u"data"_s, data } };
}

} // namespace

class tst_SimLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void lifecycle_data();
    void lifecycle();
    void holidayMarketOrderFillsAtTheNextOpen();

    void clockSessionsAndHolidays_data();
    void clockSessionsAndHolidays();
    void calendarSkipsHolidaysAndShowsEarlyCloses();

    void buyingPowerHeldByOpenOrders();
    void insufficientBuyingPowerIs403();
    void shortSellRules_data();
    void shortSellRules();
    void patternDayTrading_data();
    void patternDayTrading();
    void subPennyIncrements_data();
    void subPennyIncrements();
    void clientOrderIdsStayUnique();

private:
    // --- the service, its stream and the test's own copy of its market
    [[nodiscard]] bool startService(const QString &clockStart, SimService::Options o = options());
    [[nodiscard]] Timestamp now() const { return m_service->clock()->now(); }
    [[nodiscard]] SimQuote quoteAt(const QString &symbol, const Timestamp &at) const;
    [[nodiscard]] bool advanceTo(const Timestamp &target);

    // --- searching the price path, (from, until] second by second
    using QuotePredicate = std::function<bool(const SimQuote &)>;
    [[nodiscard]] std::optional<Timestamp> firstWhere(const QString &symbol, const Timestamp &from,
                                                      const Timestamp &until,
                                                      const QuotePredicate &wanted) const;
    enum class Side { Bid, Ask };
    [[nodiscard]] Decimal lowest(const QString &symbol, const Timestamp &from,
                                 const Timestamp &until, Side side) const;
    [[nodiscard]] Decimal highest(const QString &symbol, const Timestamp &from,
                                  const Timestamp &until, Side side) const;
    [[nodiscard]] Timestamp searchEnd(const Timestamp &from) const;

    // --- orders over HTTP
    [[nodiscard]] bool place(const QJsonObject &request, Order &out);
    [[nodiscard]] bool fetch(const QString &id, Order &out);
    [[nodiscard]] bool workingJustBefore(const Timestamp &hit, const QString &id,
                                         OrderStatus expected = OrderStatus::New);
    [[nodiscard]] bool positionGone(const QString &symbol);
    [[nodiscard]] Account account();

    // --- trade_updates bookkeeping
    void record(const StreamProbe::Frame &frame);
    [[nodiscard]] bool syncEvents();
    void checkEventsAndFinals(const QStringList &expectedEvents, const QStringList &expectedFinals);

    // --- the scenarios of lifecycle()
    void runMarket();
    void runLimit();
    void runStop(bool withLimit);
    void runTrailing(bool percent);
    void runBracket(bool takeProfitWins);
    void runOco();
    void runOto();
    void runNotional();
    void runFractionalSell();
    void runExtendedHours();
    void runIocFok(Kind kind);
    void runDayExpires();
    void runGtcSurvivesTheClose();
    void runCancel();
    void runReplace();

    MarketCalendar m_calendar;
    SimUniverse m_universe = SimUniverse::standard();
    std::unique_ptr<PriceProcess> m_prices;
    std::unique_ptr<SimService> m_service;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<StreamProbe> m_stream;

    QHash<QString, QString> m_ids; ///< role ("order", "take_profit", …) → order id
    QHash<QString, QStringList> m_events; ///< order id → event names, as received
    QHash<QString, QList<TradeUpdate>> m_updates; ///< order id → its updates
    qint64 m_updateCount = 0;
    QStringList m_badFrames;
};

// ---------------------------------------------------------------------------------------------
// helpers

void tst_SimLifecycle::cleanup()
{
    m_stream.reset();
    m_client.reset();
    m_service.reset();
    m_prices.reset();
    m_ids.clear();
    m_events.clear();
    m_updates.clear();
    m_updateCount = 0;
    m_badFrames.clear();
}

bool tst_SimLifecycle::startService(const QString &clockStart, SimService::Options o)
{
    cleanup();
    o.clock = u"fixed:"_s + clockStart;
    m_service = std::make_unique<SimService>(o);
    const Result<quint16> port = m_service->start();
    if (!port) {
        qWarning("start: %s", qPrintable(port.error().toString()));
        return false;
    }
    m_client = std::make_unique<Client>(m_service->url());

    // The test's own market: the same seed on the same calendar gives the same quotes.
    m_prices = std::make_unique<PriceProcess>(o.seed, m_calendar);
    for (const QString &symbol : { u"AAPL"_s, u"F"_s }) {
        const SimAsset *asset = m_universe.findBySymbol(symbol);
        if (!(m_prices->quote(*asset, now()) == m_service->prices()->quote(*asset, now()))) {
            qWarning("the test's PriceProcess disagrees with the service's for %s",
                     qPrintable(symbol));
            return false;
        }
    }

    m_stream = std::make_unique<StreamProbe>();
    if (!m_stream->open(streamUrl(*m_service, u"/stream"_s))) {
        qWarning("the trade_updates stream did not connect");
        return false;
    }
    m_stream->send(
        streamAction(u"authenticate"_s, { { u"key_id"_s, Key }, { u"secret_key"_s, Secret } }));
    if (!m_stream->waitForText("\"authorized\"")) {
        qWarning("the trade_updates stream did not authorize");
        return false;
    }
    m_stream->send(
        streamAction(u"listen"_s, { { u"streams"_s, QJsonArray { u"trade_updates"_s } } }));
    if (!m_stream->waitForText("\"stream\":\"listening\"")) {
        qWarning("the trade_updates stream did not acknowledge listen");
        return false;
    }
    return true;
}

SimQuote tst_SimLifecycle::quoteAt(const QString &symbol, const Timestamp &at) const
{
    return m_prices->quote(*m_universe.findBySymbol(symbol), at);
}

bool tst_SimLifecycle::advanceTo(const Timestamp &target)
{
    const std::int64_t nanos = target.epochNanos() - now().epochNanos();
    if (nanos <= 0 || nanos % NanosPerSecond != 0) {
        qWarning("cannot advance from %s to %s", qPrintable(now().toString()),
                 qPrintable(target.toString()));
        return false;
    }
    const Reply reply = m_client->postJson(
        u"/sim/clock/advance"_s, { { u"seconds"_s, QJsonValue(qint64(nanos / NanosPerSecond)) } });
    if (reply.status != 200) {
        qWarning("POST /sim/clock/advance: %d %s", reply.status, reply.body.constData());
        return false;
    }
    return now() == target;
}

std::optional<Timestamp> tst_SimLifecycle::firstWhere(const QString &symbol, const Timestamp &from,
                                                      const Timestamp &until,
                                                      const QuotePredicate &wanted) const
{
    const SimAsset *asset = m_universe.findBySymbol(symbol);
    for (Timestamp t = from.addSeconds(1); t <= until; t = t.addSeconds(1)) {
        if (wanted(m_prices->quote(*asset, t)))
            return t;
    }
    return std::nullopt;
}

Decimal tst_SimLifecycle::lowest(const QString &symbol, const Timestamp &from,
                                 const Timestamp &until, Side side) const
{
    const SimAsset *asset = m_universe.findBySymbol(symbol);
    Decimal low;
    bool any = false;
    for (Timestamp t = from.addSeconds(1); t <= until; t = t.addSeconds(1)) {
        const SimQuote q = m_prices->quote(*asset, t);
        const Decimal price = side == Side::Ask ? q.ask : q.bid;
        if (!any || price < low)
            low = price;
        any = true;
    }
    return low;
}

Decimal tst_SimLifecycle::highest(const QString &symbol, const Timestamp &from,
                                  const Timestamp &until, Side side) const
{
    const SimAsset *asset = m_universe.findBySymbol(symbol);
    Decimal high;
    bool any = false;
    for (Timestamp t = from.addSeconds(1); t <= until; t = t.addSeconds(1)) {
        const SimQuote q = m_prices->quote(*asset, t);
        const Decimal price = side == Side::Ask ? q.ask : q.bid;
        if (!any || price > high)
            high = price;
        any = true;
    }
    return high;
}

Timestamp tst_SimLifecycle::searchEnd(const Timestamp &from) const
{
    Timestamp end = from.addSeconds(SearchSeconds);
    const Timestamp close = m_calendar.regularClose(MarketCalendar::newYorkDate(from));
    if (!close.isNull() && close > from && close.addSeconds(-1) < end)
        end = close.addSeconds(-1);
    return end;
}

bool tst_SimLifecycle::place(const QJsonObject &request, Order &out)
{
    const Reply reply = m_client->postJson(u"/v2/orders"_s, request);
    if (reply.status != 200) {
        qWarning("POST /v2/orders: %d %s", reply.status, reply.body.constData());
        return false;
    }
    const Result<Order> order = reply.parse<Order>();
    if (!order) {
        qWarning("order does not parse: %s", qPrintable(order.error().toString()));
        return false;
    }
    out = order.value();
    return true;
}

bool tst_SimLifecycle::fetch(const QString &id, Order &out)
{
    const Reply reply = m_client->get(u"/v2/orders/"_s + id + u"?nested=true"_s);
    if (reply.status != 200) {
        qWarning("GET /v2/orders/%s: %d %s", qPrintable(id), reply.status, reply.body.constData());
        return false;
    }
    const Result<Order> order = reply.parse<Order>();
    if (!order) {
        qWarning("order does not parse: %s", qPrintable(order.error().toString()));
        return false;
    }
    out = order.value();
    return true;
}

/** One second before @p hit (if that is still ahead) the order is untouched. */
bool tst_SimLifecycle::workingJustBefore(const Timestamp &hit, const QString &id,
                                         OrderStatus expected)
{
    const Timestamp before = hit.addSeconds(-1);
    if (before > now() && !advanceTo(before))
        return false;
    Order order;
    if (!fetch(id, order))
        return false;
    if (order.status != expected || !order.filledQty.isZero()) {
        qWarning("at %s order %s is %s with %s filled, expected %s and nothing filled",
                 qPrintable(now().toString()), qPrintable(id), qPrintable(statusName(order)),
                 qPrintable(order.filledQty.toString()), qPrintable(QString(enumToWire(expected))));
        return false;
    }
    return true;
}

bool tst_SimLifecycle::positionGone(const QString &symbol)
{
    const Reply reply = m_client->get(u"/v2/positions/"_s + symbol);
    return reply.status == 404 && reply.code() == 40410000;
}

Account tst_SimLifecycle::account()
{
    const Result<Account> parsed = m_client->get(u"/v2/account"_s).parse<Account>();
    return parsed ? parsed.value() : Account();
}

void tst_SimLifecycle::record(const StreamProbe::Frame &frame)
{
    const Result<TradingStreamMessage> message = Json::parse<TradingStreamMessage>(frame.data);
    if (!message) {
        m_badFrames.append(QString::fromUtf8(frame.data));
        return;
    }
    if (!std::holds_alternative<TradeUpdate>(message->message))
        return;
    if (!frame.binary)
        m_badFrames.append(u"text frame: "_s + QString::fromUtf8(frame.data));
    const TradeUpdate &update = std::get<TradeUpdate>(message->message);
    m_events[update.order.id].append(eventName(update));
    m_updates[update.order.id].append(update);
    ++m_updateCount;
}

/** Waits until every trade update the service has sent so far has been received. */
bool tst_SimLifecycle::syncEvents()
{
    const QJsonObject stats = m_client->get(u"/sim/stats"_s).object();
    const qint64 sent = stats.value(u"trade_events_sent"_s).toInteger();
    const qint64 produced = stats.value(u"trade_events"_s).toInteger();
    if (sent != produced) {
        qWarning("the engine produced %lld events but sent %lld", produced, sent);
        return false;
    }
    if (m_updateCount < sent) {
        const auto frame = m_stream->waitFor([this, sent](const StreamProbe::Frame &f) {
            record(f);
            return m_updateCount >= sent;
        });
        if (!frame) {
            qWarning("received %lld of %lld trade updates", m_updateCount, sent);
            return false;
        }
    }
    return m_updateCount == sent && m_badFrames.isEmpty();
}

/**
 * Compares the events received per order ("role:event", in arrival order, grouped by
 * role in the order the roles first appear in @p expectedEvents) and the final status
 * of each order from GET /v2/orders/{id}?nested=true ("role:status"). Also checks that
 * nested legs agree with their own GET, that the executions on the stream add up to
 * filled_qty, and that each order's last event carries its final status.
 */
void tst_SimLifecycle::checkEventsAndFinals(const QStringList &expectedEvents,
                                            const QStringList &expectedFinals)
{
    QVERIFY(syncEvents());
    QStringList roles;
    for (const QString &entry : expectedEvents + expectedFinals) {
        const QString role = entry.section(u':', 0, 0);
        if (!roles.contains(role))
            roles.append(role);
    }
    QHash<QString, QString> roleOf;
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        roleOf.insert(it.value(), it.key());
    for (const QString &role : std::as_const(roles))
        QVERIFY2(m_ids.contains(role), qPrintable(u"no order for role "_s + role));

    QStringList events;
    for (const QString &role : std::as_const(roles)) {
        for (const QString &event : m_events.value(m_ids.value(role)))
            events.append(role + u':' + event);
    }
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it) {
        if (!roleOf.contains(it.key())) {
            for (const QString &event : it.value())
                events.append(u"unexpected order "_s + it.key() + u':' + event);
        }
    }
    QCOMPARE(events, expectedEvents);

    QStringList finals;
    QHash<QString, OrderStatus> statusById;
    for (const QString &role : std::as_const(roles)) {
        Order order;
        QVERIFY(fetch(m_ids.value(role), order));
        QCOMPARE(order.id, m_ids.value(role));
        finals.append(role + u':' + statusName(order));
        statusById.insert(order.id, order.status);

        // The executions on the stream make up filled_qty; the last event shows the final status.
        const QList<TradeUpdate> updates = m_updates.value(order.id);
        Decimal executed;
        for (const TradeUpdate &update : updates) {
            if (update.event == TradeEvent::Fill || update.event == TradeEvent::PartialFill) {
                QVERIFY(update.price && update.qty && update.positionQty);
                QVERIFY(!update.executionId.isEmpty());
                executed += *update.qty;
            } else {
                QVERIFY(update.executionId.isEmpty()); // §13: executions only
            }
            QVERIFY(!update.timestamp.isNull());
            // §13: the order in an event is the order after that event.
            if (const std::optional<OrderStatus> after = statusAfter(update.event))
                QCOMPARE(statusName(update.order), QString(enumToWire(*after)));
        }
        QCOMPARE(executed, order.filledQty);
        if (!updates.isEmpty())
            QCOMPARE(statusName(updates.last().order), statusName(order));
    }
    QCOMPARE(finals, expectedFinals);

    // Legs nested under their parent say the same as their own GET.
    for (const QString &role : std::as_const(roles)) {
        Order order;
        QVERIFY(fetch(m_ids.value(role), order));
        for (const Order &leg : std::as_const(order.legs)) {
            QVERIFY2(statusById.contains(leg.id), qPrintable(u"leg without a role: "_s + leg.id));
            QCOMPARE(statusName(leg), QString(enumToWire(statusById.value(leg.id))));
            QVERIFY(leg.legs.isEmpty());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// lifecycles

void tst_SimLifecycle::lifecycle_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("finals");

    const QString regular = FixedStart; // Monday 2026-11-23 10:15 ET
    const QString preOpen = u"2026-11-23T03:00:00-05:00"_s;
    const QStringList newFill { u"order:new"_s, u"order:fill"_s };
    const QStringList filled { u"order:filled"_s };
    const QStringList positionThenOrder { u"position:new"_s, u"position:fill"_s, u"order:new"_s,
                                          u"order:fill"_s };
    const QStringList bothFilled { u"position:filled"_s, u"order:filled"_s };

    QTest::newRow("market") << Kind::Market << regular << newFill << filled;
    QTest::newRow("limit rests, fills when crossed") << Kind::Limit << regular << newFill << filled;
    QTest::newRow("stop triggers, fills") << Kind::Stop << regular << newFill << filled;
    QTest::newRow("stop_limit triggers, fills at its limit")
        << Kind::StopLimit << regular << newFill << filled;
    QTest::newRow("trailing_stop by price")
        << Kind::TrailingPrice << regular << positionThenOrder << bothFilled;
    QTest::newRow("trailing_stop by percent")
        << Kind::TrailingPercent << regular << positionThenOrder << bothFilled;
    QTest::newRow("bracket, take-profit fills")
        << Kind::BracketTakeProfit << regular
        << QStringList { u"entry:new"_s,         u"entry:fill"_s,       u"take_profit:held"_s,
                         u"take_profit:new"_s,   u"take_profit:fill"_s, u"stop_loss:held"_s,
                         u"stop_loss:canceled"_s }
        << QStringList { u"entry:filled"_s, u"take_profit:filled"_s, u"stop_loss:canceled"_s };
    QTest::newRow("bracket, stop-loss fills")
        << Kind::BracketStopLoss << regular
        << QStringList { u"entry:new"_s,       u"entry:fill"_s,           u"take_profit:held"_s,
                         u"take_profit:new"_s, u"take_profit:canceled"_s, u"stop_loss:held"_s,
                         u"stop_loss:new"_s,   u"stop_loss:fill"_s }
        << QStringList { u"entry:filled"_s, u"take_profit:canceled"_s, u"stop_loss:filled"_s };
    QTest::newRow("oco on a long position, stop-loss fills")
        << Kind::Oco << regular
        << QStringList { u"position:new"_s,         u"position:fill"_s,  u"take_profit:new"_s,
                         u"take_profit:canceled"_s, u"stop_loss:held"_s, u"stop_loss:new"_s,
                         u"stop_loss:fill"_s }
        << QStringList { u"position:filled"_s, u"take_profit:canceled"_s, u"stop_loss:filled"_s };
    QTest::newRow("oto, limit entry then take-profit")
        << Kind::Oto << regular
        << QStringList { u"entry:new"_s, u"entry:fill"_s, u"take_profit:held"_s,
                         u"take_profit:new"_s, u"take_profit:fill"_s }
        << QStringList { u"entry:filled"_s, u"take_profit:filled"_s };
    QTest::newRow("notional buy") << Kind::Notional << regular << newFill << filled;
    QTest::newRow("fractional qty sell")
        << Kind::FractionalSell << regular << positionThenOrder << bothFilled;
    QTest::newRow("extended-hours limit in pre-market")
        << Kind::ExtendedHours << preOpen
        << QStringList { u"order:accepted"_s, u"order:new"_s, u"order:fill"_s } << filled;
    QTest::newRow("ioc fills what is shown, cancels the rest")
        << Kind::IocPartial << regular
        << QStringList { u"order:new"_s, u"order:partial_fill"_s, u"order:canceled"_s }
        << QStringList { u"order:canceled"_s };
    QTest::newRow("fok fills whole") << Kind::FokFill << regular << newFill << filled;
    QTest::newRow("fok killed") << Kind::FokKill << regular
                                << QStringList { u"order:new"_s, u"order:canceled"_s }
                                << QStringList { u"order:canceled"_s };
    QTest::newRow("day order expires at the close")
        << Kind::DayExpires << regular << QStringList { u"order:new"_s, u"order:expired"_s }
        << QStringList { u"order:expired"_s };
    QTest::newRow("gtc survives the close")
        << Kind::GtcSurvivesTheClose << regular << QStringList { u"order:new"_s }
        << QStringList { u"order:new"_s };
    QTest::newRow("cancel a working order")
        << Kind::Cancel << regular << QStringList { u"order:new"_s, u"order:canceled"_s }
        << QStringList { u"order:canceled"_s };
    QTest::newRow("replace a working limit")
        << Kind::Replace << regular
        << QStringList { u"order:new"_s, u"order:replaced"_s, u"replacement:new"_s,
                         u"replacement:fill"_s }
        << QStringList { u"order:replaced"_s, u"replacement:filled"_s };
}

void tst_SimLifecycle::lifecycle()
{
    QFETCH(Kind, kind);
    QFETCH(QString, start);
    QFETCH(QStringList, events);
    QFETCH(QStringList, finals);

    QVERIFY(startService(start));
    switch (kind) {
    case Kind::Market:
        runMarket();
        break;
    case Kind::Limit:
        runLimit();
        break;
    case Kind::Stop:
        runStop(false);
        break;
    case Kind::StopLimit:
        runStop(true);
        break;
    case Kind::TrailingPrice:
        runTrailing(false);
        break;
    case Kind::TrailingPercent:
        runTrailing(true);
        break;
    case Kind::BracketTakeProfit:
        runBracket(true);
        break;
    case Kind::BracketStopLoss:
        runBracket(false);
        break;
    case Kind::Oco:
        runOco();
        break;
    case Kind::Oto:
        runOto();
        break;
    case Kind::Notional:
        runNotional();
        break;
    case Kind::FractionalSell:
        runFractionalSell();
        break;
    case Kind::ExtendedHours:
        runExtendedHours();
        break;
    case Kind::IocPartial:
    case Kind::FokFill:
    case Kind::FokKill:
        runIocFok(kind);
        break;
    case Kind::DayExpires:
        runDayExpires();
        break;
    case Kind::GtcSurvivesTheClose:
        runGtcSurvivesTheClose();
        break;
    case Kind::Cancel:
        runCancel();
        break;
    case Kind::Replace:
        runReplace();
        break;
    }
    if (QTest::currentTestFailed())
        return;
    checkEventsAndFinals(events, finals);
}

void tst_SimLifecycle::runMarket()
{
    const Timestamp t0 = now();
    const SimQuote q = quoteAt(u"AAPL"_s, t0);
    Order order;
    QVERIFY(place(orderRequest(u"AAPL"_s, u"buy"_s, u"market"_s, u"5"_s), order));
    m_ids.insert(u"order"_s, order.id);
    QCOMPARE(order.status, OrderStatus::Filled);
    QCOMPARE(order.filledQty, Decimal::fromInt(5));
    QCOMPARE(*order.filledAvgPrice, q.ask); // a buy takes the ask of the NBBO
    QCOMPARE(order.filledAt, t0);
}

void tst_SimLifecycle::runLimit()
{
    const QString symbol = u"AAPL"_s;
    const Timestamp t0 = now();
    const SimQuote q0 = quoteAt(symbol, t0);
    const Timestamp end = searchEnd(t0);
    // A buy limit under the ask that the market comes down to within the search window.
    const Decimal low = lowest(symbol, t0, end, Side::Ask);
    QVERIFY2(low < q0.ask, qPrintable(u"the ask never falls below "_s + q0.ask.toString()));
    const Decimal limit = midpoint(q0.ask, low, Decimal::Rounding::Floor);
    QVERIFY(limit < q0.ask && limit >= low);
    const std::optional<Timestamp> hit =
        firstWhere(symbol, t0, end, [&limit](const SimQuote &q) { return q.ask <= limit; });
    QVERIFY(hit);

    Order order;
    QVERIFY(place(limitRequest(symbol, u"buy"_s, u"3"_s, limit), order));
    m_ids.insert(u"order"_s, order.id);
    QCOMPARE(order.status, OrderStatus::New);
    QVERIFY(order.filledQty.isZero());
    QVERIFY(workingJustBefore(*hit, order.id));

    QVERIFY(advanceTo(*hit));
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::Filled);
    QCOMPARE(order.filledQty, Decimal::fromInt(3));
    QCOMPARE(*order.filledAvgPrice, quoteAt(symbol, *hit).ask); // at the NBBO: the limit or better
    QVERIFY(*order.filledAvgPrice <= limit);
    QCOMPARE(order.filledAt, *hit);
}

void tst_SimLifecycle::runStop(bool withLimit)
{
    const QString symbol = u"AAPL"_s;
    const Timestamp t0 = now();
    const SimQuote q0 = quoteAt(symbol, t0);
    const Timestamp end = searchEnd(t0);
    // A buy stop above the ask that the market rises to within the search window.
    const Decimal high = highest(symbol, t0, end, Side::Ask);
    QVERIFY2(high > q0.ask, qPrintable(u"the ask never rises above "_s + q0.ask.toString()));
    const Decimal stop = midpoint(q0.ask, high, Decimal::Rounding::Ceiling);
    QVERIFY(stop > q0.ask && stop <= high);
    const std::optional<Timestamp> trigger =
        firstWhere(symbol, t0, end, [&stop](const SimQuote &q) { return q.ask >= stop; });
    QVERIFY(trigger);

    QJsonObject request =
        orderRequest(symbol, u"buy"_s, withLimit ? u"stop_limit"_s : u"stop"_s, u"2"_s);
    request.insert(u"stop_price"_s, stop.toString());
    // The stop-limit's limit is marketable from the start: only the stop holds it back.
    const Decimal limit = stop + D("0.10");
    if (withLimit)
        request.insert(u"limit_price"_s, limit.toString());
    Order order;
    QVERIFY(place(request, order));
    m_ids.insert(u"order"_s, order.id);
    QCOMPARE(order.status, OrderStatus::New);
    QCOMPARE(*order.stopPrice, stop);
    QVERIFY(workingJustBefore(*trigger, order.id));

    QVERIFY(advanceTo(*trigger));
    Timestamp filledAt = *trigger;
    if (withLimit && quoteAt(symbol, *trigger).ask > limit) {
        // Triggered above the limit: it now rests as a limit order until the ask comes back.
        QVERIFY(fetch(order.id, order));
        QCOMPARE(order.status, OrderStatus::New);
        const std::optional<Timestamp> back =
            firstWhere(symbol, *trigger, searchEnd(*trigger),
                       [&limit](const SimQuote &q) { return q.ask <= limit; });
        QVERIFY(back);
        QVERIFY(advanceTo(*back));
        filledAt = *back;
    }
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::Filled);
    QCOMPARE(order.filledQty, Decimal::fromInt(2));
    QCOMPARE(*order.filledAvgPrice, quoteAt(symbol, filledAt).ask);
    if (withLimit)
        QVERIFY(*order.filledAvgPrice <= limit);
    else
        QVERIFY(*order.filledAvgPrice >= stop);
    QCOMPARE(order.filledAt, filledAt);
}

void tst_SimLifecycle::runTrailing(bool percent)
{
    const QString symbol = u"AAPL"_s;
    const Timestamp t0 = now();
    const SimQuote q0 = quoteAt(symbol, t0);
    const Timestamp end = searchEnd(t0);

    Order position;
    QVERIFY(place(orderRequest(symbol, u"buy"_s, u"market"_s, u"10"_s), position));
    m_ids.insert(u"position"_s, position.id);
    QCOMPARE(position.status, OrderStatus::Filled);

    // A sell trail: hwm = the highest bid seen at the instants the engine looks at.
    const auto stopFor = [percent](const Decimal &hwm, const Decimal &trail) {
        if (!percent)
            return hwm - trail;
        const Decimal factor = (Decimal::fromInt(100) - trail) / Decimal::fromInt(100);
        return (hwm * factor).roundedToTick(Decimal::Rounding::Floor);
    };
    // First a new high (the hwm and stop move up), then the first bid at or under the new stop.
    const std::optional<Timestamp> up =
        firstWhere(symbol, t0, end, [&q0](const SimQuote &q) { return q.bid > q0.bid; });
    QVERIFY2(up, "the bid never makes a new high");
    const Decimal hwm = quoteAt(symbol, *up).bid;
    const QList<Decimal> candidates = percent
        ? QList<Decimal> { D("0.5"), D("0.25"), D("0.1"), D("0.05") }
        : QList<Decimal> { D("1.00"), D("0.50"), D("0.25"), D("0.10"), D("0.05") };
    Decimal trail;
    std::optional<Timestamp> down;
    for (const Decimal &candidate : candidates) {
        const Decimal stop = stopFor(hwm, candidate);
        down = firstWhere(symbol, *up, end, [&stop](const SimQuote &q) { return q.bid <= stop; });
        if (down) {
            trail = candidate;
            break;
        }
    }
    QVERIFY2(down, "no trail of the candidates is hit after the new high");

    QJsonObject request = orderRequest(symbol, u"sell"_s, u"trailing_stop"_s, u"10"_s);
    request.insert(percent ? u"trail_percent"_s : u"trail_price"_s, trail.toString());
    Order order;
    QVERIFY(place(request, order));
    m_ids.insert(u"order"_s, order.id);
    QCOMPARE(order.status, OrderStatus::New);
    QVERIFY(order.hwm);
    QCOMPARE(*order.hwm, q0.bid);
    QCOMPARE(*order.stopPrice, stopFor(q0.bid, trail));
    QCOMPARE(percent ? *order.trailPercent : *order.trailPrice, trail);

    QVERIFY(advanceTo(*up));
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::New);
    QCOMPARE(*order.hwm, hwm);
    QVERIFY(hwm > q0.bid);
    QCOMPARE(*order.stopPrice, stopFor(hwm, trail));
    QVERIFY(*order.stopPrice > stopFor(q0.bid, trail));

    QVERIFY(advanceTo(*down));
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::Filled);
    QCOMPARE(order.filledQty, Decimal::fromInt(10));
    QCOMPARE(*order.filledAvgPrice, quoteAt(symbol, *down).bid); // triggered: a market sell
    QCOMPARE(order.filledAt, *down);
    QVERIFY(positionGone(symbol));
}

void tst_SimLifecycle::runBracket(bool takeProfitWins)
{
    const QString symbol = u"AAPL"_s;
    const Timestamp t0 = now();
    const SimQuote q0 = quoteAt(symbol, t0);
    const Timestamp end = searchEnd(t0);
    Decimal takeProfit;
    Decimal stopLoss;
    std::optional<Timestamp> hit;
    if (takeProfitWins) {
        // §7.4: a buy bracket's take-profit sits at least a cent over the entry's base price.
        const Decimal minimum = q0.ask + Cent;
        const Decimal high = highest(symbol, t0, end, Side::Bid);
        QVERIFY2(high >= minimum, "the bid never reaches the ask");
        takeProfit = midpoint(minimum, high, Decimal::Rounding::Floor);
        hit = firstWhere(symbol, t0, end,
                         [&takeProfit](const SimQuote &q) { return q.bid >= takeProfit; });
        QVERIFY(hit);
        stopLoss = Decimal::min(q0.bid, lowest(symbol, t0, *hit, Side::Bid)) - D("0.05");
    } else {
        const Decimal low = lowest(symbol, t0, end, Side::Bid);
        QVERIFY2(low < q0.bid, "the bid never falls");
        stopLoss = midpoint(low, q0.bid - Cent, Decimal::Rounding::Ceiling);
        QVERIFY(stopLoss < q0.bid && stopLoss >= low);
        hit = firstWhere(symbol, t0, end,
                         [&stopLoss](const SimQuote &q) { return q.bid <= stopLoss; });
        QVERIFY(hit);
        takeProfit = Decimal::max(q0.ask, highest(symbol, t0, *hit, Side::Bid)) + D("0.05");
    }

    QJsonObject request = orderRequest(symbol, u"buy"_s, u"market"_s, u"4"_s, u"gtc"_s);
    request.insert(u"order_class"_s, u"bracket"_s);
    request.insert(u"take_profit"_s, priceObject(u"limit_price"_s, takeProfit));
    request.insert(u"stop_loss"_s, priceObject(u"stop_price"_s, stopLoss));
    Order entry;
    QVERIFY(place(request, entry));
    m_ids.insert(u"entry"_s, entry.id);
    QCOMPARE(entry.orderClass, OrderClass::Bracket);
    QCOMPARE(entry.status, OrderStatus::Filled);
    QCOMPARE(*entry.filledAvgPrice, q0.ask);
    QCOMPARE(entry.legs.size(), 2);
    // The entry filled at once: the take-profit works, the stop-loss is held until it triggers.
    for (const Order &leg : std::as_const(entry.legs)) {
        QCOMPARE(leg.side, OrderSide::Sell);
        QCOMPARE(*leg.qty, Decimal::fromInt(4));
        if (leg.type == OrderType::Limit) {
            m_ids.insert(u"take_profit"_s, leg.id);
            QCOMPARE(leg.status, OrderStatus::New);
            QCOMPARE(*leg.limitPrice, takeProfit);
        } else {
            m_ids.insert(u"stop_loss"_s, leg.id);
            QCOMPARE(leg.type, OrderType::Stop);
            QCOMPARE(leg.status, OrderStatus::Held);
            QCOMPARE(*leg.stopPrice, stopLoss);
        }
    }
    QVERIFY(m_ids.contains(u"take_profit"_s) && m_ids.contains(u"stop_loss"_s));
    QVERIFY(workingJustBefore(*hit, m_ids.value(u"take_profit"_s)));
    QVERIFY(workingJustBefore(*hit, m_ids.value(u"stop_loss"_s), OrderStatus::Held));

    QVERIFY(advanceTo(*hit));
    QVERIFY(fetch(entry.id, entry));
    QCOMPARE(entry.legs.size(), 2);
    const QString winner = m_ids.value(takeProfitWins ? u"take_profit"_s : u"stop_loss"_s);
    for (const Order &leg : std::as_const(entry.legs)) {
        if (leg.id == winner) {
            QCOMPARE(leg.status, OrderStatus::Filled);
            QCOMPARE(*leg.filledAvgPrice, quoteAt(symbol, *hit).bid);
            QCOMPARE(leg.filledAt, *hit);
        } else {
            QCOMPARE(leg.status, OrderStatus::Canceled);
            QCOMPARE(leg.canceledAt, *hit);
        }
    }
    QVERIFY(positionGone(symbol));
}

void tst_SimLifecycle::runOco()
{
    const QString symbol = u"AAPL"_s;
    const Timestamp t0 = now();
    const SimQuote q0 = quoteAt(symbol, t0);
    const Timestamp end = searchEnd(t0);

    Order position;
    QVERIFY(place(orderRequest(symbol, u"buy"_s, u"market"_s, u"10"_s), position));
    m_ids.insert(u"position"_s, position.id);
    QCOMPARE(position.status, OrderStatus::Filled);

    const Decimal low = lowest(symbol, t0, end, Side::Bid);
    QVERIFY2(low < q0.bid, "the bid never falls");
    const Decimal stopLoss = midpoint(low, q0.bid - Cent, Decimal::Rounding::Ceiling);
    const std::optional<Timestamp> hit =
        firstWhere(symbol, t0, end, [&stopLoss](const SimQuote &q) { return q.bid <= stopLoss; });
    QVERIFY(hit);
    const Decimal takeProfit =
        Decimal::max(q0.ask, highest(symbol, t0, *hit, Side::Bid)) + D("0.05");

    // Exit-only: a sell limit (the take-profit) and a sell stop, one cancels the other.
    QJsonObject request = orderRequest(symbol, u"sell"_s, u"limit"_s, u"10"_s, u"gtc"_s);
    request.insert(u"order_class"_s, u"oco"_s);
    request.insert(u"take_profit"_s, priceObject(u"limit_price"_s, takeProfit));
    request.insert(u"stop_loss"_s, priceObject(u"stop_price"_s, stopLoss));
    Order oco;
    QVERIFY(place(request, oco));
    m_ids.insert(u"take_profit"_s, oco.id);
    QCOMPARE(oco.orderClass, OrderClass::Oco);
    QCOMPARE(oco.status, OrderStatus::New);
    QCOMPARE(oco.type, OrderType::Limit);
    QCOMPARE(*oco.limitPrice, takeProfit);
    QCOMPARE(oco.legs.size(), 1);
    const Order leg = oco.legs.first();
    m_ids.insert(u"stop_loss"_s, leg.id);
    QCOMPARE(leg.type, OrderType::Stop);
    QCOMPARE(leg.side, OrderSide::Sell);
    QCOMPARE(leg.status, OrderStatus::Held);
    QCOMPARE(*leg.stopPrice, stopLoss);
    // The pair holds the position's shares once.
    const Result<Position> held = m_client->get(u"/v2/positions/"_s + symbol).parse<Position>();
    QVERIFY(held.ok());
    QCOMPARE(held->qty, Decimal::fromInt(10));
    QCOMPARE(*held->qtyAvailable, Decimal());

    QVERIFY(workingJustBefore(*hit, oco.id));
    QVERIFY(advanceTo(*hit));
    QVERIFY(fetch(oco.id, oco));
    QCOMPARE(oco.status, OrderStatus::Canceled);
    QCOMPARE(oco.legs.size(), 1);
    QCOMPARE(oco.legs.first().status, OrderStatus::Filled);
    QCOMPARE(*oco.legs.first().filledAvgPrice, quoteAt(symbol, *hit).bid);
    QVERIFY(positionGone(symbol));
}

void tst_SimLifecycle::runOto()
{
    const QString symbol = u"AAPL"_s;
    const Timestamp t0 = now();
    const SimQuote q0 = quoteAt(symbol, t0);
    const Timestamp end = searchEnd(t0);

    const Decimal low = lowest(symbol, t0, end, Side::Ask);
    QVERIFY2(low < q0.ask, "the ask never falls");
    const Decimal limit = midpoint(q0.ask, low, Decimal::Rounding::Floor);
    const std::optional<Timestamp> entryHit =
        firstWhere(symbol, t0, end, [&limit](const SimQuote &q) { return q.ask <= limit; });
    QVERIFY(entryHit);
    // The take-profit: over the entry limit (§7.4) and over the bid when the entry fills.
    const Decimal minimum = Decimal::max(limit, quoteAt(symbol, *entryHit).bid) + Cent;
    const Timestamp end2 = searchEnd(*entryHit);
    const Decimal high = highest(symbol, *entryHit, end2, Side::Bid);
    QVERIFY2(high >= minimum, "the bid never comes back up after the entry");
    const Decimal takeProfit = midpoint(minimum, high, Decimal::Rounding::Floor);
    const std::optional<Timestamp> exitHit = firstWhere(
        symbol, *entryHit, end2, [&takeProfit](const SimQuote &q) { return q.bid >= takeProfit; });
    QVERIFY(exitHit);

    QJsonObject request = limitRequest(symbol, u"buy"_s, u"5"_s, limit);
    request.insert(u"order_class"_s, u"oto"_s);
    request.insert(u"take_profit"_s, priceObject(u"limit_price"_s, takeProfit));
    Order entry;
    QVERIFY(place(request, entry));
    m_ids.insert(u"entry"_s, entry.id);
    QCOMPARE(entry.orderClass, OrderClass::Oto);
    QCOMPARE(entry.status, OrderStatus::New);
    QCOMPARE(entry.legs.size(), 1);
    m_ids.insert(u"take_profit"_s, entry.legs.first().id);
    QCOMPARE(entry.legs.first().status, OrderStatus::Held);
    QCOMPARE(*entry.legs.first().limitPrice, takeProfit);

    QVERIFY(workingJustBefore(*entryHit, entry.id));
    QVERIFY(advanceTo(*entryHit));
    QVERIFY(fetch(entry.id, entry));
    QCOMPARE(entry.status, OrderStatus::Filled);
    QCOMPARE(*entry.filledAvgPrice, quoteAt(symbol, *entryHit).ask);
    QCOMPARE(entry.legs.first().status, OrderStatus::New);

    QVERIFY(workingJustBefore(*exitHit, m_ids.value(u"take_profit"_s)));
    QVERIFY(advanceTo(*exitHit));
    Order takeProfitLeg;
    QVERIFY(fetch(m_ids.value(u"take_profit"_s), takeProfitLeg));
    QCOMPARE(takeProfitLeg.status, OrderStatus::Filled);
    QCOMPARE(takeProfitLeg.filledQty, Decimal::fromInt(5));
    QCOMPARE(*takeProfitLeg.filledAvgPrice, quoteAt(symbol, *exitHit).bid);
    QVERIFY(positionGone(symbol));
}

void tst_SimLifecycle::runNotional()
{
    const QString symbol = u"AAPL"_s;
    const SimQuote q0 = quoteAt(symbol, now());
    const Decimal notional = D("1234.56");
    const QJsonObject request { { u"symbol"_s, symbol },
                                { u"notional"_s, notional.toString() },
                                { u"side"_s, u"buy"_s },
                                { u"type"_s, u"market"_s },
                                { u"time_in_force"_s, u"day"_s } };
    const Reply reply = m_client->postJson(u"/v2/orders"_s, request);
    QVERIFY2(reply.status == 200, reply.body.constData());
    // §7.3: the unused one of qty/notional is null.
    QVERIFY(reply.object().value(u"qty"_s).isNull());
    const Result<Order> order = reply.parse<Order>();
    QVERIFY(order.ok());
    m_ids.insert(u"order"_s, order->id);
    QVERIFY(!order->qty);
    QCOMPARE(*order->notional, notional);
    QCOMPARE(order->status, OrderStatus::Filled);
    // notional / price shares, cut to 9 decimals so the cost never exceeds the notional.
    const Decimal shares = notional.checkedDiv(q0.ask, Decimal::MaxScale, Decimal::Rounding::Down)
                               .value()
                               .normalized();
    QCOMPARE(order->filledQty, shares);
    QVERIFY(!order->filledQty.isInteger());
    QCOMPARE(*order->filledAvgPrice, q0.ask);
    QVERIFY(order->filledQty * q0.ask <= notional);
    const Result<Position> position = m_client->get(u"/v2/positions/"_s + symbol).parse<Position>();
    QVERIFY(position.ok());
    QCOMPARE(position->qty, shares);
}

void tst_SimLifecycle::runFractionalSell()
{
    const QString symbol = u"AAPL"_s;
    const SimQuote q0 = quoteAt(symbol, now());
    Order position;
    QVERIFY(place(orderRequest(symbol, u"buy"_s, u"market"_s, u"2.5"_s), position));
    m_ids.insert(u"position"_s, position.id);
    QCOMPARE(position.filledQty, D("2.5"));

    Order order;
    QVERIFY(place(orderRequest(symbol, u"sell"_s, u"market"_s, u"1.25"_s), order));
    m_ids.insert(u"order"_s, order.id);
    QCOMPARE(order.status, OrderStatus::Filled);
    QCOMPARE(order.filledQty, D("1.25"));
    QCOMPARE(*order.filledAvgPrice, q0.bid); // a sell takes the bid
    const Result<Position> left = m_client->get(u"/v2/positions/"_s + symbol).parse<Position>();
    QVERIFY(left.ok());
    QCOMPARE(left->qty, D("1.25"));
    QCOMPARE(left->side, PositionSide::Long);
}

void tst_SimLifecycle::runExtendedHours()
{
    const QString symbol = u"AAPL"_s;
    const QDate day = MarketCalendar::newYorkDate(now());
    const Timestamp sessionOpen = m_calendar.sessionOpen(day); // 04:00: the engine looks at it
    const Timestamp regularOpen = m_calendar.regularOpen(day);
    QVERIFY(now() < sessionOpen);

    // Not marketable at 04:00, when the order goes live, but reached before the regular open.
    const Decimal atOpen = quoteAt(symbol, sessionOpen).ask;
    const Decimal low = lowest(symbol, sessionOpen, regularOpen.addSeconds(-1), Side::Ask);
    QVERIFY2(low < atOpen, "the pre-market ask never falls under its 04:00 level");
    const Decimal limit = midpoint(atOpen, low, Decimal::Rounding::Floor);
    const std::optional<Timestamp> hit =
        firstWhere(symbol, sessionOpen, regularOpen.addSeconds(-1),
                   [&limit](const SimQuote &q) { return q.ask <= limit; });
    QVERIFY(hit);

    QVERIFY(!m_client->get(u"/v2/clock"_s).parse<Clock>()->isOpen);
    QJsonObject request = limitRequest(symbol, u"buy"_s, u"5"_s, limit);
    request.insert(u"extended_hours"_s, true);
    Order order;
    QVERIFY(place(request, order));
    m_ids.insert(u"order"_s, order.id);
    QVERIFY(order.extendedHours);
    // Before 04:00 nothing trades: queued for the session.
    QCOMPARE(order.status, OrderStatus::Accepted);
    QVERIFY(advanceTo(sessionOpen.addSeconds(-1)));
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::Accepted);

    // Pre-market: routed, and working.
    QVERIFY(advanceTo(sessionOpen));
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::New);
    QVERIFY(workingJustBefore(*hit, order.id));

    QVERIFY(advanceTo(*hit));
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::Filled);
    QCOMPARE(*order.filledAvgPrice, quoteAt(symbol, *hit).ask);
    QCOMPARE(order.filledAt, *hit);
    QVERIFY(order.filledAt < regularOpen);
    QVERIFY(!m_client->get(u"/v2/clock"_s).parse<Clock>()->isOpen); // still pre-market
}

void tst_SimLifecycle::runIocFok(Kind kind)
{
    // F shows at most 6,000 shares a side; an order over the displayed size cannot fill whole now.
    const QString symbol = u"F"_s;
    const SimQuote q0 = quoteAt(symbol, now());
    const qint64 shown = q0.askSize;
    QVERIFY(shown > 0);
    const qint64 qty = kind == Kind::FokFill ? shown : shown + 100;
    Order order;
    QVERIFY(place(orderRequest(symbol, u"buy"_s, u"market"_s, QString::number(qty),
                               kind == Kind::IocPartial ? u"ioc"_s : u"fok"_s),
                  order));
    m_ids.insert(u"order"_s, order.id);
    switch (kind) {
    case Kind::IocPartial:
        QCOMPARE(order.status, OrderStatus::Canceled);
        QCOMPARE(order.filledQty, Decimal::fromInt(shown));
        QCOMPARE(*order.filledAvgPrice, q0.ask);
        break;
    case Kind::FokFill:
        QCOMPARE(order.status, OrderStatus::Filled);
        QCOMPARE(order.filledQty, Decimal::fromInt(shown));
        break;
    default:
        QCOMPARE(order.status, OrderStatus::Canceled);
        QVERIFY(order.filledQty.isZero());
        QVERIFY(positionGone(symbol));
        break;
    }
}

void tst_SimLifecycle::runDayExpires()
{
    const QString symbol = u"AAPL"_s;
    const Timestamp t0 = now();
    const Timestamp close = m_calendar.regularClose(MarketCalendar::newYorkDate(t0));
    // Under every ask until the close: it never fills, it expires.
    const Decimal limit =
        Decimal::min(quoteAt(symbol, t0).ask, lowest(symbol, t0, close, Side::Ask)) - D("0.05");
    Order order;
    QVERIFY(place(limitRequest(symbol, u"buy"_s, u"1"_s, limit), order));
    m_ids.insert(u"order"_s, order.id);
    QCOMPARE(order.status, OrderStatus::New);
    QCOMPARE(order.expiresAt, close);

    QVERIFY(advanceTo(close.addSeconds(-1)));
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::New);
    QVERIFY(advanceTo(close.addSeconds(5 * 60)));
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::Expired);
    QCOMPARE(order.expiredAt, close);
    QVERIFY(order.filledQty.isZero());
}

void tst_SimLifecycle::runGtcSurvivesTheClose()
{
    const QString symbol = u"AAPL"_s;
    const Timestamp t0 = now();
    const QDate today = MarketCalendar::newYorkDate(t0);
    const Timestamp close = m_calendar.regularClose(today);
    const QDate next = m_calendar.nextTradingDay(today);
    const Timestamp nextOpen = m_calendar.regularOpen(next);
    const Timestamp target = nextOpen.addSeconds(30 * 60);
    const Decimal limit =
        Decimal::min(Decimal::min(quoteAt(symbol, t0).ask, lowest(symbol, t0, close, Side::Ask)),
                     lowest(symbol, nextOpen.addSeconds(-1), target, Side::Ask))
        - D("0.05");
    Order order;
    QVERIFY(place(limitRequest(symbol, u"buy"_s, u"1"_s, limit, u"gtc"_s), order));
    m_ids.insert(u"order"_s, order.id);
    QCOMPARE(order.status, OrderStatus::New);
    QVERIFY(order.expiresAt.isNull());

    QVERIFY(advanceTo(target));
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::New);
    QVERIFY(order.expiredAt.isNull());
    const Result<QList<Order>> open =
        m_client->get(u"/v2/orders?status=open"_s).parse<QList<Order>>();
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().id, order.id);
}

void tst_SimLifecycle::runCancel()
{
    const QString symbol = u"AAPL"_s;
    const Timestamp t0 = now();
    const Decimal limit = lowest(symbol, t0, t0.addSeconds(60), Side::Ask) - D("0.50");
    Order order;
    QVERIFY(place(limitRequest(symbol, u"buy"_s, u"2"_s, limit), order));
    m_ids.insert(u"order"_s, order.id);
    QCOMPARE(order.status, OrderStatus::New);
    QVERIFY(advanceTo(t0.addSeconds(60)));
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::New);

    const Reply canceled = m_client->del(u"/v2/orders/"_s + order.id);
    QCOMPARE(canceled.status, 204);
    QVERIFY(canceled.body.isEmpty());
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::Canceled);
    QCOMPARE(order.canceledAt, t0.addSeconds(60));
    QVERIFY(m_client->get(u"/v2/orders?status=open"_s).parse<QList<Order>>()->isEmpty());
}

void tst_SimLifecycle::runReplace()
{
    const QString symbol = u"AAPL"_s;
    const Timestamp t0 = now();
    const SimQuote q0 = quoteAt(symbol, t0);
    const Timestamp end = searchEnd(t0);
    Order old;
    QVERIFY(place(limitRequest(symbol, u"buy"_s, u"2"_s, percentOff(q0.bid, -20)), old));
    m_ids.insert(u"order"_s, old.id);
    QCOMPARE(old.status, OrderStatus::New);

    // The new limit is one the market comes down to.
    const Decimal low = lowest(symbol, t0, end, Side::Ask);
    QVERIFY2(low < q0.ask, "the ask never falls");
    const Decimal limit = midpoint(q0.ask, low, Decimal::Rounding::Floor);
    const std::optional<Timestamp> hit =
        firstWhere(symbol, t0, end, [&limit](const SimQuote &q) { return q.ask <= limit; });
    QVERIFY(hit);

    const Reply reply = m_client->patch(
        u"/v2/orders/"_s + old.id,
        QJsonDocument(QJsonObject { { u"limit_price"_s, limit.toString() }, { u"qty"_s, u"3"_s } })
            .toJson(QJsonDocument::Compact));
    QVERIFY2(reply.status == 200, reply.body.constData());
    const Result<Order> replacement = reply.parse<Order>();
    QVERIFY(replacement.ok());
    m_ids.insert(u"replacement"_s, replacement->id);
    QVERIFY(replacement->id != old.id);
    QCOMPARE(replacement->replaces, old.id);
    QCOMPARE(replacement->status, OrderStatus::New);
    QCOMPARE(*replacement->limitPrice, limit);
    QCOMPARE(*replacement->qty, Decimal::fromInt(3));
    QVERIFY(fetch(old.id, old));
    QCOMPARE(old.status, OrderStatus::Replaced);
    QCOMPARE(old.replacedBy, replacement->id);
    QCOMPARE(old.replacedAt, t0);
    // A replaced order is final.
    QCOMPARE(m_client->del(u"/v2/orders/"_s + old.id).status, 422);

    QVERIFY(workingJustBefore(*hit, replacement->id));
    QVERIFY(advanceTo(*hit));
    Order filled;
    QVERIFY(fetch(replacement->id, filled));
    QCOMPARE(filled.status, OrderStatus::Filled);
    QCOMPARE(filled.filledQty, Decimal::fromInt(3));
    QCOMPARE(*filled.filledAvgPrice, quoteAt(symbol, *hit).ask);
}

void tst_SimLifecycle::holidayMarketOrderFillsAtTheNextOpen()
{
    // Thanksgiving: the market is closed all day; the order waits for Friday's open.
    QVERIFY(startService(u"2026-11-26T11:00:00-05:00"_s));
    const Result<Clock> clock = m_client->get(u"/v2/clock"_s).parse<Clock>();
    QVERIFY(clock.ok());
    QVERIFY(!clock->isOpen);
    const Timestamp open = instant(u"2026-11-27T09:30:00-05:00"_s);
    QCOMPARE(clock->nextOpen, open);

    Order order;
    QVERIFY(place(orderRequest(u"AAPL"_s, u"buy"_s, u"market"_s, u"3"_s), order));
    m_ids.insert(u"order"_s, order.id);
    QCOMPARE(order.status, OrderStatus::Accepted);
    QVERIFY(order.filledQty.isZero());

    // Friday's pre-market does not trade a regular market order either.
    QVERIFY(advanceTo(instant(u"2026-11-27T09:00:00-05:00"_s)));
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::Accepted);

    QVERIFY(advanceTo(open.addSeconds(60)));
    QVERIFY(fetch(order.id, order));
    QCOMPARE(order.status, OrderStatus::Filled);
    QCOMPARE(order.filledAt, open);
    QCOMPARE(*order.filledAvgPrice, quoteAt(u"AAPL"_s, open).ask);
    checkEventsAndFinals({ u"order:accepted"_s, u"order:new"_s, u"order:fill"_s },
                         { u"order:filled"_s });
}

// ---------------------------------------------------------------------------------------------
// the clock and the calendar

void tst_SimLifecycle::clockSessionsAndHolidays_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("isOpen");
    QTest::addColumn<QString>("nextOpen");
    QTest::addColumn<QString>("nextClose");

    QTest::newRow("regular session")
        << u"2026-11-23T10:15:00-05:00"_s << true << u"2026-11-24T09:30:00-05:00"_s
        << u"2026-11-23T16:00:00-05:00"_s;
    QTest::newRow("pre-market is not open")
        << u"2026-11-23T08:00:00-05:00"_s << false << u"2026-11-23T09:30:00-05:00"_s
        << u"2026-11-23T16:00:00-05:00"_s;
    QTest::newRow("after-hours is not open")
        << u"2026-11-23T17:00:00-05:00"_s << false << u"2026-11-24T09:30:00-05:00"_s
        << u"2026-11-24T16:00:00-05:00"_s;
    QTest::newRow("saturday") << u"2026-11-21T12:00:00-05:00"_s << false
                              << u"2026-11-23T09:30:00-05:00"_s << u"2026-11-23T16:00:00-05:00"_s;
    QTest::newRow("thanksgiving") << u"2026-11-26T12:00:00-05:00"_s << false
                                  << u"2026-11-27T09:30:00-05:00"_s
                                  << u"2026-11-27T13:00:00-05:00"_s;
    QTest::newRow("early close, open")
        << u"2026-11-27T10:00:00-05:00"_s << true << u"2026-11-30T09:30:00-05:00"_s
        << u"2026-11-27T13:00:00-05:00"_s;
    QTest::newRow("early close, after 13:00")
        << u"2026-11-27T13:30:00-05:00"_s << false << u"2026-11-30T09:30:00-05:00"_s
        << u"2026-11-30T16:00:00-05:00"_s;
    QTest::newRow("christmas eve, then christmas and a weekend")
        << u"2026-12-24T12:00:00-05:00"_s << true << u"2026-12-28T09:30:00-05:00"_s
        << u"2026-12-24T13:00:00-05:00"_s;
    QTest::newRow("summer time") << u"2026-07-01T11:00:00-04:00"_s << true
                                 << u"2026-07-02T09:30:00-04:00"_s
                                 << u"2026-07-01T16:00:00-04:00"_s;
}

void tst_SimLifecycle::clockSessionsAndHolidays()
{
    QFETCH(QString, at);
    QFETCH(bool, isOpen);
    QFETCH(QString, nextOpen);
    QFETCH(QString, nextClose);
    QVERIFY(startService(at));
    const Reply reply = m_client->get(u"/v2/clock"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject object = reply.object();
    QCOMPARE(object.value(u"is_open"_s).toBool(), isOpen);
    // Wire text at the New York offset, as Alpaca writes it.
    QCOMPARE(object.value(u"next_open"_s).toString(), nextOpen);
    QCOMPARE(object.value(u"next_close"_s).toString(), nextClose);
    const Result<Clock> clock = reply.parse<Clock>();
    QVERIFY(clock.ok());
    QCOMPARE(clock->timestamp, instant(at));
    QCOMPARE(clock->timestamp.offsetSeconds(), instant(at).offsetSeconds());
    QCOMPARE(clock->nextOpen, instant(nextOpen));
    QCOMPARE(clock->nextClose, instant(nextClose));
}

void tst_SimLifecycle::calendarSkipsHolidaysAndShowsEarlyCloses()
{
    QVERIFY(startService(FixedStart));
    const Reply reply = m_client->get(u"/v2/calendar?start=2026-11-20&end=2026-12-31"_s);
    QCOMPARE(reply.status, 200);
    const Result<QList<CalendarDay>> days = reply.parse<QList<CalendarDay>>();
    QVERIFY2(days.ok(), reply.body.left(300).constData());

    // Every weekday of the range but Thanksgiving and Christmas, in order.
    QList<QDate> expected;
    for (QDate d(2026, 11, 20); d <= QDate(2026, 12, 31); d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5 && d != QDate(2026, 11, 26) && d != QDate(2026, 12, 25))
            expected.append(d);
    }
    QList<QDate> dates;
    for (const CalendarDay &day : *days)
        dates.append(day.date);
    QCOMPARE(dates, expected);
    QCOMPARE(dates.size(), 28);

    const QList<QDate> earlyCloses { QDate(2026, 11, 27), QDate(2026, 12, 24) };
    for (const CalendarDay &day : *days) {
        QCOMPARE(day.open, QTime(9, 30));
        QCOMPARE(day.close, earlyCloses.contains(day.date) ? QTime(13, 0) : QTime(16, 0));
        QCOMPARE(day.sessionOpen, QTime(4, 0));
        // §9 [O]: the extended session ends at 17:00 on early-close days.
        QCOMPARE(day.sessionClose, earlyCloses.contains(day.date) ? QTime(17, 0) : QTime(20, 0));
    }
    // The wire text: "HH:MM" for the regular hours, "HHMM" for the session.
    const QJsonArray array = reply.array();
    QCOMPARE(array.size(), 28);
    for (const QJsonValue &value : array) {
        const QJsonObject day = value.toObject();
        const bool early = day.value(u"date"_s).toString() == u"2026-11-27"
            || day.value(u"date"_s).toString() == u"2026-12-24";
        QCOMPARE(day.value(u"open"_s).toString(), u"09:30"_s);
        QCOMPARE(day.value(u"close"_s).toString(), early ? u"13:00"_s : u"16:00"_s);
        QCOMPARE(day.value(u"session_open"_s).toString(), u"0400"_s);
    }
}

// ---------------------------------------------------------------------------------------------
// account rules

void tst_SimLifecycle::buyingPowerHeldByOpenOrders()
{
    QVERIFY(startService(FixedStart));
    const QString symbol = u"AAPL"_s;
    const SimQuote q0 = quoteAt(symbol, now());
    const Account before = account();
    QCOMPARE(before.multiplier, Decimal::fromInt(2));
    QCOMPARE(before.buyingPower, Decimal::fromInt(200'000)); // Reg T: 2 × $100,000 of equity

    // An open buy holds qty × limit (§16), and gives it back when it is cancelled.
    const Decimal limit = percentOff(q0.bid, -5);
    Order buy;
    QVERIFY(place(limitRequest(symbol, u"buy"_s, u"10"_s, limit), buy));
    QCOMPARE(buy.status, OrderStatus::New);
    const Account holding = account();
    QCOMPARE(holding.buyingPower, before.buyingPower - Decimal::fromInt(10) * limit);
    QCOMPARE(holding.regtBuyingPower, before.regtBuyingPower - Decimal::fromInt(10) * limit);
    QCOMPARE(*holding.nonMarginableBuyingPower,
             *before.nonMarginableBuyingPower - Decimal::fromInt(10) * limit);
    QCOMPARE(holding.cash, before.cash);
    QCOMPARE(m_client->del(u"/v2/orders/"_s + buy.id).status, 204);
    QCOMPARE(account().buyingPower, before.buyingPower);

    // An open short sell holds max(limit, ask × 1.03) × qty (§7.4).
    const Decimal high = percentOff(q0.ask, 10);
    Order shortSell;
    QVERIFY(place(limitRequest(symbol, u"sell"_s, u"2"_s, high), shortSell));
    QCOMPARE(shortSell.status, OrderStatus::New);
    QCOMPARE(account().buyingPower, before.buyingPower - Decimal::fromInt(2) * high);
    QCOMPARE(m_client->del(u"/v2/orders/"_s + shortSell.id).status, 204);
    QCOMPARE(account().buyingPower, before.buyingPower);
}

void tst_SimLifecycle::insufficientBuyingPowerIs403()
{
    QVERIFY(startService(FixedStart));
    const QString symbol = u"AAPL"_s;
    const SimQuote q0 = quoteAt(symbol, now());
    const Decimal power = account().buyingPower;
    const Decimal affordable = power.checkedDiv(q0.ask, 0, Decimal::Rounding::Down).value();
    const Decimal tooMany = affordable + Decimal::fromInt(1);

    const Reply refused = m_client->postJson(
        u"/v2/orders"_s, orderRequest(symbol, u"buy"_s, u"market"_s, tooMany.toString()));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code(), 40310000);
    QCOMPARE(refused.message(), u"insufficient buying power"_s);
    QCOMPARE(decimalField(refused.object(), u"buying_power"_s), power);
    QCOMPARE(decimalField(refused.object(), u"cost_basis"_s), tooMany * q0.ask);
    QVERIFY(m_client->get(u"/v2/orders?status=all"_s).parse<QList<Order>>()->isEmpty());

    // One share fewer fits.
    const Reply accepted = m_client->postJson(
        u"/v2/orders"_s, orderRequest(symbol, u"buy"_s, u"market"_s, affordable.toString()));
    QVERIFY2(accepted.status == 200, accepted.body.constData());
}

void tst_SimLifecycle::shortSellRules_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("qty");
    QTest::addColumn<bool>("noShorting");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("easy to borrow") << u"AAPL"_s << u"1"_s << false << 200 << QString();
    QTest::newRow("hard to borrow (GME)") << u"GME"_s << u"1"_s << false << 403 << u"borrow"_s;
    QTest::newRow("not shortable (PNNY)")
        << u"PNNY"_s << u"100"_s << false << 403 << u"not shortable"_s;
    QTest::newRow("fractional") << u"AAPL"_s << u"0.5"_s << false << 403 << u"fractional"_s;
    QTest::newRow("no_shorting configured")
        << u"AAPL"_s << u"1"_s << true << 403 << u"not allowed to short"_s;
}

void tst_SimLifecycle::shortSellRules()
{
    QFETCH(QString, symbol);
    QFETCH(QString, qty);
    QFETCH(bool, noShorting);
    QFETCH(int, status);
    QFETCH(QString, message);
    QVERIFY(startService(FixedStart));
    QVERIFY(account().shortingEnabled);
    if (noShorting) {
        const Reply patched =
            m_client->patch(u"/v2/account/configurations"_s, R"({"no_shorting":true})");
        QCOMPARE(patched.status, 200);
        QVERIFY(!account().shortingEnabled);
    }

    // A sell with no position would open a short.
    const Reply reply =
        m_client->postJson(u"/v2/orders"_s, orderRequest(symbol, u"sell"_s, u"market"_s, qty));
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.parse<Order>()->status, OrderStatus::Filled);
        const Result<Position> position =
            m_client->get(u"/v2/positions/"_s + symbol).parse<Position>();
        QVERIFY(position.ok());
        QCOMPARE(position->side, PositionSide::Short);
        QCOMPARE(position->qty, -Decimal::fromString(qty).value());
        return;
    }
    QCOMPARE(reply.code(), 40310000);
    QVERIFY2(reply.message().contains(message), qPrintable(reply.message()));
    QVERIFY(m_client->get(u"/v2/orders?status=all"_s).parse<QList<Order>>()->isEmpty());
    QVERIFY(positionGone(symbol));
}

void tst_SimLifecycle::patternDayTrading_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::newRow("legacy rule, under $25k") << true;
    QTest::newRow("current regime (since 2026-07-06)") << false;
}

void tst_SimLifecycle::patternDayTrading()
{
    QFETCH(bool, legacy);
    SimService::Options o = options();
    o.cash = Decimal::fromInt(20'000);
    o.pdt = legacy ? SimExchange::PdtRegime::Legacy : SimExchange::PdtRegime::Current;
    QVERIFY(startService(FixedStart, o));
    const QString symbol = u"AAPL"_s;
    const auto submit = [this](const QString &sym, const QString &side) {
        return m_client->postJson(u"/v2/orders"_s, orderRequest(sym, side, u"market"_s, u"5"_s));
    };

    // Three round trips the same day: three day trades.
    for (int i = 0; i < 3; ++i) {
        const Reply buy = submit(symbol, u"buy"_s);
        QCOMPARE(buy.status, 200);
        QCOMPARE(buy.parse<Order>()->status, OrderStatus::Filled);
        const Reply sell = submit(symbol, u"sell"_s);
        QCOMPARE(sell.status, 200);
        QCOMPARE(sell.parse<Order>()->status, OrderStatus::Filled);
        QVERIFY(advanceTo(now().addSeconds(60)));
    }
    const QJsonObject accountJson = m_client->get(u"/v2/account"_s).object();
    if (legacy) {
        QCOMPARE(accountJson.value(u"daytrade_count"_s).toInt(-1), 3);
        QCOMPARE(accountJson.value(u"pattern_day_trader"_s), QJsonValue(false));
        QVERIFY(accountJson.contains(u"daytrading_buying_power"_s));
    } else {
        // §5: the fields are gone from current accounts.
        QVERIFY(!accountJson.contains(u"daytrade_count"_s));
        QVERIFY(!accountJson.contains(u"pattern_day_trader"_s));
        QVERIFY(!accountJson.contains(u"daytrading_buying_power"_s));
    }

    // Opening a fourth time is fine; closing it would be the fourth day trade in five days.
    const Reply open = submit(symbol, u"buy"_s);
    QCOMPARE(open.status, 200);
    const Reply close = submit(symbol, u"sell"_s);
    if (legacy) {
        QCOMPARE(close.status, 403);
        QCOMPARE(close.code(), 40310100);
        QCOMPARE(close.message(), u"trade denied due to pattern day trading protection"_s);
        QCOMPARE(m_client->get(u"/v2/positions/"_s + symbol).parse<Position>()->qty,
                 Decimal::fromInt(5));
        QCOMPARE(account().daytradeCount.value_or(-1), 3);
        QCOMPARE(account().patternDayTrader.value_or(true), false);
    } else {
        QCOMPARE(close.status, 200);
        QCOMPARE(close.parse<Order>()->status, OrderStatus::Filled);
        QVERIFY(positionGone(symbol));
    }

    // An opening order is refused too when an open opposite order makes a potential day trade.
    const SimQuote msft = quoteAt(u"MSFT"_s, now());
    const Reply pendingSell = m_client->postJson(
        u"/v2/orders"_s, limitRequest(u"MSFT"_s, u"sell"_s, u"1"_s, percentOff(msft.ask, 10)));
    QCOMPARE(pendingSell.status, 200);
    QCOMPARE(pendingSell.parse<Order>()->status, OrderStatus::New);
    const Reply openingBuy =
        m_client->postJson(u"/v2/orders"_s, orderRequest(u"MSFT"_s, u"buy"_s, u"market"_s, u"1"_s));
    if (legacy) {
        QCOMPARE(openingBuy.status, 403);
        QCOMPARE(openingBuy.code(), 40310100);
    } else {
        QCOMPARE(openingBuy.status, 200);
    }
}

void tst_SimLifecycle::subPennyIncrements_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("price");
    QTest::addColumn<bool>("ok");

    // §7.2: at most 2 decimals from $1.00 up, at most 4 below.
    QTest::newRow("limit in cents")
        << u"AAPL"_s << u"limit"_s << u"limit_price"_s << u"200.01"_s << true;
    QTest::newRow("limit in mills")
        << u"AAPL"_s << u"limit"_s << u"limit_price"_s << u"200.015"_s << false;
    QTest::newRow("limit at $1.005")
        << u"AAPL"_s << u"limit"_s << u"limit_price"_s << u"1.005"_s << false;
    QTest::newRow("limit at $0.9999")
        << u"AAPL"_s << u"limit"_s << u"limit_price"_s << u"0.9999"_s << true;
    QTest::newRow("sub-dollar, 4 decimals")
        << u"PNNY"_s << u"limit"_s << u"limit_price"_s << u"0.2001"_s << true;
    QTest::newRow("sub-dollar, 5 decimals")
        << u"PNNY"_s << u"limit"_s << u"limit_price"_s << u"0.20005"_s << false;
    QTest::newRow("stop in mills")
        << u"AAPL"_s << u"stop"_s << u"stop_price"_s << u"900.005"_s << false;
    QTest::newRow("take-profit in mills")
        << u"AAPL"_s << u"bracket"_s << u"take_profit.limit_price"_s << u"900.005"_s << false;
    QTest::newRow("stop-loss in mills")
        << u"AAPL"_s << u"bracket"_s << u"stop_loss.stop_price"_s << u"10.001"_s << false;
    QTest::newRow("trail price in mills")
        << u"AAPL"_s << u"trailing_stop"_s << u"trail_price"_s << u"1.005"_s << false;
}

void tst_SimLifecycle::subPennyIncrements()
{
    QFETCH(QString, symbol);
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QString, price);
    QFETCH(bool, ok);
    QVERIFY(startService(FixedStart));

    QJsonObject request;
    if (type == u"bracket") {
        // The other leg is valid and far from the market.
        request = orderRequest(symbol, u"buy"_s, u"market"_s, u"1"_s);
        request.insert(u"order_class"_s, u"bracket"_s);
        const bool takeProfit = field.startsWith(u"take_profit");
        request.insert(u"take_profit"_s,
                       QJsonObject { { u"limit_price"_s, takeProfit ? price : u"900.00"_s } });
        request.insert(u"stop_loss"_s,
                       QJsonObject { { u"stop_price"_s, takeProfit ? u"10.00"_s : price } });
    } else {
        request = orderRequest(symbol, u"buy"_s, type, u"100"_s);
        request.insert(field, price);
    }
    const Reply reply = m_client->postJson(u"/v2/orders"_s, request);
    if (ok) {
        QVERIFY2(reply.status == 200, reply.body.constData());
        return;
    }
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.code(), 42210000);
    QVERIFY2(reply.message().contains(u"sub-penny"_s), qPrintable(reply.message()));
    QVERIFY2(reply.message().contains(field), qPrintable(reply.message()));
    QVERIFY(m_client->get(u"/v2/orders?status=all"_s).parse<QList<Order>>()->isEmpty());
}

void tst_SimLifecycle::clientOrderIdsStayUnique()
{
    QVERIFY(startService(FixedStart));
    const SimQuote q0 = quoteAt(u"AAPL"_s, now());
    const Decimal far = percentOff(q0.bid, -20);
    const auto withId = [&far](const QString &id) {
        QJsonObject request = limitRequest(u"AAPL"_s, u"buy"_s, u"1"_s, far);
        request.insert(u"client_order_id"_s, id);
        return request;
    };

    Order first;
    QVERIFY(place(withId(u"life-0001"_s), first));
    QCOMPARE(first.clientOrderId, u"life-0001"_s);
    QCOMPARE(m_client->del(u"/v2/orders/"_s + first.id).status, 204);
    // The id stays taken after its order has ended.
    const Reply reused = m_client->postJson(u"/v2/orders"_s, withId(u"life-0001"_s));
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.code(), 40010001);
    QVERIFY(reused.message().contains(u"unique"_s));

    // A replace may not take another order's id, but may take a fresh one.
    Order second;
    QVERIFY(place(withId(u"life-0002"_s), second));
    const Reply stolen =
        m_client->patch(u"/v2/orders/"_s + second.id, R"({"client_order_id":"life-0001"})");
    QCOMPARE(stolen.status, 422);
    QCOMPARE(stolen.code(), 40010001);
    const Reply renamed =
        m_client->patch(u"/v2/orders/"_s + second.id, R"({"client_order_id":"life-0003"})");
    QVERIFY2(renamed.status == 200, renamed.body.constData());
    const Result<Order> replacement = renamed.parse<Order>();
    QVERIFY(replacement.ok());
    const Reply found = m_client->get(u"/v2/orders:by_client_order_id?client_order_id=life-0003"_s);
    QCOMPARE(found.status, 200);
    QCOMPARE(found.parse<Order>()->id, replacement->id);
    // The replaced order keeps its own id, so it is still taken.
    QCOMPARE(m_client->postJson(u"/v2/orders"_s, withId(u"life-0002"_s)).status, 422);

    // §7.2: at most 48 characters.
    QCOMPARE(m_client->postJson(u"/v2/orders"_s, withId(QString(48, u'x'))).status, 200);
    const Reply tooLong = m_client->postJson(u"/v2/orders"_s, withId(QString(49, u'y')));
    QCOMPARE(tooLong.status, 422);
    QCOMPARE(tooLong.code(), 40010001);
}

QTEST_GUILESS_MAIN(tst_SimLifecycle)
#include "tst_simlifecycle.moc"
