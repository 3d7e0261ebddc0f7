// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz targets without libFuzzer: runs one target over its seed corpus and its kept
// crash inputs (fuzz/regressions/<target>/), or over the files and directories given.
// Built in the ordinary build (and the sanitizer build) as a ctest, so a fixed finding
// stays fixed without clang.
#include "fuzzseeds.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (LLVMFuzzerInitialize(&argc, &argv) != 0)
        return 1;
    QList<std::pair<QString, QByteArray>> inputs;
    QStringList paths;
    for (int i = 1; i < argc; ++i)
        paths.append(QString::fromLocal8Bit(argv[i]));
    if (paths.isEmpty()) {
        const QList<QByteArray> seeds = ElsonFuzz::seedsFor(QStringLiteral(ELSON_FUZZ_TARGET),
                                                            QStringLiteral(ELSON_TEST_DATA_DIR "/alpaca"));
        for (qsizetype i = 0; i < seeds.size(); ++i)
            inputs.append({QStringLiteral("seed %1").arg(i), seeds.at(i)});
        paths.append(QStringLiteral(ELSON_FUZZ_REGRESSIONS_DIR "/" ELSON_FUZZ_TARGET));
    }
    for (const QString &path : std::as_const(paths)) {
        QStringList files;
        if (!QFileInfo::exists(path) && path.startsWith(QStringLiteral(ELSON_FUZZ_REGRESSIONS_DIR))) {
            continue; // no crash kept for this target (yet)
        } else if (QFileInfo(path).isDir()) {
            for (QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
                files.append(it.next());
            files.sort();
        } else {
            files.append(path);
        }
        for (const QString &name : std::as_const(files)) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(name));
                return 1;
            }
            inputs.append({name, file.readAll()});
        }
    }
    for (const auto &[name, data] : std::as_const(inputs)) {
        std::printf("%s\n", qPrintable(name));
        std::fflush(stdout);
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size()));
    }
    std::printf("%s: %lld inputs, no finding\n", ELSON_FUZZ_TARGET, static_cast<long long>(inputs.size()));
    return 0;
}
