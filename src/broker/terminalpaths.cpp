// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalpaths.h"

#include <QProcessEnvironment>
#include <QStandardPaths>

namespace Elson {

QString TerminalPaths::configDir(const QProcessEnvironment &environment)
{
    const QString dir = environment.value(QLatin1StringView(ConfigDirVariable));
    // One folder for the terminal and elsonctl, so both append to the same journal.
    return dir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/elson-terminal")
        : dir;
}

QString TerminalPaths::journalPath(const QProcessEnvironment &environment)
{
    const QString path = environment.value(QLatin1StringView(AuditLogVariable));
    return path.isEmpty() ? configDir(environment) + QStringLiteral("/audit.jsonl") : path;
}

} // namespace Elson
