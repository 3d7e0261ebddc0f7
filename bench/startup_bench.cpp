// SPDX-License-Identifier: GPL-3.0-or-later
// startup_bench: cold start of the terminal in simulator mode to its first painted window,
// against a bare QMainWindow built by the same compiler with the same flags, in the same
// run. The figure is the ratio.
//
// Each start is a new process (this program run again with --child app|bare), so the
// dynamic loader, Qt's plugin loading and the first paint are all paid each time; the
// files stay in the page cache between runs, so "cold" means a new process, not a cold
// disk. The parent reads CLOCK_MONOTONIC just before it starts the child; the child
// prints the same clock at each milestone. A window counts as painted once its first
// paint event has been handled and the backing store flushed (a zero timer queued from
// the paint event fires after the flush). The platform is offscreen unless
// QT_QPA_PLATFORM says otherwise.
//
// The terminal's child does what src/app/main.cpp does, minus translations, as a first
// run: settings, journal and demo-account state in a fresh folder,
// BrokerFactory::configurationFrom() an empty environment (so the embedded exchange), the
// keychain asked for key pairs (under a service name of the bench's own),
// TradingSession with its audit journal, MainWindow, show(), the
// session started, services started — and also reports the first data refresh
// (MainWindow::firstRefreshShown). elson-terminal itself has no "quit after the first
// paint" switch, so this program times the same code in process.
//
// Prints figures; never asserts on time.
#include "benchsupport.h"

#include "appsettings.h"
#include "brokerconfig.h"
#include "brokerfactory.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "tradingsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHash>
#include <QMainWindow>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Elson;
using namespace ElsonBench;

namespace {

constexpr int WindowWidth = 1440;
constexpr int WindowHeight = 900;
constexpr int ChildTimeoutMs = 60'000;

void mark(const char *milestone)
{
    std::printf("T %s %lld\n", milestone, static_cast<long long>(monotonicNs()));
    std::fflush(stdout);
}

/** Calls @p done once, after @p window's first paint has been handled and flushed. */
class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget *window, std::function<void()> done)
        : QObject(window)
        , m_done(std::move(done))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            mark("paint_event");
            // Runs after the repaint that delivered this event, flush included.
            QTimer::singleShot(0, this, [this] { m_done(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_done;
    bool m_seen = false;
};

int runBare(int argc, char *argv[])
{
    mark("main");
    QApplication app(argc, argv);
    mark("qapplication");
    QMainWindow window;
    window.resize(WindowWidth, WindowHeight);
    mark("window_built");
    new FirstPaint(&window, [] {
        mark("painted");
        QCoreApplication::quit();
    });
    window.show();
    mark("shown");
    QTimer::singleShot(ChildTimeoutMs, &app, [] { QCoreApplication::exit(2); });
    return app.exec();
}

int runTerminal(int argc, char *argv[])
{
    mark("main");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Elson Terminal"));
    QApplication::setOrganizationName(QStringLiteral("Elson"));
    mark("qapplication");

    const QTemporaryDir dir;
    if (!dir.isValid())
        return 3;
    AppSettings settings(dir.filePath(QStringLiteral("elson-terminal.ini")));
    Result<BrokerFactory::Configuration> configuration =
        BrokerFactory::configurationFrom(QProcessEnvironment(), BrokerConfig::lookupIn(settings.settings()));
    if (!configuration) {
        std::fprintf(stderr, "startup_bench: %s\n", qPrintable(configuration.error().toString()));
        return 3;
    }
    // A first run: the demo account's state file does not exist yet.
    configuration.value().simStateFile = dir.filePath(QStringLiteral("sim-state.json"));
    TradingSession session(configuration.value(), dir.filePath(QStringLiteral("audit.jsonl")));
    // The keychain is asked for key pairs as main.cpp asks it, under a service of the
    // bench's own so no real key pair is read.
    CredentialStore credentialStore(QStringLiteral("Elson Terminal startup_bench"));
    session.setCredentialStore(&credentialStore);
    if (!session.openJournal()) {
        std::fprintf(stderr, "startup_bench: the journal cannot be opened\n");
        return 3;
    }
    mark("session_built");

    MainWindow window(&session, &settings);
    window.restoreLayout();
    mark("window_built");

    bool painted = false;
    bool refreshed = false;
    new FirstPaint(&window, [&] {
        mark("painted");
        painted = true;
        if (refreshed)
            QCoreApplication::quit();
    });
    QObject::connect(&window, &MainWindow::firstRefreshShown, &window, [&] {
        mark("refreshed");
        refreshed = true;
        if (painted)
            QCoreApplication::quit();
    });
    int exitCode = 0;
    session.start().then(&window, [&window, &exitCode](Result<Broker::Mode> mode) {
        if (!mode) {
            std::fprintf(stderr, "startup_bench: %s\n", qPrintable(mode.error().toString()));
            exitCode = 3;
            QCoreApplication::exit(3);
            return;
        }
        mark("session_started");
        window.startServices();
    });
    window.show();
    mark("shown");
    QTimer::singleShot(ChildTimeoutMs, &app, [] { QCoreApplication::exit(2); });
    const int rc = app.exec();
    return exitCode != 0 ? exitCode : rc;
}

/** One child run: milestone → ms since the parent started it. Empty on failure. */
QHash<QString, double> runChild(const QString &program, const QString &kind, QString *error)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 start = monotonicNs();
    process.start(program, {QStringLiteral("--child"), kind});
    if (!process.waitForFinished(ChildTimeoutMs + 5'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("%1 child failed (exit %2): %3")
                     .arg(kind)
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed().right(400));
        process.kill();
        return {};
    }
    QHash<QString, double> milestones;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts.at(0) == "T")
            milestones.insert(QString::fromLatin1(parts.at(1)), double(parts.at(2).toLongLong() - start) / 1e6);
    }
    return milestones;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0) {
            if (qstrcmp(argv[i + 1], "bare") == 0)
                return runBare(argc, argv);
            if (qstrcmp(argv[i + 1], "app") == 0)
                return runTerminal(argc, argv);
            return 64;
        }
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Cold start to the first painted window, terminal vs bare QMainWindow: prints medians."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts of each kind."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (!printBuildLine("startup_bench"))
        return 0;
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen"));
    std::printf("  %d starts of each kind, alternating, each a new process; QPA platform %s; window %dx%d\n",
                runs, qPrintable(platform), WindowWidth, WindowHeight);

    const QString program = QCoreApplication::applicationFilePath();
    QHash<QString, QList<double>> terminal;
    QHash<QString, QList<double>> bare;
    const auto collect = [](QHash<QString, QList<double>> &into, const QHash<QString, double> &run) {
        for (auto it = run.cbegin(); it != run.cend(); ++it)
            into[it.key()].append(it.value());
    };
    QString error;
    // One untimed start of each first: the binaries and Qt's plugins into the page cache.
    runChild(program, QStringLiteral("bare"), &error);
    runChild(program, QStringLiteral("app"), &error);
    for (int i = 0; i < runs; ++i) {
        // Alternate which goes first so neither always follows the other.
        for (const QString &kind : i % 2 ? QStringList{QStringLiteral("app"), QStringLiteral("bare")}
                                         : QStringList{QStringLiteral("bare"), QStringLiteral("app")}) {
            const QHash<QString, double> run = runChild(program, kind, &error);
            if (run.isEmpty() || !run.contains(QStringLiteral("painted"))) {
                std::fprintf(stderr, "startup_bench: %s\n", qPrintable(error));
                return 1;
            }
            collect(kind == u"app" ? terminal : bare, run);
        }
    }

    const auto ms = [](const QHash<QString, QList<double>> &runsOf, const char *milestone) {
        return median(runsOf.value(QString::fromLatin1(milestone)));
    };
    const auto spread = [](const QHash<QString, QList<double>> &runsOf, const char *milestone) {
        const QList<double> values = runsOf.value(QString::fromLatin1(milestone));
        return QStringLiteral("median of %1; min %2, max %3 ms")
            .arg(values.size())
            .arg(fixed(quantile(values, 0.0), 1), fixed(quantile(values, 1.0), 1));
    };
    const double appPainted = ms(terminal, "painted");
    const double barePainted = ms(bare, "painted");

    std::printf("\n| Figure | Value | Note |\n|---|---|---|\n");
    printFigure(QStringLiteral("cold start to first painted window: terminal (sim mode)"), fixed(appPainted, 1),
                "ms", spread(terminal, "painted"));
    printFigure(QStringLiteral("cold start to first painted window: bare QMainWindow"), fixed(barePainted, 1), "ms",
                spread(bare, "painted"));
    printFigure(QStringLiteral("ratio terminal / bare QMainWindow"),
                fixed(barePainted > 0 ? appPainted / barePainted : 0, 2), "x",
                QStringLiteral("the figure; medians of the same run"));
    printFigure(QStringLiteral("cold start to first data refresh shown: terminal (sim mode)"),
                fixed(ms(terminal, "refreshed"), 1), "ms",
                spread(terminal, "refreshed") + QStringLiteral("; account, positions, orders from the embedded exchange"));

    std::printf("\n  where the time goes (medians, ms since the process was started):\n");
    std::printf("  %-22s %10s %10s\n", "milestone", "terminal", "bare");
    for (const char *milestone : {"main", "qapplication", "session_built", "window_built", "shown", "paint_event",
                                  "painted", "session_started", "refreshed"}) {
        const QString key = QString::fromLatin1(milestone);
        const QString t = terminal.contains(key) ? fixed(ms(terminal, milestone), 1) : QStringLiteral("-");
        const QString b = bare.contains(key) ? fixed(ms(bare, milestone), 1) : QStringLiteral("-");
        std::printf("  %-22s %10s %10s\n", milestone, qPrintable(t), qPrintable(b));
    }
    return 0;
}
