// SPDX-License-Identifier: GPL-3.0-or-later
// The real elsonctl binary against simulators started here, reached through the same
// environment variables a user sets for Alpaca's hosts: the contract's commands, forms
// and exit codes, dry runs and refusals that send nothing (the exchange's own order book
// is the witness), the keychain round trip and the embedded exchange's saved state.
#include "../broker/testsecret.h"
#include "auditjournal.h"
#include "credentialstore.h"
#include "simexchange.h"
#include "simservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {

const QString PaperKey = u"PKELSONCTLTESTKEY0WXYZ"_s;
const QString LiveKey = u"AKELSONCTLTESTKEY0LIVE"_s;
const QString KeychainService = u"Elson Terminal (tst_elsonctl)"_s;
constexpr int KeychainTimeoutMs = 20'000;

/** "a b c" → {"a", "b", "c"}. */
QStringList words(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    [[nodiscard]] QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
    [[nodiscard]] QByteArray describe() const
    {
        return (u"exit "_s + QString::number(exitCode) + u"\nstdout: "_s + out + u"\nstderr: "_s + err)
            .toUtf8();
    }
};

/** Which exchange and which key pair a run gets. */
enum class Host { Paper, NoCredentials, Closed, Dead };

using Variables = QMap<QString, QString>;

} // namespace

Q_DECLARE_METATYPE(Host)

// QSKIP returns from the test function, so this must be a macro.
#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (!m_keychainUnavailable.isEmpty()) {                                                    \
            if (qEnvironmentVariableIntValue("ELSON_REQUIRE_KEYCHAIN") == 1)                       \
                QFAIL(qPrintable(u"ELSON_REQUIRE_KEYCHAIN=1 but the keychain is unavailable: "_s   \
                                 + m_keychainUnavailable));                                        \
            QSKIP(qPrintable(u"no usable keychain (scripts/test.sh provides one): "_s             \
                             + m_keychainUnavailable));                                            \
        }                                                                                          \
    } while (false)

class tst_Elsonctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exitCodes_data();
    void exitCodes();
    void jsonRefusals();
    void orderForms_data();
    void orderForms();
    void dryRunPrintsTheExactBodyAndSendsNothing();
    void warningsNeedYes();
    void closedMarketNeedsQueueWhenClosed();
    void replace();
    void readCommands();
    void auditVerify();
    void embeddedExchangeKeepsItsState();
    void credentialsRoundTrip();
    void liveFromTheKeychain();
    void modeWithoutCredentials();
    void cancelAndClose();

private:
    Run run(const QStringList &args, Host host = Host::Paper,
            const Variables &extra = {}, const QByteArray &input = {});
    qsizetype ordersAt(const SimService &sim) const;
    Error keychainRemove(TradingMode profile);

    QString m_paperSecret = TestSecret::secret(u"elsonctl-paper"_s);
    QString m_liveSecret = TestSecret::secret(u"elsonctl-live"_s);
    std::unique_ptr<SimService> m_sim;    ///< the paper host, market open
    std::unique_ptr<SimService> m_closed; ///< a paper host on a Saturday
    std::unique_ptr<SimService> m_live;   ///< stands in for the live host
    QTemporaryDir m_dir;
    QString m_journal;
    QString m_configDir;
    quint16 m_deadPort = 0;
    QString m_keychainUnavailable;
};

void tst_Elsonctl::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ELSONCTL_PATH)));
    QVERIFY(m_dir.isValid());
    m_journal = m_dir.filePath(u"audit.jsonl"_s);
    m_configDir = m_dir.filePath(u"config"_s);

    auto start = [](const QString &key, const QString &secret, const QString &clock) {
        SimService::Options options;
        options.keyId = key;
        options.secretKey = secret;
        options.clock = clock;
        options.partialFillPercent = 0;
        // Dozens of elsonctl runs a minute: Alpaca's 200 a minute would park the client.
        options.rateLimitPerMinute = 100'000;
        auto sim = std::make_unique<SimService>(options);
        return sim->start().ok() ? std::move(sim) : nullptr;
    };
    m_sim = start(PaperKey, m_paperSecret, u"fixed:2026-11-23T10:15:00-05:00"_s); // Monday, open
    m_closed = start(PaperKey, m_paperSecret, u"fixed:2026-11-21T12:00:00-05:00"_s); // Saturday
    m_live = start(LiveKey, m_liveSecret, u"fixed:2026-11-23T10:15:00-05:00"_s);
    QVERIFY(m_sim && m_closed && m_live);

    // A port nothing listens on: every request fails to connect.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_deadPort = probe.serverPort();
    probe.close();

    // The keychain: probe it with this test's own service, and start from no entries.
    const Error removed = keychainRemove(TradingMode::Paper);
    if (removed.isError())
        m_keychainUnavailable = removed.message + u" ["_s
            + removed.extra.value(u"detail"_s).toString() + u']';
    else
        QVERIFY(!keychainRemove(TradingMode::Live).isError());

    // Shares to sell in the sell-side forms.
    const Run bought = run(words(u"order buy AAPL --qty 10 --yes"_s));
    QVERIFY2(bought.exitCode == 0, bought.describe());
}

void tst_Elsonctl::cleanupTestCase()
{
    if (m_keychainUnavailable.isEmpty()) {
        QVERIFY(!keychainRemove(TradingMode::Paper).isError());
        QVERIFY(!keychainRemove(TradingMode::Live).isError());
    }
    m_sim.reset();
    m_closed.reset();
    m_live.reset();
}

Error tst_Elsonctl::keychainRemove(TradingMode profile)
{
    CredentialStore store(KeychainService);
    QSignalSpy spy(&store, &CredentialStore::removed);
    store.remove(profile);
    if (!spy.wait(KeychainTimeoutMs))
        return Error::validation(u"keychain"_s, u"the keychain did not answer"_s);
    return spy.at(0).at(1).value<Error>();
}

Run tst_Elsonctl::run(const QStringList &args, Host host, const Variables &extra,
                      const QByteArray &input)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"ALPACA_API_KEY"_s, u"ALPACA_SECRET_KEY"_s, u"APCA_API_KEY_ID"_s,
                                u"APCA_API_SECRET_KEY"_s, u"DEFAULT_BROKER"_s, u"ENVIRONMENT"_s,
                                u"LIVE_TRADING_ENABLED"_s, u"USE_PAPER_TRADING"_s,
                                u"ELSON_MAX_POSITION_VALUE"_s, u"ELSON_MAX_ORDER_VALUE"_s,
                                u"QT_LOGGING_RULES"_s})
        environment.remove(name);
    environment.insert(u"ELSON_AUDIT_LOG"_s, m_journal);
    environment.insert(u"ELSON_CONFIG_DIR"_s, m_configDir);
    environment.insert(u"ELSON_KEYCHAIN_SERVICE"_s, KeychainService);
    const SimService *sim = host == Host::Closed ? m_closed.get() : m_sim.get();
    const QString url = host == Host::Dead ? u"http://127.0.0.1:"_s + QString::number(m_deadPort)
                                           : sim->url().toString();
    environment.insert(u"ALPACA_PAPER_URL"_s, url);
    environment.insert(u"ALPACA_DATA_URL"_s, url);
    environment.insert(u"ALPACA_LIVE_URL"_s, m_live->url().toString());
    if (host != Host::NoCredentials) {
        environment.insert(u"ALPACA_API_KEY"_s, PaperKey);
        environment.insert(u"ALPACA_SECRET_KEY"_s, m_paperSecret);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.value().isNull())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ELSONCTL_PATH), args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel(); // standard input is a pipe, never a terminal
    Run result;
    // The sims answer on this thread's event loop: keep it turning while elsonctl runs.
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60'000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(5);
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    // Whatever elsonctl prints, no secret is ever part of it.
    if (result.out.contains(TestSecret::base()) || result.err.contains(TestSecret::base()))
        result.exitCode = -2;
    return result;
}

qsizetype tst_Elsonctl::ordersAt(const SimService &sim) const
{
    SimExchange::OrderQuery query;
    query.status = SimExchange::OrderQuery::Status::All;
    query.limit = 500;
    const Result<QList<Order>> orders = sim.exchange()->orders(query);
    return orders ? orders->size() : -1;
}

void tst_Elsonctl::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Host>("host");
    QTest::addColumn<Variables>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says"); // in stdout or stderr

    const Variables none;
    QTest::newRow("0 ok") << words(u"account"_s) << Host::Paper << none << 0 << u"equity"_s;
    QTest::newRow("2 refused by the chain")
        << words(u"order buy AAPL --qty 1 --limit-price 100.001 --yes"_s) << Host::Paper << none << 2
        << u"params.tick"_s;
    QTest::newRow("2 refused: unknown symbol")
        << words(u"order buy NOSUCH --qty 1 --yes"_s) << Host::Paper << none << 2
        << u"symbol.tradable"_s;
    QTest::newRow("2 refused: over the order limit")
        << words(u"order buy AAPL --qty 5 --yes"_s) << Host::Paper
        << Variables{{u"ELSON_MAX_ORDER_VALUE"_s, u"100"_s}} << 2
        << u"limits.max_order_value"_s;
    QTest::newRow("3 API: unknown order") << words(u"cancel no-such-order"_s) << Host::Paper << none
                                          << 3 << u"elsonctl:"_s;
    QTest::newRow("3 API: unknown asset") << words(u"asset NOSUCH"_s) << Host::Paper << none << 3
                                          << u"elsonctl:"_s;
    QTest::newRow("3 network after retries") << words(u"account"_s) << Host::Dead << none << 3
                                             << u"elsonctl:"_s;
    QTest::newRow("4 gate") << words(u"--live account"_s) << Host::NoCredentials << none << 4
                            << u"gate.environment"_s;
    QTest::newRow("4 gate: live enabled but not production")
        << words(u"--live order buy AAPL --qty 1 --yes"_s) << Host::Paper
        << Variables{{u"LIVE_TRADING_ENABLED"_s, u"true"_s}} << 4
        << u"gate.environment"_s;
    QTest::newRow("4 configuration") << words(u"account"_s) << Host::Paper
                                     << Variables{{u"ENVIRONMENT"_s, u"moon"_s}} << 4
                                     << u"ENVIRONMENT"_s;
    QTest::newRow("4 no paper key pair")
        << words(u"account"_s) << Host::NoCredentials
        << Variables{{u"DEFAULT_BROKER"_s, u"alpaca"_s}} << 4 << u"ALPACA_API_KEY"_s;
    QTest::newRow("4 half a key pair")
        << words(u"account"_s) << Host::NoCredentials
        << Variables{{u"ALPACA_API_KEY"_s, PaperKey}} << 4 << u"ALPACA_SECRET_KEY"_s;
    QTest::newRow("4 journal cannot be written")
        << words(u"order buy AAPL --qty 1 --yes"_s) << Host::Paper
        << Variables{{u"ELSON_AUDIT_LOG"_s, u"/proc/elson-no-such-dir/audit.jsonl"_s}}
        << 4 << u"journal"_s;
    QTest::newRow("64 unknown command") << words(u"frobnicate"_s) << Host::Paper << none << 64
                                        << u"frobnicate"_s;
    QTest::newRow("64 unknown option") << words(u"order buy AAPL --qty 1 --bogus"_s) << Host::Paper
                                       << none << 64 << u"--bogus"_s;
    QTest::newRow("64 missing value") << words(u"order buy AAPL --qty"_s) << Host::Paper << none << 64
                                      << u"--qty"_s;
    QTest::newRow("64 bad side") << words(u"order hold AAPL --qty 1"_s) << Host::Paper << none << 64
                                 << u"buy or sell"_s;
    QTest::newRow("64 bad decimal") << words(u"order buy AAPL --qty one"_s) << Host::Paper << none
                                    << 64 << u"--qty"_s;
    QTest::newRow("64 qty and notional") << words(u"order buy AAPL --qty 1 --notional 5"_s)
                                         << Host::Paper << none << 64 << u"--notional"_s;
    QTest::newRow("64 neither qty nor notional") << words(u"order buy AAPL"_s) << Host::Paper << none
                                                 << 64 << u"--qty"_s;
    QTest::newRow("64 bad tif") << words(u"order buy AAPL --qty 1 --tif forever"_s) << Host::Paper
                                << none << 64 << u"--tif"_s;
    QTest::newRow("64 bad type") << words(u"order buy AAPL --qty 1 --type iceberg"_s) << Host::Paper
                                 << none << 64 << u"--type"_s;
    QTest::newRow("64 half bracket") << words(u"order buy AAPL --qty 1 --take-profit 300"_s)
                                     << Host::Paper << none << 64 << u"--take-profit"_s;
    QTest::newRow("64 oto with two exits")
        << words(u"order buy AAPL --qty 1 --order-class oto --take-profit 300 --stop-loss 200"_s)
        << Host::Paper << none << 64 << u"--order-class"_s;
    QTest::newRow("64 stop-loss-limit alone")
        << words(u"order buy AAPL --qty 1 --stop-loss-limit 200"_s) << Host::Paper << none << 64
        << u"--stop-loss-limit"_s;
    QTest::newRow("64 orders status") << words(u"orders --status pending"_s) << Host::Paper << none
                                      << 64 << u"--status"_s;
    QTest::newRow("64 close both") << words(u"close AAPL --qty 1 --percentage 5"_s) << Host::Paper
                                   << none << 64 << u"--percentage"_s;
    QTest::newRow("64 cancel nothing") << words(u"cancel"_s) << Host::Paper << none << 64
                                       << u"ORDER_ID"_s;
    QTest::newRow("64 replace nothing") << words(u"replace some-id"_s) << Host::Paper << none << 64
                                        << u"--limit-price"_s;
    QTest::newRow("64 bars timeframe") << words(u"bars AAPL --timeframe 7Days"_s) << Host::Paper
                                       << none << 64 << u"--timeframe"_s;
    QTest::newRow("64 credentials verb") << words(u"credentials show"_s) << Host::Paper << none << 64
                                         << u"credentials"_s;
    QTest::newRow("64 credentials secret on argv")
        << words(u"credentials set --secret x"_s) << Host::Paper << none << 64 << u"--secret"_s;
}

void tst_Elsonctl::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(Host, host);
    QFETCH(Variables, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const qsizetype before = ordersAt(*m_sim);
    const Run result = run(args, host, extra);
    QVERIFY2(result.exitCode == exitCode, result.describe());
    QVERIFY2(result.out.contains(says) || result.err.contains(says), result.describe());
    if (exitCode != 0)
        QCOMPARE(ordersAt(*m_sim), before); // a refusal or an error sends no order
}

void tst_Elsonctl::jsonRefusals()
{
    const qsizetype before = ordersAt(*m_sim);
    const Run chain = run(words(u"--json order buy AAPL --qty 1 --limit-price 100.001 --yes"_s));
    QVERIFY2(chain.exitCode == 2, chain.describe());
    QJsonObject o = chain.object();
    QCOMPARE(o.value(u"refused").toBool(), true);
    QCOMPARE(o.value(u"rule").toString(), u"params.tick"_s);
    QCOMPARE(o.value(u"field").toString(), u"limit_price"_s);
    QVERIFY(o.value(u"message").toString().contains(u"100.00"));
    QCOMPARE(ordersAt(*m_sim), before);

    const Run gate = run(words(u"--live --json account"_s), Host::NoCredentials);
    QVERIFY2(gate.exitCode == 4, gate.describe());
    o = gate.object();
    QCOMPARE(o.value(u"refused").toBool(), true);
    QCOMPARE(o.value(u"rule").toString(), u"gate.environment"_s);
    QCOMPARE(o.value(u"field").toString(), u"ENVIRONMENT"_s);

    const Run api = run(words(u"--json cancel no-such-order"_s));
    QVERIFY2(api.exitCode == 3, api.describe());
    QCOMPARE(api.object().value(u"error").toObject().value(u"http_status").toInt(), 404);
}

void tst_Elsonctl::orderForms_data()
{
    QTest::addColumn<QString>("args");
    QTest::addColumn<QString>("expected"); // JSON: every key must appear in the request body

    QTest::newRow("market qty") << u"buy AAPL --qty 1"_s
                                << uR"({"type":"market","qty":"1","side":"buy","symbol":"AAPL","time_in_force":"day"})"_s;
    QTest::newRow("notional") << u"buy AAPL --notional 150.50"_s
                              << uR"({"notional":"150.50","type":"market"})"_s;
    QTest::newRow("fractional") << u"buy AAPL --qty 0.5"_s << uR"({"qty":"0.5"})"_s;
    QTest::newRow("lower-case symbol") << u"buy aapl --qty 1"_s << uR"({"symbol":"AAPL"})"_s;
    QTest::newRow("limit") << u"buy AAPL --qty 1 --limit-price 270.25"_s
                           << uR"({"type":"limit","limit_price":"270.25"})"_s;
    QTest::newRow("explicit type") << u"buy AAPL --qty 1 --type limit --limit-price 270"_s
                                   << uR"({"type":"limit","limit_price":"270"})"_s;
    QTest::newRow("stop") << u"buy AAPL --qty 1 --stop-price 300"_s
                          << uR"({"type":"stop","stop_price":"300"})"_s;
    QTest::newRow("stop limit") << u"buy AAPL --qty 1 --stop-price 300 --limit-price 301"_s
                                << uR"({"type":"stop_limit","stop_price":"300","limit_price":"301"})"_s;
    QTest::newRow("trail percent") << u"sell AAPL --qty 1 --trail-percent 5"_s
                                   << uR"({"type":"trailing_stop","trail_percent":"5","side":"sell"})"_s;
    QTest::newRow("trail price") << u"sell AAPL --qty 1 --trail-price 2.50 --tif gtc"_s
                                 << uR"({"type":"trailing_stop","trail_price":"2.50","time_in_force":"gtc"})"_s;
    QTest::newRow("tif ioc") << u"buy AAPL --qty 1 --limit-price 270 --tif ioc"_s
                             << uR"({"time_in_force":"ioc"})"_s;
    QTest::newRow("extended hours") << u"buy AAPL --qty 1 --limit-price 270 --extended-hours"_s
                                    << uR"({"extended_hours":true,"type":"limit"})"_s;
    QTest::newRow("bracket") << u"buy AAPL --qty 1 --limit-price 270 --take-profit 300 --stop-loss 250"_s
                             << uR"({"order_class":"bracket","take_profit":{"limit_price":"300"},"stop_loss":{"stop_price":"250"}})"_s;
    QTest::newRow("bracket stop-loss limit")
        << u"buy AAPL --qty 1 --take-profit 300 --stop-loss 250 --stop-loss-limit 249.50"_s
        << uR"({"order_class":"bracket","stop_loss":{"stop_price":"250","limit_price":"249.50"}})"_s;
    QTest::newRow("oco") << u"sell AAPL --qty 1 --limit-price 300 --order-class oco --take-profit 300 --stop-loss 250"_s
                         << uR"({"order_class":"oco","side":"sell","take_profit":{"limit_price":"300"}})"_s;
    QTest::newRow("oto") << u"buy AAPL --qty 1 --limit-price 270 --order-class oto --stop-loss 250"_s
                         << uR"({"order_class":"oto","stop_loss":{"stop_price":"250"}})"_s;
    QTest::newRow("client order id") << u"buy AAPL --qty 1 --client-order-id form-test-1"_s
                                     << uR"({"client_order_id":"form-test-1"})"_s;
    QTest::newRow("option=value") << u"buy AAPL --qty=2 --limit-price=270"_s
                                  << uR"({"qty":"2","limit_price":"270"})"_s;
    QTest::newRow("first release spelling")
        << u"--symbol MSFT --side sell --qty 1 --limit 400"_s
        << uR"({"symbol":"MSFT","side":"sell","limit_price":"400"})"_s;
}

void tst_Elsonctl::orderForms()
{
    QFETCH(QString, args);
    QFETCH(QString, expected);
    const qsizetype before = ordersAt(*m_sim);
    const Run result = run(QStringList{u"--json"_s, u"order"_s} + words(args)
                           + QStringList{u"--dry-run"_s, u"--yes"_s});
    QVERIFY2(result.exitCode == 0, result.describe());
    const QJsonObject o = result.object();
    QCOMPARE(o.value(u"dry_run").toBool(), true);
    const QJsonObject request = o.value(u"request").toObject();
    const QJsonObject want = QJsonDocument::fromJson(expected.toUtf8()).object();
    QVERIFY(!want.isEmpty());
    for (auto it = want.begin(); it != want.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject sub = request.value(it.key()).toObject();
            const QJsonObject wantSub = it.value().toObject();
            for (auto s = wantSub.begin(); s != wantSub.end(); ++s)
                QVERIFY2(sub.value(s.key()) == s.value(), qPrintable(it.key() + u'.' + s.key() + u": "_s + result.out));
        } else {
            QVERIFY2(request.value(it.key()) == it.value(), qPrintable(it.key() + u": "_s + result.out));
        }
    }
    QCOMPARE(ordersAt(*m_sim), before); // a dry run sends nothing
}

void tst_Elsonctl::dryRunPrintsTheExactBodyAndSendsNothing()
{
    const QString id = u"dry-run-exact-1"_s;
    const Run text = run(words(u"order buy AAPL --qty 2 --limit-price 1.00 --client-order-id "_s + id
                               + u" --dry-run"_s));
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY(text.out.contains(u"Nothing was sent."));
    QString body;
    for (const QString &line : text.out.split(u'\n')) {
        if (line.startsWith(u'{'))
            body = line;
    }
    // The printed body is the request the client would POST, field for field.
    const QJsonObject printed = QJsonDocument::fromJson(body.toUtf8()).object();
    QCOMPARE(printed.value(u"client_order_id").toString(), id);
    QCOMPARE(printed.value(u"limit_price").toString(), u"1.00"_s);
    const Run json = run(words(u"--json order buy AAPL --qty 2 --limit-price 1.00 --client-order-id "_s
                               + id + u" --dry-run"_s));
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(json.object().value(u"request").toObject(), printed);
    // The exchange never heard of it.
    QCOMPARE(m_sim->exchange()->orderByClientOrderId(id).error().code, Error::Code::NotFound);

    // The real thing with the same arguments does arrive, with that body.
    const Run sent = run(words(u"order buy AAPL --qty 2 --limit-price 1.00 --client-order-id "_s + id));
    QVERIFY2(sent.exitCode == 0, sent.describe());
    const Result<Order> arrived = m_sim->exchange()->orderByClientOrderId(id);
    QVERIFY(arrived.ok());
    QCOMPARE(arrived->limitPrice, Decimal::fromString(u"1.00"_s).value());
    // A dry run whose chain refuses says so with the chain's exit code.
    const Run refused = run(words(u"order buy AAPL --qty 1 --limit-price 1.001 --dry-run"_s));
    QVERIFY2(refused.exitCode == 2, refused.describe());
    QVERIFY(refused.err.contains(u"nothing was sent"));
}

void tst_Elsonctl::warningsNeedYes()
{
    const QString order = u"order buy MSFT --qty 3 --limit-price 1.00"_s;
    QVERIFY2(run(words(order + u" --yes"_s)).exitCode == 0, "first order");
    const qsizetype before = ordersAt(*m_sim);
    // The same order again is a duplicate: a warning, and stdin is not a terminal.
    const Run refused = run(words(u"--json "_s + order));
    QVERIFY2(refused.exitCode == 2, refused.describe());
    QCOMPARE(refused.object().value(u"rule").toString(), u"limits.duplicate"_s);
    QCOMPARE(refused.object().value(u"verdict").toString(), u"warn"_s);
    QCOMPARE(ordersAt(*m_sim), before);
    const Run text = run(words(order));
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.err.contains(u"--yes"), text.describe());
    QCOMPARE(ordersAt(*m_sim), before);
    const Run accepted = run(words(order + u" --yes"_s));
    QVERIFY2(accepted.exitCode == 0, accepted.describe());
    QCOMPARE(ordersAt(*m_sim), before + 1);
}

void tst_Elsonctl::closedMarketNeedsQueueWhenClosed()
{
    const qsizetype before = ordersAt(*m_closed);
    const Run refused = run(words(u"--json order buy AAPL --qty 1"_s), Host::Closed);
    QVERIFY2(refused.exitCode == 2, refused.describe());
    QCOMPARE(refused.object().value(u"rule").toString(), u"market.session"_s);
    // --yes accepts warnings, but queueing for the open is a choice of its own.
    const Run yes = run(words(u"order buy AAPL --qty 1 --yes"_s), Host::Closed);
    QVERIFY2(yes.exitCode == 2, yes.describe());
    QVERIFY(yes.err.contains(u"--queue-when-closed"));
    QCOMPARE(ordersAt(*m_closed), before);

    const Run queued = run(words(u"--json order buy AAPL --qty 1 --queue-when-closed"_s), Host::Closed);
    QVERIFY2(queued.exitCode == 0, queued.describe());
    QCOMPARE(ordersAt(*m_closed), before + 1);
    const Result<Order> order = m_closed->exchange()->order(queued.object().value(u"id").toString());
    QVERIFY(order.ok());
    QVERIFY(order->status == OrderStatus::Accepted || order->status == OrderStatus::New);
}

void tst_Elsonctl::replace()
{
    const Run placed = run(words(u"--json order buy AMZN --qty 1 --limit-price 1.00 --yes"_s));
    QVERIFY2(placed.exitCode == 0, placed.describe());
    const QString id = placed.object().value(u"id").toString();

    const Run replaced = run(words(u"--json replace "_s + id + u" --limit-price 1.05 --qty 2"_s));
    QVERIFY2(replaced.exitCode == 0, replaced.describe());
    const QString newId = replaced.object().value(u"id").toString();
    QVERIFY(!newId.isEmpty() && newId != id);
    QCOMPARE(m_sim->exchange()->order(id)->status, OrderStatus::Replaced);
    const Result<Order> now = m_sim->exchange()->order(newId);
    QVERIFY(now.ok());
    QCOMPARE(now->limitPrice, Decimal::fromString(u"1.05"_s).value());
    QCOMPARE(now->qty, Decimal::fromInt(2));

    // The chain's value and tick rules judge the new figures before anything is sent.
    const Run tick = run(words(u"--json replace "_s + newId + u" --limit-price 1.051"_s));
    QVERIFY2(tick.exitCode == 2, tick.describe());
    QCOMPARE(tick.object().value(u"rule").toString(), u"params.tick"_s);
    const Run zero = run(words(u"replace "_s + newId + u" --qty 0"_s));
    QVERIFY2(zero.exitCode == 2, zero.describe());
    QCOMPARE(m_sim->exchange()->order(newId)->status, OrderStatus::New);
    QCOMPARE(run(words(u"replace no-such-order --qty 1"_s)).exitCode, 3);
    QVERIFY2(run(words(u"cancel "_s + newId)).exitCode == 0, "cancel");
}

void tst_Elsonctl::readCommands()
{
    const Run activities = run(words(u"--json activities --type FILL"_s));
    QVERIFY2(activities.exitCode == 0, activities.describe());
    QVERIFY(!activities.array().isEmpty());
    for (const QJsonValue &a : activities.array())
        QCOMPARE(a.toObject().value(u"activity_type").toString(), u"FILL"_s);
    QVERIFY(run(words(u"activities --limit 2"_s)).out.contains(u"FILL"));

    const Run asset = run(words(u"--json asset aapl"_s));
    QVERIFY2(asset.exitCode == 0, asset.describe());
    QCOMPARE(asset.object().value(u"symbol").toString(), u"AAPL"_s);
    QCOMPARE(asset.object().value(u"tradable").toBool(), true);
    QVERIFY(run(words(u"asset AAPL"_s)).out.contains(u"fractionable"));

    const Run bars = run(words(u"--json bars AAPL --limit 5"_s));
    QVERIFY2(bars.exitCode == 0, bars.describe());
    const QJsonArray list = bars.array();
    QCOMPARE(list.size(), 5);
    QString previous;
    for (const QJsonValue &bar : list) {
        const QString t = bar.toObject().value(u"t").toString();
        QVERIFY2(previous.isEmpty() || Timestamp::fromString(previous).value() < Timestamp::fromString(t).value(),
                 qPrintable(bars.out));
        QVERIFY(bar.toObject().value(u"c").isDouble() || bar.toObject().value(u"c").isString());
        previous = t;
    }
    // The newest bar is the exchange's today (2026-11-23), not this machine's.
    QVERIFY2(previous.startsWith(u"2026-11-23"), qPrintable(previous));
    const Run hourly = run(words(u"--json bars AAPL --timeframe 1Hour --limit 3"_s));
    QVERIFY2(hourly.exitCode == 0, hourly.describe());
    QCOMPARE(hourly.array().size(), 3);

    const Run closed = run(words(u"--json orders --status closed"_s));
    QVERIFY2(closed.exitCode == 0, closed.describe());
    QVERIFY(!closed.array().isEmpty());
    for (const QJsonValue &o : closed.array())
        QVERIFY(o.toObject().value(u"status").toString() != u"new");
    QCOMPARE(run(words(u"--json orders --status all --limit 1"_s)).array().size(), 1);

    const Run clock = run(words(u"--json clock"_s));
    QVERIFY2(clock.exitCode == 0, clock.describe());
    QCOMPARE(clock.object().value(u"is_open").toBool(), true);
    const Run positions = run(words(u"--json positions"_s));
    QVERIFY(positions.array().size() >= 1);
    const Run account = run(words(u"--json account"_s));
    QVERIFY(account.object().value(u"equity").isString()); // decimals as strings, Alpaca's way
}

void tst_Elsonctl::auditVerify()
{
    QVERIFY(run(words(u"order buy MSFT --qty 1 --dry-run"_s)).exitCode == 0);
    const Run verified = run(words(u"audit verify"_s));
    QVERIFY2(verified.exitCode == 0, verified.describe());
    QVERIFY(verified.out.contains(u"verified"));
    QFile file(m_journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray journal = file.readAll();
    QVERIFY(journal.contains("order.submit"));
    QVERIFY(journal.contains("order.preview")); // the dry runs are on record too
    QVERIFY(!journal.contains(TestSecret::base().toUtf8()));

    // A tampered copy fails verification, naming the record.
    const QString tampered = m_dir.filePath(u"tampered.jsonl"_s);
    QFile out(tampered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QByteArray edited = journal;
    const qsizetype at = edited.indexOf("\"symbol\":\"MSFT\"");
    QVERIFY(at > 0);
    edited.replace(at, 15, "\"symbol\":\"MSFX\"");
    out.write(edited);
    out.close();
    const Run bad = run(words(u"--json audit verify "_s + tampered));
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.object().value(u"ok").toBool(), false);
    QCOMPARE(bad.object().value(u"details").toObject().value(u"problem").toString(), u"hash"_s);

    // A small rotation size: the journal runs over several files and still verifies as one.
    const QString rotating = m_dir.filePath(u"rotating/audit.jsonl"_s);
    const Variables small{{u"ELSON_AUDIT_LOG"_s, rotating}, {u"ELSON_AUDIT_MAX_BYTES"_s, u"1000"_s}};
    for (int i = 0; i < 4; ++i) {
        const Run dry = run(words(u"order buy AAPL --qty 1 --dry-run"_s), Host::Paper, small);
        QVERIFY2(dry.exitCode == 0, dry.describe());
    }
    const Run set = run(words(u"--json audit verify "_s + rotating));
    QVERIFY2(set.exitCode == 0, set.describe());
    QVERIFY2(set.object().value(u"files").toInt() >= 2, set.describe());
    QVERIFY(QFile::exists(m_dir.filePath(u"rotating/audit.1.jsonl"_s)));
    QCOMPARE(run(words(u"account"_s), Host::Paper, {{u"ELSON_AUDIT_MAX_BYTES"_s, u"lots"_s}}).exitCode, 4);

    // A torn last line (a crash mid-write) is reported as torn.
    const QString torn = m_dir.filePath(u"torn.jsonl"_s);
    QFile tornFile(torn);
    QVERIFY(tornFile.open(QIODevice::WriteOnly));
    tornFile.write(journal + "{\"seq\":99999,\"time\":\"2026-");
    tornFile.close();
    const Run tornRun = run(words(u"--json audit verify "_s + torn));
    QCOMPARE(tornRun.exitCode, 1);
    QCOMPARE(tornRun.object().value(u"details").toObject().value(u"problem").toString(), u"torn"_s);
}

void tst_Elsonctl::embeddedExchangeKeepsItsState()
{
    // Without a key pair elsonctl trades the embedded exchange; two processes see one account.
    const Variables sim{{u"DEFAULT_BROKER"_s, u"sim"_s},
                                     {u"ELSON_CONFIG_DIR"_s, m_dir.filePath(u"embedded"_s)}};
    const Run placed = run(words(u"--json order buy AAPL --qty 1 --limit-price 1.00 --yes"_s),
                           Host::NoCredentials, sim);
    QVERIFY2(placed.exitCode == 0, placed.describe());
    const QString id = placed.object().value(u"id").toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(QFile::exists(m_dir.filePath(u"embedded/sim-state.json"_s)));
    const Run listed = run(words(u"orders"_s), Host::NoCredentials, sim);
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QVERIFY2(listed.out.contains(id), listed.describe());
    QVERIFY(run(words(u"cancel "_s + id), Host::NoCredentials, sim).exitCode == 0);
}

void tst_Elsonctl::credentialsRoundTrip()
{
    REQUIRE_KEYCHAIN();
    const QByteArray good = (PaperKey + u'\n' + m_paperSecret + u'\n').toUtf8();
    const QByteArray wrong = (PaperKey + u'\n' + m_paperSecret + u"-wrong\n"_s).toUtf8();

    // A key pair the host rejects is not saved.
    const Run rejected = run(words(u"credentials set"_s), Host::NoCredentials, {}, wrong);
    QVERIFY2(rejected.exitCode == 4, rejected.describe());
    const Run notThere = run(words(u"credentials test"_s), Host::NoCredentials);
    QVERIFY2(notThere.exitCode == 4, notThere.describe());

    // From standard input, validated against the paper host, then saved; shown masked.
    const Run saved = run(words(u"--json credentials set"_s), Host::NoCredentials, {}, good);
    QVERIFY2(saved.exitCode == 0, saved.describe());
    QCOMPARE(saved.object().value(u"key_id").toString(), u"PK…WXYZ"_s);
    QVERIFY(!saved.out.contains(PaperKey));
    QVERIFY(!saved.object().value(u"account_number").toString().isEmpty());
    QVERIFY2(run(words(u"credentials test"_s), Host::NoCredentials).exitCode == 0, "test");

    // With no key pair in the environment, the keychain's paper pair is used.
    const Run account = run(words(u"account"_s), Host::NoCredentials);
    QVERIFY2(account.exitCode == 0, account.describe());
    QVERIFY2(account.out.contains(u"paper"), account.describe());
    QVERIFY2(run(words(u"mode"_s), Host::NoCredentials).out.contains(u"mode: paper"), "mode");
    // The environment wins over the keychain.
    const Run environment = run(words(u"account"_s), Host::NoCredentials,
                                {{u"ALPACA_API_KEY"_s, PaperKey},
                                 {u"ALPACA_SECRET_KEY"_s, m_paperSecret + u"-other"_s}});
    QVERIFY2(environment.exitCode == 4, environment.describe()); // that pair is wrong: 401

    // Every change is journaled with the masked key id, never the secret.
    QFile file(m_journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray journal = file.readAll();
    QVERIFY(journal.contains("credentials.saved"));
    QVERIFY(journal.contains("credentials.refused"));
    QVERIFY(journal.contains("PK…WXYZ"));
    QVERIFY(!journal.contains(PaperKey.toUtf8()));
    QVERIFY(!journal.contains(TestSecret::base().toUtf8()));

    const Run cleared = run(words(u"credentials clear"_s), Host::NoCredentials);
    QVERIFY2(cleared.exitCode == 0, cleared.describe());
    QCOMPARE(run(words(u"credentials test"_s), Host::NoCredentials).exitCode, 4);
    QVERIFY(run(words(u"mode"_s), Host::NoCredentials).out.contains(u"mode: sim"));
    file.seek(0);
    QVERIFY(file.readAll().contains("credentials.cleared"));

    // From the environment (headless), and never from the command line.
    const Run fromEnvironment = run(words(u"credentials set"_s), Host::Paper);
    QVERIFY2(fromEnvironment.exitCode == 0, fromEnvironment.describe());
    QVERIFY2(run(words(u"credentials clear"_s), Host::NoCredentials).exitCode == 0, "clear");
    // Nothing on stdin and nothing in the environment: a usage error.
    QCOMPARE(run(words(u"credentials set"_s), Host::NoCredentials).exitCode, 64);
}

void tst_Elsonctl::liveFromTheKeychain()
{
    REQUIRE_KEYCHAIN();
    // A paper key is never stored as the live one, and nothing is asked of the host.
    const Run paperKey = run(words(u"--json credentials set --live"_s), Host::NoCredentials, {},
                             (PaperKey + u'\n' + m_paperSecret + u'\n').toUtf8());
    QVERIFY2(paperKey.exitCode == 4, paperKey.describe());
    QCOMPARE(paperKey.object().value(u"rule").toString(), u"gate.paper_key"_s);

    const Run saved = run(words(u"credentials set --live"_s), Host::NoCredentials, {},
                          (LiveKey + u'\n' + m_liveSecret + u'\n').toUtf8());
    QVERIFY2(saved.exitCode == 0, saved.describe());
    QVERIFY(saved.out.contains(u"AK…LIVE"));

    // Every gate open, the key pair from the keychain, the account number as confirmation.
    const Variables production{{u"ENVIRONMENT"_s, u"production"_s},
                                            {u"LIVE_TRADING_ENABLED"_s, u"true"_s},
                                            {u"USE_PAPER_TRADING"_s, u"false"_s}};
    const Run paperAccount = run(words(u"--json --live account"_s), Host::NoCredentials, production);
    QVERIFY2(paperAccount.exitCode == 4, paperAccount.describe()); // not confirmed
    QCOMPARE(paperAccount.object().value(u"rule").toString(), u"gate.not_confirmed"_s);
    const QString number = m_live->exchange()->account().accountNumber;
    const Run live = run({u"--live"_s, u"--confirm"_s, number, u"account"_s}, Host::NoCredentials,
                         production);
    QVERIFY2(live.exitCode == 0, live.describe());
    QVERIFY2(live.out.contains(u"live"), live.describe());
    QVERIFY2(run(words(u"credentials clear --live"_s), Host::NoCredentials).exitCode == 0, "clear");
    const Run gone = run({u"--live"_s, u"--confirm"_s, number, u"account"_s}, Host::NoCredentials,
                         production);
    QVERIFY2(gone.exitCode == 4 && gone.err.contains(u"gate.credentials_missing"), gone.describe());
}

void tst_Elsonctl::modeWithoutCredentials()
{
    const Run mode = run(words(u"mode"_s), Host::NoCredentials);
    QCOMPARE(mode.exitCode, 0);
    QVERIFY(mode.out.contains(u"mode: sim"));
    QVERIFY(mode.out.contains(u"gate.environment"));
}

void tst_Elsonctl::cancelAndClose()
{
    QVERIFY2(run(words(u"order buy MSFT --qty 1 --limit-price 1.00 --yes"_s)).exitCode == 0, "order");
    const Run cancelled = run(words(u"cancel --all"_s));
    QVERIFY2(cancelled.exitCode == 0, cancelled.describe());
    SimExchange::OrderQuery open;
    QCOMPARE(m_sim->exchange()->orders(open)->size(), 0);

    const Decimal held = m_sim->exchange()->position(u"AAPL"_s)->qty;
    const Run half = run(words(u"close AAPL --percentage 50"_s));
    QVERIFY2(half.exitCode == 0, half.describe());
    QCOMPARE(m_sim->exchange()->position(u"AAPL"_s)->qty * Decimal::fromInt(2), held);
    const Run all = run(words(u"--json close --all"_s));
    QVERIFY2(all.exitCode == 0, all.describe());
    QVERIFY(m_sim->exchange()->positions().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Elsonctl)
#include "tst_elsonctl.moc"
