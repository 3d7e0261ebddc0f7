// SPDX-License-Identifier: GPL-3.0-or-later
// elson-fuzz-seeds OUTDIR [DATADIR]: writes each fuzz target's seed corpus to
// OUTDIR/<target>/ (one file per seed, named by its content's hash, so reruns add nothing).
#include "fuzzseeds.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: elson-fuzz-seeds OUTDIR [DATADIR]\n");
        return 2;
    }
    const QString dataDir = args.value(2, QStringLiteral(ELSON_TEST_DATA_DIR "/alpaca"));
    int written = 0;
    for (const QString &target : ElsonFuzz::targetNames()) {
        const QDir dir(args.at(1) + u'/' + target);
        if (!QDir().mkpath(dir.path()))
            return 1;
        const QList<QByteArray> seeds = ElsonFuzz::seedsFor(target, dataDir);
        for (const QByteArray &seed : seeds) {
            QFile file(dir.filePath(QStringLiteral("seed-")
                                    + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex())));
            if (!file.open(QIODevice::WriteOnly) || file.write(seed) != seed.size())
                return 1;
            ++written;
        }
        std::printf("%s: %lld seeds\n", qPrintable(target), static_cast<long long>(seeds.size()));
    }
    return written > 0 ? 0 : 1;
}
