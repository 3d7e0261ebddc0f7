// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "closepositionrequest.h"
#include "position.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Elson {

/** Close a position fully, by quantity or by percentage, optionally cancelling its orders. */
class ClosePositionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ClosePositionDialog(const Position &position, QWidget *parent = nullptr);

    [[nodiscard]] ClosePositionRequest request() const { return m_request; }
    [[nodiscard]] bool cancelOrders() const;
    /** The first problem with the input, naming the field and the rule; empty when fine. */
    [[nodiscard]] QString validate();

private:
    void check();

    Position m_position;
    ClosePositionRequest m_request;
    QComboBox *m_how = nullptr;
    QLineEdit *m_amount = nullptr;
    QCheckBox *m_cancel = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Elson
