// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "decimal.h"

namespace Elson {

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err)
{
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(2);
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help")
        return usage(0);
    if (command == u"--version" || command == u"-v" || command == u"version") {
        m_out << "elsonctl " << ELSON_VERSION << Qt::endl;
        return 0;
    }
    if (command == u"price")
        return price(rest);
    m_err << tr("elsonctl: unknown command \"%1\"").arg(command) << Qt::endl;
    return usage(2);
}

int CommandLine::usage(int exitCode)
{
    QTextStream &s = exitCode == 0 ? m_out : m_err;
    s << tr("Usage: elsonctl COMMAND [ARGUMENTS]\n"
            "\n"
            "Commands:\n"
            "  price VALUE       check a limit or stop price against Alpaca's sub-penny rule\n"
            "  version           print the version\n"
            "  help              show this help\n")
      << Qt::flush;
    return exitCode;
}

int CommandLine::price(const QStringList &args)
{
    if (args.size() != 1) {
        m_err << tr("Usage: elsonctl price VALUE") << Qt::endl;
        return 2;
    }
    const auto parsed = Decimal::fromString(args.first(), QStringLiteral("price"));
    if (!parsed) {
        m_err << tr("elsonctl: %1").arg(parsed.error().toString()) << Qt::endl;
        return 1;
    }
    const Decimal value = *parsed;
    if (!value.isPositive()) {
        m_err << tr("elsonctl: price: must be greater than zero") << Qt::endl;
        return 1;
    }
    const int allowed = Decimal::tickScaleFor(value);
    if (value.isTickAligned()) {
        m_out << tr("%1 is a valid price (at most %2 decimals at this level)")
                     .arg(value.toString()).arg(allowed)
              << Qt::endl;
        return 0;
    }
    m_out << tr("%1 breaks the sub-penny rule: prices of $1.00 or more take at most 2 decimals, "
                "below $1.00 at most 4; nearest valid price: %2")
                 .arg(value.toString(), value.roundedToTick().toString())
          << Qt::endl;
    return 1;
}

} // namespace Elson
