// SPDX-License-Identifier: GPL-3.0-or-later
#include "alpacabroker.h"

#include "alpacaclient.h"
#include "auditjournal.h"
#include "credentialstate.h"
#include "jsoncodec.h"
#include "tradeupdatesstream.h"
#include "validationcontext.h"
#include "validationreport.h"

#include <QJsonArray>
#include <QPromise>

#include <utility>

namespace Elson {

namespace {

TradingMode tradingModeOf(Broker::Mode mode)
{
    return mode == Broker::Mode::Live ? TradingMode::Live : TradingMode::Paper;
}

QJsonObject errorJson(const Error &error)
{
    QJsonObject o{{QStringLiteral("code"), errorCodeName(error.code)},
                  {QStringLiteral("message"), error.message}};
    if (error.httpStatus != 0)
        o.insert(QStringLiteral("http_status"), error.httpStatus);
    if (error.apiCode != 0)
        o.insert(QStringLiteral("api_code"), QString::number(error.apiCode));
    if (!error.field.isEmpty())
        o.insert(QStringLiteral("field"), error.field);
    const QString rule = error.extra.value(QStringLiteral("rule")).toString();
    if (!rule.isEmpty())
        o.insert(QStringLiteral("rule"), rule);
    return o;
}

QJsonObject summary(const Order &order)
{
    return {{QStringLiteral("order_id"), order.id},
            {QStringLiteral("client_order_id"), order.clientOrderId},
            {QStringLiteral("status"), Json::toJson(order).toObject().value(QStringLiteral("status"))}};
}
QJsonObject summary(bool accepted) { return {{QStringLiteral("accepted"), accepted}}; }
QJsonObject summary(const QList<CancelAllResult> &results)
{
    return {{QStringLiteral("results"), Json::toJson(results)}};
}
QJsonObject summary(const QList<ClosePositionResult> &results)
{
    return {{QStringLiteral("results"), Json::toJson(results)}};
}

template<typename T> QFuture<Result<T>> readyError(const Error &error)
{
    return QtFuture::makeReadyFuture(Result<T>(error));
}

} // namespace

/** One executeTrade() in flight: the context being gathered and the promise to keep. */
struct AlpacaBroker::Submission
{
    Trade trade;
    ValidationContext context;
    int pending = 0;
    std::optional<Error> error;
    QPromise<Result<Order>> promise;

    void finish(Result<Order> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }
};

AlpacaBroker::AlpacaBroker(Settings settings, QObject *parent)
    : Broker(parent), m_settings(std::move(settings))
{
    AlpacaClient::Options options;
    options.endpoints = m_settings.endpoints;
    options.environment = m_settings.mode == Mode::Live ? TradingEnvironment::Live
                                                        : TradingEnvironment::Paper;
    options.transferTimeoutMs = m_settings.transferTimeoutMs;
    m_client = new AlpacaClient(Credentials(m_settings.credentials.keyId(),
                                            m_settings.credentials.secretKey()),
                                options, this);
}

AlpacaBroker::~AlpacaBroker() = default;

void AlpacaBroker::setJournal(AuditJournal *journal)
{
    m_journal = journal;
    if (m_journal)
        m_journal->addSecret(m_settings.credentials.secretKey());
}

Result<qint64> AlpacaBroker::journal(const QString &action, const QJsonObject &details)
{
    if (!m_journal)
        return qint64(0);
    QJsonObject all = details;
    all.insert(QStringLiteral("broker"), modeName(m_settings.mode));
    all.insert(QStringLiteral("key_id"), m_settings.credentials.maskedKeyId());
    return m_journal->append(QStringLiteral("user"), action, tradingModeOf(m_settings.mode),
                             AuditJournal::maskSecrets(all, {m_settings.credentials.secretKey()}));
}

template<typename T>
QFuture<Result<T>> AlpacaBroker::journalResult(QFuture<Result<T>> future, const QString &action,
                                               QJsonObject details)
{
    return future.then(this, [this, action, details](Result<T> result) {
        QJsonObject d = details;
        d.insert(QStringLiteral("ok"), result.ok());
        if (result.ok()) {
            const QJsonObject s = summary(result.value());
            for (auto it = s.begin(); it != s.end(); ++it)
                d.insert(it.key(), it.value());
        } else {
            d.insert(QStringLiteral("error"), errorJson(result.error()));
        }
        // The action already happened: a journal failure here cannot undo it, so the
        // caller still gets the exchange's answer.
        (void)journal(action, d);
        return result;
    });
}

QFuture<Result<Order>> AlpacaBroker::executeTrade(Trade trade, QSet<QString> acknowledged)
{
    auto submission = std::make_shared<Submission>();
    submission->promise.start();
    QFuture<Result<Order>> future = submission->promise.future();

    trade.paper = m_settings.mode != Mode::Live;
    trade.ensureClientOrderId();
    submission->trade = trade;
    ValidationContext &context = submission->context;
    context.trade = trade;
    context.limits = m_settings.limits;
    context.mode = tradingModeOf(m_settings.mode);
    context.environment = m_settings.environment;
    context.liveTradingEnabled = m_settings.liveTradingEnabled;
    context.credentials = CredentialState::of(m_settings.credentials,
                                              m_settings.validatedAgainstLive);
    context.acknowledged = std::move(acknowledged);

    // Everything the chain reads, in parallel; the chain runs when the last answer is in.
    submission->pending = 6;
    auto arrived = [this, submission]() {
        if (--submission->pending == 0)
            validateAndSubmit(submission);
    };
    auto required = [submission](const Error &error) {
        if (!submission->error)
            submission->error = error;
    };
    m_client->account().then(this, [submission, arrived, required](Result<Account> r) {
        if (r)
            submission->context.account = r.value();
        else
            required(r.error());
        arrived();
    });
    m_client->positions().then(this, [submission, arrived, required](Result<QList<Position>> r) {
        if (r)
            submission->context.positions = r.value();
        else
            required(r.error());
        arrived();
    });
    OrderListQuery open;
    open.status = OrderListQuery::Status::Open;
    m_client->orders(open).then(this, [submission, arrived, required](Result<QList<Order>> r) {
        if (r)
            submission->context.openOrders = r.value();
        else
            required(r.error());
        arrived();
    });
    m_client->clock().then(this, [submission, arrived, required](Result<Clock> r) {
        if (r) {
            submission->context.clock = r.value();
            submission->context.now = r.value().timestamp;
        } else {
            required(r.error());
        }
        arrived();
    });
    // An unknown symbol is the chain's to report (symbol.tradable), not a failure here.
    m_client->asset(trade.symbol).then(this, [submission, arrived, required](Result<Asset> r) {
        if (r)
            submission->context.asset = r.value();
        else if (r.error().code != Error::Code::NotFound)
            required(r.error());
        arrived();
    });
    // No quote only disables the price collar.
    m_client->latestQuote(trade.symbol).then(this, [submission, arrived](Result<Quote> r) {
        if (r)
            submission->context.quote = r.value();
        arrived();
    });
    return future;
}

void AlpacaBroker::validateAndSubmit(const std::shared_ptr<Submission> &submission)
{
    const Trade &trade = submission->trade;
    if (submission->error) {
        (void)journal(QStringLiteral("order.refused"),
                      {{QStringLiteral("client_order_id"), trade.clientOrderId},
                       {QStringLiteral("symbol"), trade.symbol},
                       {QStringLiteral("reason"), QStringLiteral("context")},
                       {QStringLiteral("error"), errorJson(*submission->error)}});
        submission->finish(*submission->error);
        return;
    }

    const ValidationReport report = m_chain.run(submission->context);
    if (const std::optional<Error> refusal = report.refusal()) {
        (void)journal(QStringLiteral("order.refused"),
                      {{QStringLiteral("client_order_id"), trade.clientOrderId},
                       {QStringLiteral("symbol"), trade.symbol},
                       {QStringLiteral("reason"), QStringLiteral("validation")},
                       {QStringLiteral("error"), errorJson(*refusal)},
                       {QStringLiteral("validation"), report.toJson()}});
        submission->finish(*refusal);
        return;
    }

    Result<OrderRequest> request = trade.toOrderRequest();
    if (!request) {
        (void)journal(QStringLiteral("order.refused"),
                      {{QStringLiteral("client_order_id"), trade.clientOrderId},
                       {QStringLiteral("symbol"), trade.symbol},
                       {QStringLiteral("reason"), QStringLiteral("request")},
                       {QStringLiteral("error"), errorJson(request.error())}});
        submission->finish(request.error());
        return;
    }

    const QJsonObject intent{{QStringLiteral("client_order_id"), trade.clientOrderId},
                             {QStringLiteral("symbol"), trade.symbol},
                             {QStringLiteral("request"), Json::toJson(request.value())},
                             {QStringLiteral("validation"), report.toJson()}};
    // Never send an order whose intent is not on disk.
    if (Result<qint64> seq = journal(QStringLiteral("order.submit"), intent); !seq) {
        Error error = seq.error();
        error.message = tr("The order was not sent: the audit journal could not record it (%1).")
                            .arg(seq.error().message);
        submission->finish(error);
        return;
    }

    journalResult(m_client->submitOrder(request.value()), QStringLiteral("order.result"),
                  {{QStringLiteral("client_order_id"), trade.clientOrderId}})
        .then(this, [submission](Result<Order> result) { submission->finish(std::move(result)); });
}

QFuture<Result<Order>> AlpacaBroker::replaceOrder(const QString &orderId,
                                                  const ReplaceOrderRequest &request)
{
    const QJsonObject details{{QStringLiteral("order_id"), orderId},
                              {QStringLiteral("request"), Json::toJson(request)}};
    if (Result<qint64> seq = journal(QStringLiteral("order.replace"), details); !seq)
        return readyError<Order>(seq.error());
    return journalResult(m_client->replaceOrder(orderId, request),
                         QStringLiteral("order.replace.result"), details);
}

QFuture<Result<bool>> AlpacaBroker::cancelOrder(const QString &orderId)
{
    const QJsonObject details{{QStringLiteral("order_id"), orderId}};
    if (Result<qint64> seq = journal(QStringLiteral("order.cancel"), details); !seq)
        return readyError<bool>(seq.error());
    return journalResult(m_client->cancelOrder(orderId), QStringLiteral("order.cancel.result"),
                         details);
}

QFuture<Result<QList<CancelAllResult>>> AlpacaBroker::cancelAllOrders()
{
    if (Result<qint64> seq = journal(QStringLiteral("order.cancel_all"), {}); !seq)
        return readyError<QList<CancelAllResult>>(seq.error());
    return journalResult(m_client->cancelAllOrders(), QStringLiteral("order.cancel_all.result"), {});
}

QFuture<Result<Order>> AlpacaBroker::closePosition(const QString &symbol,
                                                   const ClosePositionRequest &request,
                                                   bool cancelOrders)
{
    if (!cancelOrders)
        return closeNow(symbol, request);

    // Cancel the symbol's open orders first, then close once every cancel has answered.
    auto promise = std::make_shared<QPromise<Result<Order>>>();
    promise->start();
    QFuture<Result<Order>> future = promise->future();
    OrderListQuery open;
    open.status = OrderListQuery::Status::Open;
    open.symbols = {symbol};
    open.nested = false;
    m_client->orders(open).then(this, [this, promise, symbol, request](Result<QList<Order>> list) {
        auto finishWith = [promise](Result<Order> result) {
            promise->addResult(std::move(result));
            promise->finish();
        };
        if (!list) {
            finishWith(list.error());
            return;
        }
        auto remaining = std::make_shared<qsizetype>(list.value().size());
        auto failure = std::make_shared<std::optional<Error>>();
        auto close = [this, symbol, request, finishWith, failure]() {
            if (*failure) {
                finishWith(**failure);
                return;
            }
            closeNow(symbol, request).then(this, [finishWith](Result<Order> r) { finishWith(r); });
        };
        if (*remaining == 0) {
            close();
            return;
        }
        for (const Order &order : list.value()) {
            cancelOrder(order.id).then(this, [remaining, failure, close](Result<bool> r) {
                if (!r && !*failure)
                    *failure = r.error();
                if (--*remaining == 0)
                    close();
            });
        }
    });
    return future;
}

QFuture<Result<Order>> AlpacaBroker::closeNow(const QString &symbol,
                                              const ClosePositionRequest &request)
{
    QJsonObject details{{QStringLiteral("symbol"), symbol}};
    if (request.qty)
        details.insert(QStringLiteral("qty"), request.qty->toString());
    if (request.percentage)
        details.insert(QStringLiteral("percentage"), request.percentage->toString());
    if (Result<qint64> seq = journal(QStringLiteral("position.close"), details); !seq)
        return readyError<Order>(seq.error());
    return journalResult(m_client->closePosition(symbol, request),
                         QStringLiteral("position.close.result"), details);
}

QFuture<Result<QList<ClosePositionResult>>> AlpacaBroker::closeAllPositions(bool cancelOrders)
{
    const QJsonObject details{{QStringLiteral("cancel_orders"), cancelOrders}};
    if (Result<qint64> seq = journal(QStringLiteral("position.close_all"), details); !seq)
        return readyError<QList<ClosePositionResult>>(seq.error());
    return journalResult(m_client->closeAllPositions(cancelOrders),
                         QStringLiteral("position.close_all.result"), details);
}

QFuture<Result<Account>> AlpacaBroker::account() { return m_client->account(); }
QFuture<Result<QList<Position>>> AlpacaBroker::positions() { return m_client->positions(); }
QFuture<Result<QList<Order>>> AlpacaBroker::orders(const OrderListQuery &query)
{
    return m_client->orders(query);
}
QFuture<Result<QList<Activity>>> AlpacaBroker::activities(const ActivityQuery &query)
{
    return m_client->activities(query);
}
QFuture<Result<Clock>> AlpacaBroker::clock() { return m_client->clock(); }
QFuture<Result<QList<Asset>>> AlpacaBroker::assets(const AssetQuery &query)
{
    return m_client->assets(query);
}
QFuture<Result<Asset>> AlpacaBroker::asset(const QString &symbol) { return m_client->asset(symbol); }

void AlpacaBroker::startStreaming()
{
    if (m_stream)
        return;
    const TradingEnvironment environment = m_settings.mode == Mode::Live
                                               ? TradingEnvironment::Live
                                               : TradingEnvironment::Paper;
    m_stream = new TradeUpdatesStream(m_settings.endpoints.tradingStreamUrl(environment),
                                      Credentials(m_settings.credentials.keyId(),
                                                  m_settings.credentials.secretKey()),
                                      {}, nullptr, this);
    connect(m_stream, &TradeUpdatesStream::tradeUpdate, this, &Broker::tradeUpdate);
    connect(m_stream, &AlpacaStream::healthChanged, this, [this](AlpacaStream::Health health) {
        switch (health) {
        case AlpacaStream::Health::Down:
            Q_EMIT streamHealthChanged(StreamHealth::Down);
            break;
        case AlpacaStream::Health::Stale:
            Q_EMIT streamHealthChanged(StreamHealth::Stale);
            break;
        case AlpacaStream::Health::Healthy:
            Q_EMIT streamHealthChanged(StreamHealth::Healthy);
            break;
        }
    });
    m_stream->start();
}

void AlpacaBroker::stopStreaming()
{
    if (!m_stream)
        return;
    m_stream->stop();
    m_stream->deleteLater();
    m_stream = nullptr;
}

} // namespace Elson
