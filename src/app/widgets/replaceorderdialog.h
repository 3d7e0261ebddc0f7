// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order.h"
#include "replaceorderrequest.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Elson {

/**
 * Replace a working order: new total quantity, limit, stop or trail, prefilled with
 * the order's values. Safe on a partially filled order: the new quantity is the new
 * total and must exceed what has already filled (Alpaca's rule), which is said next
 * to the field. Only changed fields are sent.
 */
class ReplaceOrderDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReplaceOrderDialog(const Order &order, QWidget *parent = nullptr);

    /** The request for what changed (valid only when the dialog was accepted). */
    [[nodiscard]] ReplaceOrderRequest request() const { return m_request; }
    /** Validates the fields; the first problem names the field and the rule, or empty. */
    [[nodiscard]] QString validate();

private:
    void check();

    Order m_order;
    ReplaceOrderRequest m_request;
    QLineEdit *m_qty = nullptr;
    QLineEdit *m_limit = nullptr;
    QLineEdit *m_stop = nullptr;
    QLineEdit *m_trail = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Elson
