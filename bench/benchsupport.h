// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the benchmark programs: order statistics, the monotonic clock,
// the process's memory from /proc, and the line every program prints about its build.
// Benchmarks print figures and never assert on time.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QThread>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <ctime>

#ifndef ELSON_BUILD_TYPE
#define ELSON_BUILD_TYPE ""
#endif

namespace ElsonBench {

/** CLOCK_MONOTONIC in nanoseconds: one clock for every process on the machine. */
inline qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

/** The CPU time of this process (user + system) in nanoseconds. */
inline qint64 processCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

/** The @p q quantile (0..1) of @p values by the nearest-rank method; 0 when empty. */
template<typename T>
T quantile(QList<T> values, double q)
{
    if (values.isEmpty())
        return T{};
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(q * double(values.size()) + 0.999999999);
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

template<typename T>
T median(const QList<T> &values)
{
    return quantile(values, 0.5);
}

/** A "VmRSS:"-style field of /proc/self/status in KiB; -1 when unreadable (not Linux). */
inline qint64 procStatusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    // readAll(), not atEnd(): a /proc file reports a size of 0.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

inline bool optimisedBuild()
{
#ifdef __OPTIMIZE__
    return true;
#else
    return false;
#endif
}

/** Prints the build line; false (and a warning) for an unoptimised build. */
inline bool printBuildLine(const char *program)
{
    const QByteArray type = QByteArrayLiteral(ELSON_BUILD_TYPE).isEmpty() ? QByteArrayLiteral("(none)")
                                                                          : QByteArrayLiteral(ELSON_BUILD_TYPE);
    std::printf("%s: figures only, no assertions\n", program);
    std::printf("  machine: %d CPUs (nproc)   build type: %s%s   Qt %s\n", QThread::idealThreadCount(),
                type.constData(), optimisedBuild() ? " (optimised)" : " (NOT optimised)", qVersion());
    if (!optimisedBuild()) {
        std::printf("WARNING: not an optimised build: figures would mislead and are not reported. "
                    "Build with -DCMAKE_BUILD_TYPE=Release or RelWithDebInfo.\n");
    }
    std::fflush(stdout);
    return optimisedBuild();
}

/**
 * One figure as a row of a Markdown table (readable on a terminal too):
 * `| what | value unit | note |`. scripts/bench.sh copies the lines that start with
 * "| " into docs/PERFORMANCE.md.
 */
inline void printFigure(const QString &what, const QString &value, const char *unit, const QString &note = {})
{
    std::printf("| %-66s | %10s %-8s | %s |\n", qPrintable(what), qPrintable(value), unit, qPrintable(note));
    std::fflush(stdout);
}

inline QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace ElsonBench
