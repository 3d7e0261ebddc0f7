// SPDX-License-Identifier: GPL-3.0-or-later
// elson-sim: the local Alpaca-compatible exchange as a command.
#include "simfaultplan.h"
#include "simservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Elson;

namespace {

Q_LOGGING_CATEGORY(lcSimMain, "elson.sim.main", QtInfoMsg)

int g_signalFds[2] = {-1, -1};

// Async-signal-safe: only write() a byte; the event loop does the rest.
extern "C" void onTerminationSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[0], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "elson-sim: %s\n", qPrintable(message));
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("elson-sim", "Try 'elson-sim --help'.")));
    std::exit(2);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("elson-sim", text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("elson-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ELSON_VERSION));

    const SimService::Options defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local Alpaca-compatible exchange: Trading API v2, Market Data v2 and their "
           "WebSocket streams on one loopback port.\n\n"
           "Demo credentials (a local toy exchange, not a secret): key %1, secret %2.\n"
           "Prints \"elson-sim listening on http://127.0.0.1:PORT\" when ready; stops, saving "
           "the state, on SIGINT or SIGTERM.")
            .arg(QString::fromLatin1(SimService::DefaultKeyId),
                 QString::fromLatin1(SimService::DefaultSecretKey)));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), tr("Loopback address to listen on."),
                                  tr("address"), defaults.host);
    const QCommandLineOption port(QStringLiteral("port"), tr("Port to listen on; 0 picks a free one."),
                                  tr("port"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the simulated market."),
                                  tr("n"), QString::number(defaults.seed));
    const QCommandLineOption key(QStringLiteral("key"), tr("API key id clients must send."),
                                 tr("id"), defaults.keyId);
    const QCommandLineOption secret(QStringLiteral("secret"), tr("API secret key clients must send."),
                                    tr("secret"));
    const QCommandLineOption clock(QStringLiteral("clock"),
                                   tr("Market clock: real, demo (always in a regular session), "
                                      "fixed:<RFC 3339 instant> or speed:<factor>."),
                                   tr("spec"), defaults.clock);
    const QCommandLineOption pdt(QStringLiteral("pdt"),
                                 tr("Pattern day trading rules: current (since 2026-07-06) or legacy."),
                                 tr("regime"), QStringLiteral("current"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("Keep the account in this file across restarts."), tr("file"));
    const QCommandLineOption cash(QStringLiteral("cash"), tr("Starting cash in USD."), tr("usd"),
                                  defaults.cash.toString());
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   tr("Inject a fault, KIND[:ARG][@COUNT][=ROUTE], e.g. "
                                      "\"status:503@2=POST /v2/orders\", \"delay:1500\", "
                                      "\"drop-after=POST /v2/orders\", \"ratelimit:3\", "
                                      "\"malformed\", \"close-stream\". Repeatable."),
                                   tr("spec"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       tr("Requests per minute before HTTP 429 (Alpaca: 200)."),
                                       tr("n"), QString::number(defaults.rateLimitPerMinute));
    for (const QCommandLineOption &option : {host, port, seed, key, secret, clock, pdt, state, cash,
                                             fault, rateLimit}) {
        parser.addOption(option);
    }

    if (!parser.parse(QCoreApplication::arguments()))
        usageError(parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        usageError(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    SimService::Options options;
    options.host = parser.value(host);
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        usageError(tr("--port: \"%1\" is not a port number (0–65535)").arg(parser.value(port)));
    options.port = quint16(portValue);
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        usageError(tr("--seed: \"%1\" is not a non-negative integer").arg(parser.value(seed)));
    options.keyId = parser.value(key);
    if (parser.isSet(secret))
        options.secretKey = parser.value(secret);
    if (parser.isSet(key) != parser.isSet(secret))
        usageError(tr("--key and --secret go together"));
    options.clock = parser.value(clock);
    const QString pdtValue = parser.value(pdt);
    if (pdtValue == u"current")
        options.pdt = SimExchange::PdtRegime::Current;
    else if (pdtValue == u"legacy")
        options.pdt = SimExchange::PdtRegime::Legacy;
    else
        usageError(tr("--pdt: \"%1\" is neither current nor legacy").arg(pdtValue));
    options.stateFile = parser.value(state);
    const Result<Decimal> cashValue = Decimal::fromString(parser.value(cash), QStringLiteral("--cash"));
    if (!cashValue)
        usageError(cashValue.error().toString());
    options.cash = cashValue.value();
    const QStringList faultSpecs = parser.values(fault);
    for (const QString &spec : faultSpecs) {
        const Result<SimFault> parsed = SimFault::fromSpec(spec);
        if (!parsed)
            usageError(parsed.error().toString());
        options.faults.append(parsed.value());
    }
    options.rateLimitPerMinute = parser.value(rateLimit).toInt(&ok);
    if (!ok)
        usageError(tr("--rate-limit: \"%1\" is not an integer").arg(parser.value(rateLimit)));
    if (const Result<bool> valid = SimService::validate(options); !valid)
        usageError(valid.error().toString());

    if (!installSignalHandlers()) {
        std::fprintf(stderr, "elson-sim: %s\n", qPrintable(tr("cannot install signal handlers")));
        return 1;
    }

    SimService service(options);
    const Result<quint16> started = service.start();
    if (!started) {
        std::fprintf(stderr, "elson-sim: %s\n", qPrintable(started.error().toString()));
        return 1;
    }

    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&service, &notifier] {
        char signal = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalFds[1], &signal, 1);
        notifier.setEnabled(false);
        qCInfo(lcSimMain) << "signal" << int(signal) << "received, stopping";
        service.stop(); // saves the state
        QCoreApplication::exit(0);
    });

    // The one line on stdout that scripts and tests wait for.
    std::printf("elson-sim listening on %s\n", qPrintable(service.url().toString()));
    std::fflush(stdout);
    return app.exec();
}
