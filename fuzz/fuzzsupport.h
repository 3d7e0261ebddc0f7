// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: the libFuzzer entry points and an oracle check that
// stops the run (a crash is what libFuzzer records and minimises).
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace ElsonFuzz {

/** A broken invariant: print what and why, then abort so the input is kept. */
[[noreturn]] inline void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "elson fuzz: invariant broken: %s\n%s\n", what, detail.constData());
    std::fflush(stderr);
    std::abort();
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    // A deep copy: the fuzzer's buffer must not outlive the call inside a QByteArray.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace ElsonFuzz

#define ELSON_FUZZ_CHECK(condition, detail)                                                        \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::ElsonFuzz::fail(#condition, (detail));                                              \
    } while (false)
