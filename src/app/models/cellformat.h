// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"
#include "timestamp.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <optional>

namespace Elson {

/**
 * How the portfolio models show a cell: locale-aware text through DecimalFormatter
 * (never through double), the raw value the sort proxies compare, and the colours
 * for gains, losses and order states, chosen for the light or dark palette in use.
 *
 * Raw values (the models' SortRole): decimals as qint64 10⁻⁹ units
 * (Decimal::units(), exact and ordered), instants as qint64 epoch nanoseconds,
 * text as QString. A missing value is an invalid QVariant.
 */
class CellFormat final
{
    Q_DECLARE_TR_FUNCTIONS(CellFormat)

public:
    CellFormat() = delete;

    /** Money: exactly 2 decimals, no currency symbol (tables). Empty when missing. */
    static QString money(const std::optional<Decimal> &value, const QLocale &locale);
    /** Money with the locale's plus sign on gains: "+1,234.50", "-12.00". */
    static QString signedMoney(const std::optional<Decimal> &value, const QLocale &locale);
    /** A price: 2 to 4 decimals ("150.20", "0.0084", "150.1235"). */
    static QString price(const std::optional<Decimal> &value, const QLocale &locale);
    /** A quantity with as many decimals as it has: "1,500", "0.000123". */
    static QString quantity(const std::optional<Decimal> &value, const QLocale &locale);
    /** A ratio as a signed percentage with 2 decimals: 0.0123 → "+1.23%". */
    static QString signedPercent(const std::optional<Decimal> &ratio, const QLocale &locale);
    /** The instant in the machine's time zone, "yyyy-MM-dd HH:mm:ss" (sorts as text too). */
    static QString dateTime(const Timestamp &timestamp, const QLocale &locale);

    /** The exact wire value, for tooltips ("150.123456"); empty when missing. */
    static QString exact(const std::optional<Decimal> &value);

    static QVariant raw(const std::optional<Decimal> &value);
    static QVariant raw(const Timestamp &timestamp);

    /** Green for a gain, red for a loss, nothing for zero or a missing value. */
    static QVariant profitColor(const std::optional<Decimal> &value);
    /** Filled green, partially filled blue, held/pending amber, rejected red, done grey. */
    static QVariant statusColor(OrderStatus status);

    enum class Tone { Gain, Loss, Muted, Attention, Progress };
    /** The colour of @p tone for the application palette (lighter shades on a dark one). */
    static QColor color(Tone tone);

    /** Right-aligned and vertically centred, for numbers. */
    static QVariant numberAlignment();
    static QVariant textAlignment();
};

} // namespace Elson
