// SPDX-License-Identifier: GPL-3.0-or-later
// elsonctl's commands run in process: exit codes and what they print.
#include "commandline.h"
#include "commandoptions.h"
#include "exitcode.h"
#include "orderarguments.h"
#include "terminalinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <QTest>

using namespace Elson;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void run_data();
    void run();
    void decodeGoldens_data();
    void decodeGoldens();
    void decodeNamesTheBadField();
    void parseOptions_data();
    void parseOptions();
    void orderArguments_data();
    void orderArguments();
    void exitCodes_data();
    void exitCodes();
    void interactiveConfirmation();
};

namespace {
struct Output
{
    int exitCode = 0;
    QString out;
    QString err;
};

Output runCli(const QStringList &args)
{
    Output o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    CommandLine cli(out, err);
    o.exitCode = cli.run(args);
    out.flush();
    err.flush();
    return o;
}

QString golden(const QString &name)
{
    return QStringLiteral(ELSON_TEST_DATA_DIR "/alpaca/") + name;
}
} // namespace

void tst_CommandLine::run_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outContains");
    QTest::addColumn<QString>("errContains");

    QTest::newRow("no args") << QStringList{} << 64 << QString() << QStringLiteral("Usage");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("price VALUE")
                          << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("version")} << 0
                             << QStringLiteral("elsonctl " ELSON_VERSION) << QString();
    QTest::newRow("unknown") << QStringList{QStringLiteral("frobnicate")} << 64 << QString()
                             << QStringLiteral("unknown command \"frobnicate\"");
    QTest::newRow("valid price") << QStringList{QStringLiteral("price"), QStringLiteral("150.25")} << 0
                                 << QStringLiteral("150.25 is a valid price") << QString();
    QTest::newRow("sub-penny above $1")
        << QStringList{QStringLiteral("price"), QStringLiteral("290.123")} << 1
        << QStringLiteral("nearest valid price: 290.12") << QString();
    QTest::newRow("sub-penny below $1")
        << QStringList{QStringLiteral("price"), QStringLiteral("0.12346")} << 1
        << QStringLiteral("nearest valid price: 0.1235") << QString();
    QTest::newRow("four decimals below $1 ok")
        << QStringList{QStringLiteral("price"), QStringLiteral("0.1234")} << 0
        << QStringLiteral("at most 4 decimals") << QString();
    QTest::newRow("not a number") << QStringList{QStringLiteral("price"), QStringLiteral("12.x")} << 1
                                  << QString() << QStringLiteral("price:");
    QTest::newRow("zero") << QStringList{QStringLiteral("price"), QStringLiteral("0")} << 1 << QString()
                          << QStringLiteral("greater than zero");
    QTest::newRow("decode types") << QStringList{QStringLiteral("decode"), QStringLiteral("types")} << 0
                                  << QStringLiteral("order-request") << QString();
    QTest::newRow("decode unknown type")
        << QStringList{QStringLiteral("decode"), QStringLiteral("nope"), QStringLiteral("x")} << 64
        << QString() << QStringLiteral("unknown type");
    QTest::newRow("decode missing file")
        << QStringList{QStringLiteral("decode"), QStringLiteral("order"), QStringLiteral("/nonexistent/x.json")}
        << 64 << QString() << QStringLiteral("cannot read");
    QTest::newRow("help lists the contract")
        << QStringList{QStringLiteral("help")} << 0
        << QStringLiteral("order buy|sell SYMBOL (--qty Q | --notional USD)") << QString();
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0
                            << QStringLiteral("credentials set|test|clear") << QString();
    QTest::newRow("broker command needs start()") << QStringList{QStringLiteral("account")} << 64
                                                  << QString() << QStringLiteral("account");
}

void tst_CommandLine::run()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, outContains);
    QFETCH(QString, errContains);
    const Output o = runCli(args);
    QCOMPARE(o.exitCode, exitCode);
    if (!outContains.isEmpty())
        QVERIFY2(o.out.contains(outContains), qPrintable(o.out));
    if (!errContains.isEmpty())
        QVERIFY2(o.err.contains(errContains), qPrintable(o.err));
}

void tst_CommandLine::decodeGoldens_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expect");
    QTest::newRow("account") << QStringLiteral("account") << QStringLiteral("account.json")
                             << QStringLiteral("\"buying_power\":\"");
    QTest::newRow("legacy account") << QStringLiteral("account") << QStringLiteral("account_legacy_pdt.json")
                                    << QStringLiteral("\"daytrade_count\":");
    QTest::newRow("bracket") << QStringLiteral("order") << QStringLiteral("order_bracket.json")
                             << QStringLiteral("\"legs\":[");
    QTest::newRow("notional") << QStringLiteral("order") << QStringLiteral("order_notional_fill.json")
                              << QStringLiteral("\"qty\":null");
    QTest::newRow("cancel all") << QStringLiteral("cancel-all") << QStringLiteral("cancel_all_207.json")
                                << QStringLiteral("\"status\":");
    QTest::newRow("calendar") << QStringLiteral("calendar") << QStringLiteral("calendar.json")
                              << QStringLiteral("\"session_open\":\"0400\"");
}

void tst_CommandLine::decodeGoldens()
{
    QFETCH(QString, type);
    QFETCH(QString, file);
    QFETCH(QString, expect);
    const Output o = runCli({QStringLiteral("decode"), type, golden(file)});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains(expect), qPrintable(o.out));
}

void tst_CommandLine::decodeNamesTheBadField()
{
    // A position file is not an order: the codec names what is missing or wrong.
    const Output o = runCli({QStringLiteral("decode"), QStringLiteral("order"), golden(QStringLiteral("clock.json"))});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QStringLiteral("not a valid order: ")), qPrintable(o.err));
    QVERIFY2(o.err.contains(u':'), qPrintable(o.err));
}

void tst_CommandLine::parseOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("command"); // empty: an error naming `field`
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("positional");

    auto w = [](const char *text) { return QString::fromLatin1(text).split(u' '); };
    QTest::newRow("globals before") << w("--json --live account") << QStringLiteral("account")
                                    << QString() << QStringList{};
    QTest::newRow("globals after") << w("order buy AAPL --qty 1 --json") << QStringLiteral("order")
                                   << QString() << w("buy AAPL");
    QTest::newRow("confirm takes a value") << w("--confirm 123 --live account")
                                           << QStringLiteral("account") << QString() << QStringList{};
    QTest::newRow("inline value") << w("order buy AAPL --qty=1") << QStringLiteral("order")
                                  << QString() << w("buy AAPL");
    QTest::newRow("negative positional") << w("price -5") << QStringLiteral("price") << QString()
                                         << w("-5");
    QTest::newRow("unknown command") << w("frobnicate") << QString() << QStringLiteral("frobnicate")
                                     << QStringList{};
    QTest::newRow("option of another command") << w("account --qty 1") << QString()
                                               << QStringLiteral("--qty") << QStringList{};
    QTest::newRow("flag with a value") << w("order buy AAPL --qty 1 --yes=no") << QString()
                                       << QStringLiteral("--yes") << QStringList{};
    QTest::newRow("value missing") << w("bars AAPL --limit") << QString()
                                   << QStringLiteral("--limit") << QStringList{};
    QTest::newRow("value is an option") << w("bars AAPL --limit --json") << QString()
                                        << QStringLiteral("--limit") << QStringList{};
    QTest::newRow("given twice") << w("order buy AAPL --qty 1 --qty 2") << QString()
                                 << QStringLiteral("--qty") << QStringList{};
    QTest::newRow("no command") << w("--json") << QString() << QString() << QStringList{};
    QTest::newRow("no secret on the command line") << w("credentials set --secret abc") << QString()
                                                   << QStringLiteral("--secret") << QStringList{};
}

void tst_CommandLine::parseOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, command);
    QFETCH(QString, field);
    QFETCH(QStringList, positional);
    const Result<CommandOptions> options = CommandOptions::parse(args);
    if (command.isEmpty()) {
        QVERIFY(!options.ok());
        QCOMPARE(options.error().field, field);
        return;
    }
    QVERIFY2(options.ok(), qPrintable(options.error().toString()));
    QCOMPARE(options->command, command);
    QCOMPARE(options->positional, positional);
}

void tst_CommandLine::orderArguments_data()
{
    QTest::addColumn<QString>("args");
    QTest::addColumn<QString>("error"); // the field at fault; empty when valid
    QTest::addColumn<OrderType>("type");
    QTest::addColumn<OrderClass>("orderClass");

    const OrderType market = OrderType::Market;
    const OrderClass simple = OrderClass::Simple;
    QTest::newRow("market") << QStringLiteral("buy AAPL --qty 1") << QString() << market << simple;
    QTest::newRow("limit by price") << QStringLiteral("buy AAPL --qty 1 --limit-price 10") << QString()
                                    << OrderType::Limit << simple;
    QTest::newRow("stop by price") << QStringLiteral("sell AAPL --qty 1 --stop-price 10") << QString()
                                   << OrderType::Stop << simple;
    QTest::newRow("stop limit by prices") << QStringLiteral("sell AAPL --qty 1 --stop-price 10 --limit-price 9")
                                          << QString() << OrderType::StopLimit << simple;
    QTest::newRow("trailing by trail") << QStringLiteral("sell AAPL --qty 1 --trail-percent 2") << QString()
                                       << OrderType::TrailingStop << simple;
    QTest::newRow("explicit type wins") << QStringLiteral("buy AAPL --qty 1 --type stop_limit --stop-price 10 --limit-price 11")
                                        << QString() << OrderType::StopLimit << simple;
    QTest::newRow("bracket") << QStringLiteral("buy AAPL --qty 1 --take-profit 12 --stop-loss 8") << QString()
                             << market << OrderClass::Bracket;
    QTest::newRow("oco") << QStringLiteral("sell AAPL --qty 1 --limit-price 12 --order-class oco --take-profit 12 --stop-loss 8")
                         << QString() << OrderType::Limit << OrderClass::Oco;
    QTest::newRow("oto") << QStringLiteral("buy AAPL --qty 1 --order-class oto --take-profit 12") << QString()
                         << market << OrderClass::Oto;
    QTest::newRow("no side") << QStringLiteral("") << QStringLiteral("buy|sell") << market << simple;
    QTest::newRow("bad side") << QStringLiteral("short AAPL --qty 1") << QStringLiteral("buy|sell") << market << simple;
    QTest::newRow("no symbol") << QStringLiteral("buy --qty 1") << QStringLiteral("SYMBOL") << market << simple;
    QTest::newRow("extra argument") << QStringLiteral("buy AAPL MSFT --qty 1") << QStringLiteral("MSFT") << market << simple;
    QTest::newRow("both amounts") << QStringLiteral("buy AAPL --qty 1 --notional 5") << QStringLiteral("--qty/--notional")
                                  << market << simple;
    QTest::newRow("both trails") << QStringLiteral("sell AAPL --qty 1 --trail-percent 1 --trail-price 1")
                                 << QStringLiteral("--trail-price/--trail-percent") << market << simple;
    QTest::newRow("alias and name") << QStringLiteral("buy AAPL --qty 1 --limit 1 --limit-price 2")
                                    << QStringLiteral("--limit-price") << market << simple;
    QTest::newRow("bad type") << QStringLiteral("buy AAPL --qty 1 --type mleg") << QStringLiteral("--type") << market << simple;
    QTest::newRow("bad class") << QStringLiteral("buy AAPL --qty 1 --order-class bracketed") << QStringLiteral("--order-class")
                               << market << simple;
    QTest::newRow("oco one exit") << QStringLiteral("sell AAPL --qty 1 --order-class oco --stop-loss 8")
                                  << QStringLiteral("--order-class") << market << simple;
    QTest::newRow("stop-loss-limit alone") << QStringLiteral("buy AAPL --qty 1 --stop-loss-limit 8")
                                           << QStringLiteral("--stop-loss-limit") << market << simple;
    QTest::newRow("long client order id")
        << QStringLiteral("buy AAPL --qty 1 --client-order-id ") + QString(49, u'x')
        << QStringLiteral("--client-order-id") << market << simple;
}

void tst_CommandLine::orderArguments()
{
    QFETCH(QString, args);
    QFETCH(QString, error);
    QFETCH(OrderType, type);
    QFETCH(OrderClass, orderClass);
    const Result<CommandOptions> options =
        CommandOptions::parse(QStringList{QStringLiteral("order")} + args.split(u' ', Qt::SkipEmptyParts));
    QVERIFY2(options.ok(), qPrintable(options.error().toString()));
    const Result<Trade> trade = OrderArguments::toTrade(options.value());
    if (!error.isEmpty()) {
        QVERIFY(!trade.ok());
        QCOMPARE(trade.error().field, error);
        return;
    }
    QVERIFY2(trade.ok(), qPrintable(trade.error().toString()));
    QCOMPARE(trade->orderType, type);
    QCOMPARE(trade->orderClass, orderClass);
    QCOMPARE(trade->symbol, QStringLiteral("AAPL"));
}

void tst_CommandLine::exitCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("exitCode");

    auto c = [](Error::Code code) { return int(code); };
    QTest::newRow("chain block") << c(Error::Code::Validation) << QStringLiteral("params.tick") << 0 << 2;
    QTest::newRow("chain warning") << c(Error::Code::Validation) << QStringLiteral("limits.duplicate") << 0 << 2;
    QTest::newRow("credentials rule") << c(Error::Code::Validation) << QStringLiteral("credentials") << 0 << 4;
    QTest::newRow("environment rule") << c(Error::Code::Safety) << QStringLiteral("environment") << 0 << 4;
    QTest::newRow("gate") << c(Error::Code::Safety) << QStringLiteral("gate.not_confirmed") << 0 << 4;
    QTest::newRow("safety") << c(Error::Code::Safety) << QString() << 0 << 4;
    QTest::newRow("401") << c(Error::Code::Unauthorized) << QString() << 401 << 4;
    QTest::newRow("request shape") << c(Error::Code::Validation) << QString() << 0 << 2;
    QTest::newRow("404") << c(Error::Code::NotFound) << QString() << 404 << 3;
    QTest::newRow("422") << c(Error::Code::Http) << QString() << 422 << 3;
    QTest::newRow("429") << c(Error::Code::RateLimited) << QString() << 429 << 3;
    QTest::newRow("network") << c(Error::Code::Network) << QString() << 0 << 3;
    QTest::newRow("parse") << c(Error::Code::Parse) << QString() << 200 << 3;
    QTest::newRow("none") << c(Error::Code::None) << QString() << 0 << 0;
}

void tst_CommandLine::exitCodes()
{
    QFETCH(int, code);
    QFETCH(QString, rule);
    QFETCH(int, httpStatus);
    QFETCH(int, exitCode);
    Error error;
    error.code = static_cast<Error::Code>(code);
    error.httpStatus = httpStatus;
    if (!rule.isEmpty())
        error.extra.insert(QStringLiteral("rule"), rule);
    QCOMPARE(toInt(exitCodeFor(error)), exitCode);
}

void tst_CommandLine::interactiveConfirmation()
{
    // In process, against the embedded exchange, which keeps its account between runs.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("DEFAULT_BROKER"), QStringLiteral("sim"));
    environment.insert(QStringLiteral("ELSON_CONFIG_DIR"), dir.path());
    environment.insert(QStringLiteral("ELSON_AUDIT_LOG"), dir.filePath(QStringLiteral("audit.jsonl")));
    auto run = [&environment](const QString &args, TerminalInput *input) {
        Output o;
        QTextStream out(&o.out);
        QTextStream err(&o.err);
        {
            CommandLine cli(out, err);
            cli.setInput(input);
            const QFuture<int> done = cli.start(args.split(u' '), environment);
            if (!QTest::qWaitFor([&done] { return done.isFinished(); }, 30'000))
                return Output{-1, QString(), QStringLiteral("timed out")};
            o.exitCode = done.result();
        }
        out.flush();
        err.flush();
        return o;
    };
    const QString order = QStringLiteral("order buy MSFT --qty 4 --limit-price 1.00 --queue-when-closed");
    const Output first = run(order + QStringLiteral(" --yes"), nullptr);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));

    // The same order again is a duplicate: a person is asked, and "no" sends nothing.
    TerminalInput no(QStringLiteral("n\n"), true);
    const Output declined = run(order, &no);
    QCOMPARE(declined.exitCode, 2);
    QVERIFY2(declined.err.contains(QStringLiteral("limits.duplicate")), qPrintable(declined.err));
    QVERIFY(declined.err.contains(QStringLiteral("[y/N]")));
    QVERIFY(declined.out.isEmpty());
    TerminalInput yes(QStringLiteral("y\n"), true);
    const Output accepted = run(order, &yes);
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QVERIFY(accepted.out.contains(QStringLiteral("Order ")));
    // Piped input is nobody to ask: the warning needs --yes.
    TerminalInput piped(QStringLiteral("y\n"), false);
    const Output refused = run(order, &piped);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(QStringLiteral("--yes")));

    const Output open = run(QStringLiteral("--json orders"), nullptr);
    QCOMPARE(open.exitCode, 0);
    const QJsonArray orders = QJsonDocument::fromJson(open.out.toUtf8()).array();
    QCOMPARE(orders.size(), 2); // the first and the accepted one
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
