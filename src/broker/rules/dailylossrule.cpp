// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailylossrule.h"

#include "orderexposure.h"

namespace Elson {

RuleResult DailyLossRule::check(const ValidationContext &context) const
{
    const std::optional<Decimal> &max = context.limits.maxDailyLoss;
    if (!max)
        return pass();
    const Account &account = context.account;
    const Decimal loss = account.lastEquity - account.equity;
    if (!loss.isValid() || loss < *max || !OrderExposure::increasesExposure(context))
        return pass();
    const QString field = QStringLiteral("account");
    return block(
        field,
        tr("%1: today's loss of $%2 has reached your daily limit of $%3; only orders "
           "that reduce a position are allowed.")
            .arg(fieldLabel(field), text(loss), text(*max)),
        { { QStringLiteral("loss"), number(loss) }, { QStringLiteral("max"), number(*max) } });
}

} // namespace Elson
