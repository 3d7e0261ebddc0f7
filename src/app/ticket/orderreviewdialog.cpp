// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderreviewdialog.h"
#include "ui_orderreviewdialog.h"

#include "ordertext.h"
#include "orderticket.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>

namespace Elson {

OrderReviewDialog::OrderReviewDialog(const Trade &trade, const ValidationReport &report,
                                     Broker::Mode mode, const QSet<QString> &acknowledged,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OrderReviewDialog>())
    , m_trade(trade)
    , m_report(report)
    , m_mode(mode)
    , m_acknowledged(acknowledged)
{
    m_ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->bodyEdit->setFont(fixed);
    m_ui->commandEdit->setFont(fixed);
    QFont summaryFont = m_ui->summaryLabel->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.2);
    summaryFont.setBold(true);
    m_ui->summaryLabel->setFont(summaryFont);

    const Result<QByteArray> body = OrderText::requestBody(m_trade);
    m_body = body ? body.value() : QByteArray();
    m_command = OrderText::elsonctlCommand(m_trade, m_mode, m_acknowledged);

    connect(m_ui->copyBodyButton, &QPushButton::clicked, this, &OrderReviewDialog::copyRequestBody);
    connect(m_ui->copyCommandButton, &QPushButton::clicked, this, &OrderReviewDialog::copyCommand);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A request the codec cannot write cannot be sent.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(body.ok());
    fill();
}

OrderReviewDialog::~OrderReviewDialog() = default;

QString OrderReviewDialog::plainWords() const
{
    return OrderText::plainWords(m_trade, QLocale());
}

QString OrderReviewDialog::warningsText() const
{
    return m_ui->warningsLabel->text();
}

void OrderReviewDialog::setEstimate(const QString &estimate)
{
    m_estimate = estimate;
    fill();
}

void OrderReviewDialog::fill()
{
    const bool live = m_mode == Broker::Mode::Live;
    setWindowTitle(live ? tr("Review LIVE order") : tr("Review order"));
    m_ui->modeFrame->setStyleSheet(
        QStringLiteral("QFrame#modeFrame { background-color: %1; border-radius: 4px; }"
                       " QLabel { color: white; }")
            .arg(OrderTicket::modeColour(m_mode).name()));
    m_ui->modeBadge->setText(OrderTicket::modeBadgeText(m_mode));
    QFont badgeFont = m_ui->modeBadge->font();
    badgeFont.setBold(true);
    m_ui->modeBadge->setFont(badgeFont);
    switch (m_mode) {
    case Broker::Mode::Live:
        m_ui->headlineLabel->setText(tr("This order trades real money in your live account."));
        break;
    case Broker::Mode::Paper:
        m_ui->headlineLabel->setText(tr("This order goes to your Alpaca paper account."));
        break;
    case Broker::Mode::Sim:
        m_ui->headlineLabel->setText(tr("This order goes to the built-in simulator."));
        break;
    }

    m_ui->summaryLabel->setText(plainWords());
    const QString id = tr("Client order id %1: if the connection drops, the same order is "
                          "found again instead of being placed twice.")
                           .arg(m_trade.clientOrderId);
    m_ui->detailsLabel->setText(m_estimate.isEmpty() ? id : m_estimate + u'\n' + id);

    QStringList warnings;
    for (const RuleResult &r : std::as_const(m_report.results)) {
        if (!r.isWarn())
            continue;
        const bool acknowledged = m_acknowledged.contains(r.rule) || r.acknowledged;
        warnings.append(acknowledged ? tr("✔ acknowledged: %1 [%2]").arg(r.message, r.rule)
                                     : tr("✘ not acknowledged: %1 [%2]").arg(r.message, r.rule));
    }
    m_ui->warningsLabel->setText(warnings.join(u'\n'));
    m_ui->warningsGroup->setVisible(!warnings.isEmpty());

    const Result<QString> readable = OrderText::readableRequestBody(m_trade);
    m_ui->bodyEdit->setPlainText(readable ? readable.value() : readable.error().toString());
    m_ui->commandEdit->setText(m_command);
    m_ui->commandEdit->setCursorPosition(0);

    QPushButton *place = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    place->setText(live ? tr("&Place LIVE order") : tr("&Place order"));
    if (live) {
        place->setStyleSheet(QStringLiteral("QPushButton { color: white; background-color: %1; "
                                            "padding: 4px 12px; border-radius: 3px; }")
                                 .arg(OrderTicket::modeColour(m_mode).name()));
        place->setAutoDefault(false);
        place->setDefault(false);
        cancel->setDefault(true);
        cancel->setFocus();
    } else {
        place->setDefault(true);
        place->setFocus();
    }
}

void OrderReviewDialog::copyRequestBody()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_body));
}

void OrderReviewDialog::copyCommand()
{
    QGuiApplication::clipboard()->setText(m_command);
}

void OrderReviewDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
}

} // namespace Elson
