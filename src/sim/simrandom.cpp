// SPDX-License-Identifier: GPL-3.0-or-later
#include "simrandom.h"


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
    // The text QUuid(...).toString(QUuid::WithoutBraces) gives, written directly (one id
    // per order and per execution): version 4, RFC 4122 variant, lower-case hex.
    const std::uint64_t version = (high & ~std::uint64_t(0xf000)) | 0x4000U;
    const std::uint64_t variant = (low & ~(std::uint64_t(0xc0) << 56)) | (std::uint64_t(0x80) << 56);
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto put = [&out](std::uint64_t value, int bytes) {
        for (int i = bytes - 1; i >= 0; --i) {
            const unsigned byte = unsigned(value >> (8 * i)) & 0xffU;
            *out++ = digits[byte >> 4];
            *out++ = digits[byte & 0xfU];
        }
    };
    put(version >> 32, 4);
    *out++ = u'-';
    put(version >> 16, 2);
    *out++ = u'-';
    put(version, 2);
    *out++ = u'-';
    put(variant >> 48, 2);
    *out++ = u'-';
    put(variant, 6);
    return text;
}

} // namespace Elson
