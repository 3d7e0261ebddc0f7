// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleresult.h"
#include "validationcontext.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace Elson {

/**
 * One step of the validation chain: a stable code and a pure check. A rule reads only
 * the context; it never throws, never does I/O and gives the same result for the same
 * input. Subclasses are stateless and `final`.
 */
class ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(ValidationRule)

public:
    virtual ~ValidationRule() = default;

    /** The stable rule code ("params.tick"); the key of ValidationContext::acknowledged. */
    [[nodiscard]] virtual QString code() const = 0;
    /** The verdict for @p context; rule is set to code(). */
    [[nodiscard]] virtual RuleResult check(const ValidationContext &context) const = 0;

    /**
     * A translated label for a field code ("limit_price" → "Limit price"); the field
     * itself for one this function does not know.
     */
    [[nodiscard]] static QString fieldLabel(const QString &field);

protected:
    ValidationRule() = default;
    Q_DISABLE_COPY_MOVE(ValidationRule)

    [[nodiscard]] RuleResult pass() const;
    [[nodiscard]] RuleResult warn(const QString &field, const QString &message,
                                  const QVariantMap &numbers = {}) const;
    [[nodiscard]] RuleResult block(const QString &field, const QString &message,
                                   const QVariantMap &numbers = {}) const;

    /** A Decimal as a QVariant for RuleResult::numbers. */
    [[nodiscard]] static QVariant number(const Decimal &value);
    /** A Decimal for a message: the wire form ("150.25"). */
    [[nodiscard]] static QString text(const Decimal &value) { return value.toString(); }
};

} // namespace Elson
