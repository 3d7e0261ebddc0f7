// SPDX-License-Identifier: GPL-3.0-or-later
// PriceChart and EquityChart offscreen: bars become candles and volume, live bars fold
// into the timeframe, price lines, clicks give prices, empty data shows a placeholder,
// and the rendering is not blank.
#include "equitychart.h"
#include "pricechart.h"

#include <QBarSet>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QSet>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>

using namespace Elson;
using namespace Qt::StringLiterals;

namespace {

/** @p count daily bars from 2026-10-01 (New York midnight in UTC), gently rising and falling. */
QList<Bar> dailyBars(int count)
{
    QList<Bar> bars;
    Timestamp t = Timestamp::fromString(u"2026-10-01T04:00:00Z"_s).value();
    Decimal price = Decimal::fromLiteral("100.00");
    for (int i = 0; i < count; ++i) {
        Bar b;
        b.symbol = u"AAPL"_s;
        b.time = t.addSeconds(qint64(i) * 86'400);
        b.open = price;
        const Decimal step = Decimal::fromLiteral(i % 3 == 0 ? "-0.75" : "1.25");
        b.close = price + step;
        b.high = Decimal::max(b.open, b.close) + Decimal::fromLiteral("0.50");
        b.low = Decimal::min(b.open, b.close) - Decimal::fromLiteral("0.40");
        b.volume = 1'000'000 + 10'000 * i;
        b.vwap = b.close;
        bars.append(b);
        price = b.close;
    }
    return bars;
}

Bar minuteBar(const char *time, const char *price, qint64 volume)
{
    Bar b;
    b.symbol = u"AAPL"_s;
    b.time = Timestamp::fromString(QString::fromLatin1(time)).value();
    b.open = b.high = b.low = b.close = Decimal::fromLiteral(price);
    b.volume = volume;
    return b;
}

/** With ELSON_TEST_SNAPSHOT_DIR set, keeps @p image there for a person to look at. */
void keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("ELSON_TEST_SNAPSHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + u'/' + name + u".png"_s);
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

QList<QGraphicsLineItem *> visiblePriceLines(QChartView *view)
{
    QList<QGraphicsLineItem *> lines;
    for (QGraphicsItem *item : view->scene()->items()) {
        auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(item);
        if (line && line->isVisible() && line->zValue() >= 1'000)
            lines.append(line);
    }
    return lines;
}

} // namespace

class tst_PriceChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyShowsPlaceholder();
    void barsBecomeCandlesAndVolume();
    void rendersSomething();
    void updateBarReplacesOrAppends();
    void minuteBarsFoldIntoTheTimeframe();
    void otherSymbolsBarsAreIgnored();
    void maxBarsDropsTheOldest();
    void priceLines();
    void clickGivesAPrice();
    void followsThePalette();
    void equityChart();
    void equityChartSkipsNulls();

private:
    QChartView *view() const { return m_chart->findChild<QChartView *>(); }
    QCandlestickSeries *candles() const;
    QStackedBarSeries *volume() const;

    std::unique_ptr<PriceChart> m_chart;
};

void tst_PriceChart::init()
{
    m_chart = std::make_unique<PriceChart>();
    m_chart->resize(800, 500);
    m_chart->setSymbol(u"AAPL"_s);
    m_chart->setTimeframe(u"1Day"_s);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void tst_PriceChart::cleanup()
{
    m_chart.reset();
}

QCandlestickSeries *tst_PriceChart::candles() const
{
    for (QAbstractSeries *series : view()->chart()->series()) {
        if (auto *c = qobject_cast<QCandlestickSeries *>(series))
            return c;
    }
    return nullptr;
}

QStackedBarSeries *tst_PriceChart::volume() const
{
    for (QAbstractSeries *series : view()->chart()->series()) {
        if (auto *v = qobject_cast<QStackedBarSeries *>(series))
            return v;
    }
    return nullptr;
}

void tst_PriceChart::emptyShowsPlaceholder()
{
    QVERIFY(m_chart->isShowingPlaceholder());
    QCOMPARE(m_chart->barCount(), 0);
    QVERIFY(!m_chart->grab().isNull());
    m_chart->setPlaceholderText(u"Loading AAPL…"_s);
    QCOMPARE(m_chart->placeholderText(), u"Loading AAPL…"_s);
    m_chart->setBars(dailyBars(3));
    QVERIFY(!m_chart->isShowingPlaceholder());
    m_chart->clear();
    QVERIFY(m_chart->isShowingPlaceholder());
    m_chart->setPlaceholderText({});
    QCOMPARE(m_chart->placeholderText(), u"No data"_s);
}

void tst_PriceChart::barsBecomeCandlesAndVolume()
{
    const QList<Bar> bars = dailyBars(40);
    m_chart->setBars(bars);
    QVERIFY(view());
    QCOMPARE(view()->chart()->series().size(), 2); // candles + volume, nothing else
    QVERIFY(candles());
    QVERIFY(volume());
    QCOMPARE(candles()->count(), 40);
    QCOMPARE(volume()->count(), 2); // rising and falling volume sets
    QCOMPARE(volume()->barSets().at(0)->count(), 40);
    QCOMPARE(volume()->barSets().at(1)->count(), 40);
    // Each slot's volume is in exactly one set, by the candle's direction.
    for (int i = 0; i < 40; ++i) {
        const bool rising = bars.at(i).close >= bars.at(i).open;
        QCOMPARE(volume()->barSets().at(rising ? 0 : 1)->at(i), qreal(bars.at(i).volume));
        QCOMPARE(volume()->barSets().at(rising ? 1 : 0)->at(i), 0.0);
    }
    const QCandlestickSet *first = candles()->sets().constFirst();
    QCOMPARE(first->open(), 100.0);
    QCOMPARE(first->close(), 99.25);
    QCOMPARE(first->timestamp(), 0.0);
    QCOMPARE(candles()->sets().constLast()->timestamp(), 39.0);
    QCOMPARE(m_chart->bars(), bars);
}

void tst_PriceChart::rendersSomething()
{
    m_chart->setBars(dailyBars(60));
    m_chart->setLastPrice(Decimal::fromLiteral("110.00"));
    m_chart->setOrderLines({{u"Buy 10 LMT"_s, Decimal::fromLiteral("104.00"), OrderSide::Buy, {}},
                            {u"Stop"_s, Decimal::fromLiteral("112.50"), OrderSide::Sell, {}}});
    const QImage image = m_chart->grab().toImage();
    keep(image, u"pricechart"_s);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_chart->size() * m_chart->devicePixelRatio());
    // Candles in two colours, volume, axes, text: far more than a blank widget's colours.
    QVERIFY2(distinctColours(image) > 8, qPrintable(QString::number(distinctColours(image))));
    int gainPixels = 0;
    const QColor gain = candles()->increasingColor();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            gainPixels += QColor(image.pixel(x, y)) == gain;
    }
    QVERIFY2(gainPixels > 50, qPrintable(QString::number(gainPixels)));
}

void tst_PriceChart::updateBarReplacesOrAppends()
{
    m_chart->setTimeframe(u"1Min"_s);
    m_chart->setBars({minuteBar("2026-11-23T15:15:00Z", "100", 10)});
    m_chart->updateBar(minuteBar("2026-11-23T15:15:00Z", "101", 12)); // same minute: replace
    QCOMPARE(m_chart->barCount(), 1);
    QCOMPARE(candles()->count(), 1);
    QCOMPARE(candles()->sets().constLast()->close(), 101.0);
    QCOMPARE(volume()->barSets().at(0)->at(0) + volume()->barSets().at(1)->at(0), 12.0);
    m_chart->updateBar(minuteBar("2026-11-23T15:16:00Z", "102", 5)); // next minute: append
    QCOMPARE(m_chart->barCount(), 2);
    QCOMPARE(candles()->count(), 2);
    QCOMPARE(candles()->sets().constLast()->timestamp(), 1.0);
    QCOMPARE(m_chart->bars().constLast().close, Decimal::fromLiteral("102"));
}

void tst_PriceChart::minuteBarsFoldIntoTheTimeframe()
{
    m_chart->setTimeframe(u"5Min"_s);
    m_chart->setBars({minuteBar("2026-11-23T15:10:00Z", "100", 100)});
    m_chart->updateBar(minuteBar("2026-11-23T15:15:00Z", "101", 10));
    m_chart->updateBar(minuteBar("2026-11-23T15:16:00Z", "103", 20));
    m_chart->updateBar(minuteBar("2026-11-23T15:17:00Z", "99", 30));
    QCOMPARE(m_chart->barCount(), 2);
    const Bar last = m_chart->bars().constLast();
    QCOMPARE(last.time, Timestamp::fromString(u"2026-11-23T15:15:00Z"_s).value());
    QCOMPARE(last.open, Decimal::fromLiteral("101"));
    QCOMPARE(last.high, Decimal::fromLiteral("103"));
    QCOMPARE(last.low, Decimal::fromLiteral("99"));
    QCOMPARE(last.close, Decimal::fromLiteral("99"));
    QCOMPARE(last.volume, qint64(60));
    const QCandlestickSet *set = candles()->sets().constLast();
    QCOMPARE(set->high(), 103.0);
    QCOMPARE(set->low(), 99.0);
    // A falling 5-minute bar: its volume is in the falling set.
    QCOMPARE(volume()->barSets().at(1)->at(1), 60.0);
    QCOMPARE(volume()->barSets().at(0)->at(1), 0.0);
}

void tst_PriceChart::otherSymbolsBarsAreIgnored()
{
    m_chart->setTimeframe(u"1Min"_s);
    m_chart->setBars({minuteBar("2026-11-23T15:15:00Z", "100", 10)});
    Bar other = minuteBar("2026-11-23T15:16:00Z", "5", 1);
    other.symbol = u"MSFT"_s;
    m_chart->updateBar(other);
    QCOMPARE(m_chart->barCount(), 1);
}

void tst_PriceChart::maxBarsDropsTheOldest()
{
    m_chart->setMaxBars(10);
    m_chart->setBars(dailyBars(15));
    QCOMPARE(m_chart->barCount(), 10);
    QCOMPARE(candles()->count(), 10);
    const QList<Bar> all = dailyBars(16);
    QCOMPARE(m_chart->bars().constFirst(), all.at(5));
    m_chart->updateBar(all.at(15));
    QCOMPARE(m_chart->barCount(), 10);
    QCOMPARE(candles()->count(), 10);
    QCOMPARE(volume()->barSets().at(0)->count(), 10);
    QCOMPARE(m_chart->bars().constFirst(), all.at(6));
    // Slots are renumbered from 0.
    QCOMPARE(candles()->sets().constFirst()->timestamp(), 0.0);
    QCOMPARE(candles()->sets().constLast()->timestamp(), 9.0);
}

void tst_PriceChart::priceLines()
{
    m_chart->setBars(dailyBars(30));
    QCOMPARE(visiblePriceLines(view()).size(), 0);
    const Decimal last = m_chart->bars().constLast().close;
    m_chart->setLastPrice(last);
    QCOMPARE(m_chart->lastPrice(), last);
    QCOMPARE(visiblePriceLines(view()).size(), 1);

    const OrderLine buy {u"Buy 10 LMT"_s, last - Decimal::fromLiteral("2"), OrderSide::Buy, {}};
    const OrderLine sell {u"Take profit"_s, last + Decimal::fromLiteral("1"), OrderSide::Sell, {}};
    const OrderLine far {u"Far away"_s, Decimal::fromLiteral("5000"), OrderSide::Sell, {}};
    m_chart->setOrderLines({buy, sell, far});
    QCOMPARE(m_chart->orderLines().size(), 3);
    // The line far outside the visible prices is not drawn.
    const QList<QGraphicsLineItem *> lines = visiblePriceLines(view());
    QCOMPARE(lines.size(), 3);
    // A higher price is drawn higher (smaller y).
    QList<qreal> ys;
    for (const QGraphicsLineItem *line : lines)
        ys.append(line->line().y1());
    std::sort(ys.begin(), ys.end());
    QVERIFY(ys.at(0) < ys.at(1) && ys.at(1) < ys.at(2));

    m_chart->setOrderLines({});
    m_chart->setLastPrice(Decimal::invalid());
    QCOMPARE(visiblePriceLines(view()).size(), 0);
}

void tst_PriceChart::clickGivesAPrice()
{
    m_chart->setBars(dailyBars(30));
    QSignalSpy clicked(m_chart.get(), &PriceChart::priceClicked);
    QChart *chart = view()->chart();
    const qreal target = 105.0;
    const QPointF inChart = chart->mapToPosition(QPointF(10, target), candles());
    const QPoint inView = view()->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, inView);
    QCOMPARE(clicked.count(), 1);
    const auto price = clicked.at(0).at(0).value<Decimal>();
    QVERIFY(price.isTickAligned());
    // Within a pixel or two of the target, in dollars.
    const qreal perPixel = (chart->mapToValue(QPointF(0, 0), candles()).y()
                            - chart->mapToValue(QPointF(0, 10), candles()).y()) / 10.0;
    const Decimal tolerance = Decimal::fromString(QString::number(perPixel * 2 + 0.01, 'f', 4)).value();
    QVERIFY2((price - Decimal::fromLiteral("105")).abs() <= tolerance, qPrintable(price.toString()));

    // Outside the plot (the axis area) nothing is emitted.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, QPoint(1, 1));
    QCOMPARE(clicked.count(), 1);
}

void tst_PriceChart::followsThePalette()
{
    m_chart->setBars(dailyBars(10));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1b));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::WindowText, Qt::black);

    m_chart->setPalette(light);
    const QColor lightGain = candles()->increasingColor();
    QCOMPARE(view()->chart()->plotAreaBackgroundBrush().color(), QColor(Qt::white));
    m_chart->setPalette(dark);
    QCOMPARE(view()->chart()->plotAreaBackgroundBrush().color(), QColor(0x18, 0x18, 0x1b));
    QVERIFY(candles()->increasingColor() != lightGain);
    QVERIFY(candles()->increasingColor().lightness() > lightGain.lightness());
    const QImage image = m_chart->grab().toImage();
    keep(image, u"pricechart-dark"_s);
    QVERIFY(!image.isNull());
}

void tst_PriceChart::equityChart()
{
    EquityChart chart;
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.isShowingPlaceholder());

    PortfolioHistory history;
    const Timestamp start = Timestamp::fromString(u"2026-11-23T14:30:00Z"_s).value();
    for (int i = 0; i < 50; ++i) {
        history.timestamp.append(start.addSeconds(qint64(i) * 300));
        history.equity.append(Decimal::fromInt(100'000 + i * 25));
        history.profitLoss.append(Decimal::fromInt(i * 25));
        history.profitLossPct.append(std::nullopt);
    }
    history.baseValue = Decimal::fromInt(100'000);
    history.timeframe = u"5Min"_s;
    chart.setHistory(history);
    QVERIFY(!chart.isShowingPlaceholder());
    QCOMPARE(chart.pointCount(), 50);
    auto *view = chart.findChild<QChartView *>();
    QVERIFY(view);
    QCOMPARE(view->chart()->series().size(), 2); // equity and its base value
    auto *equity = qobject_cast<QLineSeries *>(view->chart()->series().at(1));
    QVERIFY(equity);
    QCOMPARE(equity->count(), 50);
    QCOMPARE(equity->at(49).y(), 101'225.0);
    QCOMPARE(qint64(equity->at(0).x()), start.epochNanos() / 1'000'000);
    const QImage image = chart.grab().toImage();
    keep(image, u"equitychart"_s);
    QVERIFY(!image.isNull());
    QVERIFY(distinctColours(image) > 5);
    chart.clear();
    QVERIFY(chart.isShowingPlaceholder());
    QCOMPARE(chart.pointCount(), 0);
}

void tst_PriceChart::equityChartSkipsNulls()
{
    EquityChart chart;
    PortfolioHistory history;
    const Timestamp start = Timestamp::fromString(u"2026-11-23T14:30:00Z"_s).value();
    for (int i = 0; i < 4; ++i) {
        history.timestamp.append(start.addSeconds(qint64(i) * 86'400));
        history.equity.append(i % 2 ? std::optional<Decimal>() : Decimal::fromInt(1'000 - i));
    }
    chart.setHistory(history);
    QCOMPARE(chart.pointCount(), 2);
    QVERIFY(!chart.isShowingPlaceholder());

    PortfolioHistory allNull;
    allNull.timestamp = history.timestamp;
    allNull.equity = {std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    chart.setHistory(allNull);
    QCOMPARE(chart.pointCount(), 0);
    QVERIFY(chart.isShowingPlaceholder());
}

QTEST_MAIN(tst_PriceChart)
#include "tst_pricechart.moc"
