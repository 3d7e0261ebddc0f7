// SPDX-License-Identifier: GPL-3.0-or-later
#include "closepositiondialog.h"

#include "decimalformatter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Elson {

ClosePositionDialog::ClosePositionDialog(const Position &position, QWidget *parent)
    : QDialog(parent)
    , m_position(position)
{
    setObjectName(QStringLiteral("closePositionDialog"));
    setWindowTitle(tr("Close %1").arg(position.symbol));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Position:"),
                 new QLabel(tr("%1 shares of %2")
                                .arg(DecimalFormatter::quantity(position.qty, locale()), position.symbol),
                            this));
    m_how = new QComboBox(this);
    m_how->setObjectName(QStringLiteral("closeHow"));
    m_how->addItem(tr("All of it"));
    m_how->addItem(tr("Quantity"));
    m_how->addItem(tr("Percentage"));
    form->addRow(tr("&Close:"), m_how);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("closeAmount"));
    form->addRow(tr("&Amount:"), m_amount);
    m_cancel = new QCheckBox(tr("Cancel this symbol's open orders first"), this);
    m_cancel->setObjectName(QStringLiteral("cancelOrders"));
    m_cancel->setChecked(true);
    form->addRow(m_cancel);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("closeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c53030;"));
    form->addRow(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&lose position"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validate().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_how, &QComboBox::currentIndexChanged, this, &ClosePositionDialog::check);
    connect(m_amount, &QLineEdit::textChanged, this, &ClosePositionDialog::check);
    check();
}

bool ClosePositionDialog::cancelOrders() const
{
    return m_cancel->isChecked();
}

void ClosePositionDialog::check()
{
    m_amount->setEnabled(m_how->currentIndex() != 0);
    const QString problem = validate();
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString ClosePositionDialog::validate()
{
    m_request = {};
    if (m_how->currentIndex() == 0)
        return {};
    const bool byQty = m_how->currentIndex() == 1;
    const QString field = byQty ? tr("Quantity") : tr("Percentage");
    Result<Decimal> value = DecimalFormatter::parse(m_amount->text(), locale(), field);
    if (!value)
        return tr("%1: %2").arg(field, value.error().message);
    if (value.value() <= Decimal())
        return tr("%1 must be greater than zero.").arg(field);
    const Decimal held = m_position.qty < Decimal() ? -m_position.qty : m_position.qty;
    if (byQty) {
        if (value.value() > held)
            return tr("Quantity must not exceed the %1 shares held.")
                .arg(DecimalFormatter::quantity(held, locale()));
        m_request.qty = value.value();
    } else {
        if (value.value() > Decimal::fromInt(100))
            return tr("Percentage must be at most 100.");
        m_request.percentage = value.value();
    }
    return {};
}

} // namespace Elson
