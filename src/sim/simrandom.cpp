// SPDX-License-Identifier: GPL-3.0-or-later
#include "simrandom.h"

#include <QUuid>

namespace Elson {

namespace {

std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

SimRandom::SimRandom(std::uint64_t seed, std::uint64_t stream)
    : m_state(mix(seed ^ mix(stream + 0x9e3779b97f4a7c15ULL)))
{
}

std::uint64_t SimRandom::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    return mix(m_state);
}

std::uint64_t SimRandom::bounded(std::uint64_t bound)
{
    if (bound == 0)
        return 0;
    // Rejection sampling keeps every value equally likely.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t value = next();
    while (value >= limit)
        value = next();
    return value % bound;
}

QString SimRandom::uuid()
{
    const std::uint64_t high = next();
    const std::uint64_t low = next();
    QUuid id(static_cast<uint>(high >> 32), static_cast<ushort>(high >> 16),
             static_cast<ushort>((high & 0x0fffU) | 0x4000U), // version 4
             static_cast<uchar>(((low >> 56) & 0x3fU) | 0x80U), // RFC 4122 variant
             static_cast<uchar>(low >> 48), static_cast<uchar>(low >> 40),
             static_cast<uchar>(low >> 32), static_cast<uchar>(low >> 24),
             static_cast<uchar>(low >> 16), static_cast<uchar>(low >> 8), static_cast<uchar>(low));
    return id.toString(QUuid::WithoutBraces);
}

} // namespace Elson
