// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountmodel.h"

#include "cellformat.h"
#include "decimalformatter.h"

namespace Elson {

namespace {

AccountField money(const QString &key, const Decimal &value, const QString &currency)
{
    AccountField f;
    f.key = key;
    f.kind = AccountField::Kind::Money;
    f.value = value;
    f.currency = currency;
    return f;
}

QString moneyText(const Decimal &value, const QString &currency, const QLocale &locale)
{
    if (currency.isEmpty() || currency == u"USD")
        return DecimalFormatter::money(value, locale);
    return DecimalFormatter::format(value, locale, 2, 2) + u' ' + currency;
}

} // namespace

AccountModel::AccountModel(QObject *parent) : KeyedTableModel<AccountField>(parent) {}

AccountModel::~AccountModel() = default;

void AccountModel::apply(const Account &account)
{
    applyRows(fieldsOf(account));
}

const AccountField *AccountModel::field(const QString &key) const
{
    const int row = rowOf(key);
    return row < 0 ? nullptr : &rows().at(row);
}

QList<AccountField> AccountModel::fieldsOf(const Account &a)
{
    QList<AccountField> fields;
    const QString cur = a.currency;

    AccountField status;
    status.key = QStringLiteral("status");
    status.kind = AccountField::Kind::Text;
    status.text = a.status == AccountStatus::Unknown ? a.rawStatus : enumDisplayName(a.status);
    if (a.accountBlocked)
        status.text = tr("%1, account blocked").arg(status.text);
    else if (a.tradingBlocked)
        status.text = tr("%1, trading blocked").arg(status.text);
    else if (a.tradeSuspendedByUser)
        status.text = tr("%1, trading suspended by you").arg(status.text);
    status.alert = a.accountBlocked || a.tradingBlocked || a.tradeSuspendedByUser
                   || a.status != AccountStatus::Active;
    fields.append(status);

    fields.append(money(QStringLiteral("equity"), a.equity, cur));

    AccountField day;
    day.key = QStringLiteral("day_pl");
    day.kind = AccountField::Kind::SignedMoney;
    day.currency = cur;
    const Decimal change = a.equity - a.lastEquity;
    if (change.isValid())
        day.value = change;
    if (change.isValid() && a.lastEquity.isPositive()) {
        const Decimal r = (change / a.lastEquity).rounded(6);
        if (r.isValid())
            day.ratio = r.normalized();
    }
    fields.append(day);

    fields.append(money(QStringLiteral("cash"), a.cash, cur));
    fields.append(money(QStringLiteral("buying_power"), a.buyingPower, cur));
    if (a.daytradingBuyingPower)
        fields.append(money(QStringLiteral("daytrading_buying_power"), *a.daytradingBuyingPower, cur));
    fields.append(money(QStringLiteral("regt_buying_power"), a.regtBuyingPower, cur));
    if (a.nonMarginableBuyingPower)
        fields.append(money(QStringLiteral("non_marginable_buying_power"),
                            *a.nonMarginableBuyingPower, cur));
    fields.append(money(QStringLiteral("long_market_value"), a.longMarketValue, cur));
    fields.append(money(QStringLiteral("short_market_value"), a.shortMarketValue, cur));
    fields.append(money(QStringLiteral("initial_margin"), a.initialMargin, cur));
    fields.append(money(QStringLiteral("maintenance_margin"), a.maintenanceMargin, cur));

    AccountField multiplier;
    multiplier.key = QStringLiteral("multiplier");
    multiplier.kind = AccountField::Kind::Quantity;
    multiplier.value = a.multiplier;
    fields.append(multiplier);

    if (a.daytradeCount) {
        AccountField count;
        count.key = QStringLiteral("daytrade_count");
        count.kind = AccountField::Kind::Count;
        count.value = Decimal::fromInt(*a.daytradeCount);
        fields.append(count);
    }
    if (a.patternDayTrader) {
        AccountField pdt;
        pdt.key = QStringLiteral("pattern_day_trader");
        pdt.kind = AccountField::Kind::Flag;
        pdt.value = Decimal::fromInt(*a.patternDayTrader ? 1 : 0);
        pdt.alert = *a.patternDayTrader;
        fields.append(pdt);
    }

    AccountField number;
    number.key = QStringLiteral("account_number");
    number.kind = AccountField::Kind::Text;
    number.text = a.accountNumber;
    fields.append(number);
    return fields;
}

QString AccountModel::labelFor(const QString &key)
{
    struct Label
    {
        const char *key;
        const char *text;
    };
    static constexpr Label Labels[] = {
        {"status", QT_TR_NOOP("Status")},
        {"equity", QT_TR_NOOP("Equity")},
        {"day_pl", QT_TR_NOOP("Day P&L")},
        {"cash", QT_TR_NOOP("Cash")},
        {"buying_power", QT_TR_NOOP("Buying power")},
        {"daytrading_buying_power", QT_TR_NOOP("Day-trading buying power")},
        {"regt_buying_power", QT_TR_NOOP("Reg T buying power")},
        {"non_marginable_buying_power", QT_TR_NOOP("Non-marginable buying power")},
        {"long_market_value", QT_TR_NOOP("Long market value")},
        {"short_market_value", QT_TR_NOOP("Short market value")},
        {"initial_margin", QT_TR_NOOP("Initial margin")},
        {"maintenance_margin", QT_TR_NOOP("Maintenance margin")},
        {"multiplier", QT_TR_NOOP("Multiplier")},
        {"daytrade_count", QT_TR_NOOP("Day trades (5 days)")},
        {"pattern_day_trader", QT_TR_NOOP("Pattern day trader")},
        {"account_number", QT_TR_NOOP("Account")},
    };
    for (const Label &label : Labels) {
        if (key == QLatin1StringView(label.key))
            return tr(label.text);
    }
    return key;
}

QVariant AccountModel::cellData(const AccountField &f, int column, int role) const
{
    const QLocale loc = locale();
    if (column == Label) {
        switch (role) {
        case Qt::DisplayRole: return labelFor(f.key);
        case SortRole: return labelFor(f.key);
        case Qt::TextAlignmentRole: return CellFormat::textAlignment();
        default: return {};
        }
    }
    if (column != Value)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (f.kind) {
        case AccountField::Kind::Money:
            return f.value ? moneyText(*f.value, f.currency, loc) : QString();
        case AccountField::Kind::SignedMoney: {
            if (!f.value)
                return QString();
            QString text = moneyText(*f.value, f.currency, loc);
            if (f.value->isPositive())
                text = loc.positiveSign() + text;
            if (f.ratio)
                text += QStringLiteral(" (") + CellFormat::signedPercent(f.ratio, loc) + u')';
            return text;
        }
        case AccountField::Kind::Quantity:
        case AccountField::Kind::Count:
            return CellFormat::quantity(f.value, loc);
        case AccountField::Kind::Flag:
            return f.value ? (f.value->isZero() ? tr("No") : tr("Yes")) : QString();
        case AccountField::Kind::Text:
            return f.text;
        }
        return {};
    case SortRole:
        return f.kind == AccountField::Kind::Text ? QVariant(f.text) : CellFormat::raw(f.value);
    case Qt::ForegroundRole:
        if (f.alert)
            return CellFormat::color(f.key == u"status" ? CellFormat::Tone::Loss
                                                        : CellFormat::Tone::Attention);
        if (f.kind == AccountField::Kind::SignedMoney)
            return CellFormat::profitColor(f.value);
        return {};
    case Qt::ToolTipRole:
        if (f.key == u"day_pl")
            return tr("Equity now minus equity at the previous close");
        if (f.key == u"daytrade_count")
            return tr("Day trades in the last five trading days");
        if (f.value && f.kind != AccountField::Kind::Flag)
            return f.value->toString();
        return {};
    case Qt::TextAlignmentRole:
        return f.kind == AccountField::Kind::Text ? CellFormat::textAlignment()
                                                  : CellFormat::numberAlignment();
    default:
        return {};
    }
}

QVariant AccountModel::headerCell(int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    return column == Label ? tr("Field") : tr("Value");
}

} // namespace Elson
