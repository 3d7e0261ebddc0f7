// SPDX-License-Identifier: GPL-3.0-or-later
// AccountModel: the figures as (label, value) rows, day P&L with its percentage and
// colour, the legacy PDT rows appearing and going, and value-only dataChanged.
#include "accountmodel.h"
#include "cellformat.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Elson;

namespace {

Decimal dec(const char *text)
{
    return Decimal::fromLiteral(text);
}

Account makeAccount()
{
    Account a;
    a.id = QStringLiteral("acct");
    a.accountNumber = QStringLiteral("PA1234567");
    a.status = AccountStatus::Active;
    a.currency = QStringLiteral("USD");
    a.cash = dec("50000");
    a.equity = dec("101000");
    a.lastEquity = dec("100000");
    a.longMarketValue = dec("51000");
    a.shortMarketValue = dec("0");
    a.buyingPower = dec("202000");
    a.regtBuyingPower = dec("202000");
    a.multiplier = dec("2");
    a.initialMargin = dec("25500");
    a.maintenanceMargin = dec("15300");
    return a;
}

QStringList keysOf(const AccountModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(AccountModel::IdRole).toString());
    return out;
}

} // namespace

class tst_AccountModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAndText();
    void legacyPdtRowsComeAndGo();
    void equityChangeSignalsOnlyItsValues();
    void blockedAccountIsFlagged();
};

void tst_AccountModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_AccountModel::rowsAndText()
{
    AccountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(makeAccount());
    QCOMPARE(keysOf(model),
             QStringList({QStringLiteral("status"), QStringLiteral("equity"), QStringLiteral("day_pl"),
                          QStringLiteral("cash"), QStringLiteral("buying_power"),
                          QStringLiteral("regt_buying_power"), QStringLiteral("long_market_value"),
                          QStringLiteral("short_market_value"), QStringLiteral("initial_margin"),
                          QStringLiteral("maintenance_margin"), QStringLiteral("multiplier"),
                          QStringLiteral("account_number")}));
    const auto value = [&](const char *key) {
        return model.index(model.rowOf(QLatin1StringView(key)), AccountModel::Value).data().toString();
    };
    const auto label = [&](const char *key) {
        return model.index(model.rowOf(QLatin1StringView(key)), AccountModel::Label).data().toString();
    };
    QCOMPARE(label("equity"), QStringLiteral("Equity"));
    QCOMPARE(value("equity"), QStringLiteral("$101,000.00"));
    QCOMPARE(label("day_pl"), QStringLiteral("Day P&L"));
    QCOMPARE(value("day_pl"), QStringLiteral("+$1,000.00 (+1.00%)"));
    QCOMPARE(value("multiplier"), QStringLiteral("2"));
    QCOMPARE(value("status"), QStringLiteral("Active"));
    QCOMPARE(value("account_number"), QStringLiteral("PA1234567"));
    const QModelIndex dayPl = model.index(model.rowOf(QStringLiteral("day_pl")), AccountModel::Value);
    QCOMPARE(dayPl.data(Qt::ForegroundRole).value<QColor>(), CellFormat::color(CellFormat::Tone::Gain));
    QCOMPARE(dayPl.data(AccountModel::SortRole).toLongLong(), qint64(1000) * Decimal::UnitsPerOne);
    QCOMPARE(dayPl.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);

    Account loss = makeAccount();
    loss.equity = dec("99500.5");
    model.apply(loss);
    QCOMPARE(value("day_pl"), QStringLiteral("-$499.50 (-0.50%)"));
    QCOMPARE(dayPl.data(Qt::ForegroundRole).value<QColor>(), CellFormat::color(CellFormat::Tone::Loss));
}

void tst_AccountModel::legacyPdtRowsComeAndGo()
{
    AccountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.apply(makeAccount());
    QCOMPARE(model.rowOf(QStringLiteral("daytrade_count")), -1);

    Account legacy = makeAccount();
    legacy.daytradeCount = 3;
    legacy.patternDayTrader = true;
    legacy.daytradingBuyingPower = dec("404000");
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.apply(legacy);
    QCOMPARE(inserted.size(), 2); // day-trading BP after buying power; count and flag together
    QCOMPARE(model.rowOf(QStringLiteral("daytrading_buying_power")),
             model.rowOf(QStringLiteral("buying_power")) + 1);
    const QModelIndex flag = model.index(model.rowOf(QStringLiteral("pattern_day_trader")), AccountModel::Value);
    QCOMPARE(flag.data().toString(), QStringLiteral("Yes"));
    QCOMPARE(flag.data(Qt::ForegroundRole).value<QColor>(), CellFormat::color(CellFormat::Tone::Attention));
    QCOMPARE(model.index(model.rowOf(QStringLiteral("daytrade_count")), AccountModel::Value).data().toString(),
             QStringLiteral("3"));

    model.apply(makeAccount());
    QCOMPARE(model.rowOf(QStringLiteral("pattern_day_trader")), -1);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(reset.size(), 0);
}

void tst_AccountModel::equityChangeSignalsOnlyItsValues()
{
    AccountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(makeAccount());
    Account next = makeAccount();
    next.equity = dec("101500");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.apply(next);
    QSet<QPair<int, int>> cells;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto tl = args.at(0).value<QModelIndex>();
        const auto br = args.at(1).value<QModelIndex>();
        for (int r = tl.row(); r <= br.row(); ++r)
            for (int c = tl.column(); c <= br.column(); ++c)
                cells.insert({r, c});
    }
    QCOMPARE(cells, (QSet<QPair<int, int>>{{model.rowOf(QStringLiteral("equity")), AccountModel::Value},
                                           {model.rowOf(QStringLiteral("day_pl")), AccountModel::Value}}));
}

void tst_AccountModel::blockedAccountIsFlagged()
{
    AccountModel model;
    Account blocked = makeAccount();
    blocked.tradingBlocked = true;
    model.apply(blocked);
    const QModelIndex status = model.index(model.rowOf(QStringLiteral("status")), AccountModel::Value);
    QCOMPARE(status.data().toString(), QStringLiteral("Active, trading blocked"));
    QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(), CellFormat::color(CellFormat::Tone::Loss));
}

QTEST_MAIN(tst_AccountModel)
#include "tst_accountmodel.moc"
