// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationrule.h"

namespace Elson {

QString ValidationRule::fieldLabel(const QString &field)
{
    if (field == u"symbol")
        return tr("Symbol");
    if (field == u"qty")
        return tr("Quantity");
    if (field == u"notional")
        return tr("Amount");
    if (field == u"side")
        return tr("Side");
    if (field == u"type")
        return tr("Order type");
    if (field == u"time_in_force")
        return tr("Time in force");
    if (field == u"limit_price")
        return tr("Limit price");
    if (field == u"stop_price")
        return tr("Stop price");
    if (field == u"trail_price")
        return tr("Trail price");
    if (field == u"trail_percent")
        return tr("Trail percent");
    if (field == u"extended_hours")
        return tr("Extended hours");
    if (field == u"order_class")
        return tr("Order class");
    if (field == u"take_profit.limit_price")
        return tr("Take-profit limit price");
    if (field == u"stop_loss.stop_price")
        return tr("Stop-loss stop price");
    if (field == u"stop_loss.limit_price")
        return tr("Stop-loss limit price");
    if (field == u"account")
        return tr("Account");
    if (field == u"credentials")
        return tr("Credentials");
    if (field == u"mode")
        return tr("Trading mode");
    return field;
}

RuleResult ValidationRule::pass() const
{
    RuleResult result;
    result.rule = code();
    return result;
}

RuleResult ValidationRule::warn(const QString &field, const QString &message,
                                const QVariantMap &numbers) const
{
    RuleResult result { code(), RuleVerdict::Warn, field, message, numbers, false };
    return result;
}

RuleResult ValidationRule::block(const QString &field, const QString &message,
                                 const QVariantMap &numbers) const
{
    RuleResult result { code(), RuleVerdict::Block, field, message, numbers, false };
    return result;
}

QVariant ValidationRule::number(const Decimal &value)
{
    return QVariant::fromValue(value);
}

} // namespace Elson
