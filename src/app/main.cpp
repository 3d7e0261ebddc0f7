// SPDX-License-Identifier: GPL-3.0-or-later
// elson-terminal: the desktop trading terminal. Starts on the embedded simulator when no
// Alpaca key pair is configured; never starts in live mode.
#include "appsettings.h"
#include "brokerconfig.h"
#include "brokerfactory.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "terminalpaths.h"
#include "tradingsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Elson;

namespace {

void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() || language == u"system" ? QLocale() : QLocale(language);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("elson-terminal"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "elson-terminal: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Elson Terminal"));
    QApplication::setApplicationDisplayName(QStringLiteral("Elson Terminal"));
    QApplication::setOrganizationName(QStringLiteral("Elson"));
    QApplication::setApplicationVersion(QStringLiteral(ELSON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(ELSON_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A careful desktop trading terminal for Alpaca."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the main window after the first data refresh to "
                                            "<file> (PNG) and exit."),
        QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Window size for --screenshot."),
                                  QStringLiteral("WxH"), QStringLiteral("1440x900"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QCoreApplication::translate("main", "system, light or dark (overrides "
                                                                       "the setting for this run)."),
                                   QStringLiteral("theme"));
    parser.addOptions({screenshot, size, theme});
    parser.process(app);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString configDir = TerminalPaths::configDir(environment);
    QDir().mkpath(configDir);
    AppSettings settings(configDir + QStringLiteral("/elson-terminal.ini"));
    if (parser.isSet(theme))
        settings.setTheme(parser.value(theme));
    installTranslators(app, settings.language());

    Result<BrokerFactory::Configuration> configuration =
        BrokerFactory::configurationFrom(environment, BrokerConfig::lookupIn(settings.settings()));
    if (!configuration) {
        const QString message = configuration.error().toString();
        if (!parser.isSet(screenshot))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Configuration error"),
                                  message);
        return fail(message);
    }
    // The user's limits from the settings, unless the environment sets them (headless use wins).
    UserLimits limits = settings.limits();
    if (environment.contains(QLatin1StringView(BrokerFactory::MaxPositionValueVariable)))
        limits.maxPositionValue = configuration.value().limits.maxPositionValue;
    if (environment.contains(QLatin1StringView(BrokerFactory::MaxOrderValueVariable)))
        limits.maxOrderValue = configuration.value().limits.maxOrderValue;
    configuration.value().limits = limits;

    // The embedded exchange keeps its demo account between runs (shared with elsonctl).
    configuration.value().simStateFile = configDir + QStringLiteral("/sim-state.json");
    TradingSession session(configuration.value(), TerminalPaths::journalPath(environment));
    const QString keychainService = environment.value(QStringLiteral("ELSON_KEYCHAIN_SERVICE"));
    CredentialStore credentialStore(keychainService.isEmpty()
                                        ? QString::fromLatin1(CredentialStore::DefaultService)
                                        : keychainService);
    session.setCredentialStore(&credentialStore);
    if (Result<AuditJournal::Summary> opened = session.openJournal(); !opened) {
        // No journal, no orders: the terminal would be unsafe, so it does not start.
        const QString message = QCoreApplication::translate("main", "The audit journal %1 cannot be "
                                                                    "opened: %2")
                                    .arg(session.journalPath(), opened.error().message);
        if (!parser.isSet(screenshot))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Audit journal"), message);
        return fail(message);
    }

    MainWindow window(&session, &settings);
    const bool shooting = parser.isSet(screenshot);
    if (shooting) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt();
        const int h = wh.value(1).toInt();
        if (wh.size() != 2 || w < 320 || h < 240)
            return fail(QCoreApplication::translate("main", "--size must be WxH, at least 320x240"));
        window.resize(w, h);
    } else {
        window.restoreLayout();
    }

    int exitCode = 0;
    if (shooting) {
        const QString file = parser.value(screenshot);
        QObject::connect(&window, &MainWindow::firstRefreshShown, &window, [&window, file, &exitCode] {
            // The chart's bars and the streams are asked for after the first refresh: give
            // them a moment to arrive and paint. This is a picture, not a measurement.
            QTimer::singleShot(3500, &window, [&window, file, &exitCode] {
                if (!window.grab().save(file, "PNG"))
                    exitCode = fail(QCoreApplication::translate("main", "cannot write %1").arg(file));
                QCoreApplication::quit();
            });
        });
        QTimer::singleShot(30'000, &window, [&exitCode] {
            exitCode = fail(QCoreApplication::translate("main", "no data within 30 s; no screenshot"));
            QCoreApplication::exit(1);
        });
    }

    session.start().then(&window, [&window, &exitCode, shooting](Result<Broker::Mode> mode) {
        if (!mode) {
            exitCode = fail(mode.error().toString());
            if (shooting)
                QCoreApplication::exit(1);
            else
                QMessageBox::critical(&window, QCoreApplication::translate("main", "Cannot start"),
                                      mode.error().message);
            return;
        }
        window.startServices();
    });
    window.show();
    const int rc = app.exec();
    return exitCode != 0 ? exitCode : rc;
}
