// SPDX-License-Identifier: GPL-3.0-or-later
#include "modebadge.h"

namespace Elson {

ModeBadge::ModeBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("modeBadge"));
    setAlignment(Qt::AlignCenter);
    setMinimumWidth(84);
    setMode(Broker::Mode::Sim);
}

void ModeBadge::setMode(Broker::Mode mode)
{
    m_mode = mode;
    setText(text(mode));
    setToolTip(description(mode));
    setAccessibleName(tr("Trading mode: %1").arg(text(mode)));
    setStyleSheet(QStringLiteral("QLabel#modeBadge { background: %1; color: white; font-weight: bold;"
                                 " border-radius: 4px; padding: 3px 10px; letter-spacing: 1px; }")
                      .arg(colour(mode).name()));
}

QColor ModeBadge::colour(Broker::Mode mode)
{
    switch (mode) {
    case Broker::Mode::Sim:
        return QColor(0x00, 0x69, 0x5c); // teal: the embedded exchange
    case Broker::Mode::Paper:
        return QColor(0x15, 0x65, 0xc0); // blue: paper money
    case Broker::Mode::Live:
        return QColor(0xc6, 0x28, 0x28); // red: real money
    }
    return Qt::gray;
}

QString ModeBadge::text(Broker::Mode mode)
{
    switch (mode) {
    case Broker::Mode::Sim:
        return tr("SIM");
    case Broker::Mode::Paper:
        return tr("PAPER");
    case Broker::Mode::Live:
        return tr("LIVE");
    }
    return {};
}

QString ModeBadge::description(Broker::Mode mode)
{
    switch (mode) {
    case Broker::Mode::Sim:
        return tr("Embedded simulator: a local demo exchange. No real money, no Alpaca account.");
    case Broker::Mode::Paper:
        return tr("Alpaca paper trading: simulated fills on Alpaca's paper account. No real money.");
    case Broker::Mode::Live:
        return tr("LIVE trading: orders reach the real exchange with real money.");
    }
    return {};
}

} // namespace Elson
