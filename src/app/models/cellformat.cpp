// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellformat.h"

#include "decimalformatter.h"

#include <QGuiApplication>
#include <QPalette>

namespace Elson {

namespace {

QString withPlus(const Decimal &value, QString text, const QLocale &locale)
{
    return value.isPositive() ? locale.positiveSign() + text : text;
}

bool darkPalette()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

QString CellFormat::money(const std::optional<Decimal> &value, const QLocale &locale)
{
    return value ? DecimalFormatter::format(*value, locale, 2, 2) : QString();
}

QString CellFormat::signedMoney(const std::optional<Decimal> &value, const QLocale &locale)
{
    return value ? withPlus(*value, money(value, locale), locale) : QString();
}

QString CellFormat::price(const std::optional<Decimal> &value, const QLocale &locale)
{
    return value ? DecimalFormatter::format(*value, locale, 2, 4) : QString();
}

QString CellFormat::quantity(const std::optional<Decimal> &value, const QLocale &locale)
{
    return value ? DecimalFormatter::quantity(*value, locale) : QString();
}

QString CellFormat::signedPercent(const std::optional<Decimal> &ratio, const QLocale &locale)
{
    return ratio ? withPlus(*ratio, DecimalFormatter::percent(*ratio, locale, 2), locale)
                 : QString();
}

QString CellFormat::dateTime(const Timestamp &timestamp, const QLocale &locale)
{
    if (timestamp.isNull())
        return {};
    return locale.toString(timestamp.toDateTime().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString CellFormat::exact(const std::optional<Decimal> &value)
{
    return value ? value->toString() : QString();
}

QVariant CellFormat::raw(const std::optional<Decimal> &value)
{
    if (!value || !value->isValid())
        return {};
    return QVariant::fromValue(qint64(value->units()));
}

QVariant CellFormat::raw(const Timestamp &timestamp)
{
    if (timestamp.isNull())
        return {};
    return QVariant::fromValue(qint64(timestamp.epochNanos()));
}

QVariant CellFormat::profitColor(const std::optional<Decimal> &value)
{
    if (!value || !value->isValid() || value->isZero())
        return {};
    return color(value->isPositive() ? Tone::Gain : Tone::Loss);
}

QVariant CellFormat::statusColor(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Filled:
        return color(Tone::Gain);
    case OrderStatus::PartiallyFilled:
        return color(Tone::Progress);
    case OrderStatus::Held:
    case OrderStatus::PendingNew:
    case OrderStatus::PendingCancel:
    case OrderStatus::PendingReplace:
    case OrderStatus::PendingReview:
    case OrderStatus::AcceptedForBidding:
    case OrderStatus::Suspended:
        return color(Tone::Attention);
    case OrderStatus::Rejected:
        return color(Tone::Loss);
    case OrderStatus::Canceled:
    case OrderStatus::Expired:
    case OrderStatus::Replaced:
    case OrderStatus::DoneForDay:
    case OrderStatus::Stopped:
    case OrderStatus::Calculated:
        return color(Tone::Muted);
    case OrderStatus::New:
    case OrderStatus::Accepted:
    case OrderStatus::Unknown:
        break;
    }
    return {};
}

QColor CellFormat::color(Tone tone)
{
    const bool dark = darkPalette();
    switch (tone) {
    case Tone::Gain:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x1b, 0x7f, 0x3b);
    case Tone::Loss:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case Tone::Muted:
        return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    case Tone::Attention:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa8, 0x5d, 0x00);
    case Tone::Progress:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

QVariant CellFormat::numberAlignment()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

QVariant CellFormat::textAlignment()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
}

} // namespace Elson
