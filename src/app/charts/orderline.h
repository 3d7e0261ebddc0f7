// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"

#include <QColor>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Elson {

/** A working order's price drawn across a PriceChart ("Buy 10 LMT", "Stop", "Take profit"). */
struct OrderLine
{
    QString label;
    Decimal price;
    OrderSide side = OrderSide::Buy;
    QColor color; ///< invalid: the side's colour (buy green, sell red)

    friend bool operator==(const OrderLine &, const OrderLine &) = default;
};

} // namespace Elson

Q_DECLARE_METATYPE(Elson::OrderLine)
