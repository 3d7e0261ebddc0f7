// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimal.h"
#include "decimalformatter.h"

#include <QLocale>
#include <QSet>
#include <QTest>
#include <QVariant>

#include <limits>

using namespace Elson;
using namespace Qt::StringLiterals;
using Rounding = Decimal::Rounding;

Q_DECLARE_METATYPE(Elson::Decimal::Rounding)
Q_DECLARE_METATYPE(Elson::Error::Code)

namespace {

Decimal dec(const char *text)
{
    return Decimal::fromLiteral(text);
}

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

const QLocale &enUS()
{
    static const QLocale l(QLocale::English, QLocale::UnitedStates);
    return l;
}
const QLocale &deDE()
{
    static const QLocale l(QLocale::German, QLocale::Germany);
    return l;
}

const char *modeName(Rounding mode)
{
    switch (mode) {
    case Rounding::HalfEven:
        return "HalfEven";
    case Rounding::HalfUp:
        return "HalfUp";
    case Rounding::HalfDown:
        return "HalfDown";
    case Rounding::Down:
        return "Down";
    case Rounding::Up:
        return "Up";
    case Rounding::Floor:
        return "Floor";
    case Rounding::Ceiling:
        return "Ceiling";
    }
    return "?";
}

constexpr Rounding kModes[] = { Rounding::HalfEven, Rounding::HalfUp, Rounding::HalfDown,
                                Rounding::Down,     Rounding::Up,     Rounding::Floor,
                                Rounding::Ceiling };

} // namespace

class tst_Decimal : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void parseRoundTrip_data();
    void parseRoundTrip();
    void parseRejects_data();
    void parseRejects();
    void parseRound_data();
    void parseRound();
    void fromInt();
    void fromUnitsAndScale();
    void toStringWithScale_data();
    void toStringWithScale();
    void arithmetic_data();
    void arithmetic();
    void checkedErrors();
    void checkedModes_data();
    void checkedModes();
    void rounding_data();
    void rounding();
    void roundingOverflow();
    void tick_data();
    void tick();
    void roundedToStep_data();
    void roundedToStep();
    void comparisons();
    void hashing();
    void variant();

    void formatterFormat_data();
    void formatterFormat();
    void formatterMoney_data();
    void formatterMoney();
    void formatterPricePercentQuantity();
    void formatterParse_data();
    void formatterParse();
    void formatterParseRejects_data();
    void formatterParseRejects();
    void formatterRoundTrip_data();
    void formatterRoundTrip();
};

void tst_Decimal::defaults()
{
    const Decimal zero;
    QVERIFY(zero.isValid());
    QVERIFY(zero.isZero());
    QCOMPARE(zero.scale(), 0);
    QCOMPARE(zero.toString(), u"0"_s);
    QVERIFY(!Decimal::invalid().isValid());
    QCOMPARE(Decimal::invalid().toString(), u"NaN"_s);
    QCOMPARE(Decimal::invalid().toString(2), u"NaN"_s);
    QCOMPARE(dec("1.5").units(), 1'500'000'000);
}

void tst_Decimal::parseRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("wire");

    QTest::newRow("qty 9dp") << u"0.123456789"_s << qint64(123456789) << 9 << u"0.123456789"_s;
    QTest::newRow("negative int") << u"-2418"_s << qint64(-2418'000'000'000) << 0 << u"-2418"_s;
    QTest::newRow("buying_power") << u"262113.632"_s << qint64(262113'632'000'000) << 3
                                  << u"262113.632"_s;
    QTest::newRow("zero") << u"0"_s << qint64(0) << 0 << u"0"_s;
    QTest::newRow("negative 1dp") << u"-23140.2"_s << qint64(-23140'200'000'000) << 1
                                  << u"-23140.2"_s;
    QTest::newRow("sub-penny") << u"0.0084"_s << qint64(8'400'000) << 4 << u"0.0084"_s;
    QTest::newRow("trailing zero kept")
        << u"150.20"_s << qint64(150'200'000'000) << 2 << u"150.20"_s;
    QTest::newRow("exponent") << u"1e2"_s << qint64(100'000'000'000) << 0 << u"100"_s;
    QTest::newRow("negative exponent") << u"1.5E-3"_s << qint64(1'500'000) << 4 << u"0.0015"_s;
    QTest::newRow("exponent plus") << u"1E+2"_s << qint64(100'000'000'000) << 0 << u"100"_s;
    QTest::newRow("exponent keeps a digit")
        << u"1.50e1"_s << qint64(15'000'000'000) << 1 << u"15.0"_s;
    QTest::newRow("exponent to 9dp") << u"12.5e-8"_s << qint64(125) << 9 << u"0.000000125"_s;
    QTest::newRow("plus sign") << u"+7.5"_s << qint64(7'500'000'000) << 1 << u"7.5"_s;
    QTest::newRow("minus zero") << u"-0"_s << qint64(0) << 0 << u"0"_s;
    QTest::newRow("minus zero 2dp") << u"-0.00"_s << qint64(0) << 2 << u"0.00"_s;
    QTest::newRow("leading zeros") << u"007.50"_s << qint64(7'500'000'000) << 2 << u"7.50"_s;
    QTest::newRow("one unit") << u"0.000000001"_s << qint64(1) << 9 << u"0.000000001"_s;
    QTest::newRow("max") << u"9223372036.854775807"_s << qint64(kMax) << 9
                         << u"9223372036.854775807"_s;
    QTest::newRow("min") << u"-9223372036.854775808"_s << qint64(kMin) << 9
                         << u"-9223372036.854775808"_s;
    QTest::newRow("max whole") << u"9223372036"_s << qint64(9223372036'000'000'000) << 0
                               << u"9223372036"_s;
    QTest::newRow("zero with exponent") << u"0e999999999"_s << qint64(0) << 0 << u"0"_s;
}

void tst_Decimal::parseRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(qint64, units);
    QFETCH(int, scale);
    QFETCH(QString, wire);

    const Result<Decimal> r = Decimal::fromString(text, u"qty"_s);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->units(), units);
    QCOMPARE(r->scale(), scale);
    QCOMPARE(r->toString(), wire);
    // The wire form parses back to the same value and scale.
    const Result<Decimal> again = Decimal::fromString(wire);
    QVERIFY(again.ok());
    QCOMPARE(again->units(), units);
    QCOMPARE(again->scale(), scale);
    // Round mode changes nothing when the digits fit.
    const Result<Decimal> rounded = Decimal::fromString(text, {}, Decimal::ExcessDigits::Round);
    QVERIFY(rounded.ok());
    QCOMPARE(rounded->units(), units);
}

void tst_Decimal::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");

    const auto parse = Error::Code::Parse;
    const auto overflow = Error::Code::Overflow;
    QTest::newRow("empty") << QString() << parse << u"empty"_s;
    QTest::newRow("letters") << u"abc"_s << parse << u"\"abc\" is not a decimal number"_s;
    QTest::newRow("trailing letter")
        << u"12.3x"_s << parse << u"\"12.3x\" is not a decimal number"_s;
    QTest::newRow("two points") << u"1.2.3"_s << parse << u"more than one decimal point"_s;
    QTest::newRow("two signs") << u"--1"_s << parse << u"is not a decimal number"_s;
    QTest::newRow("sign only") << u"-"_s << parse << u"is not a decimal number"_s;
    QTest::newRow("plus only") << u"+"_s << parse << u"is not a decimal number"_s;
    QTest::newRow("leading space") << u" 1"_s << parse << u"space"_s;
    QTest::newRow("trailing space") << u"1 "_s << parse << u"space"_s;
    QTest::newRow("nbsp") << u"1\u00A0000"_s << parse << u"space"_s;
    QTest::newRow("group comma") << u"1,000"_s << parse << u"group separator"_s;
    QTest::newRow("group underscore") << u"1_000"_s << parse << u"group separator"_s;
    QTest::newRow("NaN") << u"NaN"_s << parse << u"not a finite number"_s;
    QTest::newRow("inf") << u"inf"_s << parse << u"not a finite number"_s;
    QTest::newRow("-Infinity") << u"-Infinity"_s << parse << u"not a finite number"_s;
    QTest::newRow("leading point") << u".5"_s << parse << u"digit before the decimal point"_s;
    QTest::newRow("trailing point") << u"5."_s << parse << u"digit after the decimal point"_s;
    QTest::newRow("bare point") << u"."_s << parse << u"is not a decimal number"_s;
    QTest::newRow("exponent without digits") << u"1e"_s << parse << u"digits after the exponent"_s;
    QTest::newRow("exponent sign only") << u"1e+"_s << parse << u"digits after the exponent"_s;
    QTest::newRow("exponent only") << u"e5"_s << parse << u"is not a decimal number"_s;
    QTest::newRow("hex") << u"0x10"_s << parse << u"is not a decimal number"_s;
    QTest::newRow("arabic digits") << u"\u0661\u0662"_s << parse << u"is not a decimal number"_s;
    QTest::newRow("10 fraction digits")
        << u"0.1234567891"_s << parse << u"at most 9 fractional digits"_s;
    QTest::newRow("10 zero fraction digits")
        << u"1.0000000000"_s << parse << u"at most 9 fractional digits"_s;
    QTest::newRow("exponent to 10 digits")
        << u"1e-10"_s << parse << u"at most 9 fractional digits"_s;
    QTest::newRow("alpaca ratio") << u"-0.0028035244307129"_s << parse
                                  << u"at most 9 fractional digits"_s;
    QTest::newRow("just above max") << u"9223372036.854775808"_s << overflow << u"out of range"_s;
    QTest::newRow("just below min") << u"-9223372036.854775809"_s << overflow << u"out of range"_s;
    QTest::newRow("whole too big") << u"9223372037"_s << overflow << u"out of range"_s;
    QTest::newRow("1e10") << u"1e10"_s << overflow << u"out of range"_s;
    QTest::newRow("many digits") << u"99999999999999999999999999999999999999999"_s << overflow
                                 << u"out of range"_s;
    QTest::newRow("huge exponent") << u"1e99999999999999999999"_s << overflow << u"out of range"_s;
}

void tst_Decimal::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);

    const Result<Decimal> r = Decimal::fromString(text, u"limit_price"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, u"limit_price"_s);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QVERIFY(r.error().toString().startsWith(u"limit_price: "_s));
}

void tst_Decimal::parseRound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("scale");

    QTest::newRow("unrealized_plpc") << u"-0.0028035244307129"_s << qint64(-2803524) << 9;
    QTest::newRow("tie to even zero") << u"0.0000000005"_s << qint64(0) << 9;
    QTest::newRow("tie to even up") << u"0.0000000015"_s << qint64(2) << 9;
    QTest::newRow("tie to even down") << u"0.0000000025"_s << qint64(2) << 9;
    QTest::newRow("above tie") << u"0.00000000250001"_s << qint64(3) << 9;
    QTest::newRow("negative tie") << u"-0.0000000015"_s << qint64(-2) << 9;
    QTest::newRow("negative to zero") << u"-0.0000000005"_s << qint64(0) << 9;
    QTest::newRow("carry") << u"0.9999999995"_s << qint64(1'000'000'000) << 9;
    QTest::newRow("tiny") << u"1e-30"_s << qint64(0) << 9;
    QTest::newRow("tiny five") << u"5e-10"_s << qint64(0) << 9;
    QTest::newRow("six e-10") << u"6e-10"_s << qint64(1) << 9;
    QTest::newRow("max by rounding") << u"9223372036.8547758074"_s << qint64(kMax) << 9;
}

void tst_Decimal::parseRound()
{
    QFETCH(QString, text);
    QFETCH(qint64, units);
    QFETCH(int, scale);

    const Result<Decimal> r =
        Decimal::fromString(text, u"unrealized_plpc"_s, Decimal::ExcessDigits::Round);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->units(), units);
    QCOMPARE(r->scale(), scale);

    // Rounding up past the top is still an overflow.
    const Result<Decimal> over =
        Decimal::fromString(u"9223372036.8547758075", u"x"_s, Decimal::ExcessDigits::Round);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().code, Error::Code::Overflow);
}

void tst_Decimal::fromInt()
{
    QCOMPARE(Decimal::fromInt(5).toString(), u"5"_s);
    QCOMPARE(Decimal::fromInt(-42).units(), qint64(-42'000'000'000));
    QVERIFY(Decimal::fromInt(9'223'372'036).isValid());
    QVERIFY(Decimal::fromInt(-9'223'372'036).isValid());
    QVERIFY(!Decimal::fromInt(9'223'372'037).isValid());
    QVERIFY(!Decimal::fromInt(-9'223'372'037).isValid());
    QVERIFY(!Decimal::fromInt(kMin).isValid());
    QVERIFY(!Decimal::fromInt(kMax).isValid());
}

void tst_Decimal::fromUnitsAndScale()
{
    QCOMPARE(Decimal::fromUnits(1'500'000'000, 0).scale(), 1); // raised: the value needs it
    QCOMPARE(Decimal::fromUnits(1'500'000'000, 0).toString(), u"1.5"_s);
    QCOMPARE(Decimal::fromUnits(1'500'000'000).toString(), u"1.500000000"_s);
    QCOMPARE(Decimal::fromUnits(1'500'000'000, 42).scale(), 9);

    const Decimal price = dec("150.20");
    QCOMPARE(price.significantScale(), 1);
    QCOMPARE(price.normalized().toString(), u"150.2"_s);
    QCOMPARE(price.withScale(4).toString(), u"150.2000"_s);
    QCOMPARE(price.withScale(0).toString(), u"150.2"_s);
    QCOMPARE(price.withScale(4), price);
    QVERIFY(!price.isInteger());
    QVERIFY(dec("3.000").isInteger());
    QCOMPARE(dec("3.000").significantScale(), 0);
    QCOMPARE(dec("0.000000001").significantScale(), 9);
    QCOMPARE(dec("-1.25").sign(), -1);
    QVERIFY(dec("-1.25").isNegative());
    QVERIFY(dec("1.25").isPositive());
    QCOMPARE(dec("-1.25").abs().toString(), u"1.25"_s);
    QVERIFY(!Decimal::fromUnits(kMin).abs().isValid());
    QVERIFY(!(-Decimal::fromUnits(kMin)).isValid());
    QCOMPARE((-dec("2.50")).toString(), u"-2.50"_s);
    QVERIFY(!Decimal::invalid().withScale(2).isValid());
    QVERIFY(!Decimal::invalid().normalized().isValid());
    QVERIFY(!Decimal::invalid().isZero());
}

void tst_Decimal::toStringWithScale_data()
{
    QTest::addColumn<Decimal>("value");
    QTest::addColumn<int>("scale");
    QTest::addColumn<Rounding>("mode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("half-even down") << dec("2.345") << 2 << Rounding::HalfEven << u"2.34"_s;
    QTest::newRow("half-up") << dec("2.345") << 2 << Rounding::HalfUp << u"2.35"_s;
    QTest::newRow("pad") << dec("2.5") << 4 << Rounding::HalfEven << u"2.5000"_s;
    QTest::newRow("no minus zero") << dec("-0.001") << 2 << Rounding::HalfEven << u"0.00"_s;
    QTest::newRow("minus kept") << dec("-0.005") << 2 << Rounding::Floor << u"-0.01"_s;
    QTest::newRow("max to 0dp") << Decimal::fromUnits(kMax) << 0 << Rounding::HalfEven
                                << u"9223372037"_s;
    QTest::newRow("min to 0dp") << Decimal::fromUnits(kMin) << 0 << Rounding::HalfEven
                                << u"-9223372037"_s;
    QTest::newRow("min to 9dp") << Decimal::fromUnits(kMin) << 9 << Rounding::HalfEven
                                << u"-9223372036.854775808"_s;
}

void tst_Decimal::toStringWithScale()
{
    QFETCH(Decimal, value);
    QFETCH(int, scale);
    QFETCH(Rounding, mode);
    QFETCH(QString, expected);
    QCOMPARE(value.toString(scale, mode), expected);
}

void tst_Decimal::arithmetic_data()
{
    QTest::addColumn<QChar>("op");
    QTest::addColumn<Decimal>("a");
    QTest::addColumn<Decimal>("b");
    QTest::addColumn<QString>("expected");

    const Decimal max = Decimal::fromUnits(kMax);
    const Decimal min = Decimal::fromUnits(kMin);
    const Decimal unit = dec("0.000000001");
    const Decimal nan = Decimal::invalid();

    QTest::newRow("add") << QChar(u'+') << dec("1.5") << dec("2.25") << u"3.75"_s;
    QTest::newRow("add exact") << QChar(u'+') << dec("0.1") << dec("0.2") << u"0.3"_s;
    QTest::newRow("add keeps scale") << QChar(u'+') << dec("150.20") << dec("1") << u"151.20"_s;
    QTest::newRow("add negative") << QChar(u'+') << dec("-23140.2") << dec("262113.632")
                                  << u"238973.432"_s;
    QTest::newRow("sub") << QChar(u'-') << dec("1") << dec("1.00") << u"0.00"_s;
    QTest::newRow("sub negative") << QChar(u'-') << dec("0.0084") << dec("1") << u"-0.9916"_s;
    QTest::newRow("mul") << QChar(u'*') << dec("1.5") << dec("2.25") << u"3.375"_s;
    QTest::newRow("mul small") << QChar(u'*') << dec("0.001") << dec("0.001") << u"0.000001"_s;
    QTest::newRow("mul below unit")
        << QChar(u'*') << dec("0.00001") << dec("0.00001") << u"0.000000000"_s;
    QTest::newRow("mul sign") << QChar(u'*') << dec("-1.5") << dec("1.5") << u"-2.25"_s;
    QTest::newRow("mul qty price")
        << QChar(u'*') << dec("0.123456789") << dec("150.20") << u"18.543209708"_s;
    QTest::newRow("mul near max") << QChar(u'*') << dec("92233.72036") << dec("100000")
                                  << u"9223372036.00000"_s;
    QTest::newRow("div third") << QChar(u'/') << dec("1") << dec("3") << u"0.333333333"_s;
    QTest::newRow("div two thirds") << QChar(u'/') << dec("2") << dec("3") << u"0.666666667"_s;
    QTest::newRow("div negative") << QChar(u'/') << dec("-2") << dec("3") << u"-0.666666667"_s;
    QTest::newRow("div by negative") << QChar(u'/') << dec("1") << dec("-8") << u"-0.125000000"_s;
    QTest::newRow("div exact") << QChar(u'/') << dec("10") << dec("4") << u"2.500000000"_s;
    QTest::newRow("div large") << QChar(u'/') << max << dec("1") << u"9223372036.854775807"_s;

    QTest::newRow("add overflow") << QChar(u'+') << max << unit << u"NaN"_s;
    QTest::newRow("sub overflow") << QChar(u'-') << min << unit << u"NaN"_s;
    QTest::newRow("sub overflow 2") << QChar(u'-') << dec("0") << min << u"NaN"_s;
    QTest::newRow("mul overflow") << QChar(u'*') << max << dec("2") << u"NaN"_s;
    QTest::newRow("mul overflow sign") << QChar(u'*') << min << dec("-1") << u"NaN"_s;
    QTest::newRow("mul overflow square")
        << QChar(u'*') << dec("3037000499.97605") << dec("3037000499.97605") << u"NaN"_s;
    QTest::newRow("div overflow") << QChar(u'/') << max << dec("0.5") << u"NaN"_s;
    QTest::newRow("div by zero") << QChar(u'/') << dec("1") << dec("0") << u"NaN"_s;
    QTest::newRow("zero by zero") << QChar(u'/') << dec("0") << dec("0.00") << u"NaN"_s;
    QTest::newRow("nan add") << QChar(u'+') << nan << dec("1") << u"NaN"_s;
    QTest::newRow("nan sub") << QChar(u'-') << dec("1") << nan << u"NaN"_s;
    QTest::newRow("nan mul") << QChar(u'*') << nan << dec("0") << u"NaN"_s;
    QTest::newRow("nan div") << QChar(u'/') << dec("1") << nan << u"NaN"_s;
    QTest::newRow("min + max") << QChar(u'+') << min << max << u"-0.000000001"_s;
}

void tst_Decimal::arithmetic()
{
    QFETCH(QChar, op);
    QFETCH(Decimal, a);
    QFETCH(Decimal, b);
    QFETCH(QString, expected);

    Decimal result;
    Result<Decimal> checked = Decimal::invalid();
    switch (op.unicode()) {
    case u'+':
        result = a + b;
        checked = a.checkedAdd(b);
        break;
    case u'-':
        result = a - b;
        checked = a.checkedSub(b);
        break;
    case u'*':
        result = a * b;
        checked = a.checkedMul(b);
        break;
    case u'/':
        result = a / b;
        checked = a.checkedDiv(b);
        break;
    default:
        QFAIL("unknown operator");
    }
    QCOMPARE(result.toString(), expected);
    QCOMPARE(result.isValid(), checked.ok());
    if (checked.ok())
        QCOMPARE(checked->toString(), expected);
    else
        QCOMPARE(checked.error().code, Error::Code::Overflow);

    // Invalid sticks through further arithmetic.
    if (!result.isValid()) {
        QVERIFY(!(result + dec("1")).isValid());
        QVERIFY(!(result * dec("0")).isValid());
        QVERIFY(!(-result).isValid());
    }
}

void tst_Decimal::checkedErrors()
{
    const Decimal max = Decimal::fromUnits(kMax);
    const Result<Decimal> add = max.checkedAdd(dec("1"));
    QVERIFY(!add.ok());
    QCOMPARE(add.error().code, Error::Code::Overflow);
    QVERIFY(add.error().message.contains(u"overflow"_s));

    const Result<Decimal> div = dec("1").checkedDiv(Decimal());
    QVERIFY(!div.ok());
    QCOMPARE(div.error().code, Error::Code::Overflow);
    QVERIFY(div.error().message.contains(u"division by zero"_s));

    const Result<Decimal> nan = Decimal::invalid().checkedMul(dec("1"));
    QVERIFY(!nan.ok());
    QVERIFY(nan.error().isError());

    QVERIFY(!Decimal::fromUnits(kMin).checkedNeg().ok());
    QCOMPARE(dec("-1.5").checkedNeg()->toString(), u"1.5"_s);

    Decimal sum = dec("1.25");
    sum += dec("0.75");
    QCOMPARE(sum.toString(), u"2.00"_s);
    sum -= dec("3");
    QCOMPARE(sum.toString(), u"-1.00"_s);
    sum += Decimal::invalid();
    QVERIFY(!sum.isValid());
}

void tst_Decimal::checkedModes_data()
{
    QTest::addColumn<QChar>("op");
    QTest::addColumn<Decimal>("a");
    QTest::addColumn<Decimal>("b");
    QTest::addColumn<int>("scale");
    QTest::addColumn<Rounding>("mode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("div down") << QChar(u'/') << dec("2") << dec("3") << 2 << Rounding::Down
                              << u"0.66"_s;
    QTest::newRow("div up") << QChar(u'/') << dec("2") << dec("3") << 2 << Rounding::Up
                            << u"0.67"_s;
    QTest::newRow("div floor neg")
        << QChar(u'/') << dec("-2") << dec("3") << 2 << Rounding::Floor << u"-0.67"_s;
    QTest::newRow("div ceiling neg")
        << QChar(u'/') << dec("-2") << dec("3") << 2 << Rounding::Ceiling << u"-0.66"_s;
    QTest::newRow("div tie even") << QChar(u'/') << dec("1") << dec("8") << 2 << Rounding::HalfEven
                                  << u"0.12"_s;
    QTest::newRow("div tie up") << QChar(u'/') << dec("1") << dec("8") << 2 << Rounding::HalfUp
                                << u"0.13"_s;
    QTest::newRow("div tie down") << QChar(u'/') << dec("-1") << dec("8") << 2 << Rounding::HalfDown
                                  << u"-0.12"_s;
    QTest::newRow("div scale 0") << QChar(u'/') << dec("7") << dec("2") << 0 << Rounding::HalfEven
                                 << u"4"_s;
    QTest::newRow("div neg by neg")
        << QChar(u'/') << dec("-7") << dec("-2") << 0 << Rounding::Down << u"3"_s;
    QTest::newRow("mul tie even") << QChar(u'*') << dec("0.00001") << dec("0.00015") << 9
                                  << Rounding::HalfEven << u"0.000000002"_s;
    QTest::newRow("mul tie down") << QChar(u'*') << dec("0.00001") << dec("0.00015") << 9
                                  << Rounding::Down << u"0.000000001"_s;
    QTest::newRow("mul neg floor") << QChar(u'*') << dec("-0.00001") << dec("0.00011") << 9
                                   << Rounding::Floor << u"-0.000000002"_s;
    QTest::newRow("mul neg ceiling") << QChar(u'*') << dec("-0.00001") << dec("0.00011") << 9
                                     << Rounding::Ceiling << u"-0.000000001"_s;
}

void tst_Decimal::checkedModes()
{
    QFETCH(QChar, op);
    QFETCH(Decimal, a);
    QFETCH(Decimal, b);
    QFETCH(int, scale);
    QFETCH(Rounding, mode);
    QFETCH(QString, expected);

    const Result<Decimal> r = op == u'/' ? a.checkedDiv(b, scale, mode) : a.checkedMul(b, mode);
    QVERIFY(r.ok());
    QCOMPARE(r->toString(), expected);
    QCOMPARE(r->scale(), scale);
}

void tst_Decimal::rounding_data()
{
    QTest::addColumn<Decimal>("value");
    QTest::addColumn<int>("scale");
    QTest::addColumn<Rounding>("mode");
    QTest::addColumn<QString>("expected");

    struct Row
    {
        const char *value;
        int scale;
        // HalfEven, HalfUp, HalfDown, Down, Up, Floor, Ceiling
        const char *expected[7];
    };
    static const Row rows[] = {
        { "2.5", 0, { "2", "3", "2", "2", "3", "2", "3" } },
        { "-2.5", 0, { "-2", "-3", "-2", "-2", "-3", "-3", "-2" } },
        { "3.5", 0, { "4", "4", "3", "3", "4", "3", "4" } },
        { "-3.5", 0, { "-4", "-4", "-3", "-3", "-4", "-4", "-3" } },
        { "2.51", 0, { "3", "3", "3", "2", "3", "2", "3" } },
        { "-2.51", 0, { "-3", "-3", "-3", "-2", "-3", "-3", "-2" } },
        { "2.49", 0, { "2", "2", "2", "2", "3", "2", "3" } },
        { "-2.49", 0, { "-2", "-2", "-2", "-2", "-3", "-3", "-2" } },
        { "2", 0, { "2", "2", "2", "2", "2", "2", "2" } },
        { "-0.5", 0, { "0", "-1", "0", "0", "-1", "-1", "0" } },
        { "0.5", 0, { "0", "1", "0", "0", "1", "0", "1" } },
        { "1.005", 2, { "1.00", "1.01", "1.00", "1.00", "1.01", "1.00", "1.01" } },
        { "1.015", 2, { "1.02", "1.02", "1.01", "1.01", "1.02", "1.01", "1.02" } },
        { "-1.015", 2, { "-1.02", "-1.02", "-1.01", "-1.01", "-1.02", "-1.02", "-1.01" } },
        { "0.000000001",
          8,
          { "0.00000000", "0.00000000", "0.00000000", "0.00000000", "0.00000001", "0.00000000",
            "0.00000001" } },
        { "-0.000000001",
          8,
          { "0.00000000", "0.00000000", "0.00000000", "0.00000000", "-0.00000001", "-0.00000001",
            "0.00000000" } },
        { "150.20",
          4,
          { "150.2000", "150.2000", "150.2000", "150.2000", "150.2000", "150.2000", "150.2000" } },
    };
    for (const Row &row : rows) {
        for (int m = 0; m < 7; ++m) {
            QTest::addRow("%s@%d %s", row.value, row.scale, modeName(kModes[m]))
                << dec(row.value) << row.scale << kModes[m] << QString::fromLatin1(row.expected[m]);
        }
    }
}

void tst_Decimal::rounding()
{
    QFETCH(Decimal, value);
    QFETCH(int, scale);
    QFETCH(Rounding, mode);
    QFETCH(QString, expected);

    const Decimal r = value.rounded(scale, mode);
    QVERIFY(r.isValid());
    QCOMPARE(r.scale(), scale);
    QCOMPARE(r.toString(), expected);
    QCOMPARE(value.toString(scale, mode), expected);
    // Rounding to a step of 10^-scale is the same thing.
    qint64 stepUnits = Decimal::UnitsPerOne;
    for (int k = 0; k < scale; ++k)
        stepUnits /= 10;
    const Decimal step = Decimal::fromUnits(stepUnits, scale);
    QCOMPARE(value.roundedToStep(step, mode), r);
}

void tst_Decimal::roundingOverflow()
{
    QVERIFY(!Decimal::fromUnits(kMax).rounded(0, Rounding::HalfEven).isValid());
    QVERIFY(!Decimal::fromUnits(kMax).rounded(2, Rounding::Up).isValid());
    QCOMPARE(Decimal::fromUnits(kMax).rounded(2, Rounding::Down).toString(), u"9223372036.85"_s);
    QVERIFY(!Decimal::fromUnits(kMin).rounded(0, Rounding::Floor).isValid());
    QVERIFY(!Decimal::invalid().rounded(2).isValid());
}

void tst_Decimal::tick_data()
{
    QTest::addColumn<Decimal>("price");
    QTest::addColumn<int>("tickScale");
    QTest::addColumn<bool>("aligned");
    QTest::addColumn<Rounding>("mode");
    QTest::addColumn<QString>("rounded");

    QTest::newRow("1.00") << dec("1.00") << 2 << true << Rounding::HalfEven << u"1.00"_s;
    QTest::newRow("1") << dec("1") << 2 << true << Rounding::HalfEven << u"1.00"_s;
    QTest::newRow("0.9999") << dec("0.9999") << 4 << true << Rounding::HalfEven << u"0.9999"_s;
    QTest::newRow("0.99995 even") << dec("0.99995") << 4 << false << Rounding::HalfEven
                                  << u"1.00"_s;
    QTest::newRow("0.99995 down") << dec("0.99995") << 4 << false << Rounding::Down << u"0.9999"_s;
    QTest::newRow("0.999999") << dec("0.999999") << 4 << false << Rounding::HalfEven << u"1.00"_s;
    QTest::newRow("1.005 even") << dec("1.005") << 2 << false << Rounding::HalfEven << u"1.00"_s;
    QTest::newRow("1.005 up") << dec("1.005") << 2 << false << Rounding::HalfUp << u"1.01"_s;
    QTest::newRow("1.005 ceiling") << dec("1.005") << 2 << false << Rounding::Ceiling << u"1.01"_s;
    QTest::newRow("290.123") << dec("290.123") << 2 << false << Rounding::HalfEven << u"290.12"_s;
    QTest::newRow("290.123 up") << dec("290.123") << 2 << false << Rounding::Up << u"290.13"_s;
    QTest::newRow("150.2") << dec("150.2") << 2 << true << Rounding::HalfEven << u"150.20"_s;
    QTest::newRow("150.2000") << dec("150.2000") << 2 << true << Rounding::HalfEven << u"150.20"_s;
    QTest::newRow("0.0084") << dec("0.0084") << 4 << true << Rounding::HalfEven << u"0.0084"_s;
    QTest::newRow("0.00845") << dec("0.00845") << 4 << false << Rounding::HalfEven << u"0.0084"_s;
    QTest::newRow("0.00845 up") << dec("0.00845") << 4 << false << Rounding::HalfUp << u"0.0085"_s;
    QTest::newRow("-1.005") << dec("-1.005") << 2 << false << Rounding::HalfEven << u"-1.00"_s;
    QTest::newRow("-0.99995 floor")
        << dec("-0.99995") << 4 << false << Rounding::Floor << u"-1.00"_s;
    QTest::newRow("0") << dec("0") << 4 << true << Rounding::HalfEven << u"0.0000"_s;
}

void tst_Decimal::tick()
{
    QFETCH(Decimal, price);
    QFETCH(int, tickScale);
    QFETCH(bool, aligned);
    QFETCH(Rounding, mode);
    QFETCH(QString, rounded);

    QCOMPARE(Decimal::tickScaleFor(price), tickScale);
    QCOMPARE(price.isTickAligned(), aligned);
    const Decimal r = price.roundedToTick(mode);
    QCOMPARE(r.toString(), rounded);
    QVERIFY(r.isTickAligned());
    QCOMPARE(r.scale(), Decimal::tickScaleFor(r));
}

void tst_Decimal::roundedToStep_data()
{
    QTest::addColumn<Decimal>("value");
    QTest::addColumn<Decimal>("step");
    QTest::addColumn<Rounding>("mode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nickel") << dec("150.23") << dec("0.05") << Rounding::HalfEven << u"150.25"_s;
    QTest::newRow("nickel down") << dec("150.23") << dec("0.05") << Rounding::Down << u"150.20"_s;
    QTest::newRow("nickel tie even")
        << dec("150.225") << dec("0.05") << Rounding::HalfEven << u"150.20"_s;
    QTest::newRow("nickel tie up")
        << dec("150.225") << dec("0.05") << Rounding::HalfUp << u"150.25"_s;
    QTest::newRow("negative floor")
        << dec("-150.23") << dec("0.05") << Rounding::Floor << u"-150.25"_s;
    QTest::newRow("negative ceiling")
        << dec("-150.23") << dec("0.05") << Rounding::Ceiling << u"-150.20"_s;
    QTest::newRow("quarter") << dec("7") << dec("0.25") << Rounding::HalfEven << u"7.00"_s;
    QTest::newRow("whole step") << dec("10") << dec("3") << Rounding::HalfEven << u"9"_s;
    QTest::newRow("lot of 100") << dec("250") << dec("100") << Rounding::HalfEven << u"200"_s;
    QTest::newRow("lot of 100 up") << dec("250") << dec("100") << Rounding::HalfUp << u"300"_s;
    QTest::newRow("zero step") << dec("1") << dec("0") << Rounding::HalfEven << u"NaN"_s;
    QTest::newRow("negative step") << dec("1") << dec("-0.05") << Rounding::HalfEven << u"NaN"_s;
    QTest::newRow("invalid step") << dec("1") << Decimal::invalid() << Rounding::HalfEven
                                  << u"NaN"_s;
    QTest::newRow("overflow") << Decimal::fromUnits(kMax) << dec("1000") << Rounding::Up
                              << u"NaN"_s;
}

void tst_Decimal::roundedToStep()
{
    QFETCH(Decimal, value);
    QFETCH(Decimal, step);
    QFETCH(Rounding, mode);
    QFETCH(QString, expected);
    QCOMPARE(value.roundedToStep(step, mode).toString(), expected);
}

void tst_Decimal::comparisons()
{
    QVERIFY(dec("1.5") == dec("1.50"));
    QVERIFY(dec("1.5") != dec("1.51"));
    QVERIFY(dec("1.5") < dec("1.51"));
    QVERIFY(dec("-2") < dec("-1.99"));
    QVERIFY(dec("0") == dec("-0.00"));
    QVERIFY(dec("150.20") >= dec("150.2"));
    QCOMPARE(Decimal::min(dec("1"), dec("2")), dec("1"));
    QCOMPARE(Decimal::max(dec("1"), dec("2")), dec("2"));

    const Decimal nan = Decimal::invalid();
    QVERIFY(!(nan == nan));
    QVERIFY(nan != nan);
    QVERIFY(!(nan == dec("0")));
    QVERIFY(!(nan < dec("1")));
    QVERIFY(!(nan > dec("1")));
    QVERIFY(!(nan <= dec("1")));
    QVERIFY(!(dec("1") >= nan));
    QVERIFY((nan <=> dec("1")) == std::partial_ordering::unordered);
    QVERIFY((dec("1") <=> dec("1.0")) == std::partial_ordering::equivalent);
}

void tst_Decimal::hashing()
{
    QCOMPARE(qHash(dec("1.5")), qHash(dec("1.50")));
    QCOMPARE(qHash(dec("1.5"), 7), qHash(Decimal::fromUnits(1'500'000'000, 9), 7));
    QCOMPARE(qHash(dec("0")), qHash(dec("-0.000")));
    QSet<Decimal> set { dec("1.5"), dec("1.50"), dec("1.500000000"), dec("2") };
    QCOMPARE(set.size(), 2);
    QVERIFY(set.contains(dec("2.00")));
    QVERIFY(!set.contains(Decimal::invalid()));
}

void tst_Decimal::variant()
{
    const QVariant v = QVariant::fromValue(dec("150.20"));
    QCOMPARE(v.value<Decimal>().toString(), u"150.20"_s);
}

// --- DecimalFormatter

void tst_Decimal::formatterFormat_data()
{
    QTest::addColumn<Decimal>("value");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<int>("maxDecimals");
    QTest::addColumn<QString>("expected");

    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale in(QLocale::English, QLocale::India);
    const QLocale ar(QLocale::Arabic, QLocale::Egypt);
    QTest::newRow("en") << dec("1234567.89") << enUS() << 2 << 2 << u"1,234,567.89"_s;
    QTest::newRow("de") << dec("1234567.89") << deDE() << 2 << 2 << u"1.234.567,89"_s;
    QTest::newRow("en negative") << dec("-1234567.89") << enUS() << 2 << 2 << u"-1,234,567.89"_s;
    QTest::newRow("de negative") << dec("-1234567.89") << deDE() << 2 << 2 << u"-1.234.567,89"_s;
    QTest::newRow("en rounds") << dec("1234567.891") << enUS() << 2 << 2 << u"1,234,567.89"_s;
    QTest::newRow("en half-even") << dec("2.345") << enUS() << 2 << 2 << u"2.34"_s;
    QTest::newRow("en trims") << dec("1.5000") << enUS() << 0 << 4 << u"1.5"_s;
    QTest::newRow("en trims to min") << dec("1.5000") << enUS() << 2 << 4 << u"1.50"_s;
    QTest::newRow("en pads to max") << dec("3") << enUS() << 2 << 2 << u"3.00"_s;
    QTest::newRow("en no minus zero") << dec("-0.001") << enUS() << 0 << 2 << u"0"_s;
    QTest::newRow("en small negative") << dec("-0.5") << enUS() << 0 << 2 << u"-0.5"_s;
    QTest::newRow("en max") << Decimal::fromUnits(kMax) << enUS() << 0 << 9
                            << u"9,223,372,036.854775807"_s;
    QTest::newRow("en min") << Decimal::fromUnits(kMin) << enUS() << 0 << 9
                            << u"-9,223,372,036.854775808"_s;
    QTest::newRow("fr") << dec("1234567.89") << fr << 2 << 2 << u"1\u202F234\u202F567,89"_s;
    QTest::newRow("en_IN") << dec("1234567.89") << in << 2 << 2 << u"12,34,567.89"_s;
    QTest::newRow("C") << dec("1234567.89") << QLocale::c() << 2 << 2 << u"1234567.89"_s;
    QTest::newRow("ar") << dec("-1234.5") << ar << 1 << 1
                        << u"\u061C-\u0661\u066C\u0662\u0663\u0664\u066B\u0665"_s;
    QTest::newRow("invalid") << Decimal::invalid() << enUS() << 2 << 2 << u"NaN"_s;
}

void tst_Decimal::formatterFormat()
{
    QFETCH(Decimal, value);
    QFETCH(QLocale, locale);
    QFETCH(int, minDecimals);
    QFETCH(int, maxDecimals);
    QFETCH(QString, expected);
    QCOMPARE(DecimalFormatter::format(value, locale, minDecimals, maxDecimals), expected);
}

void tst_Decimal::formatterMoney_data()
{
    QTest::addColumn<Decimal>("value");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en") << dec("1234.5") << enUS() << u"$"_s << u"$1,234.50"_s;
    QTest::newRow("en negative") << dec("-0.5") << enUS() << u"$"_s << u"-$0.50"_s;
    QTest::newRow("en rounds") << dec("262113.632") << enUS() << u"$"_s << u"$262,113.63"_s;
    QTest::newRow("en tie even") << dec("0.125") << enUS() << u"$"_s << u"$0.12"_s;
    QTest::newRow("de euro") << dec("1234.5") << deDE() << u"€"_s << u"1.234,50\u00A0€"_s;
    QTest::newRow("de negative") << dec("-23140.2") << deDE() << u"$"_s << u"-23.140,20\u00A0$"_s;
}

void tst_Decimal::formatterMoney()
{
    QFETCH(Decimal, value);
    QFETCH(QLocale, locale);
    QFETCH(QString, symbol);
    QFETCH(QString, expected);
    QCOMPARE(DecimalFormatter::money(value, locale, symbol), expected);
}

void tst_Decimal::formatterPricePercentQuantity()
{
    QCOMPARE(DecimalFormatter::money(dec("5"), enUS()), u"$5.00"_s);
    QCOMPARE(DecimalFormatter::price(dec("150.2"), enUS()), u"150.20"_s);
    QCOMPARE(DecimalFormatter::price(dec("1234.5"), enUS()), u"1,234.50"_s);
    QCOMPARE(DecimalFormatter::price(dec("1234.5"), enUS(), u"$"_s), u"$1,234.50"_s);
    QCOMPARE(DecimalFormatter::price(dec("0.0084"), enUS()), u"0.0084"_s);
    QCOMPARE(DecimalFormatter::price(dec("0.0084"), deDE()), u"0,0084"_s);
    QCOMPARE(DecimalFormatter::price(dec("0.99995"), enUS()), u"1.00"_s);
    QCOMPARE(DecimalFormatter::price(dec("0.5"), enUS(), u"$"_s), u"$0.5000"_s);
    QCOMPARE(DecimalFormatter::price(dec("-290.123"), enUS()), u"-290.12"_s);
    QCOMPARE(DecimalFormatter::price(Decimal::invalid(), enUS()), u"NaN"_s);

    QCOMPARE(DecimalFormatter::percent(dec("0.2034"), enUS()), u"20.34%"_s);
    QCOMPARE(DecimalFormatter::percent(dec("0.2034"), deDE()), u"20,34%"_s);
    QCOMPARE(DecimalFormatter::percent(dec("-0.0028035"), enUS()), u"-0.28%"_s);
    QCOMPARE(DecimalFormatter::percent(dec("-0.00001"), enUS()), u"0.00%"_s);
    QCOMPARE(DecimalFormatter::percent(dec("1.5"), enUS(), 0), u"150%"_s);
    QCOMPARE(DecimalFormatter::percent(dec("123.456789"), enUS(), 3), u"12,345.679%"_s);
    QCOMPARE(DecimalFormatter::percent(dec("0.00025"), enUS(), 2), u"0.02%"_s); // tie → even
    QCOMPARE(DecimalFormatter::percent(dec("0.00035"), enUS(), 2), u"0.04%"_s); // tie → even
    QCOMPARE(DecimalFormatter::percent(dec("0.000135"), enUS(), 2), u"0.01%"_s);
    QCOMPARE(DecimalFormatter::percent(dec("0.000155"), enUS(), 2), u"0.02%"_s);
    QCOMPARE(DecimalFormatter::percent(Decimal::fromUnits(kMax), enUS(), 0), u"922,337,203,685%"_s);

    QCOMPARE(DecimalFormatter::quantity(dec("1500"), enUS()), u"1,500"_s);
    QCOMPARE(DecimalFormatter::quantity(dec("1500"), deDE()), u"1.500"_s);
    QCOMPARE(DecimalFormatter::quantity(dec("0.000123000"), enUS()), u"0.000123"_s);
    QCOMPARE(DecimalFormatter::quantity(dec("0.123456789"), deDE()), u"0,123456789"_s);
    QCOMPARE(DecimalFormatter::quantity(dec("-2418"), enUS()), u"-2,418"_s);
}

void tst_Decimal::formatterParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("wire");

    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale in(QLocale::English, QLocale::India);
    const QLocale ch(QLocale::German, QLocale::Switzerland);
    const QLocale ar(QLocale::Arabic, QLocale::Egypt);
    QTest::newRow("en grouped") << u"1,234,567.89"_s << enUS() << u"1234567.89"_s;
    QTest::newRow("de grouped") << u"1.234.567,89"_s << deDE() << u"1234567.89"_s;
    QTest::newRow("en plain") << u"1234.5"_s << enUS() << u"1234.5"_s;
    QTest::newRow("de plain") << u"1234,5"_s << deDE() << u"1234.5"_s;
    QTest::newRow("en spaces") << u"  1,234.5 \t"_s << enUS() << u"1234.5"_s;
    QTest::newRow("en negative") << u"-1,234.5"_s << enUS() << u"-1234.5"_s;
    QTest::newRow("de negative") << u"-1.234,5"_s << deDE() << u"-1234.5"_s;
    QTest::newRow("unicode minus") << u"\u22121.5"_s << enUS() << u"-1.5"_s;
    QTest::newRow("plus") << u"+3"_s << enUS() << u"3"_s;
    QTest::newRow("leading point") << u".5"_s << enUS() << u"0.5"_s;
    QTest::newRow("de leading comma") << u",5"_s << deDE() << u"0.5"_s;
    QTest::newRow("de thousands") << u"1.500"_s << deDE() << u"1500"_s;
    QTest::newRow("en thousands") << u"1,500"_s << enUS() << u"1500"_s;
    QTest::newRow("en keeps scale") << u"150.20"_s << enUS() << u"150.20"_s;
    QTest::newRow("9 digits") << u"0.123456789"_s << enUS() << u"0.123456789"_s;
    QTest::newRow("fr narrow nbsp") << u"1\u202F234,5"_s << fr << u"1234.5"_s;
    QTest::newRow("fr typed space") << u"1 234 567,5"_s << fr << u"1234567.5"_s;
    QTest::newRow("en_IN") << u"12,34,567.89"_s << in << u"1234567.89"_s;
    QTest::newRow("de_CH typed apostrophe") << u"1'234.5"_s << ch << u"1234.5"_s;
    QTest::newRow("de_CH apostrophe") << u"1\u2019234.5"_s << ch << u"1234.5"_s;
    QTest::newRow("ar native") << u"\u061C-\u0661\u066C\u0662\u0663\u0664\u066B\u0665"_s << ar
                               << u"-1234.5"_s;
    QTest::newRow("ar ascii digits") << u"1234\u066B5"_s << ar << u"1234.5"_s;
    QTest::newRow("zero") << u"0"_s << enUS() << u"0"_s;
}

void tst_Decimal::formatterParse()
{
    QFETCH(QString, text);
    QFETCH(QLocale, locale);
    QFETCH(QString, wire);

    const Result<Decimal> r = DecimalFormatter::parse(text, locale, u"qty"_s);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->toString(), wire);
}

void tst_Decimal::formatterParseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");

    const QLocale fr(QLocale::French, QLocale::France);
    const auto parse = Error::Code::Parse;
    QTest::newRow("empty") << QString() << enUS() << parse << u"empty"_s;
    QTest::newRow("blank") << u"   "_s << enUS() << parse << u"empty"_s;
    QTest::newRow("en comma decimal") << u"1,5"_s << enUS() << parse << u"ambiguous"_s;
    QTest::newRow("de point decimal") << u"1.5"_s << deDE() << parse << u"ambiguous"_s;
    QTest::newRow("de point 2dp") << u"12.34"_s << deDE() << parse << u"ambiguous"_s;
    QTest::newRow("en indian groups") << u"1,23,456"_s << enUS() << parse << u"ambiguous"_s;
    QTest::newRow("en leading group") << u",123"_s << enUS() << parse << u"ambiguous"_s;
    QTest::newRow("en empty group") << u"1,,234"_s << enUS() << parse << u"ambiguous"_s;
    QTest::newRow("en trailing group") << u"1,"_s << enUS() << parse << u"ambiguous"_s;
    QTest::newRow("en two points")
        << u"1.2.3"_s << enUS() << parse << u"more than one decimal point"_s;
    QTest::newRow("en group after point")
        << u"1.234,5"_s << enUS() << parse << u"after the decimal point"_s;
    QTest::newRow("de group after comma")
        << u"1,234.5"_s << deDE() << parse << u"after the decimal point"_s;
    QTest::newRow("fr point") << u"1.5"_s << fr << parse << u"the decimal point here is \",\""_s;
    QTest::newRow("trailing point")
        << u"5."_s << enUS() << parse << u"digit after the decimal point"_s;
    QTest::newRow("letters") << u"abc"_s << enUS() << parse << u"\"a\" is not allowed"_s;
    QTest::newRow("exponent") << u"1e5"_s << enUS() << parse << u"\"e\" is not allowed"_s;
    QTest::newRow("currency") << u"$5"_s << enUS() << parse << u"\"$\" is not allowed"_s;
    QTest::newRow("percent") << u"5%"_s << enUS() << parse << u"\"%\" is not allowed"_s;
    QTest::newRow("two signs") << u"--5"_s << enUS() << parse << u"\"-\" is not allowed"_s;
    QTest::newRow("trailing sign") << u"5-"_s << enUS() << parse << u"\"-\" is not allowed"_s;
    QTest::newRow("inner space") << u"1 234"_s << enUS() << parse << u"space"_s;
    QTest::newRow("sign only") << u"-"_s << enUS() << parse << u"no digits"_s;
    QTest::newRow("point only") << u"."_s << enUS() << parse << u"no digits"_s;
    QTest::newRow("too many digits") << u"0.1234567891"_s << enUS() << parse << u"at most 9"_s;
    QTest::newRow("too large") << u"9,999,999,999"_s << enUS() << Error::Code::Overflow
                               << u"too large"_s;
}

void tst_Decimal::formatterParseRejects()
{
    QFETCH(QString, text);
    QFETCH(QLocale, locale);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);

    const Result<Decimal> r = DecimalFormatter::parse(text, locale, u"limit_price"_s);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->toString() : QString()));
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, u"limit_price"_s);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void tst_Decimal::formatterRoundTrip_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << enUS();
    QTest::newRow("de_DE") << deDE();
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France);
    QTest::newRow("en_IN") << QLocale(QLocale::English, QLocale::India);
    QTest::newRow("de_CH") << QLocale(QLocale::German, QLocale::Switzerland);
    QTest::newRow("ar_EG") << QLocale(QLocale::Arabic, QLocale::Egypt);
    QTest::newRow("C") << QLocale::c();
}

void tst_Decimal::formatterRoundTrip()
{
    QFETCH(QLocale, locale);
    // Display text parses back to the same value (whole parts below 10^9: Qt 6.4 mis-groups
    // the top group of es_ES-like locales at 10 digits, so stay clear of that).
    for (const char *text : { "0", "1234567.89", "-1234567.89", "0.0084", "-0.000000001",
                              "999999999.999999999", "150.2", "1000", "-2418", "262113.632" }) {
        const Decimal value = dec(text);
        const QString shown = DecimalFormatter::format(value, locale, 0, 9);
        const Result<Decimal> back = DecimalFormatter::parse(shown, locale, u"qty"_s);
        QVERIFY2(back.ok(), qPrintable(shown + u" → "_s + back.error().toString()));
        QCOMPARE(*back, value);
    }
}

QTEST_GUILESS_MAIN(tst_Decimal)
#include "tst_decimal.moc"
