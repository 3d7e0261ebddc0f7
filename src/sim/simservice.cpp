// SPDX-License-Identifier: GPL-3.0-or-later
#include "simservice.h"

#include "jsoncodec.h"
#include "priceprocess.h"
#include "simclock.h"
#include "simhttpserver.h"
#include "simmarketdataroutes.h"
#include "simmarketdatastream.h"
#include "simqueryparser.h"
#include "simrouter.h"
#include "simstatestore.h"
#include "simtradeupdatesstream.h"
#include "simtradingroutes.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QWebSocket>

#include <cmath>

namespace Elson {

Q_LOGGING_CATEGORY(lcSimService, "elson.sim.service", QtInfoMsg)

namespace {

const QString StateFormat = QStringLiteral("elson-sim-state");
constexpr int StateVersion = 1;
constexpr double MaxAdvanceSeconds = 10.0 * 366 * 86400;
const QString TradeStreamPath = QStringLiteral("/stream");
const QStringList MarketDataFeeds{QStringLiteral("iex"), QStringLiteral("sip"),
                                  QStringLiteral("delayed_sip"), QStringLiteral("test")};

Error optionError(const char *option, const QString &message)
{
    return Error::validation(QString::fromLatin1(option), message);
}

Result<QHostAddress> loopbackAddress(const QString &host)
{
    if (host == u"localhost")
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(host))
        return optionError("--host", SimService::tr("\"%1\" is not an IP address").arg(host));
    if (!address.isLoopback()) {
        return optionError("--host",
                           SimService::tr("elson-sim serves on a loopback address only "
                                          "(127.0.0.1 or ::1); %1 is not one")
                               .arg(host));
    }
    return address;
}

SimResponse badBody(const QString &message)
{
    return SimResponse::error(400, SimQueryParser::TradingCode, message);
}

} // namespace

SimService::SimService(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_universe(SimUniverse::standard())
{
    m_ticker.setTimerType(Qt::CoarseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &SimService::tick);
}

SimService::~SimService()
{
    stop();
}

Result<bool> SimService::validate(const Options &options)
{
    if (const auto address = loopbackAddress(options.host); !address)
        return address.error();
    if (const auto spec = SimClock::parseSpec(options.clock); !spec)
        return spec.error();
    if (options.keyId.isEmpty())
        return optionError("--key", tr("the key id must not be empty"));
    if (options.secretKey.isEmpty())
        return optionError("--secret", tr("the secret must not be empty"));
    if (!options.cash.isValid() || options.cash.isNegative())
        return optionError("--cash", tr("must be a non-negative amount of dollars"));
    if (options.rateLimitPerMinute < 1)
        return optionError("--rate-limit", tr("must be at least 1 request per minute"));
    if (options.partialFillPercent < 0 || options.partialFillPercent > 100)
        return optionError("--partial-fills", tr("must be a percentage (0–100)"));
    if (options.tickMs < 1)
        return optionError("--tick", tr("must be at least 1 ms"));
    return true;
}

QUrl SimService::url() const
{
    if (!m_port)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(loopbackAddress(m_options.host).value().toString());
    url.setPort(m_port);
    return url;
}

Result<quint16> SimService::start()
{
    if (m_port)
        return m_port;
    if (const auto valid = validate(m_options); !valid)
        return valid.error();
    const QHostAddress address = loopbackAddress(m_options.host).value();

    // --- the market
    m_prices = std::make_unique<PriceProcess>(m_options.seed, m_calendar);
    auto clock = SimClock::fromSpec(m_options.clock, m_calendar);
    if (!clock)
        return clock.error();
    m_clock = std::move(clock).value();

    SimExchange::Config config;
    config.startingCash = m_options.cash;
    config.pdt = m_options.pdt;
    config.seed = m_options.seed;
    config.partialFillPercent = m_options.partialFillPercent;
    config.quotesFixedPerInstant = true; // PriceProcess is a pure function of (asset, instant)
    const PriceProcess *prices = m_prices.get();
    const SimUniverse *universe = &m_universe;
    auto quotes = [prices, universe](const QString &symbol, const Timestamp &at) -> std::optional<SimQuote> {
        const SimAsset *asset = universe->findBySymbol(symbol);
        if (!asset)
            return std::nullopt;
        return prices->quote(*asset, at);
    };
    m_exchange = std::make_unique<SimExchange>(config, m_universe, m_calendar, std::move(quotes),
                                               m_clock->now());

    // --- the saved account, before anything can change it
    if (!m_options.stateFile.isEmpty()) {
        const auto saved = SimStateStore::load(m_options.stateFile);
        if (!saved)
            return saved.error();
        if (saved.value()) {
            if (const auto restored = restore(*saved.value()); !restored)
                return restored.error();
            qCInfo(lcSimService).noquote() << tr("state restored from %1").arg(m_options.stateFile);
        }
        m_store = std::make_unique<SimStateStore>(m_options.stateFile,
                                                  [this] { return stateDocument(); },
                                                  m_options.stateSaveDelayMs);
        connect(m_store.get(), &SimStateStore::saved, this,
                [this] { Q_EMIT stateSaved(m_options.stateFile); });
    }

    // --- the routes and streams
    const auto now = [this] { return m_clock->now(); };
    m_marketData = std::make_unique<SimMarketDataRoutes>(m_universe, *m_prices, now);
    m_trading = std::make_unique<SimTradingRoutes>(*m_exchange, now);
    m_marketDataStream = std::make_unique<SimMarketDataStream>(m_universe, *m_prices, m_options.keyId,
                                                               m_options.secretKey);
    m_marketDataStream->setAuthTimeoutMs(m_options.streamAuthTimeoutMs);
    m_tradeStream = std::make_unique<SimTradeUpdatesStream>(m_options.keyId, m_options.secretKey);

    SimRouter router;
    m_trading->addTo(router);
    m_marketData->addTo(router);
    addAdminRoutes(router);

    m_server = std::make_unique<SimHttpServer>(
        std::move(router), SimHttpServer::Credentials{m_options.keyId, m_options.secretKey});
    m_server->setPublicPaths({QStringLiteral("/sim/health")});
    QStringList streamPaths{TradeStreamPath};
    for (const QString &feed : MarketDataFeeds)
        streamPaths.append(QStringLiteral("/v2/") + feed);
    m_server->setStreamPaths(streamPaths);
    m_server->setStreamHandler([this](QWebSocket *socket, const QString &path) { onStream(socket, path); });
    m_server->rateLimiter().setLimit(m_options.rateLimitPerMinute);
    for (const SimFault &fault : std::as_const(m_options.faults))
        m_server->faults().add(fault);

    const quint16 port = m_server->listen(address, m_options.port);
    if (port == 0) {
        m_server.reset();
        return optionError("--port", tr("cannot listen on %1 port %2")
                                         .arg(address.toString())
                                         .arg(m_options.port));
    }
    m_port = port;

    // --- wiring
    connect(m_exchange.get(), &SimExchange::tradeUpdate, this, [this](const TradeUpdate &update) {
        ++m_tradeEvents;
        m_tradeStream->publish(update);
        if (m_store)
            m_store->scheduleSave();
    });
    connect(m_server.get(), &SimHttpServer::requestServed, this,
            [this](const QString &routeKey, int status) {
                // Anything but a read may have changed the account (PATCH configurations,
                // a cancel): save soon. Drop-after-commit answers 0 but did commit.
                if (m_store && !routeKey.startsWith(u"GET ") && (status == 0 || status < 300))
                    m_store->scheduleSave();
            });
    connect(m_clock.get(), &SimClock::advanced, this, &SimService::tick);

    tick();
    m_ticker.start(m_options.tickMs);
    qCInfo(lcSimService).noquote() << tr("listening on %1 (clock %2, seed %3)")
                                          .arg(url().toString(), m_clock->spec().toString())
                                          .arg(m_options.seed);
    return m_port;
}

void SimService::stop()
{
    if (!m_port)
        return;
    m_ticker.stop();
    if (m_store) {
        if (const auto saved = m_store->saveNow(); !saved)
            qCWarning(lcSimService).noquote() << saved.error().toString();
    }
    m_marketDataStream->closeAll();
    m_tradeStream->closeAll();
    m_server.reset(); // stops listening
    m_port = 0;
}

Result<bool> SimService::saveState()
{
    if (!m_store)
        return true;
    return m_store->saveNow();
}

void SimService::tick()
{
    if (!m_exchange)
        return;
    const Timestamp now = m_clock->now();
    m_exchange->advanceTo(now);
    m_marketDataStream->publish(now);
    closeStreamsOnFault();
    Q_EMIT ticked(now);
}

void SimService::closeStreamsOnFault()
{
    if (!m_server)
        return;
    const int open = m_marketDataStream->connectionCount() + m_tradeStream->connectionCount();
    if (open == 0 || !m_server->faults().takeCloseStream())
        return;
    qCInfo(lcSimService) << "injecting close-stream on" << open << "connection(s)";
    m_marketDataStream->closeAll();
    m_tradeStream->closeAll();
}

void SimService::onStream(QWebSocket *socket, const QString &path)
{
    if (path == TradeStreamPath) {
        m_tradeStream->accept(socket);
    } else {
        m_marketDataStream->accept(socket, path.mid(QStringLiteral("/v2/").size()));
    }
    // A close-stream fault waiting for a connection applies at the next tick.
}

// --- persistence -----------------------------------------------------------------------------

QJsonObject SimService::stateDocument() const
{
    return QJsonObject{
        {QStringLiteral("format"), StateFormat},
        {QStringLiteral("version"), StateVersion},
        {QStringLiteral("seed"), QString::number(m_options.seed)},
        {QStringLiteral("saved_at"), m_clock->now().toString()},
        {QStringLiteral("exchange"), m_exchange->saveState()},
    };
}

Result<bool> SimService::restore(const QJsonObject &document)
{
    if (document.value(QStringLiteral("format")).toString() != StateFormat
        || document.value(QStringLiteral("version")).toInt() != StateVersion) {
        return optionError("--state", tr("%1 is not an elson-sim state file (version %2)")
                                          .arg(m_options.stateFile)
                                          .arg(StateVersion));
    }
    const QString savedSeed = document.value(QStringLiteral("seed")).toString();
    if (savedSeed != QString::number(m_options.seed)) {
        qCWarning(lcSimService).noquote()
            << tr("the state was saved with seed %1; prices now follow seed %2")
                   .arg(savedSeed)
                   .arg(m_options.seed);
    }
    const Result<bool> restored =
        m_exchange->restoreState(document.value(QStringLiteral("exchange")).toObject());
    if (!restored) {
        return optionError("--state", tr("cannot restore %1: %2")
                                          .arg(m_options.stateFile, restored.error().toString()));
    }
    // The engine resumes at the later of the saved instant and the clock's now.
    m_exchange->advanceTo(m_clock->now());
    return true;
}

// --- admin routes ----------------------------------------------------------------------------

void SimService::addAdminRoutes(SimRouter &router)
{
    router.add("GET", QStringLiteral("/sim/health"), [this](const SimRequest &) {
        return SimResponse::json(QJsonObject{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("version"), QStringLiteral(ELSON_VERSION)},
            {QStringLiteral("clock"), m_clock->spec().toString()},
            {QStringLiteral("now"), MarketCalendar::toNewYork(m_clock->now()).toString()},
        });
    });

    router.add("GET", QStringLiteral("/sim/faults"), [this](const SimRequest &) {
        return SimResponse::json(m_server->faults().toJson());
    });
    router.add("POST", QStringLiteral("/sim/faults"), [this](const SimRequest &request) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (document.isNull())
            return badBody(tr("request body format is invalid: %1").arg(parseError.errorString()));
        QJsonArray items;
        if (document.isArray())
            items = document.array();
        else
            items.append(document.object());
        QList<SimFault> faults;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject())
                return badBody(tr("[%1]: a fault must be an object").arg(i));
            const Result<SimFault> fault = SimFault::fromJson(items.at(i).toObject());
            if (!fault) {
                return SimResponse::error(422, SimQueryParser::TradingCode,
                                          fault.error().toString());
            }
            faults.append(fault.value());
        }
        for (const SimFault &fault : std::as_const(faults)) {
            qCInfo(lcSimService).noquote() << "fault added:"
                                           << QJsonDocument(fault.toJson()).toJson(QJsonDocument::Compact);
            m_server->faults().add(fault);
        }
        closeStreamsOnFault();
        return SimResponse::json(m_server->faults().toJson());
    });
    router.add("DELETE", QStringLiteral("/sim/faults"), [this](const SimRequest &) {
        m_server->faults().clear();
        return SimResponse::noContent();
    });

    router.add("POST", QStringLiteral("/sim/clock/advance"), [this](const SimRequest &request) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (!document.isObject())
            return badBody(tr("request body must be an object {\"seconds\":N}"));
        const QJsonValue seconds = document.object().value(QStringLiteral("seconds"));
        if (!seconds.isDouble() || !(seconds.toDouble() > 0) || seconds.toDouble() > MaxAdvanceSeconds)
            return badBody(tr("seconds: must be a number of seconds above 0 and at most ten years"));
        // sim decision: the real clock is the wall clock; only the simulator's own
        // clocks (fixed, speed, demo) can be moved.
        if (m_clock->mode() == SimClock::Mode::Real) {
            return SimResponse::error(422, SimQueryParser::TradingCode,
                                      tr("the real clock cannot be advanced; start with "
                                         "--clock fixed:…, speed:… or demo"));
        }
        m_clock->advance(std::llround(seconds.toDouble() * 1e9)); // emits advanced → tick()
        return SimResponse::json(Json::toJson(m_calendar.clockAt(m_clock->now())).toObject());
    });

    router.add("GET", QStringLiteral("/sim/stats"), [this](const SimRequest &) {
        return SimResponse::json(QJsonObject{
            {QStringLiteral("requests_served"), m_server->requestCount()},
            {QStringLiteral("orders_submitted"), m_trading->ordersAccepted()},
            {QStringLiteral("trade_events"), m_tradeEvents},
            {QStringLiteral("trade_events_sent"), m_tradeStream->eventsSent()},
            {QStringLiteral("market_data_messages_sent"), m_marketDataStream->messagesSent()},
            {QStringLiteral("trade_stream_connections"), m_tradeStream->connectionCount()},
            {QStringLiteral("market_data_stream_connections"), m_marketDataStream->connectionCount()},
            {QStringLiteral("state_saves"), m_store ? m_store->saveCount() : 0},
        });
    });
}

} // namespace Elson
