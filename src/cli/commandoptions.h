// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Elson {

/**
 * One elsonctl command line, parsed: the command, its positional arguments and its
 * options, checked against what that command accepts. The global options (--json,
 * --live, --confirm ACCOUNT_NUMBER) are accepted anywhere. An option takes its value
 * as the next argument or after "=" (--qty=5); "--" ends the options.
 */
struct CommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandOptions)

public:
    QString command;
    QStringList positional;
    QMap<QString, QString> values; ///< "--flag" → value
    QSet<QString> flags;           ///< "--flag" given without a value

    [[nodiscard]] bool has(const QString &flag) const
    {
        return flags.contains(flag) || values.contains(flag);
    }
    [[nodiscard]] QString value(const QString &flag) const { return values.value(flag); }
    [[nodiscard]] bool json() const { return flags.contains(QStringLiteral("--json")); }
    [[nodiscard]] bool live() const { return flags.contains(QStringLiteral("--live")); }

    /**
     * Parses @p arguments (argv without the program name). The error's field is the
     * option or argument at fault and its message says why: an unknown command or
     * option, an option without its value, a flag given a value.
     */
    [[nodiscard]] static Result<CommandOptions> parse(const QStringList &arguments);

    /** Every command elsonctl knows, in help order. */
    [[nodiscard]] static QStringList commands();
    /** The commands that run without a broker, the network or a journal. */
    [[nodiscard]] static bool isOffline(const QString &command);
};

} // namespace Elson
