// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationchain.h"

#include "rules/accountblockedrule.h"
#include "rules/allowedsymbolsrule.h"
#include "rules/bracketrule.h"
#include "rules/buyingpowerrule.h"
#include "rules/credentialsrule.h"
#include "rules/dailylossrule.h"
#include "rules/duplicateorderrule.h"
#include "rules/environmentrule.h"
#include "rules/extendedhoursrule.h"
#include "rules/fractionalrule.h"
#include "rules/legacypdtrule.h"
#include "rules/marketsessionrule.h"
#include "rules/maxorderqtyrule.h"
#include "rules/maxordervaluerule.h"
#include "rules/maxpositionrule.h"
#include "rules/positivevaluesrule.h"
#include "rules/pricecollarrule.h"
#include "rules/qtyavailablerule.h"
#include "rules/qtyxornotionalrule.h"
#include "rules/symbolfractionablerule.h"
#include "rules/symbolshortablerule.h"
#include "rules/symbolsyntaxrule.h"
#include "rules/symboltradablerule.h"
#include "rules/ticksizerule.h"
#include "rules/timeinforcerule.h"
#include "rules/trailingrule.h"
#include "rules/typepricesrule.h"

namespace Elson {

ValidationChain ValidationChain::standard()
{
    ValidationChain chain;
    // Who and where first, then the order's own shape, then the asset and the account,
    // then the market, then the trader's own limits.
    chain.append(std::make_shared<CredentialsRule>());
    chain.append(std::make_shared<AccountBlockedRule>());
    chain.append(std::make_shared<EnvironmentRule>());
    chain.append(std::make_shared<SymbolSyntaxRule>());
    chain.append(std::make_shared<QtyXorNotionalRule>());
    chain.append(std::make_shared<PositiveValuesRule>());
    chain.append(std::make_shared<TypePricesRule>());
    chain.append(std::make_shared<TickSizeRule>());
    chain.append(std::make_shared<TrailingRule>());
    chain.append(std::make_shared<TimeInForceRule>());
    chain.append(std::make_shared<ExtendedHoursRule>());
    chain.append(std::make_shared<FractionalRule>());
    chain.append(std::make_shared<BracketRule>());
    chain.append(std::make_shared<SymbolTradableRule>());
    chain.append(std::make_shared<SymbolFractionableRule>());
    chain.append(std::make_shared<SymbolShortableRule>());
    chain.append(std::make_shared<BuyingPowerRule>());
    chain.append(std::make_shared<QtyAvailableRule>());
    chain.append(std::make_shared<MarketSessionRule>());
    chain.append(std::make_shared<AllowedSymbolsRule>());
    chain.append(std::make_shared<MaxOrderQtyRule>());
    chain.append(std::make_shared<MaxOrderValueRule>());
    chain.append(std::make_shared<PriceCollarRule>());
    chain.append(std::make_shared<DuplicateOrderRule>());
    chain.append(std::make_shared<MaxPositionRule>());
    chain.append(std::make_shared<DailyLossRule>());
    chain.append(std::make_shared<LegacyPdtRule>());
    return chain;
}

void ValidationChain::append(std::shared_ptr<const ValidationRule> rule)
{
    if (rule)
        m_rules.append(std::move(rule));
}

QStringList ValidationChain::codes() const
{
    QStringList list;
    for (const auto &rule : m_rules)
        list.append(rule->code());
    return list;
}

const ValidationRule *ValidationChain::rule(const QString &code) const
{
    for (const auto &rule : m_rules) {
        if (rule->code() == code)
            return rule.get();
    }
    return nullptr;
}

namespace {

ValidationReport runRules(const QList<std::shared_ptr<const ValidationRule>> &rules,
                          const ValidationContext &context, bool stopAtBlock)
{
    ValidationReport report;
    for (const auto &rule : rules) {
        RuleResult result = rule->check(context);
        result.rule = rule->code();
        if (result.isWarn())
            result.acknowledged = context.acknowledged.contains(result.rule);
        report.results.append(result);
        if (stopAtBlock && result.isBlock())
            break;
    }
    return report;
}

} // namespace

ValidationReport ValidationChain::run(const ValidationContext &context) const
{
    return runRules(m_rules, context, true);
}

ValidationReport ValidationChain::runAll(const ValidationContext &context) const
{
    return runRules(m_rules, context, false);
}

} // namespace Elson
