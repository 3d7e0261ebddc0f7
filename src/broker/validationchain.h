// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationcontext.h"
#include "validationreport.h"
#include "validationrule.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Elson {

/**
 * The ordered pre-trade checks. run() asks each rule in turn; the first Block stops
 * the chain; a Warn whose code is in ValidationContext::acknowledged is marked
 * acknowledged and lets the order through. Rules are immutable and shared, so a chain
 * is cheap to copy.
 */
class ValidationChain final
{
public:
    ValidationChain() = default;

    /**
     * Every rule, in order: credentials, account.blocked, environment, params.symbol,
     * params.qty_xor_notional, params.positive, params.prices, params.tick,
     * params.trailing, params.tif, params.extended_hours, params.fractional,
     * params.bracket, symbol.tradable, symbol.fractionable, symbol.shortable,
     * buying_power, qty_available, market.session, limits.allowed_symbols,
     * limits.max_order_qty, limits.max_order_value, limits.price_collar,
     * limits.duplicate, limits.max_position, limits.daily_loss, pdt.legacy.
     */
    [[nodiscard]] static ValidationChain standard();

    void append(std::shared_ptr<const ValidationRule> rule);
    /** The codes, in order. */
    [[nodiscard]] QStringList codes() const;
    /** The rule with @p code, or nullptr. */
    [[nodiscard]] const ValidationRule *rule(const QString &code) const;

    /** Runs the rules in order (pure: no I/O, deterministic). */
    [[nodiscard]] ValidationReport run(const ValidationContext &context) const;
    /**
     * Every rule's verdict, in order, without stopping at a Block: what the order
     * ticket shows next to each field while the user types. Identical to run() when
     * nothing blocks; canSubmit() agrees with run()'s in every case.
     */
    [[nodiscard]] ValidationReport runAll(const ValidationContext &context) const;

private:
    QList<std::shared_ptr<const ValidationRule>> m_rules;
};

} // namespace Elson
