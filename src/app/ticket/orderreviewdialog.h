// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "broker.h"
#include "trade.h"
#include "validationreport.h"

#include <QDialog>
#include <QSet>
#include <QString>

#include <memory>

namespace Ui {
class OrderReviewDialog;
}

namespace Elson {

/**
 * The last look before an order leaves: the order in plain words, the exact
 * POST /v2/orders body, the equivalent elsonctl command and the warnings the user
 * acknowledged. Accepting it is the user's "send"; the ticket emits the request.
 * In LIVE mode Cancel is the default button, so a stray Enter never sends real money.
 */
class OrderReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderReviewDialog)

public:
    /** @p trade must carry its client order id: the body shown is the body sent. */
    OrderReviewDialog(const Trade &trade, const ValidationReport &report, Broker::Mode mode,
                      const QSet<QString> &acknowledged, QWidget *parent = nullptr);
    ~OrderReviewDialog() override;

    [[nodiscard]] const Trade &trade() const { return m_trade; }
    [[nodiscard]] QString plainWords() const;
    /** The compact request body, byte for byte what the broker sends. */
    [[nodiscard]] QByteArray requestBody() const { return m_body; }
    [[nodiscard]] QString elsonctlCommand() const { return m_command; }
    /** The acknowledged warnings as listed, one per line. */
    [[nodiscard]] QString warningsText() const;
    /** The ticket's estimate (order value, buying power after), shown above the details. */
    void setEstimate(const QString &estimate);

public Q_SLOTS:
    void copyRequestBody();
    void copyCommand();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    std::unique_ptr<Ui::OrderReviewDialog> m_ui;
    Trade m_trade;
    ValidationReport m_report;
    Broker::Mode m_mode;
    QSet<QString> m_acknowledged;
    QByteArray m_body;
    QString m_command;
    QString m_estimate;
};

} // namespace Elson
