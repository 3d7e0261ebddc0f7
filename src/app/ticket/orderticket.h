// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "order.h"
#include "position.h"
#include "quote.h"
#include "ticketcontext.h"
#include "trade.h"
#include "validationchain.h"
#include "validationreport.h"

#include <QColor>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace Ui {
class OrderTicket;
}

namespace Elson {

class OrderReviewDialog;
class VerdictView;

/**
 * The order ticket: the user's trade intent, checked by the ValidationChain as it is
 * typed (debounced by ValidationDelayMs, pure, no network), each rule's verdict shown
 * next to its field. Submit stays disabled while a rule blocks, a warning is not
 * acknowledged, order entry is locked or a submission is in flight. Submitting shows
 * the review step (always in LIVE, in SIM/PAPER when reviewPaperOrders()) and then
 * emits submitRequested() with a fresh client order id; the ticket itself never sends
 * anything.
 *
 * Keyboard: every control is reachable with Tab, labels carry mnemonics, Enter submits
 * when Submit is enabled, Esc emits cancelRequested().
 */
class OrderTicket final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTicket)

public:
    static constexpr int ValidationDelayMs = 100;

    explicit OrderTicket(QWidget *parent = nullptr);
    ~OrderTicket() override;

    /** New account, positions, quotes, mode…: re-validates at once and keeps the input. */
    void setContext(const TicketContext &context);
    [[nodiscard]] const TicketContext &context() const { return m_context; }

    /** Fills the ticket from an intent (its client order id and paper flag are ignored). */
    void prefill(const Trade &trade);
    /** Closes @p position: the opposite side, its full quantity, at market. */
    void prefillFromPosition(const Position &position);
    /** Copies @p order: side, size, type, prices, time in force and its exit legs. */
    void prefillFromOrder(const Order &order);
    /** A limit order at the ask (buy) or the bid (sell) of @p quote; keeps the size. */
    void prefillFromQuote(const QString &symbol, const Quote &quote);
    /** A price picked on the chart: the limit (or the stop of a stop order). */
    void prefillPrice(const QString &symbol, const Decimal &price);
    /** A blank market order; the symbol stays. */
    void clearEntry();

    /**
     * The current intent as Broker::executeTrade() takes it (a bracket exactly as
     * placeBracketOrder() builds it, a trailing stop as placeTrailingStop()). A field
     * that cannot be read as a number is an invalid Decimal, which the chain blocks.
     * No client order id: submit() assigns one.
     */
    [[nodiscard]] Trade trade() const;
    /**
     * Every rule's verdict on trade() (ValidationChain::runAll), computed now, followed by
     * the ticket's own check of the order stream ("stream.health") when it is not healthy.
     */
    [[nodiscard]] ValidationReport report() const;

    /** The rule code of the ticket's order-stream warning. */
    static constexpr const char *StreamHealthRule = "stream.health";
    /** The warnings the user acknowledged (incl. "market.session" when queueing). */
    [[nodiscard]] QSet<QString> acknowledgedRules() const;
    /** Whether Submit is enabled (as of the last validation). */
    [[nodiscard]] bool isSubmitEnabled() const;

    /** Show the review step for SIM and PAPER orders too (LIVE always reviews). */
    void setReviewPaperOrders(bool review);
    [[nodiscard]] bool reviewPaperOrders() const { return m_reviewPaperOrders; }
    /** While the lead's submission is in flight: Submit is disabled. */
    void setBusy(bool busy);
    [[nodiscard]] bool isBusy() const { return m_busy; }

    /** The open review dialog, if any (tests, and the lead closing it on a mode switch). */
    [[nodiscard]] OrderReviewDialog *reviewDialog() const { return m_review; }

    /** The badge text of a mode: "SIM", "PAPER", "LIVE". */
    [[nodiscard]] static QString modeBadgeText(Broker::Mode mode);
    /** The mode's colour for badges and frames (LIVE red). */
    [[nodiscard]] static QColor modeColour(Broker::Mode mode);

public Q_SLOTS:
    /** What Submit and Enter do: validate now, then review or emit submitRequested(). */
    void submit();
    /** Runs the chain now instead of after the debounce. */
    void validateNow();

Q_SIGNALS:
    /** The reviewed intent, with its client order id, and the acknowledged warnings. */
    void submitRequested(const Elson::Trade &trade, const QSet<QString> &acknowledgedRules);
    /** The symbol changed (upper case; empty when cleared): subscribe its quotes. */
    void symbolChanged(const QString &symbol);
    /** Esc or Cancel. */
    void cancelRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct FieldView
    {
        QString field; ///< wire name, e.g. "limit_price"
        VerdictView *view = nullptr;
        QWidget *row = nullptr; ///< the form row's field widget (hidden with the row)
        QLineEdit *edit = nullptr; ///< the text input, if the field is typed
    };

    void setUpCombos();
    void updateVisibility();
    void updateModeFrame();
    void updateAssetInfo();
    void updateEstimate(const ValidationContext &context);
    void updateSubmitButton();
    void updateTabOrder();
    void updateCompleter();
    void scheduleValidation();
    void showReport();
    void emitRequest(const Trade &trade, const QSet<QString> &acknowledged);
    void openReview(const Trade &trade, const QSet<QString> &acknowledged);
    void closeReview();
    void onUserEdit(QLineEdit *edit);
    void setDecimalText(QLineEdit *edit, const std::optional<Decimal> &value, int minDecimals);
    [[nodiscard]] std::optional<Decimal> readDecimal(const QLineEdit *edit) const;
    [[nodiscard]] QString parseError(const QLineEdit *edit) const;
    [[nodiscard]] ValidationContext validationContext() const;
    /** The chain's report on @p context plus the ticket's own checks. */
    [[nodiscard]] ValidationReport evaluate(const ValidationContext &context) const;
    [[nodiscard]] bool reviewRequired() const;
    [[nodiscard]] const FieldView *fieldView(const QString &field) const;
    [[nodiscard]] OrderType currentType() const;
    [[nodiscard]] OrderClass currentClass() const;
    [[nodiscard]] bool dollarsMode() const;

    std::unique_ptr<Ui::OrderTicket> m_ui;
    TicketContext m_context;
    ValidationChain m_chain = ValidationChain::standard();
    ValidationReport m_report; ///< the last one shown
    QTimer m_validationTimer;
    QList<FieldView> m_fields;
    QSet<QString> m_acknowledged; ///< rule codes the user ticked
    QSet<const QLineEdit *> m_touched; ///< text fields the user has edited
    bool m_showAll = false; ///< after a submit attempt: show blocks on empty fields too
    bool m_reviewPaperOrders = true;
    bool m_busy = false;
    bool m_submitEnabled = false;
    QString m_lastSymbol;
    QHash<QString, Quote> m_prefillQuotes; ///< quotes handed to prefillFromQuote()
    QList<Asset> m_completerAssets; ///< the (shared) asset list the completer was built from
    QStringListModel *m_symbolModel = nullptr;
    QCompleter *m_completer = nullptr;
    QStringList m_symbols;
    QPointer<OrderReviewDialog> m_review;
};

} // namespace Elson
