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
#include <QElapsedTimer>
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

/** An action refused because its intent could not be journaled: a safety stop, not a bad order. */
Error unjournaled(Error error, const QString &what)
{
    error.code = Error::Code::Safety;
    error.message = what.arg(error.message);
    return error;
}

} // namespace

/** The reads of one executeTrade() or previewTrade() in flight. */
struct AlpacaBroker::Gathering
{
    QElapsedTimer age; ///< since the first read was sent
    ValidationContext context;
    int pending = 0;
    std::optional<Error> error;
    QPromise<Result<ValidationContext>> promise;
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

QString AlpacaBroker::notSent()
{
    return tr("Nothing was sent: the audit journal could not record the request (%1).");
}

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

QFuture<Result<ValidationContext>> AlpacaBroker::gatherContext(Trade trade,
                                                              QSet<QString> acknowledged)
{
    auto gathering = std::make_shared<Gathering>();
    gathering->age.start();
    gathering->promise.start();
    QFuture<Result<ValidationContext>> future = gathering->promise.future();

    ValidationContext &context = gathering->context;
    context.trade = trade;
    context.limits = m_settings.limits;
    context.mode = tradingModeOf(m_settings.mode);
    context.environment = m_settings.environment;
    context.liveTradingEnabled = m_settings.liveTradingEnabled;
    context.credentials = CredentialState::of(m_settings.credentials,
                                              m_settings.validatedAgainstLive);
    context.acknowledged = std::move(acknowledged);

    // Everything the chain reads, in parallel; the context is complete with the last answer.
    gathering->pending = 6;
    const qint64 maxAgeMs = m_settings.maxContextAgeMs;
    auto arrived = [gathering, maxAgeMs]() {
        if (--gathering->pending > 0)
            return;
        // The first answer is as old as the slowest read took: too old, and the chain would
        // judge an account, a clock or a quote that may have moved on.
        if (!gathering->error && maxAgeMs > 0 && gathering->age.elapsed() > maxAgeMs) {
            Error stale;
            stale.code = Error::Code::Network;
            stale.field = QStringLiteral("context");
            stale.message = tr("The account, clock and quote took %1 ms to arrive, longer than "
                               "the %2 ms the checks accept; nothing was sent. Try again.")
                                .arg(gathering->age.elapsed())
                                .arg(maxAgeMs);
            gathering->error = stale;
        }
        if (gathering->error)
            gathering->promise.addResult(Result<ValidationContext>(*gathering->error));
        else
            gathering->promise.addResult(Result<ValidationContext>(gathering->context));
        gathering->promise.finish();
    };
    auto required = [gathering](const Error &error) {
        if (!gathering->error)
            gathering->error = error;
    };
    m_client->account().then(this, [gathering, arrived, required](Result<Account> r) {
        if (r)
            gathering->context.account = r.value();
        else
            required(r.error());
        arrived();
    });
    m_client->positions().then(this, [gathering, arrived, required](Result<QList<Position>> r) {
        if (r)
            gathering->context.positions = r.value();
        else
            required(r.error());
        arrived();
    });
    OrderListQuery open;
    open.status = OrderListQuery::Status::Open;
    m_client->orders(open).then(this, [gathering, arrived, required](Result<QList<Order>> r) {
        if (r)
            gathering->context.openOrders = r.value();
        else
            required(r.error());
        arrived();
    });
    m_client->clock().then(this, [gathering, arrived, required](Result<Clock> r) {
        if (r) {
            gathering->context.clock = r.value();
            gathering->context.now = r.value().timestamp;
        } else {
            required(r.error());
        }
        arrived();
    });
    // An unknown symbol is the chain's to report (symbol.tradable), not a failure here.
    m_client->asset(trade.symbol).then(this, [gathering, arrived, required](Result<Asset> r) {
        if (r)
            gathering->context.asset = r.value();
        else if (r.error().code != Error::Code::NotFound)
            required(r.error());
        arrived();
    });
    // No quote only disables the price collar.
    m_client->latestQuote(trade.symbol).then(this, [gathering, arrived](Result<Quote> r) {
        if (r)
            gathering->context.quote = r.value();
        arrived();
    });
    return future;
}

Trade AlpacaBroker::prepared(Trade trade) const
{
    trade.paper = m_settings.mode != Mode::Live;
    trade.ensureClientOrderId();
    return trade;
}

void AlpacaBroker::journalRefusal(const Trade &trade, const QString &reason, const Error &error,
                                  const ValidationReport *report)
{
    QJsonObject details{{QStringLiteral("client_order_id"), trade.clientOrderId},
                        {QStringLiteral("symbol"), trade.symbol},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("error"), errorJson(error)}};
    if (report)
        details.insert(QStringLiteral("validation"), report->toJson());
    (void)journal(QStringLiteral("order.refused"), details);
}

QFuture<Result<Order>> AlpacaBroker::executeTrade(Trade trade, QSet<QString> acknowledged)
{
    trade = prepared(std::move(trade));
    return gatherContext(trade, std::move(acknowledged))
        .then(this, [this, trade](Result<ValidationContext> context) {
            if (!context) {
                journalRefusal(trade, QStringLiteral("context"), context.error());
                return readyError<Order>(context.error());
            }
            return submit(context.value());
        })
        .unwrap();
}

QFuture<Result<Order>> AlpacaBroker::submit(const ValidationContext &context)
{
    const Trade &trade = context.trade;
    const ValidationReport report = m_chain.run(context);
    if (const std::optional<Error> refusal = report.refusal()) {
        journalRefusal(trade, QStringLiteral("validation"), *refusal, &report);
        return readyError<Order>(*refusal);
    }

    Result<OrderRequest> request = trade.toOrderRequest();
    if (!request) {
        journalRefusal(trade, QStringLiteral("request"), request.error());
        return readyError<Order>(request.error());
    }

    const QJsonObject intent{{QStringLiteral("client_order_id"), trade.clientOrderId},
                             {QStringLiteral("symbol"), trade.symbol},
                             {QStringLiteral("request"), Json::toJson(request.value())},
                             {QStringLiteral("validation"), report.toJson()}};
    // Never send an order whose intent is not on disk.
    if (Result<qint64> seq = journal(QStringLiteral("order.submit"), intent); !seq) {
        return readyError<Order>(unjournaled(
            seq.error(), tr("The order was not sent: the audit journal could not record it (%1).")));
    }
    return journalResult(m_client->submitOrder(request.value()), QStringLiteral("order.result"),
                         {{QStringLiteral("client_order_id"), trade.clientOrderId}});
}

QFuture<Result<Broker::Preview>> AlpacaBroker::previewTrade(Trade trade, QSet<QString> acknowledged)
{
    trade = prepared(std::move(trade));
    return gatherContext(trade, std::move(acknowledged))
        .then(this, [this, trade](Result<ValidationContext> context) -> Result<Preview> {
            if (!context)
                return context.error();
            Preview preview;
            preview.trade = trade;
            preview.report = m_chain.run(context.value());
            Result<OrderRequest> request = trade.toOrderRequest();
            if (request)
                preview.request = request.value();
            else
                preview.requestError = request.error();
            QJsonObject details{{QStringLiteral("client_order_id"), trade.clientOrderId},
                                {QStringLiteral("symbol"), trade.symbol},
                                {QStringLiteral("validation"), preview.report.toJson()}};
            if (preview.request)
                details.insert(QStringLiteral("request"), Json::toJson(*preview.request));
            // A dry run sends nothing, so a journal failure does not stop it.
            (void)journal(QStringLiteral("order.preview"), details);
            return preview;
        });
}

QFuture<Result<Order>> AlpacaBroker::replaceOrder(const QString &orderId,
                                                  const ReplaceOrderRequest &request)
{
    const QJsonObject details{{QStringLiteral("order_id"), orderId},
                              {QStringLiteral("request"), Json::toJson(request)}};
    // The new figures pass the chain's own value and tick rules before they leave. (The
    // trail's unit is the order's; as a percent it is only checked for its sign.)
    ValidationContext context;
    context.trade.quantity = request.qty;
    context.trade.limitPrice = request.limitPrice;
    context.trade.stopPrice = request.stopPrice;
    context.trade.trailPercent = request.trail;
    for (const char *code : {"params.positive", "params.tick"}) {
        const ValidationRule *rule = m_chain.rule(QLatin1StringView(code));
        if (!rule)
            continue;
        const RuleResult result = rule->check(context);
        if (result.isBlock()) {
            const Error error = result.toError();
            QJsonObject refused = details;
            refused.insert(QStringLiteral("reason"), QStringLiteral("validation"));
            refused.insert(QStringLiteral("error"), errorJson(error));
            (void)journal(QStringLiteral("order.replace.refused"), refused);
            return readyError<Order>(error);
        }
    }
    if (Result<qint64> seq = journal(QStringLiteral("order.replace"), details); !seq)
        return readyError<Order>(unjournaled(seq.error(), notSent()));
    return journalResult(m_client->replaceOrder(orderId, request),
                         QStringLiteral("order.replace.result"), details);
}

QFuture<Result<bool>> AlpacaBroker::cancelOrder(const QString &orderId)
{
    const QJsonObject details{{QStringLiteral("order_id"), orderId}};
    if (Result<qint64> seq = journal(QStringLiteral("order.cancel"), details); !seq)
        return readyError<bool>(unjournaled(seq.error(), notSent()));
    return journalResult(m_client->cancelOrder(orderId), QStringLiteral("order.cancel.result"),
                         details);
}

QFuture<Result<QList<CancelAllResult>>> AlpacaBroker::cancelAllOrders()
{
    if (Result<qint64> seq = journal(QStringLiteral("order.cancel_all"), {}); !seq)
        return readyError<QList<CancelAllResult>>(unjournaled(seq.error(), notSent()));
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
        return readyError<Order>(unjournaled(seq.error(), notSent()));
    return journalResult(m_client->closePosition(symbol, request),
                         QStringLiteral("position.close.result"), details);
}

QFuture<Result<QList<ClosePositionResult>>> AlpacaBroker::closeAllPositions(bool cancelOrders)
{
    const QJsonObject details{{QStringLiteral("cancel_orders"), cancelOrders}};
    if (Result<qint64> seq = journal(QStringLiteral("position.close_all"), details); !seq)
        return readyError<QList<ClosePositionResult>>(unjournaled(seq.error(), notSent()));
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
