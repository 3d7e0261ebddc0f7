// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandoptions.h"
#include "replaceorderrequest.h"
#include "result.h"
#include "trade.h"

#include <QCoreApplication>

namespace Elson {

/**
 * Turns `elsonctl order` and `elsonctl replace` arguments into what the broker takes,
 * checking only the shape of the command line (the validation chain judges the
 * order itself). An error's field is the option at fault, so the usage message can
 * name it.
 *
 * `order buy|sell SYMBOL (--qty Q | --notional USD)`: the type follows from the prices
 * unless --type is given (a limit price makes a limit order, a stop price a stop, both
 * a stop-limit, a trail a trailing stop); --take-profit with --stop-loss makes a
 * bracket; --order-class oco takes both exits, oto exactly one.
 */
class OrderArguments final
{
    Q_DECLARE_TR_FUNCTIONS(OrderArguments)

public:
    [[nodiscard]] static Result<Trade> toTrade(const CommandOptions &options);
    /** `replace ORDER_ID [--qty Q] [--limit-price P] [--stop-price P] [--trail X]`. */
    [[nodiscard]] static Result<ReplaceOrderRequest> toReplace(const CommandOptions &options);
};

} // namespace Elson
