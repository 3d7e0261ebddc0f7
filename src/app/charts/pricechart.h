// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bar.h"
#include "decimal.h"
#include "orderline.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

namespace Elson {

/**
 * Candles with volume beneath for one symbol and timeframe, the live last price and the
 * user's working order prices as lines. The one place that knows how charts are drawn
 * (Qt Charts today): callers give bars and prices, never series or axes.
 *
 * Bars are laid out one per slot, so nights, weekends and holidays leave no gaps; the
 * bottom axis labels the slots with their New York date and time. Prices are Decimals;
 * they become doubles only to be drawn. updateBar() folds live minute bars into the
 * chart's timeframe (BarAggregator). With no bars, a placeholder ("No data") is shown.
 * Colours follow the widget palette (light and dark themes).
 */
class PriceChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceChart)

public:
    static constexpr int DefaultMaxBars = 2'000;

    explicit PriceChart(QWidget *parent = nullptr);
    ~PriceChart() override;

    void setSymbol(const QString &symbol);
    [[nodiscard]] QString symbol() const;
    /** "1Min", "5Min", "15Min", "1Hour", "1Day": how live bars are folded and labelled. */
    void setTimeframe(const QString &timeframe);
    [[nodiscard]] QString timeframe() const;

    /** Replaces the bars (ascending by time; bars beyond maxBars() are dropped from the front). */
    void setBars(const QList<Elson::Bar> &bars);
    /** A live bar of this timeframe or finer: updates the last bar or appends one. */
    void updateBar(const Elson::Bar &bar);
    [[nodiscard]] QList<Elson::Bar> bars() const;
    [[nodiscard]] int barCount() const;
    /** Empties the chart (placeholder shown); symbol and timeframe stay. */
    void clear();

    /** A horizontal line with a price label; an invalid Decimal hides it. */
    void setLastPrice(const Elson::Decimal &price);
    [[nodiscard]] Decimal lastPrice() const;
    void setOrderLines(const QList<Elson::OrderLine> &lines);
    [[nodiscard]] QList<Elson::OrderLine> orderLines() const;

    /** The text shown while there are no bars (default "No data"): "Loading…", an error. */
    void setPlaceholderText(const QString &text);
    [[nodiscard]] QString placeholderText() const;
    /** True while the placeholder, not the chart, is shown. */
    [[nodiscard]] bool isShowingPlaceholder() const;

    void setMaxBars(int maxBars);
    [[nodiscard]] int maxBars() const;

Q_SIGNALS:
    /** The user clicked the plot at @p price (rounded to the sub-penny tick): open a ticket. */
    void priceClicked(const Elson::Decimal &price);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Parts;
    void rebuild();
    void appendSlot(const Bar &bar);
    void replaceLastSlot(const Bar &bar);
    void updateRanges();
    void updateTimeLabels();
    void layoutMarkers();
    void restyle();
    void showChartOrPlaceholder();

    std::unique_ptr<Parts> d;
};

} // namespace Elson
