// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "broker.h"
#include "brokerfactory.h"
#include "commandoptions.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Elson {

class AuditJournal;
class CredentialStore;
class TerminalInput;

/**
 * elsonctl's command dispatcher, kept apart from main() so tests can run commands
 * in process and read what they print. Exit codes are ExitCode's: 0 success, 1 a
 * check came out negative (audit verify, price, decode), 2 the validation chain
 * refused, 3 the broker or the network failed, 4 the configuration, the credentials,
 * the keychain, the journal or a trading gate refused, 64 usage.
 *
 * The broker commands are asynchronous: start() returns a future of the exit code,
 * which main() waits for in its event loop; run() answers only the offline commands
 * (help, version, price, decode).
 */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /** Names the keychain service (default "Elson Terminal"); tests use their own. */
    static constexpr const char *KeychainServiceVariable = "ELSON_KEYCHAIN_SERVICE";
    /** The journal's rotation size in bytes (default AuditJournal::DefaultMaxFileSize). */
    static constexpr const char *JournalSizeVariable = "ELSON_AUDIT_MAX_BYTES";

    CommandLine(QTextStream &out, QTextStream &err);

    ~CommandLine();
    Q_DISABLE_COPY_MOVE(CommandLine)

    /**
     * Where answers and key pairs are read from (not owned). Without input nothing is
     * interactive: warnings need --yes and `credentials set` reads the environment only.
     */
    void setInput(TerminalInput *input) { m_input = input; }

    /** Runs the offline command @p arguments (argv without the program name). */
    int run(const QStringList &arguments);
    /**
     * Runs any command: the broker commands against the broker chosen from
     * @p environment (the embedded exchange without credentials, paper with them, live
     * with --live through every gate). The future finishes with the exit code.
     */
    QFuture<int> start(const QStringList &arguments,
                       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    /** True for the commands start() runs against a broker, the journal or the keychain. */
    [[nodiscard]] static bool isBrokerCommand(const QString &command);

private:
    int offline(const CommandOptions &options);
    QFuture<int> online(const CommandOptions &options, const QProcessEnvironment &environment);
    QFuture<int> withBroker(const CommandOptions &options);
    QFuture<int> order(const CommandOptions &options);
    QFuture<int> submit(Trade trade, QSet<QString> acknowledged, bool assumeYes);
    QFuture<int> replace(const CommandOptions &options);
    QFuture<int> bars(const CommandOptions &options);
    QFuture<int> credentials(const CommandOptions &options, const QProcessEnvironment &environment);
    int auditVerify(const QString &path);
    int mode(const CommandOptions &options);
    int printPreview(const Broker::Preview &preview);

    /** Prints @p error the way its exit code calls for and returns that code. */
    int report(const Error &error);
    int usageError(const QString &what, const QString &message);
    void printJson(const QJsonValue &value);
    /** Asks a yes/no question on the terminal; false when nobody can answer. */
    bool confirm(const QString &question);

    int usage(int exitCode);
    int price(const QStringList &args);
    int decode(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
    TerminalInput *m_input = nullptr;
    bool m_json = false;
    QObject m_context; ///< continuations run against it
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<BrokerFactory> m_factory;
    std::unique_ptr<AuditJournal> m_journal;
    BrokerFactory::BrokerPtr m_broker;
};

} // namespace Elson
