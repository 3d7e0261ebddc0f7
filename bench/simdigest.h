// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Elson {

/**
 * The determinism check of the benchmark: drives a SimExchange through a long,
 * seeded mix of everything a client can do (every order type, class and time in
 * force, partial fills, replaces, cancels, position closes, configuration
 * changes, a save/restore round trip, account and position reads) over several
 * trading days with a restless scripted market, and hashes every trade update
 * and every answer. Two builds of the engine that behave alike print the same
 * digest, so a speed-up can be checked for byte-identical behaviour.
 */
class SimDigest final
{
public:
    struct Outcome
    {
        QByteArray sha256; ///< hex
        qint64 events = 0; ///< trade updates seen
        qint64 calls = 0; ///< engine calls made
        qint64 errors = 0; ///< calls answered with an error
    };

    /**
     * One workload: @p variant 0 is a large margin account, 1 a small legacy-PDT one.
     * The market is a pure function of time, so @p quotesFixedPerInstant
     * (SimExchange::Config) must not change the digest.
     */
    [[nodiscard]] static Outcome run(int variant, int iterations, bool quotesFixedPerInstant = false);
};

} // namespace Elson
