// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalinput.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Elson {

std::unique_ptr<TerminalInput> TerminalInput::standardInput()
{
    std::unique_ptr<TerminalInput> input(new TerminalInput);
    input->m_isStdin = true;
#ifdef Q_OS_WIN
    input->m_interactive = _isatty(_fileno(stdin)) != 0;
#else
    input->m_interactive = ::isatty(STDIN_FILENO) == 1;
#endif
    if (input->m_file.open(stdin, QIODevice::ReadOnly))
        input->m_stream = std::make_unique<QTextStream>(&input->m_file);
    return input;
}

TerminalInput::TerminalInput(const QString &text, bool interactive)
    : m_interactive(interactive), m_text(text)
{
    m_stream = std::make_unique<QTextStream>(&m_text, QIODevice::ReadOnly);
}

TerminalInput::~TerminalInput() = default;

std::optional<QString> TerminalInput::readLine(bool echo)
{
    if (!m_stream)
        return std::nullopt;
#ifndef Q_OS_WIN
    // Echo off only while this line is typed; restored whatever happens.
    struct termios saved {};
    const bool hide = !echo && m_isStdin && m_interactive && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        struct termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#else
    Q_UNUSED(echo)
#endif
    QString line;
    const bool read = m_stream->readLineInto(&line);
#ifndef Q_OS_WIN
    if (hide) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr); // the Enter the user typed was not echoed
    }
#endif
    if (!read)
        return std::nullopt;
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace Elson
