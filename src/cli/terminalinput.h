// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Elson {

/**
 * What elsonctl reads: answers to a confirmation and key pairs for `credentials set`.
 * Either standard input (interactive when it is a terminal) or a fixed text (pipes in
 * tests). On a terminal a line read without echo is not shown while it is typed, so a
 * pasted secret stays off the screen.
 */
class TerminalInput final
{
public:
    /** Standard input. */
    [[nodiscard]] static std::unique_ptr<TerminalInput> standardInput();
    /** @p text split into lines; @p interactive pretends a person is typing it. */
    explicit TerminalInput(const QString &text, bool interactive = false);
    ~TerminalInput();
    TerminalInput(const TerminalInput &) = delete;
    TerminalInput &operator=(const TerminalInput &) = delete;

    /** A person can answer a question (standard input is a terminal). */
    [[nodiscard]] bool isInteractive() const { return m_interactive; }
    /** The next line without its line end; nothing at the end of the input. */
    [[nodiscard]] std::optional<QString> readLine(bool echo = true);

private:
    TerminalInput() = default;

    bool m_interactive = false;
    bool m_isStdin = false;
    QFile m_file;
    QString m_text;
    std::unique_ptr<QTextStream> m_stream;
};

} // namespace Elson
