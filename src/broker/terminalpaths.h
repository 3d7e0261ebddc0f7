// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QProcessEnvironment;

namespace Elson {

/**
 * Where the terminal and elsonctl keep their files, one answer for both:
 * ELSON_CONFIG_DIR when set, else elson-terminal/ in the platform's data folder
 * (~/.local/share/elson-terminal on Linux).
 * The journal is ELSON_AUDIT_LOG when set, else audit.jsonl in that folder.
 */
class TerminalPaths final
{
public:
    static constexpr const char *ConfigDirVariable = "ELSON_CONFIG_DIR";
    static constexpr const char *AuditLogVariable = "ELSON_AUDIT_LOG";

    [[nodiscard]] static QString configDir(const QProcessEnvironment &environment);
    [[nodiscard]] static QString journalPath(const QProcessEnvironment &environment);
};

} // namespace Elson
