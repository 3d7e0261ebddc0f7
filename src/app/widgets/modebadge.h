// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "broker.h"

#include <QColor>
#include <QLabel>

namespace Elson {

/**
 * The always-visible SIM / PAPER / LIVE badge. The colours are fixed, not themed:
 * a trader must recognise LIVE (red) at a glance in any theme.
 */
class ModeBadge final : public QLabel
{
    Q_OBJECT

public:
    explicit ModeBadge(QWidget *parent = nullptr);

    void setMode(Broker::Mode mode);
    [[nodiscard]] Broker::Mode mode() const { return m_mode; }

    /** The mode's colour (SIM teal, PAPER blue, LIVE red). */
    [[nodiscard]] static QColor colour(Broker::Mode mode);
    /** "SIM", "PAPER", "LIVE" (translated). */
    [[nodiscard]] static QString text(Broker::Mode mode);
    /** A longer explanation for tooltips. */
    [[nodiscard]] static QString description(Broker::Mode mode);

private:
    Broker::Mode m_mode = Broker::Mode::Sim;
};

} // namespace Elson
