// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the broker tests: the client tests' QFuture wait, and a simulator
// on a fixed Monday morning so the market is open and the answers are reproducible.
#pragma once

#include "../alpaca/alpacatestsupport.h"
#include "result.h"
#include "simservice.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>

namespace BrokerTest {

using namespace Elson;

// One waiting helper and one fixed instant for every client-level test.
using AlpacaTest::await;
using AlpacaTest::FixedStart;
using AlpacaTest::WaitMs;

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
