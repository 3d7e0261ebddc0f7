// SPDX-License-Identifier: GPL-3.0-or-later
#include "alpacaclient.h"

#include "alpacaerrors.h"
#include "alpacalogging.h"
#include "alpacatransport.h"
#include "apirequest.h"
#include "apiresponse.h"
#include "jsoncodec.h"
#include "marketdataresponses.h"
#include "ratelimiter.h"
#include "timerscheduler.h"

#include <QPromise>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Elson {

namespace {

template<typename T> using PromisePtr = std::shared_ptr<QPromise<Result<T>>>;

template<typename T> PromisePtr<T> makePromise()
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    return promise;
}

template<typename T> void settle(const PromisePtr<T> &promise, Result<T> result)
{
    promise->addResult(std::move(result));
    promise->finish();
}

template<typename T> Result<T> parseBody(const ApiResponse &response)
{
    Result<T> parsed = Json::parse<T>(response.body);
    if (!parsed)
        return AlpacaErrors::unexpectedBody(parsed.error(), response.httpStatus);
    return parsed;
}

/** A path segment from user input ("BRK.B", an asset id): percent-encoded. */
QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

/** RFC 3339 in UTC: no '+' for a query to mangle. */
QString utc(const Timestamp &t, int fractionDigits = 9)
{
    return t.toUtcString(fractionDigits);
}

ApiRequest get(const QString &path, ApiRequest::Host host = ApiRequest::Host::Trading)
{
    ApiRequest r;
    r.host = host;
    r.path = path;
    return r;
}

/** A call that changes something the trader asked for. */
ApiRequest action(const QByteArray &method, const QString &path, ApiRequest::Retry retry)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.priority = RequestPriority::Order;
    r.retry = retry;
    return r;
}

template<typename T> QString historyName();
template<> QString historyName<Bar>() { return QStringLiteral("bars"); }
template<> QString historyName<MarketTrade>() { return QStringLiteral("trades"); }
template<> QString historyName<Quote>() { return QStringLiteral("quotes"); }

QString statusName(OrderListQuery::Status status)
{
    switch (status) {
    case OrderListQuery::Status::Open: return QStringLiteral("open");
    case OrderListQuery::Status::Closed: return QStringLiteral("closed");
    case OrderListQuery::Status::All: return QStringLiteral("all");
    }
    return QStringLiteral("open");
}

// --- GET /v2/orders: no page token; move the submitted_at bound ---------------------------

struct OrderPaging
{
    OrderListQuery query;
    PromisePtr<QList<Order>> promise;
    QList<Order> collected;
    QSet<QString> seen;
    Timestamp bound;        ///< the moving until (desc) or after (asc)
    bool inclusive = false; ///< bound was stepped 1 ns past the last instant seen
};

/*
 * Alpaca's bounds are exclusive, so moving `until` to the last submitted_at would skip
 * any other order sharing that instant (the simulator's fixed clock makes that common).
 * The bound is therefore stepped 1 ns past the last instant: the orders at that instant
 * come again and are dropped by id, costing one slot per page. Should a whole page
 * share one instant, the next request falls back to the exclusive bound to make progress.
 */
void fetchOrderPage(AlpacaTransport *transport, const std::shared_ptr<OrderPaging> &paging)
{
    const OrderListQuery &q = paging->query;
    const int wanted = q.limit ? *q.limit - int(paging->collected.size()) : q.pageSize;
    const int pageLimit =
        std::clamp(std::min(q.pageSize, wanted + (paging->inclusive ? 1 : 0)), 1, 500);
    ApiRequest r = get(QStringLiteral("/v2/orders"));
    r.addQueryItem(QStringLiteral("status"), statusName(q.status));
    r.addQueryItem(QStringLiteral("limit"), QString::number(pageLimit));
    r.addQueryItem(QStringLiteral("direction"), q.ascending ? QStringLiteral("asc")
                                                            : QStringLiteral("desc"));
    r.addQueryItem(QStringLiteral("nested"), q.nested ? QStringLiteral("true")
                                                      : QStringLiteral("false"));
    const Timestamp after = q.ascending ? paging->bound : q.after;
    const Timestamp until = q.ascending ? q.until : paging->bound;
    if (!after.isNull())
        r.addQueryItem(QStringLiteral("after"), utc(after));
    if (!until.isNull())
        r.addQueryItem(QStringLiteral("until"), utc(until));
    if (!q.symbols.isEmpty())
        r.addQueryItem(QStringLiteral("symbols"), q.symbols.join(u','));
    if (q.side)
        r.addQueryItem(QStringLiteral("side"), QString(enumToWire(*q.side)));

    transport->send(std::move(r), [transport, paging, pageLimit](Result<ApiResponse> result) {
        if (!result) {
            settle(paging->promise, Result<QList<Order>>(result.error()));
            return;
        }
        Result<QList<Order>> page = parseBody<QList<Order>>(result.value());
        if (!page) {
            settle(paging->promise, Result<QList<Order>>(page.error()));
            return;
        }
        const OrderListQuery &query = paging->query;
        int fresh = 0;
        for (const Order &order : page.value()) {
            if (query.limit && paging->collected.size() >= *query.limit)
                break;
            if (paging->seen.contains(order.id))
                continue;
            paging->seen.insert(order.id);
            paging->collected.append(order);
            ++fresh;
        }
        const bool full = query.limit && paging->collected.size() >= *query.limit;
        const bool shortPage = page->size() < pageLimit;
        const Timestamp last = page->isEmpty() ? Timestamp() : page->constLast().submittedAt;
        if (full || shortPage || last.isNull()) {
            settle(paging->promise, Result<QList<Order>>(paging->collected));
            return;
        }
        if (fresh == 0) {
            if (!paging->inclusive) { // an exclusive bound that did not move: stop, never loop
                settle(paging->promise, Result<QList<Order>>(paging->collected));
                return;
            }
            qCWarning(lcAlpacaHttp) << "order paging: a whole page shares submitted_at"
                                    << last.toString() << "; orders at that instant beyond"
                                    << pageLimit << "may be missing";
            paging->bound = last;
            paging->inclusive = false;
        } else if (pageLimit >= 2) {
            paging->bound = query.ascending ? last.addNanos(-1) : last.addNanos(1);
            paging->inclusive = true;
        } else {
            paging->bound = last; // a page of one has no slot to spare
            paging->inclusive = false;
        }
        fetchOrderPage(transport, paging);
    });
}

// --- GET /v2/account/activities: page_token = the last id ---------------------------------

struct ActivityPaging
{
    ActivityQuery query;
    PromisePtr<QList<Activity>> promise;
    QList<Activity> collected;
    QString pageToken;
};

void fetchActivityPage(AlpacaTransport *transport, const std::shared_ptr<ActivityPaging> &paging)
{
    const ActivityQuery &q = paging->query;
    const int wanted = q.limit ? *q.limit - int(paging->collected.size()) : q.pageSize;
    const int pageSize = std::clamp(std::min(wanted, q.pageSize), 1, 100);
    ApiRequest r = get(QStringLiteral("/v2/account/activities"));
    if (!q.activityTypes.isEmpty())
        r.addQueryItem(QStringLiteral("activity_types"), q.activityTypes.join(u','));
    if (q.date.isValid())
        r.addQueryItem(QStringLiteral("date"), q.date.toString(Qt::ISODate));
    if (!q.after.isNull())
        r.addQueryItem(QStringLiteral("after"), utc(q.after));
    if (!q.until.isNull())
        r.addQueryItem(QStringLiteral("until"), utc(q.until));
    r.addQueryItem(QStringLiteral("direction"), q.ascending ? QStringLiteral("asc")
                                                            : QStringLiteral("desc"));
    r.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    if (!paging->pageToken.isEmpty())
        r.addQueryItem(QStringLiteral("page_token"), paging->pageToken);
    if (!q.category.isEmpty())
        r.addQueryItem(QStringLiteral("category"), q.category);
    if (!q.orderId.isEmpty())
        r.addQueryItem(QStringLiteral("order_id"), q.orderId);

    transport->send(std::move(r), [transport, paging, pageSize](Result<ApiResponse> result) {
        if (!result) {
            settle(paging->promise, Result<QList<Activity>>(result.error()));
            return;
        }
        Result<QList<Activity>> page = parseBody<QList<Activity>>(result.value());
        if (!page) {
            settle(paging->promise, Result<QList<Activity>>(page.error()));
            return;
        }
        const ActivityQuery &query = paging->query;
        for (const Activity &activity : page.value()) {
            if (query.limit && paging->collected.size() >= *query.limit)
                break;
            paging->collected.append(activity);
        }
        const bool full = query.limit && paging->collected.size() >= *query.limit;
        // Alpaca's rule: a short page is the last one.
        if (full || page->size() < pageSize || page->constLast().id == paging->pageToken) {
            settle(paging->promise, Result<QList<Activity>>(paging->collected));
            return;
        }
        paging->pageToken = page->constLast().id;
        fetchActivityPage(transport, paging);
    });
}

// --- market-data history: next_page_token until null --------------------------------------

void addMarketDataQuery(ApiRequest &r, const MarketDataQuery &q, const QString &feed, int limit)
{
    if (!q.timeframe.isEmpty())
        r.addQueryItem(QStringLiteral("timeframe"), q.timeframe);
    // The data OAS accepts no fractional seconds in start/end.
    if (!q.start.isNull())
        r.addQueryItem(QStringLiteral("start"), utc(q.start, 0));
    if (!q.end.isNull())
        r.addQueryItem(QStringLiteral("end"), utc(q.end, 0));
    r.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!feed.isEmpty())
        r.addQueryItem(QStringLiteral("feed"), feed);
    if (!q.adjustment.isEmpty())
        r.addQueryItem(QStringLiteral("adjustment"), q.adjustment);
    if (q.descending)
        r.addQueryItem(QStringLiteral("sort"), QStringLiteral("desc"));
    if (!q.asof.isEmpty())
        r.addQueryItem(QStringLiteral("asof"), q.asof);
    if (!q.currency.isEmpty())
        r.addQueryItem(QStringLiteral("currency"), q.currency);
}

/** Pages of one symbol (Single) or several (Multi); Items is QList<T> or QMap<QString, QList<T>>. */
template<typename T, typename Items> struct HistoryPaging
{
    QString path;
    QStringList symbols; ///< multi-symbol only
    MarketDataQuery query;
    QString feed;
    PromisePtr<Items> promise;
    Items collected;
    qsizetype count = 0;
    QString pageToken;
};

template<typename T> qsizetype append(QList<T> &into, QList<T> page, qsizetype room)
{
    const qsizetype n = std::min(room, page.size());
    into.append(page.mid(0, n));
    return n;
}

template<typename T>
qsizetype append(QMap<QString, QList<T>> &into, QMap<QString, QList<T>> page, qsizetype room)
{
    // Alpaca sorts by symbol, then time, and the limit counts across symbols.
    qsizetype taken = 0;
    for (auto it = page.cbegin(); it != page.cend() && taken < room; ++it) {
        const qsizetype n = std::min(room - taken, it.value().size());
        into[it.key()].append(it.value().mid(0, n));
        taken += n;
    }
    return taken;
}

template<typename T, typename Items, typename Page>
void fetchHistoryPage(AlpacaTransport *transport,
                      const std::shared_ptr<HistoryPaging<T, Items>> &paging)
{
    const MarketDataQuery &q = paging->query;
    const qsizetype wanted = q.limit ? *q.limit - paging->count : q.pageSize;
    const int limit = int(std::clamp<qsizetype>(std::min<qsizetype>(wanted, q.pageSize), 1, 10'000));
    ApiRequest r = get(paging->path, ApiRequest::Host::Data);
    if (!paging->symbols.isEmpty())
        r.addQueryItem(QStringLiteral("symbols"), paging->symbols.join(u','));
    addMarketDataQuery(r, q, paging->feed, limit);
    if (!paging->pageToken.isEmpty())
        r.addQueryItem(QStringLiteral("page_token"), paging->pageToken);

    transport->send(std::move(r), [transport, paging](Result<ApiResponse> result) {
        if (!result) {
            settle(paging->promise, Result<Items>(result.error()));
            return;
        }
        Result<Page> page = parseBody<Page>(result.value());
        if (!page) {
            settle(paging->promise, Result<Items>(page.error()));
            return;
        }
        const MarketDataQuery &query = paging->query;
        const qsizetype room = query.limit ? *query.limit - paging->count
                                       : std::numeric_limits<qsizetype>::max();
        paging->count += append(paging->collected, page->items, room);
        const bool full = query.limit && paging->count >= *query.limit;
        if (full || page->nextPageToken.isEmpty() || page->nextPageToken == paging->pageToken) {
            settle(paging->promise, Result<Items>(paging->collected));
            return;
        }
        paging->pageToken = page->nextPageToken;
        fetchHistoryPage<T, Items, Page>(transport, paging);
    });
}

// --- PATCH /v2/orders/{id} with an unknown outcome: read the old order back -----------------

void resolveReplace(AlpacaTransport *transport, const QString &oldId, const Error &reason,
                    const PromisePtr<Order> &promise)
{
    ApiRequest r = get(QStringLiteral("/v2/orders/") + segment(oldId));
    r.priority = RequestPriority::Order;
    transport->send(std::move(r), [transport, reason, promise](Result<ApiResponse> result) {
        Result<Order> old = result ? parseBody<Order>(result.value()) : Result<Order>(result.error());
        if (!old || old->status != OrderStatus::Replaced || old->replacedBy.isEmpty()) {
            // Not replaced (yet): report the original failure; the caller decides.
            settle(promise, Result<Order>(reason));
            return;
        }
        qCInfo(lcAlpacaOrders) << "replace of" << old->id << "landed as" << old->replacedBy;
        ApiRequest next = get(QStringLiteral("/v2/orders/") + segment(old->replacedBy));
        next.priority = RequestPriority::Order;
        transport->send(std::move(next), [promise](Result<ApiResponse> replaced) {
            settle(promise, replaced ? parseBody<Order>(replaced.value())
                                     : Result<Order>(replaced.error()));
        });
    });
}

} // namespace

// --- construction ---------------------------------------------------------------------------

AlpacaClient::AlpacaClient(Credentials credentials, Options options, QObject *parent)
    : AlpacaClient(std::move(credentials), std::move(options), nullptr, nullptr, parent)
{
}

AlpacaClient::AlpacaClient(Credentials credentials, Options options, Scheduler *scheduler,
                           RateLimiter *sharedTradingLimiter, QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_options(std::move(options))
{
    if (!scheduler) {
        m_ownScheduler = std::make_unique<TimerScheduler>();
        scheduler = m_ownScheduler.get();
    }
    m_scheduler = scheduler;
    if (!sharedTradingLimiter) {
        m_ownTradingLimiter = std::make_unique<RateLimiter>(m_options.tradingRequestsPerMinute,
                                                            m_scheduler);
        sharedTradingLimiter = m_ownTradingLimiter.get();
    }
    m_tradingLimiter = sharedTradingLimiter;
    m_dataLimiter = std::make_unique<RateLimiter>(m_options.dataRequestsPerMinute, m_scheduler);

    // Options built in code get the same URL rules as the environment's.
    const QUrl trading = m_options.endpoints.tradingUrl(m_options.environment);
    const Result<QUrl> tradingOk = AlpacaEndpoints::checkBaseUrl(
        trading.toString(), m_options.environment == TradingEnvironment::Live
            ? QString::fromLatin1(AlpacaEndpoints::LiveVariable)
            : QString::fromLatin1(AlpacaEndpoints::PaperVariable));
    const Result<QUrl> dataOk = AlpacaEndpoints::checkBaseUrl(
        m_options.endpoints.data.toString(), QString::fromLatin1(AlpacaEndpoints::DataVariable));
    if (!tradingOk) {
        m_configError = tradingOk.error();
    } else if (!dataOk) {
        m_configError = dataOk.error();
    } else if (m_credentials.isEmpty()) {
        Error e;
        e.code = Error::Code::Unauthorized;
        e.message = tr("No Alpaca API key is configured.");
        m_configError = e;
    }

    AlpacaTransport::Options transportOptions;
    transportOptions.tradingUrl = tradingOk ? tradingOk.value() : QUrl();
    transportOptions.dataUrl = dataOk ? dataOk.value() : QUrl();
    transportOptions.transferTimeoutMs = m_options.transferTimeoutMs;
    transportOptions.retry = m_options.retry;
    transportOptions.maxConcurrentPerHost = m_options.maxConcurrentPerHost;
    m_transport = new AlpacaTransport(m_credentials, transportOptions, m_scheduler,
                                      m_tradingLimiter, m_dataLimiter.get(), this);
    m_submitter = new OrderSubmitter(m_transport, this);
    connect(m_submitter, &OrderSubmitter::outcomeResolved, this,
            &AlpacaClient::submissionResolved);

    if (m_configError) {
        qCWarning(lcAlpacaHttp).noquote() << "client for" << m_credentials.maskedKeyId()
                                          << "is unusable:" << m_configError->toString();
    } else {
        qCInfo(lcAlpacaHttp).noquote()
            << "client for" << m_credentials.maskedKeyId() << "on"
            << m_options.endpoints.tradingUrl(m_options.environment).toDisplayString();
    }
}

AlpacaClient::~AlpacaClient()
{
    // Before the limiters and the scheduler they use go.
    delete m_submitter;
    delete m_transport;
}

int AlpacaClient::pendingRequests() const
{
    return m_transport->pendingCount();
}

QString AlpacaClient::feedOr(const QString &feed) const
{
    return feed.isEmpty() ? m_options.dataFeed : feed;
}

template<typename T> QFuture<Result<T>> AlpacaClient::failed() const
{
    PromisePtr<T> promise = makePromise<T>();
    settle(promise, Result<T>(*m_configError));
    return promise->future();
}

template<typename T> QFuture<Result<T>> AlpacaClient::fetch(ApiRequest request)
{
    if (m_configError)
        return failed<T>();
    PromisePtr<T> promise = makePromise<T>();
    m_transport->send(std::move(request), [promise](Result<ApiResponse> result) {
        settle(promise, result ? parseBody<T>(result.value()) : Result<T>(result.error()));
    });
    return promise->future();
}

// --- account --------------------------------------------------------------------------------

QFuture<Result<Account>> AlpacaClient::account()
{
    return fetch<Account>(get(QStringLiteral("/v2/account")));
}

QFuture<Result<AccountConfigurations>> AlpacaClient::accountConfigurations()
{
    return fetch<AccountConfigurations>(get(QStringLiteral("/v2/account/configurations")));
}

QFuture<Result<AccountConfigurations>> AlpacaClient::updateAccountConfigurations(
    const AccountConfigurationsPatch &patch)
{
    // Setting the same values twice is harmless: idempotent.
    ApiRequest r = action("PATCH", QStringLiteral("/v2/account/configurations"),
                          ApiRequest::Retry::Idempotent);
    r.body = Json::serialize(patch);
    return fetch<AccountConfigurations>(std::move(r));
}

// --- positions ------------------------------------------------------------------------------

QFuture<Result<QList<Position>>> AlpacaClient::positions()
{
    return fetch<QList<Position>>(get(QStringLiteral("/v2/positions")));
}

QFuture<Result<Position>> AlpacaClient::position(const QString &symbolOrAssetId)
{
    return fetch<Position>(get(QStringLiteral("/v2/positions/") + segment(symbolOrAssetId)));
}

QFuture<Result<Order>> AlpacaClient::closePosition(const QString &symbolOrAssetId,
                                                   const ClosePositionRequest &request)
{
    // A second copy would close more (qty) or again (percentage): never repeated blindly.
    ApiRequest r = action("DELETE", QStringLiteral("/v2/positions/") + segment(symbolOrAssetId),
                          ApiRequest::Retry::OnlyIfNotProcessed);
    const QUrlQuery query = request.toQuery();
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        r.addQueryItem(key, value);
    return fetch<Order>(std::move(r));
}

QFuture<Result<QList<ClosePositionResult>>> AlpacaClient::closeAllPositions(bool cancelOrders)
{
    ApiRequest r = action("DELETE", QStringLiteral("/v2/positions"),
                          ApiRequest::Retry::OnlyIfNotProcessed);
    r.addQueryItem(QStringLiteral("cancel_orders"),
                   cancelOrders ? QStringLiteral("true") : QStringLiteral("false"));
    return fetch<QList<ClosePositionResult>>(std::move(r));
}

// --- orders ---------------------------------------------------------------------------------

QFuture<Result<Order>> AlpacaClient::submitOrder(const OrderRequest &request)
{
    if (m_configError)
        return failed<Order>();
    PromisePtr<Order> promise = makePromise<Order>();
    m_submitter->submit(request, [promise](const Result<Order> &result) {
        settle(promise, result);
    });
    return promise->future();
}

QFuture<Result<QList<Order>>> AlpacaClient::orders(const OrderListQuery &query)
{
    if (m_configError)
        return failed<QList<Order>>();
    auto paging = std::make_shared<OrderPaging>();
    paging->query = query;
    paging->promise = makePromise<QList<Order>>();
    paging->bound = query.ascending ? query.after : query.until;
    if (query.limit && *query.limit <= 0) {
        settle(paging->promise, Result<QList<Order>>(QList<Order>()));
        return paging->promise->future();
    }
    fetchOrderPage(m_transport, paging);
    return paging->promise->future();
}

QFuture<Result<Order>> AlpacaClient::order(const QString &orderId, bool nested)
{
    ApiRequest r = get(QStringLiteral("/v2/orders/") + segment(orderId));
    r.addQueryItem(QStringLiteral("nested"), nested ? QStringLiteral("true")
                                                    : QStringLiteral("false"));
    return fetch<Order>(std::move(r));
}

QFuture<Result<Order>> AlpacaClient::orderByClientOrderId(const QString &clientOrderId)
{
    ApiRequest r = get(QStringLiteral("/v2/orders:by_client_order_id"));
    r.addQueryItem(QStringLiteral("client_order_id"), clientOrderId);
    return fetch<Order>(std::move(r));
}

QFuture<Result<Order>> AlpacaClient::replaceOrder(const QString &orderId,
                                                  const ReplaceOrderRequest &request)
{
    if (m_configError)
        return failed<Order>();
    // A replace makes a new order: a blind second PATCH could replace the replacement.
    ApiRequest r = action("PATCH", QStringLiteral("/v2/orders/") + segment(orderId),
                          ApiRequest::Retry::OnlyIfNotProcessed);
    r.body = Json::serialize(request);
    PromisePtr<Order> promise = makePromise<Order>();
    AlpacaTransport *transport = m_transport;
    m_transport->send(std::move(r), [transport, orderId, promise](Result<ApiResponse> result) {
        if (result) {
            Result<Order> order = parseBody<Order>(result.value());
            if (order) {
                settle(promise, order);
                return;
            }
            resolveReplace(transport, orderId, order.error(), promise);
            return;
        }
        if (AlpacaErrors::isOutcomeUnknown(result.error())) {
            resolveReplace(transport, orderId, result.error(), promise);
            return;
        }
        settle(promise, Result<Order>(result.error()));
    });
    return promise->future();
}

QFuture<Result<bool>> AlpacaClient::cancelOrder(const QString &orderId)
{
    if (m_configError)
        return failed<bool>();
    ApiRequest r = action("DELETE", QStringLiteral("/v2/orders/") + segment(orderId),
                          ApiRequest::Retry::Idempotent);
    PromisePtr<bool> promise = makePromise<bool>();
    AlpacaTransport *transport = m_transport;
    m_transport->send(std::move(r), [transport, orderId, promise](Result<ApiResponse> result) {
        if (result) {
            settle(promise, Result<bool>(true));
            return;
        }
        if (result.error().httpStatus != 422) {
            settle(promise, Result<bool>(result.error()));
            return;
        }
        // "Not cancelable": maybe because an earlier attempt of ours already cancelled it.
        const Error refusal = result.error();
        ApiRequest check = get(QStringLiteral("/v2/orders/") + segment(orderId));
        check.priority = RequestPriority::Order;
        transport->send(std::move(check), [promise, refusal](Result<ApiResponse> state) {
            const Result<Order> order = state ? parseBody<Order>(state.value())
                                              : Result<Order>(state.error());
            const bool canceled = order
                && (order->status == OrderStatus::Canceled
                    || order->status == OrderStatus::PendingCancel);
            settle(promise, canceled ? Result<bool>(true) : Result<bool>(refusal));
        });
    });
    return promise->future();
}

QFuture<Result<QList<CancelAllResult>>> AlpacaClient::cancelAllOrders()
{
    return fetch<QList<CancelAllResult>>(
        action("DELETE", QStringLiteral("/v2/orders"), ApiRequest::Retry::Idempotent));
}

// --- assets, clock, calendar ----------------------------------------------------------------

QFuture<Result<QList<Asset>>> AlpacaClient::assets(const AssetQuery &query)
{
    ApiRequest r = get(QStringLiteral("/v2/assets"));
    if (!query.status.isEmpty())
        r.addQueryItem(QStringLiteral("status"), query.status);
    if (!query.assetClass.isEmpty())
        r.addQueryItem(QStringLiteral("asset_class"), query.assetClass);
    if (!query.exchange.isEmpty())
        r.addQueryItem(QStringLiteral("exchange"), query.exchange);
    if (!query.attributes.isEmpty())
        r.addQueryItem(QStringLiteral("attributes"), query.attributes.join(u','));
    return fetch<QList<Asset>>(std::move(r));
}

QFuture<Result<Asset>> AlpacaClient::asset(const QString &symbolOrAssetId)
{
    return fetch<Asset>(get(QStringLiteral("/v2/assets/") + segment(symbolOrAssetId)));
}

QFuture<Result<Clock>> AlpacaClient::clock()
{
    return fetch<Clock>(get(QStringLiteral("/v2/clock")));
}

QFuture<Result<QList<CalendarDay>>> AlpacaClient::calendar(QDate start, QDate end)
{
    ApiRequest r = get(QStringLiteral("/v2/calendar"));
    if (start.isValid())
        r.addQueryItem(QStringLiteral("start"), start.toString(Qt::ISODate));
    if (end.isValid())
        r.addQueryItem(QStringLiteral("end"), end.toString(Qt::ISODate));
    return fetch<QList<CalendarDay>>(std::move(r));
}

// --- history --------------------------------------------------------------------------------

QFuture<Result<QList<Activity>>> AlpacaClient::activities(const ActivityQuery &query)
{
    if (m_configError)
        return failed<QList<Activity>>();
    auto paging = std::make_shared<ActivityPaging>();
    paging->query = query;
    paging->promise = makePromise<QList<Activity>>();
    if (query.limit && *query.limit <= 0) {
        settle(paging->promise, Result<QList<Activity>>(QList<Activity>()));
        return paging->promise->future();
    }
    fetchActivityPage(m_transport, paging);
    return paging->promise->future();
}

QFuture<Result<PortfolioHistory>> AlpacaClient::portfolioHistory(const PortfolioHistoryQuery &query)
{
    ApiRequest r = get(QStringLiteral("/v2/account/portfolio/history"));
    if (!query.period.isEmpty())
        r.addQueryItem(QStringLiteral("period"), query.period);
    if (!query.timeframe.isEmpty())
        r.addQueryItem(QStringLiteral("timeframe"), query.timeframe);
    if (!query.start.isNull())
        r.addQueryItem(QStringLiteral("start"), utc(query.start, 0));
    if (!query.end.isNull())
        r.addQueryItem(QStringLiteral("end"), utc(query.end, 0));
    if (!query.intradayReporting.isEmpty())
        r.addQueryItem(QStringLiteral("intraday_reporting"), query.intradayReporting);
    if (!query.pnlReset.isEmpty())
        r.addQueryItem(QStringLiteral("pnl_reset"), query.pnlReset);
    if (query.extendedHours) {
        r.addQueryItem(QStringLiteral("extended_hours"),
                       *query.extendedHours ? QStringLiteral("true") : QStringLiteral("false"));
    }
    return fetch<PortfolioHistory>(std::move(r));
}

// --- market data ----------------------------------------------------------------------------

template<typename T>
QFuture<Result<QList<T>>> AlpacaClient::history(const QString &symbol, const MarketDataQuery &query)
{
    if (m_configError)
        return failed<QList<T>>();
    auto paging = std::make_shared<HistoryPaging<T, QList<T>>>();
    paging->path = QStringLiteral("/v2/stocks/") + segment(symbol) + u'/' + historyName<T>();
    paging->query = query;
    paging->feed = feedOr(query.feed);
    paging->promise = makePromise<QList<T>>();
    fetchHistoryPage<T, QList<T>, HistoryPage<T>>(m_transport, paging);
    return paging->promise->future();
}

template<typename T>
QFuture<Result<QMap<QString, QList<T>>>> AlpacaClient::multiHistory(const QStringList &symbols,
                                                                    const MarketDataQuery &query)
{
    using Items = QMap<QString, QList<T>>;
    if (m_configError)
        return failed<Items>();
    auto paging = std::make_shared<HistoryPaging<T, Items>>();
    paging->path = QStringLiteral("/v2/stocks/") + historyName<T>();
    paging->symbols = symbols;
    paging->query = query;
    paging->feed = feedOr(query.feed);
    paging->promise = makePromise<Items>();
    fetchHistoryPage<T, Items, MultiHistoryPage<T>>(m_transport, paging);
    return paging->promise->future();
}

template<typename T>
QFuture<Result<T>> AlpacaClient::latest(const QString &symbol, const QString &feed)
{
    if (m_configError)
        return failed<T>();
    ApiRequest r = get(QStringLiteral("/v2/stocks/") + segment(symbol) + u'/' + historyName<T>()
                           + QStringLiteral("/latest"),
                       ApiRequest::Host::Data);
    r.addQueryItem(QStringLiteral("feed"), feedOr(feed));
    PromisePtr<T> promise = makePromise<T>();
    m_transport->send(std::move(r), [promise](Result<ApiResponse> result) {
        if (!result) {
            settle(promise, Result<T>(result.error()));
            return;
        }
        Result<Latest<T>> parsed = parseBody<Latest<T>>(result.value());
        settle(promise, parsed ? Result<T>(parsed->item) : Result<T>(parsed.error()));
    });
    return promise->future();
}

template<typename T>
QFuture<Result<QMap<QString, T>>> AlpacaClient::multiLatest(const QStringList &symbols,
                                                            const QString &feed)
{
    using Items = QMap<QString, T>;
    if (m_configError)
        return failed<Items>();
    ApiRequest r = get(QStringLiteral("/v2/stocks/") + historyName<T>() + QStringLiteral("/latest"),
                       ApiRequest::Host::Data);
    r.addQueryItem(QStringLiteral("symbols"), symbols.join(u','));
    r.addQueryItem(QStringLiteral("feed"), feedOr(feed));
    PromisePtr<Items> promise = makePromise<Items>();
    m_transport->send(std::move(r), [promise](Result<ApiResponse> result) {
        if (!result) {
            settle(promise, Result<Items>(result.error()));
            return;
        }
        Result<MultiLatest<T>> parsed = parseBody<MultiLatest<T>>(result.value());
        settle(promise, parsed ? Result<Items>(parsed->items) : Result<Items>(parsed.error()));
    });
    return promise->future();
}

QFuture<Result<QList<Bar>>> AlpacaClient::bars(const QString &symbol, const MarketDataQuery &query)
{
    return history<Bar>(symbol, query);
}

QFuture<Result<QMap<QString, QList<Bar>>>> AlpacaClient::multiBars(const QStringList &symbols,
                                                                   const MarketDataQuery &query)
{
    return multiHistory<Bar>(symbols, query);
}

QFuture<Result<QList<MarketTrade>>> AlpacaClient::trades(const QString &symbol,
                                                         const MarketDataQuery &query)
{
    return history<MarketTrade>(symbol, query);
}

QFuture<Result<QMap<QString, QList<MarketTrade>>>> AlpacaClient::multiTrades(
    const QStringList &symbols, const MarketDataQuery &query)
{
    return multiHistory<MarketTrade>(symbols, query);
}

QFuture<Result<QList<Quote>>> AlpacaClient::quotes(const QString &symbol,
                                                   const MarketDataQuery &query)
{
    return history<Quote>(symbol, query);
}

QFuture<Result<QMap<QString, QList<Quote>>>> AlpacaClient::multiQuotes(const QStringList &symbols,
                                                                       const MarketDataQuery &query)
{
    return multiHistory<Quote>(symbols, query);
}

QFuture<Result<Bar>> AlpacaClient::latestBar(const QString &symbol, const QString &feed)
{
    return latest<Bar>(symbol, feed);
}

QFuture<Result<QMap<QString, Bar>>> AlpacaClient::latestBars(const QStringList &symbols,
                                                             const QString &feed)
{
    return multiLatest<Bar>(symbols, feed);
}

QFuture<Result<MarketTrade>> AlpacaClient::latestTrade(const QString &symbol, const QString &feed)
{
    return latest<MarketTrade>(symbol, feed);
}

QFuture<Result<QMap<QString, MarketTrade>>> AlpacaClient::latestTrades(const QStringList &symbols,
                                                                       const QString &feed)
{
    return multiLatest<MarketTrade>(symbols, feed);
}

QFuture<Result<Quote>> AlpacaClient::latestQuote(const QString &symbol, const QString &feed)
{
    return latest<Quote>(symbol, feed);
}

QFuture<Result<QMap<QString, Quote>>> AlpacaClient::latestQuotes(const QStringList &symbols,
                                                                 const QString &feed)
{
    return multiLatest<Quote>(symbols, feed);
}

QFuture<Result<Snapshot>> AlpacaClient::snapshot(const QString &symbol, const QString &feed)
{
    ApiRequest r = get(QStringLiteral("/v2/stocks/") + segment(symbol) + QStringLiteral("/snapshot"),
                       ApiRequest::Host::Data);
    r.addQueryItem(QStringLiteral("feed"), feedOr(feed));
    return fetch<Snapshot>(std::move(r));
}

QFuture<Result<SnapshotMap>> AlpacaClient::snapshots(const QStringList &symbols,
                                                     const QString &feed)
{
    ApiRequest r = get(QStringLiteral("/v2/stocks/snapshots"), ApiRequest::Host::Data);
    r.addQueryItem(QStringLiteral("symbols"), symbols.join(u','));
    r.addQueryItem(QStringLiteral("feed"), feedOr(feed));
    return fetch<SnapshotMap>(std::move(r));
}

} // namespace Elson
