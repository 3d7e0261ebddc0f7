// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace Elson {

/**
 * The simulator's deterministic random source: a SplitMix64 stream. The whole
 * state is one 64-bit word, so it is saved and restored with the exchange state
 * and a restored exchange continues with exactly the same draws.
 *
 * Used for order, execution and activity ids (UUID v4 layout) and for the
 * partial-fill decisions; never for prices or money.
 */
class SimRandom final
{
public:
    /** A stream for @p seed; @p stream separates independent streams of one seed. */
    explicit SimRandom(std::uint64_t seed = 1, std::uint64_t stream = 0);

    /** The next 64 random bits. */
    std::uint64_t next();
    /** A value in [0, bound) (0 when bound is 0); unbiased. */
    std::uint64_t bounded(std::uint64_t bound);
    /** A lower-case UUID with the version-4 and RFC 4122 variant bits, without braces. */
    QString uuid();

    [[nodiscard]] std::uint64_t state() const { return m_state; }
    void setState(std::uint64_t state) { m_state = state; }

private:
    std::uint64_t m_state = 0;
};

} // namespace Elson
