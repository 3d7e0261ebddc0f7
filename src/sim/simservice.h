// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "marketcalendar.h"
#include "result.h"
#include "simexchange.h"
#include "simfaultplan.h"
#include "simuniverse.h"
#include "timestamp.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace Elson {

class PriceProcess;
class SimClock;
class SimHttpServer;
class SimMarketDataRoutes;
class SimMarketDataStream;
class SimRouter;
class SimStateStore;
class SimTradeUpdatesStream;
class SimTradingRoutes;

/**
 * elson-sim as an object: the local Alpaca-compatible exchange, embeddable in
 * process (the terminal's demo mode, the tests) and wrapped by the elson-sim
 * executable. It composes the clock, the seeded price process, the universe,
 * the matching engine and the HTTP server, and serves on one loopback port:
 * - the Trading API v2 routes (SimTradingRoutes) and Market Data v2 routes
 *   (SimMarketDataRoutes), authenticated with the APCA-API-* headers and rate
 *   limited with X-Ratelimit-* headers;
 * - the trade_updates WebSocket on /stream and the market-data WebSocket on
 *   /v2/iex, /v2/sip, /v2/delayed_sip and /v2/test;
 * - sim-only admin routes: GET /sim/health (no keys), GET/POST/DELETE /sim/faults,
 *   POST /sim/clock/advance {"seconds":N}, GET /sim/stats.
 *
 * A timer (every Options::tickMs, and whenever the clock is advanced) moves the
 * engine to the clock's now and publishes market data. With a state file the
 * account survives restarts: loaded at start, saved atomically after changes
 * (debounced) and at stop().
 */
class SimService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimService)

public:
    /** The documented demo key pair of a local toy exchange (see elson-sim --help). */
    static constexpr const char *DefaultKeyId = "ELSONSIMKEY";
    static constexpr const char *DefaultSecretKey = "elson-sim-secret";

    struct Options
    {
        QString host = QStringLiteral("127.0.0.1"); ///< must be a loopback address
        quint16 port = 0;                            ///< 0: an ephemeral port
        quint64 seed = 1;
        QString keyId = QString::fromLatin1(DefaultKeyId);
        QString secretKey = QString::fromLatin1(DefaultSecretKey);
        QString clock = QStringLiteral("demo");      ///< real | demo | fixed:ISO | speed:X
        SimExchange::PdtRegime pdt = SimExchange::PdtRegime::Current;
        QString stateFile;                           ///< empty: fresh every start
        Decimal cash = Decimal::fromInt(100'000);
        QList<SimFault> faults;                      ///< active from the start
        int rateLimitPerMinute = 200;                ///< Alpaca's default
        int partialFillPercent = 10;                 ///< §16: share of fills made partial (tests: 0)
        int tickMs = 250;                            ///< engine and market-data cadence
        int stateSaveDelayMs = 500;                  ///< debounce of state saves
        int streamAuthTimeoutMs = 10'000;            ///< market-data stream auth timeout
    };

    explicit SimService(Options options, QObject *parent = nullptr);
    ~SimService() override; ///< stops (saving the state) if running

    /**
     * Checks the options without starting anything; the error's field names the
     * command-line option ("--host", "--clock", …).
     */
    [[nodiscard]] static Result<bool> validate(const Options &options);

    /** Loads the state, listens and starts the engine; the bound port. */
    Result<quint16> start();
    /** Saves the state, closes the streams and stops listening. Idempotent. */
    void stop();

    [[nodiscard]] bool isRunning() const { return m_port != 0; }
    [[nodiscard]] quint16 port() const { return m_port; }
    /** http://127.0.0.1:PORT (null before start()). */
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] const Options &options() const { return m_options; }

    // The parts, for embedding and tests; null before start().
    [[nodiscard]] SimClock *clock() const { return m_clock.get(); }
    [[nodiscard]] SimExchange *exchange() const { return m_exchange.get(); }
    [[nodiscard]] SimHttpServer *httpServer() const { return m_server.get(); }
    [[nodiscard]] const PriceProcess *prices() const { return m_prices.get(); }

    /** Moves the engine to the clock's now and publishes market data (the timer's job). */
    void tick();
    /** Writes the state file now (no-op without one). */
    Result<bool> saveState();

Q_SIGNALS:
    /** After each tick(): the instant the engine and the market-data streams reached. */
    void ticked(const Elson::Timestamp &now);
    /** The state file was written (debounced after changes, or at stop()). */
    void stateSaved(const QString &path);

private:
    void addAdminRoutes(SimRouter &router);
    void onStream(QWebSocket *socket, const QString &path);
    void closeStreamsOnFault();
    [[nodiscard]] QJsonObject stateDocument() const;
    Result<bool> restore(const QJsonObject &document);

    Options m_options;
    MarketCalendar m_calendar;
    SimUniverse m_universe;
    std::unique_ptr<PriceProcess> m_prices;
    std::unique_ptr<SimClock> m_clock;
    std::unique_ptr<SimExchange> m_exchange;
    std::unique_ptr<SimMarketDataRoutes> m_marketData;
    std::unique_ptr<SimTradingRoutes> m_trading;
    std::unique_ptr<SimMarketDataStream> m_marketDataStream;
    std::unique_ptr<SimTradeUpdatesStream> m_tradeStream;
    std::unique_ptr<SimHttpServer> m_server;
    std::unique_ptr<SimStateStore> m_store;
    QTimer m_ticker;
    quint16 m_port = 0;
    qint64 m_tradeEvents = 0;
};

} // namespace Elson
