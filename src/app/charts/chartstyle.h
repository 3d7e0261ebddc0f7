// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Elson {

/**
 * The charts' colours from the widget palette, so the light and dark themes need no
 * chart-specific settings: backgrounds, text and grid follow the palette, gains and
 * losses use brighter shades on a dark background.
 */
class ChartStyle final
{
public:
    ChartStyle() = delete;

    [[nodiscard]] static bool isDark(const QPalette &palette);
    [[nodiscard]] static QColor gain(const QPalette &palette);
    [[nodiscard]] static QColor loss(const QPalette &palette);
    [[nodiscard]] static QColor neutral(const QPalette &palette);
    /** Theme, backgrounds, title and legend of @p chart; axes are styled by styleAxes(). */
    static void apply(QChart *chart, const QPalette &palette);
    /** Label, line and grid colours of every axis of @p chart. */
    static void styleAxes(QChart *chart, const QPalette &palette);
};

} // namespace Elson
