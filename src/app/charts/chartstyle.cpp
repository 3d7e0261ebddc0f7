// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace Elson {

bool ChartStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor ChartStyle::gain(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4c, 0xd0, 0x7d) : QColor(0x1b, 0x8a, 0x3f);
}

QColor ChartStyle::loss(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor ChartStyle::neutral(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1f, 0x5f, 0xbf);
}

void ChartStyle::apply(QChart *chart, const QPalette &palette)
{
    // The theme sets every default at once; the palette then wins where it matters.
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundBrush(palette.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(true);
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    styleAxes(chart, palette);
}

void ChartStyle::styleAxes(QChart *chart, const QPalette &palette)
{
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(90);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setTitleBrush(palette.color(QPalette::Text));
    }
}

} // namespace Elson
