// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "account.h"
#include "accountconfigurations.h"
#include "activity.h"
#include "alpacabroker.h"
#include "alpacaclient.h"
#include "apierror.h"
#include "asset.h"
#include "auditjournal.h"
#include "bar.h"
#include "calendarday.h"
#include "cancelallresult.h"
#include "clock.h"
#include "closepositionresult.h"
#include "credentialstore.h"
#include "decimal.h"
#include "jsoncodec.h"
#include "marketdataquery.h"
#include "marketdataresponses.h"
#include "order.h"
#include "orderarguments.h"
#include "orderrequest.h"
#include "portfoliohistory.h"
#include "position.h"
#include "snapshot.h"
#include "terminalinput.h"
#include "terminalpaths.h"
#include "tradeupdate.h"
#include "validationchain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <type_traits>
#include <utility>

namespace Elson {

namespace {

QFuture<int> ready(int code)
{
    return QtFuture::makeReadyFuture(code);
}

QFuture<int> ready(ExitCode code)
{
    return QtFuture::makeReadyFuture(toInt(code));
}

const QString MarketSessionRule = QStringLiteral("market.session");

/** The rule a refusal names: the chain's or gate's code, else what kind of set-up failed. */
QString ruleOf(const Error &error)
{
    const QString rule = error.extra.value(QStringLiteral("rule")).toString();
    if (!rule.isEmpty())
        return rule;
    const QString source = error.extra.value(QStringLiteral("source")).toString();
    if (!source.isEmpty())
        return source;
    return error.code == Error::Code::Unauthorized ? QStringLiteral("credentials")
                                                   : QStringLiteral("configuration");
}

QString orAmount(const Order &o)
{
    if (o.qty)
        return o.qty->toString();
    return o.notional ? QStringLiteral("$") + o.notional->toString(2) : QString();
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err)
{
}

CommandLine::~CommandLine()
{
    // The broker's pending requests and the embedded exchange go before the factory
    // that made them, and the journal last.
    m_broker.reset();
    m_factory.reset();
    m_store.reset();
    m_journal.reset();
}

bool CommandLine::isBrokerCommand(const QString &command)
{
    return CommandOptions::commands().contains(command) && !CommandOptions::isOffline(command);
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(toInt(ExitCode::Usage));
    const Result<CommandOptions> options = CommandOptions::parse(arguments);
    if (!options)
        return usageError(options.error().field, options.error().message);
    if (!CommandOptions::isOffline(options->command))
        return usageError(options->command, tr("this command needs the broker (start())"));
    return offline(options.value());
}

int CommandLine::offline(const CommandOptions &options)
{
    const QString &command = options.command;
    if (command == u"help")
        return usage(toInt(ExitCode::Ok));
    if (command == u"version") {
        m_out << "elsonctl " << ELSON_VERSION << Qt::endl;
        return toInt(ExitCode::Ok);
    }
    if (command == u"price")
        return price(options.positional);
    return decode(options.positional);
}

int CommandLine::usage(int exitCode)
{
    QTextStream &s = exitCode == 0 ? m_out : m_err;
    s << tr("Usage: elsonctl [--json] [--live [--confirm ACCOUNT_NUMBER]] COMMAND [ARGUMENTS]\n"
            "\n"
            "Account and market:\n"
            "  account | positions | clock | activities [--type FILL] [--limit N]\n"
            "  orders [--status open|closed|all] [--limit N]\n"
            "  asset SYMBOL\n"
            "  bars SYMBOL [--timeframe 1Day] [--limit N]\n"
            "Trading (every order passes the validation chain first):\n"
            "  order buy|sell SYMBOL (--qty Q | --notional USD)\n"
            "        [--type market|limit|stop|stop_limit|trailing_stop]\n"
            "        [--limit-price P] [--stop-price P] [--trail-percent X | --trail-price X]\n"
            "        [--tif day|gtc|opg|cls|ioc|fok] [--extended-hours]\n"
            "        [--take-profit P --stop-loss P [--stop-loss-limit P]] [--order-class oco|oto]\n"
            "        [--client-order-id ID] [--queue-when-closed] [--yes] [--dry-run]\n"
            "      --yes accepts the chain's warnings (needed when standard input is not a\n"
            "      terminal); --queue-when-closed accepts that a closed market queues the\n"
            "      order for the open; --dry-run runs the whole chain, prints the request\n"
            "      body it would send and sends nothing.\n"
            "  replace ORDER_ID [--qty Q] [--limit-price P] [--stop-price P] [--trail X]\n"
            "  cancel ORDER_ID | cancel --all\n"
            "  close SYMBOL [--qty Q | --percentage P] | close --all\n"
            "Safety:\n"
            "  audit verify [PATH]      check the audit journal's hash chain (rotated files too)\n"
            "  credentials set|test|clear [--live]\n"
            "                           keep a key pair in the keychain: set reads the key id\n"
            "                           and the secret from ALPACA_API_KEY/ALPACA_SECRET_KEY or\n"
            "                           from two lines on standard input (never the command\n"
            "                           line) and saves it only after the host accepted it\n"
            "  mode                     the trading mode, and the gate that refuses live\n"
            "Offline:\n"
            "  price VALUE              check a price against Alpaca's sub-penny rule\n"
            "  decode TYPE [FILE]       read an Alpaca JSON payload as TYPE ('decode types')\n"
            "  version | help\n"
            "\n"
            "--json prints Alpaca's field names with decimals as strings; a refusal prints\n"
            "{\"refused\": true, \"rule\": CODE, \"message\": ..., \"field\": ...}.\n"
            "Without a key pair (environment or keychain) the embedded exchange is used.\n"
            "Exit codes: 0 ok, 1 a check failed (audit verify, price, decode), 2 refused by the\n"
            "validation chain, 3 API or network error after retries, 4 configuration,\n"
            "credential, keychain, journal or gate refusal, 64 usage.\n")
      << Qt::flush;
    return exitCode;
}

int CommandLine::usageError(const QString &what, const QString &message)
{
    if (what.isEmpty())
        m_err << tr("elsonctl: %1").arg(message) << Qt::endl;
    else
        m_err << tr("elsonctl: %1: %2").arg(what, message) << Qt::endl;
    m_err << tr("Run \"elsonctl help\" for the commands and their options.") << Qt::endl;
    return toInt(ExitCode::Usage);
}

int CommandLine::price(const QStringList &args)
{
    if (args.size() != 1) {
        m_err << tr("Usage: elsonctl price VALUE") << Qt::endl;
        return toInt(ExitCode::Usage);
    }
    const auto parsed = Decimal::fromString(args.first(), QStringLiteral("price"));
    if (!parsed) {
        m_err << tr("elsonctl: %1").arg(parsed.error().toString()) << Qt::endl;
        return toInt(ExitCode::CheckFailed);
    }
    const Decimal value = *parsed;
    if (!value.isPositive()) {
        m_err << tr("elsonctl: price: must be greater than zero") << Qt::endl;
        return toInt(ExitCode::CheckFailed);
    }
    const int allowed = Decimal::tickScaleFor(value);
    if (value.isTickAligned()) {
        m_out << tr("%1 is a valid price (at most %2 decimals at this level)")
                     .arg(value.toString()).arg(allowed)
              << Qt::endl;
        return toInt(ExitCode::Ok);
    }
    m_out << tr("%1 breaks the sub-penny rule: prices of $1.00 or more take at most 2 decimals, "
                "below $1.00 at most 4; nearest valid price: %2")
                 .arg(value.toString(), value.roundedToTick().toString())
          << Qt::endl;
    return toInt(ExitCode::CheckFailed);
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
        return toInt(ExitCode::Ok);
    }
    if (args.isEmpty() || args.size() > 2) {
        m_err << tr("Usage: elsonctl decode TYPE [FILE]   (elsonctl decode types)") << Qt::endl;
        return toInt(ExitCode::Usage);
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
        return toInt(ExitCode::Usage);
    }
    QFile file;
    const bool fromStdin = args.size() == 1 || args.at(1) == u"-";
    if (fromStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            m_err << tr("elsonctl: cannot read standard input") << Qt::endl;
            return toInt(ExitCode::Usage);
        }
    } else {
        file.setFileName(args.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("elsonctl: cannot read %1: %2").arg(args.at(1), file.errorString()) << Qt::endl;
            return toInt(ExitCode::Usage);
        }
    }
    const auto result = (*decoder)(file.readAll());
    if (!result) {
        const Error &e = result.error();
        m_err << tr("elsonctl: not a valid %1: %2")
                     .arg(type, e.field.isEmpty() ? e.message : e.toString())
              << Qt::endl;
        return toInt(ExitCode::CheckFailed);
    }
    m_out << QString::fromUtf8(*result) << Qt::endl;
    return toInt(ExitCode::Ok);
}

// --- the broker commands

QFuture<int> CommandLine::start(const QStringList &arguments, const QProcessEnvironment &environment)
{
    if (arguments.isEmpty())
        return ready(usage(toInt(ExitCode::Usage)));
    const Result<CommandOptions> options = CommandOptions::parse(arguments);
    if (!options)
        return ready(usageError(options.error().field, options.error().message));
    if (CommandOptions::isOffline(options->command))
        return ready(offline(options.value()));
    return online(options.value(), environment);
}

QFuture<int> CommandLine::online(const CommandOptions &options, const QProcessEnvironment &environment)
{
    m_json = options.json();
    const QString &command = options.command;

    if (command == u"audit") {
        if (options.positional.value(0) != u"verify" || options.positional.size() > 2)
            return ready(usageError(command, tr("usage: elsonctl audit verify [PATH]")));
        const QString path = options.positional.size() == 2 ? options.positional.at(1)
                                                            : TerminalPaths::journalPath(environment);
        return ready(auditVerify(path));
    }
    if (command == u"credentials") {
        const QString action = options.positional.value(0);
        if (options.positional.size() != 1
            || (action != u"set" && action != u"test" && action != u"clear"))
            return ready(usageError(command, tr("usage: elsonctl credentials set|test|clear [--live]")));
    }

    const Result<BrokerFactory::Configuration> loaded = BrokerFactory::configurationFrom(environment);
    if (!loaded) {
        Error error = loaded.error();
        error.code = Error::Code::Safety;
        error.message = tr("configuration: %1").arg(error.message);
        return ready(report(error));
    }
    BrokerFactory::Configuration configuration = loaded.value();
    // The embedded exchange keeps its account between runs, next to the journal.
    configuration.simStateFile =
        TerminalPaths::configDir(environment) + QStringLiteral("/sim-state.json");
    m_factory = std::make_unique<BrokerFactory>(configuration);
    const QString service = environment.value(QLatin1StringView(KeychainServiceVariable));
    m_store = std::make_unique<CredentialStore>(
        service.isEmpty() ? QString::fromLatin1(CredentialStore::DefaultService) : service);
    m_factory->setCredentialStore(m_store.get());

    if (command == u"mode" && !options.live()) {
        // Both profiles' key pairs decide what mode says; read them from the keychain first.
        return m_factory->resolveCredentials(TradingMode::Paper)
            .then(&m_context,
                  [this](const BrokerFactory::ResolvedCredentials &) {
                      return m_factory->resolveCredentials(TradingMode::Live);
                  })
            .unwrap()
            .then(&m_context, [this, options](const BrokerFactory::ResolvedCredentials &) {
                return mode(options);
            });
    }

    // Every action is journaled; an order or a credential change never happens without it.
    const QString journalPath = TerminalPaths::journalPath(environment);
    m_journal = std::make_unique<AuditJournal>(journalPath);
    if (const QString size = environment.value(QLatin1StringView(JournalSizeVariable)).trimmed();
        !size.isEmpty()) {
        bool ok = false;
        const qint64 bytes = size.toLongLong(&ok);
        if (!ok || bytes < 0) {
            Error error = Error::validation(QLatin1StringView(JournalSizeVariable),
                                            tr("%1 must be a size in bytes (0: never rotate), not \"%2\"")
                                                .arg(QLatin1StringView(JournalSizeVariable), size));
            error.code = Error::Code::Safety;
            return ready(report(error));
        }
        m_journal->setMaxFileSize(bytes);
    }
    if (Result<AuditJournal::Summary> opened = m_journal->open(); !opened) {
        const bool changes = (command == u"order" && !options.has(QStringLiteral("--dry-run")))
            || command == u"replace" || command == u"cancel" || command == u"cancel-all"
            || command == u"close" || command == u"credentials";
        if (changes) {
            Error error = opened.error();
            error.code = Error::Code::Safety;
            error.extra.insert(QStringLiteral("source"), QStringLiteral("journal"));
            error.message = tr("the audit journal %1 cannot be opened: %2; nothing was sent.")
                                .arg(journalPath, opened.error().message);
            return ready(report(error));
        }
        m_journal.reset();
    }
    m_factory->setJournal(m_journal.get());

    if (command == u"credentials")
        return credentials(options, environment);

    TradingGate::Request request;
    request.live = options.live();
    // --confirm takes the live account's number; the gate's phrase is implied by it.
    const QString confirmation = options.value(QStringLiteral("--confirm"));
    if (!confirmation.isEmpty())
        request.confirmation = QString::fromLatin1(TradingGate::ConfirmationPhrase);
    return m_factory->defaultBroker(request, confirmation)
        .then(&m_context, [this, options](Result<BrokerFactory::BrokerPtr> broker) {
            if (!broker)
                return ready(report(broker.error()));
            m_broker = broker.value();
            return withBroker(options);
        })
        .unwrap();
}

QFuture<int> CommandLine::withBroker(const CommandOptions &options)
{
    Broker *broker = m_broker.get();
    const QString &command = options.command;
    auto answer = [this]<typename T>(QFuture<Result<T>> future, auto print) {
        return future.then(&m_context, [this, print](Result<T> result) {
            if (!result)
                return report(result.error());
            if (!m_json)
                print(result.value());
            else if constexpr (std::is_same_v<T, bool>)
                printJson(QJsonObject{{QStringLiteral("accepted"), result.value()}});
            else
                printJson(Json::toJson(result.value()));
            return toInt(ExitCode::Ok);
        });
    };
    auto positiveInt = [](const QString &text, int max) -> std::optional<int> {
        bool ok = false;
        const int value = text.toInt(&ok);
        return ok && value >= 1 && value <= max ? std::optional<int>(value) : std::nullopt;
    };
    if (!options.positional.isEmpty() && command != u"asset" && command != u"bars"
        && command != u"order" && command != u"replace" && command != u"cancel"
        && command != u"close") {
        return ready(usageError(command, tr("unexpected argument \"%1\"").arg(options.positional.first())));
    }

    if (command == u"mode") {
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("mode"), Broker::modeName(broker->mode())}});
        else
            m_out << tr("mode: %1").arg(Broker::modeName(broker->mode())) << Qt::endl;
        return ready(ExitCode::Ok);
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
        else
            return ready(usageError(QStringLiteral("--status"),
                                    tr("must be open, closed or all, not \"%1\"").arg(status)));
        if (options.has(QStringLiteral("--limit"))) {
            query.limit = positiveInt(options.value(QStringLiteral("--limit")), 10'000);
            if (!query.limit)
                return ready(usageError(QStringLiteral("--limit"), tr("must be a whole number from 1 to 10000")));
        }
        return answer(broker->orders(query), [this](const QList<Order> &orders) {
            if (orders.isEmpty())
                m_out << tr("No orders.") << Qt::endl;
            for (const Order &o : orders) {
                QString prices;
                if (o.limitPrice)
                    prices += tr(" limit %1").arg(o.limitPrice->toString());
                if (o.stopPrice)
                    prices += tr(" stop %1").arg(o.stopPrice->toString());
                m_out << o.id << "  " << o.symbol << "  " << enumToWire(o.side) << "  "
                      << orAmount(o) << "  " << enumToWire(o.type) << prices << "  "
                      << enumToWire(o.status) << Qt::endl;
            }
        });
    }
    if (command == u"activities") {
        ActivityQuery query;
        query.limit = 50;
        if (options.has(QStringLiteral("--limit"))) {
            query.limit = positiveInt(options.value(QStringLiteral("--limit")), 10'000);
            if (!query.limit)
                return ready(usageError(QStringLiteral("--limit"), tr("must be a whole number from 1 to 10000")));
        }
        if (options.has(QStringLiteral("--type"))) {
            for (const QString &type : options.value(QStringLiteral("--type")).split(u',', Qt::SkipEmptyParts))
                query.activityTypes.append(type.trimmed().toUpper());
        }
        return answer(broker->activities(query), [this](const QList<Activity> &activities) {
            if (activities.isEmpty())
                m_out << tr("No activities.") << Qt::endl;
            for (const Activity &a : activities) {
                const QString type = a.rawActivityType.isEmpty() ? QString(enumToWire(a.activityType))
                                                                 : a.rawActivityType;
                const QString when = a.transactionTime.isNull() ? a.date.toString(Qt::ISODate)
                                                                : a.transactionTime.toString();
                m_out << when << "  " << type;
                if (a.isTrade())
                    m_out << "  " << a.side << "  " << (a.qty ? a.qty->toString() : QString()) << "  "
                          << a.symbol << tr(" at ") << (a.price ? a.price->toString() : QString());
                else if (a.netAmount)
                    m_out << "  " << a.symbol << "  " << a.netAmount->toString(2);
                m_out << Qt::endl;
            }
        });
    }
    if (command == u"asset") {
        if (options.positional.size() != 1)
            return ready(usageError(command, tr("give one SYMBOL")));
        return answer(broker->asset(options.positional.first().toUpper()), [this](const Asset &a) {
            auto yesNo = [](bool value) { return value ? tr("yes") : tr("no"); };
            m_out << a.symbol << "  " << a.name << '\n'
                  << tr("  exchange      %1").arg(a.exchange) << '\n'
                  << tr("  class         %1").arg(a.rawAssetClass.isEmpty() ? QString(enumToWire(a.assetClass)) : a.rawAssetClass) << '\n'
                  << tr("  status        %1").arg(QString(enumToWire(a.status))) << '\n'
                  << tr("  tradable      %1").arg(yesNo(a.tradable)) << '\n'
                  << tr("  fractionable  %1").arg(yesNo(a.fractionable)) << '\n'
                  << tr("  marginable    %1").arg(yesNo(a.marginable)) << '\n'
                  << tr("  shortable     %1").arg(yesNo(a.shortable)) << '\n'
                  << tr("  easy to borrow %1").arg(a.easyToBorrow ? yesNo(*a.easyToBorrow) : tr("unknown"))
                  << Qt::endl;
        });
    }
    if (command == u"bars")
        return bars(options);
    if (command == u"order")
        return order(options);
    if (command == u"replace")
        return replace(options);
    const bool all = options.flags.contains(QStringLiteral("--all"));
    if (command == u"cancel-all" || command == u"cancel") {
        if (command == u"cancel-all" || all) {
            if (!options.positional.isEmpty())
                return ready(usageError(command, tr("give ORDER_ID or --all, not both")));
            return answer(broker->cancelAllOrders(), [this](const QList<CancelAllResult> &results) {
                const auto failed = std::count_if(results.cbegin(), results.cend(),
                                                  [](const CancelAllResult &r) { return !r.isSuccess(); });
                m_out << tr("Cancel requested for %n order(s).", nullptr, int(results.size())) << Qt::endl;
                if (failed > 0)
                    m_out << tr("%n of them could not be cancelled.", nullptr, int(failed)) << Qt::endl;
            });
        }
        if (options.positional.size() != 1)
            return ready(usageError(command, tr("give one ORDER_ID, or --all")));
        const QString id = options.positional.first();
        return answer(broker->cancelOrder(id), [this, id](bool) {
            m_out << tr("Cancel of order %1 accepted.").arg(id) << Qt::endl;
        });
    }
    // close
    ClosePositionRequest request;
    for (const char *flag : {"--qty", "--percentage"}) {
        const QString name = QString::fromLatin1(flag);
        if (!options.values.contains(name))
            continue;
        Result<Decimal> value = Decimal::fromString(options.values.value(name), name);
        if (!value || !value->isPositive() || (name == u"--percentage" && *value > Decimal::fromInt(100)))
            return ready(usageError(name, name == u"--qty" ? tr("must be a positive decimal")
                                                           : tr("must be a decimal above 0 and at most 100")));
        (name == u"--qty" ? request.qty : request.percentage) = value.value();
    }
    if (request.qty && request.percentage)
        return ready(usageError(QStringLiteral("--qty/--percentage"), tr("give --qty or --percentage, not both")));
    if (all) {
        if (!options.positional.isEmpty() || request.qty || request.percentage)
            return ready(usageError(QStringLiteral("--all"), tr("close --all takes no SYMBOL, --qty or --percentage")));
        return answer(broker->closeAllPositions(true), [this](const QList<ClosePositionResult> &r) {
            m_out << tr("Closing %n position(s).", nullptr, int(r.size())) << Qt::endl;
            for (const ClosePositionResult &result : r) {
                if (!result.isSuccess())
                    m_out << tr("  %1: not closed (%2)").arg(result.symbol, result.error() ? result.error()->message : QString::number(result.status)) << Qt::endl;
            }
        });
    }
    if (options.positional.size() != 1)
        return ready(usageError(command, tr("give one SYMBOL, or --all")));
    return answer(broker->closePosition(options.positional.first().toUpper(), request, true),
                  [this](const Order &o) {
                      m_out << tr("Closing order %1 %2 %3 %4 (%5)")
                                   .arg(o.id, QString(enumToWire(o.side)), orAmount(o), o.symbol,
                                        QString(enumToWire(o.status)))
                            << Qt::endl;
                  });
}

QFuture<int> CommandLine::order(const CommandOptions &options)
{
    const Result<Trade> trade = OrderArguments::toTrade(options);
    if (!trade)
        return ready(usageError(trade.error().field, trade.error().message));
    // --yes accepts every warning but the closed market's: queueing for the open is a
    // choice of its own (--queue-when-closed).
    const bool yes = options.flags.contains(QStringLiteral("--yes"));
    QSet<QString> acknowledged;
    if (yes) {
        for (const QString &code : ValidationChain::standard().codes()) {
            if (code != MarketSessionRule)
                acknowledged.insert(code);
        }
    }
    if (options.flags.contains(QStringLiteral("--queue-when-closed")))
        acknowledged.insert(MarketSessionRule);
    if (options.flags.contains(QStringLiteral("--dry-run"))) {
        return m_broker->previewTrade(trade.value(), acknowledged)
            .then(&m_context, [this](Result<Broker::Preview> preview) {
                return preview ? printPreview(preview.value()) : report(preview.error());
            });
    }
    return submit(trade.value(), acknowledged, yes);
}

QFuture<int> CommandLine::submit(Trade trade, QSet<QString> acknowledged, bool assumeYes)
{
    auto send = [this](const Trade &t, const QSet<QString> &accepted) {
        return m_broker->executeTrade(t, accepted).then(&m_context, [this](Result<Order> order) {
            if (!order)
                return report(order.error());
            if (m_json) {
                printJson(Json::toJson(order.value()));
            } else {
                const Order &o = order.value();
                m_out << tr("Order %1 %2 %3 %4 %5: %6 (client order id %7)")
                             .arg(o.id, QString(enumToWire(o.side)), orAmount(o), o.symbol,
                                  QString(enumToWire(o.type)), QString(enumToWire(o.status)),
                                  o.clientOrderId)
                      << Qt::endl;
            }
            return toInt(ExitCode::Ok);
        });
    };
    if (assumeYes || !m_input || !m_input->isInteractive())
        return send(trade, acknowledged);

    // A person is at the terminal: show the chain's warnings and ask before sending.
    return m_broker->previewTrade(trade, acknowledged)
        .then(&m_context,
              [this, acknowledged, send](Result<Broker::Preview> preview) -> QFuture<int> {
                  if (!preview)
                      return ready(report(preview.error()));
                  if (const std::optional<RuleResult> blocked = preview->report.block())
                      return ready(report(blocked->toError()));
                  if (!preview->request)
                      return ready(report(*preview->requestError));
                  QSet<QString> accepted = acknowledged;
                  const QList<RuleResult> warnings = preview->report.pendingWarnings();
                  if (!warnings.isEmpty()) {
                      for (const RuleResult &warning : warnings)
                          m_err << tr("warning [%1]: %2").arg(warning.rule, warning.message) << Qt::endl;
                      if (!confirm(tr("Send the order anyway?"))) {
                          m_err << tr("elsonctl: not sent.") << Qt::endl;
                          return ready(ExitCode::Refused);
                      }
                      for (const RuleResult &warning : warnings)
                          accepted.insert(warning.rule);
                  }
                  // The same client_order_id as the preview: one intent.
                  return send(preview->trade, accepted);
              })
        .unwrap();
}

int CommandLine::printPreview(const Broker::Preview &preview)
{
    const ValidationReport &validation = preview.report;
    std::optional<Error> refusal = validation.refusal();
    if (!refusal && !preview.request)
        refusal = preview.requestError;
    if (refusal) {
        const ExitCode code = exitCodeFor(*refusal);
        if (m_json) {
            QJsonObject refused{{QStringLiteral("refused"), true},
                                {QStringLiteral("rule"), ruleOf(*refusal)},
                                {QStringLiteral("message"), refusal->message},
                                {QStringLiteral("field"), refusal->field},
                                {QStringLiteral("dry_run"), true},
                                {QStringLiteral("validation"), validation.toJson()}};
            printJson(refused);
            return toInt(code);
        }
        report(*refusal);
        m_err << tr("Dry run: nothing was sent.") << Qt::endl;
        return toInt(code);
    }
    const QByteArray body = Json::serialize(*preview.request);
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("dry_run"), true},
                              {QStringLiteral("mode"), Broker::modeName(m_broker->mode())},
                              {QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("path"), QStringLiteral("/v2/orders")},
                              {QStringLiteral("request"), QJsonDocument::fromJson(body).object()},
                              {QStringLiteral("validation"), validation.toJson()}});
        return toInt(ExitCode::Ok);
    }
    const QList<RuleResult> warnings = validation.acknowledgedWarnings();
    m_out << tr("Dry run: the validation chain passed (%n warning(s) acknowledged).", nullptr,
                int(warnings.size()))
          << Qt::endl;
    for (const RuleResult &warning : warnings)
        m_out << tr("  warning [%1]: %2").arg(warning.rule, warning.message) << Qt::endl;
    m_out << tr("Would send POST /v2/orders to the %1 account:").arg(Broker::modeName(m_broker->mode()))
          << Qt::endl
          << QString::fromUtf8(body) << Qt::endl
          << tr("Nothing was sent.") << Qt::endl;
    return toInt(ExitCode::Ok);
}

QFuture<int> CommandLine::replace(const CommandOptions &options)
{
    const Result<ReplaceOrderRequest> request = OrderArguments::toReplace(options);
    if (!request)
        return ready(usageError(request.error().field, request.error().message));
    return m_broker->replaceOrder(options.positional.first(), request.value())
        .then(&m_context, [this](Result<Order> order) {
            if (!order)
                return report(order.error());
            if (m_json) {
                printJson(Json::toJson(order.value()));
            } else {
                const Order &o = order.value();
                m_out << tr("Replaced by order %1 %2 %3 %4: %5")
                             .arg(o.id, QString(enumToWire(o.side)), orAmount(o), o.symbol,
                                  QString(enumToWire(o.status)))
                      << Qt::endl;
            }
            return toInt(ExitCode::Ok);
        });
}

QFuture<int> CommandLine::bars(const CommandOptions &options)
{
    if (options.positional.size() != 1)
        return ready(usageError(options.command, tr("give one SYMBOL")));
    const QString symbol = options.positional.first().toUpper();
    const QString timeframe = options.values.value(QStringLiteral("--timeframe"), QStringLiteral("1Day"));
    static const QRegularExpression pattern(
        QStringLiteral("^([1-9][0-9]*)(Min|T|Hour|H|Day|D|Week|W|Month|M)$"));
    const QRegularExpressionMatch match = pattern.match(timeframe);
    if (!match.hasMatch())
        return ready(usageError(QStringLiteral("--timeframe"),
                                tr("must look like 1Min, 15Min, 1Hour, 1Day, 1Week or 1Month, not \"%1\"")
                                    .arg(timeframe)));
    int limit = 20;
    if (options.has(QStringLiteral("--limit"))) {
        bool ok = false;
        limit = options.value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10'000)
            return ready(usageError(QStringLiteral("--limit"), tr("must be a whole number from 1 to 10000")));
    }
    auto *alpaca = qobject_cast<AlpacaBroker *>(m_broker.get());
    if (!alpaca) {
        Error error;
        error.code = Error::Code::Internal;
        error.message = tr("This broker serves no market data.");
        return ready(report(error));
    }
    // Far enough back for `limit` bars across nights, weekends and holidays; the newest
    // `limit` of them are asked for (descending), then printed oldest first.
    const QString unit = match.captured(2);
    std::int64_t seconds = 60;
    if (unit == u"Hour" || unit == u"H")
        seconds = 3600;
    else if (unit == u"Day" || unit == u"D")
        seconds = 86'400;
    else if (unit == u"Week" || unit == u"W")
        seconds = 7 * 86'400;
    else if (unit == u"Month" || unit == u"M")
        seconds = 31 * 86'400;
    const std::int64_t lookback = match.captured(1).toLongLong() * seconds * limit * 3 + 7 * 86'400;
    // The exchange's time, not this machine's, ends the window.
    return m_broker->clock()
        .then(&m_context,
              [this, alpaca, symbol, timeframe, limit, lookback](Result<Clock> clock) -> QFuture<int> {
                  if (!clock)
                      return ready(report(clock.error()));
                  MarketDataQuery query;
                  query.timeframe = timeframe;
                  query.end = clock->timestamp;
                  query.start = clock->timestamp.addSeconds(-lookback);
                  query.limit = limit;
                  query.descending = true;
                  return alpaca->client()->bars(symbol, query).then(&m_context, [this, symbol](Result<QList<Bar>> result) {
                      if (!result)
                          return report(result.error());
                      QList<Bar> bars = result.value();
                      std::reverse(bars.begin(), bars.end());
                      if (m_json) {
                          printJson(Json::toJson(bars));
                          return toInt(ExitCode::Ok);
                      }
                      if (bars.isEmpty())
                          m_out << tr("No bars for %1.").arg(symbol) << Qt::endl;
                      for (const Bar &b : std::as_const(bars)) {
                          m_out << b.time.toString() << "  " << b.open.toString() << "  "
                                << b.high.toString() << "  " << b.low.toString() << "  "
                                << b.close.toString() << "  " << b.volume << Qt::endl;
                      }
                      return toInt(ExitCode::Ok);
                  });
              })
        .unwrap();
}

QFuture<int> CommandLine::credentials(const CommandOptions &options, const QProcessEnvironment &environment)
{
    const QString action = options.positional.first();
    const TradingMode profile = options.live() ? TradingMode::Live : TradingMode::Paper;
    const QString profileName = TradingModeNames::wire(profile);
    auto printValidated = [this](const QString &what, const BrokerFactory::ValidatedCredentials &v) {
        if (m_json) {
            printJson(QJsonObject{{QStringLiteral("profile"), TradingModeNames::wire(v.profile)},
                                  {QStringLiteral("key_id"), v.maskedKeyId},
                                  {QStringLiteral("account_number"), v.account.accountNumber},
                                  {QStringLiteral("status"), QString(enumToWire(v.account.status))},
                                  {QStringLiteral("result"), what}});
        } else {
            m_out << tr("%1 %2 credentials %3: accepted by the host (account %4, %5).")
                         .arg(what, TradingModeNames::wire(v.profile), v.maskedKeyId,
                              v.account.accountNumber, QString(enumToWire(v.account.status)))
                  << Qt::endl;
        }
    };
    const Result<BrokerCredentials> fromEnvironment = BrokerConfig::credentialsFromEnvironment(environment);
    const bool environmentHasPair = fromEnvironment && !fromEnvironment->isEmpty();

    if (action == u"clear") {
        return m_factory->clearCredentials(profile).then(&m_context, [this, profileName](Result<bool> removed) {
            if (!removed)
                return report(removed.error());
            if (m_json)
                printJson(QJsonObject{{QStringLiteral("profile"), profileName},
                                      {QStringLiteral("result"), QStringLiteral("cleared")}});
            else
                m_out << tr("Removed the %1 credentials from the keychain.").arg(profileName) << Qt::endl;
            return toInt(ExitCode::Ok);
        });
    }
    if (action == u"test") {
        return m_factory->testStoredCredentials(profile).then(
            &m_context, [this, printValidated, environmentHasPair](Result<BrokerFactory::ValidatedCredentials> v) {
                if (!v)
                    return report(v.error());
                printValidated(QStringLiteral("tested"), v.value());
                if (environmentHasPair && !m_json)
                    m_out << tr("Note: while ALPACA_API_KEY is set, the environment's key pair is "
                                "used instead.")
                          << Qt::endl;
                return toInt(ExitCode::Ok);
            });
    }

    // set: from the environment (headless), else two lines on standard input, never argv.
    if (!fromEnvironment) {
        Error error = fromEnvironment.error();
        error.code = Error::Code::Safety;
        return ready(report(error));
    }
    BrokerCredentials pair = fromEnvironment.value();
    if (pair.isEmpty()) {
        if (!m_input)
            return ready(usageError(QStringLiteral("credentials set"),
                                    tr("give the key pair in ALPACA_API_KEY and ALPACA_SECRET_KEY, "
                                       "or as two lines on standard input")));
        const bool interactive = m_input->isInteractive();
        if (interactive)
            m_err << tr("%1 key id: ").arg(profileName) << Qt::flush;
        const std::optional<QString> keyId = m_input->readLine(true);
        if (interactive)
            m_err << tr("%1 secret key (not shown): ").arg(profileName) << Qt::flush;
        const std::optional<QString> secret = m_input->readLine(false);
        if (!keyId || !secret || keyId->trimmed().isEmpty() || secret->trimmed().isEmpty())
            return ready(usageError(QStringLiteral("credentials set"),
                                    tr("standard input must hold the key id on one line and the "
                                       "secret key on the next")));
        pair = BrokerCredentials(*keyId, *secret);
    }
    return m_factory->saveCredentials(profile, pair).then(
        &m_context, [this, printValidated](Result<BrokerFactory::ValidatedCredentials> v) {
            if (!v)
                return report(v.error());
            printValidated(QStringLiteral("saved"), v.value());
            return toInt(ExitCode::Ok);
        });
}

int CommandLine::auditVerify(const QString &path)
{
    const Result<AuditJournal::Summary> summary = AuditJournal::verify(path);
    if (!summary) {
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("ok"), false},
                                  {QStringLiteral("message"), summary.error().message},
                                  {QStringLiteral("details"), summary.error().extra}});
        else
            m_err << tr("elsonctl audit verify: %1").arg(summary.error().message) << Qt::endl;
        return toInt(ExitCode::CheckFailed);
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("records"), summary->records},
                              {QStringLiteral("files"), summary->files},
                              {QStringLiteral("last_hash"), summary->lastHash}});
    else
        m_out << tr("%1: %n record(s) verified, last hash %2", nullptr, int(summary->records))
                     .arg(path, summary->lastHash)
              << Qt::endl;
    return toInt(ExitCode::Ok);
}

int CommandLine::mode(const CommandOptions &options)
{
    TradingGate::Request request;
    request.live = true;
    request.confirmation = options.value(QStringLiteral("--confirm")).isEmpty()
        ? QString()
        : QString::fromLatin1(TradingGate::ConfirmationPhrase);
    const TradingGate::Evaluation live = m_factory->evaluateLive(request);
    const QString current = Broker::modeName(m_factory->defaultMode());
    QList<TradingGate::Gate> failing;
    for (TradingGate::Gate gate : live.failed) {
        if (gate != TradingGate::Gate::NotValidated) // checked only when live is asked for
            failing.append(gate);
    }
    QStringList codes;
    for (TradingGate::Gate gate : std::as_const(failing))
        codes.append(TradingGate::code(gate));
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("mode"), current},
                              {QStringLiteral("live_refused_by"), QJsonArray::fromStringList(codes)}});
        return toInt(ExitCode::Ok);
    }
    m_out << tr("mode: %1").arg(current) << Qt::endl;
    if (!failing.isEmpty()) {
        m_out << tr("live: refused by %1: %2")
                     .arg(codes.first(),
                          TradingGate::message(failing.first(), m_factory->configuration().config))
              << Qt::endl;
    }
    return toInt(ExitCode::Ok);
}

int CommandLine::report(const Error &error)
{
    const ExitCode code = exitCodeFor(error);
    if (code == ExitCode::Refused || code == ExitCode::Configuration) {
        const QString rule = ruleOf(error);
        const bool warning = error.extra.value(QStringLiteral("verdict")).toString() == u"warn";
        if (m_json) {
            printJson(QJsonObject{{QStringLiteral("refused"), true},
                                  {QStringLiteral("rule"), rule},
                                  {QStringLiteral("message"), error.message},
                                  {QStringLiteral("field"), error.field},
                                  {QStringLiteral("verdict"), warning ? QStringLiteral("warn")
                                                                      : QStringLiteral("block")}});
        } else {
            m_err << tr("elsonctl: refused [%1]: %2").arg(rule, error.toString()) << Qt::endl;
            if (warning)
                m_err << (rule == MarketSessionRule
                              ? tr("To queue the order for the open, add --queue-when-closed.")
                              : tr("This is a warning: add --yes to accept it."))
                      << Qt::endl;
        }
        return toInt(code);
    }
    if (m_json) {
        QJsonObject details{{QStringLiteral("code"), errorCodeName(error.code)},
                            {QStringLiteral("message"), error.message},
                            {QStringLiteral("field"), error.field}};
        if (error.httpStatus != 0)
            details.insert(QStringLiteral("http_status"), error.httpStatus);
        if (error.apiCode != 0)
            details.insert(QStringLiteral("api_code"), QString::number(error.apiCode));
        printJson(QJsonObject{{QStringLiteral("error"), details}});
    } else {
        m_err << tr("elsonctl: %1").arg(error.toString()) << Qt::endl;
    }
    return toInt(code);
}

bool CommandLine::confirm(const QString &question)
{
    if (!m_input || !m_input->isInteractive())
        return false;
    m_err << question << tr(" [y/N] ") << Qt::flush;
    const std::optional<QString> answer = m_input->readLine();
    if (!answer)
        return false;
    const QString a = answer->trimmed().toLower();
    return a == u"y" || a == u"yes";
}

void CommandLine::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented) << Qt::flush;
}

} // namespace Elson
