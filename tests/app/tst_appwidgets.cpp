// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's small widgets: the status countdown, the replace and close dialogs'
// rules (named field, nothing lost), the mode badge and the live confirmation dialog.
#include "brokerconfig.h"
#include "closepositiondialog.h"
#include "modebadge.h"
#include "modeswitchdialog.h"
#include "replaceorderdialog.h"
#include "statuspanel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Elson;

namespace {

Order workingLimit(const QString &qty, const QString &filled)
{
    Order order;
    order.id = QStringLiteral("order-1");
    order.symbol = QStringLiteral("AAPL");
    order.type = OrderType::Limit;
    order.qty = Decimal::fromString(qty).value();
    order.filledQty = Decimal::fromString(filled).value();
    order.limitPrice = Decimal::fromString(u"187.50").value();
    order.status = OrderStatus::PartiallyFilled;
    return order;
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class tst_AppWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duration_data();
    void duration();
    void badgeColoursAreDistinct();
    void replaceRules_data();
    void replaceRules();
    void closeRules_data();
    void closeRules();
    void modeSwitchBlocksOnFailedGates();
    void modeSwitchNeedsTheAccountNumber();
};

void tst_AppWidgets::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0m 00s");
    QTest::newRow("seconds") << qint64(42) << QStringLiteral("0m 42s");
    QTest::newRow("minutes") << qint64(250) << QStringLiteral("4m 10s");
    QTest::newRow("hours") << qint64(2 * 3600 + 5 * 60 + 9) << QStringLiteral("2h 05m");
    QTest::newRow("days") << qint64(3 * 86400 + 7200) << QStringLiteral("3d 2h");
}

void tst_AppWidgets::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(StatusPanel::duration(seconds), text);
}

void tst_AppWidgets::badgeColoursAreDistinct()
{
    ModeBadge badge;
    badge.setMode(Broker::Mode::Live);
    QCOMPARE(badge.QLabel::text(), QStringLiteral("LIVE"));
    QVERIFY(ModeBadge::colour(Broker::Mode::Live) != ModeBadge::colour(Broker::Mode::Paper));
    QVERIFY(ModeBadge::colour(Broker::Mode::Paper) != ModeBadge::colour(Broker::Mode::Sim));
    QVERIFY(ModeBadge::colour(Broker::Mode::Live).red() > 150); // red means live
}

void tst_AppWidgets::replaceRules_data()
{
    QTest::addColumn<QString>("qty");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message"); // part of the message naming the field or rule
    // The order: 10 shares, 4 filled, limit 187.50.
    QTest::newRow("unchanged sends nothing") << QStringLiteral("10") << QStringLiteral("187.50") << false
                                             << QString();
    QTest::newRow("new limit") << QStringLiteral("10") << QStringLiteral("186") << true << QString();
    QTest::newRow("more shares") << QStringLiteral("12") << QStringLiteral("187.50") << true << QString();
    QTest::newRow("below filled") << QStringLiteral("3") << QStringLiteral("187.50") << false
                                  << QStringLiteral("already filled");
    QTest::newRow("equal to filled") << QStringLiteral("4") << QStringLiteral("187.50") << false
                                     << QStringLiteral("already filled");
    QTest::newRow("zero limit") << QStringLiteral("10") << QStringLiteral("0") << false
                                << QStringLiteral("Limit price");
    QTest::newRow("not a number") << QStringLiteral("ten") << QStringLiteral("187.50") << false
                                  << QStringLiteral("Quantity");
}

void tst_AppWidgets::replaceRules()
{
    QFETCH(QString, qty);
    QFETCH(QString, limit);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ReplaceOrderDialog dialog(workingLimit(QStringLiteral("10"), QStringLiteral("4")));
    auto *qtyEdit = dialog.findChild<QLineEdit *>(QStringLiteral("qty"));
    auto *limitEdit = dialog.findChild<QLineEdit *>(QStringLiteral("limit_price"));
    QVERIFY(qtyEdit && limitEdit);
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("stop_price"))->isEnabled());
    qtyEdit->setText(qty);
    limitEdit->setText(limit);
    QCOMPARE(okButton(&dialog)->isEnabled(), ok);
    const QString problem = dialog.validate();
    if (!message.isEmpty())
        QVERIFY2(problem.contains(message), qPrintable(problem));
    // Nothing the user typed is lost by a refusal.
    QCOMPARE(qtyEdit->text(), qty);
    QCOMPARE(limitEdit->text(), limit);
    if (ok) {
        const ReplaceOrderRequest request = dialog.request();
        QVERIFY(!request.isEmpty());
        QCOMPARE(request.qty.has_value(), qty != u"10");
        QCOMPARE(request.limitPrice.has_value(), limit != u"187.50");
    }
}

void tst_AppWidgets::closeRules_data()
{
    QTest::addColumn<int>("how"); // 0 all, 1 qty, 2 percentage
    QTest::addColumn<QString>("amount");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::newRow("all") << 0 << QString() << true << QString();
    QTest::newRow("some shares") << 1 << QStringLiteral("5") << true << QString();
    QTest::newRow("fractional") << 1 << QStringLiteral("0.5") << true << QString();
    QTest::newRow("too many") << 1 << QStringLiteral("11") << false << QStringLiteral("10 shares held");
    QTest::newRow("half") << 2 << QStringLiteral("50") << true << QString();
    QTest::newRow("over 100%") << 2 << QStringLiteral("150") << false << QStringLiteral("at most 100");
    QTest::newRow("zero") << 2 << QStringLiteral("0") << false << QStringLiteral("Percentage");
    QTest::newRow("empty qty") << 1 << QString() << false << QStringLiteral("Quantity");
}

void tst_AppWidgets::closeRules()
{
    QFETCH(int, how);
    QFETCH(QString, amount);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Position position;
    position.symbol = QStringLiteral("AAPL");
    position.qty = Decimal::fromInt(10);
    ClosePositionDialog dialog(position);
    dialog.findChild<QComboBox *>(QStringLiteral("closeHow"))->setCurrentIndex(how);
    dialog.findChild<QLineEdit *>(QStringLiteral("closeAmount"))->setText(amount);
    QCOMPARE(okButton(&dialog)->isEnabled(), ok);
    const QString problem = dialog.validate();
    if (!message.isEmpty())
        QVERIFY2(problem.contains(message), qPrintable(problem));
    if (ok) {
        const ClosePositionRequest request = dialog.request();
        QCOMPARE(request.qty.has_value(), how == 1);
        QCOMPARE(request.percentage.has_value(), how == 2);
    }
}

void tst_AppWidgets::modeSwitchBlocksOnFailedGates()
{
    BrokerConfig config; // development: the environment gate fails
    TradingGate::Evaluation evaluation;
    evaluation.failed = {TradingGate::Gate::Environment, TradingGate::Gate::LiveDisabled,
                         TradingGate::Gate::NotValidated};
    ModeSwitchDialog dialog(evaluation, config);
    QVERIFY(dialog.blockedByGate());
    dialog.findChild<QLineEdit *>(QStringLiteral("accountNumber"))->setText(QStringLiteral("123"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    auto *gates = dialog.findChild<QListWidget *>(QStringLiteral("gateList"));
    QCOMPARE(gates->count(), TradingGate::gates().size());
}

void tst_AppWidgets::modeSwitchNeedsTheAccountNumber()
{
    BrokerConfig config;
    config.environment = DeploymentEnvironment::Production;
    config.liveTradingEnabled = true;
    config.usePaperTrading = false;
    TradingGate::Evaluation evaluation;
    evaluation.failed = {TradingGate::Gate::NotValidated, TradingGate::Gate::NotConfirmed};
    ModeSwitchDialog dialog(evaluation, config);
    QVERIFY(!dialog.blockedByGate());
    QVERIFY(!okButton(&dialog)->isEnabled());
    // Enter must not switch to live: Cancel is the default button.
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isDefault());
    auto *account = dialog.findChild<QLineEdit *>(QStringLiteral("accountNumber"));
    QTest::keyClicks(account, QStringLiteral("  PA123456 "));
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.confirmation(), QStringLiteral("PA123456"));
}

QTEST_MAIN(tst_AppWidgets)
#include "tst_appwidgets.moc"
