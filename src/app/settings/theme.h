// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

class QApplication;

namespace Elson {

/**
 * The application's colour theme: "system" (the platform's style and palette, as at
 * start-up), "light" or "dark" (Fusion with a fixed palette, the same on every OS).
 */
class Theme final
{
public:
    Theme() = delete;

    /** Applies @p theme to @p app; an unknown name means "system". */
    static void apply(QApplication *app, const QString &theme);
    /** The palettes light and dark use. */
    [[nodiscard]] static QPalette lightPalette();
    [[nodiscard]] static QPalette darkPalette();
    /** True for a palette with a dark window background. */
    [[nodiscard]] static bool isDark(const QPalette &palette);
};

} // namespace Elson
