// SPDX-License-Identifier: GPL-3.0-or-later
// app_bench: the terminal's window under a large account, with synthetic data put
// straight into its models (no network, no services started):
//  1. memory — VmRSS/VmHWM from /proc/self/status before and after loading 1,000
//     positions and 10,000 orders into the main window's PositionsModel/OrdersModel (their
//     proxies and views attached, the orders filter on "All") and 10,000 bars into its
//     PriceChart (maxBars raised from its default of 2,000 so all of them are kept), the
//     window shown and painted (offscreen);
//  2. refresh — the time of OrdersModel::apply() for a 10,000-order refresh with 1% and
//     with 100% of the orders changed, and of PositionsModel::apply() for 1,000 positions,
//     for a model alone and for the window's model (filter proxy, sorted views), the
//     latter also with the repaint that follows (apply, then the event loop until idle).
// Memory runs first, in a fresh process, so the peak is that of the load.
// Prints figures; never asserts on time.
#include "benchsupport.h"

#include "appsettings.h"
#include "brokerfactory.h"
#include "mainwindow.h"
#include "ordersmodel.h"
#include "positionsmodel.h"
#include "pricechart.h"
#include "tradingsession.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPixmap>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace Elson;
using namespace ElsonBench;

namespace {

constexpr int PositionCount = 1'000;
constexpr int OrderCount = 10'000;
constexpr int BarCount = 10'000;
constexpr int BracketEvery = 20; ///< every 20th order is a bracket with two legs (5%)

const Timestamp Base = Timestamp::fromString(QStringLiteral("2026-03-10T14:30:00Z")).value();

QString symbolOf(int i)
{
    return QStringLiteral("S%1").arg(i % 2'000, 4, 10, QLatin1Char('0'));
}

Decimal cents(qint64 value)
{
    return Decimal::fromInt(value) / Decimal::fromInt(100);
}

/** @p count positions; those with i % changeEvery == 0 moved by @p variant cents. */
QList<Position> positions(int count, int changeEvery, int variant)
{
    QList<Position> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Position p;
        p.assetId = QStringLiteral("asset-%1").arg(i);
        p.symbol = symbolOf(i);
        p.exchange = QStringLiteral("NASDAQ");
        p.qty = Decimal::fromInt(10 + i % 90);
        p.qtyAvailable = p.qty;
        p.side = PositionSide::Long;
        p.avgEntryPrice = cents(5'000 + (i * 37) % 20'000);
        const qint64 price = 5'000 + (i * 41) % 20'000 + (i % changeEvery == 0 ? variant : 0);
        p.currentPrice = cents(price);
        p.lastdayPrice = cents(5'000 + (i * 41) % 20'000);
        p.costBasis = p.qty * p.avgEntryPrice;
        p.marketValue = p.qty * *p.currentPrice;
        p.unrealizedPl = *p.marketValue - p.costBasis;
        p.unrealizedPlpc = *p.unrealizedPl / p.costBasis;
        p.unrealizedIntradayPl = p.qty * (*p.currentPrice - *p.lastdayPrice);
        p.unrealizedIntradayPlpc = (*p.currentPrice - *p.lastdayPrice) / *p.lastdayPrice;
        p.changeToday = p.unrealizedIntradayPlpc;
        list.append(p);
    }
    return list;
}

Order leg(const Order &parent, int n, OrderType type)
{
    Order o;
    o.id = parent.id + QStringLiteral("-leg%1").arg(n);
    o.clientOrderId = parent.clientOrderId + QStringLiteral("-%1").arg(n);
    o.symbol = parent.symbol;
    o.side = parent.side == OrderSide::Buy ? OrderSide::Sell : OrderSide::Buy;
    o.type = type;
    o.qty = parent.qty;
    o.orderClass = OrderClass::Bracket;
    o.timeInForce = TimeInForce::Gtc;
    o.status = parent.status == OrderStatus::Filled ? OrderStatus::New : OrderStatus::Held;
    if (type == OrderType::Limit)
        o.limitPrice = *parent.limitPrice + Decimal::fromInt(5);
    else
        o.stopPrice = *parent.limitPrice - Decimal::fromInt(5);
    o.createdAt = parent.createdAt;
    o.submittedAt = parent.submittedAt;
    o.updatedAt = parent.updatedAt;
    return o;
}

/**
 * @p count orders, newest first, a fifth working and the rest final, every 20th a
 * bracket with its two legs. Orders with i % changeEvery == 0 carry @p variant: a
 * fill (working orders) or a re-stated average price (final ones), and a newer updated_at.
 */
QList<Order> orders(int count, int changeEvery, int variant)
{
    static constexpr OrderStatus Statuses[] = {OrderStatus::New, OrderStatus::Filled, OrderStatus::Filled,
                                               OrderStatus::Canceled, OrderStatus::Filled};
    QList<Order> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Order o;
        o.id = QStringLiteral("61e69015-8549-4bfd-b9c3-%1").arg(i, 12, 10, QLatin1Char('0'));
        o.clientOrderId = QStringLiteral("elson-%1").arg(i);
        o.assetId = QStringLiteral("asset-%1").arg(i % 2'000);
        o.symbol = symbolOf(i);
        o.side = i % 3 ? OrderSide::Buy : OrderSide::Sell;
        o.type = i % 4 ? OrderType::Limit : OrderType::Market;
        o.qty = Decimal::fromInt(1 + i % 50);
        if (o.type == OrderType::Limit)
            o.limitPrice = cents(5'000 + (i * 13) % 20'000);
        else
            o.limitPrice.reset();
        o.timeInForce = i % 2 ? TimeInForce::Day : TimeInForce::Gtc;
        o.status = Statuses[i % 5];
        o.createdAt = Base.addSeconds(-i * 30);
        o.submittedAt = o.createdAt;
        o.updatedAt = o.createdAt;
        if (o.status == OrderStatus::Filled) {
            o.filledQty = *o.qty;
            o.filledAvgPrice = o.limitPrice.value_or(cents(5'000 + (i * 13) % 20'000));
            o.filledAt = o.createdAt.addSeconds(1);
        }
        if (i % changeEvery == 0 && variant != 0) {
            o.updatedAt = o.updatedAt.addSeconds(variant);
            if (o.status == OrderStatus::New) {
                o.status = OrderStatus::PartiallyFilled;
                o.filledQty = Decimal::fromInt(1);
                o.filledAvgPrice = o.limitPrice.value_or(cents(10'000));
            } else {
                o.filledAvgPrice = o.filledAvgPrice.value_or(cents(10'000)) + cents(variant);
            }
        }
        if (i % BracketEvery == 0 && o.type == OrderType::Limit) {
            o.orderClass = OrderClass::Bracket;
            o.legs = {leg(o, 1, OrderType::Limit), leg(o, 2, OrderType::Stop)};
        }
        list.append(o);
    }
    return list;
}

QList<Bar> bars(int count)
{
    QList<Bar> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Bar b;
        b.symbol = QStringLiteral("AAPL");
        b.time = Base.addSeconds(qint64(i - count) * 60);
        const qint64 mid = 19'000 + (i * 7919) % 400;
        b.open = cents(mid);
        b.close = cents(mid + (i % 2 ? 15 : -15));
        b.high = cents(mid + 40);
        b.low = cents(mid - 40);
        b.volume = 1'000 + i % 5'000;
        b.tradeCount = 10 + i % 90;
        b.vwap = cents(mid);
        list.append(b);
    }
    return list;
}

/** A main window with no broker: its models, proxies and views, nothing polling. */
struct Terminal
{
    QTemporaryDir dir;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<TradingSession> session;
    std::unique_ptr<MainWindow> window;

    bool open()
    {
        if (!dir.isValid())
            return false;
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("elson-terminal.ini")));
        const Result<BrokerFactory::Configuration> configuration =
            BrokerFactory::configurationFrom(QProcessEnvironment());
        if (!configuration)
            return false;
        session = std::make_unique<TradingSession>(configuration.value(), dir.filePath(QStringLiteral("audit.jsonl")));
        if (!session->openJournal())
            return false;
        window = std::make_unique<MainWindow>(session.get(), settings.get());
        // Every order through the filter proxy into the view, not only the working ones.
        if (auto *filter = window->findChild<QComboBox *>(QStringLiteral("ordersStatusFilter")))
            filter->setCurrentIndex(filter->findText(QStringLiteral("All")));
        window->show();
        settle();
        return true;
    }

    /** Until nothing is pending: layouts, then the repaint of what changed. */
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
};

void printMemoryLine(const char *stage)
{
    std::printf("  %-62s VmRSS %8.1f MiB   VmHWM %8.1f MiB\n", stage, mib(procStatusKiB("VmRSS")),
                mib(procStatusKiB("VmHWM")));
    std::fflush(stdout);
}

int runMemory()
{
    std::printf("\n  memory (/proc/self/status):\n");
    const qint64 startRss = procStatusKiB("VmRSS");
    Terminal terminal;
    if (!terminal.open()) {
        std::fprintf(stderr, "app_bench: the window cannot be built\n");
        return 1;
    }
    (void)terminal.window->grab(); // everything painted once
    printMemoryLine("empty main window shown and painted");
    const qint64 emptyRss = procStatusKiB("VmRSS");
    const qint64 emptyHwm = procStatusKiB("VmHWM");
    qint64 positionsKiB = 0;
    qint64 ordersKiB = 0;
    qint64 barsKiB = 0;
    qint64 cappedBarsKiB = 0;
    int cappedBars = 0;

    {
        const QList<Position> p = positions(PositionCount, PositionCount + 1, 0);
        const QList<Order> o = orders(OrderCount, OrderCount + 1, 0);
        const QList<Bar> b = bars(BarCount);
        printMemoryLine("+ the input lists built (1,000 / 10,000 / 10,000)");
        const auto step = [&](const char *stage, const std::function<void()> &load) {
            const qint64 before = procStatusKiB("VmRSS");
            load();
            Terminal::settle();
            (void)terminal.window->grab();
            printMemoryLine(stage);
            return procStatusKiB("VmRSS") - before;
        };
        positionsKiB = step("+ 1,000 positions in the window, painted",
                            [&] { terminal.window->positionsModel()->apply(p); });
        ordersKiB = step("+ 10,000 orders in the window, painted", [&] { terminal.window->ordersModel()->apply(o); });
        auto *chart = terminal.window->findChild<PriceChart *>();
        if (!chart) {
            std::fprintf(stderr, "app_bench: the window has no PriceChart\n");
            return 1;
        }
        cappedBarsKiB = step("+ 10,000 bars given to the chart at its default cap, painted",
                             [&] { chart->setBars(b); });
        cappedBars = chart->barCount();
        barsKiB = step("+ the cap raised to 10,000: all of them in the chart, painted", [&] {
            chart->setMaxBars(BarCount);
            chart->setBars(b);
        });
        const auto *ordersView = terminal.window->findChild<QTreeView *>(QStringLiteral("ordersView"));
        const int shownOrders = ordersView && ordersView->model() ? ordersView->model()->rowCount() : -1;
        if (chart->barCount() != BarCount || terminal.window->ordersModel()->orderCount() != OrderCount
            || shownOrders != OrderCount) {
            std::fprintf(stderr, "app_bench: the window holds %d bars and %d orders, its view shows %d\n",
                         chart->barCount(), terminal.window->ordersModel()->orderCount(), shownOrders);
            return 1;
        }
    }
    Terminal::settle();
    printMemoryLine("input lists freed (the window keeps its copies)");
    const qint64 loadedRss = procStatusKiB("VmRSS");
    const qint64 loadedHwm = procStatusKiB("VmHWM");

    std::printf("\n| Figure | Value | Note |\n|---|---|---|\n");
    printFigure(QStringLiteral("RSS: empty main window, painted"), fixed(mib(emptyRss), 1), "MiB",
                QStringLiteral("VmRSS; %1 MiB before QApplication; peak so far %2 MiB")
                    .arg(fixed(mib(startRss), 1), fixed(mib(emptyHwm), 1)));
    printFigure(QStringLiteral("RSS: + 1,000 positions, 10,000 orders, 10,000 bars"), fixed(mib(loadedRss), 1),
                "MiB", QStringLiteral("VmRSS after the load, views painted (+%1 MiB)").arg(fixed(mib(loadedRss - emptyRss), 1)));
    printFigure(QStringLiteral("peak RSS (VmHWM) after that load"), fixed(mib(loadedHwm), 1), "MiB",
                QStringLiteral("includes the input lists while they were alive"));
    printFigure(QStringLiteral("  of which 1,000 positions (model, proxy, table view)"), fixed(mib(positionsKiB), 1),
                "MiB", QStringLiteral("VmRSS growth of that step"));
    printFigure(QStringLiteral("  of which 10,000 orders (model, filter proxy, tree view)"), fixed(mib(ordersKiB), 1),
                "MiB", QStringLiteral("VmRSS growth of that step"));
    printFigure(QStringLiteral("  of which 10,000 bars (PriceChart, Qt Charts series)"),
                fixed(mib(cappedBarsKiB + barsKiB), 1), "MiB",
                QStringLiteral("VmRSS growth: %1 MiB at the chart's default cap (%2 bars kept), +%3 MiB for the rest")
                    .arg(fixed(mib(cappedBarsKiB), 1))
                    .arg(cappedBars)
                    .arg(fixed(mib(barsKiB), 1)));
    return 0;
}

/** The median of @p runs timings of @p work (ms); @p prepare runs untimed before each. */
double timeMs(int runs, const std::function<void(int)> &prepare, const std::function<void(int)> &work)
{
    QList<double> ms;
    for (int r = 0; r < runs; ++r) {
        prepare(r);
        const qint64 start = monotonicNs();
        work(r);
        ms.append(double(monotonicNs() - start) / 1e6);
    }
    return median(ms);
}

QString runsNote(int runs)
{
    return QStringLiteral("median of %1").arg(runs);
}

int runRefresh(int runs)
{
    std::printf("\n  refresh: apply() of a full list where 1%% or 100%% of the rows differ from what the model "
                "holds\n  (a fill or a re-stated price and a newer updated_at); alternating between two lists so "
                "every apply changes rows\n");
    const QList<Order> ordersA = orders(OrderCount, OrderCount + 1, 0);
    const QList<Order> orders1 = orders(OrderCount, 100, 1);
    const QList<Order> orders100 = orders(OrderCount, 1, 1);
    const QList<Position> positionsA = positions(PositionCount, PositionCount + 1, 0);
    const QList<Position> positions1 = positions(PositionCount, 100, 3);
    const QList<Position> positions100 = positions(PositionCount, 1, 3);

    std::printf("\n| Figure | Value | Note |\n|---|---|---|\n");
    // --- a model alone
    {
        const double first = timeMs(runs, [](int) {}, [&](int) {
            OrdersModel model;
            model.apply(ordersA);
        });
        printFigure(QStringLiteral("OrdersModel alone: first load of 10,000 orders"), fixed(first, 2), "ms",
                    runsNote(runs) + QStringLiteral(" (includes destroying the model)"));
        for (const auto &[label, changed] : {std::pair{"1%", &orders1}, std::pair{"100%", &orders100}}) {
            OrdersModel model;
            model.apply(ordersA);
            const double t = timeMs(runs, [](int) {}, [&](int r) { model.apply(r % 2 ? ordersA : *changed); });
            printFigure(QStringLiteral("OrdersModel alone: 10,000-order refresh, %1 changed").arg(QLatin1StringView(label)),
                        fixed(t, 2), "ms", runsNote(runs));
        }
        for (const auto &[label, changed] : {std::pair{"1%", &positions1}, std::pair{"100%", &positions100}}) {
            PositionsModel model;
            model.apply(positionsA);
            const double t = timeMs(runs, [](int) {}, [&](int r) { model.apply(r % 2 ? positionsA : *changed); });
            printFigure(QStringLiteral("PositionsModel alone: 1,000-position refresh, %1 changed").arg(QLatin1StringView(label)),
                        fixed(t, 3), "ms", runsNote(runs));
        }
    }
    // --- the window's models, with their proxies and views
    Terminal terminal;
    if (!terminal.open()) {
        std::fprintf(stderr, "app_bench: the window cannot be built\n");
        return 1;
    }
    OrdersModel *ordersModel = terminal.window->ordersModel();
    PositionsModel *positionsModel = terminal.window->positionsModel();
    ordersModel->apply(ordersA);
    positionsModel->apply(positionsA);
    Terminal::settle();
    for (const auto &[label, changed] : {std::pair{"1%", &orders1}, std::pair{"100%", &orders100}}) {
        const auto apply = [&](int r) { ordersModel->apply(r % 2 ? ordersA : *changed); };
        const double t = timeMs(runs, [](int) { Terminal::settle(); }, apply);
        printFigure(QStringLiteral("main window: 10,000-order refresh, %1 changed").arg(QLatin1StringView(label)),
                    fixed(t, 2), "ms", runsNote(runs) + QStringLiteral("; apply() through the filter proxy and sorted tree view"));
        const double painted = timeMs(runs, [](int) { Terminal::settle(); }, [&](int r) {
            apply(r);
            Terminal::settle();
        });
        printFigure(QStringLiteral("main window: 10,000-order refresh, %1 changed, + repaint").arg(QLatin1StringView(label)),
                    fixed(painted, 2), "ms", runsNote(runs) + QStringLiteral("; then the event loop until idle (offscreen)"));
    }
    for (const auto &[label, changed] : {std::pair{"1%", &positions1}, std::pair{"100%", &positions100}}) {
        const auto apply = [&](int r) { positionsModel->apply(r % 2 ? positionsA : *changed); };
        const double t = timeMs(runs, [](int) { Terminal::settle(); }, apply);
        printFigure(QStringLiteral("main window: 1,000-position refresh, %1 changed").arg(QLatin1StringView(label)),
                    fixed(t, 3), "ms", runsNote(runs) + QStringLiteral("; apply() through the sorted proxy and table view"));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Memory and model refresh of the terminal's window under a large account: prints figures."));
    parser.addHelpOption();
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("memory or refresh."),
                                        QStringLiteral("part"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed applies a row (median)."),
                                        QStringLiteral("n"), QStringLiteral("11"));
    parser.addOptions({onlyOption, runsOption});
    parser.process(app);
    const QString only = parser.value(onlyOption);
    if (!printBuildLine("app_bench"))
        return 0;
    std::printf("  QPA platform %s; %d positions, %d orders (every %dth a bracket with 2 legs), %d bars\n",
                qPrintable(QGuiApplication::platformName()), PositionCount, OrderCount, BracketEvery, BarCount);
    if (only.isEmpty() || only == u"memory") {
        if (const int rc = runMemory(); rc != 0)
            return rc;
    }
    if (only.isEmpty() || only == u"refresh")
        return runRefresh(std::max(3, parser.value(runsOption).toInt()));
    return 0;
}
