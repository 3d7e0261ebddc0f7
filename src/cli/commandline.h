// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Elson {

/**
 * elsonctl's command dispatcher, kept apart from main() so tests can run commands
 * in process and read what they print. Each command returns a process exit code:
 * 0 success, 1 the input broke a rule, 2 usage error.
 */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);

    /** Runs @p arguments (argv without the program name). */
    int run(const QStringList &arguments);

private:
    int usage(int exitCode);
    int price(const QStringList &args);
    int decode(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Elson
