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
#include "auditjournal.h"
#include "terminalpaths.h"
#include "validationchain.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QStandardPaths>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <type_traits>
#include <utility>

namespace Elson {

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err)
{
}

CommandLine::~CommandLine() = default;

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
            "  account | positions | clock | orders [--status open|closed|all]\n"
            "  order --symbol S --side buy|sell (--qty Q | --notional USD) [--type T]\n"
            "        [--limit P] [--stop P] [--trail-price P | --trail-percent P] [--tif TIF]\n"
            "        [--extended-hours] [--take-profit P --stop-loss P [--stop-limit P]]\n"
            "        [--client-order-id ID] [--queue-when-closed] [--yes]\n"
            "  cancel ORDER_ID | cancel --all | cancel-all\n"
            "  close SYMBOL [--qty Q | --percentage P] | close --all\n"
            "  audit verify [FILE]   check the audit journal's hash chain\n"
            "  mode              the trading mode, and the gate that refuses live\n"
            "  Global: --json (raw JSON), --live --confirm ACCOUNT_NUMBER (live, gated).\n"
            "  Without ALPACA_API_KEY the embedded exchange is used; with it, paper.\n"
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

// --- the broker commands

/** The parsed global and command options of a broker command. */
struct CommandLine::Options
{
    QStringList positional;
    QMap<QString, QString> values; ///< "--flag" → value
    QSet<QString> flags;           ///< "--flag" without a value
    bool live = false;
    QString confirm;
};

namespace {

const QSet<QString> &valueFlags()
{
    static const QSet<QString> flags{
        QStringLiteral("--status"), QStringLiteral("--symbol"), QStringLiteral("--side"),
        QStringLiteral("--qty"), QStringLiteral("--notional"), QStringLiteral("--type"),
        QStringLiteral("--limit"), QStringLiteral("--limit-price"), QStringLiteral("--stop"),
        QStringLiteral("--stop-price"), QStringLiteral("--trail-price"),
        QStringLiteral("--trail-percent"), QStringLiteral("--tif"),
        QStringLiteral("--take-profit"), QStringLiteral("--stop-loss"),
        QStringLiteral("--stop-limit"), QStringLiteral("--stop-loss-limit"),
        QStringLiteral("--client-order-id"), QStringLiteral("--percentage"),
        QStringLiteral("--confirm")};
    return flags;
}

const QSet<QString> &booleanFlags()
{
    static const QSet<QString> flags{QStringLiteral("--json"), QStringLiteral("--live"),
                                     QStringLiteral("--yes"), QStringLiteral("--extended-hours"),
                                     QStringLiteral("--all"), QStringLiteral("--queue-when-closed")};
    return flags;
}

/** Which options each command accepts (the globals --json, --live, --confirm always). */
QSet<QString> allowedFor(const QString &command)
{
    if (command == u"orders")
        return {QStringLiteral("--status")};
    if (command == u"order")
        return {QStringLiteral("--symbol"), QStringLiteral("--side"), QStringLiteral("--qty"),
                QStringLiteral("--notional"), QStringLiteral("--type"), QStringLiteral("--limit"),
                QStringLiteral("--limit-price"), QStringLiteral("--stop"),
                QStringLiteral("--stop-price"), QStringLiteral("--trail-price"),
                QStringLiteral("--trail-percent"), QStringLiteral("--tif"),
                QStringLiteral("--take-profit"), QStringLiteral("--stop-loss"),
                QStringLiteral("--stop-limit"), QStringLiteral("--stop-loss-limit"),
                QStringLiteral("--client-order-id"), QStringLiteral("--yes"),
                QStringLiteral("--extended-hours"), QStringLiteral("--queue-when-closed")};
    if (command == u"cancel")
        return {QStringLiteral("--all")};
    if (command == u"close")
        return {QStringLiteral("--qty"), QStringLiteral("--percentage"), QStringLiteral("--all")};
    return {};
}

} // namespace

bool CommandLine::isBrokerCommand(const QString &command)
{
    static const QStringList commands{
        QStringLiteral("account"), QStringLiteral("positions"), QStringLiteral("orders"),
        QStringLiteral("order"), QStringLiteral("cancel"), QStringLiteral("cancel-all"),
        QStringLiteral("close"), QStringLiteral("audit"), QStringLiteral("mode"),
        QStringLiteral("clock")};
    return commands.contains(command);
}

QFuture<int> CommandLine::start(const QStringList &arguments, const QProcessEnvironment &environment)
{
    // Global options may come before the command.
    QStringList args = arguments;
    QStringList globals;
    while (!args.isEmpty() && (args.first() == u"--json" || args.first() == u"--live"
                               || args.first() == u"--confirm")) {
        globals.append(args.takeFirst());
        if (globals.last() == u"--confirm" && !args.isEmpty())
            globals.append(args.takeFirst());
    }
    if (args.isEmpty() || !isBrokerCommand(args.first()))
        return QtFuture::makeReadyFuture(run(args.isEmpty() && !globals.isEmpty() ? QStringList() : args));
    return brokerCommand(args.first(), globals + args.mid(1), environment);
}

QFuture<int> CommandLine::brokerCommand(const QString &command, const QStringList &args,
                                        const QProcessEnvironment &environment)
{
    auto usageError = [this, &command](const QString &message) {
        m_err << tr("elsonctl %1: %2").arg(command, message) << Qt::endl;
        return QtFuture::makeReadyFuture(2);
    };

    Options options;
    const QSet<QString> allowed = allowedFor(command);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(u"--")) {
            options.positional.append(arg);
            continue;
        }
        const bool global = arg == u"--json" || arg == u"--live" || arg == u"--confirm";
        if (!global && !allowed.contains(arg))
            return usageError(tr("unknown option %1").arg(arg));
        if (valueFlags().contains(arg)) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(u"--"))
                return usageError(tr("option %1 needs a value").arg(arg));
            options.values.insert(arg, args.at(++i));
        } else if (booleanFlags().contains(arg)) {
            options.flags.insert(arg);
        } else {
            return usageError(tr("unknown option %1").arg(arg));
        }
    }
    m_json = options.flags.contains(QStringLiteral("--json"));
    options.live = options.flags.contains(QStringLiteral("--live"));
    options.confirm = options.values.value(QStringLiteral("--confirm"));

    if (command == u"audit") {
        if (options.positional.value(0) != u"verify" || options.positional.size() > 2)
            return usageError(tr("usage: elsonctl audit verify [FILE]"));
        QStringList rest = options.positional.mid(1);
        if (rest.isEmpty())
            rest.append(environment.value(QStringLiteral("ELSON_AUDIT_LOG")));
        return QtFuture::makeReadyFuture(auditVerify(rest));
    }

    Result<BrokerFactory::Configuration> configuration =
        BrokerFactory::configurationFrom(environment);
    if (!configuration) {
        m_err << tr("elsonctl: configuration: %1").arg(configuration.error().toString()) << Qt::endl;
        return QtFuture::makeReadyFuture(1);
    }
    m_factory = std::make_unique<BrokerFactory>(configuration.value());
    if (command == u"mode" && !options.live)
        return QtFuture::makeReadyFuture(mode(environment, options));

    // Every action is journaled; an order is never sent without its journal.
    const QString journalPath = TerminalPaths::journalPath(environment);
    m_journal = std::make_unique<AuditJournal>(journalPath);
    if (Result<AuditJournal::Summary> opened = m_journal->open(); !opened) {
        const bool mutating = command == u"order" || command == u"cancel"
            || command == u"cancel-all" || command == u"close";
        if (mutating) {
            m_err << tr("elsonctl: the audit journal %1 cannot be opened: %2; nothing was sent.")
                         .arg(journalPath, opened.error().message)
                  << Qt::endl;
            return QtFuture::makeReadyFuture(1);
        }
        m_journal.reset();
    }
    m_factory->setJournal(m_journal.get());

    TradingGate::Request request;
    request.live = options.live;
    // --confirm takes the live account's number; the gate's phrase is implied by it.
    if (!options.confirm.isEmpty())
        request.confirmation = QString::fromLatin1(TradingGate::ConfirmationPhrase);
    return m_factory->defaultBroker(request, options.confirm)
        .then(&m_context, [this, command, options](Result<BrokerFactory::BrokerPtr> broker) {
            if (!broker)
                return QtFuture::makeReadyFuture(refused(broker.error()));
            m_broker = broker.value();
            return withBroker(command, options);
        })
        .unwrap();
}

QFuture<int> CommandLine::withBroker(const QString &command, const Options &options)
{
    Broker *broker = m_broker.get();
    auto answer = [this]<typename T>(QFuture<Result<T>> future, auto print) {
        return future.then(&m_context, [this, print](Result<T> result) {
            if (!result)
                return result.error().code == Error::Code::Validation
                        || result.error().code == Error::Code::Safety
                    ? refused(result.error())
                    : failed(result.error());
            if (!m_json)
                print(result.value());
            else if constexpr (std::is_same_v<T, bool>)
                printJson(QJsonObject{{QStringLiteral("accepted"), result.value()}});
            else
                printJson(Json::toJson(result.value()));
            return 0;
        });
    };

    if (command == u"mode") {
        m_out << tr("mode: %1").arg(Broker::modeName(broker->mode())) << Qt::endl;
        return QtFuture::makeReadyFuture(0);
    }
    if (command == u"account") {
        return answer(broker->account(), [this, broker](const Account &a) {
            m_out << tr("Account %1 (%2, %3)")
                         .arg(a.accountNumber, QString(enumToWire(a.status)),
                              Broker::modeName(broker->mode()))
                  << '\n'
                  << tr("  equity        %1").arg(a.equity.toString(2)) << '\n'
                  << tr("  cash          %1").arg(a.cash.toString(2)) << '\n'
                  << tr("  buying power  %1").arg(a.buyingPower.toString(2)) << Qt::endl;
        });
    }
    if (command == u"clock") {
        return answer(broker->clock(), [this](const Clock &c) {
            m_out << tr("%1 market %2; next open %3, next close %4")
                         .arg(c.timestamp.toString(), c.isOpen ? tr("open") : tr("closed"),
                              c.nextOpen.toString(), c.nextClose.toString())
                  << Qt::endl;
        });
    }
    if (command == u"positions") {
        return answer(broker->positions(), [this](const QList<Position> &positions) {
            if (positions.isEmpty())
                m_out << tr("No open positions.") << Qt::endl;
            for (const Position &p : positions)
                m_out << p.symbol << "  " << p.qty.toString() << "  "
                      << (p.marketValue ? p.marketValue->toString(2) : QString()) << Qt::endl;
        });
    }
    if (command == u"orders") {
        OrderListQuery query;
        const QString status = options.values.value(QStringLiteral("--status"), QStringLiteral("open"));
        if (status == u"open")
            query.status = OrderListQuery::Status::Open;
        else if (status == u"closed")
            query.status = OrderListQuery::Status::Closed;
        else if (status == u"all")
            query.status = OrderListQuery::Status::All;
        else {
            m_err << tr("elsonctl orders: --status must be open, closed or all, not \"%1\"").arg(status)
                  << Qt::endl;
            return QtFuture::makeReadyFuture(2);
        }
        return answer(broker->orders(query), [this](const QList<Order> &orders) {
            if (orders.isEmpty())
                m_out << tr("No orders.") << Qt::endl;
            for (const Order &o : orders) {
                m_out << o.id << "  " << o.symbol << "  " << enumToWire(o.side) << "  "
                      << (o.qty ? o.qty->toString() : (o.notional ? u'$' + o.notional->toString() : QString()))
                      << "  " << enumToWire(o.type) << "  " << enumToWire(o.status) << Qt::endl;
            }
        });
    }
    if (command == u"order")
        return order(options);
    if (command == u"cancel-all" || (command == u"cancel" && options.flags.contains(QStringLiteral("--all")))) {
        return answer(broker->cancelAllOrders(), [this](const QList<CancelAllResult> &results) {
            m_out << tr("Cancel requested for %n order(s).", nullptr, int(results.size())) << Qt::endl;
        });
    }
    if (command == u"cancel") {
        if (options.positional.size() != 1) {
            m_err << tr("elsonctl cancel: give one ORDER_ID, or --all") << Qt::endl;
            return QtFuture::makeReadyFuture(2);
        }
        const QString id = options.positional.first();
        return answer(broker->cancelOrder(id), [this, id](bool) {
            m_out << tr("Cancel of order %1 accepted.").arg(id) << Qt::endl;
        });
    }
    // close
    if (options.flags.contains(QStringLiteral("--all"))) {
        return answer(broker->closeAllPositions(true), [this](const QList<ClosePositionResult> &r) {
            m_out << tr("Closing %n position(s).", nullptr, int(r.size())) << Qt::endl;
        });
    }
    if (options.positional.size() != 1) {
        m_err << tr("elsonctl close: give one SYMBOL, or --all") << Qt::endl;
        return QtFuture::makeReadyFuture(2);
    }
    ClosePositionRequest request;
    for (const char *flag : {"--qty", "--percentage"}) {
        const QString name = QString::fromLatin1(flag);
        if (!options.values.contains(name))
            continue;
        Result<Decimal> value = Decimal::fromString(options.values.value(name), name);
        if (!value || value.value() <= Decimal::fromInt(0)) {
            m_err << tr("elsonctl close: %1 must be a positive decimal").arg(name) << Qt::endl;
            return QtFuture::makeReadyFuture(2);
        }
        (name == u"--qty" ? request.qty : request.percentage) = value.value();
    }
    if (request.qty && request.percentage) {
        m_err << tr("elsonctl close: give --qty or --percentage, not both") << Qt::endl;
        return QtFuture::makeReadyFuture(2);
    }
    return answer(broker->closePosition(options.positional.first().toUpper(), request, true),
                  [this](const Order &o) {
                      m_out << tr("Closing order %1 %2 %3 (%4)")
                                   .arg(o.id, QString(enumToWire(o.side)),
                                        o.qty ? o.qty->toString() : QString(),
                                        QString(enumToWire(o.status)))
                            << Qt::endl;
                  });
}

QFuture<int> CommandLine::order(const Options &options)
{
    auto bad = [this](const QString &flag, const QString &rule) {
        m_err << tr("elsonctl order: %1 %2").arg(flag, rule) << Qt::endl;
        return QtFuture::makeReadyFuture(2);
    };
    Trade trade;
    // Both spellings: `order --symbol S --side buy` and `order buy S`.
    QString side = options.values.value(QStringLiteral("--side"));
    QString symbol = options.values.value(QStringLiteral("--symbol"));
    if (options.positional.size() == 2 && side.isEmpty() && symbol.isEmpty()) {
        side = options.positional.at(0);
        symbol = options.positional.at(1);
    } else if (!options.positional.isEmpty()) {
        return bad(options.positional.first(), tr("is not an option of order"));
    }
    if (symbol.isEmpty())
        return bad(QStringLiteral("--symbol"), tr("is required"));
    trade.symbol = symbol.toUpper();
    const std::optional<OrderSide> orderSide = enumFromWire<OrderSide>(side);
    if (!orderSide)
        return bad(QStringLiteral("--side"), tr("must be buy or sell"));
    trade.side = *orderSide;
    if (options.values.contains(QStringLiteral("--type"))) {
        const auto type = enumFromWire<OrderType>(options.values.value(QStringLiteral("--type")));
        if (!type)
            return bad(QStringLiteral("--type"),
                       tr("must be market, limit, stop, stop_limit or trailing_stop"));
        trade.orderType = *type;
    }
    if (options.values.contains(QStringLiteral("--tif"))) {
        const auto tif = enumFromWire<TimeInForce>(options.values.value(QStringLiteral("--tif")));
        if (!tif)
            return bad(QStringLiteral("--tif"), tr("must be day, gtc, opg, cls, ioc or fok"));
        trade.timeInForce = *tif;
    }

    struct DecimalFlag { const char *flag; const char *alias; std::optional<Decimal> Trade::*member; };
    const DecimalFlag decimals[] = {
        {"--qty", nullptr, &Trade::quantity},
        {"--notional", nullptr, &Trade::investmentAmount},
        {"--limit", "--limit-price", &Trade::limitPrice},
        {"--stop", "--stop-price", &Trade::stopPrice},
        {"--trail-price", nullptr, &Trade::trailPrice},
        {"--trail-percent", nullptr, &Trade::trailPercent},
        {"--take-profit", nullptr, &Trade::takeProfitLimitPrice},
        {"--stop-loss", nullptr, &Trade::stopLossStopPrice},
        {"--stop-limit", "--stop-loss-limit", &Trade::stopLossLimitPrice},
    };
    for (const DecimalFlag &d : decimals) {
        QString flag = QString::fromLatin1(d.flag);
        if (!options.values.contains(flag) && d.alias)
            flag = QString::fromLatin1(d.alias);
        if (!options.values.contains(flag))
            continue;
        Result<Decimal> value = Decimal::fromString(options.values.value(flag), flag);
        if (!value)
            return bad(flag, tr("must be a decimal number (%1)").arg(value.error().message));
        trade.*(d.member) = value.value();
    }
    if (trade.quantity.has_value() == trade.investmentAmount.has_value())
        return bad(QStringLiteral("--qty/--notional"), tr("give exactly one of the two"));
    if (trade.quantity)
        trade.fractional = *trade.quantity != trade.quantity->rounded(0);
    if ((trade.trailPrice || trade.trailPercent) && !options.values.contains(QStringLiteral("--type")))
        trade.orderType = OrderType::TrailingStop;
    if (!options.values.contains(QStringLiteral("--type")) && trade.limitPrice && trade.stopPrice)
        trade.orderType = OrderType::StopLimit;
    else if (!options.values.contains(QStringLiteral("--type")) && trade.limitPrice)
        trade.orderType = OrderType::Limit;
    else if (!options.values.contains(QStringLiteral("--type")) && trade.stopPrice)
        trade.orderType = OrderType::Stop;
    if (trade.takeProfitLimitPrice || trade.stopLossStopPrice) {
        if (!trade.takeProfitLimitPrice || !trade.stopLossStopPrice)
            return bad(QStringLiteral("--take-profit/--stop-loss"), tr("a bracket needs both"));
        trade.orderClass = OrderClass::Bracket;
    } else if (trade.stopLossLimitPrice) {
        return bad(QStringLiteral("--stop-limit"), tr("needs --take-profit and --stop-loss"));
    }
    trade.extendedHours = options.flags.contains(QStringLiteral("--extended-hours"));
    trade.clientOrderId = options.values.value(QStringLiteral("--client-order-id"));

    // --yes accepts every warning; --queue-when-closed only the closed market's.
    QSet<QString> acknowledged;
    if (options.flags.contains(QStringLiteral("--yes"))) {
        for (const QString &code : ValidationChain::standard().codes())
            acknowledged.insert(code);
    } else if (options.flags.contains(QStringLiteral("--queue-when-closed"))) {
        acknowledged.insert(QStringLiteral("market.session"));
    }

    return m_broker->executeTrade(trade, acknowledged)
        .then(&m_context, [this](Result<Order> order) {
            if (!order) {
                if (order.error().code == Error::Code::Validation
                    || order.error().code == Error::Code::Safety)
                    return refused(order.error());
                return failed(order.error());
            }
            if (m_json) {
                printJson(Json::toJson(order.value()));
            } else {
                const Order &o = order.value();
                m_out << tr("Order %1 %2 %3 %4: %5 (client order id %6)")
                             .arg(o.id, QString(enumToWire(o.side)), o.symbol,
                                  QString(enumToWire(o.type)), QString(enumToWire(o.status)),
                                  o.clientOrderId)
                      << Qt::endl;
            }
            return 0;
        });
}

int CommandLine::auditVerify(const QStringList &args)
{
    const QString path = args.value(0);
    if (path.isEmpty()) {
        m_err << tr("elsonctl audit verify: give FILE or set ELSON_AUDIT_LOG") << Qt::endl;
        return 2;
    }
    const Result<AuditJournal::Summary> summary = AuditJournal::verify(path);
    if (!summary) {
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("ok"), false},
                                  {QStringLiteral("message"), summary.error().message},
                                  {QStringLiteral("details"), summary.error().extra}});
        else
            m_err << tr("elsonctl audit verify: %1").arg(summary.error().message) << Qt::endl;
        return 1;
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("records"), summary->records},
                              {QStringLiteral("last_hash"), summary->lastHash}});
    else
        m_out << tr("%1: %n record(s) verified, last hash %2", nullptr, int(summary->records))
                     .arg(path, summary->lastHash)
              << Qt::endl;
    return 0;
}

int CommandLine::mode(const QProcessEnvironment &environment, const Options &options)
{
    Q_UNUSED(environment)
    TradingGate::Request request;
    request.live = true;
    request.confirmation = options.confirm.isEmpty() ? QString()
                                                     : QString::fromLatin1(TradingGate::ConfirmationPhrase);
    const TradingGate::Evaluation live = m_factory->evaluateLive(request);
    const QString current = Broker::modeName(m_factory->defaultMode());
    QStringList failed;
    for (TradingGate::Gate gate : live.failed) {
        if (gate != TradingGate::Gate::NotValidated) // checked only when live is asked for
            failed.append(TradingGate::code(gate));
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("mode"), current},
                              {QStringLiteral("live_refused_by"), QJsonArray::fromStringList(failed)}});
        return 0;
    }
    m_out << tr("mode: %1").arg(current) << Qt::endl;
    if (!failed.isEmpty()) {
        const TradingGate::Gate first = *std::find_if(live.failed.cbegin(), live.failed.cend(),
            [](TradingGate::Gate g) { return g != TradingGate::Gate::NotValidated; });
        m_out << tr("live: refused by %1: %2")
                     .arg(TradingGate::code(first),
                          TradingGate::message(first, m_factory->configuration().config))
              << Qt::endl;
    }
    return 0;
}

int CommandLine::refused(const Error &error)
{
    const QString rule = error.extra.value(QStringLiteral("rule")).toString();
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("refused"), true},
                              {QStringLiteral("rule"), rule},
                              {QStringLiteral("message"), error.message},
                              {QStringLiteral("field"), error.field}});
    } else {
        m_err << tr("elsonctl: refused%1: %2")
                     .arg(rule.isEmpty() ? QString() : QStringLiteral(" [") + rule + u']',
                          error.toString())
              << Qt::endl;
    }
    return 1;
}

int CommandLine::failed(const Error &error)
{
    m_err << tr("elsonctl: %1").arg(error.toString()) << Qt::endl;
    return 3;
}

void CommandLine::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented) << Qt::flush;
}

} // namespace Elson
