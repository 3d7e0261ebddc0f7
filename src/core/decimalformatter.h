// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringView>

namespace Elson {

/**
 * Locale-aware display and user input of decimals, kept apart from the wire form
 * (Decimal::toString()/fromString() always read and write "-1234.5").
 *
 * Exact throughout: the digits travel as text from Decimal's own rounding and
 * never pass through floating point. Grouping, the decimal point, the minus sign and
 * native digits come from the QLocale (its number options, such as
 * QLocale::OmitGroupSeparator, are honoured). Negative values always carry the
 * locale's minus sign in front, also for money: accounting parentheses are easy
 * to misread in a trading table. An invalid decimal is shown as "NaN".
 */
class DecimalFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(DecimalFormatter)

public:
    DecimalFormatter() = delete;

    /**
     * Rounds to @p maxDecimals (0–9) with @p mode, then drops trailing fractional
     * zeros down to @p minDecimals: format(1234567.891, en_US, 2, 2) → "1,234,567.89".
     */
    static QString format(const Decimal &value, const QLocale &locale, int minDecimals,
                          int maxDecimals, Decimal::Rounding mode = Decimal::Rounding::HalfEven);

    /**
     * An amount of money with 2 decimals and the currency symbol placed as the
     * locale places it: "$1,234.56", "-$0.50", "1.234,56 $".
     */
    static QString money(const Decimal &value, const QLocale &locale,
                         const QString &currencySymbol = QStringLiteral("$"));

    /**
     * An order price under the sub-penny rule: 2 decimals from $1.00 up, 4 below
     * ("150.20", "0.0084"), rounded half-even to that tick. Without a symbol the
     * plain number is returned. Prices that carry more digits by nature (average
     * entry price) belong in format().
     */
    static QString price(const Decimal &value, const QLocale &locale,
                         const QString &currencySymbol = {});

    /**
     * A ratio shown as a percentage with exactly @p decimals (0–7) digits, rounded
     * half-even: 0.2034 → "20.34%".
     */
    static QString percent(const Decimal &ratio, const QLocale &locale, int decimals = 2);

    /** A quantity with up to 9 decimals and no trailing zeros: "1,500", "0.000123". */
    static QString quantity(const Decimal &value, const QLocale &locale);

    /**
     * Reads what a trader typed. Accepts surrounding spaces, a leading sign, the
     * locale's digits, group separator (any space where the locale groups with a
     * space) and decimal point, and a leading decimal point (".5"). Rejects, with a
     * message naming @p field: group separators that do not sit between whole digit
     * groups ("1,5" in en_US, "1.5" in de_DE: probably a decimal point from another
     * locale), the other common decimal point, a trailing decimal point, more than
     * 9 fractional digits, exponents, currency or percent signs, and anything else.
     */
    static Result<Decimal> parse(QStringView text, const QLocale &locale, const QString &field);
};

} // namespace Elson
