// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonnumber.h"

#include <QByteArray>
#include <QLocale>

#include <limits>

namespace Elson::JsonDetail {

// Why a double appears here at all, and why that is exact.
//
// Alpaca writes market-data prices, portfolio-history arrays and a few other
// fields as JSON numbers. QJsonValue keeps a number either as a qint64 (when the
// text was an integer that fits) or as a double; there is no access to the
// original text. Integers are therefore taken from toInteger(), which is exact.
// Everything else is printed with QLocale::FloatingPointShortest: the shortest
// decimal string that reads back to the same double. A double carries 15.95
// significant decimal digits, so every decimal with at most 15 significant digits
// maps to a distinct double whose shortest form is that decimal again — prices,
// volume-weighted averages and equity values Alpaca sends (≤ 15 digits) come
// out exactly as written. Longer ratios come out as their nearest 17-digit form
// and are rounded to Decimal's 9 fractional digits by the caller.
//
// Writing is the mirror image: an integer value is written as a qint64; any other
// decimal (≤ 15 significant digits in practice) becomes the double nearest to it,
// and QJsonDocument prints doubles in the same shortest form, so the text on the
// wire is the decimal's own digits.
//
// Nothing else in the codec converts between double and Decimal.

QString jsonNumberText(const QJsonValue &number)
{
    Q_ASSERT(number.isDouble());
    constexpr qint64 NotAnInteger = std::numeric_limits<qint64>::min();
    const qint64 integer = number.toInteger(NotAnInteger);
    if (integer != NotAnInteger)
        return QString::number(integer);
    return QString::fromLatin1(
        QByteArray::number(number.toDouble(), 'g', QLocale::FloatingPointShortest));
}

QJsonValue decimalToJsonNumber(const Decimal &value)
{
    if (value.isInteger())
        return QJsonValue(static_cast<qint64>(value.units() / Decimal::UnitsPerOne));
    return QJsonValue(value.toString().toDouble());
}

} // namespace Elson::JsonDetail
