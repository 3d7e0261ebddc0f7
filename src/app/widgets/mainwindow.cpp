// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accountmodel.h"
#include "activitiesmodel.h"
#include "alpacabroker.h"
#include "alpacaclient.h"
#include "appsettings.h"
#include "auditlogmodel.h"
#include "closepositiondialog.h"
#include "credentialstore.h"
#include "credentialtester.h"
#include "ordersfilterproxy.h"
#include "decimalformatter.h"
#include "equitychart.h"
#include "idlelock.h"
#include "killswitch.h"
#include "logmodel.h"
#include "marketdataservice.h"
#include "modebadge.h"
#include "modeswitchdialog.h"
#include "ordersmodel.h"
#include "orderreviewdialog.h"
#include "orderticket.h"
#include "portfolioservice.h"
#include "positionsmodel.h"
#include "pricechart.h"
#include "ratelimiter.h"
#include "replaceorderdialog.h"
#include "settingsdialog.h"
#include "stalebanner.h"
#include "statuspanel.h"
#include "theme.h"
#include "tradingsession.h"
#include "watchlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Elson {

namespace {

constexpr int FrameWidth = 4;
constexpr int SortRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
const QString LayoutStateKey = QStringLiteral("layout/state");
const QString LayoutGeometryKey = QStringLiteral("layout/geometry");
const QString LayoutVersionKey = QStringLiteral("layout/version");
constexpr int LayoutVersion = 1;

} // namespace

MainWindow::MainWindow(TradingSession *session, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/elson-terminal.svg")));
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    setContentsMargins(FrameWidth, FrameWidth, FrameWidth, FrameWidth);

    m_portfolio = new PortfolioService(session, this);
    m_marketData = new MarketDataService(session, this);
    m_killSwitch = new KillSwitch(session, this);
    m_idleLock = new IdleLock(this);
    // The session's keychain when it has one (the terminal), else a store of our own (tests).
    m_credentials = session->credentialStore()
        ? session->credentialStore()
        : new CredentialStore(QString::fromLatin1(CredentialStore::DefaultService), this);

    createModels();
    createDocks();
    createActions();
    createStatusBar();
    bindServices();
    applySettings();

    m_defaultState = saveState(LayoutVersion);
    resize(1440, 900);
    onModeChanged(session->mode());
    updateBanner();
    if (session->broker())
        onBrokerChanged(session->broker());
}

MainWindow::~MainWindow() = default;

// --- construction

void MainWindow::createModels()
{
    m_accountModel = new AccountModel(this);
    m_positionsModel = new PositionsModel(this);
    m_ordersModel = new OrdersModel(this);
    m_ordersProxy = new OrdersFilterProxy(this);
    m_ordersProxy->setSourceModel(m_ordersModel);
    m_activitiesModel = new ActivitiesModel(this);
    m_watchlistModel = new WatchlistModel(this);
    // The model follows the service (quotes, trades, snapshots) and owns the watched symbols.
    m_watchlistModel->setService(m_marketData);
    m_auditModel = new AuditLogModel(this);
    m_logModel = new LogModel(this);
}

QTableView *MainWindow::makeTable(QAbstractItemModel *model, const QString &objectName,
                                  QSortFilterProxyModel **proxyOut)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(proxy);
    // Sorting by the raw values (SortRole); ascending on the first column until the user clicks.
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_headerViews.insert(objectName, view);
    if (proxyOut)
        *proxyOut = proxy;
    return view;
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &objectName, const QString &title)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    // The banner sits in its own unmovable toolbar row under the main toolbar.
    m_banner = new StaleBanner(this);

    // Account: a two-column table of label and value.
    m_accountView = makeTable(m_accountModel, QStringLiteral("accountView"));
    // The account figures keep the model's order (most important first), never sorted.
    m_accountView->setSortingEnabled(false);
    m_accountView->sortByColumn(-1, Qt::AscendingOrder);
    m_accountView->horizontalHeader()->hide();
    m_accountView->setSelectionMode(QAbstractItemView::NoSelection);
    m_accountView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *accountDock = addDock(m_accountView, QStringLiteral("accountDock"), tr("Account"));

    m_positionsView = makeTable(m_positionsModel, QStringLiteral("positionsView"), &m_positionsProxy);
    auto *positionsDock = addDock(m_positionsView, QStringLiteral("positionsDock"), tr("Positions"));

    // Orders: a tree (bracket legs under their parent) with an open/closed/all filter.
    auto *ordersPane = new QWidget(this);
    auto *ordersLayout = new QVBoxLayout(ordersPane);
    ordersLayout->setContentsMargins(0, 0, 0, 0);
    auto *ordersFilterRow = new QHBoxLayout;
    auto *filter = new QComboBox(ordersPane);
    filter->setObjectName(QStringLiteral("ordersStatusFilter"));
    filter->addItem(tr("Open"), QVariant::fromValue(OrdersFilterProxy::StatusFilter::Open));
    filter->addItem(tr("Closed"), QVariant::fromValue(OrdersFilterProxy::StatusFilter::Closed));
    filter->addItem(tr("All"), QVariant::fromValue(OrdersFilterProxy::StatusFilter::All));
    auto *symbolFilter = new QLineEdit(ordersPane);
    symbolFilter->setObjectName(QStringLiteral("ordersSymbolFilter"));
    symbolFilter->setPlaceholderText(tr("Filter by symbol"));
    symbolFilter->setClearButtonEnabled(true);
    ordersFilterRow->addWidget(new QLabel(tr("Show:"), ordersPane));
    ordersFilterRow->addWidget(filter);
    ordersFilterRow->addWidget(symbolFilter, 1);
    ordersLayout->addLayout(ordersFilterRow);
    m_ordersView = new QTreeView(ordersPane);
    m_ordersView->setObjectName(QStringLiteral("ordersView"));
    m_ordersView->setModel(m_ordersProxy);
    m_ordersView->setSortingEnabled(true);
    m_ordersView->sortByColumn(0, Qt::DescendingOrder);
    m_ordersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersView->setAlternatingRowColors(true);
    m_ordersView->setUniformRowHeights(true);
    m_ordersView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ordersView->header()->setSectionsMovable(true);
    m_ordersView->setColumnWidth(0, 190); // the submitted time, with room for legs' indent
    m_headerViews.insert(m_ordersView->objectName(), m_ordersView);
    ordersLayout->addWidget(m_ordersView);
    connect(filter, &QComboBox::currentIndexChanged, this, [this, filter] {
        m_ordersProxy->setStatusFilter(filter->currentData().value<OrdersFilterProxy::StatusFilter>());
    });
    connect(symbolFilter, &QLineEdit::textChanged, m_ordersProxy, &OrdersFilterProxy::setSymbolFilter);
    m_ordersProxy->setStatusFilter(OrdersFilterProxy::StatusFilter::Open);
    auto *ordersDock = addDock(ordersPane, QStringLiteral("ordersDock"), tr("Orders"));

    // Fills / history with CSV export.
    auto *fillsPane = new QWidget(this);
    auto *fillsLayout = new QVBoxLayout(fillsPane);
    fillsLayout->setContentsMargins(0, 0, 0, 0);
    m_activitiesView = makeTable(m_activitiesModel, QStringLiteral("activitiesView"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"), fillsPane);
    exportButton->setObjectName(QStringLiteral("exportActivities"));
    connect(exportButton, &QPushButton::clicked, this, &MainWindow::exportActivities);
    fillsLayout->addWidget(m_activitiesView);
    fillsLayout->addWidget(exportButton, 0, Qt::AlignRight);
    auto *fillsDock = addDock(fillsPane, QStringLiteral("fillsDock"), tr("Fills && History"));

    // Watchlist with an add-symbol field.
    auto *watchPane = new QWidget(this);
    auto *watchLayout = new QVBoxLayout(watchPane);
    watchLayout->setContentsMargins(0, 0, 0, 0);
    m_addSymbol = new QLineEdit(watchPane);
    m_addSymbol->setObjectName(QStringLiteral("watchlistAdd"));
    m_addSymbol->setPlaceholderText(tr("Add symbol and press Enter"));
    m_watchlistView = makeTable(m_watchlistModel, QStringLiteral("watchlistView"), &m_watchlistProxy);
    watchLayout->addWidget(m_addSymbol);
    watchLayout->addWidget(m_watchlistView);
    connect(m_addSymbol, &QLineEdit::returnPressed, this, [this] {
        const QString symbol = m_addSymbol->text().trimmed().toUpper();
        if (symbol.isEmpty())
            return;
        m_watchlistModel->addSymbol(symbol);
        m_settings->setWatchlistSymbols(m_watchlistModel->symbols());
        m_addSymbol->clear();
    });
    auto *watchDock = addDock(watchPane, QStringLiteral("watchlistDock"), tr("Watchlist"));

    // Chart: candles for the selected symbol, and the equity curve.
    auto *chartTabs = new QTabWidget(this);
    chartTabs->setObjectName(QStringLiteral("chartTabs"));
    auto *pricePane = new QWidget(chartTabs);
    auto *priceLayout = new QVBoxLayout(pricePane);
    priceLayout->setContentsMargins(0, 0, 0, 0);
    auto *priceBar = new QHBoxLayout;
    m_timeframe = new QComboBox(pricePane);
    m_timeframe->setObjectName(QStringLiteral("chartTimeframe"));
    for (const QString &tf : {QStringLiteral("1Min"), QStringLiteral("5Min"), QStringLiteral("15Min"),
                              QStringLiteral("1Hour"), QStringLiteral("1Day")})
        m_timeframe->addItem(tf, tf);
    m_timeframe->setCurrentIndex(4);
    priceBar->addWidget(new QLabel(tr("Timeframe:"), pricePane));
    priceBar->addWidget(m_timeframe);
    priceBar->addStretch();
    priceLayout->addLayout(priceBar);
    m_chart = new PriceChart(pricePane);
    m_chart->setObjectName(QStringLiteral("priceChart"));
    priceLayout->addWidget(m_chart, 1);
    chartTabs->addTab(pricePane, tr("Price"));
    auto *equityPane = new QWidget(chartTabs);
    auto *equityLayout = new QVBoxLayout(equityPane);
    equityLayout->setContentsMargins(0, 0, 0, 0);
    m_period = new QComboBox(equityPane);
    m_period->setObjectName(QStringLiteral("equityPeriod"));
    for (const QString &period : {QStringLiteral("1D"), QStringLiteral("1W"), QStringLiteral("1M"),
                                  QStringLiteral("1A")})
        m_period->addItem(period, period);
    m_period->setCurrentIndex(2);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(new QLabel(tr("Period:"), equityPane));
    periodRow->addWidget(m_period);
    periodRow->addStretch();
    equityLayout->addLayout(periodRow);
    m_equity = new EquityChart(equityPane);
    m_equity->setObjectName(QStringLiteral("equityChart"));
    equityLayout->addWidget(m_equity, 1);
    chartTabs->addTab(equityPane, tr("Equity"));
    auto *chartDock = addDock(chartTabs, QStringLiteral("chartDock"), tr("Chart"));
    connect(m_timeframe, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_chartSymbol.isEmpty())
            showChartSymbol(m_chartSymbol);
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        m_marketData->loadPortfolioHistory(m_period->currentData().toString());
    });

    m_auditView = makeTable(m_auditModel, QStringLiteral("auditView"));
    auto *auditDock = addDock(m_auditView, QStringLiteral("auditDock"), tr("Audit Journal"));
    m_logView = makeTable(m_logModel, QStringLiteral("logView"));
    auto *logDock = addDock(m_logView, QStringLiteral("logDock"), tr("Log"));

    m_ticket = new OrderTicket(this);
    m_ticket->setObjectName(QStringLiteral("orderTicket"));
    m_ticketDock = addDock(m_ticket, QStringLiteral("ticketDock"), tr("Order Ticket"));

    // Default arrangement: watchlist and account on the left, chart over positions and
    // the order tabs in the middle, the ticket on the right.
    addDockWidget(Qt::LeftDockWidgetArea, watchDock);
    splitDockWidget(watchDock, chartDock, Qt::Horizontal);
    splitDockWidget(chartDock, m_ticketDock, Qt::Horizontal);
    splitDockWidget(watchDock, accountDock, Qt::Vertical);
    splitDockWidget(chartDock, positionsDock, Qt::Vertical);
    splitDockWidget(positionsDock, ordersDock, Qt::Vertical);
    tabifyDockWidget(ordersDock, fillsDock);
    tabifyDockWidget(fillsDock, auditDock);
    tabifyDockWidget(auditDock, logDock);
    ordersDock->raise();
    m_watchlistView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    resizeDocks({watchDock, chartDock, m_ticketDock}, {400, 680, 360}, Qt::Horizontal);
    resizeDocks({chartDock, positionsDock, ordersDock}, {380, 190, 230}, Qt::Vertical);
    resizeDocks({watchDock, accountDock}, {420, 380}, Qt::Vertical);
}

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    m_badge = new ModeBadge(toolbar);
    toolbar->addWidget(m_badge);
    toolbar->addSeparator();

    auto *bannerBar = new QToolBar(tr("Notices"), this);
    bannerBar->setObjectName(QStringLiteral("bannerToolBar"));
    bannerBar->setMovable(false);
    bannerBar->setFloatable(false);
    bannerBar->toggleViewAction()->setVisible(false);
    bannerBar->addWidget(m_banner);
    addToolBarBreak();
    addToolBar(bannerBar);

    // --- File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setObjectName(QStringLiteral("actionSettings"));
    file->addAction(tr("&Export fills as CSV…"), this, &MainWindow::exportActivities);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // --- Trading
    QMenu *trading = menuBar()->addMenu(tr("&Trading"));
    QAction *newOrder = trading->addAction(tr("&New order"), this, &MainWindow::openTicket);
    newOrder->setShortcut(QKeySequence(Qt::Key_F2));
    newOrder->setObjectName(QStringLiteral("actionNewOrder"));
    toolbar->addAction(newOrder);
    QAction *cancel = trading->addAction(tr("&Cancel selected order"), this,
                                         &MainWindow::cancelSelectedOrder);
    cancel->setObjectName(QStringLiteral("actionCancelOrder"));
    QAction *replace = trading->addAction(tr("&Replace selected order…"), this,
                                          &MainWindow::replaceSelectedOrder);
    replace->setObjectName(QStringLiteral("actionReplaceOrder"));
    QAction *close = trading->addAction(tr("C&lose selected position…"), this,
                                        &MainWindow::closeSelectedPosition);
    close->setObjectName(QStringLiteral("actionClosePosition"));
    trading->addSeparator();
    QAction *cancelAll = trading->addAction(tr("Cancel &all orders…"), this, &MainWindow::cancelAllOrders);
    cancelAll->setObjectName(QStringLiteral("actionCancelAll"));
    QAction *closeAll = trading->addAction(tr("Close all &positions…"), this,
                                           &MainWindow::closeAllPositions);
    closeAll->setObjectName(QStringLiteral("actionCloseAll"));
    trading->addSeparator();
    m_killAction = trading->addAction(tr("&Kill switch…"), this, &MainWindow::engageKillSwitch);
    m_killAction->setObjectName(QStringLiteral("actionKillSwitch"));
    m_killAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_killAction->setToolTip(tr("Block new orders, cancel every order, close every position, "
                                "and lock order entry until re-armed"));
    m_rearmAction = trading->addAction(tr("Re-&arm order entry…"), this, &MainWindow::rearmEntry);
    m_rearmAction->setObjectName(QStringLiteral("actionRearm"));
    m_rearmAction->setEnabled(false);
    trading->addSeparator();
    m_liveAction = trading->addAction(tr("Switch to &LIVE…"), this, &MainWindow::requestLiveMode);
    m_liveAction->setObjectName(QStringLiteral("actionLive"));
    m_paperAction = trading->addAction(tr("Back to &paper"), this, &MainWindow::leaveLiveMode);
    m_paperAction->setObjectName(QStringLiteral("actionPaper"));
    toolbar->addAction(m_killAction);
    toolbar->addAction(m_liveAction);
    toolbar->addAction(m_paperAction);

    m_ordersView->addAction(cancel);
    m_ordersView->addAction(replace);
    m_positionsView->addAction(close);
    auto *tradePosition = new QAction(tr("Trade this symbol…"), this);
    connect(tradePosition, &QAction::triggered, this, [this] {
        const QString symbol = selectedPositionSymbol();
        if (symbol.isEmpty())
            return;
        for (const Position &position : m_portfolio->positions()) {
            if (position.symbol == symbol) {
                m_ticket->prefillFromPosition(position);
                openTicket();
                return;
            }
        }
    });
    m_positionsView->addAction(tradePosition);
    auto *orderToTicket = new QAction(tr("New order like this…"), this);
    connect(orderToTicket, &QAction::triggered, this, [this] {
        const QString id = selectedOrderId();
        for (const Order &order : m_portfolio->orders()) {
            if (order.id == id) {
                m_ticket->prefillFromOrder(order);
                openTicket();
                return;
            }
        }
    });
    m_ordersView->addAction(orderToTicket);
    auto *watchTrade = new QAction(tr("Trade…"), this);
    connect(watchTrade, &QAction::triggered, this, [this] {
        const QString symbol = selectedWatchlistSymbol();
        if (symbol.isEmpty())
            return;
        if (const std::optional<Quote> quote = m_marketData->quote(symbol))
            m_ticket->prefillFromQuote(symbol, *quote);
        else
            m_ticket->prefillPrice(symbol, m_marketData->lastPrice(symbol));
        openTicket();
    });
    auto *watchRemove = new QAction(tr("Remove from watchlist"), this);
    connect(watchRemove, &QAction::triggered, this, [this] {
        const QString symbol = selectedWatchlistSymbol();
        if (symbol.isEmpty())
            return;
        m_watchlistModel->removeSymbol(symbol);
        m_settings->setWatchlistSymbols(m_watchlistModel->symbols());
    });
    m_watchlistView->addAction(watchTrade);
    m_watchlistView->addAction(watchRemove);

    // --- View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *reset = view->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);
    reset->setObjectName(QStringLiteral("actionResetLayout"));
    m_lockLayoutAction = view->addAction(tr("&Lock layout"));
    m_lockLayoutAction->setObjectName(QStringLiteral("actionLockLayout"));
    m_lockLayoutAction->setCheckable(true);
    connect(m_lockLayoutAction, &QAction::toggled, this, &MainWindow::setLayoutLocked);

    // --- Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Elson Terminal"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_status = new StatusPanel(this);
    statusBar()->addPermanentWidget(m_status);
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();
}

void MainWindow::bindServices()
{
    connect(m_session, &TradingSession::brokerChanged, this, &MainWindow::onBrokerChanged);
    connect(m_session, &TradingSession::modeChanged, this, &MainWindow::onModeChanged);
    connect(m_session, &TradingSession::entryLockChanged, this, [this](bool locked) {
        m_rearmAction->setEnabled(locked);
        updateBanner();
        updateTicketContext();
    });

    connect(m_portfolio, &PortfolioService::accountChanged, this, [this](const Account &account) {
        m_accountModel->apply(account);
        updateTitle();
        updateTicketContext();
    });
    connect(m_portfolio, &PortfolioService::positionsChanged, this,
            [this](const QList<Position> &positions) {
                m_positionsModel->apply(positions);
                // Subscriptions are counted: hold exactly one per held symbol.
                QSet<QString> held;
                for (const Position &position : positions)
                    held.insert(position.symbol);
                for (const QString &symbol : held - m_positionSymbols)
                    m_marketData->subscribe(symbol);
                for (const QString &symbol : m_positionSymbols - held)
                    m_marketData->unsubscribe(symbol);
                m_positionSymbols = held;
                updateTicketContext();
            });
    connect(m_portfolio, &PortfolioService::ordersChanged, this, [this](const QList<Order> &orders) {
        m_ordersModel->apply(orders);
        updateChartOrderLines();
        updateTicketContext();
    });
    connect(m_portfolio, &PortfolioService::activitiesChanged, m_activitiesModel,
            &ActivitiesModel::apply);
    connect(m_portfolio, &PortfolioService::clockChanged, this, [this] { updateTicketContext(); });
    connect(m_portfolio, &PortfolioService::staleChanged, this, [this] { updateBanner(); });
    connect(m_portfolio, &PortfolioService::streamHealthChanged, this, [this] {
        updateBanner();
        updateStatus();
        updateTicketContext();
    });
    connect(m_portfolio, &PortfolioService::reconciled, this, [this] {
        m_logModel->append(LogModel::LogLevel::Info, tr("Orders"),
                           tr("Orders and positions reconciled after the stream reconnected."));
        updateBanner();
    });
    connect(m_portfolio, &PortfolioService::errorOccurred, this,
            [this](const Error &error) { reportError(tr("Refresh"), error); });
    connect(m_portfolio, &PortfolioService::refreshed, this, [this] {
        updateStatus();
        // "First refresh" means the account and the exchange clock are both in.
        if (!m_firstRefreshShown && m_portfolio->account() && m_portfolio->clock()) {
            m_firstRefreshShown = true;
            loadCharts();
            Q_EMIT firstRefreshShown();
        }
    });

    connect(m_marketData, &MarketDataService::quoteUpdated, this,
            [this](const QString &symbol, const Quote &) {
                const Decimal last = m_marketData->lastPrice(symbol);
                if (last > Decimal())
                    m_positionsModel->applyQuote(symbol, last);
                if (symbol == m_chartSymbol && last > Decimal())
                    m_chart->setLastPrice(last);
                if (symbol == m_ticket->trade().symbol)
                    updateTicketContext();
            });
    connect(m_marketData, &MarketDataService::barsLoaded, this,
            [this](const QString &symbol, const QString &timeframe, const QList<Bar> &bars) {
                if (symbol == m_chartSymbol && timeframe == m_timeframe->currentData().toString())
                    m_chart->setBars(bars);
            });
    connect(m_marketData, &MarketDataService::barUpdated, this,
            [this](const QString &symbol, const Bar &bar) {
                if (symbol == m_chartSymbol)
                    m_chart->updateBar(bar);
            });
    connect(m_marketData, &MarketDataService::portfolioHistoryLoaded, this,
            [this](const QString &, const PortfolioHistory &history) { m_equity->setHistory(history); });
    connect(m_marketData, &MarketDataService::errorOccurred, this,
            [this](const Error &error) { reportError(tr("Market data"), error); });

    connect(m_ticket, &OrderTicket::submitRequested, this, &MainWindow::submitTrade);
    connect(m_ticket, &OrderTicket::symbolChanged, this, [this](const QString &symbol) {
        if (symbol.isEmpty())
            return;
        if (!m_ticketSymbol.isEmpty())
            m_marketData->unsubscribe(m_ticketSymbol);
        m_ticketSymbol = symbol;
        m_marketData->subscribe(symbol);
        showChartSymbol(symbol);
        updateTicketContext();
    });
    connect(m_chart, &PriceChart::priceClicked, this, [this](const Decimal &price) {
        if (m_chartSymbol.isEmpty())
            return;
        m_ticket->prefillPrice(m_chartSymbol, price);
        openTicket();
    });
    auto selectSymbol = [this](QAbstractItemView *view) {
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this, view](const QModelIndex &current) {
                    const QString symbol = current.siblingAtColumn(0).data(IdRole).toString();
                    if (!symbol.isEmpty() && view != m_ordersView)
                        showChartSymbol(symbol);
                });
    };
    selectSymbol(m_watchlistView);
    selectSymbol(m_positionsView);

    connect(m_killSwitch, &KillSwitch::progress, this,
            [this](const QString &step) { statusBar()->showMessage(step, 5000); });
    connect(m_killSwitch, &KillSwitch::finished, this, [this](const KillSwitch::Outcome &outcome) {
        const QString text = tr("Kill switch: %1 orders cancelled (%2 failed), %3 positions closed "
                                "(%4 failed). Order entry stays locked until you re-arm it.")
                                 .arg(outcome.ordersCancelled)
                                 .arg(outcome.cancelFailures)
                                 .arg(outcome.positionsClosed)
                                 .arg(outcome.closeFailures);
        m_logModel->append(outcome.error.isEmpty() ? LogModel::LogLevel::Warning : LogModel::LogLevel::Error,
                           tr("Kill switch"),
                           outcome.error.isEmpty() ? text : text + QLatin1Char(' ') + outcome.error);
        m_portfolio->refreshNow();
        QMessageBox::information(this, tr("Kill switch"), text + (outcome.error.isEmpty()
                                                                      ? QString()
                                                                      : QStringLiteral("\n\n") + outcome.error));
    });
    connect(m_idleLock, &IdleLock::idle, this, [this] {
        if (m_session->mode() != Broker::Mode::Live)
            return;
        m_logModel->append(LogModel::LogLevel::Warning, tr("Mode"),
                           tr("Live mode locked after %1 minutes without input.")
                               .arg(m_idleLock->timeoutMs() / 60000));
        m_session->journal(QStringLiteral("mode.idle_lock"), {});
        leaveLiveMode();
    });
}

void MainWindow::startServices()
{
    m_portfolio->start();
    m_marketData->start();
    m_auditModel->setPath(m_session->journalPath());
}

void MainWindow::loadCharts()
{
    const QStringList watchlist = m_marketData->watchlist();
    if (m_chartSymbol.isEmpty() && !watchlist.isEmpty())
        showChartSymbol(watchlist.first());
    else if (!m_chartSymbol.isEmpty())
        showChartSymbol(m_chartSymbol);
    m_marketData->loadPortfolioHistory(m_period->currentData().toString());
}

// --- session and mode

void MainWindow::onBrokerChanged(Broker *broker)
{
    m_assets.clear();
    m_firstRefreshShown = false;
    if (!broker)
        return;
    broker->assets().then(this, [this](Result<QList<Asset>> assets) {
        if (!assets) {
            reportError(tr("Assets"), assets.error());
            return;
        }
        m_assets = assets.value();
        updateTicketContext();
    });
    // Bars and history are the heaviest reads (the embedded exchange computes them on this
    // thread): they are asked for once this broker's account and clock are in (loadCharts()).
    updateTicketContext();
}

void MainWindow::onModeChanged(Broker::Mode mode)
{
    m_badge->setMode(mode);
    m_liveAction->setEnabled(mode != Broker::Mode::Live);
    m_paperAction->setEnabled(mode == Broker::Mode::Live);
    m_idleLock->setEnabled(mode == Broker::Mode::Live);
    updateTitle();
    updateBanner();
    updateTicketContext();
    update(); // the colour frame
}

void MainWindow::updateTitle()
{
    QString title = tr("Elson Terminal — %1").arg(ModeBadge::text(m_session->mode()));
    if (const std::optional<Account> account = m_portfolio->account();
        account && !account->accountNumber.isEmpty())
        title += tr(" — account %1").arg(account->accountNumber);
    setWindowTitle(title);
}

void MainWindow::requestLiveMode()
{
    ModeSwitchDialog dialog(m_session->evaluateLive(), m_session->configuration().config, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_session->journal(QStringLiteral("mode.live_cancelled"), {});
        return;
    }
    statusBar()->showMessage(tr("Checking the live key pair with Alpaca…"));
    m_session->requestLive(dialog.confirmation()).then(this, [this](Result<Broker::Mode> mode) {
        statusBar()->clearMessage();
        if (!mode) {
            reportError(tr("Mode"), mode.error());
            QMessageBox::warning(this, tr("Live trading refused"),
                                 tr("Still trading %1.\n\n%2")
                                     .arg(ModeBadge::text(m_session->mode()), mode.error().message));
            return;
        }
        m_logModel->append(LogModel::LogLevel::Warning, tr("Mode"), tr("LIVE trading is on."));
    });
}

void MainWindow::leaveLiveMode()
{
    m_session->leaveLive().then(this, [this](Result<Broker::Mode> mode) {
        if (!mode)
            reportError(tr("Mode"), mode.error());
    });
}

// --- views fed from the services

void MainWindow::updateStatus()
{
    // The ticket's market-session rule reads the exchange time: move it forward between
    // clock polls (the chain is cheap and the ticket debounces).
    if (++m_statusTicks % 5 == 0)
        updateTicketContext();
    const bool stale = m_portfolio->isStale();
    const bool failing = m_portfolio->lastError().code != Error::Code::None;
    m_status->setRest(!stale && !failing, stale ? tr("stale") : failing ? tr("error") : tr("ok"));
    m_status->setStreamHealth(m_portfolio->streamHealth());
    m_status->setMarket(m_portfolio->clock(), m_portfolio->exchangeNow());
    m_status->setLastRefresh(m_portfolio->lastRefresh());
    if (AlpacaClient *client = m_session->client()) {
        RateLimiter *limiter = client->tradingRateLimiter();
        m_status->setRateBudget(limiter->remaining(), limiter->limit());
    }
}

void MainWindow::updateBanner()
{
    if (!m_banner || !m_portfolio)
        return;
    if (m_session->isEntryLocked()) {
        m_banner->showMessage(tr("<b>Order entry is locked</b> (%1). Use Trading → Re-arm order "
                                 "entry to trade again.")
                                  .arg(m_session->entryLockReason().toHtmlEscaped()),
                              StaleBanner::Level::Danger);
        return;
    }
    if (m_portfolio->isStale()) {
        const Error error = m_portfolio->lastError();
        m_banner->showMessage(tr("<b>Data is stale.</b> Last successful refresh: %1. %2 Retrying with "
                                 "back-off.")
                                  .arg(m_portfolio->lastRefresh().isValid()
                                           ? m_portfolio->lastRefresh().toLocalTime().toString(
                                                 QStringLiteral("HH:mm:ss"))
                                           : tr("never"),
                                       error.message.toHtmlEscaped()),
                              StaleBanner::Level::Warning);
        return;
    }
    if (m_session->broker() && m_portfolio->streamHealth() != Broker::StreamHealth::Healthy) {
        m_banner->showMessage(tr("<b>The order stream is %1.</b> Fills may not show promptly; orders "
                                 "and positions are reconciled when it reconnects.")
                                  .arg(m_portfolio->streamHealth() == Broker::StreamHealth::Stale
                                           ? tr("stale")
                                           : tr("down")),
                              StaleBanner::Level::Warning);
        return;
    }
    if (m_session->mode() == Broker::Mode::Sim) {
        m_banner->showMessage(tr("Running on the <b>embedded simulator</b> with a demo account — no "
                                 "real money. Add Alpaca paper or live keys in File → Settings → "
                                 "Credentials, or set ALPACA_API_KEY and ALPACA_SECRET_KEY."),
                              StaleBanner::Level::Info);
        return;
    }
    m_banner->showMessage({}, StaleBanner::Level::Info);
}

void MainWindow::updateTicketContext()
{
    if (!m_ticket || !m_portfolio)
        return;
    TicketContext context;
    if (const std::optional<Account> account = m_portfolio->account())
        context.account = *account;
    context.positions = m_portfolio->positions();
    context.openOrders = m_portfolio->openOrders();
    context.assets = m_assets;
    context.clock = m_portfolio->clock();
    context.now = m_portfolio->exchangeNow();
    const QString symbol = m_ticket->trade().symbol;
    if (!symbol.isEmpty()) {
        if (const std::optional<Quote> quote = m_marketData->quote(symbol))
            context.quotes.insert(symbol, *quote);
    }
    context.limits = m_settings->limits();
    context.mode = m_session->mode();
    context.environment = m_session->configuration().config.environment;
    context.liveTradingEnabled = m_session->configuration().config.liveTradingEnabled;
    if (auto *alpaca = qobject_cast<AlpacaBroker *>(m_session->broker())) {
        context.credentials = CredentialState::of(alpaca->settings().credentials,
                                                  alpaca->settings().validatedAgainstLive);
    }
    context.entryLocked = m_session->isEntryLocked();
    context.entryLockReason = m_session->entryLockReason();
    context.orderStream = m_portfolio->streamHealth();
    m_ticket->setContext(context);
}

void MainWindow::updateChartOrderLines()
{
    QList<OrderLine> lines;
    for (const Order &order : m_portfolio->openOrders()) {
        if (order.symbol != m_chartSymbol)
            continue;
        const QString side = order.side == OrderSide::Buy ? tr("Buy") : tr("Sell");
        if (order.limitPrice)
            lines.append({tr("%1 limit").arg(side), *order.limitPrice, order.side, QColor()});
        if (order.stopPrice)
            lines.append({tr("%1 stop").arg(side), *order.stopPrice, order.side, QColor()});
        for (const Order &leg : order.legs) {
            const QString legSide = leg.side == OrderSide::Buy ? tr("Buy") : tr("Sell");
            if (leg.limitPrice)
                lines.append({tr("%1 take profit").arg(legSide), *leg.limitPrice, leg.side, QColor()});
            if (leg.stopPrice)
                lines.append({tr("%1 stop loss").arg(legSide), *leg.stopPrice, leg.side, QColor()});
        }
    }
    m_chart->setOrderLines(lines);
}

void MainWindow::showChartSymbol(const QString &symbol)
{
    if (symbol != m_chartSymbol) {
        if (!m_chartSymbol.isEmpty())
            m_marketData->unsubscribe(m_chartSymbol);
        m_marketData->subscribe(symbol);
    }
    m_chartSymbol = symbol;
    m_chart->setSymbol(symbol);
    const QString timeframe = m_timeframe->currentData().toString();
    m_chart->setTimeframe(timeframe);
    m_marketData->loadBars(symbol, timeframe, timeframe == u"1Day" ? 180 : 240);
    updateChartOrderLines();
}

// --- actions

bool MainWindow::confirm(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    if (m_session->mode() == Broker::Mode::Live)
        box.setInformativeText(tr("This acts on your LIVE account."));
    return box.exec() == QMessageBox::Yes;
}

void MainWindow::openTicket()
{
    m_ticketDock->show();
    m_ticketDock->raise();
    m_ticket->setFocus();
}

void MainWindow::submitTrade(const Trade &trade, const QSet<QString> &acknowledged)
{
    Broker *broker = m_session->broker();
    if (!broker)
        return;
    if (m_session->isEntryLocked()) {
        QMessageBox::warning(this, tr("Order entry locked"),
                             tr("Order entry is locked (%1). Re-arm it first.")
                                 .arg(m_session->entryLockReason()));
        return;
    }
    // A down or stale order stream is the ticket's "stream.health" warning, which the
    // trader acknowledged there before Submit was possible.
    statusBar()->showMessage(tr("Submitting %1 %2…").arg(trade.side == OrderSide::Buy ? tr("buy") : tr("sell"),
                                                        trade.symbol));
    m_ticket->setBusy(true);
    broker->executeTrade(trade, acknowledged).then(this, [this, trade](Result<Order> order) {
        m_ticket->setBusy(false);
        if (!order) {
            reportError(tr("Order"), order.error());
            QMessageBox::warning(this, tr("Order not placed"), order.error().message);
            statusBar()->clearMessage();
            return;
        }
        statusBar()->showMessage(tr("Order %1 accepted: %2 %3").arg(order.value().id.left(8),
                                                                  order.value().symbol,
                                                                  enumDisplayName(order.value().status)),
                                 8000);
        m_logModel->append(LogModel::LogLevel::Info, tr("Order"),
                           tr("Order %1 for %2 accepted (client order id %3).")
                               .arg(order.value().id, order.value().symbol, trade.clientOrderId));
        // A cleared ticket cannot send the same order twice by a second Enter.
        m_ticket->clearEntry();
        m_portfolio->refreshNow();
    });
}

QString MainWindow::selectedOrderId() const
{
    const QModelIndex current = m_ordersView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(IdRole).toString() : QString();
}

QString MainWindow::selectedPositionSymbol() const
{
    const QModelIndex current = m_positionsView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(IdRole).toString() : QString();
}

QString MainWindow::selectedWatchlistSymbol() const
{
    const QModelIndex current = m_watchlistView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(IdRole).toString() : QString();
}

void MainWindow::cancelSelectedOrder()
{
    const QString id = selectedOrderId();
    Broker *broker = m_session->broker();
    if (id.isEmpty() || !broker)
        return;
    if (!confirm(tr("Cancel order"), tr("Cancel order %1?").arg(id)))
        return;
    broker->cancelOrder(id).then(this, [this, id](Result<bool> cancelled) {
        if (!cancelled)
            reportError(tr("Cancel"), cancelled.error());
        else
            statusBar()->showMessage(tr("Cancel requested for %1").arg(id.left(8)), 5000);
        m_portfolio->refreshNow();
    });
}

void MainWindow::replaceSelectedOrder()
{
    const QString id = selectedOrderId();
    Broker *broker = m_session->broker();
    if (id.isEmpty() || !broker)
        return;
    std::optional<Order> found;
    for (const Order &order : m_portfolio->orders()) {
        if (order.id == id)
            found = order;
        for (const Order &leg : order.legs)
            if (leg.id == id)
                found = leg;
    }
    if (!found)
        return;
    if (isTerminal(found->status)) {
        QMessageBox::information(this, tr("Replace order"), tr("This order is no longer working."));
        return;
    }
    ReplaceOrderDialog dialog(*found, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    broker->replaceOrder(id, dialog.request()).then(this, [this](Result<Order> replaced) {
        if (!replaced) {
            reportError(tr("Replace"), replaced.error());
            QMessageBox::warning(this, tr("Order not replaced"), replaced.error().message);
        } else {
            statusBar()->showMessage(tr("Replaced by order %1").arg(replaced.value().id.left(8)), 5000);
        }
        m_portfolio->refreshNow();
    });
}

void MainWindow::closeSelectedPosition()
{
    const QString symbol = selectedPositionSymbol();
    Broker *broker = m_session->broker();
    if (symbol.isEmpty() || !broker)
        return;
    std::optional<Position> found;
    for (const Position &position : m_portfolio->positions())
        if (position.symbol == symbol)
            found = position;
    if (!found)
        return;
    ClosePositionDialog dialog(*found, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    broker->closePosition(symbol, dialog.request(), dialog.cancelOrders())
        .then(this, [this, symbol](Result<Order> order) {
            if (!order) {
                reportError(tr("Close"), order.error());
                QMessageBox::warning(this, tr("Position not closed"), order.error().message);
            } else {
                statusBar()->showMessage(tr("Closing %1: order %2").arg(symbol, order.value().id.left(8)),
                                         5000);
            }
            m_portfolio->refreshNow();
        });
}

void MainWindow::cancelAllOrders()
{
    Broker *broker = m_session->broker();
    if (!broker || !confirm(tr("Cancel all orders"), tr("Cancel every open order?")))
        return;
    broker->cancelAllOrders().then(this, [this](Result<QList<CancelAllResult>> results) {
        if (!results)
            reportError(tr("Cancel all"), results.error());
        else
            statusBar()->showMessage(tr("%n cancel request(s) sent", nullptr,
                                        int(results.value().size())),
                                     5000);
        m_portfolio->refreshNow();
    });
}

void MainWindow::closeAllPositions()
{
    Broker *broker = m_session->broker();
    if (!broker
        || !confirm(tr("Close all positions"),
                    tr("Close every position at market, cancelling their open orders first?")))
        return;
    broker->closeAllPositions(true).then(this, [this](Result<QList<ClosePositionResult>> results) {
        if (!results)
            reportError(tr("Close all"), results.error());
        else
            statusBar()->showMessage(tr("%n close order(s) sent", nullptr, int(results.value().size())),
                                     5000);
        m_portfolio->refreshNow();
    });
}

void MainWindow::engageKillSwitch()
{
    if (!confirm(tr("Kill switch"),
                 tr("Block new orders, cancel every open order, close every position at market, "
                    "and lock order entry until you re-arm it?")))
        return;
    m_killSwitch->engage();
}

void MainWindow::rearmEntry()
{
    if (!confirm(tr("Re-arm order entry"), tr("Allow new orders again?")))
        return;
    m_killSwitch->rearm();
}

void MainWindow::exportActivities()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export fills and history"),
                                                      QStringLiteral("elson-activities.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_activitiesModel->exportCsv(&file) || !file.commit()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
}

void MainWindow::openSettings()
{
    CredentialTester tester(m_session->configuration().endpoints);
    SettingsDialog dialog(m_settings, m_credentials, tester.tester(), this);
    // Credential changes are journaled with the masked key id only, never the secret.
    connect(&dialog, &SettingsDialog::credentialsSaved, this,
            [this](TradingMode profile, const QString &maskedKeyId, const QString &accountNumber) {
                m_session->journal(QStringLiteral("credentials.saved"),
                                   {{QStringLiteral("profile"), TradingModeNames::wire(profile)},
                                    {QStringLiteral("key_id"), maskedKeyId},
                                    {QStringLiteral("account_number"), accountNumber}});
                m_logModel->append(LogModel::LogLevel::Info, tr("Settings"),
                                   tr("%1 keys saved (%2); they are used from the next start.")
                                       .arg(TradingModeNames::displayName(profile), maskedKeyId));
            });
    connect(&dialog, &SettingsDialog::credentialsCleared, this, [this](TradingMode profile) {
        m_session->journal(QStringLiteral("credentials.cleared"),
                           {{QStringLiteral("profile"), TradingModeNames::wire(profile)}});
    });
    const UserLimits limitsBefore = m_settings->limits();
    const QString languageBefore = m_settings->language();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UserLimits limits = m_settings->limits();
    if (!(limits == limitsBefore)) {
        auto text = [](const std::optional<Decimal> &value) {
            return value ? value->toString() : QStringLiteral("none");
        };
        m_session->journal(QStringLiteral("limits.changed"),
                           {{QStringLiteral("max_order_value"), text(limits.maxOrderValue)},
                            {QStringLiteral("max_order_qty"), text(limits.maxOrderQty)},
                            {QStringLiteral("max_position_value"), text(limits.maxPositionValue)},
                            {QStringLiteral("max_daily_loss"), text(limits.maxDailyLoss)},
                            {QStringLiteral("price_collar_percent"), text(limits.priceCollarPercent)},
                            {QStringLiteral("duplicate_window_seconds"), limits.duplicateWindowSeconds}});
    }
    m_session->journal(QStringLiteral("settings.changed"), {});
    applySettings();
    if (m_settings->language() != languageBefore)
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language is used from the next start."));
}

void MainWindow::applySettings()
{
    const AppSettings::PollingIntervals polling = m_settings->pollingIntervals();
    PortfolioService::Intervals intervals = m_portfolio->intervals();
    intervals.accountMs = polling.accountMs;
    intervals.positionsMs = polling.positionsMs;
    intervals.ordersMs = polling.ordersMs;
    intervals.clockMs = polling.clockMs;
    m_portfolio->setIntervals(intervals);
    m_marketData->setQuoteIntervalMs(polling.quotesMs);
    m_marketData->setFeed(m_settings->dataFeed());
    m_watchlistModel->setSymbols(m_settings->watchlistSymbols());
    m_idleLock->setTimeoutMs(m_settings->liveIdleTimeoutMinutes() * 60 * 1000);
    m_ticket->setReviewPaperOrders(m_settings->reviewPaperOrders());
    if (auto *alpaca = qobject_cast<AlpacaBroker *>(m_session->broker()))
        alpaca->setLimits(m_settings->limits());
    Theme::apply(qApp, m_settings->theme());
    if (m_lockLayoutAction)
        m_lockLayoutAction->setChecked(m_settings->layoutLocked());
    updateTicketContext();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Elson Terminal"),
                       tr("<h3>Elson Terminal %1</h3><p>A careful desktop trading terminal for the "
                          "Alpaca brokerage.</p><p>Paper by default; live only when every safety "
                          "gate agrees.</p><p>Licensed under the GNU GPL v3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::reportError(const QString &source, const Error &error)
{
    m_logModel->appendError(error, source);
}

// --- layout

void MainWindow::setLayoutLocked(bool locked)
{
    m_layoutLocked = locked;
    const QDockWidget::DockWidgetFeatures features = locked
        ? QDockWidget::NoDockWidgetFeatures
        : QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
            | QDockWidget::DockWidgetFloatable;
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->setFeatures(features);
    if (m_lockLayoutAction && m_lockLayoutAction->isChecked() != locked)
        m_lockLayoutAction->setChecked(locked);
    m_settings->setLayoutLocked(locked);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, LayoutVersion);
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->setFloating(false);
    resize(1440, 900);
}

void MainWindow::saveLayout()
{
    QSettings &settings = m_settings->settings();
    settings.setValue(LayoutVersionKey, LayoutVersion);
    settings.setValue(LayoutStateKey, saveState(LayoutVersion));
    settings.setValue(LayoutGeometryKey, saveGeometry());
    for (auto it = m_headerViews.cbegin(); it != m_headerViews.cend(); ++it) {
        QHeaderView *header = nullptr;
        if (auto *table = qobject_cast<QTableView *>(it.value()))
            header = table->horizontalHeader();
        else if (auto *tree = qobject_cast<QTreeView *>(it.value()))
            header = tree->header();
        if (header)
            settings.setValue(QStringLiteral("layout/header/") + it.key(), header->saveState());
    }
    settings.sync();
}

bool MainWindow::restoreLayout()
{
    QSettings &settings = m_settings->settings();
    if (settings.value(LayoutVersionKey).toInt() != LayoutVersion)
        return false;
    restoreGeometry(settings.value(LayoutGeometryKey).toByteArray());
    const bool restored = restoreState(settings.value(LayoutStateKey).toByteArray(), LayoutVersion);
    for (auto it = m_headerViews.cbegin(); it != m_headerViews.cend(); ++it) {
        const QByteArray state = settings.value(QStringLiteral("layout/header/") + it.key()).toByteArray();
        if (state.isEmpty())
            continue;
        if (auto *table = qobject_cast<QTableView *>(it.value()))
            table->horizontalHeader()->restoreState(state);
        else if (auto *tree = qobject_cast<QTreeView *>(it.value()))
            tree->header()->restoreState(state);
    }
    return restored;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // The mode's colour frames the whole window, so a screenshot or a glance says the mode.
    QPainter painter(this);
    QPen pen(ModeBadge::colour(m_session->mode()));
    pen.setWidth(FrameWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawRect(rect().adjusted(FrameWidth / 2, FrameWidth / 2, -FrameWidth / 2, -FrameWidth / 2));
}

} // namespace Elson
