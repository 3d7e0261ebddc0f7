// SPDX-License-Identifier: GPL-3.0-or-later
// The main window over a real in-process exchange on 127.0.0.1: stable dock names, layout
// save/restore and lock, the live request cancelled (the mode stays), the entry lock, and
// an order from the ticket reaching the exchange and the orders model.
#include "../broker/brokertestsupport.h"
#include "appsettings.h"
#include "auditjournal.h"
#include "mainwindow.h"
#include "modebadge.h"
#include "modeswitchdialog.h"
#include "ordersmodel.h"
#include "orderreviewdialog.h"
#include "orderticket.h"
#include "portfolioservice.h"
#include "simbroker.h"
#include "stalebanner.h"
#include "tradingsession.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Elson;
using namespace BrokerTest;

namespace {

QStringList journalActions(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList actions;
    while (!file.atEnd())
        actions.append(QJsonDocument::fromJson(file.readLine()).object().value(u"action").toString());
    return actions;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void docksHaveStableUniqueNames();
    void firstRefreshFillsTheWindow();
    void layoutIsSavedRestoredAndReset();
    void lockLayoutFreezesDocks();
    void cancellingTheLiveRequestKeepsTheMode();
    void entryLockDisablesSubmitAndShowsTheBanner();
    void orderFromTheTicketReachesTheExchange();

private:
    void startWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<TradingSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setReviewPaperOrders(false);
    const Result<BrokerFactory::Configuration> configuration =
        BrokerFactory::configurationFrom(QProcessEnvironment());
    QVERIFY(configuration.ok());
    m_session = std::make_unique<TradingSession>(configuration.value(),
                                                 m_dir->filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(m_session->openJournal().ok());
    Result<std::unique_ptr<SimBroker>> broker = SimBroker::create(simOptions());
    QVERIFY2(broker.ok(), qPrintable(broker.error().toString()));
    m_session->setBroker(BrokerFactory::BrokerPtr(std::move(broker.value())));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_MainWindow::startWindow()
{
    m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get());
    QSignalSpy shown(m_window.get(), &MainWindow::firstRefreshShown);
    m_window->show();
    m_window->startServices();
    QVERIFY(shown.wait(WaitMs));
}

void tst_MainWindow::docksHaveStableUniqueNames()
{
    startWindow();
    QSet<QString> names;
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 9);
    for (QDockWidget *dock : docks) {
        QVERIFY(!dock->objectName().isEmpty());
        QVERIFY2(!names.contains(dock->objectName()), qPrintable(dock->objectName()));
        names.insert(dock->objectName());
    }
    for (const char *name : {"accountDock", "positionsDock", "ordersDock", "fillsDock", "watchlistDock",
                             "chartDock", "auditDock", "logDock", "ticketDock"})
        QVERIFY2(names.contains(QLatin1StringView(name)), name);
}

void tst_MainWindow::firstRefreshFillsTheWindow()
{
    startWindow();
    QCOMPARE(m_window->modeBadge()->mode(), Broker::Mode::Sim);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("SIM")));
    QVERIFY(m_window->portfolio()->account().has_value());
    // The first-run hint: no keys, so the embedded simulator is explained.
    QVERIFY(m_window->banner()->isVisible() || !m_window->banner()->message().isEmpty());
}

void tst_MainWindow::layoutIsSavedRestoredAndReset()
{
    startWindow();
    auto *log = m_window->findChild<QDockWidget *>(QStringLiteral("logDock"));
    auto *watch = m_window->findChild<QDockWidget *>(QStringLiteral("watchlistDock"));
    QVERIFY(log && watch);
    log->close();
    watch->setFloating(true);
    m_window->saveLayout();
    m_window.reset();

    m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get());
    QVERIFY(m_window->restoreLayout());
    m_window->show();
    log = m_window->findChild<QDockWidget *>(QStringLiteral("logDock"));
    watch = m_window->findChild<QDockWidget *>(QStringLiteral("watchlistDock"));
    QVERIFY(!log->isVisible());
    QVERIFY(watch->isFloating());

    m_window->resetLayout();
    QVERIFY(!watch->isFloating());
    QVERIFY(!log->isHidden());
}

void tst_MainWindow::lockLayoutFreezesDocks()
{
    startWindow();
    m_window->setLayoutLocked(true);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QCOMPARE(dock->features(), QDockWidget::NoDockWidgetFeatures);
    QVERIFY(m_settings->layoutLocked());
    m_window->setLayoutLocked(false);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetMovable));
}

void tst_MainWindow::cancellingTheLiveRequestKeepsTheMode()
{
    startWindow();
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&sawDialog] {
        auto *dialog = qobject_cast<ModeSwitchDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        // The development environment fails the first gate: OK cannot be pressed.
        QVERIFY(dialog->blockedByGate());
        dialog->reject();
    });
    m_window->requestLiveMode();
    QVERIFY(sawDialog);
    QCOMPARE(m_session->mode(), Broker::Mode::Sim);
    QCOMPARE(m_window->modeBadge()->mode(), Broker::Mode::Sim);
    QVERIFY(journalActions(m_session->journalPath()).contains(QStringLiteral("mode.live_cancelled")));
}

void tst_MainWindow::entryLockDisablesSubmitAndShowsTheBanner()
{
    startWindow();
    Trade trade;
    trade.symbol = QStringLiteral("AAPL");
    trade.quantity = Decimal::fromInt(1);
    m_window->ticket()->prefill(trade);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ticket()->isSubmitEnabled(), WaitMs);
    m_session->lockEntry(QStringLiteral("test"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->ticket()->isSubmitEnabled(), WaitMs);
    QVERIFY(m_window->banner()->message().contains(QStringLiteral("locked")));
    m_session->rearmEntry();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ticket()->isSubmitEnabled(), WaitMs);
}

void tst_MainWindow::orderFromTheTicketReachesTheExchange()
{
    startWindow();
    // A healthy order stream, so no "fills may not show" question interrupts the submit.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->portfolio()->streamHealth(), Broker::StreamHealth::Healthy, WaitMs);
    Trade trade;
    trade.symbol = QStringLiteral("AAPL");
    trade.quantity = Decimal::fromInt(2);
    m_window->ticket()->prefill(trade);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ticket()->isSubmitEnabled(), WaitMs);
    m_window->ticket()->submit();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ordersModel()->orderCount() >= 1, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->portfolio()->positions().isEmpty(), WaitMs);
    QCOMPARE(m_window->portfolio()->positions().first().symbol, QStringLiteral("AAPL"));
    QVERIFY(AuditJournal::verify(m_session->journalPath()).ok());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
