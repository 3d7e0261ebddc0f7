// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portfoliohistory.h"

#include <QString>
#include <QWidget>

#include <memory>

namespace Elson {

/**
 * The account's equity over time (portfolio history), with the period's base value as a
 * dashed line; green when equity ends at or above where it started, red below. Like
 * PriceChart it hides how it is drawn, converts Decimals to doubles only for drawing,
 * shows a placeholder without data and follows the palette.
 */
class EquityChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquityChart)

public:
    explicit EquityChart(QWidget *parent = nullptr);
    ~EquityChart() override;

    /** Points whose equity is null are left out. */
    void setHistory(const Elson::PortfolioHistory &history);
    [[nodiscard]] const PortfolioHistory &history() const;
    void clear();
    /** Points drawn (timestamps with an equity value). */
    [[nodiscard]] int pointCount() const;

    void setPlaceholderText(const QString &text);
    [[nodiscard]] QString placeholderText() const;
    [[nodiscard]] bool isShowingPlaceholder() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Parts;
    void rebuild();
    void restyle();

    std::unique_ptr<Parts> d;
};

} // namespace Elson
