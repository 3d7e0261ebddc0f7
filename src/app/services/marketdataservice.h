// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alpacastream.h"
#include "bar.h"
#include "decimal.h"
#include "error.h"
#include "markettrade.h"
#include "portfoliohistory.h"
#include "quote.h"
#include "snapshot.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>

namespace Elson {

class AlpacaClient;
class Broker;
class MarketDataStream;
class TradingSession;

/**
 * Quotes, trades and bars for the terminal, through the AlpacaClient of the session's
 * current broker (it follows TradingSession::brokerChanged()).
 *
 * - **Live**: a MarketDataStream on the chosen feed carries quotes, trades and minute
 *   bars of every watched symbol (the watchlist plus subscribe()d symbols).
 * - **Polling**: while the stream is not Healthy, or the server has not confirmed every
 *   watched symbol (the free plan's symbol limit), snapshots of every watched symbol are
 *   read every quoteIntervalMs(); otherwise only every snapshotIntervalMs() (the daily
 *   bars, which carry the day's change and volume, are not streamed). When the stream is
 *   lost the next poll comes at once, or a quote interval after the previous poll if that
 *   was more recent: a flapping stream costs no more requests than no stream. Failures
 *   back off exponentially up to a minute and are reported once per run of failures.
 * - **On demand**: loadBars() and loadPortfolioHistory() answer with a signal.
 *
 * Values are Decimals; nothing here is converted to floating point.
 */
class MarketDataService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketDataService)

public:
    using StreamHealth = AlpacaStream::Health;

    static constexpr int DefaultQuoteIntervalMs = 2'000;
    static constexpr int DefaultSnapshotIntervalMs = 30'000;
    static constexpr int MaxBackoffMs = 60'000;

    explicit MarketDataService(TradingSession *session, QObject *parent = nullptr);
    ~MarketDataService() override;

    // --- what is watched
    /** The watchlist's symbols (upper-cased, duplicates dropped, order kept). */
    void setWatchlist(const QStringList &symbols);
    [[nodiscard]] QStringList watchlist() const { return m_watchlist; }
    /** Also watch @p symbol (chart, ticket); counted, so every subscribe needs an unsubscribe. */
    void subscribe(const QString &symbol);
    void unsubscribe(const QString &symbol);
    /** Every watched symbol: the watchlist, then the other subscriptions, sorted. */
    [[nodiscard]] QStringList symbols() const;

    // --- how
    /** "iex" (default, free), "sip" or "delayed_sip"; restarts the stream when running. */
    void setFeed(const QString &feed);
    [[nodiscard]] QString feed() const { return m_feed; }
    /** The polling interval while the stream is not healthy (at least 250 ms). */
    void setQuoteIntervalMs(int intervalMs);
    [[nodiscard]] int quoteIntervalMs() const { return m_quoteIntervalMs; }
    /** The snapshot interval while the stream is healthy (at least 1 s). */
    void setSnapshotIntervalMs(int intervalMs);
    [[nodiscard]] int snapshotIntervalMs() const { return m_snapshotIntervalMs; }
    /** Whether to use the WebSocket at all (default true); off: polling only. */
    void setStreamingEnabled(bool enabled);
    [[nodiscard]] bool isStreamingEnabled() const { return m_streamingEnabled; }
    /** Timing of the stream made from now on (tests shorten it). */
    void setStreamOptions(const AlpacaStream::Options &options);

    /** Starts polling (at once) and the stream; follows broker changes until stop(). */
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // --- what is known
    [[nodiscard]] std::optional<Quote> quote(const QString &symbol) const;
    [[nodiscard]] std::optional<Snapshot> snapshot(const QString &symbol) const;
    /** The last trade's price, else the quote's mid (or its one side); invalid when unknown. */
    [[nodiscard]] Decimal lastPrice(const QString &symbol) const;
    [[nodiscard]] StreamHealth streamHealth() const { return m_streamHealth; }
    /** Quotes arrive live: the stream is healthy and the server confirmed every symbol. */
    [[nodiscard]] bool isLive() const { return streamCarriesAll(); }
    /** Requests this service sent in the last 60 s (market data, clock, portfolio history). */
    [[nodiscard]] int requestsInLastMinute() const;
    /** Polls that failed in a row (0 when the last one succeeded). */
    [[nodiscard]] int consecutiveFailures() const { return m_failures; }
    /** True while the last poll failed: the quotes shown may be old. */
    [[nodiscard]] bool isStale() const { return m_failures > 0; }
    /** When the last poll succeeded (invalid before the first). */
    [[nodiscard]] QDateTime lastRefresh() const { return m_lastRefresh; }

    // --- on demand
    /**
     * Reads the last @p limit bars of @p timeframe ("1Min", "5Min", "15Min", "1Hour",
     * "1Day") up to now; answers with barsLoaded() or barsFailed().
     */
    void loadBars(const QString &symbol, const QString &timeframe, int limit);
    /** @p period "1D", "1W", "1M" or "1A"; answers with portfolioHistoryLoaded() or …Failed(). */
    void loadPortfolioHistory(const QString &period);
    /** Polls now instead of at the next interval. */
    void refreshNow();

Q_SIGNALS:
    void quoteUpdated(const QString &symbol, const Elson::Quote &quote);
    void tradeUpdated(const QString &symbol, const Elson::MarketTrade &trade);
    /** A polled snapshot that differs from the one before. */
    void snapshotUpdated(const QString &symbol, const Elson::Snapshot &snapshot);
    /** A minute bar from the stream or a snapshot (PriceChart::updateBar() folds it). */
    void barUpdated(const QString &symbol, const Elson::Bar &bar);
    void barsLoaded(const QString &symbol, const QString &timeframe, const QList<Elson::Bar> &bars);
    void barsFailed(const QString &symbol, const QString &timeframe, const Elson::Error &error);
    void portfolioHistoryLoaded(const QString &period, const Elson::PortfolioHistory &history);
    void portfolioHistoryFailed(const QString &period, const Elson::Error &error);
    void streamHealthChanged(Elson::AlpacaStream::Health health);
    /** A failure worth telling the user: the first of a run, or a different one. */
    void errorOccurred(const Elson::Error &error);
    /** A poll succeeded (after its quote/snapshot signals). */
    void refreshed();
    /** isStale() changed. */
    void staleChanged(bool stale);
    /** The broker changed: every cached value is gone (views should clear theirs). */
    void dataCleared();

private:
    void onBrokerChanged();
    void schedulePoll(int delayMs);
    /** Polls when the stream stopped carrying the quotes (not before a quote interval since the last). */
    void pollSoon();
    void poll();
    void onPollFailed(const Error &error);
    void applySnapshot(const QString &symbol, const Snapshot &snapshot);
    void applyQuote(const QString &symbol, const Quote &quote);
    void applyTrade(const QString &symbol, const MarketTrade &trade);
    void startStream();
    void stopStream();
    void syncStreamSymbols();
    void setStreamHealth(StreamHealth health);
    /** The stream is healthy and carries every watched symbol: polling may slow down. */
    [[nodiscard]] bool streamCarriesAll() const;
    void report(const Error &error);
    void countRequest();
    void fetchBars(const QString &symbol, const QString &timeframe, int limit, quint64 generation);
    void failLater(const Error &error, std::function<void(const Error &)> emitter);
    [[nodiscard]] Error noConnection() const;

    QPointer<TradingSession> m_session;
    QPointer<AlpacaClient> m_client;
    MarketDataStream *m_stream = nullptr;
    AlpacaStream::Options m_streamOptions;
    QTimer m_pollTimer;
    quint64 m_generation = 0; ///< bumped per broker: late answers of the old one are dropped
    bool m_running = false;
    bool m_streamingEnabled = true;
    bool m_pollInFlight = false;
    QString m_feed = QStringLiteral("iex");
    int m_quoteIntervalMs = DefaultQuoteIntervalMs;
    int m_snapshotIntervalMs = DefaultSnapshotIntervalMs;
    QStringList m_watchlist;
    QMap<QString, int> m_subscriptions; ///< symbol → subscribe() count
    StreamHealth m_streamHealth = StreamHealth::Down;
    /// The server confirmed every watched symbol (a plan's symbol limit may refuse some).
    bool m_streamCoversAll = false;

    QHash<QString, Quote> m_quotes;
    QHash<QString, MarketTrade> m_trades;
    QHash<QString, Snapshot> m_snapshots;
    QSet<QString> m_unknownSymbols; ///< reported once each

    int m_failures = 0;
    QString m_lastReported; ///< message of the last errorOccurred(), to report a run once
    QDateTime m_lastRefresh;
    qint64 m_lastSnapshotMs = -1; ///< on m_clock
    std::optional<qint64> m_serverOffsetNanos; ///< server clock − local clock, per broker
    QElapsedTimer m_clock;
    mutable std::deque<qint64> m_requestTimes; ///< on m_clock
};

} // namespace Elson
