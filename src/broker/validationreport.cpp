// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationreport.h"

#include <QJsonArray>

namespace Elson {

std::optional<RuleResult> ValidationReport::block() const
{
    for (const RuleResult &result : results) {
        if (result.isBlock())
            return result;
    }
    return std::nullopt;
}

QList<RuleResult> ValidationReport::pendingWarnings() const
{
    QList<RuleResult> warnings;
    for (const RuleResult &result : results) {
        if (result.isWarn() && !result.acknowledged)
            warnings.append(result);
    }
    return warnings;
}

QList<RuleResult> ValidationReport::acknowledgedWarnings() const
{
    QList<RuleResult> warnings;
    for (const RuleResult &result : results) {
        if (result.isWarn() && result.acknowledged)
            warnings.append(result);
    }
    return warnings;
}

bool ValidationReport::canSubmit() const
{
    return !block() && pendingWarnings().isEmpty();
}

std::optional<Error> ValidationReport::refusal() const
{
    if (const std::optional<RuleResult> blocked = block())
        return blocked->toError();
    const QList<RuleResult> warnings = pendingWarnings();
    if (!warnings.isEmpty())
        return warnings.first().toError();
    return std::nullopt;
}

QJsonObject ValidationReport::toJson() const
{
    QJsonArray list;
    for (const RuleResult &result : results) {
        if (!result.isPass())
            list.append(result.toJson());
    }
    QJsonObject json;
    json.insert(QStringLiteral("ok"), canSubmit());
    json.insert(QStringLiteral("results"), list);
    return json;
}

} // namespace Elson
