// SPDX-License-Identifier: GPL-3.0-or-later
#include "alpacatransport.h"

#include "alpacaerrors.h"
#include "alpacalogging.h"
#include "ratelimiter.h"
#include "scheduler.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace Elson {

struct AlpacaTransport::Call
{
    quint64 id = 0;
    ApiRequest request;
    Callback done;
    int attempts = 0;       ///< sends that may count against maxAttempts
    int rateLimitWaits = 0; ///< 429s waited out
    bool holdsSlot = false; ///< counted in its host's inFlight
    qint64 startedMs = 0;
    QPointer<QNetworkReply> reply;
};

namespace {

/** QNetworkReply errors below 200 are transport failures; above, HTTP-level ones. */
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}

/** Failures where the request certainly never reached a server. */
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError
        || error == QNetworkReply::HostNotFoundError;
}

QString describe(const ApiRequest &request)
{
    return QString::fromLatin1(request.method) + u' ' + request.path;
}

} // namespace

AlpacaTransport::AlpacaTransport(Credentials credentials, Options options, Scheduler *scheduler,
                                 RateLimiter *tradingLimiter, RateLimiter *dataLimiter,
                                 QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_options(std::move(options))
    , m_scheduler(scheduler)
    , m_tradingLimiter(tradingLimiter)
    , m_dataLimiter(dataLimiter)
    , m_nam(new QNetworkAccessManager(this))
{
    // Redirects are refused per request; no automatic proxy credentials either.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AlpacaTransport::~AlpacaTransport()
{
    // Drop the callbacks first (cancelling the callers' futures), then the replies,
    // whose abort() would otherwise report into a half-destroyed object.
    const auto calls = std::exchange(m_calls, {});
    for (const std::shared_ptr<Call> &call : calls) {
        call->done = {};
        if (call->reply) {
            disconnect(call->reply, nullptr, this, nullptr);
            call->reply->abort();
        }
    }
}

RateLimiter *AlpacaTransport::limiterFor(const ApiRequest &request) const
{
    return request.host == ApiRequest::Host::Data ? m_dataLimiter : m_tradingLimiter;
}

QUrl AlpacaTransport::urlFor(const ApiRequest &request) const
{
    QUrl url = request.host == ApiRequest::Host::Data ? m_options.dataUrl : m_options.tradingUrl;
    // Tolerant mode keeps the percent-encoding of user-supplied segments.
    url.setPath(url.path() + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

void AlpacaTransport::send(ApiRequest request, Callback done)
{
    auto call = std::make_shared<Call>();
    call->id = m_nextId++;
    call->request = std::move(request);
    call->done = std::move(done);
    call->attempts = 1;
    call->startedMs = m_scheduler->monotonicMs();
    m_calls.insert(call->id, call);
    dispatch(call);
}

AlpacaTransport::HostQueue &AlpacaTransport::queueFor(ApiRequest::Host host)
{
    return host == ApiRequest::Host::Data ? m_dataQueue : m_tradingQueue;
}

void AlpacaTransport::dispatch(const std::shared_ptr<Call> &call)
{
    HostQueue &queue = queueFor(call->request.host);
    auto &waiting = call->request.priority == RequestPriority::Order ? queue.orders
                                                                     : queue.refreshes;
    waiting.push_back(call);
    pump(call->request.host);
}

void AlpacaTransport::pump(ApiRequest::Host host)
{
    HostQueue &queue = queueFor(host);
    while (queue.inFlight < std::max(1, m_options.maxConcurrentPerHost)
           && (!queue.orders.empty() || !queue.refreshes.empty())) {
        auto &waiting = queue.orders.empty() ? queue.refreshes : queue.orders;
        const std::shared_ptr<Call> call = waiting.front();
        waiting.pop_front();
        if (!m_calls.contains(call->id))
            continue;
        ++queue.inFlight;
        call->holdsSlot = true;
        // The slot is held while the rate limiter decides: nothing could be sent anyway.
        limiterFor(call->request)->acquire(call->request.priority, this, [this, call] {
            if (m_calls.contains(call->id))
                start(call);
        });
    }
}

void AlpacaTransport::release(const std::shared_ptr<Call> &call)
{
    if (!call->holdsSlot)
        return;
    call->holdsSlot = false;
    HostQueue &queue = queueFor(call->request.host);
    --queue.inFlight;
    // Let the next one start after this handler returns, not inside it.
    QMetaObject::invokeMethod(this, [this, host = call->request.host] { pump(host); },
                              Qt::QueuedConnection);
}

void AlpacaTransport::start(const std::shared_ptr<Call> &call)
{
    const ApiRequest &r = call->request;
    QNetworkRequest request(urlFor(r));
    request.setRawHeader("APCA-API-KEY-ID", m_credentials.keyId().toUtf8());
    request.setRawHeader("APCA-API-SECRET-KEY", m_credentials.secretKey().toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("ElsonTerminal/" ELSON_VERSION));
    if (!r.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    qCDebug(lcAlpacaHttp).noquote() << describe(r) << "attempt"
                                    << call->attempts + call->rateLimitWaits;
    QNetworkReply *reply = m_nam->sendCustomRequest(request, r.method, r.body);
    call->reply = reply;
    // No sslErrors handler on purpose: an unhandled TLS error fails the request.
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onFinished(call, reply); });
}

void AlpacaTransport::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_calls.contains(call->id))
        return;
    call->reply = nullptr;
    release(call);
    const ApiRequest &r = call->request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    RateLimiter *limiter = limiterFor(r);
    if (status != 429) { // a 429 closes the bucket through backOff() below, once
        limiter->observe(reply->rawHeader("X-Ratelimit-Remaining"),
                         reply->rawHeader("X-Ratelimit-Reset"), m_options.retry.rateLimitMarginMs);
    }

    if (status == 0 || isTransportError(netError)) {
        // A transfer timeout aborts the reply (OperationCanceled in Qt 6.4, Timeout later);
        // nothing else here cancels one.
        const bool timedOut = netError == QNetworkReply::TimeoutError
            || netError == QNetworkReply::OperationCanceledError;
        const Error error = AlpacaErrors::network(netError, timedOut);
        qCInfo(lcAlpacaHttp).noquote() << describe(r) << "failed without an answer:"
                                       << error.message;
        retryOrFail(call, error,
                    r.retry == ApiRequest::Retry::Idempotent || neverSent(netError));
        return;
    }

    if (status == 429) {
        const qint64 wait = m_options.retry.rateLimitWaitMs(reply->rawHeader("Retry-After"),
                                                            reply->rawHeader("X-Ratelimit-Reset"),
                                                            m_scheduler->epochMs());
        limiter->backOff(wait);
        if (call->rateLimitWaits < m_options.retry.maxRateLimitWaits) {
            ++call->rateLimitWaits;
            qCInfo(lcAlpacaHttp).noquote() << describe(r) << "rate limited; waiting" << wait
                                           << "ms";
            // A 429 was refused before it ran: safe to repeat whatever the method.
            dispatch(call);
            return;
        }
        finish(call, AlpacaErrors::http(status, body));
        return;
    }

    if (status < 200 || status >= 300) {
        Error error = AlpacaErrors::http(status, body);
        if (status >= 300 && status < 400) {
            error.message = AlpacaErrors::tr("The server redirected the request (HTTP %1), which "
                                             "is refused.")
                                .arg(status);
        }
        if (status >= 500)
            qCInfo(lcAlpacaHttp).noquote() << describe(r) << "answered" << status << error.message;
        else
            qCDebug(lcAlpacaHttp).noquote() << describe(r) << "answered" << status << error.message;
        retryOrFail(call, error,
                    r.retry == ApiRequest::Retry::Idempotent
                        && RetryPolicy::isRetryableStatus(status));
        return;
    }

    ApiResponse response;
    response.httpStatus = status;
    response.body = body;
    response.headers = reply->rawHeaderPairs();
    response.attempts = call->attempts + call->rateLimitWaits;
    qCDebug(lcAlpacaHttp).noquote() << describe(r) << "→" << status << "in"
                                    << m_scheduler->monotonicMs() - call->startedMs << "ms";
    finish(call, response);
}

void AlpacaTransport::retryOrFail(const std::shared_ptr<Call> &call, const Error &error,
                                  bool retryable)
{
    if (!retryable || call->attempts >= m_options.retry.maxAttempts) {
        finish(call, error);
        return;
    }
    const qint64 delay = m_options.retry.backoffMs(call->attempts, m_scheduler->random());
    ++call->attempts;
    qCInfo(lcAlpacaHttp).noquote() << describe(call->request) << "retrying in" << delay
                                   << "ms, attempt" << call->attempts << "of"
                                   << m_options.retry.maxAttempts;
    m_scheduler->schedule(delay, this, [this, call] {
        if (m_calls.contains(call->id))
            dispatch(call);
    });
}

void AlpacaTransport::finish(const std::shared_ptr<Call> &call, Result<ApiResponse> result)
{
    release(call);
    m_calls.remove(call->id);
    Callback done = std::move(call->done);
    call->done = {};
    if (done)
        done(std::move(result));
}

} // namespace Elson
