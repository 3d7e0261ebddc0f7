// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the JSON codec: the one place a double is touched (see jsonnumber.cpp).

#include "decimal.h"

#include <QJsonValue>
#include <QString>

namespace Elson::JsonDetail {

/** The decimal text of a JSON number, exactly as it was on the wire (see the .cpp). */
QString jsonNumberText(const QJsonValue &number);

/** A decimal as a JSON number, for the fields Alpaca writes as numbers. */
QJsonValue decimalToJsonNumber(const Decimal &value);

} // namespace Elson::JsonDetail
