// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "asset.h"
#include "broker.h"
#include "error.h"
#include "trade.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QAbstractItemModel;
class QAbstractItemView;
class QComboBox;
class QDockWidget;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace Elson {

class AccountModel;
class ActivitiesModel;
class AppSettings;
class AuditLogModel;
class CredentialStore;
class EquityChart;
class IdleLock;
class KillSwitch;
class LogModel;
class MarketDataService;
class ModeBadge;
class OrderTicket;
class OrdersFilterProxy;
class OrdersModel;
class PortfolioService;
class PositionsModel;
class PriceChart;
class StaleBanner;
class StatusPanel;
class TradingSession;
class WatchlistModel;

/**
 * The terminal's main window: every view is a dock with a stable object name (layout,
 * geometry and header states are saved and restored), the mode badge and colour frame
 * say SIM / PAPER / LIVE at all times, and every action that changes the account is
 * confirmed and journaled. Views only show models; services talk to the broker.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(TradingSession *session, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] PortfolioService *portfolio() const { return m_portfolio; }
    [[nodiscard]] MarketDataService *marketData() const { return m_marketData; }
    [[nodiscard]] OrderTicket *ticket() const { return m_ticket; }
    [[nodiscard]] PositionsModel *positionsModel() const { return m_positionsModel; }
    [[nodiscard]] OrdersModel *ordersModel() const { return m_ordersModel; }
    [[nodiscard]] ModeBadge *modeBadge() const { return m_badge; }
    [[nodiscard]] StaleBanner *banner() const { return m_banner; }

    /** Starts the services (after the session has a broker). */
    void startServices();
    /** Back to the layout the window was built with. */
    void resetLayout();
    void setLayoutLocked(bool locked);
    [[nodiscard]] bool isLayoutLocked() const { return m_layoutLocked; }
    /** Saves the dock layout, geometry and header states to the settings. */
    void saveLayout();
    /** Restores what saveLayout() saved; false when there was nothing or it did not fit. */
    bool restoreLayout();

    /** Asks for live (gates, typed confirmation). Cancel keeps the current mode. */
    void requestLiveMode();
    /** Back to paper (or the simulator), at once. */
    void leaveLiveMode();

Q_SIGNALS:
    /** The first successful refresh of account, positions and orders has been shown. */
    void firstRefreshShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void createModels();
    void createDocks();
    void createActions();
    void createStatusBar();
    void bindServices();
    QDockWidget *addDock(QWidget *widget, const QString &objectName, const QString &title);
    QTableView *makeTable(QAbstractItemModel *model, const QString &objectName,
                          QSortFilterProxyModel **proxyOut = nullptr);

    void onBrokerChanged(Broker *broker);
    void onModeChanged(Broker::Mode mode);
    void updateTitle();
    void updateStatus();
    void updateBanner();
    void updateTicketContext();
    void updateChartOrderLines();
    void showChartSymbol(const QString &symbol);
    void loadCharts();

    void submitTrade(const Trade &trade, const QSet<QString> &acknowledged);
    void cancelSelectedOrder();
    void replaceSelectedOrder();
    void closeSelectedPosition();
    void cancelAllOrders();
    void closeAllPositions();
    void engageKillSwitch();
    void rearmEntry();
    void openSettings();
    void exportActivities();
    void applySettings();
    void showAbout();
    void reportError(const QString &source, const Error &error);
    void openTicket();

    [[nodiscard]] QString selectedOrderId() const;
    [[nodiscard]] QString selectedPositionSymbol() const;
    [[nodiscard]] QString selectedWatchlistSymbol() const;
    [[nodiscard]] bool confirm(const QString &title, const QString &text);

    TradingSession *m_session;
    AppSettings *m_settings;
    PortfolioService *m_portfolio = nullptr;
    MarketDataService *m_marketData = nullptr;
    KillSwitch *m_killSwitch = nullptr;
    CredentialStore *m_credentials = nullptr;
    IdleLock *m_idleLock = nullptr;

    AccountModel *m_accountModel = nullptr;
    PositionsModel *m_positionsModel = nullptr;
    OrdersModel *m_ordersModel = nullptr;
    OrdersFilterProxy *m_ordersProxy = nullptr;
    ActivitiesModel *m_activitiesModel = nullptr;
    WatchlistModel *m_watchlistModel = nullptr;
    AuditLogModel *m_auditModel = nullptr;
    LogModel *m_logModel = nullptr;

    ModeBadge *m_badge = nullptr;
    StaleBanner *m_banner = nullptr;
    StatusPanel *m_status = nullptr;
    OrderTicket *m_ticket = nullptr;
    PriceChart *m_chart = nullptr;
    EquityChart *m_equity = nullptr;
    QComboBox *m_timeframe = nullptr;
    QComboBox *m_period = nullptr;
    QLineEdit *m_addSymbol = nullptr;
    QTableView *m_accountView = nullptr;
    QTableView *m_positionsView = nullptr;
    QTreeView *m_ordersView = nullptr;
    QTableView *m_activitiesView = nullptr;
    QTableView *m_watchlistView = nullptr;
    QTableView *m_auditView = nullptr;
    QTableView *m_logView = nullptr;
    QSortFilterProxyModel *m_positionsProxy = nullptr;
    QSortFilterProxyModel *m_watchlistProxy = nullptr;
    QList<QDockWidget *> m_docks;
    QHash<QString, QAbstractItemView *> m_headerViews;
    QDockWidget *m_ticketDock = nullptr;

    QAction *m_liveAction = nullptr;
    QAction *m_paperAction = nullptr;
    QAction *m_killAction = nullptr;
    QAction *m_rearmAction = nullptr;
    QAction *m_lockLayoutAction = nullptr;

    QByteArray m_defaultState;
    QList<Asset> m_assets;
    QString m_chartSymbol;
    QString m_ticketSymbol;
    QSet<QString> m_positionSymbols;
    QTimer m_statusTimer;
    bool m_layoutLocked = false;
    bool m_firstRefreshShown = false;
    int m_statusTicks = 0;
};

} // namespace Elson
