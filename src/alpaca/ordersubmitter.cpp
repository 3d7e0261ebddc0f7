// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordersubmitter.h"

#include "alpacaerrors.h"
#include "alpacalogging.h"
#include "alpacatransport.h"
#include "apiresponse.h"
#include "jsoncodec.h"
#include "scheduler.h"
#include "trade.h"

#include <QPointer>

namespace Elson {

struct OrderSubmitter::Submission
{
    OrderRequest request;
    QByteArray body;
    QList<Callback> waiters;
    int posts = 0;
    Error lastError; ///< why the latest POST's outcome was unknown
};

namespace {

/** The order found under our id must be the one we sent, not an old one reusing it. */
bool sameIntent(const Order &order, const OrderRequest &request)
{
    return order.symbol.compare(request.symbol, Qt::CaseInsensitive) == 0
        && order.side == request.side;
}

} // namespace

OrderSubmitter::OrderSubmitter(AlpacaTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

OrderSubmitter::~OrderSubmitter() = default;

void OrderSubmitter::submit(OrderRequest request, Callback done)
{
    if (request.clientOrderId.isEmpty())
        request.clientOrderId = Trade::newClientOrderId();
    const QString id = request.clientOrderId;
    if (const auto it = m_active.constFind(id); it != m_active.cend()) {
        qCInfo(lcAlpacaOrders) << "submission" << id << "is already in flight; joining it";
        it.value()->waiters.append(std::move(done));
        return;
    }
    auto submission = std::make_shared<Submission>();
    submission->body = Json::serialize(request);
    submission->request = std::move(request);
    submission->waiters.append(std::move(done));
    m_active.insert(id, submission);
    post(submission);
}

void OrderSubmitter::post(const std::shared_ptr<Submission> &submission)
{
    ++submission->posts;
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v2/orders");
    request.body = submission->body;
    request.priority = RequestPriority::Order;
    request.retry = ApiRequest::Retry::OnlyIfNotProcessed;
    qCInfo(lcAlpacaOrders) << "submitting" << submission->request.clientOrderId << "POST"
                           << submission->posts << "of"
                           << m_transport->options().retry.maxSubmissionAttempts;
    QPointer<OrderSubmitter> self(this);
    m_transport->send(std::move(request), [this, self, submission](Result<ApiResponse> result) {
        if (self)
            onPosted(submission, std::move(result));
    });
}

Result<Order> OrderSubmitter::readOrder(const ApiResponse &response)
{
    Result<Order> order = Json::parse<Order>(response.body);
    if (!order)
        return AlpacaErrors::unexpectedBody(order.error(), response.httpStatus);
    return order;
}

void OrderSubmitter::onPosted(const std::shared_ptr<Submission> &submission,
                              Result<ApiResponse> result)
{
    const QString &id = submission->request.clientOrderId;
    if (result) {
        Result<Order> order = readOrder(result.value());
        if (order) {
            finish(submission, order);
            return;
        }
        // A 200 we cannot read: the order exists, its body was lost.
        resolve(submission, order.error());
        return;
    }
    const Error &error = result.error();
    if (AlpacaErrors::isDuplicateClientOrderId(error)) {
        qCInfo(lcAlpacaOrders) << "submission" << id
                               << "answered \"client_order_id must be unique\": an earlier "
                                  "copy landed";
        resolve(submission, error);
        return;
    }
    if (AlpacaErrors::isOutcomeUnknown(error)) {
        qCInfo(lcAlpacaOrders) << "submission" << id << "outcome unknown:" << error.message;
        resolve(submission, error);
        return;
    }
    finish(submission, error); // the broker's answer: a rejection, or a 429 we gave up on
}

void OrderSubmitter::resolve(const std::shared_ptr<Submission> &submission, const Error &reason)
{
    submission->lastError = reason;
    ApiRequest request;
    request.path = QStringLiteral("/v2/orders:by_client_order_id");
    request.addQueryItem(QStringLiteral("client_order_id"), submission->request.clientOrderId);
    request.priority = RequestPriority::Order;
    request.retry = ApiRequest::Retry::Idempotent;
    QPointer<OrderSubmitter> self(this);
    m_transport->send(std::move(request), [this, self, submission](Result<ApiResponse> result) {
        if (self)
            onLookedUp(submission, std::move(result));
    });
}

void OrderSubmitter::onLookedUp(const std::shared_ptr<Submission> &submission,
                                Result<ApiResponse> result)
{
    const QString &id = submission->request.clientOrderId;
    if (result) {
        Result<Order> order = readOrder(result.value());
        if (!order) {
            Q_EMIT outcomeResolved(id, Resolution::Unknown);
            finish(submission, order.error());
            return;
        }
        if (!sameIntent(order.value(), submission->request)) {
            Q_EMIT outcomeResolved(id, Resolution::Unknown);
            Error error = Error::validation(
                QStringLiteral("client_order_id"),
                tr("This client order id already belongs to another order (%1 %2).")
                    .arg(enumToWire(order->side), order->symbol));
            error.httpStatus = 422;
            finish(submission, error);
            return;
        }
        qCInfo(lcAlpacaOrders) << "submission" << id << "landed as order" << order->id;
        Q_EMIT outcomeResolved(id, Resolution::Landed);
        finish(submission, order);
        return;
    }

    const Error &error = result.error();
    if (error.httpStatus == 404) {
        Q_EMIT outcomeResolved(id, Resolution::NotLanded);
        const int maxPosts = m_transport->options().retry.maxSubmissionAttempts;
        if (submission->posts < maxPosts) {
            const qint64 delay = m_transport->options().retry.backoffMs(
                submission->posts, m_transport->scheduler()->random());
            qCInfo(lcAlpacaOrders) << "submission" << id << "did not land; resubmitting in"
                                   << delay << "ms with the same client_order_id";
            QPointer<OrderSubmitter> self(this);
            m_transport->scheduler()->schedule(delay, this, [this, self, submission] {
                if (self)
                    post(submission);
            });
            return;
        }
        Error failed = submission->lastError;
        failed.message = tr("The order was not placed after %1 attempts: %2")
                             .arg(submission->posts)
                             .arg(submission->lastError.message);
        qCWarning(lcAlpacaOrders) << "submission" << id << "gave up:" << failed.message;
        finish(submission, failed);
        return;
    }

    // The lookup failed too: the order may or may not exist. Never guess.
    Q_EMIT outcomeResolved(id, Resolution::Unknown);
    Error unknown = error;
    unknown.code = Error::Code::Network;
    unknown.message = tr("The order's outcome is unknown (%1; the check failed: %2). Look at the "
                         "open orders before submitting it again.")
                          .arg(submission->lastError.message, error.message);
    qCWarning(lcAlpacaOrders) << "submission" << id << "outcome unknown:" << unknown.message;
    finish(submission, unknown);
}

void OrderSubmitter::finish(const std::shared_ptr<Submission> &submission,
                            const Result<Order> &result)
{
    m_active.remove(submission->request.clientOrderId);
    const QList<Callback> waiters = std::exchange(submission->waiters, {});
    for (const Callback &done : waiters)
        done(result);
}

} // namespace Elson
