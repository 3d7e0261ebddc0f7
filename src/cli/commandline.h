// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "broker.h"
#include "brokerfactory.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Elson {

class AuditJournal;

/**
 * elsonctl's command dispatcher, kept apart from main() so tests can run commands
 * in process and read what they print. Each command returns a process exit code:
 * 0 success, 1 the input broke a rule (or the validation chain or a trading gate
 * refused), 2 usage error, 3 the broker or the network failed.
 *
 * The broker commands (account, positions, orders, order, cancel, close, audit, mode)
 * are asynchronous: start() returns a future of the exit code, which main() waits for
 * in its event loop; run() answers only the offline commands.
 */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);

    ~CommandLine();
    Q_DISABLE_COPY_MOVE(CommandLine)

    /** Runs the offline command @p arguments (argv without the program name). */
    int run(const QStringList &arguments);
    /**
     * Runs any command: the broker commands against the broker chosen from
     * @p environment (the embedded exchange without credentials, paper with them, live
     * with --live through every gate). The future finishes with the exit code.
     */
    QFuture<int> start(const QStringList &arguments,
                       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    /** True for the commands start() runs against a broker. */
    [[nodiscard]] static bool isBrokerCommand(const QString &command);

private:
    struct Options;
    QFuture<int> brokerCommand(const QString &command, const QStringList &args,
                               const QProcessEnvironment &environment);
    QFuture<int> withBroker(const QString &command, const Options &options);
    QFuture<int> order(const Options &options);
    int auditVerify(const QStringList &args);
    int mode(const QProcessEnvironment &environment, const Options &options);
    int refused(const Error &error);
    int failed(const Error &error);
    void printJson(const QJsonValue &value);

    int usage(int exitCode);
    int price(const QStringList &args);
    int decode(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    QObject m_context; ///< continuations run against it
    std::unique_ptr<BrokerFactory> m_factory;
    std::unique_ptr<AuditJournal> m_journal;
    BrokerFactory::BrokerPtr m_broker;
};

} // namespace Elson
