// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "account.h"
#include "accountconfigurations.h"
#include "activity.h"
#include "apierror.h"
#include "asset.h"
#include "calendarday.h"
#include "cancelallresult.h"
#include "clock.h"
#include "closepositionresult.h"
#include "decimal.h"
#include "jsoncodec.h"
#include "marketdataresponses.h"
#include "order.h"
#include "orderrequest.h"
#include "portfoliohistory.h"
#include "position.h"
#include "snapshot.h"
#include "tradeupdate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <utility>

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
    if (command == u"decode")
        return decode(rest);
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
            "  decode TYPE [FILE]\n"
            "                    read an Alpaca JSON payload (FILE or standard input) as TYPE and\n"
            "                    print it in canonical wire form, or the field that is wrong;\n"
            "                    'decode types' lists the types\n"
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

namespace {

// Each decodable type: parse with the codec, write back in canonical wire form.
using Decoder = std::function<Result<QByteArray>(const QByteArray &)>;

template<typename T>
Decoder decoderFor()
{
    return [](const QByteArray &json) -> Result<QByteArray> {
        auto parsed = Json::parse<T>(json);
        if (!parsed)
            return parsed.error();
        return Json::serialize(*parsed);
    };
}

const QList<std::pair<QString, Decoder>> &decoders()
{
    static const QList<std::pair<QString, Decoder>> table{
        {QStringLiteral("account"), decoderFor<Account>()},
        {QStringLiteral("account-configurations"), decoderFor<AccountConfigurations>()},
        {QStringLiteral("activities"), decoderFor<QList<Activity>>()},
        {QStringLiteral("asset"), decoderFor<Asset>()},
        {QStringLiteral("assets"), decoderFor<QList<Asset>>()},
        {QStringLiteral("bars"), decoderFor<BarsPage>()},
        {QStringLiteral("multi-bars"), decoderFor<MultiBarsPage>()},
        {QStringLiteral("calendar"), decoderFor<QList<CalendarDay>>()},
        {QStringLiteral("cancel-all"), decoderFor<QList<CancelAllResult>>()},
        {QStringLiteral("clock"), decoderFor<Clock>()},
        {QStringLiteral("close-all"), decoderFor<QList<ClosePositionResult>>()},
        {QStringLiteral("error"), decoderFor<ApiError>()},
        {QStringLiteral("latest-quotes"), decoderFor<LatestQuotes>()},
        {QStringLiteral("order"), decoderFor<Order>()},
        {QStringLiteral("order-request"), decoderFor<OrderRequest>()},
        {QStringLiteral("orders"), decoderFor<QList<Order>>()},
        {QStringLiteral("portfolio-history"), decoderFor<PortfolioHistory>()},
        {QStringLiteral("position"), decoderFor<Position>()},
        {QStringLiteral("positions"), decoderFor<QList<Position>>()},
        {QStringLiteral("snapshots"), decoderFor<SnapshotMap>()},
        {QStringLiteral("trade-update"), decoderFor<TradeUpdate>()},
    };
    return table;
}

} // namespace

int CommandLine::decode(const QStringList &args)
{
    if (args.size() == 1 && args.first() == u"types") {
        for (const auto &[name, decoder] : decoders())
            m_out << name << Qt::endl;
        return 0;
    }
    if (args.isEmpty() || args.size() > 2) {
        m_err << tr("Usage: elsonctl decode TYPE [FILE]   (elsonctl decode types)") << Qt::endl;
        return 2;
    }
    const QString type = args.first();
    const Decoder *decoder = nullptr;
    for (const auto &[name, candidate] : decoders()) {
        if (name == type)
            decoder = &candidate;
    }
    if (!decoder) {
        m_err << tr("elsonctl: unknown type \"%1\" (elsonctl decode types lists them)").arg(type)
              << Qt::endl;
        return 2;
    }
    QFile file;
    const bool fromStdin = args.size() == 1 || args.at(1) == u"-";
    if (fromStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            m_err << tr("elsonctl: cannot read standard input") << Qt::endl;
            return 2;
        }
    } else {
        file.setFileName(args.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("elsonctl: cannot read %1: %2").arg(args.at(1), file.errorString()) << Qt::endl;
            return 2;
        }
    }
    const auto result = (*decoder)(file.readAll());
    if (!result) {
        const Error &e = result.error();
        m_err << tr("elsonctl: not a valid %1: %2")
                     .arg(type, e.field.isEmpty() ? e.message : e.toString())
              << Qt::endl;
        return 1;
    }
    m_out << QString::fromUtf8(*result) << Qt::endl;
    return 0;
}

} // namespace Elson
