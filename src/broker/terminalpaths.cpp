// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalpaths.h"

#include <QProcessEnvironment>
#include <QStandardPaths>

namespace Elson {

QString TerminalPaths::configDir(const QProcessEnvironment &environment)
{
    const QString dir = environment.value(QLatin1StringView(ConfigDirVariable));
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dir;
}

QString TerminalPaths::journalPath(const QProcessEnvironment &environment)
{
    const QString path = environment.value(QLatin1StringView(AuditLogVariable));
    return path.isEmpty() ? configDir(environment) + QStringLiteral("/audit.jsonl") : path;
}

} // namespace Elson
