// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the broker tests: waiting on a QFuture without sleeping, and a simulator
// on a fixed Monday morning so the market is open and the answers are reproducible.
#pragma once

#include "result.h"
#include "simservice.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>

namespace BrokerTest {

using namespace Elson;

constexpr int WaitMs = 30'000; ///< generous: the machine is shared and loaded
/// A Monday, regular session.
inline const QString FixedStart = QStringLiteral("2026-11-23T10:15:00-05:00");

/** The finished future's result; an Internal error on timeout or cancel. */
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

/** Loopback, ephemeral port, clock frozen at FixedStart, no partial fills. */
inline SimService::Options simOptions(const QString &keyId = QString::fromLatin1(SimService::DefaultKeyId),
                                      const QString &secret = QString::fromLatin1(SimService::DefaultSecretKey))
{
    SimService::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = 0;
    options.clock = QStringLiteral("fixed:") + FixedStart;
    options.partialFillPercent = 0;
    options.keyId = keyId;
    options.secretKey = secret;
    return options;
}

} // namespace BrokerTest
