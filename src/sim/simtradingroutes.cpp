// SPDX-License-Identifier: GPL-3.0-or-later
#include "simtradingroutes.h"

#include "calendarday.h"
#include "clock.h"
#include "jsoncodec.h"
#include "simqueryparser.h"

#include <QLoggingCategory>

namespace Elson {

Q_LOGGING_CATEGORY(lcSimTrading, "elson.sim.trading", QtInfoMsg)

namespace {

template<typename T>
SimResponse ok(const T &value, int status = 200)
{
    SimResponse r;
    r.status = status;
    r.body = Json::serialize(value);
    return r;
}

/** An error as Alpaca's body; one without an HTTP status is an invalid request (422 40010001). */
SimResponse fail(Error error)
{
    if (error.httpStatus == 0) {
        if (!error.field.isEmpty() && !error.message.contains(error.field))
            error.message = error.field + QStringLiteral(": ") + error.message;
        error.httpStatus = 422;
        error.apiCode = SimQueryParser::TradingCode;
    }
    return SimResponse::error(error);
}

template<typename T>
SimResponse answer(const Result<T> &result, int status = 200)
{
    if (!result)
        return fail(result.error());
    return ok(result.value(), status);
}

} // namespace

SimTradingRoutes::SimTradingRoutes(SimExchange &exchange, NowSource now)
    : m_exchange(exchange)
    , m_now(std::move(now))
{
}

void SimTradingRoutes::sync()
{
    m_exchange.advanceTo(m_now());
}

Asset SimTradingRoutes::toAsset(const SimAsset &simAsset)
{
    Asset a;
    a.id = simAsset.id.toString(QUuid::WithoutBraces);
    a.assetClass = AssetClass::UsEquity;
    a.exchange = simAsset.exchange;
    a.symbol = simAsset.symbol;
    a.name = simAsset.name;
    a.status = simAsset.active ? AssetStatus::Active : AssetStatus::Inactive;
    a.tradable = simAsset.tradable;
    a.marginable = simAsset.marginable;
    a.shortable = simAsset.shortable;
    a.easyToBorrow = simAsset.easyToBorrow;
    a.fractionable = simAsset.fractionable;
    a.maintenanceMarginRequirement = Decimal::fromInt(simAsset.maintenanceMarginRequirement);
    // sim decision: a marginable long needs the maintenance requirement, a
    // non-marginable one 100%; a short at least 30%, 100% when not shortable.
    const Decimal hundred = Decimal::fromInt(100);
    const Decimal maintenance = Decimal::fromInt(simAsset.maintenanceMarginRequirement);
    a.marginRequirementLong = simAsset.marginable ? maintenance : hundred;
    a.marginRequirementShort = simAsset.shortable
        ? Decimal::max(maintenance, Decimal::fromInt(30)) : hundred;
    return a;
}

void SimTradingRoutes::addTo(SimRouter &router)
{
    const auto add = [this, &router](const char *method, const char *path,
                                     SimResponse (SimTradingRoutes::*handler)(const SimRequest &)) {
        router.add(QByteArray(method), QString::fromLatin1(path),
                   [this, handler](const SimRequest &request) {
                       sync();
                       return (this->*handler)(request);
                   });
    };
    add("GET", "/v2/account", &SimTradingRoutes::account);
    add("GET", "/v2/account/configurations", &SimTradingRoutes::configurations);
    add("PATCH", "/v2/account/configurations", &SimTradingRoutes::patchConfigurations);
    add("GET", "/v2/positions", &SimTradingRoutes::positions);
    add("DELETE", "/v2/positions", &SimTradingRoutes::closeAllPositions);
    add("GET", "/v2/positions/{symbol_or_asset_id}", &SimTradingRoutes::position);
    add("DELETE", "/v2/positions/{symbol_or_asset_id}", &SimTradingRoutes::closePosition);
    add("POST", "/v2/orders", &SimTradingRoutes::submitOrder);
    add("GET", "/v2/orders", &SimTradingRoutes::listOrders);
    add("DELETE", "/v2/orders", &SimTradingRoutes::cancelAllOrders);
    add("GET", "/v2/orders/{order_id}", &SimTradingRoutes::getOrder);
    add("PATCH", "/v2/orders/{order_id}", &SimTradingRoutes::replaceOrder);
    add("DELETE", "/v2/orders/{order_id}", &SimTradingRoutes::cancelOrder);
    add("GET", "/v2/orders:by_client_order_id", &SimTradingRoutes::orderByClientOrderId);
    add("GET", "/v2/assets", &SimTradingRoutes::assets);
    add("GET", "/v2/assets/{symbol_or_asset_id}", &SimTradingRoutes::asset);
    add("GET", "/v2/clock", &SimTradingRoutes::clock);
    add("GET", "/v2/calendar", &SimTradingRoutes::calendar);
    add("GET", "/v2/account/activities", &SimTradingRoutes::activities);
    add("GET", "/v2/account/activities/{activity_type}", &SimTradingRoutes::activities);
    add("GET", "/v2/account/portfolio/history", &SimTradingRoutes::portfolioHistory);
}

// --- account ---------------------------------------------------------------------------------

SimResponse SimTradingRoutes::account(const SimRequest &)
{
    return ok(m_exchange.account());
}

SimResponse SimTradingRoutes::configurations(const SimRequest &)
{
    return ok(m_exchange.configurations());
}

SimResponse SimTradingRoutes::patchConfigurations(const SimRequest &request)
{
    const auto patch = SimQueryParser::body<AccountConfigurationsPatch>(request);
    if (!patch)
        return fail(patch.error());
    return answer(m_exchange.patchConfigurations(patch.value()));
}

// --- positions -------------------------------------------------------------------------------

SimResponse SimTradingRoutes::positions(const SimRequest &)
{
    return ok(m_exchange.positions());
}

SimResponse SimTradingRoutes::position(const SimRequest &request)
{
    return answer(m_exchange.position(request.params.value(QStringLiteral("symbol_or_asset_id"))));
}

SimResponse SimTradingRoutes::closePosition(const SimRequest &request)
{
    const SimQueryParser query(request);
    const auto close = ClosePositionRequest::fromQuery(request.query);
    if (!close)
        return fail(query.invalid(close.error().field, close.error().message));
    return answer(m_exchange.closePosition(request.params.value(QStringLiteral("symbol_or_asset_id")),
                                           close.value()));
}

SimResponse SimTradingRoutes::closeAllPositions(const SimRequest &request)
{
    const SimQueryParser query(request);
    const auto cancelOrders = query.boolean(QStringLiteral("cancel_orders"));
    if (!cancelOrders)
        return fail(cancelOrders.error());
    return ok(m_exchange.closeAllPositions(cancelOrders.value().value_or(false)), 207);
}

// --- orders ----------------------------------------------------------------------------------

SimResponse SimTradingRoutes::submitOrder(const SimRequest &request)
{
    const auto order = SimQueryParser::body<OrderRequest>(request);
    if (!order)
        return fail(order.error());
    const Result<Order> placed = m_exchange.submitOrder(order.value());
    if (placed) {
        ++m_ordersAccepted;
        qCDebug(lcSimTrading) << "order" << placed->id << placed->symbol << "accepted";
    }
    return answer(placed);
}

SimResponse SimTradingRoutes::listOrders(const SimRequest &request)
{
    const SimQueryParser query(request);
    SimExchange::OrderQuery q;
    const auto status = query.oneOf(QStringLiteral("status"),
                                    {QStringLiteral("open"), QStringLiteral("closed"), QStringLiteral("all")});
    if (!status)
        return fail(status.error());
    if (status.value() == QStringLiteral("closed"))
        q.status = SimExchange::OrderQuery::Status::Closed;
    else if (status.value() == QStringLiteral("all"))
        q.status = SimExchange::OrderQuery::Status::All;
    // sim decision: limit above Alpaca's maximum of 500 is refused, not clamped.
    const auto limit = query.integer(QStringLiteral("limit"), 1, 500);
    if (!limit)
        return fail(limit.error());
    q.limit = limit.value().value_or(50);
    const auto after = query.timestamp(QStringLiteral("after"));
    if (!after)
        return fail(after.error());
    q.after = after.value().value_or(Timestamp());
    const auto until = query.timestamp(QStringLiteral("until"));
    if (!until)
        return fail(until.error());
    q.until = until.value().value_or(Timestamp());
    const auto direction = query.oneOf(QStringLiteral("direction"),
                                       {QStringLiteral("asc"), QStringLiteral("desc")});
    if (!direction)
        return fail(direction.error());
    q.ascending = direction.value() == QStringLiteral("asc");
    const auto nested = query.boolean(QStringLiteral("nested"));
    if (!nested)
        return fail(nested.error());
    q.nested = nested.value().value_or(false);
    q.symbols = query.list(QStringLiteral("symbols"));
    const auto side = query.oneOf(QStringLiteral("side"), {QStringLiteral("buy"), QStringLiteral("sell")});
    if (!side)
        return fail(side.error());
    if (side.value())
        q.side = *side.value() == u"buy" ? OrderSide::Buy : OrderSide::Sell;
    return answer(m_exchange.orders(q));
}

SimResponse SimTradingRoutes::cancelAllOrders(const SimRequest &)
{
    return ok(m_exchange.cancelAllOrders(), 207);
}

SimResponse SimTradingRoutes::getOrder(const SimRequest &request)
{
    const SimQueryParser query(request);
    const auto nested = query.boolean(QStringLiteral("nested"));
    if (!nested)
        return fail(nested.error());
    return answer(m_exchange.order(request.params.value(QStringLiteral("order_id")),
                                   nested.value().value_or(false)));
}

SimResponse SimTradingRoutes::replaceOrder(const SimRequest &request)
{
    const auto replace = SimQueryParser::body<ReplaceOrderRequest>(request);
    if (!replace)
        return fail(replace.error());
    return answer(m_exchange.replaceOrder(request.params.value(QStringLiteral("order_id")),
                                          replace.value()));
}

SimResponse SimTradingRoutes::cancelOrder(const SimRequest &request)
{
    const Result<Order> canceled = m_exchange.cancelOrder(request.params.value(QStringLiteral("order_id")));
    if (!canceled)
        return fail(canceled.error());
    return SimResponse::noContent();
}

SimResponse SimTradingRoutes::orderByClientOrderId(const SimRequest &request)
{
    const SimQueryParser query(request);
    const QString id = query.text(QStringLiteral("client_order_id"));
    if (id.isEmpty())
        return fail(query.missing(QStringLiteral("client_order_id")));
    const auto nested = query.boolean(QStringLiteral("nested"));
    if (!nested)
        return fail(nested.error());
    return answer(m_exchange.orderByClientOrderId(id, nested.value().value_or(false)));
}

// --- assets, clock, calendar -----------------------------------------------------------------

SimResponse SimTradingRoutes::assets(const SimRequest &request)
{
    const SimQueryParser query(request);
    const auto status = query.oneOf(QStringLiteral("status"),
                                    {QStringLiteral("active"), QStringLiteral("inactive")});
    if (!status)
        return fail(status.error());
    const auto assetClass = query.oneOf(QStringLiteral("asset_class"),
                                        {QStringLiteral("us_equity"), QStringLiteral("us_option"),
                                         QStringLiteral("crypto")});
    if (!assetClass)
        return fail(assetClass.error());
    const QString exchange = query.text(QStringLiteral("exchange"));
    const QStringList attributes = query.list(QStringLiteral("attributes"));

    QList<Asset> out;
    for (const SimAsset &simAsset : m_exchange.universe().assets()) {
        const Asset a = toAsset(simAsset);
        if (status.value() && enumToWire(a.status) != *status.value())
            continue;
        if (assetClass.value() && enumToWire(a.assetClass) != *assetClass.value())
            continue;
        if (!exchange.isEmpty() && a.exchange != exchange)
            continue;
        // Alpaca: assets having any of the listed attributes (the simulated ones have none).
        if (!attributes.isEmpty()
            && std::none_of(attributes.cbegin(), attributes.cend(),
                            [&a](const QString &attr) { return a.attributes.contains(attr); })) {
            continue;
        }
        out.append(a);
    }
    return ok(out);
}

SimResponse SimTradingRoutes::asset(const SimRequest &request)
{
    const SimAsset *simAsset =
        m_exchange.universe().find(request.params.value(QStringLiteral("symbol_or_asset_id")));
    if (!simAsset)
        return SimResponse::error(404, 40410000, tr("asset not found"));
    return ok(toAsset(*simAsset));
}

SimResponse SimTradingRoutes::clock(const SimRequest &)
{
    return ok(m_exchange.calendar().clockAt(m_now()));
}

SimResponse SimTradingRoutes::calendar(const SimRequest &request)
{
    const SimQueryParser query(request);
    const auto start = query.date(QStringLiteral("start"));
    if (!start)
        return fail(start.error());
    const auto end = query.date(QStringLiteral("end"));
    if (!end)
        return fail(end.error());
    // sim decision: without bounds, the years the built-in schedule tabulates.
    const QDate from = start.value().value_or(QDate(MarketCalendar::FirstTabulatedYear, 1, 1));
    const QDate to = end.value().value_or(QDate(MarketCalendar::LastTabulatedYear, 12, 31));
    if (from.daysTo(to) > 366 * 30)
        return fail(query.invalid(QStringLiteral("end"), tr("the range may span at most 30 years")));
    if (to < from)
        return ok(QList<CalendarDay>());
    return ok(m_exchange.calendar().days(from, to));
}

// --- history ---------------------------------------------------------------------------------

SimResponse SimTradingRoutes::activities(const SimRequest &request)
{
    const SimQueryParser query(request);
    SimExchange::ActivityQuery q;
    const QString pathType = request.params.value(QStringLiteral("activity_type"));
    if (!pathType.isEmpty()) {
        if (!enumFromWire<ActivityType>(pathType))
            return SimResponse::error(404, 40410000, tr("activity type not found: %1").arg(pathType));
        q.activityTypes = {pathType};
    } else {
        q.activityTypes = query.list(QStringLiteral("activity_types"));
    }
    const auto category = query.oneOf(QStringLiteral("category"),
                                      {QStringLiteral("trade_activity"),
                                       QStringLiteral("non_trade_activity")});
    if (!category)
        return fail(category.error());
    if (category.value() && q.activityTypes.isEmpty()) {
        const bool trades = *category.value() == u"trade_activity";
        for (const ActivityType type : enumValues<ActivityType>()) {
            if ((type == ActivityType::Fill) == trades)
                q.activityTypes.append(QString(enumToWire(type)));
        }
    }
    const auto date = query.date(QStringLiteral("date"));
    if (!date)
        return fail(date.error());
    q.date = date.value().value_or(QDate());
    const auto after = query.timestamp(QStringLiteral("after"));
    if (!after)
        return fail(after.error());
    q.after = after.value().value_or(Timestamp());
    const auto until = query.timestamp(QStringLiteral("until"), true);
    if (!until)
        return fail(until.error());
    q.until = until.value().value_or(Timestamp());
    const auto direction = query.oneOf(QStringLiteral("direction"),
                                       {QStringLiteral("asc"), QStringLiteral("desc")});
    if (!direction)
        return fail(direction.error());
    q.ascending = direction.value() == QStringLiteral("asc");
    // Range checks (1–100, unlimited with date) are the activity log's.
    const auto pageSize = query.integer(QStringLiteral("page_size"), 1, 100'000);
    if (!pageSize)
        return fail(pageSize.error());
    q.pageSize = pageSize.value().value_or(q.date.isValid() ? 100'000 : 100);
    q.pageToken = query.text(QStringLiteral("page_token"));
    q.orderId = query.text(QStringLiteral("order_id"));
    return answer(m_exchange.activities(q));
}

SimResponse SimTradingRoutes::portfolioHistory(const SimRequest &request)
{
    const SimQueryParser query(request);
    const auto start = query.timestamp(QStringLiteral("start"));
    if (!start)
        return fail(start.error());
    auto end = query.timestamp(QStringLiteral("end"), true);
    if (!end)
        return fail(end.error());
    if (!end.value() && query.has(QStringLiteral("date_end"))) {
        end = query.timestamp(QStringLiteral("date_end"), true); // the older parameter
        if (!end)
            return fail(end.error());
    }
    const auto extended = query.boolean(QStringLiteral("extended_hours"));
    if (!extended)
        return fail(extended.error());
    return answer(m_exchange.portfolioHistory(query.text(QStringLiteral("period")),
                                              query.text(QStringLiteral("timeframe")),
                                              start.value().value_or(Timestamp()),
                                              end.value().value_or(Timestamp())));
}

} // namespace Elson
