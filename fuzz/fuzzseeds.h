// SPDX-License-Identifier: GPL-3.0-or-later
// The seed corpora of the fuzz targets, made from the recorded Alpaca payloads in
// tests/data/alpaca, so the fuzzers start from real wire data and never from a copy of it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ElsonFuzz {

/** The fuzz targets, by the name after "fuzz_". */
QStringList targetNames();

/** The seeds of @p target ("jsoncodec", "decimal", "stream", "commandline", "elsonctl"). */
QList<QByteArray> seedsFor(const QString &target, const QString &dataDir);

} // namespace ElsonFuzz
