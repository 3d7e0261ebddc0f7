// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("elsonctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Elson"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ELSON_VERSION));

    // Messages in the user's language where a translation exists (embedded, :/i18n).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("elson"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Elson::CommandLine cli(out, err);
    // The broker commands are asynchronous: wait for the exit code in the event loop.
    const QFuture<int> done = cli.start(QCoreApplication::arguments().mid(1));
    if (!done.isFinished()) {
        QFutureWatcher<int> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &app, &QCoreApplication::quit);
        watcher.setFuture(done);
        if (!done.isFinished())
            app.exec();
    }
    const int code = done.isCanceled() || done.resultCount() == 0 ? 3 : done.result();
    out.flush();
    err.flush();
    return code;
}
