// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleresult.h"

#include "decimal.h"
#include "timestamp.h"

#include <QJsonValue>

namespace Elson {

QString RuleResult::toString() const
{
    return tr("%1 [%2]").arg(message, rule);
}

QString RuleResult::verdictName(RuleVerdict verdict)
{
    switch (verdict) {
    case RuleVerdict::Pass:
        return QStringLiteral("pass");
    case RuleVerdict::Warn:
        return QStringLiteral("warn");
    case RuleVerdict::Block:
        return QStringLiteral("block");
    }
    return {};
}

QJsonObject RuleResult::numbersJson() const
{
    QJsonObject json;
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        const QVariant &value = it.value();
        if (value.metaType() == QMetaType::fromType<Decimal>())
            json.insert(it.key(), value.value<Decimal>().toString());
        else if (value.metaType() == QMetaType::fromType<Timestamp>())
            json.insert(it.key(), value.value<Timestamp>().toString());
        else
            json.insert(it.key(), QJsonValue::fromVariant(value));
    }
    return json;
}

QJsonObject RuleResult::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("rule"), rule);
    json.insert(QStringLiteral("verdict"), verdictName(verdict));
    json.insert(QStringLiteral("field"), field);
    json.insert(QStringLiteral("message"), message);
    json.insert(QStringLiteral("numbers"), numbersJson());
    if (verdict == RuleVerdict::Warn)
        json.insert(QStringLiteral("acknowledged"), acknowledged);
    return json;
}

Error RuleResult::toError() const
{
    Error error = Error::validation(field, message);
    error.extra.insert(QStringLiteral("rule"), rule);
    error.extra.insert(QStringLiteral("verdict"), verdictName(verdict));
    error.extra.insert(QStringLiteral("numbers"), numbersJson());
    return error;
}

} // namespace Elson
