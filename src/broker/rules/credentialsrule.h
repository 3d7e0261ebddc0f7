// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationrule.h"

namespace Elson {

/**
 * `credentials`: A key pair for the trading mode is present; for live it is not a paper (PK…) key
 * and it validated against the live host.
 */
class CredentialsRule final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsRule)

public:
    static constexpr const char *Code = "credentials";

    [[nodiscard]] QString code() const override { return QString::fromLatin1(Code); }
    [[nodiscard]] RuleResult check(const ValidationContext &context) const override;
};

} // namespace Elson
