// SPDX-License-Identifier: GPL-3.0-or-later
// The typed settings wrapper: defaults, a round trip through a real INI file, change
// signals, damaged values, and the checks the settings dialog relies on.
#include "appsettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Elson;
using namespace Qt::StringLiterals;

using LimitsMutation = std::function<void(UserLimits &)>;
Q_DECLARE_METATYPE(LimitsMutation)
Q_DECLARE_METATYPE(Elson::AppSettings::PollingIntervals)

namespace {

Decimal D(const char *text)
{
    return Decimal::fromLiteral(text);
}

} // namespace

class tst_AppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void roundTrip();
    void settingTheSameValueIsNotAChange();
    void noLimitIsNotTheDefault();
    void damagedValuesReadAsDefaults();
    void unknownChoicesAreRefused();
    void validateLimits_data();
    void validateLimits();
    void validatePolling_data();
    void validatePolling();

private:
    QString path() const { return m_dir->filePath(u"elson.ini"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_AppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_AppSettings::defaults()
{
    AppSettings settings(path());
    QCOMPARE(settings.pollingIntervals(), AppSettings::PollingIntervals());
    QCOMPARE(settings.pollingIntervals().ordersMs, 2'000);
    QCOMPARE(settings.dataFeed(), u"iex"_s);
    QCOMPARE(settings.theme(), u"system"_s);
    QCOMPARE(settings.language(), u"system"_s);
    QCOMPARE(settings.limits(), UserLimits());
    QCOMPARE(settings.limits().maxPositionValue, std::optional(D("50000")));
    QVERIFY(settings.reviewPaperOrders());
    QCOMPARE(settings.liveIdleTimeoutMinutes(), 15);
    QCOMPARE(settings.watchlistSymbols(), AppSettings::defaultWatchlist());
    QVERIFY(!settings.layoutLocked());
    QVERIFY(!AppSettings::validateLimits(settings.limits()));
    QVERIFY(!AppSettings::validatePolling(settings.pollingIntervals()));
}

void tst_AppSettings::roundTrip()
{
    AppSettings::PollingIntervals polling { 3'000, 4'000, 1'500, 60'000, 750 };
    UserLimits limits;
    limits.maxOrderValue = D("12500.50");
    limits.maxOrderQty = D("250");
    limits.maxPositionValue = D("40000");
    limits.maxDailyLoss = D("1500");
    limits.priceCollarPercent = D("7.5");
    limits.duplicateWindowSeconds = 120;
    limits.allowedSymbols = { u"AAPL"_s, u"BRK.B"_s, u"MSFT"_s };
    {
        AppSettings settings(path());
        QSignalSpy limitsSpy(&settings, &AppSettings::limitsChanged);
        QSignalSpy pollingSpy(&settings, &AppSettings::pollingIntervalsChanged);
        QSignalSpy feedSpy(&settings, &AppSettings::dataFeedChanged);
        QSignalSpy themeSpy(&settings, &AppSettings::themeChanged);
        QSignalSpy languageSpy(&settings, &AppSettings::languageChanged);
        QSignalSpy reviewSpy(&settings, &AppSettings::reviewPaperOrdersChanged);
        QSignalSpy idleSpy(&settings, &AppSettings::liveIdleTimeoutChanged);
        QSignalSpy watchSpy(&settings, &AppSettings::watchlistChanged);
        QSignalSpy layoutSpy(&settings, &AppSettings::layoutLockedChanged);
        settings.setPollingIntervals(polling);
        settings.setDataFeed(u"sip"_s);
        settings.setTheme(u"dark"_s);
        settings.setLanguage(u"de"_s);
        settings.setLimits(limits);
        settings.setReviewPaperOrders(false);
        settings.setLiveIdleTimeoutMinutes(30);
        settings.setWatchlistSymbols({ u"tsla"_s, u"AAPL"_s, u" amd "_s, u"AAPL"_s });
        settings.setLayoutLocked(true);
        settings.sync();
        QCOMPARE(limitsSpy.count(), 1);
        QCOMPARE(limitsSpy.at(0).at(0).value<UserLimits>(), limits);
        QCOMPARE(pollingSpy.count(), 1);
        QCOMPARE(feedSpy.count(), 1);
        QCOMPARE(themeSpy.count(), 1);
        QCOMPARE(themeSpy.at(0).at(0).toString(), u"dark"_s);
        QCOMPARE(languageSpy.count(), 1);
        QCOMPARE(reviewSpy.count(), 1);
        QCOMPARE(idleSpy.count(), 1);
        QCOMPARE(watchSpy.count(), 1);
        QCOMPARE(layoutSpy.count(), 1);
        QCOMPARE(settings.settings().status(), QSettings::NoError);
    }
    AppSettings reread(path());
    QCOMPARE(reread.pollingIntervals(), polling);
    QCOMPARE(reread.dataFeed(), u"sip"_s);
    QCOMPARE(reread.theme(), u"dark"_s);
    QCOMPARE(reread.language(), u"de"_s);
    QCOMPARE(reread.limits(), limits);
    // Decimals keep their digits: "12500.50", not a float.
    QCOMPARE(reread.limits().maxOrderValue->toString(), u"12500.50"_s);
    QVERIFY(!reread.reviewPaperOrders());
    QCOMPARE(reread.liveIdleTimeoutMinutes(), 30);
    QCOMPARE(reread.watchlistSymbols(), (QStringList { u"TSLA"_s, u"AAPL"_s, u"AMD"_s }));
    QVERIFY(reread.layoutLocked());
    // The file is plain text with the documented keys.
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("maxOrderValue=12500.50"));
    QVERIFY(text.contains("theme=dark"));
}

void tst_AppSettings::settingTheSameValueIsNotAChange()
{
    AppSettings settings(path());
    QSignalSpy limitsSpy(&settings, &AppSettings::limitsChanged);
    QSignalSpy themeSpy(&settings, &AppSettings::themeChanged);
    QSignalSpy watchSpy(&settings, &AppSettings::watchlistChanged);
    settings.setLimits(UserLimits());
    settings.setTheme(u"system"_s);
    QCOMPARE(limitsSpy.count(), 0);
    QCOMPARE(themeSpy.count(), 0);
    // An empty watchlist is kept as empty, not turned back into the default.
    settings.setWatchlistSymbols({});
    QCOMPARE(watchSpy.count(), 1);
    QVERIFY(settings.watchlistSymbols().isEmpty());
    AppSettings reread(path());
    QVERIFY(reread.watchlistSymbols().isEmpty());
}

void tst_AppSettings::noLimitIsNotTheDefault()
{
    {
        AppSettings settings(path());
        UserLimits limits;
        limits.maxPositionValue.reset(); // the user removed the $50,000 default
        limits.priceCollarPercent.reset();
        settings.setLimits(limits);
        settings.sync();
    }
    AppSettings reread(path());
    QVERIFY(!reread.limits().maxPositionValue);
    QVERIFY(!reread.limits().priceCollarPercent);
}

void tst_AppSettings::damagedValuesReadAsDefaults()
{
    {
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(u"polling/accountMs"_s, u"soon"_s);
        raw.setValue(u"limits/maxPositionValue"_s, u"lots"_s);
        raw.setValue(u"limits/maxOrderValue"_s, u"1e400"_s);
        raw.setValue(u"appearance/theme"_s, u"neon"_s);
        raw.setValue(u"trading/liveIdleTimeoutMinutes"_s, 100000);
        raw.sync();
    }
    AppSettings settings(path());
    QCOMPARE(settings.pollingIntervals().accountMs, 5'000);
    // A damaged limit keeps its default rather than vanishing.
    QCOMPARE(settings.limits().maxPositionValue, UserLimits::defaultMaxPositionValue());
    QVERIFY(!settings.limits().maxOrderValue);
    QCOMPARE(settings.theme(), u"system"_s);
    QCOMPARE(settings.liveIdleTimeoutMinutes(), 15);
}

void tst_AppSettings::unknownChoicesAreRefused()
{
    AppSettings settings(path());
    QSignalSpy feedSpy(&settings, &AppSettings::dataFeedChanged);
    settings.setDataFeed(u"otc"_s);
    settings.setLanguage(u"fr"_s);
    settings.setLiveIdleTimeoutMinutes(0);
    QCOMPARE(feedSpy.count(), 0);
    QCOMPARE(settings.dataFeed(), u"iex"_s);
    QCOMPARE(settings.language(), u"system"_s);
    QCOMPARE(settings.liveIdleTimeoutMinutes(), 15);
}

void tst_AppSettings::validateLimits_data()
{
    QTest::addColumn<LimitsMutation>("mutation");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");

    QTest::newRow("defaults") << LimitsMutation([](UserLimits &) {}) << QString() << QString();
    QTest::newRow("no limits at all") << LimitsMutation([](UserLimits &l) {
        l = UserLimits();
        l.maxPositionValue.reset();
        l.priceCollarPercent.reset();
        l.duplicateWindowSeconds = 0;
    }) << QString() << QString();
    QTest::newRow("zero order value")
        << LimitsMutation([](UserLimits &l) { l.maxOrderValue = D("0"); })
        << u"limits/maxOrderValue"_s << u"Maximum order value must be greater than zero"_s;
    QTest::newRow("negative quantity")
        << LimitsMutation([](UserLimits &l) { l.maxOrderQty = D("-1"); }) << u"limits/maxOrderQty"_s
        << u"Maximum order quantity must be greater than zero"_s;
    QTest::newRow("negative daily loss")
        << LimitsMutation([](UserLimits &l) { l.maxDailyLoss = D("-100"); })
        << u"limits/maxDailyLoss"_s << u"Maximum daily loss must be greater than zero"_s;
    QTest::newRow("collar zero") << LimitsMutation([](UserLimits &l) {
        l.priceCollarPercent = D("0");
    }) << u"limits/priceCollarPercent"_s
                                 << u"Price collar must be greater than zero"_s;
    QTest::newRow("collar over 100")
        << LimitsMutation([](UserLimits &l) { l.priceCollarPercent = D("150"); })
        << u"limits/priceCollarPercent"_s << u"at most 100 percent (it is 150)"_s;
    QTest::newRow("duplicate window too long")
        << LimitsMutation([](UserLimits &l) { l.duplicateWindowSeconds = 7200; })
        << u"limits/duplicateWindowSeconds"_s << u"between 0 (off) and 3600 seconds"_s;
    QTest::newRow("bad allowed symbol") << LimitsMutation([](UserLimits &l) {
        l.allowedSymbols = { u"AAPL"_s, u"12X"_s };
    }) << u"limits/allowedSymbols"_s << u"\"12X\" is not a ticker"_s;
}

void tst_AppSettings::validateLimits()
{
    QFETCH(LimitsMutation, mutation);
    QFETCH(QString, key);
    QFETCH(QString, message);
    UserLimits limits;
    mutation(limits);
    const std::optional<Error> error = AppSettings::validateLimits(limits);
    if (key.isEmpty()) {
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        return;
    }
    QVERIFY(error);
    QCOMPARE(error->field, key);
    QVERIFY2(error->message.contains(message), qPrintable(error->message));
}

void tst_AppSettings::validatePolling_data()
{
    QTest::addColumn<AppSettings::PollingIntervals>("polling");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");

    QTest::newRow("defaults") << AppSettings::PollingIntervals() << QString() << QString();
    QTest::newRow("orders too often")
        << AppSettings::PollingIntervals { 5'000, 5'000, 500, 30'000, 2'000 }
        << u"polling/ordersMs"_s << u"Orders polling must be every 1 to 3600 seconds"_s;
    QTest::newRow("quotes at the floor")
        << AppSettings::PollingIntervals { 5'000, 5'000, 2'000, 30'000, 500 } << QString()
        << QString();
    QTest::newRow("quotes too often")
        << AppSettings::PollingIntervals { 5'000, 5'000, 2'000, 30'000, 400 }
        << u"polling/quotesMs"_s << u"Quotes polling must be every 0.5 to 3600 seconds"_s;
    QTest::newRow("clock too rarely")
        << AppSettings::PollingIntervals { 5'000, 5'000, 2'000, 4'000'000, 2'000 }
        << u"polling/clockMs"_s << u"Clock polling"_s;
    // 60 + 60 + 60 + 60 = 240 requests a minute: over the budget; the busiest is named.
    QTest::newRow("over the request budget")
        << AppSettings::PollingIntervals { 1'000, 1'000, 1'000, 1'000, 2'000 }
        << u"polling/accountMs"_s << u"240 requests a minute"_s;
    QTest::newRow("just under the budget")
        << AppSettings::PollingIntervals { 3'000, 3'000, 1'000, 60'000, 1'000 } << QString()
        << QString();
}

void tst_AppSettings::validatePolling()
{
    QFETCH(AppSettings::PollingIntervals, polling);
    QFETCH(QString, key);
    QFETCH(QString, message);
    const std::optional<Error> error = AppSettings::validatePolling(polling);
    if (key.isEmpty()) {
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        return;
    }
    QVERIFY(error);
    QCOMPARE(error->field, key);
    QVERIFY2(error->message.contains(message), qPrintable(error->message));
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
