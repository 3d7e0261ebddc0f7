// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeswitchdialog.h"

#include "brokerconfig.h"
#include "modebadge.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Elson {

ModeSwitchDialog::ModeSwitchDialog(const TradingGate::Evaluation &evaluation,
                                   const BrokerConfig &config, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("modeSwitchDialog"));
    setWindowTitle(tr("Switch to LIVE trading"));
    auto *layout = new QVBoxLayout(this);

    auto *warning = new QLabel(
        tr("<b>Live orders reach the real exchange with real money.</b><br>"
           "Every gate below must pass. The key pair is then checked against Alpaca's live "
           "host before anything else happens."),
        this);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("QLabel { border: 2px solid %1; padding: 8px; }")
                               .arg(ModeBadge::colour(Broker::Mode::Live).name()));
    layout->addWidget(warning);

    m_gates = new QListWidget(this);
    m_gates->setObjectName(QStringLiteral("gateList"));
    m_gates->setSelectionMode(QAbstractItemView::NoSelection);
    m_gates->setFocusPolicy(Qt::NoFocus);
    for (TradingGate::Gate gate : TradingGate::gates()) {
        const bool failed = evaluation.failed.contains(gate);
        // These three are satisfied by this dialog and the factory's check after OK.
        const bool later = gate == TradingGate::Gate::NotValidated
            || gate == TradingGate::Gate::NotRequested || gate == TradingGate::Gate::NotConfirmed;
        QString text;
        QIcon icon;
        if (!failed) {
            text = tr("Passed: %1").arg(TradingGate::code(gate));
            icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
        } else if (later) {
            text = tr("Checked after you confirm: %1").arg(TradingGate::message(gate, config));
            icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
        } else {
            text = TradingGate::message(gate, config);
            icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
            m_blocked = true;
        }
        auto *item = new QListWidgetItem(icon, text, m_gates);
        item->setData(Qt::UserRole, TradingGate::code(gate));
        item->setToolTip(TradingGate::code(gate));
    }
    layout->addWidget(m_gates);

    auto *prompt = new QLabel(tr("Type your live &account number to confirm:"), this);
    m_account = new QLineEdit(this);
    m_account->setObjectName(QStringLiteral("accountNumber"));
    prompt->setBuddy(m_account);
    layout->addWidget(prompt);
    layout->addWidget(m_account);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Switch to &LIVE"));
    // Enter must never switch to live by accident: Cancel is the default button.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_account, &QLineEdit::textChanged, this, &ModeSwitchDialog::updateOk);
    updateOk();
    resize(560, 420);
}

QString ModeSwitchDialog::confirmation() const
{
    return m_account->text().trimmed();
}

void ModeSwitchDialog::updateOk()
{
    const bool typed = !confirmation().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_blocked && typed);
    if (m_blocked)
        m_hint->setText(tr("Live trading is not possible until the failing gates pass."));
    else if (!typed)
        m_hint->setText(tr("The account number is on Alpaca's live dashboard."));
    else
        m_hint->clear();
}

} // namespace Elson
