// SPDX-License-Identifier: GPL-3.0-or-later
// Host configuration: Alpaca's defaults, the ALPACA_*_URL overrides read from an
// injected environment, and the rule that plain http:// is for loopback only.
#include "alpacaclient.h"
#include "alpacaendpoints.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace Elson;

class tst_AlpacaEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void checkBaseUrl_data();
    void checkBaseUrl();
    void loopbackHosts_data();
    void loopbackHosts();
    void environment_data();
    void environment();
    void streamUrls();
    void clientRefusesUnsafeOptions();
};

void tst_AlpacaEndpoints::defaults()
{
    const AlpacaEndpoints e = AlpacaEndpoints::defaults();
    QCOMPARE(e.paperTrading, QUrl(QStringLiteral("https://paper-api.alpaca.markets")));
    QCOMPARE(e.liveTrading, QUrl(QStringLiteral("https://api.alpaca.markets")));
    QCOMPARE(e.data, QUrl(QStringLiteral("https://data.alpaca.markets")));
    QCOMPARE(e.tradingUrl(TradingEnvironment::Paper), e.paperTrading);
    QCOMPARE(e.tradingUrl(TradingEnvironment::Live), e.liveTrading);
    // An empty environment changes nothing.
    const Result<AlpacaEndpoints> fromEmpty = AlpacaEndpoints::fromEnvironment(QProcessEnvironment());
    QVERIFY(fromEmpty.ok());
    QCOMPARE(fromEmpty.value(), e);
}

void tst_AlpacaEndpoints::checkBaseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("https") << "https://paper-api.alpaca.markets" << true
                           << "https://paper-api.alpaca.markets";
    QTest::newRow("https trailing slash") << "https://api.alpaca.markets/" << true
                                          << "https://api.alpaca.markets";
    QTest::newRow("https with port and prefix") << "https://proxy.example.com:8443/alpaca/" << true
                                                << "https://proxy.example.com:8443/alpaca";
    QTest::newRow("upper-case scheme") << "HTTPS://data.alpaca.markets" << true
                                       << "https://data.alpaca.markets";
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true << "http://127.0.0.1:8080";
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:80" << true << "http://127.1.2.3:80";
    QTest::newRow("http localhost") << "http://localhost:9000" << true << "http://localhost:9000";
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST:9000" << true << "http://localhost:9000";
    QTest::newRow("http ::1") << "http://[::1]:9000" << true << "http://[::1]:9000";
    QTest::newRow("surrounding spaces") << "  http://127.0.0.1:1  " << true << "http://127.0.0.1:1";

    QTest::newRow("http remote") << "http://paper-api.alpaca.markets" << false << "";
    QTest::newRow("http LAN address") << "http://192.168.1.10:8080" << false << "";
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false << "";
    QTest::newRow("http 0.0.0.0") << "http://0.0.0.0:8080" << false << "";
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.example" << false << "";
    QTest::newRow("http 127 lookalike name") << "http://127.0.0.1.nip.io" << false << "";
    QTest::newRow("ws scheme") << "ws://127.0.0.1:1" << false << "";
    QTest::newRow("ftp scheme") << "ftp://127.0.0.1" << false << "";
    QTest::newRow("no scheme") << "paper-api.alpaca.markets" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("user info") << "https://user:pw@api.alpaca.markets" << false << "";
    QTest::newRow("query") << "https://api.alpaca.markets?x=1" << false << "";
    QTest::newRow("fragment") << "https://api.alpaca.markets#x" << false << "";
    QTest::newRow("garbage") << "https://exa mple.com" << false << "";
}

void tst_AlpacaEndpoints::checkBaseUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, normalised);

    const Result<QUrl> url = AlpacaEndpoints::checkBaseUrl(text, QStringLiteral("ALPACA_PAPER_URL"));
    QCOMPARE(url.ok(), accepted);
    if (accepted) {
        QCOMPARE(url->toString(), normalised);
    } else {
        QCOMPARE(url.error().code, Error::Code::Validation);
        QCOMPARE(url.error().field, QStringLiteral("ALPACA_PAPER_URL"));
        QVERIFY(!url.error().message.isEmpty());
    }
}

void tst_AlpacaEndpoints::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.255.255.254") << "127.255.255.254" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("mapped ::ffff:127.0.0.1") << "::ffff:127.0.0.1" << true;
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
    QTest::newRow("::2") << "::2" << false;
    QTest::newRow("mapped ::ffff:10.0.0.1") << "::ffff:10.0.0.1" << false;
    QTest::newRow("example.com") << "example.com" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_AlpacaEndpoints::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(AlpacaEndpoints::isLoopbackHost(host), loopback);
}

void tst_AlpacaEndpoints::environment_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("live");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("failingVariable"); // empty: accepted
    QTest::addColumn<QString>("expectedPaper");
    QTest::addColumn<QString>("expectedDataStream");

    QTest::newRow("none") << "" << "" << "" << "" << "https://paper-api.alpaca.markets"
                          << "wss://stream.data.alpaca.markets";
    QTest::newRow("simulator") << "http://127.0.0.1:5000" << "" << "http://127.0.0.1:5000" << ""
                               << "http://127.0.0.1:5000" << "ws://127.0.0.1:5000";
    QTest::newRow("blank is unset") << "   " << "" << "" << ""
                                    << "https://paper-api.alpaca.markets"
                                    << "wss://stream.data.alpaca.markets";
    QTest::newRow("https data moves the stream") << "" << "" << "https://data.sandbox.alpaca.markets"
                                                 << "" << "https://paper-api.alpaca.markets"
                                                 << "wss://data.sandbox.alpaca.markets";
    QTest::newRow("paper remote http") << "http://evil.example.com" << "" << "" << "ALPACA_PAPER_URL"
                                       << "" << "";
    QTest::newRow("live remote http") << "" << "http://10.1.1.1" << "" << "ALPACA_LIVE_URL" << ""
                                      << "";
    QTest::newRow("data remote http") << "" << "" << "http://data.alpaca.markets"
                                      << "ALPACA_DATA_URL" << "" << "";
    QTest::newRow("data not a url") << "" << "" << "data" << "ALPACA_DATA_URL" << "" << "";
}

void tst_AlpacaEndpoints::environment()
{
    QFETCH(QString, paper);
    QFETCH(QString, live);
    QFETCH(QString, data);
    QFETCH(QString, failingVariable);
    QFETCH(QString, expectedPaper);
    QFETCH(QString, expectedDataStream);

    QProcessEnvironment env;
    env.insert(QStringLiteral("UNRELATED"), QStringLiteral("http://10.0.0.1"));
    if (!paper.isEmpty())
        env.insert(QStringLiteral("ALPACA_PAPER_URL"), paper);
    if (!live.isEmpty())
        env.insert(QStringLiteral("ALPACA_LIVE_URL"), live);
    if (!data.isEmpty())
        env.insert(QStringLiteral("ALPACA_DATA_URL"), data);

    const Result<AlpacaEndpoints> endpoints = AlpacaEndpoints::fromEnvironment(env);
    if (!failingVariable.isEmpty()) {
        QVERIFY(!endpoints.ok());
        QCOMPARE(endpoints.error().field, failingVariable);
        QVERIFY2(endpoints.error().message.contains(failingVariable)
                     || endpoints.error().message.contains(QStringLiteral("http")),
                 qPrintable(endpoints.error().message));
        return;
    }
    QVERIFY2(endpoints.ok(), qPrintable(endpoints.error().toString()));
    QCOMPARE(endpoints->paperTrading.toString(), expectedPaper);
    QCOMPARE(endpoints->dataStream.toString(), expectedDataStream);
}

void tst_AlpacaEndpoints::streamUrls()
{
    AlpacaEndpoints e = AlpacaEndpoints::defaults();
    QCOMPARE(e.tradingStreamUrl(TradingEnvironment::Paper).toString(),
             QStringLiteral("wss://paper-api.alpaca.markets/stream"));
    QCOMPARE(e.tradingStreamUrl(TradingEnvironment::Live).toString(),
             QStringLiteral("wss://api.alpaca.markets/stream"));
    QCOMPARE(e.marketDataStreamUrl(QStringLiteral("iex")).toString(),
             QStringLiteral("wss://stream.data.alpaca.markets/v2/iex"));

    QProcessEnvironment env;
    env.insert(QStringLiteral("ALPACA_PAPER_URL"), QStringLiteral("http://127.0.0.1:4321"));
    env.insert(QStringLiteral("ALPACA_DATA_URL"), QStringLiteral("http://127.0.0.1:4321"));
    e = AlpacaEndpoints::fromEnvironment(env).value();
    QCOMPARE(e.tradingStreamUrl(TradingEnvironment::Paper).toString(),
             QStringLiteral("ws://127.0.0.1:4321/stream"));
    QCOMPARE(e.marketDataStreamUrl(QStringLiteral("sip")).toString(),
             QStringLiteral("ws://127.0.0.1:4321/v2/sip"));
}

void tst_AlpacaEndpoints::clientRefusesUnsafeOptions()
{
    // Options built in code obey the same rule as the environment.
    AlpacaClient::Options options;
    options.endpoints.paperTrading = QUrl(QStringLiteral("http://paper-api.alpaca.markets"));
    AlpacaClient client(Credentials(QStringLiteral("PKKEY0000001"), QStringLiteral("secret")),
                        options);
    QVERIFY(client.configurationError().has_value());
    QCOMPARE(client.configurationError()->field, QStringLiteral("ALPACA_PAPER_URL"));

    // Every call fails at once, and nothing is sent.
    QFuture<Result<Account>> account = client.account();
    QVERIFY(account.isFinished());
    QVERIFY(!account.result().ok());
    QCOMPARE(account.result().error().code, Error::Code::Validation);
    QCOMPARE(client.pendingRequests(), 0);

    AlpacaClient noKeys{Credentials(), AlpacaClient::Options()};
    QVERIFY(noKeys.configurationError().has_value());
    QCOMPARE(noKeys.configurationError()->code, Error::Code::Unauthorized);
}

QTEST_GUILESS_MAIN(tst_AlpacaEndpoints)
#include "tst_alpacaendpoints.moc"
