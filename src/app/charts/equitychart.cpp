// SPDX-License-Identifier: GPL-3.0-or-later
#include "equitychart.h"

#include "chartstyle.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
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
    return double(value.units()) / double(Decimal::UnitsPerOne);
}

} // namespace

struct EquityChart::Parts
{
    PortfolioHistory history;
    QString placeholder;
    int points = 0;
    bool rising = true;

    QStackedLayout *stack = nullptr;
    QLabel *placeholderLabel = nullptr;
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QLineSeries *equity = nullptr;
    QLineSeries *base = nullptr;
    QDateTimeAxis *axisTime = nullptr;
    QValueAxis *axisValue = nullptr;
};

EquityChart::EquityChart(QWidget *parent) : QWidget(parent), d(std::make_unique<Parts>())
{
    d->placeholder = tr("No data");
    d->chart = new QChart;
    d->chart->legend()->hide();
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->setAnimationOptions(QChart::NoAnimation);

    d->equity = new QLineSeries;
    d->equity->setName(tr("Equity"));
    d->base = new QLineSeries;
    d->base->setName(tr("Base value"));
    d->chart->addSeries(d->base);
    d->chart->addSeries(d->equity);

    d->axisTime = new QDateTimeAxis;
    d->axisTime->setTickCount(6);
    d->axisValue = new QValueAxis;
    d->chart->addAxis(d->axisTime, Qt::AlignBottom);
    d->chart->addAxis(d->axisValue, Qt::AlignRight);
    for (QLineSeries *series : {d->equity, d->base}) {
        series->attachAxis(d->axisTime);
        series->attachAxis(d->axisValue);
    }

    d->view = new QChartView(d->chart);
    d->view->setRenderHint(QPainter::Antialiasing, true);
    d->view->setFrameShape(QFrame::NoFrame);

    d->placeholderLabel = new QLabel(d->placeholder);
    d->placeholderLabel->setAlignment(Qt::AlignCenter);
    d->placeholderLabel->setObjectName(QStringLiteral("placeholder"));
    d->placeholderLabel->setWordWrap(true);

    d->stack = new QStackedLayout(this);
    d->stack->setContentsMargins(0, 0, 0, 0);
    d->stack->addWidget(d->placeholderLabel);
    d->stack->addWidget(d->view);

    restyle();
    rebuild();
}

EquityChart::~EquityChart()
{
    delete d->view; // with the chart, while d is still whole
}

void EquityChart::setHistory(const PortfolioHistory &history)
{
    d->history = history;
    rebuild();
}

const PortfolioHistory &EquityChart::history() const
{
    return d->history;
}

void EquityChart::clear()
{
    setHistory({});
}

int EquityChart::pointCount() const
{
    return d->points;
}

void EquityChart::rebuild()
{
    const PortfolioHistory &h = d->history;
    QList<QPointF> points;
    const qsizetype n = std::min(h.timestamp.size(), h.equity.size());
    points.reserve(n);
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    std::optional<Decimal> first;
    std::optional<Decimal> last;
    for (qsizetype i = 0; i < n; ++i) {
        const std::optional<Decimal> &value = h.equity.at(i);
        if (!value || !value->isValid() || h.timestamp.at(i).isNull())
            continue;
        if (!first)
            first = value;
        last = value;
        const double y = toDrawing(*value);
        low = std::min(low, y);
        high = std::max(high, y);
        points.append(QPointF(qreal(h.timestamp.at(i).epochNanos() / 1'000'000), y));
    }
    d->points = int(points.size());
    d->equity->replace(points);
    d->base->clear();
    if (points.isEmpty()) {
        d->stack->setCurrentWidget(d->placeholderLabel);
        return;
    }

    // Gain or loss against the period's base (Alpaca's base_value), else its first point.
    const Decimal baseValue = h.baseValue && h.baseValue->isValid() ? *h.baseValue : *first;
    d->rising = *last >= baseValue;
    const double baseY = toDrawing(baseValue);
    low = std::min(low, baseY);
    high = std::max(high, baseY);
    const qreal left = points.constFirst().x();
    const qreal right = std::max(points.constLast().x(), left + 60'000.0);
    d->base->replace({QPointF(left, baseY), QPointF(right, baseY)});

    double span = high - low;
    if (span <= 0)
        span = std::max(std::abs(high) * 0.01, 1.0);
    d->axisValue->setRange(low - span * 0.08, high + span * 0.08);
    d->axisValue->setTickCount(5);
    d->axisValue->applyNiceNumbers(); // 100,000 rather than 99,902
    d->axisValue->setLabelFormat(high >= 10'000 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    d->axisTime->setRange(QDateTime::fromMSecsSinceEpoch(qint64(left)),
                          QDateTime::fromMSecsSinceEpoch(qint64(right)));
    const qint64 spanMs = qint64(right - left);
    constexpr qint64 DayMs = 86'400'000;
    d->axisTime->setFormat(spanMs <= DayMs ? QStringLiteral("HH:mm")
                           : spanMs <= 8 * DayMs ? QStringLiteral("ddd HH:mm")
                           : spanMs <= 62 * DayMs ? QStringLiteral("d MMM")
                                                  : QStringLiteral("MMM yyyy"));
    restyle();
    d->stack->setCurrentWidget(d->view);
}

void EquityChart::setPlaceholderText(const QString &text)
{
    d->placeholder = text.isEmpty() ? tr("No data") : text;
    d->placeholderLabel->setText(d->placeholder);
}

QString EquityChart::placeholderText() const
{
    return d->placeholder;
}

bool EquityChart::isShowingPlaceholder() const
{
    return d->stack->currentWidget() == d->placeholderLabel;
}

void EquityChart::restyle()
{
    const QPalette pal = palette();
    ChartStyle::apply(d->chart, pal);
    d->equity->setPen(QPen(d->rising ? ChartStyle::gain(pal) : ChartStyle::loss(pal), 2));
    QColor baseColor = pal.color(QPalette::Text);
    baseColor.setAlpha(140);
    d->base->setPen(QPen(baseColor, 1, Qt::DashLine));
    QPalette labelPalette = d->placeholderLabel->palette();
    labelPalette.setColor(QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::Text));
    d->placeholderLabel->setPalette(labelPalette);
}

void EquityChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
    QWidget::changeEvent(event);
}

} // namespace Elson
