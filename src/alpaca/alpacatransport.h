// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "credentials.h"
#include "result.h"
#include "retrypolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Elson {

class RateLimiter;
class Scheduler;

/**
 * The HTTP engine under AlpacaClient: one QNetworkAccessManager, Alpaca's two
 * key headers, a transfer timeout on every request, admission through the rate
 * limiter of the request's host, and the RetryPolicy (backoff with jitter for
 * idempotent requests, 429s waited out for every request). Redirects are never
 * followed (they could carry the keys elsewhere) and TLS errors are never
 * ignored. Everything is asynchronous; nothing here blocks or spins an event loop.
 *
 * The callback runs exactly once unless the transport is destroyed first, in
 * which case it is dropped (and with it any promise it holds, which cancels the
 * caller's future).
 */
class AlpacaTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlpacaTransport)

public:
    struct Options
    {
        QUrl tradingUrl;
        QUrl dataUrl;
        int transferTimeoutMs = 10'000;
        RetryPolicy retry;
        /**
         * Requests on the wire per host. QNetworkAccessManager opens 6 connections per
         * host and queues the rest, and its transfer timeout runs while a request
         * waits in that queue: a burst would time out requests that were never sent.
         * Keeping the queue here (with order actions first) makes the timeout measure
         * the server alone.
         */
        int maxConcurrentPerHost = 6;
    };

    using Callback = std::function<void(Result<ApiResponse>)>;

    /** @p scheduler and both limiters must outlive the transport. */
    AlpacaTransport(Credentials credentials, Options options, Scheduler *scheduler,
                    RateLimiter *tradingLimiter, RateLimiter *dataLimiter,
                    QObject *parent = nullptr);
    ~AlpacaTransport() override;

    /**
     * Sends @p request, retrying as its Retry mode and the policy allow, and
     * reports the 2xx answer or the last error.
     */
    void send(ApiRequest request, Callback done);

    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] Scheduler *scheduler() const { return m_scheduler; }
    [[nodiscard]] const Credentials &credentials() const { return m_credentials; }
    /** Requests started and not yet reported. */
    [[nodiscard]] int pendingCount() const { return int(m_calls.size()); }

private:
    struct Call;

    struct HostQueue
    {
        int inFlight = 0;
        std::deque<std::shared_ptr<Call>> orders;
        std::deque<std::shared_ptr<Call>> refreshes;
    };

    void dispatch(const std::shared_ptr<Call> &call);
    void pump(ApiRequest::Host host);
    void release(const std::shared_ptr<Call> &call);
    void start(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void retryOrFail(const std::shared_ptr<Call> &call, const Error &error, bool retryable);
    void finish(const std::shared_ptr<Call> &call, Result<ApiResponse> result);
    [[nodiscard]] RateLimiter *limiterFor(const ApiRequest &request) const;
    [[nodiscard]] QUrl urlFor(const ApiRequest &request) const;
    [[nodiscard]] HostQueue &queueFor(ApiRequest::Host host);

    Credentials m_credentials;
    Options m_options;
    Scheduler *m_scheduler;
    RateLimiter *m_tradingLimiter;
    RateLimiter *m_dataLimiter;
    QNetworkAccessManager *m_nam;
    QHash<quint64, std::shared_ptr<Call>> m_calls;
    HostQueue m_tradingQueue;
    HostQueue m_dataQueue;
    quint64 m_nextId = 1;
};

} // namespace Elson
