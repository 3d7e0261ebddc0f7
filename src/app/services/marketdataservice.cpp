// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketdataservice.h"

#include "alpacaclient.h"
#include "baraggregator.h"
#include "marketdatamessage.h"
#include "marketdatastream.h"
#include "tradingsession.h"

#include <QDateTime>

#include <algorithm>

namespace Elson {

namespace {

constexpr qint64 MinuteMs = 60'000;

QString normalizedSymbol(const QString &symbol)
{
    return symbol.trimmed().toUpper();
}

/** How far back the last @p limit bars of @p timeframe reach, with room for nights and holidays. */
qint64 lookbackSeconds(const QString &timeframe, int limit)
{
    constexpr qint64 Day = 86'400;
    constexpr qint64 RegularSession = 23'400; // 6.5 h: the fewest bars a trading day has
    const qint64 seconds = BarAggregator::bucketSeconds(timeframe);
    if (seconds <= 0)
        return 30 * Day; // weeks, months: let the server decide within a month's reach
    if (seconds >= Day)
        return (qint64(limit) * 7 / 5 + 10) * Day;
    const qint64 perDay = (RegularSession + seconds - 1) / seconds;
    const qint64 tradingDays = (limit + perDay - 1) / perDay + 1;
    return (tradingDays * 7 / 5 + 4) * Day;
}

/** The portfolio-history timeframe that gives a readable curve for @p period. */
QString historyTimeframe(const QString &period)
{
    if (period.endsWith(u'D'))
        return QStringLiteral("5Min");
    if (period.endsWith(u'W'))
        return QStringLiteral("1H");
    return QStringLiteral("1D");
}

} // namespace

MarketDataService::MarketDataService(TradingSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_clock.start();
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &MarketDataService::poll);
    if (session) {
        connect(session, &TradingSession::brokerChanged, this,
                [this](Broker *) { onBrokerChanged(); });
        m_client = session->client();
    }
}

MarketDataService::~MarketDataService()
{
    m_running = false;
    stopStream();
}

// --- what is watched

void MarketDataService::setWatchlist(const QStringList &symbols)
{
    QStringList list;
    for (const QString &symbol : symbols) {
        const QString s = normalizedSymbol(symbol);
        if (!s.isEmpty() && !list.contains(s))
            list.append(s);
    }
    if (list == m_watchlist)
        return;
    const QSet<QString> before(m_watchlist.cbegin(), m_watchlist.cend());
    m_watchlist = list;
    syncStreamSymbols();
    // A new symbol should show a price now, not at the next slow snapshot.
    const bool added = std::any_of(list.cbegin(), list.cend(),
                                   [&before](const QString &s) { return !before.contains(s); });
    if (m_running && added)
        refreshNow();
}

void MarketDataService::subscribe(const QString &symbol)
{
    const QString s = normalizedSymbol(symbol);
    if (s.isEmpty())
        return;
    if (++m_subscriptions[s] == 1 && !m_watchlist.contains(s)) {
        syncStreamSymbols();
        if (m_running)
            refreshNow();
    }
}

void MarketDataService::unsubscribe(const QString &symbol)
{
    const QString s = normalizedSymbol(symbol);
    const auto it = m_subscriptions.find(s);
    if (it == m_subscriptions.end())
        return;
    if (--it.value() <= 0) {
        m_subscriptions.erase(it);
        syncStreamSymbols();
    }
}

QStringList MarketDataService::symbols() const
{
    QStringList all = m_watchlist;
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
        if (!all.contains(it.key()))
            all.append(it.key());
    }
    return all;
}

// --- how

void MarketDataService::setFeed(const QString &feed)
{
    const QString f = feed.trimmed().toLower();
    if (f.isEmpty() || f == m_feed)
        return;
    m_feed = f;
    if (m_running) {
        stopStream();
        startStream();
        refreshNow();
    }
}

void MarketDataService::setQuoteIntervalMs(int intervalMs)
{
    m_quoteIntervalMs = std::max(intervalMs, 250);
}

void MarketDataService::setSnapshotIntervalMs(int intervalMs)
{
    m_snapshotIntervalMs = std::max(intervalMs, 1'000);
}

void MarketDataService::setStreamingEnabled(bool enabled)
{
    if (enabled == m_streamingEnabled)
        return;
    m_streamingEnabled = enabled;
    if (!m_running)
        return;
    if (enabled)
        startStream();
    else
        stopStream();
}

void MarketDataService::setStreamOptions(const AlpacaStream::Options &options)
{
    m_streamOptions = options;
}

void MarketDataService::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_session)
        m_client = m_session->client();
    startStream();
    schedulePoll(0);
}

void MarketDataService::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_pollTimer.stop();
    stopStream();
}

void MarketDataService::refreshNow()
{
    m_lastSnapshotMs = -1;
    if (m_running && !m_pollInFlight)
        schedulePoll(0);
}

// --- what is known

std::optional<Quote> MarketDataService::quote(const QString &symbol) const
{
    const auto it = m_quotes.constFind(normalizedSymbol(symbol));
    if (it == m_quotes.cend())
        return std::nullopt;
    return it.value();
}

std::optional<Snapshot> MarketDataService::snapshot(const QString &symbol) const
{
    const auto it = m_snapshots.constFind(normalizedSymbol(symbol));
    if (it == m_snapshots.cend())
        return std::nullopt;
    return it.value();
}

Decimal MarketDataService::lastPrice(const QString &symbol) const
{
    const QString s = normalizedSymbol(symbol);
    if (const auto trade = m_trades.constFind(s);
        trade != m_trades.cend() && trade->price.isPositive())
        return trade->price;
    const std::optional<Quote> q = quote(s);
    if (!q)
        return Decimal::invalid();
    const bool bid = q->bidPrice.isPositive();
    const bool ask = q->askPrice.isPositive();
    if (bid && ask) {
        const Result<Decimal> mid = (q->bidPrice + q->askPrice).checkedDiv(Decimal::fromInt(2));
        return mid ? mid.value().normalized() : Decimal::invalid();
    }
    if (bid)
        return q->bidPrice;
    if (ask)
        return q->askPrice;
    return Decimal::invalid();
}

int MarketDataService::requestsInLastMinute() const
{
    const qint64 now = m_clock.elapsed();
    while (!m_requestTimes.empty() && now - m_requestTimes.front() >= MinuteMs)
        m_requestTimes.pop_front();
    return int(m_requestTimes.size());
}

void MarketDataService::countRequest()
{
    m_requestTimes.push_back(m_clock.elapsed());
    (void)requestsInLastMinute(); // prune, so the deque stays about a minute long
}

// --- the broker

void MarketDataService::onBrokerChanged()
{
    ++m_generation;
    stopStream();
    m_client = m_session ? m_session->client() : nullptr;
    m_quotes.clear();
    m_trades.clear();
    m_snapshots.clear();
    m_unknownSymbols.clear();
    m_serverOffsetNanos.reset();
    m_pollInFlight = false;
    m_lastSnapshotMs = -1;
    m_lastReported.clear();
    if (m_failures != 0) {
        m_failures = 0;
        Q_EMIT staleChanged(false);
    }
    Q_EMIT dataCleared();
    if (m_running) {
        startStream();
        schedulePoll(0);
    }
}

Error MarketDataService::noConnection() const
{
    Error e;
    e.code = Error::Code::Network;
    e.message = tr("No market data: there is no broker connection.");
    return e;
}

void MarketDataService::report(const Error &error)
{
    if (error.message == m_lastReported)
        return;
    m_lastReported = error.message;
    Q_EMIT errorOccurred(error);
}

// --- polling

void MarketDataService::schedulePoll(int delayMs)
{
    if (!m_running)
        return;
    m_pollTimer.start(std::max(delayMs, 0));
}

void MarketDataService::poll()
{
    if (!m_running || m_pollInFlight)
        return;
    if (!m_client) {
        onPollFailed(noConnection());
        return;
    }
    const QStringList wanted = symbols();
    const bool streaming = streamCarriesAll();
    const qint64 now = m_clock.elapsed();
    const bool snapshotDue = m_lastSnapshotMs < 0 || now - m_lastSnapshotMs >= m_snapshotIntervalMs;
    if (wanted.isEmpty() || (streaming && !snapshotDue)) {
        schedulePoll(streaming ? int(m_snapshotIntervalMs - (now - m_lastSnapshotMs))
                               : m_quoteIntervalMs);
        return;
    }
    m_pollInFlight = true;
    countRequest();
    const quint64 generation = m_generation;
    m_client->snapshots(wanted, m_feed)
        .then(this, [this, generation, wanted](Result<SnapshotMap> result) {
            if (generation != m_generation)
                return;
            m_pollInFlight = false;
            if (!result) {
                onPollFailed(result.error());
                return;
            }
            m_lastSnapshotMs = m_clock.elapsed();
            m_lastRefresh = QDateTime::currentDateTimeUtc();
            m_lastReported.clear();
            if (m_failures != 0) {
                m_failures = 0;
                Q_EMIT staleChanged(false);
            }
            const SnapshotMap &map = result.value();
            for (const QString &symbol : wanted) {
                const auto it = map.constFind(symbol);
                if (it != map.cend() && it.value()) {
                    m_unknownSymbols.remove(symbol);
                    applySnapshot(symbol, *it.value());
                } else if (!m_unknownSymbols.contains(symbol)) {
                    m_unknownSymbols.insert(symbol);
                    Error e;
                    e.code = Error::Code::NotFound;
                    e.field = symbol;
                    e.message = tr("No market data for %1: the symbol is unknown.").arg(symbol);
                    Q_EMIT errorOccurred(e);
                }
            }
            Q_EMIT refreshed();
            schedulePoll(streamCarriesAll() ? m_snapshotIntervalMs : m_quoteIntervalMs);
        });
}

void MarketDataService::onPollFailed(const Error &error)
{
    ++m_failures;
    if (m_failures == 1)
        Q_EMIT staleChanged(true);
    report(error);
    // Exponential backoff: the interval doubled per failure, at most a minute.
    const qint64 delay = std::min<qint64>(qint64(m_quoteIntervalMs) << std::min(m_failures, 8),
                                          MaxBackoffMs);
    schedulePoll(int(delay));
}

void MarketDataService::applySnapshot(const QString &symbol, const Snapshot &incoming)
{
    Snapshot snap = incoming;
    snap.symbol = symbol;
    // A streamed quote or trade newer than the snapshot's is kept.
    const auto quoteIt = m_quotes.constFind(symbol);
    const bool newerQuote = quoteIt != m_quotes.cend()
                            && (!snap.latestQuote || quoteIt->time > snap.latestQuote->time);
    if (newerQuote)
        snap.latestQuote = quoteIt.value();
    const auto tradeIt = m_trades.constFind(symbol);
    const bool newerTrade = tradeIt != m_trades.cend()
                            && (!snap.latestTrade || tradeIt->time > snap.latestTrade->time);
    if (newerTrade)
        snap.latestTrade = tradeIt.value();

    const auto previous = m_snapshots.constFind(symbol);
    std::optional<Bar> minuteBefore;
    if (previous != m_snapshots.cend()) {
        if (previous.value() == snap)
            return;
        minuteBefore = previous->minuteBar;
    }
    m_snapshots.insert(symbol, snap);
    Q_EMIT snapshotUpdated(symbol, snap);
    if (snap.latestQuote && !newerQuote
        && (quoteIt == m_quotes.cend() || quoteIt.value() != *snap.latestQuote)) {
        m_quotes.insert(symbol, *snap.latestQuote);
        Q_EMIT quoteUpdated(symbol, *snap.latestQuote);
    }
    if (snap.latestTrade && !newerTrade
        && (tradeIt == m_trades.cend() || tradeIt.value() != *snap.latestTrade)) {
        m_trades.insert(symbol, *snap.latestTrade);
        Q_EMIT tradeUpdated(symbol, *snap.latestTrade);
    }
    if (snap.minuteBar && minuteBefore != snap.minuteBar)
        Q_EMIT barUpdated(symbol, *snap.minuteBar);
}

void MarketDataService::applyQuote(const QString &symbol, const Quote &quote)
{
    const auto it = m_quotes.constFind(symbol);
    if (it != m_quotes.cend() && (it.value() == quote || it.value().time > quote.time))
        return;
    m_quotes.insert(symbol, quote);
    if (auto snap = m_snapshots.find(symbol); snap != m_snapshots.end())
        snap->latestQuote = quote;
    Q_EMIT quoteUpdated(symbol, quote);
}

void MarketDataService::applyTrade(const QString &symbol, const MarketTrade &trade)
{
    const auto it = m_trades.constFind(symbol);
    if (it != m_trades.cend() && (it.value() == trade || it.value().time > trade.time))
        return;
    m_trades.insert(symbol, trade);
    if (auto snap = m_snapshots.find(symbol); snap != m_snapshots.end())
        snap->latestTrade = trade;
    Q_EMIT tradeUpdated(symbol, trade);
}

// --- the stream

void MarketDataService::startStream()
{
    if (m_stream || !m_running || !m_streamingEnabled || !m_client)
        return;
    const AlpacaClient::Options &options = m_client->options();
    m_stream = new MarketDataStream(options.endpoints.marketDataStreamUrl(m_feed),
                                    m_client->credentials(), m_streamOptions, nullptr, this);
    connect(m_stream, &MarketDataStream::dataReceived, this,
            [this](const QList<MarketDataMessage> &messages) {
                for (const MarketDataMessage &message : messages) {
                    if (const auto *q = std::get_if<Quote>(&message.payload)) {
                        applyQuote(normalizedSymbol(q->symbol), *q);
                    } else if (const auto *t = std::get_if<MarketTrade>(&message.payload)) {
                        applyTrade(normalizedSymbol(t->symbol), *t);
                    } else if (const auto *b = std::get_if<Bar>(&message.payload);
                               b && message.type == MarketDataMessageType::Bar) {
                        const QString symbol = normalizedSymbol(b->symbol);
                        if (auto snap = m_snapshots.find(symbol); snap != m_snapshots.end())
                            snap->minuteBar = *b;
                        Q_EMIT barUpdated(symbol, *b);
                    }
                }
            });
    connect(m_stream, &AlpacaStream::healthChanged, this,
            [this](AlpacaStream::Health health) { setStreamHealth(health); });
    connect(m_stream, &MarketDataStream::subscriptionChanged, this,
            [this](const MarketDataSubscription &confirmed) {
                const bool all = confirmed.quotes.contains(QStringLiteral("*"));
                const QStringList wanted = symbols();
                const bool before = m_streamCoversAll;
                m_streamCoversAll = all || std::all_of(wanted.cbegin(), wanted.cend(),
                                                       [&confirmed](const QString &s) {
                                                           return confirmed.quotes.contains(s);
                                                       });
                if (before && !m_streamCoversAll && m_running && !m_pollInFlight)
                    pollSoon();
            });
    connect(m_stream, &AlpacaStream::errorOccurred, this,
            [this](const Error &error) { report(error); });
    connect(m_stream, &AlpacaStream::authenticationFailed, this,
            [this](const Error &error) { report(error); });
    syncStreamSymbols();
    m_stream->start();
}

void MarketDataService::stopStream()
{
    if (!m_stream)
        return;
    MarketDataStream *stream = std::exchange(m_stream, nullptr);
    stream->disconnect(this);
    stream->stop();
    stream->deleteLater();
    setStreamHealth(StreamHealth::Down); // polls at once if the stream was carrying the quotes
    m_streamCoversAll = false;
}

void MarketDataService::syncStreamSymbols()
{
    if (!m_stream)
        return;
    const QStringList all = symbols();
    const QSet<QString> wanted(all.cbegin(), all.cend());
    const QStringList current = m_stream->wanted().quotes;
    MarketDataSubscription add;
    MarketDataSubscription remove;
    for (const QString &symbol : all) {
        if (!current.contains(symbol))
            add.quotes.append(symbol);
    }
    for (const QString &symbol : current) {
        if (!wanted.contains(symbol))
            remove.quotes.append(symbol);
    }
    add.trades = add.bars = add.quotes;
    remove.trades = remove.bars = remove.quotes;
    if (!add.isEmpty())
        m_streamCoversAll = false; // until the server confirms the new symbols
    if (!remove.isEmpty())
        m_stream->unsubscribe(remove);
    if (!add.isEmpty())
        m_stream->subscribe(add);
}

bool MarketDataService::streamCarriesAll() const
{
    return m_streamHealth == StreamHealth::Healthy && m_streamCoversAll;
}

void MarketDataService::setStreamHealth(StreamHealth health)
{
    if (health == m_streamHealth)
        return;
    const bool wasCarrying = streamCarriesAll();
    m_streamHealth = health;
    Q_EMIT streamHealthChanged(health);
    // Losing the stream: poll at the quote interval from now on, starting as soon as that allows.
    if (wasCarrying && !streamCarriesAll() && m_running && !m_pollInFlight)
        pollSoon();
}

void MarketDataService::pollSoon()
{
    // A failed poll's backoff stands: the stream going away does not make the server healthier.
    if (m_failures > 0 && m_pollTimer.isActive())
        return;
    // At once if the last poll is a quote interval old, else when it will be: a stream
    // that keeps dropping polls no more often than a stream that is switched off.
    qint64 delay = 0;
    if (m_lastSnapshotMs >= 0)
        delay = std::max<qint64>(0, m_lastSnapshotMs + m_quoteIntervalMs - m_clock.elapsed());
    if (m_pollTimer.isActive())
        delay = std::min<qint64>(delay, m_pollTimer.remainingTime());
    schedulePoll(int(delay));
}

// --- on demand

void MarketDataService::failLater(const Error &error, std::function<void(const Error &)> emitter)
{
    // Asynchronous like every other answer, so callers can connect after asking.
    QTimer::singleShot(0, this, [this, error, emitter = std::move(emitter)] {
        emitter(error);
        report(error);
    });
}

void MarketDataService::loadBars(const QString &symbol, const QString &timeframe, int limit)
{
    const QString s = normalizedSymbol(symbol);
    const auto fail = [this, s, timeframe](const Error &e) { Q_EMIT barsFailed(s, timeframe, e); };
    if (!m_client) {
        failLater(noConnection(), fail);
        return;
    }
    if (s.isEmpty() || limit <= 0) {
        failLater(Error::validation(QStringLiteral("symbol"),
                                    tr("A symbol and a positive number of bars are needed.")),
                  fail);
        return;
    }
    const quint64 generation = m_generation;
    if (m_serverOffsetNanos) {
        fetchBars(s, timeframe, limit, generation);
        return;
    }
    // "Now" is the exchange's (the simulator's clock may be anywhere): ask it once per broker.
    countRequest();
    m_client->clock().then(this, [this, s, timeframe, limit, generation](Result<Clock> clock) {
        if (generation != m_generation)
            return;
        if (!clock) {
            Q_EMIT barsFailed(s, timeframe, clock.error());
            report(clock.error());
            return;
        }
        m_serverOffsetNanos = clock->timestamp.epochNanos()
                              - QDateTime::currentMSecsSinceEpoch() * 1'000'000;
        fetchBars(s, timeframe, limit, generation);
    });
}

void MarketDataService::fetchBars(const QString &symbol, const QString &timeframe, int limit,
                                  quint64 generation)
{
    if (!m_client)
        return;
    const Timestamp now = Timestamp::fromEpochNanos(
        QDateTime::currentMSecsSinceEpoch() * 1'000'000 + m_serverOffsetNanos.value_or(0));
    MarketDataQuery query;
    query.timeframe = timeframe;
    query.start = now.addSeconds(-lookbackSeconds(timeframe, limit));
    query.limit = limit;
    query.pageSize = std::min(limit, 10'000);
    query.feed = m_feed;
    query.descending = true; // the newest `limit` bars, reversed below
    countRequest();
    m_client->bars(symbol, query)
        .then(this, [this, symbol, timeframe, generation](Result<QList<Bar>> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                Q_EMIT barsFailed(symbol, timeframe, result.error());
                report(result.error());
                return;
            }
            QList<Bar> bars = std::move(result).value();
            std::reverse(bars.begin(), bars.end());
            for (Bar &bar : bars)
                bar.symbol = symbol;
            Q_EMIT barsLoaded(symbol, timeframe, bars);
        });
}

void MarketDataService::loadPortfolioHistory(const QString &period)
{
    const auto fail = [this, period](const Error &e) { Q_EMIT portfolioHistoryFailed(period, e); };
    if (!m_client) {
        failLater(noConnection(), fail);
        return;
    }
    PortfolioHistoryQuery query;
    query.period = period;
    query.timeframe = historyTimeframe(period);
    const quint64 generation = m_generation;
    countRequest();
    m_client->portfolioHistory(query).then(
        this, [this, period, generation](Result<PortfolioHistory> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                Q_EMIT portfolioHistoryFailed(period, result.error());
                report(result.error());
                return;
            }
            Q_EMIT portfolioHistoryLoaded(period, result.value());
        });
}

} // namespace Elson
