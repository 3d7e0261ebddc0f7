// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order.h"
#include "orderrequest.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Elson {

class AlpacaTransport;
struct ApiResponse;

/**
 * POST /v2/orders made idempotent, so that no fault can place an order twice.
 *
 * Every submission carries a client_order_id fixed before the first byte is sent
 * and kept for every retry. Whenever the outcome of a POST is unknown — no answer
 * (timeout, dropped connection, which QNetworkAccessManager may even have resent
 * on its own), a 5xx, an unreadable 200 — the order is looked up with
 * GET /v2/orders:by_client_order_id before anything else is sent:
 * - found: that is the order (it landed); it is returned;
 * - 404: it did not land; the POST is repeated with the same id, at most
 *   RetryPolicy::maxSubmissionAttempts times in all;
 * - the lookup itself fails: the outcome stays unknown and is reported as such,
 *   never resubmitted blindly.
 * A 422 "client_order_id must be unique" means an earlier copy landed (QNAM's own
 * resend, or a retry): it is looked up and returned, never shown as a rejection.
 * Any other 4xx is the broker's answer and is returned as is; a 429 was refused
 * before it ran and is waited out by the transport.
 *
 * A second submit() with an id that is still in flight joins the first.
 */
class OrderSubmitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderSubmitter)

public:
    using Callback = std::function<void(Result<Order>)>;

    /** How an unknown outcome was settled, for the log and the tests. */
    enum class Resolution { Landed, NotLanded, Unknown };
    Q_ENUM(Resolution)

    /** @p transport must outlive the submitter. */
    explicit OrderSubmitter(AlpacaTransport *transport, QObject *parent = nullptr);
    ~OrderSubmitter() override;

    /**
     * Submits @p request. An empty client_order_id is generated here, once;
     * callers that persist an intent should set it themselves
     * (Trade::ensureClientOrderId()) so a resubmission after a restart is found too.
     */
    void submit(OrderRequest request, Callback done);

    /** Submissions in flight. */
    [[nodiscard]] int activeCount() const { return int(m_active.size()); }

Q_SIGNALS:
    /** An unknown outcome was looked up by its client_order_id. */
    void outcomeResolved(const QString &clientOrderId, Elson::OrderSubmitter::Resolution resolution);

private:
    struct Submission;

    void post(const std::shared_ptr<Submission> &submission);
    void onPosted(const std::shared_ptr<Submission> &submission, Result<ApiResponse> result);
    void resolve(const std::shared_ptr<Submission> &submission, const Error &reason);
    void onLookedUp(const std::shared_ptr<Submission> &submission, Result<ApiResponse> result);
    void finish(const std::shared_ptr<Submission> &submission, const Result<Order> &result);
    [[nodiscard]] static Result<Order> readOrder(const ApiResponse &response);

    AlpacaTransport *m_transport;
    QHash<QString, std::shared_ptr<Submission>> m_active;
};

} // namespace Elson
