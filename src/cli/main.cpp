// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("elsonctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Elson"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ELSON_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Elson::CommandLine cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
