// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "keyedtablemodel.h"

namespace Elson {

/** One figure of the account panel: a key ("equity"), what kind of value, the value. */
struct AccountField
{
    enum class Kind { Money, SignedMoney, Quantity, Count, Flag, Text };

    QString key;
    Kind kind = Kind::Money;
    std::optional<Decimal> value;  ///< Money, SignedMoney, Quantity, Count (as an integer), Flag (0/1)
    std::optional<Decimal> ratio;  ///< SignedMoney: the change as a ratio of its base
    QString text;                  ///< Text
    bool alert = false;            ///< shown in the attention colour (blocked, PDT)
    QString currency;              ///< Money, SignedMoney

    friend bool operator==(const AccountField &, const AccountField &) = default;
};

/**
 * The account as (label, value) rows: equity, day P&L, cash, the buying powers,
 * market values, margins, multiplier and status, plus the day-trade count and the
 * pattern-day-trader flag when the account still reports them. Rows are keyed
 * (IdRole: "equity", "day_pl", …), so an apply updates only the values that moved.
 */
class AccountModel final : public KeyedTableModel<AccountField>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountModel)

public:
    enum Column { Label, Value, ColumnCount };
    Q_ENUM(Column)

    explicit AccountModel(QObject *parent = nullptr);
    ~AccountModel() override;

    void apply(const Account &account);

    /** The rows @p account is shown as, in display order. */
    [[nodiscard]] static QList<AccountField> fieldsOf(const Account &account);
    /** The translated label for a field key ("equity" → "Equity"). */
    [[nodiscard]] static QString labelFor(const QString &key);

    /** The field with @p key, or nullptr. */
    [[nodiscard]] const AccountField *field(const QString &key) const;

protected:
    [[nodiscard]] int columns() const override { return ColumnCount; }
    [[nodiscard]] QString keyOf(const AccountField &row) const override { return row.key; }
    [[nodiscard]] QVariant cellData(const AccountField &row, int column, int role) const override;
    [[nodiscard]] QVariant headerCell(int column, int role) const override;
};

} // namespace Elson
