// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandoptions.h"

namespace Elson {

namespace {

/** What one command accepts besides the globals. */
struct Spec
{
    QSet<QString> valueOptions;
    QSet<QString> flagOptions;
};

using Specs = QMap<QString, Spec>;

const Specs &specs()
{
    static const Specs table = [] {
        Specs s;
        const Spec none;
        for (const char *command : {"help", "version", "account", "positions", "clock", "mode"})
            s.insert(QString::fromLatin1(command), none);
        s.insert(QStringLiteral("price"), none);
        s.insert(QStringLiteral("decode"), none);
        s.insert(QStringLiteral("orders"), {{QStringLiteral("--status"), QStringLiteral("--limit")}, {}});
        s.insert(QStringLiteral("activities"), {{QStringLiteral("--type"), QStringLiteral("--limit")}, {}});
        s.insert(QStringLiteral("asset"), none);
        s.insert(QStringLiteral("bars"), {{QStringLiteral("--timeframe"), QStringLiteral("--limit")}, {}});
        s.insert(QStringLiteral("order"),
                 {{QStringLiteral("--qty"), QStringLiteral("--notional"), QStringLiteral("--type"),
                   QStringLiteral("--limit-price"), QStringLiteral("--stop-price"),
                   QStringLiteral("--trail-percent"), QStringLiteral("--trail-price"),
                   QStringLiteral("--tif"), QStringLiteral("--take-profit"),
                   QStringLiteral("--stop-loss"), QStringLiteral("--stop-loss-limit"),
                   QStringLiteral("--order-class"), QStringLiteral("--client-order-id"),
                   // The first release's spellings, still understood.
                   QStringLiteral("--symbol"), QStringLiteral("--side"), QStringLiteral("--limit"),
                   QStringLiteral("--stop"), QStringLiteral("--stop-limit")},
                  {QStringLiteral("--extended-hours"), QStringLiteral("--queue-when-closed"),
                   QStringLiteral("--yes"), QStringLiteral("--dry-run")}});
        s.insert(QStringLiteral("replace"),
                 {{QStringLiteral("--qty"), QStringLiteral("--limit-price"),
                   QStringLiteral("--stop-price"), QStringLiteral("--trail")},
                  {}});
        s.insert(QStringLiteral("cancel"), {{}, {QStringLiteral("--all")}});
        s.insert(QStringLiteral("cancel-all"), none);
        s.insert(QStringLiteral("close"),
                 {{QStringLiteral("--qty"), QStringLiteral("--percentage")}, {QStringLiteral("--all")}});
        s.insert(QStringLiteral("audit"), none);
        s.insert(QStringLiteral("credentials"), none);
        return s;
    }();
    return table;
}

bool isGlobalFlag(const QString &arg)
{
    return arg == u"--json" || arg == u"--live";
}

} // namespace

QStringList CommandOptions::commands()
{
    return {QStringLiteral("account"), QStringLiteral("positions"), QStringLiteral("orders"),
            QStringLiteral("activities"), QStringLiteral("clock"), QStringLiteral("asset"),
            QStringLiteral("bars"), QStringLiteral("order"), QStringLiteral("replace"),
            QStringLiteral("cancel"), QStringLiteral("close"), QStringLiteral("audit"),
            QStringLiteral("credentials"), QStringLiteral("mode"), QStringLiteral("price"),
            QStringLiteral("decode"), QStringLiteral("version"), QStringLiteral("help"),
            QStringLiteral("cancel-all")};
}

bool CommandOptions::isOffline(const QString &command)
{
    return command == u"help" || command == u"version" || command == u"price"
        || command == u"decode";
}

Result<CommandOptions> CommandOptions::parse(const QStringList &arguments)
{
    CommandOptions options;
    const Spec *spec = nullptr;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const bool looksLikeOption = !optionsEnded && arg.startsWith(u"--") && arg.size() > 2;
        if (!optionsEnded && arg == u"--") {
            optionsEnded = true;
            continue;
        }
        if (!looksLikeOption) {
            // -h, -v and the first word name the command; the rest are its arguments.
            if (options.command.isEmpty()) {
                QString command = arg;
                if (command == u"-h")
                    command = QStringLiteral("help");
                else if (command == u"-v")
                    command = QStringLiteral("version");
                const auto found = specs().constFind(command);
                if (found == specs().constEnd())
                    return Error::validation(arg, tr("unknown command \"%1\"").arg(arg));
                options.command = command;
                spec = &found.value();
            } else {
                options.positional.append(arg);
            }
            continue;
        }
        QString name = arg;
        std::optional<QString> inlineValue;
        if (const qsizetype eq = arg.indexOf(u'='); eq > 2) {
            name = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
        }
        if (options.command.isEmpty() && (name == u"--help" || name == u"--version")) {
            options.command = name.mid(2);
            spec = &specs().find(options.command).value();
            continue;
        }
        const bool isValue = name == u"--confirm" || (spec && spec->valueOptions.contains(name));
        const bool isFlag = isGlobalFlag(name) || (spec && spec->flagOptions.contains(name));
        if (!isValue && !isFlag) {
            if (!spec)
                return Error::validation(name, tr("unknown option %1 (the command comes first "
                                                  "or after --json, --live and --confirm)")
                                                   .arg(name));
            return Error::validation(name, tr("%1 does not take the option %2")
                                               .arg(options.command, name));
        }
        if (isFlag) {
            if (inlineValue)
                return Error::validation(name, tr("the option %1 takes no value").arg(name));
            options.flags.insert(name);
            continue;
        }
        if (!inlineValue) {
            // A value may itself start with "-" (a negative number) but not with "--".
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(u"--"))
                return Error::validation(name, tr("the option %1 needs a value").arg(name));
            inlineValue = arguments.at(++i);
        }
        if (options.values.contains(name))
            return Error::validation(name, tr("the option %1 is given twice").arg(name));
        options.values.insert(name, *inlineValue);
    }
    if (options.command.isEmpty())
        return Error::validation(QString(), tr("no command given"));
    return options;
}

} // namespace Elson
