// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tradinggate.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Elson {

struct BrokerConfig;

/**
 * Asks for live trading: shows every gate with its verdict, then wants the live
 * account number typed by hand. Cancel (or Esc) keeps the current mode. The gates that
 * need the network (validation on the live host, the account number) are checked by
 * the broker factory after OK; this dialog only refuses early what is already known.
 */
class ModeSwitchDialog final : public QDialog
{
    Q_OBJECT

public:
    ModeSwitchDialog(const TradingGate::Evaluation &evaluation, const BrokerConfig &config,
                     QWidget *parent = nullptr);

    /** What the user typed as the live account number (trimmed). */
    [[nodiscard]] QString confirmation() const;
    /** True when a gate that the dialog can judge already fails (OK stays disabled). */
    [[nodiscard]] bool blockedByGate() const { return m_blocked; }

private:
    void updateOk();

    QListWidget *m_gates = nullptr;
    QLineEdit *m_account = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_blocked = false;
};

} // namespace Elson
