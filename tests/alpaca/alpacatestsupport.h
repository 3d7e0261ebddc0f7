// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the client tests: waiting on a QFuture through QFutureWatcher + QSignalSpy
// (never sleeping), a Scheduler that records the waits the client asks for and runs
// them scaled down, and an in-process simulator on 127.0.0.1.
#pragma once

#include "alpacaclient.h"
#include "alpacastream.h"
#include "scheduler.h"
#include "simservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <memory>

namespace AlpacaTest {

using namespace Elson;

inline const QString Key = QStringLiteral("PKALPACATESTKEY0WXYZ");
inline const QString Secret = QStringLiteral("alpaca-test-secret-must-never-be-logged");
/// A Monday, regular session, in the tabulated calendar years.
inline const QString FixedStart = QStringLiteral("2026-11-23T10:15:00-05:00");
constexpr int WaitMs = 30'000; ///< generous: the machine is shared and loaded

/** The finished future's result, waiting on its watcher; an Internal error on timeout or cancel. */
template<typename T> Result<T> await(QFuture<Result<T>> future, int timeoutMs = WaitMs)
{
    if (!future.isFinished()) {
        QFutureWatcher<Result<T>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        if (!future.isFinished())
            finished.wait(timeoutMs);
    }
    if (!future.isFinished() || future.isCanceled() || future.resultCount() == 0) {
        Error e;
        e.code = Error::Code::Internal;
        e.message = QStringLiteral("the future did not finish with a result");
        return e;
    }
    return future.result();
}

/**
 * Records every delay the client schedules (in the client's milliseconds) and runs
 * it after delay × scale real milliseconds. Its clocks (monotonic and epoch) run
 * 1/scale times faster than real time, so token buckets refill and rate-limit
 * windows pass at the same scaled pace; a simulator's limiter can share the epoch.
 */
class RecordingScheduler final : public Scheduler
{
public:
    explicit RecordingScheduler(double scale = 0.001)
        : m_scale(scale), m_startEpochMs(QDateTime::currentMSecsSinceEpoch())
    {
        m_clock.start();
    }

    [[nodiscard]] qint64 monotonicMs() const override
    {
        return qint64(double(m_clock.elapsed()) / m_scale);
    }
    [[nodiscard]] qint64 epochMs() const override { return m_startEpochMs + monotonicMs(); }
    void schedule(qint64 delayMs, QObject *context, std::function<void()> task) override
    {
        m_delays.append(delayMs);
        const auto real = std::chrono::milliseconds(std::llround(double(delayMs) * m_scale));
        QTimer::singleShot(real, Qt::PreciseTimer, context, std::move(task));
    }
    [[nodiscard]] double random() override { return m_random; }

    void setRandom(double value) { m_random = value; }
    [[nodiscard]] const QList<qint64> &delays() const { return m_delays; }
    void clear() { m_delays.clear(); }
    [[nodiscard]] qint64 maxDelay() const
    {
        return m_delays.isEmpty() ? 0 : *std::max_element(m_delays.cbegin(), m_delays.cend());
    }

private:
    double m_scale;
    qint64 m_startEpochMs;
    double m_random = 0.5;
    QElapsedTimer m_clock;
    QList<qint64> m_delays;
};

inline SimService::Options simOptions()
{
    SimService::Options o;
    o.keyId = Key;
    o.secretKey = Secret;
    o.clock = QStringLiteral("fixed:") + FixedStart;
    o.rateLimitPerMinute = 1'000'000; // the client's own limiter is what these tests exercise
    o.partialFillPercent = 0;
    return o;
}

/** Client options pointing every host at the simulator. */
inline AlpacaClient::Options clientOptions(const QUrl &simUrl)
{
    AlpacaClient::Options o;
    o.endpoints.paperTrading = simUrl;
    o.endpoints.liveTrading = simUrl;
    o.endpoints.data = simUrl;
    QUrl ws = simUrl;
    ws.setScheme(QStringLiteral("ws"));
    o.endpoints.dataStream = ws;
    o.transferTimeoutMs = 5'000;
    o.tradingRequestsPerMinute = 1'000'000;
    o.dataRequestsPerMinute = 1'000'000;
    return o;
}

/**
 * Stream timing for a RecordingScheduler at scale 0.02 (one client second = 20 ms):
 * a ping every 100 ms, stale after 600 ms of silence, dropped after 1.2 s. Wide
 * enough that a loaded machine does not trip the silence detector by accident.
 */
constexpr double StreamScale = 0.02;
inline AlpacaStream::Options streamOptions()
{
    AlpacaStream::Options o;
    o.pingIntervalMs = 5'000;
    o.staleAfterMs = 30'000;
    o.deadAfterMs = 60'000;
    o.handshakeTimeoutMs = 500'000;
    o.reconnectInitialMs = 1'000;
    o.reconnectMaxMs = 8'000;
    o.connectionLimitWaitMs = 30'000;
    o.closeTimeoutMs = 50'000;
    return o;
}

/** ws:// for @p path on the simulator's port (or on @p port, a proxy's). */
inline QUrl wsUrl(const QUrl &simUrl, const QString &path, quint16 port = 0)
{
    QUrl url = simUrl;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(path);
    if (port != 0)
        url.setPort(port);
    return url;
}

/** Waits until @p stream reports @p health. */
inline bool waitForHealth(AlpacaStream &stream, AlpacaStream::Health health, int timeoutMs = WaitMs)
{
    QSignalSpy changed(&stream, &AlpacaStream::healthChanged);
    QElapsedTimer elapsed;
    elapsed.start();
    while (stream.health() != health) {
        const qint64 left = timeoutMs - elapsed.elapsed();
        if (left <= 0 || !changed.wait(int(left)))
            return stream.health() == health;
    }
    return true;
}

/** A plain market day order for @p qty shares. */
inline OrderRequest marketOrder(const QString &symbol, qint64 qty, OrderSide side = OrderSide::Buy)
{
    OrderRequest r;
    r.symbol = symbol;
    r.qty = Decimal::fromInt(qty);
    r.side = side;
    r.type = OrderType::Market;
    r.timeInForce = TimeInForce::Day;
    return r;
}

/** A limit day order far from the market, so it rests. */
inline OrderRequest restingLimit(const QString &symbol, const QString &price, qint64 qty = 1)
{
    OrderRequest r = marketOrder(symbol, qty);
    r.type = OrderType::Limit;
    r.limitPrice = Decimal::fromString(price).value();
    return r;
}

} // namespace AlpacaTest
