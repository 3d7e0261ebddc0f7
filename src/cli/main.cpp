// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "terminalinput.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("elsonctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Elson"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ELSON_VERSION));

    // A shell tool speaks through its output and exit code; the library's progress notes
    // (listening on…, submitting…) stay quiet unless QT_LOGGING_RULES asks for them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("elson.*.debug=false\nelson.*.info=false"));

    // Messages in the user's language where a translation exists (embedded, :/i18n).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("elson"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const std::unique_ptr<Elson::TerminalInput> input = Elson::TerminalInput::standardInput();
    Elson::CommandLine cli(out, err);
    cli.setInput(input.get());
    // The broker commands are asynchronous: wait for the exit code in the event loop.
    const QFuture<int> done = cli.start(QCoreApplication::arguments().mid(1));
    if (!done.isFinished()) {
        QFutureWatcher<int> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &app, &QCoreApplication::quit);
        watcher.setFuture(done);
        if (!done.isFinished())
            app.exec();
    }
    const int code = done.isCanceled() || done.resultCount() == 0
        ? Elson::toInt(Elson::ExitCode::ApiError)
        : done.result();
    out.flush();
    err.flush();
    return code;
}
