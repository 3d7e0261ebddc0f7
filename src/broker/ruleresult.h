// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace Elson {

/** What a validation rule says about an order. */
enum class RuleVerdict {
    Pass, ///< nothing to say
    Warn, ///< allowed once the user acknowledges this rule's code
    Block, ///< refused; the chain stops here
};

/**
 * One rule's verdict with the reason a trader can read. `field` is the order field
 * concerned in Alpaca's wire spelling ("limit_price", "qty", "take_profit.limit_price")
 * or a context name ("account", "credentials", "mode"); the message names it in words.
 * `numbers` holds the figures behind the verdict (Decimal values, ints, timestamps as
 * text), e.g. {"required": 1900, "available": 1500}.
 */
struct RuleResult
{
    Q_DECLARE_TR_FUNCTIONS(RuleResult)

public:
    QString rule; ///< stable code, e.g. "params.tick"
    RuleVerdict verdict = RuleVerdict::Pass;
    QString field;
    QString message; ///< translated
    QVariantMap numbers;
    bool acknowledged = false; ///< a Warn the user accepted (ValidationContext::acknowledged)

    [[nodiscard]] bool isPass() const { return verdict == RuleVerdict::Pass; }
    [[nodiscard]] bool isWarn() const { return verdict == RuleVerdict::Warn; }
    [[nodiscard]] bool isBlock() const { return verdict == RuleVerdict::Block; }

    /** "message [rule]". */
    [[nodiscard]] QString toString() const;
    /** {"rule","verdict","field","message","numbers","acknowledged"}; decimals as strings. */
    [[nodiscard]] QJsonObject toJson() const;
    /** `numbers` as JSON: Decimals as strings, the rest as QJsonValue converts them. */
    [[nodiscard]] QJsonObject numbersJson() const;
    /** A Validation error: field, message, extra {"rule", "verdict", "numbers"}. */
    [[nodiscard]] Error toError() const;

    /** "pass", "warn", "block". */
    [[nodiscard]] static QString verdictName(RuleVerdict verdict);

    friend bool operator==(const RuleResult &, const RuleResult &) = default;
};

} // namespace Elson
