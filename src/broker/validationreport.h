// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "ruleresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Elson {

/**
 * What the chain said about one order: every rule it ran, in order, up to and
 * including the first Block. The order may be sent only when canSubmit().
 */
struct ValidationReport
{
    Q_DECLARE_TR_FUNCTIONS(ValidationReport)

public:
    QList<RuleResult> results; ///< every rule run, in chain order (passes included)

    /** The blocking result, if any (always the last one run). */
    [[nodiscard]] std::optional<RuleResult> block() const;
    /** Warnings the user has not acknowledged yet, in chain order. */
    [[nodiscard]] QList<RuleResult> pendingWarnings() const;
    /** Warnings the user acknowledged. */
    [[nodiscard]] QList<RuleResult> acknowledgedWarnings() const;
    /** Neither a block nor an unacknowledged warning. */
    [[nodiscard]] bool canSubmit() const;
    /**
     * Why the order may not be sent: the block's error, else the first pending
     * warning's error (extra "verdict": "warn" — acknowledge its rule to go on);
     * nothing when canSubmit().
     */
    [[nodiscard]] std::optional<Error> refusal() const;
    /** {"ok", "results": [...]} with passes omitted, for the audit journal. */
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Elson
