// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricechart.h"

#include "baraggregator.h"
#include "chartstyle.h"
#include "decimalformatter.h"
#include "marketcalendar.h"

#include <QBarSet>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QMouseEvent>
#include <QPen>
#include <QSet>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Elson {

namespace {

/** Drawing only: a Decimal's 10⁻⁹ units as a double. Never used for money arithmetic. */
double toDrawing(const Decimal &value)
{
    return value.isValid() ? double(value.units()) / double(Decimal::UnitsPerOne) : 0.0;
}

constexpr qreal MarkerZ = 1'000;

/** A horizontal price line with its label box, drawn over the plot. */
struct Marker
{
    QGraphicsLineItem *line = nullptr;
    QGraphicsRectItem *box = nullptr;
    QGraphicsSimpleTextItem *text = nullptr;
    Decimal price = Decimal::invalid();
    QColor color;

    void create(QChart *chart)
    {
        line = new QGraphicsLineItem(chart);
        box = new QGraphicsRectItem(chart);
        text = new QGraphicsSimpleTextItem(box);
        line->setZValue(MarkerZ);
        box->setZValue(MarkerZ + 1);
        hide();
    }
    void destroy()
    {
        delete text; // a child of box, deleted first so box does not delete it again
        delete box;
        delete line;
        line = nullptr;
        box = nullptr;
        text = nullptr;
    }
    void hide()
    {
        line->hide();
        box->hide();
    }
};

} // namespace

struct PriceChart::Parts
{
    QString symbol;
    QString timeframe = QStringLiteral("1Day");
    QString placeholder;
    QList<Bar> bars;
    BarAggregator aggregator { QStringLiteral("1Day") };
    int maxBars = DefaultMaxBars;
    QList<OrderLine> orderLines;

    QStackedLayout *stack = nullptr;
    QLabel *placeholderLabel = nullptr;
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QCandlestickSeries *candles = nullptr;
    QStackedBarSeries *volume = nullptr;
    QBarSet *upVolume = nullptr;
    QBarSet *downVolume = nullptr;
    QCategoryAxis *axisX = nullptr;
    /// The series' x (hidden): candles and bars refuse a QCategoryAxis, so axisX, attached
    /// to nothing, only labels the same range.
    QValueAxis *axisSlots = nullptr;
    QValueAxis *axisPrice = nullptr;
    QValueAxis *axisVolume = nullptr;

    Marker last;
    QList<Marker> orders;
};

PriceChart::PriceChart(QWidget *parent) : QWidget(parent), d(std::make_unique<Parts>())
{
    d->placeholder = tr("No data");

    d->chart = new QChart;
    d->chart->legend()->hide();
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->setAnimationOptions(QChart::NoAnimation);

    d->candles = new QCandlestickSeries;
    d->candles->setBodyOutlineVisible(true);
    d->candles->setMinimumColumnWidth(1);
    d->candles->setMaximumColumnWidth(24);
    d->candles->setBodyWidth(0.7);
    d->volume = new QStackedBarSeries;
    d->volume->setBarWidth(0.7);
    d->upVolume = new QBarSet(tr("Volume up"));
    d->downVolume = new QBarSet(tr("Volume down"));
    d->volume->append(d->upVolume);
    d->volume->append(d->downVolume);
    // Volume first, so the candles are drawn over it.
    d->chart->addSeries(d->volume);
    d->chart->addSeries(d->candles);

    d->axisX = new QCategoryAxis;
    d->axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    d->axisX->setGridLineVisible(true);
    d->axisPrice = new QValueAxis;
    d->axisVolume = new QValueAxis;
    d->axisVolume->setVisible(false);
    d->axisSlots = new QValueAxis;
    d->axisSlots->setVisible(false);
    d->chart->addAxis(d->axisX, Qt::AlignBottom);
    d->chart->addAxis(d->axisSlots, Qt::AlignBottom);
    d->chart->addAxis(d->axisPrice, Qt::AlignRight);
    d->chart->addAxis(d->axisVolume, Qt::AlignLeft);
    d->candles->attachAxis(d->axisSlots);
    d->candles->attachAxis(d->axisPrice);
    d->volume->attachAxis(d->axisSlots);
    d->volume->attachAxis(d->axisVolume);

    d->last.create(d->chart);

    d->view = new QChartView(d->chart);
    d->view->setRenderHint(QPainter::Antialiasing, false); // crisp one-pixel candles
    d->view->setFrameShape(QFrame::NoFrame);
    d->view->viewport()->installEventFilter(this);
    d->view->setCursor(Qt::CrossCursor);
    d->view->setToolTip(tr("Click to open an order ticket at that price"));

    d->placeholderLabel = new QLabel(d->placeholder);
    d->placeholderLabel->setAlignment(Qt::AlignCenter);
    d->placeholderLabel->setObjectName(QStringLiteral("placeholder"));
    d->placeholderLabel->setWordWrap(true);

    d->stack = new QStackedLayout(this);
    d->stack->setContentsMargins(0, 0, 0, 0);
    d->stack->addWidget(d->placeholderLabel);
    d->stack->addWidget(d->view);

    connect(d->chart, &QChart::plotAreaChanged, this, [this] { layoutMarkers(); });
    connect(d->axisPrice, &QValueAxis::rangeChanged, this, [this] { layoutMarkers(); });

    restyle();
    showChartOrPlaceholder();
}

PriceChart::~PriceChart()
{
    // The chart (and the marker items it owns) go while d is still whole.
    d->view->viewport()->removeEventFilter(this);
    d->chart->disconnect(this);
    d->axisPrice->disconnect(this);
    delete d->view;
}

// --- symbol and timeframe

void PriceChart::setSymbol(const QString &symbol)
{
    d->symbol = symbol.trimmed().toUpper();
}

QString PriceChart::symbol() const
{
    return d->symbol;
}

void PriceChart::setTimeframe(const QString &timeframe)
{
    if (timeframe == d->timeframe)
        return;
    d->timeframe = timeframe;
    d->aggregator = BarAggregator(timeframe);
    d->aggregator.reset(d->bars);
    updateTimeLabels();
}

QString PriceChart::timeframe() const
{
    return d->timeframe;
}

// --- bars

void PriceChart::setBars(const QList<Bar> &bars)
{
    d->bars = bars;
    if (d->bars.size() > d->maxBars)
        d->bars.remove(0, d->bars.size() - d->maxBars);
    d->aggregator.reset(d->bars);
    rebuild();
}

QList<Bar> PriceChart::bars() const
{
    return d->bars;
}

int PriceChart::barCount() const
{
    return int(d->bars.size());
}

void PriceChart::clear()
{
    setBars({});
}

void PriceChart::updateBar(const Bar &bar)
{
    if (!d->symbol.isEmpty() && !bar.symbol.isEmpty()
        && bar.symbol.compare(d->symbol, Qt::CaseInsensitive) != 0)
        return;
    switch (d->aggregator.add(bar)) {
    case BarAggregator::Change::Ignored:
        return;
    case BarAggregator::Change::Appended:
        appendSlot(*d->aggregator.last());
        break;
    case BarAggregator::Change::Replaced:
        replaceLastSlot(*d->aggregator.last());
        break;
    }
    updateRanges();
    showChartOrPlaceholder();
}

void PriceChart::rebuild()
{
    d->candles->clear();
    d->upVolume->remove(0, d->upVolume->count());
    d->downVolume->remove(0, d->downVolume->count());
    QList<QCandlestickSet *> sets;
    QList<qreal> up;
    QList<qreal> down;
    sets.reserve(d->bars.size());
    up.reserve(d->bars.size());
    down.reserve(d->bars.size());
    for (qsizetype i = 0; i < d->bars.size(); ++i) {
        const Bar &bar = d->bars.at(i);
        sets.append(new QCandlestickSet(toDrawing(bar.open), toDrawing(bar.high),
                                        toDrawing(bar.low), toDrawing(bar.close), qreal(i)));
        const bool rising = bar.close >= bar.open;
        up.append(rising ? qreal(bar.volume) : 0.0);
        down.append(rising ? 0.0 : qreal(bar.volume));
    }
    d->candles->append(sets);
    d->upVolume->append(up);
    d->downVolume->append(down);
    updateRanges();
    updateTimeLabels();
    showChartOrPlaceholder();
}

void PriceChart::appendSlot(const Bar &bar)
{
    if (d->bars.size() >= d->maxBars) {
        // Drop the oldest slot and renumber: slots are positions, not times.
        d->bars.removeFirst();
        d->candles->remove(d->candles->sets().constFirst());
        d->upVolume->remove(0);
        d->downVolume->remove(0);
        const QList<QCandlestickSet *> sets = d->candles->sets();
        for (qsizetype i = 0; i < sets.size(); ++i)
            sets.at(i)->setTimestamp(qreal(i));
    }
    d->bars.append(bar);
    d->candles->append(new QCandlestickSet(toDrawing(bar.open), toDrawing(bar.high),
                                           toDrawing(bar.low), toDrawing(bar.close),
                                           qreal(d->bars.size() - 1)));
    const bool rising = bar.close >= bar.open;
    d->upVolume->append(rising ? qreal(bar.volume) : 0.0);
    d->downVolume->append(rising ? 0.0 : qreal(bar.volume));
    updateTimeLabels();
}

void PriceChart::replaceLastSlot(const Bar &bar)
{
    if (d->bars.isEmpty()) {
        appendSlot(bar);
        return;
    }
    d->bars.last() = bar;
    QCandlestickSet *set = d->candles->sets().constLast();
    set->setOpen(toDrawing(bar.open));
    set->setHigh(toDrawing(bar.high));
    set->setLow(toDrawing(bar.low));
    set->setClose(toDrawing(bar.close));
    const int index = int(d->bars.size()) - 1;
    const bool rising = bar.close >= bar.open;
    d->upVolume->replace(index, rising ? qreal(bar.volume) : 0.0);
    d->downVolume->replace(index, rising ? 0.0 : qreal(bar.volume));
}

void PriceChart::updateRanges()
{
    const qsizetype n = d->bars.size();
    const qreal right = qreal(std::max<qsizetype>(n, 1)) + 0.5;
    d->axisX->setRange(-0.5, right);
    d->axisSlots->setRange(-0.5, right);
    if (n == 0)
        return;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    qint64 maxVolume = 0;
    for (const Bar &bar : std::as_const(d->bars)) {
        low = std::min(low, toDrawing(bar.low));
        high = std::max(high, toDrawing(bar.high));
        maxVolume = std::max(maxVolume, bar.volume);
    }
    if (d->last.price.isValid()) {
        low = std::min(low, toDrawing(d->last.price));
        high = std::max(high, toDrawing(d->last.price));
    }
    double span = high - low;
    if (span <= 0)
        span = std::max(std::abs(high) * 0.01, 0.01);
    // The bottom quarter is the volume's: candles sit above it.
    d->axisPrice->setRange(low - span * 0.4, high + span * 0.06);
    d->axisPrice->setLabelFormat(high < 1.0 ? QStringLiteral("%.4f") : QStringLiteral("%.2f"));
    d->axisVolume->setRange(0, qreal(std::max<qint64>(maxVolume, 1)) * 4.0);
    layoutMarkers();
}

void PriceChart::updateTimeLabels()
{
    const QStringList old = d->axisX->categoriesLabels();
    for (const QString &label : old)
        d->axisX->remove(label);
    const qsizetype n = d->bars.size();
    if (n == 0)
        return;
    const bool daily = BarAggregator::bucketSeconds(d->timeframe) >= 86'400
                       || BarAggregator::bucketSeconds(d->timeframe) == 0;
    const qint64 spanDays = (d->bars.constLast().time.epochSeconds()
                             - d->bars.constFirst().time.epochSeconds()) / 86'400;
    const QLocale locale = this->locale();
    const qsizetype step = std::max<qsizetype>(1, (n + 5) / 6);
    d->axisX->setStartValue(-0.5);
    QSet<QString> used;
    QDate previousDate;
    for (qsizetype i = 0; i < n; i += step) {
        // The exchange's clock: a 09:30 bar reads 09:30 wherever the trader sits.
        const QDateTime at = MarketCalendar::toNewYork(d->bars.at(i).time).toDateTime();
        QString label;
        if (daily)
            label = spanDays > 300 ? locale.toString(at.date(), QStringLiteral("MMM yyyy"))
                                   : locale.toString(at.date(), QStringLiteral("d MMM"));
        else if (at.date() != previousDate)
            label = locale.toString(at, QStringLiteral("d MMM HH:mm"));
        else
            label = locale.toString(at.time(), QStringLiteral("HH:mm"));
        previousDate = at.date();
        if (used.contains(label))
            continue; // the axis needs unique labels
        used.insert(label);
        d->axisX->append(label, qreal(i));
    }
}

// --- prices over the plot

void PriceChart::setLastPrice(const Decimal &price)
{
    d->last.price = price.isValid() && price.isPositive() ? price : Decimal::invalid();
    updateRanges();
}

Decimal PriceChart::lastPrice() const
{
    return d->last.price;
}

void PriceChart::setOrderLines(const QList<OrderLine> &lines)
{
    if (lines == d->orderLines)
        return;
    d->orderLines = lines;
    for (Marker &marker : d->orders)
        marker.destroy();
    d->orders.clear();
    for (const OrderLine &line : lines) {
        Marker marker;
        marker.create(d->chart);
        marker.price = line.price;
        d->orders.append(marker);
    }
    restyle();
}

QList<OrderLine> PriceChart::orderLines() const
{
    return d->orderLines;
}

void PriceChart::layoutMarkers()
{
    const QRectF plot = d->chart->plotArea();
    const QLocale locale = this->locale();
    const auto place = [&](Marker &marker, const QString &text) {
        if (!marker.price.isValid() || d->bars.isEmpty() || plot.isEmpty()) {
            marker.hide();
            return;
        }
        const qreal y =
            d->chart->mapToPosition(QPointF(0, toDrawing(marker.price)), d->candles).y();
        if (!std::isfinite(y) || y < plot.top() || y > plot.bottom()) {
            marker.hide(); // outside the visible prices
            return;
        }
        QPen pen(marker.color, 1, Qt::DashLine);
        marker.line->setPen(pen);
        marker.line->setLine(plot.left(), y, plot.right(), y);
        marker.text->setText(text);
        const QRectF textRect = marker.text->boundingRect();
        const QRectF boxRect(0, 0, textRect.width() + 8, textRect.height() + 2);
        marker.box->setRect(boxRect);
        marker.box->setBrush(marker.color);
        marker.box->setPen(Qt::NoPen);
        marker.text->setBrush(ChartStyle::isDark(palette()) ? QColor(Qt::black) : QColor(Qt::white));
        marker.text->setPos(4, 1);
        marker.box->setPos(plot.right() - boxRect.width(), y - boxRect.height() / 2);
        marker.line->show();
        marker.box->show();
    };
    place(d->last, DecimalFormatter::price(d->last.price, locale));
    for (qsizetype i = 0; i < d->orders.size(); ++i) {
        const OrderLine &line = d->orderLines.at(i);
        const QString price = DecimalFormatter::price(line.price, locale);
        place(d->orders[i], line.label.isEmpty() ? price : line.label + u' ' + price);
    }
}

// --- placeholder, theme, clicks

void PriceChart::setPlaceholderText(const QString &text)
{
    d->placeholder = text.isEmpty() ? tr("No data") : text;
    d->placeholderLabel->setText(d->placeholder);
}

QString PriceChart::placeholderText() const
{
    return d->placeholder;
}

bool PriceChart::isShowingPlaceholder() const
{
    return d->stack->currentWidget() == d->placeholderLabel;
}

void PriceChart::setMaxBars(int maxBars)
{
    d->maxBars = std::max(maxBars, 1);
    if (d->bars.size() > d->maxBars)
        setBars(d->bars);
}

int PriceChart::maxBars() const
{
    return d->maxBars;
}

void PriceChart::showChartOrPlaceholder()
{
    d->stack->setCurrentWidget(d->bars.isEmpty() ? static_cast<QWidget *>(d->placeholderLabel)
                                                 : static_cast<QWidget *>(d->view));
}

void PriceChart::restyle()
{
    const QPalette pal = palette();
    ChartStyle::apply(d->chart, pal);
    d->candles->setIncreasingColor(ChartStyle::gain(pal));
    d->candles->setDecreasingColor(ChartStyle::loss(pal));
    QColor wick = pal.color(QPalette::Text);
    wick.setAlpha(170);
    d->candles->setPen(QPen(wick, 1));
    QColor up = ChartStyle::gain(pal);
    up.setAlpha(110);
    QColor down = ChartStyle::loss(pal);
    down.setAlpha(110);
    d->upVolume->setColor(up);
    d->upVolume->setBorderColor(up);
    d->downVolume->setColor(down);
    d->downVolume->setBorderColor(down);
    d->last.color = ChartStyle::neutral(pal);
    for (qsizetype i = 0; i < d->orders.size(); ++i) {
        const OrderLine &line = d->orderLines.at(i);
        d->orders[i].color = line.color.isValid() ? line.color
                             : line.side == OrderSide::Buy ? ChartStyle::gain(pal)
                                                           : ChartStyle::loss(pal);
    }
    QPalette labelPalette = d->placeholderLabel->palette();
    labelPalette.setColor(QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::Text));
    d->placeholderLabel->setPalette(labelPalette);
    layoutMarkers();
}

void PriceChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
    else if (event->type() == QEvent::LocaleChange)
        updateTimeLabels();
    QWidget::changeEvent(event);
}

bool PriceChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->view->viewport() && event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && !d->bars.isEmpty()) {
            const QPointF scenePos = d->view->mapToScene(mouse->position().toPoint());
            const QPointF chartPos = d->chart->mapFromScene(scenePos);
            if (d->chart->plotArea().contains(chartPos)) {
                const double y = d->chart->mapToValue(chartPos, d->candles).y();
                // A clicked place becomes an order price: to the sub-penny tick, never below it.
                const Result<Decimal> price =
                    Decimal::fromString(QString::number(y, 'f', 6), {},
                                        Decimal::ExcessDigits::Round);
                if (price && price.value().isPositive())
                    Q_EMIT priceClicked(price.value().roundedToTick());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Elson
