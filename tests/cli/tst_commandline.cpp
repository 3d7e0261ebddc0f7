// SPDX-License-Identifier: GPL-3.0-or-later
// elsonctl's commands run in process: exit codes and what they print.
#include "commandline.h"

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

    QTest::newRow("no args") << QStringList{} << 2 << QString() << QStringLiteral("Usage");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("price VALUE")
                          << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("version")} << 0
                             << QStringLiteral("elsonctl " ELSON_VERSION) << QString();
    QTest::newRow("unknown") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
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
        << QStringList{QStringLiteral("decode"), QStringLiteral("nope"), QStringLiteral("x")} << 2
        << QString() << QStringLiteral("unknown type");
    QTest::newRow("decode missing file")
        << QStringList{QStringLiteral("decode"), QStringLiteral("order"), QStringLiteral("/nonexistent/x.json")}
        << 2 << QString() << QStringLiteral("cannot read");
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

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
