// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimalformatter.h"

#include <QList>

namespace Elson {

namespace {

// A rounded decimal as ASCII digit strings, ready to be dressed in a locale.
struct Digits
{
    bool negative = false;
    QString whole; ///< no leading zeros except a lone "0"
    QString fraction; ///< may be empty
};

Digits splitWire(const QString &wire)
{
    Digits d;
    QStringView rest = wire;
    if (rest.startsWith(u'-')) {
        d.negative = true;
        rest = rest.mid(1);
    }
    const qsizetype point = rest.indexOf(u'.');
    d.whole = (point < 0 ? rest : rest.left(point)).toString();
    if (point >= 0)
        d.fraction = rest.mid(point + 1).toString();
    return d;
}

Digits roundedDigits(const Decimal &value, int minDecimals, int maxDecimals, Decimal::Rounding mode)
{
    Digits d = splitWire(value.toString(maxDecimals, mode));
    while (d.fraction.size() > minDecimals && d.fraction.endsWith(u'0'))
        d.fraction.chop(1);
    return d;
}

bool isBidiMark(QChar c)
{
    return c == QChar(0x200E) || c == QChar(0x200F) || c == QChar(0x061C);
}

QString withoutBidiMarks(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isBidiMark(c))
            out += c;
    }
    return out;
}

// The locale's zero when it is a single UTF-16 unit other than '0' (Arabic-Indic etc.), else 0.
char16_t nativeZero(const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    return zero.size() == 1 && zero.at(0) != u'0' ? zero.at(0).unicode() : char16_t(0);
}

QString nativeDigits(const QString &ascii, const QLocale &locale)
{
    const char16_t zero = nativeZero(locale);
    if (zero == 0)
        return ascii;
    QString out = ascii;
    for (QChar &c : out) {
        if (c >= u'0' && c <= u'9')
            c = QChar(static_cast<char16_t>(zero + (c.unicode() - u'0')));
    }
    return out;
}

// Digits in the locale without a sign: "1,234,567.89".
QString localizedMagnitude(const Digits &d, const QLocale &locale)
{
    // The whole part is at most 12 digits (a percentage of the largest decimal), so
    // QLocale's integer formatting supplies the grouping, including Indian 2-digit groups.
    QString text = locale.toString(d.whole.toLongLong());
    if (!d.fraction.isEmpty())
        text += locale.decimalPoint() + nativeDigits(d.fraction, locale);
    return text;
}

QString signedText(const Digits &d, const QLocale &locale)
{
    const QString magnitude = localizedMagnitude(d, locale);
    return d.negative ? locale.negativeSign() + magnitude : magnitude;
}

// Places the symbol as the locale's positive currency format does, with the minus in front.
QString currencyText(const Digits &d, const QLocale &locale, const QString &symbol)
{
    const QString marker(QChar(0x00A4)); // ¤, the generic currency sign
    const QString probe = locale.toCurrencyString(qlonglong(7), marker);
    const QString seven = locale.toString(qlonglong(7));
    const qsizetype at = probe.indexOf(seven);
    QString text;
    if (at < 0 || !probe.contains(marker)) {
        text = symbol + localizedMagnitude(d, locale);
    } else {
        text = probe;
        text.replace(at, seven.size(), localizedMagnitude(d, locale));
        text.replace(marker, symbol);
    }
    return d.negative ? locale.negativeSign() + text : text;
}

QString quoted(QStringView text)
{
    constexpr qsizetype maxShown = 40;
    if (text.size() <= maxShown)
        return text.toString();
    return text.left(maxShown - 1).toString() + QChar(0x2026);
}

struct Grouping
{
    int primary = 3; ///< digits in the rightmost group
    int secondary = 3; ///< digits in each group left of it
};

// Read from the locale's own rendering, as Qt 6.4 has no public grouping API.
Grouping groupingOf(const QLocale &locale, const QString &separator)
{
    Grouping g;
    const QString sample = withoutBidiMarks(locale.toString(qlonglong(1234567890)));
    const QList<QStringView> parts = QStringView(sample).split(separator);
    if (parts.size() >= 2)
        g.primary = static_cast<int>(parts.at(parts.size() - 1).size());
    if (parts.size() >= 3)
        g.secondary = static_cast<int>(parts.at(parts.size() - 2).size());
    return g;
}

bool groupsAreWellFormed(const QList<int> &groups, const Grouping &g)
{
    // groups: digit counts between separators, left to right; at least two.
    if (groups.last() != g.primary)
        return false;
    for (qsizetype k = groups.size() - 2; k >= 1; --k) {
        if (groups.at(k) != g.secondary)
            return false;
    }
    return groups.first() >= 1 && groups.first() <= g.secondary;
}

} // namespace

QString DecimalFormatter::format(const Decimal &value, const QLocale &locale, int minDecimals,
                                 int maxDecimals, Decimal::Rounding mode)
{
    if (!value.isValid())
        return QStringLiteral("NaN");
    const int maxD = qBound(0, maxDecimals, Decimal::MaxScale);
    const int minD = qBound(0, minDecimals, maxD);
    return signedText(roundedDigits(value, minD, maxD, mode), locale);
}

QString DecimalFormatter::money(const Decimal &value, const QLocale &locale,
                                const QString &currencySymbol)
{
    if (!value.isValid())
        return QStringLiteral("NaN");
    return currencyText(roundedDigits(value, 2, 2, Decimal::Rounding::HalfEven), locale,
                        currencySymbol);
}

QString DecimalFormatter::price(const Decimal &value, const QLocale &locale,
                                const QString &currencySymbol)
{
    const Decimal tick = value.roundedToTick(Decimal::Rounding::HalfEven);
    if (!tick.isValid())
        return QStringLiteral("NaN");
    const int decimals = Decimal::tickScaleFor(tick);
    const Digits d = roundedDigits(tick, decimals, decimals, Decimal::Rounding::HalfEven);
    return currencySymbol.isEmpty() ? signedText(d, locale)
                                    : currencyText(d, locale, currencySymbol);
}

QString DecimalFormatter::percent(const Decimal &ratio, const QLocale &locale, int decimals)
{
    if (!ratio.isValid())
        return QStringLiteral("NaN");
    // Rounding the ratio at decimals + 2 is rounding the percentage at decimals;
    // then the point moves two places right, as text, so nothing can overflow.
    const int places = qBound(0, decimals, Decimal::MaxScale - 2);
    Digits d = splitWire(ratio.toString(places + 2, Decimal::Rounding::HalfEven));
    d.whole += d.fraction.left(2);
    d.fraction = d.fraction.mid(2);
    while (d.whole.size() > 1 && d.whole.startsWith(u'0'))
        d.whole.remove(0, 1);
    return signedText(d, locale) + locale.percent();
}

QString DecimalFormatter::quantity(const Decimal &value, const QLocale &locale)
{
    return format(value, locale, 0, Decimal::MaxScale);
}

Result<Decimal> DecimalFormatter::parse(QStringView text, const QLocale &locale,
                                        const QString &field)
{
    const QString input = withoutBidiMarks(text).trimmed();
    const QString shown = quoted(input);
    if (input.isEmpty())
        return Error::parse(field, tr("the value is empty; enter a number"));

    const QString decimalPoint = withoutBidiMarks(locale.decimalPoint());
    QString groupSeparator = withoutBidiMarks(locale.groupSeparator());
    if (groupSeparator == decimalPoint)
        groupSeparator.clear();
    const bool spaceGroups = groupSeparator.size() == 1 && groupSeparator.at(0).isSpace();
    const bool apostropheGroups = groupSeparator == QString(QChar(0x2019));
    const QString minus = withoutBidiMarks(locale.negativeSign());
    const QString plus = withoutBidiMarks(locale.positiveSign());
    const char16_t zero = nativeZero(locale);

    QStringView rest = input;
    bool negative = false;
    if (!minus.isEmpty() && rest.startsWith(minus)) {
        negative = true;
        rest = rest.mid(minus.size());
    } else if (rest.startsWith(u'-') || rest.startsWith(QChar(0x2212))) {
        negative = true;
        rest = rest.mid(1);
    } else if ((!plus.isEmpty() && rest.startsWith(plus))) {
        rest = rest.mid(plus.size());
    } else if (rest.startsWith(u'+')) {
        rest = rest.mid(1);
    }

    QString whole; // ASCII digits before the decimal point
    QString fraction; // ASCII digits after it
    QList<int> groups; // digit counts between group separators
    bool seenPoint = false;
    int groupDigits = 0;
    bool grouped = false;

    const auto misplacedGroup = [&] {
        return Error::parse(field,
                            tr("\"%1\" is ambiguous: \"%2\" separates groups of digits here "
                               "and the groups do not fit; the decimal point is \"%3\"")
                                .arg(shown, groupSeparator, decimalPoint));
    };

    qsizetype i = 0;
    while (i < rest.size()) {
        const QChar c = rest.at(i);
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c.unicode() - u'0';
        else if (zero != 0 && c.unicode() >= zero && c.unicode() <= zero + 9)
            digit = c.unicode() - zero;

        if (digit >= 0) {
            (seenPoint ? fraction : whole) += QChar(static_cast<char16_t>(u'0' + digit));
            if (!seenPoint)
                ++groupDigits;
            ++i;
        } else if (!decimalPoint.isEmpty() && rest.mid(i).startsWith(decimalPoint)) {
            if (seenPoint)
                return Error::parse(field, tr("\"%1\" has more than one decimal point").arg(shown));
            seenPoint = true;
            i += decimalPoint.size();
        } else if ((!groupSeparator.isEmpty() && rest.mid(i).startsWith(groupSeparator))
                   || (spaceGroups && c.isSpace()) || (apostropheGroups && c == u'\'')) {
            if (seenPoint) {
                return Error::parse(
                    field, tr("\"%1\" has a group separator after the decimal point").arg(shown));
            }
            groups.append(groupDigits);
            groupDigits = 0;
            grouped = true;
            i += (!groupSeparator.isEmpty() && rest.mid(i).startsWith(groupSeparator))
                ? groupSeparator.size()
                : 1;
        } else if (c == u'.' || c == u',' || c == QChar(0x066B)) {
            // Another locale's decimal point: say which one this locale uses.
            return Error::parse(field,
                                tr("\"%1\" contains \"%2\"; the decimal point here is \"%3\"")
                                    .arg(shown, QString(c), decimalPoint));
        } else if (c.isSpace()) {
            return Error::parse(field, tr("\"%1\" contains a space inside the number").arg(shown));
        } else {
            return Error::parse(
                field, tr("\"%1\" is not a number: \"%2\" is not allowed").arg(shown, QString(c)));
        }
    }

    if (whole.isEmpty() && fraction.isEmpty())
        return Error::parse(field, tr("\"%1\" has no digits").arg(shown));
    if (seenPoint && fraction.isEmpty())
        return Error::parse(field, tr("\"%1\" needs a digit after the decimal point").arg(shown));
    if (grouped) {
        groups.append(groupDigits);
        if (!groupsAreWellFormed(groups, groupingOf(locale, groupSeparator)))
            return misplacedGroup();
    }
    if (fraction.size() > Decimal::MaxScale) {
        return Error::parse(
            field,
            tr("\"%1\" has %2 fractional digits; at most 9 fractional digits are allowed")
                .arg(shown)
                .arg(fraction.size()));
    }

    QString wire = negative ? QStringLiteral("-") : QString();
    wire += whole.isEmpty() ? QStringLiteral("0") : whole;
    if (!fraction.isEmpty())
        wire += u'.' + fraction;
    Result<Decimal> parsed = Decimal::fromString(wire, field);
    if (!parsed.ok()) {
        // Only the range can fail here; say it about what the trader typed.
        return Error::overflow(
            field,
            tr("\"%1\" is too large; a decimal holds at most ±9223372036.854775807").arg(shown));
    }
    return parsed;
}

} // namespace Elson
