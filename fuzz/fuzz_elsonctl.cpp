// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: whole elsonctl commands through CommandLine::start() (commandline.h),
// the entry point main() calls: parsing, configuration, gates, journal, broker, printing.
// Input: the arguments, one per line; a line "ENV:NAME=VALUE" sets one of the
// configuration variables instead (README, Configuration). fuzz_commandline is the fast
// target for the parser alone.
//
// Every broker the commands build talks only to one SimService in this process on
// 127.0.0.1: the paper, live and data URLs all point at it, and the fuzzer cannot change
// them, so no input can reach a real host (even through every live gate). The keychain is
// never touched: `credentials` inputs are skipped and the keychain service is the fuzzer's
// own. Checked: the exit code is one of ExitCode's (exitcode.h) and the future always
// finishes (a hang is a libFuzzer timeout).
#include "commandline.h"
#include "exitcode.h"
#include "fuzzsupport.h"
#include "simservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Elson;

namespace {

struct Fixture
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<SimService> sim;
    std::unique_ptr<QTemporaryDir> home;
    QProcessEnvironment environment;
};

Fixture *fixture = nullptr;

// The variables an input may set: configuration, never a URL or a key.
const QStringList &settableVariables()
{
    static const QStringList names{
        QStringLiteral("ENVIRONMENT"), QStringLiteral("LIVE_TRADING_ENABLED"),
        QStringLiteral("USE_PAPER_TRADING"), QStringLiteral("DEFAULT_BROKER"),
        QStringLiteral("ELSON_MAX_ORDER_VALUE"), QStringLiteral("ELSON_MAX_POSITION_VALUE")};
    return names;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // decode without FILE reads standard input: let it read nothing, never a terminal.
    if (!std::freopen("/dev/null", "r", stdin))
        return 1;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The broker and client log every request; the fuzzer needs none of it.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    fixture = new Fixture;
    fixture->app = std::make_unique<QCoreApplication>(*argc, *argv);
    fixture->home = std::make_unique<QTemporaryDir>();

    SimService::Options options;
    options.clock = QStringLiteral("fixed:2026-11-23T10:00:00-05:00"); // a Monday, market open
    options.partialFillPercent = 0;
    options.rateLimitPerMinute = 1'000'000;
    fixture->sim = std::make_unique<SimService>(options);
    const Result<quint16> port = fixture->sim->start();
    if (!port) {
        std::fprintf(stderr, "fuzz_commandline: the simulator did not start: %s\n",
                     qPrintable(port.error().toString()));
        return 1;
    }
    const QString url = fixture->sim->url().toString();
    QProcessEnvironment &env = fixture->environment;
    env.insert(QStringLiteral("HOME"), fixture->home->path());
    env.insert(QStringLiteral("ALPACA_API_KEY"), options.keyId);
    env.insert(QStringLiteral("ALPACA_SECRET_KEY"), options.secretKey);
    env.insert(QStringLiteral("ALPACA_PAPER_URL"), url);
    env.insert(QStringLiteral("ALPACA_LIVE_URL"), url);
    env.insert(QStringLiteral("ALPACA_DATA_URL"), url);
    env.insert(QStringLiteral("ELSON_CONFIG_DIR"), fixture->home->path());
    env.insert(QStringLiteral("ELSON_AUDIT_LOG"), fixture->home->filePath(QStringLiteral("audit.jsonl")));
    env.insert(QString::fromLatin1(CommandLine::KeychainServiceVariable), QStringLiteral("Elson Terminal fuzz"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 1024)
        return -1; // arguments, not documents: keep the corpus small
    const QString text = QString::fromUtf8(ElsonFuzz::bytes(data, size));
    QStringList arguments;
    QProcessEnvironment environment = fixture->environment;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"ENV:")) {
            const qsizetype eq = line.indexOf(u'=');
            const QString name = line.mid(4, eq < 0 ? -1 : eq - 4);
            if (!settableVariables().contains(name))
                return -1;
            environment.insert(name, eq < 0 ? QString() : line.mid(eq + 1));
            continue;
        }
        // decode FILE and audit verify FILE read any path: keep them inside the
        // working directory, away from devices such as /dev/zero. The keychain is the
        // user's: no credentials command.
        if (line.contains(u'/') || line.contains(QStringLiteral("credentials")))
            return -1;
        arguments.append(line);
    }

    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    int code = -1;
    {
        CommandLine cli(out, err);
        const QFuture<int> done = cli.start(arguments, environment);
        if (!done.isFinished()) {
            QEventLoop loop;
            QFutureWatcher<int> watcher;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(done);
            if (!done.isFinished())
                loop.exec();
        }
        ELSON_FUZZ_CHECK(!done.isCanceled() && done.resultCount() == 1, arguments.join(u' ').toUtf8());
        code = done.result();
    }
    // The broker deletes its network objects later: let that happen before the next input.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    const QList<int> codes{toInt(ExitCode::Ok), toInt(ExitCode::CheckFailed), toInt(ExitCode::Refused),
                           toInt(ExitCode::ApiError), toInt(ExitCode::Configuration), toInt(ExitCode::Usage)};
    ELSON_FUZZ_CHECK(codes.contains(code), QByteArray::number(code) + ": " + arguments.join(u' ').toUtf8()
                                                 + "\n" + errText.toUtf8());
    // Each input starts with a fresh journal, so opening it stays cheap.
    // (audit.jsonl, its lock, and any rotated audit.N.jsonl).
    const QDir home(fixture->home->path());
    for (const QString &name : home.entryList({QStringLiteral("audit*")}, QDir::Files))
        QFile::remove(home.filePath(name));
    return 0;
}
