// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderticket.h"

#include "modebadge.h"
#include "ui_orderticket.h"

#include "decimalformatter.h"
#include "orderexposure.h"
#include "orderreviewdialog.h"
#include "validationrule.h"
#include "verdictview.h"

#include <QCheckBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLocale>
#include <QStringListModel>

#include <array>

namespace Elson {

namespace {

// The combo boxes list their entries in the order of these tables (see orderticket.ui).
constexpr std::array kTypes { OrderType::Market, OrderType::Limit, OrderType::Stop,
                              OrderType::StopLimit, OrderType::TrailingStop };
constexpr std::array kTifs { TimeInForce::Day, TimeInForce::Gtc, TimeInForce::Opg,
                             TimeInForce::Cls, TimeInForce::Ioc, TimeInForce::Fok };
constexpr std::array kClasses { OrderClass::Simple, OrderClass::Bracket, OrderClass::Oco,
                                OrderClass::Oto };
constexpr int kSharesIndex = 0;
constexpr int kDollarsIndex = 1;
constexpr int kTrailPercentIndex = 0;
constexpr int kTrailPriceIndex = 1;

const QString kQueueRule = QStringLiteral("market.session");

template<typename E, std::size_t N> int indexOf(const std::array<E, N> &table, E value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i] == value)
            return int(i);
    }
    return 0;
}

template<typename E, std::size_t N> E valueAt(const std::array<E, N> &table, int index)
{
    return index >= 0 && std::size_t(index) < N ? table[std::size_t(index)] : table[0];
}

/** The locale numbers are typed and shown in: no group separators in an input field. */
QLocale inputLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

} // namespace

OrderTicket::OrderTicket(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderTicket>())
{
    m_ui->setupUi(this);
    setUpCombos();

    m_fields = {
        { QStringLiteral("symbol"), m_ui->symbolVerdict, m_ui->symbolBox, m_ui->symbolEdit },
        { QStringLiteral("side"), m_ui->sideVerdict, m_ui->sideBox, nullptr },
        { QStringLiteral("qty"), m_ui->quantityVerdict, m_ui->quantityBox, m_ui->quantityEdit },
        { QStringLiteral("notional"), m_ui->quantityVerdict, m_ui->quantityBox,
          m_ui->quantityEdit },
        { QStringLiteral("type"), m_ui->typeVerdict, m_ui->typeBox, nullptr },
        { QStringLiteral("limit_price"), m_ui->limitVerdict, m_ui->limitBox, m_ui->limitPriceEdit },
        { QStringLiteral("stop_price"), m_ui->stopVerdict, m_ui->stopBox, m_ui->stopPriceEdit },
        { QStringLiteral("trail_price"), m_ui->trailVerdict, m_ui->trailBox, m_ui->trailEdit },
        { QStringLiteral("trail_percent"), m_ui->trailVerdict, m_ui->trailBox, m_ui->trailEdit },
        { QStringLiteral("time_in_force"), m_ui->tifVerdict, m_ui->tifBox, nullptr },
        { QStringLiteral("extended_hours"), m_ui->extendedVerdict, m_ui->sessionBox, nullptr },
        { QStringLiteral("order_class"), m_ui->classVerdict, m_ui->classBox, nullptr },
        { QStringLiteral("take_profit.limit_price"), m_ui->takeProfitVerdict, m_ui->takeProfitBox,
          m_ui->takeProfitEdit },
        { QStringLiteral("stop_loss.stop_price"), m_ui->stopLossVerdict, m_ui->stopLossBox,
          m_ui->stopLossEdit },
        { QStringLiteral("stop_loss.limit_price"), m_ui->stopLossLimitVerdict,
          m_ui->stopLossLimitBox, m_ui->stopLossLimitEdit },
    };

    m_symbolModel = new QStringListModel(this);
    m_completer = new QCompleter(m_symbolModel, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseSensitivelySortedModel);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_ui->symbolEdit->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &) { validateNow(); });

    m_validationTimer.setSingleShot(true);
    m_validationTimer.setInterval(ValidationDelayMs);
    connect(&m_validationTimer, &QTimer::timeout, this, &OrderTicket::validateNow);

    const QList<QLineEdit *> edits { m_ui->symbolEdit,     m_ui->quantityEdit,
                                     m_ui->limitPriceEdit, m_ui->stopPriceEdit,
                                     m_ui->trailEdit,      m_ui->takeProfitEdit,
                                     m_ui->stopLossEdit,   m_ui->stopLossLimitEdit };
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit]() { onUserEdit(edit); });
        // Programmatic changes (prefill) re-validate too.
        connect(edit, &QLineEdit::textChanged, this, &OrderTicket::scheduleValidation);
    }
    const QList<QComboBox *> combos { m_ui->sizeCombo, m_ui->typeCombo, m_ui->trailUnitCombo,
                                      m_ui->tifCombo, m_ui->classCombo };
    for (QComboBox *combo : combos) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
            updateVisibility();
            scheduleValidation();
        });
    }
    for (QAbstractButton *button : { static_cast<QAbstractButton *>(m_ui->buyRadio),
                                     static_cast<QAbstractButton *>(m_ui->sellRadio),
                                     static_cast<QAbstractButton *>(m_ui->extendedHoursCheck),
                                     static_cast<QAbstractButton *>(m_ui->queueCheck) }) {
        connect(button, &QAbstractButton::toggled, this, &OrderTicket::scheduleValidation);
    }

    QList<VerdictView *> views { m_ui->summaryView };
    for (const FieldView &f : std::as_const(m_fields)) {
        if (!views.contains(f.view))
            views.append(f.view);
    }
    for (VerdictView *view : std::as_const(views)) {
        connect(view, &VerdictView::acknowledgementChanged, this,
                [this](const QString &rule, bool on) {
                    if (on)
                        m_acknowledged.insert(rule);
                    else
                        m_acknowledged.remove(rule);
                    // An acknowledgement is a decision: show its effect at once.
                    validateNow();
                });
    }

    connect(m_ui->submitButton, &QPushButton::clicked, this, &OrderTicket::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &OrderTicket::cancelRequested);

    updateVisibility();
    updateModeFrame();
    validateNow();
}

OrderTicket::~OrderTicket() = default;

void OrderTicket::setUpCombos()
{
    m_ui->sizeCombo->setCurrentIndex(kSharesIndex);
    m_ui->typeCombo->setCurrentIndex(indexOf(kTypes, OrderType::Market));
    m_ui->tifCombo->setCurrentIndex(indexOf(kTifs, TimeInForce::Day));
    m_ui->classCombo->setCurrentIndex(indexOf(kClasses, OrderClass::Simple));
    m_ui->trailUnitCombo->setCurrentIndex(kTrailPercentIndex);
}

// --- context and prefill ------------------------------------------------------------------

void OrderTicket::setContext(const TicketContext &context)
{
    const bool modeChanged = context.mode != m_context.mode;
    m_context = context;
    // A review shown for another mode, or while entry is now locked, is void.
    if (modeChanged || m_context.entryLocked)
        closeReview();
    updateCompleter();
    updateModeFrame();
    validateNow();
}

void OrderTicket::prefill(const Trade &t)
{
    m_touched.clear();
    m_showAll = false;
    m_acknowledged.clear();
    m_ui->queueCheck->setChecked(false);

    m_ui->symbolEdit->setText(t.symbol.trimmed().toUpper());
    (t.side == OrderSide::Sell ? m_ui->sellRadio : m_ui->buyRadio)->setChecked(true);
    // The class first: OCO fixes the type.
    m_ui->classCombo->setCurrentIndex(
        indexOf(kClasses, t.orderClass == OrderClass::Mleg ? OrderClass::Simple : t.orderClass));
    m_ui->typeCombo->setCurrentIndex(indexOf(kTypes, t.orderType));
    m_ui->sizeCombo->setCurrentIndex(t.investmentAmount ? kDollarsIndex : kSharesIndex);
    if (t.investmentAmount)
        setDecimalText(m_ui->quantityEdit, t.investmentAmount, 2);
    else
        setDecimalText(m_ui->quantityEdit, t.quantity, 0);
    setDecimalText(m_ui->limitPriceEdit, t.limitPrice, 2);
    setDecimalText(m_ui->stopPriceEdit, t.stopPrice, 2);
    if (t.trailPrice) {
        m_ui->trailUnitCombo->setCurrentIndex(kTrailPriceIndex);
        setDecimalText(m_ui->trailEdit, t.trailPrice, 2);
    } else {
        m_ui->trailUnitCombo->setCurrentIndex(kTrailPercentIndex);
        setDecimalText(m_ui->trailEdit, t.trailPercent, 0);
    }
    m_ui->tifCombo->setCurrentIndex(indexOf(kTifs, t.timeInForce));
    m_ui->extendedHoursCheck->setChecked(t.extendedHours);
    // An OCO's limit is its take-profit; the ticket shows it there.
    std::optional<Decimal> takeProfit = t.takeProfitLimitPrice;
    if (t.orderClass == OrderClass::Oco && !takeProfit)
        takeProfit = t.limitPrice;
    setDecimalText(m_ui->takeProfitEdit, takeProfit, 2);
    setDecimalText(m_ui->stopLossEdit, t.stopLossStopPrice, 2);
    setDecimalText(m_ui->stopLossLimitEdit, t.stopLossLimitPrice, 2);
    updateVisibility();
    validateNow();
}

void OrderTicket::prefillFromPosition(const Position &position)
{
    Trade t;
    t.symbol = position.symbol;
    const bool isShort = position.qty.isNegative() || position.side == PositionSide::Short;
    t.side = isShort ? OrderSide::Buy : OrderSide::Sell;
    t.quantity = position.qty.abs();
    t.fractional = !t.quantity->isInteger();
    t.orderType = OrderType::Market;
    t.timeInForce = TimeInForce::Day;
    prefill(t);
}

void OrderTicket::prefillFromOrder(const Order &order)
{
    Trade t;
    t.symbol = order.symbol;
    t.side = order.side;
    t.orderType = order.type;
    t.quantity = order.qty;
    t.investmentAmount = order.qty ? std::nullopt : order.notional;
    t.fractional = order.qty && !order.qty->isInteger();
    t.timeInForce = order.timeInForce;
    t.extendedHours = order.extendedHours;
    t.orderClass = order.orderClass == OrderClass::Mleg ? OrderClass::Simple : order.orderClass;
    if (order.type == OrderType::TrailingStop) {
        // A trailing stop's stop_price is the moving stop, not something the user set.
        t.trailPercent = order.trailPercent;
        t.trailPrice = order.trailPercent ? std::nullopt : order.trailPrice;
    } else {
        t.limitPrice = order.limitPrice;
        t.stopPrice = order.stopPrice;
    }
    for (const Order &leg : order.legs) {
        if (leg.type == OrderType::Limit) {
            t.takeProfitLimitPrice = leg.limitPrice;
        } else if (leg.type == OrderType::Stop || leg.type == OrderType::StopLimit) {
            t.stopLossStopPrice = leg.stopPrice;
            t.stopLossLimitPrice = leg.type == OrderType::StopLimit ? leg.limitPrice : std::nullopt;
        }
    }
    if (t.orderClass == OrderClass::Oco && !t.takeProfitLimitPrice)
        t.takeProfitLimitPrice = order.limitPrice;
    prefill(t);
}

void OrderTicket::prefillFromQuote(const QString &symbol, const Quote &quote)
{
    const QString wanted = symbol.trimmed().toUpper();
    m_prefillQuotes.insert(wanted, quote);
    if (m_ui->symbolEdit->text().trimmed().toUpper() != wanted)
        m_ui->symbolEdit->setText(wanted);
    const bool sell = m_ui->sellRadio->isChecked();
    const Decimal &price = sell ? quote.bidPrice : quote.askPrice;
    if (price.isPositive()) {
        if (currentClass() != OrderClass::Oco)
            m_ui->typeCombo->setCurrentIndex(indexOf(kTypes, OrderType::Limit));
        setDecimalText(m_ui->limitPriceEdit, price.roundedToTick(), 2);
    }
    updateVisibility();
    validateNow();
}

void OrderTicket::prefillPrice(const QString &symbol, const Decimal &price)
{
    const QString wanted = symbol.trimmed().toUpper();
    if (!wanted.isEmpty() && m_ui->symbolEdit->text().trimmed().toUpper() != wanted)
        m_ui->symbolEdit->setText(wanted);
    const Decimal tick = price.roundedToTick();
    switch (currentType()) {
    case OrderType::Stop:
        setDecimalText(m_ui->stopPriceEdit, tick, 2);
        break;
    case OrderType::Market:
    case OrderType::TrailingStop:
        m_ui->typeCombo->setCurrentIndex(indexOf(kTypes, OrderType::Limit));
        setDecimalText(m_ui->limitPriceEdit, tick, 2);
        break;
    case OrderType::Limit:
    case OrderType::StopLimit:
        if (currentClass() == OrderClass::Oco)
            setDecimalText(m_ui->takeProfitEdit, tick, 2);
        else
            setDecimalText(m_ui->limitPriceEdit, tick, 2);
        break;
    }
    updateVisibility();
    validateNow();
}

void OrderTicket::clearEntry()
{
    Trade t;
    t.symbol = m_ui->symbolEdit->text();
    t.side = m_ui->sellRadio->isChecked() ? OrderSide::Sell : OrderSide::Buy;
    prefill(t);
}

// --- the intent -----------------------------------------------------------------------------

void OrderTicket::setDecimalText(QLineEdit *edit, const std::optional<Decimal> &value,
                                 int minDecimals)
{
    if (!value || !value->isValid()) {
        edit->clear();
        return;
    }
    edit->setText(DecimalFormatter::format(*value, inputLocale(), minDecimals, Decimal::MaxScale));
}

std::optional<Decimal> OrderTicket::readDecimal(const QLineEdit *edit) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const Result<Decimal> value = DecimalFormatter::parse(text, inputLocale(), QString());
    // An unreadable number stays in the intent as an invalid Decimal: the chain blocks it
    // (params.positive) and names the field; a silent "no value" would hide the typo.
    return value ? value.value() : Decimal::invalid();
}

QString OrderTicket::parseError(const QLineEdit *edit) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {};
    for (const FieldView &f : m_fields) {
        if (f.edit != edit)
            continue;
        QString label = ValidationRule::fieldLabel(f.field);
        if (edit == m_ui->quantityEdit)
            label = dollarsMode() ? ValidationRule::fieldLabel(QStringLiteral("notional"))
                                  : ValidationRule::fieldLabel(QStringLiteral("qty"));
        const Result<Decimal> value = DecimalFormatter::parse(text, inputLocale(), label);
        if (value)
            return {};
        // The parser says what is wrong with the text; say which field it is.
        return value.error().message.contains(label)
            ? value.error().message
            : tr("%1: %2").arg(label, value.error().message);
    }
    return {};
}

OrderType OrderTicket::currentType() const
{
    return valueAt(kTypes, m_ui->typeCombo->currentIndex());
}

OrderClass OrderTicket::currentClass() const
{
    return valueAt(kClasses, m_ui->classCombo->currentIndex());
}

bool OrderTicket::dollarsMode() const
{
    return m_ui->sizeCombo->currentIndex() == kDollarsIndex;
}

Trade OrderTicket::trade() const
{
    Trade t;
    t.symbol = m_ui->symbolEdit->text().trimmed().toUpper();
    t.side = m_ui->sellRadio->isChecked() ? OrderSide::Sell : OrderSide::Buy;
    t.orderClass = currentClass();
    t.orderType = t.orderClass == OrderClass::Oco ? OrderType::Limit : currentType();

    const std::optional<Decimal> size = readDecimal(m_ui->quantityEdit);
    if (dollarsMode()) {
        t.investmentAmount = size;
    } else {
        t.quantity = size;
        t.fractional = size && size->isValid() && !size->isInteger();
    }

    switch (t.orderType) {
    case OrderType::Market:
        break;
    case OrderType::Limit:
        t.limitPrice = t.orderClass == OrderClass::Oco ? readDecimal(m_ui->takeProfitEdit)
                                                       : readDecimal(m_ui->limitPriceEdit);
        break;
    case OrderType::Stop:
        t.stopPrice = readDecimal(m_ui->stopPriceEdit);
        break;
    case OrderType::StopLimit:
        t.stopPrice = readDecimal(m_ui->stopPriceEdit);
        t.limitPrice = readDecimal(m_ui->limitPriceEdit);
        break;
    case OrderType::TrailingStop:
        if (m_ui->trailUnitCombo->currentIndex() == kTrailPriceIndex)
            t.trailPrice = readDecimal(m_ui->trailEdit);
        else
            t.trailPercent = readDecimal(m_ui->trailEdit);
        break;
    }

    t.timeInForce = valueAt(kTifs, m_ui->tifCombo->currentIndex());
    t.extendedHours = m_ui->extendedHoursCheck->isChecked();
    if (t.orderClass != OrderClass::Simple) {
        t.takeProfitLimitPrice = readDecimal(m_ui->takeProfitEdit);
        t.stopLossStopPrice = readDecimal(m_ui->stopLossEdit);
        t.stopLossLimitPrice = readDecimal(m_ui->stopLossLimitEdit);
    }
    t.paper = m_context.mode != Broker::Mode::Live;
    return t;
}

QSet<QString> OrderTicket::acknowledgedRules() const
{
    QSet<QString> rules = m_acknowledged;
    if (m_ui->queueCheck->isChecked())
        rules.insert(kQueueRule);
    return rules;
}

ValidationContext OrderTicket::validationContext() const
{
    ValidationContext context = m_context.validationContext(trade(), acknowledgedRules());
    if (!context.quote) {
        const auto it = m_prefillQuotes.constFind(context.trade.symbol);
        if (it != m_prefillQuotes.cend())
            context.quote = it.value();
    }
    return context;
}

ValidationReport OrderTicket::evaluate(const ValidationContext &context) const
{
    ValidationReport report = m_chain.runAll(context);
    if (m_context.orderStream != Broker::StreamHealth::Healthy) {
        RuleResult stream;
        stream.rule = QString::fromLatin1(StreamHealthRule);
        stream.verdict = RuleVerdict::Warn;
        stream.field = QStringLiteral("stream");
        stream.message = m_context.orderStream == Broker::StreamHealth::Down
            ? tr("The order stream is down: fills and cancellations may not show promptly "
                 "until it reconnects.")
            : tr("The order stream has gone quiet: fills and cancellations may not show "
                 "promptly.");
        stream.acknowledged = context.acknowledged.contains(stream.rule);
        report.results.append(stream);
    }
    return report;
}

ValidationReport OrderTicket::report() const
{
    return evaluate(validationContext());
}

bool OrderTicket::isSubmitEnabled() const
{
    return m_ui->submitButton->isEnabled();
}

bool OrderTicket::reviewRequired() const
{
    return m_context.mode == Broker::Mode::Live || m_reviewPaperOrders;
}

void OrderTicket::setReviewPaperOrders(bool review)
{
    m_reviewPaperOrders = review;
    updateSubmitButton();
}

void OrderTicket::setBusy(bool busy)
{
    m_busy = busy;
    validateNow();
}

// --- validation -----------------------------------------------------------------------------

void OrderTicket::onUserEdit(QLineEdit *edit)
{
    m_touched.insert(edit);
    if (edit == m_ui->symbolEdit) {
        const QString upper = edit->text().toUpper();
        if (upper != edit->text()) {
            const int cursor = edit->cursorPosition();
            edit->setText(upper);
            edit->setCursorPosition(cursor);
        }
    }
    scheduleValidation();
}

void OrderTicket::scheduleValidation()
{
    m_validationTimer.start();
}

const OrderTicket::FieldView *OrderTicket::fieldView(const QString &field) const
{
    // An OCO's limit price is typed as its take-profit.
    const QString wanted = currentClass() == OrderClass::Oco && field == u"limit_price"
        ? QStringLiteral("take_profit.limit_price")
        : field;
    for (const FieldView &f : m_fields) {
        if (f.field == wanted)
            return &f;
    }
    return nullptr;
}

void OrderTicket::validateNow()
{
    m_validationTimer.stop();
    const QString symbol = m_ui->symbolEdit->text().trimmed().toUpper();
    if (symbol != m_lastSymbol) {
        m_lastSymbol = symbol;
        // Warnings acknowledged for another symbol do not carry over.
        m_acknowledged.clear();
        Q_EMIT symbolChanged(symbol);
    }
    ValidationContext context = validationContext();
    m_report = evaluate(context);

    // An acknowledgement lasts while its warning does; if it comes back, ask again.
    QSet<QString> warned;
    for (const RuleResult &r : std::as_const(m_report.results)) {
        if (r.isWarn())
            warned.insert(r.rule);
    }
    if (!(m_acknowledged - warned).isEmpty()) {
        m_acknowledged.intersect(warned);
        context.acknowledged = acknowledgedRules();
        m_report = evaluate(context);
    }

    showReport();
    updateAssetInfo();
    updateEstimate(context);
    updateSubmitButton();
    updateTabOrder();
}

void OrderTicket::showReport()
{
    QHash<VerdictView *, QList<RuleResult>> perView;
    QStringList missing;
    QSet<QString> blockedFields;
    for (RuleResult r : std::as_const(m_report.results)) {
        if (r.isPass())
            continue;
        const FieldView *f = fieldView(r.field);
        VerdictView *target = f && f->row->isVisibleTo(this) ? f->view : m_ui->summaryView;
        if (target != m_ui->summaryView && f->edit) {
            // An empty field the user has not reached yet is a hint, not an error; what
            // the rules say about its emptiness (no value to check a limit against) waits too.
            if (!m_showAll && !m_touched.contains(f->edit) && f->edit->text().trimmed().isEmpty()) {
                const QString label = f->edit == m_ui->quantityEdit
                    ? ValidationRule::fieldLabel(dollarsMode() ? QStringLiteral("notional")
                                                               : QStringLiteral("qty"))
                    : ValidationRule::fieldLabel(f->field);
                if (r.isBlock() && !missing.contains(label))
                    missing.append(label);
                continue;
            }
            if (r.rule == u"params.positive") {
                const QString error = parseError(f->edit);
                if (!error.isEmpty())
                    r.message = error;
            }
        }
        // The first block on a field is the cause; later ones mostly repeat it.
        if (r.isBlock()) {
            if (blockedFields.contains(r.field))
                continue;
            blockedFields.insert(r.field);
        }
        perView[target].append(r);
    }

    QList<RuleResult> summary = perView.value(m_ui->summaryView);
    if (m_context.entryLocked) {
        RuleResult locked;
        locked.rule = QStringLiteral("entry.locked");
        locked.verdict = RuleVerdict::Block;
        locked.field = QStringLiteral("entry");
        locked.message = m_context.entryLockReason.isEmpty()
            ? tr("Order entry is locked. Re-arm it to trade again.")
            : tr("Order entry is locked: %1").arg(m_context.entryLockReason);
        summary.prepend(locked);
    }
    const QSet<QString> elsewhere { kQueueRule };
    QSet<VerdictView *> done;
    for (const FieldView &f : std::as_const(m_fields)) {
        if (done.contains(f.view))
            continue;
        done.insert(f.view);
        f.view->setResults(perView.value(f.view), elsewhere);
    }
    m_ui->summaryView->setResults(summary, elsewhere);
    QStringList notes;
    if (!missing.isEmpty())
        notes.append(tr("To submit, fill in: %1.").arg(missing.join(QStringLiteral(", "))));
    if (m_busy)
        notes.append(tr("Submitting…"));
    m_ui->summaryView->setNotes(notes);

    // Tint the inputs whose field has a verdict, so the eye finds them.
    for (const FieldView &f : std::as_const(m_fields)) {
        if (!f.edit)
            continue;
        const RuleVerdict worst = f.view->worst();
        if (worst == RuleVerdict::Pass) {
            f.edit->setPalette(QPalette());
            continue;
        }
        QPalette p = palette();
        p.setColor(
            QPalette::Base,
            mix(p.color(QPalette::Base), VerdictView::colourFor(worst, false, palette()), 0.18));
        f.edit->setPalette(p);
    }
}

void OrderTicket::updateSubmitButton()
{
    const bool enabled = m_report.canSubmit() && !m_context.entryLocked && !m_busy;
    m_submitEnabled = enabled;
    m_ui->submitButton->setEnabled(enabled);
    if (m_context.mode == Broker::Mode::Live)
        m_ui->submitButton->setText(tr("&Submit LIVE order…"));
    else
        m_ui->submitButton->setText(reviewRequired() ? tr("&Submit…") : tr("&Submit"));
}

void OrderTicket::updateTabOrder()
{
    // Acknowledge boxes are created as verdicts arrive; keep them next to their field.
    QList<QWidget *> chain { m_ui->symbolEdit };
    auto acks = [&chain](VerdictView *view) {
        for (QCheckBox *box : view->acknowledgeBoxes())
            chain.append(box);
    };
    acks(m_ui->symbolVerdict);
    chain << m_ui->buyRadio << m_ui->sellRadio;
    acks(m_ui->sideVerdict);
    chain << m_ui->quantityEdit << m_ui->sizeCombo;
    acks(m_ui->quantityVerdict);
    chain << m_ui->typeCombo;
    acks(m_ui->typeVerdict);
    chain << m_ui->limitPriceEdit;
    acks(m_ui->limitVerdict);
    chain << m_ui->stopPriceEdit;
    acks(m_ui->stopVerdict);
    chain << m_ui->trailEdit << m_ui->trailUnitCombo;
    acks(m_ui->trailVerdict);
    chain << m_ui->tifCombo;
    acks(m_ui->tifVerdict);
    chain << m_ui->extendedHoursCheck;
    acks(m_ui->extendedVerdict);
    chain << m_ui->queueCheck << m_ui->classCombo;
    acks(m_ui->classVerdict);
    chain << m_ui->takeProfitEdit;
    acks(m_ui->takeProfitVerdict);
    chain << m_ui->stopLossEdit;
    acks(m_ui->stopLossVerdict);
    chain << m_ui->stopLossLimitEdit;
    acks(m_ui->stopLossLimitVerdict);
    acks(m_ui->summaryView);
    chain << m_ui->submitButton << m_ui->cancelButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

// --- presentation ---------------------------------------------------------------------------

void OrderTicket::updateVisibility()
{
    const OrderClass cls = currentClass();
    if (cls == OrderClass::Oco) {
        // An OCO is a limit order whose limit is the take-profit (Alpaca §7.4).
        const QSignalBlocker blocker(m_ui->typeCombo);
        m_ui->typeCombo->setCurrentIndex(indexOf(kTypes, OrderType::Limit));
    }
    m_ui->typeCombo->setEnabled(cls != OrderClass::Oco);
    const OrderType type = currentType();
    const bool usesLimit =
        (type == OrderType::Limit || type == OrderType::StopLimit) && cls != OrderClass::Oco;
    const bool usesStop = type == OrderType::Stop || type == OrderType::StopLimit;
    const bool exits = cls != OrderClass::Simple;
    m_ui->formLayout->setRowVisible(m_ui->limitBox, usesLimit);
    m_ui->formLayout->setRowVisible(m_ui->stopBox, usesStop);
    m_ui->formLayout->setRowVisible(m_ui->trailBox, type == OrderType::TrailingStop);
    m_ui->formLayout->setRowVisible(m_ui->takeProfitBox, exits);
    m_ui->formLayout->setRowVisible(m_ui->stopLossBox, exits);
    m_ui->formLayout->setRowVisible(m_ui->stopLossLimitBox, exits);

    if (dollarsMode()) {
        m_ui->quantityLabel->setText(tr("&Amount ($):"));
        m_ui->quantityEdit->setPlaceholderText(tr("dollars to invest"));
    } else {
        m_ui->quantityLabel->setText(tr("&Quantity:"));
        m_ui->quantityEdit->setPlaceholderText(tr("shares"));
    }
    m_ui->takeProfitLabel->setText(cls == OrderClass::Oco ? tr("Ta&ke profit (limit):")
                                                          : tr("Ta&ke profit:"));
    m_ui->trailEdit->setPlaceholderText(m_ui->trailUnitCombo->currentIndex() == kTrailPriceIndex
                                            ? tr("dollars behind the best price")
                                            : tr("percent behind the best price"));
}

// One source for the mode's words and colours: the toolbar badge.
QString OrderTicket::modeBadgeText(Broker::Mode mode)
{
    return ModeBadge::text(mode);
}

QColor OrderTicket::modeColour(Broker::Mode mode)
{
    return ModeBadge::colour(mode);
}

void OrderTicket::updateModeFrame()
{
    const QColor colour = modeColour(m_context.mode);
    m_ui->modeFrame->setStyleSheet(
        QStringLiteral("QFrame#modeFrame { background-color: %1; border-radius: 4px; }"
                       " QLabel { color: white; }")
            .arg(colour.name()));
    m_ui->modeBadge->setText(modeBadgeText(m_context.mode));
    QFont badgeFont = m_ui->modeBadge->font();
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(QFont().pointSizeF() * 1.25);
    m_ui->modeBadge->setFont(badgeFont);
    m_ui->modeBadge->setAccessibleName(tr("Trading mode: %1").arg(modeBadgeText(m_context.mode)));

    const QLocale locale;
    QString account;
    if (m_context.account.id.isEmpty()) {
        account = tr("account not loaded yet");
    } else {
        account = tr("account %1 · buying power %2")
                      .arg(m_context.account.accountNumber,
                           DecimalFormatter::money(m_context.account.buyingPower, locale));
    }
    if (m_context.mode == Broker::Mode::Live)
        account = tr("Real money: %1").arg(account);
    m_ui->accountLabel->setText(account);
}

void OrderTicket::updateCompleter()
{
    // Polls hand the same (implicitly shared) list again and again: rebuild only on change.
    if (m_context.assets.isSharedWith(m_completerAssets) && !m_completerAssets.isEmpty())
        return;
    m_completerAssets = m_context.assets;
    QStringList symbols;
    symbols.reserve(m_context.assets.size());
    for (const Asset &asset : std::as_const(m_context.assets)) {
        if (asset.tradable && asset.status == AssetStatus::Active)
            symbols.append(asset.symbol);
    }
    symbols.sort(Qt::CaseSensitive);
    if (symbols != m_symbols) {
        m_symbols = symbols;
        m_symbolModel->setStringList(m_symbols);
    }
}

void OrderTicket::updateAssetInfo()
{
    const QString symbol = m_ui->symbolEdit->text().trimmed().toUpper();
    const QLocale locale;
    QStringList parts;
    if (const std::optional<Asset> asset = m_context.asset(symbol)) {
        parts.append(asset->exchange.isEmpty() ? asset->name
                                               : tr("%1 (%2)").arg(asset->name, asset->exchange));
        if (asset->fractionable)
            parts.append(tr("fractionable"));
    }
    std::optional<Quote> quote = m_context.quote(symbol);
    if (!quote && m_prefillQuotes.contains(symbol))
        quote = m_prefillQuotes.value(symbol);
    if (quote && (quote->bidPrice.isPositive() || quote->askPrice.isPositive())) {
        parts.append(tr("bid %1 · ask %2")
                         .arg(DecimalFormatter::price(quote->bidPrice, locale),
                              DecimalFormatter::price(quote->askPrice, locale)));
    }
    for (const Position &p : std::as_const(m_context.positions)) {
        if (p.symbol == symbol) {
            parts.append(tr("position %1").arg(DecimalFormatter::quantity(p.qty, locale)));
            break;
        }
    }
    m_ui->assetLabel->setText(parts.join(QStringLiteral(" · ")));
    m_ui->assetLabel->setVisible(!parts.isEmpty());
}

void OrderTicket::updateEstimate(const ValidationContext &context)
{
    const QLocale locale;
    const std::optional<Decimal> value = OrderExposure::orderValue(context);
    const std::optional<Decimal> price = OrderExposure::referencePrice(context);
    const Trade &t = context.trade;
    if (!value || !value->isValid()) {
        m_ui->estimateLabel->setText(tr("Estimated value: needs a size and a price"));
    } else if (t.investmentAmount && price) {
        const std::optional<Decimal> qty = OrderExposure::estimatedQty(context);
        m_ui->estimateLabel->setText(
            tr("Estimated value: %1 (about %2 shares at %3)")
                .arg(DecimalFormatter::money(*value, locale),
                     qty ? DecimalFormatter::format(*qty, locale, 0, 4) : QStringLiteral("?"),
                     DecimalFormatter::price(*price, locale, QStringLiteral("$"))));
    } else if (t.quantity && price) {
        m_ui->estimateLabel->setText(
            tr("Estimated value: %1 (%2 × %3)")
                .arg(DecimalFormatter::money(*value, locale),
                     DecimalFormatter::quantity(*t.quantity, locale),
                     DecimalFormatter::price(*price, locale, QStringLiteral("$"))));
    } else {
        m_ui->estimateLabel->setText(
            tr("Estimated value: %1").arg(DecimalFormatter::money(*value, locale)));
    }

    bool shortOfBuyingPower = false;
    if (m_context.account.id.isEmpty()) {
        m_ui->buyingPowerLabel->setText(tr("Buying power: not loaded yet"));
    } else if (!value || !value->isValid()) {
        m_ui->buyingPowerLabel->setText(
            tr("Buying power: %1")
                .arg(DecimalFormatter::money(m_context.account.buyingPower, locale)));
    } else if (OrderExposure::increasesExposure(context)) {
        const Decimal after = m_context.account.buyingPower - *value;
        m_ui->buyingPowerLabel->setText(
            tr("Buying power after: %1 (now %2)")
                .arg(DecimalFormatter::money(after, locale),
                     DecimalFormatter::money(m_context.account.buyingPower, locale)));
        shortOfBuyingPower = after.isNegative();
    } else {
        m_ui->buyingPowerLabel->setText(
            tr("Buying power: %1 (this order reduces a position)")
                .arg(DecimalFormatter::money(m_context.account.buyingPower, locale)));
    }
    if (shortOfBuyingPower) {
        QPalette p = m_ui->buyingPowerLabel->palette();
        p.setColor(QPalette::WindowText,
                   VerdictView::colourFor(RuleVerdict::Block, false, palette()));
        m_ui->buyingPowerLabel->setPalette(p);
    } else {
        m_ui->buyingPowerLabel->setPalette(QPalette()); // the theme's own text colour
    }
}

// --- submitting -----------------------------------------------------------------------------

void OrderTicket::submit()
{
    if (m_busy)
        return;
    validateNow();
    if (!m_submitEnabled) {
        // Show everything that stands in the way, and go to the first of it.
        m_showAll = true;
        validateNow();
        for (const FieldView &f : std::as_const(m_fields)) {
            if (f.view->worst() != RuleVerdict::Pass && f.row->isVisibleTo(this)) {
                if (f.edit)
                    f.edit->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return;
    }
    Trade t = trade();
    t.ensureClientOrderId();
    const QSet<QString> acknowledged = acknowledgedRules();
    if (reviewRequired())
        openReview(t, acknowledged);
    else
        emitRequest(t, acknowledged);
}

void OrderTicket::openReview(const Trade &reviewed, const QSet<QString> &acknowledged)
{
    closeReview();
    m_review = new OrderReviewDialog(reviewed, m_report, m_context.mode, acknowledged, this);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    m_review->setEstimate(m_ui->estimateLabel->text() + u'\n' + m_ui->buyingPowerLabel->text());
    const Broker::Mode mode = m_context.mode;
    connect(m_review, &QDialog::accepted, this, [this, reviewed, acknowledged, mode]() {
        // The world may have moved while the dialog was open: send only what was reviewed.
        validateNow();
        Trade now = trade();
        now.clientOrderId = reviewed.clientOrderId;
        if (!m_submitEnabled || now != reviewed || m_context.mode != mode
            || acknowledgedRules() != acknowledged) {
            return;
        }
        emitRequest(reviewed, acknowledged);
    });
    m_review->open();
}

void OrderTicket::closeReview()
{
    if (m_review)
        m_review->reject();
}

void OrderTicket::emitRequest(const Trade &t, const QSet<QString> &acknowledged)
{
    Q_EMIT submitRequested(t, acknowledged);
}

// --- events ---------------------------------------------------------------------------------

void OrderTicket::keyPressEvent(QKeyEvent *event)
{
    // Keys that reach here were not used by the focused control (a line edit passes
    // Return on; an open completer popup keeps it).
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && mods == Qt::NoModifier) {
        event->accept();
        submit();
        return;
    }
    if (event->key() == Qt::Key_Escape && mods == Qt::NoModifier) {
        event->accept();
        Q_EMIT cancelRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void OrderTicket::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateVisibility();
        updateModeFrame();
        validateNow();
    } else if (event->type() == QEvent::PaletteChange) {
        validateNow(); // verdict tints and the estimate's colours follow the theme
    }
}

} // namespace Elson
