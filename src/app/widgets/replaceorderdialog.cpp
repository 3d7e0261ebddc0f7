// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaceorderdialog.h"

#include "decimalformatter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Elson {

namespace {

QString plain(const std::optional<Decimal> &value)
{
    return value ? value->toString() : QString();
}

} // namespace

ReplaceOrderDialog::ReplaceOrderDialog(const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_order(order)
{
    setObjectName(QStringLiteral("replaceOrderDialog"));
    setWindowTitle(tr("Replace order %1 %2").arg(order.symbol, order.id.left(8)));
    auto *form = new QFormLayout(this);
    auto *filled = new QLabel(tr("%1 of %2 filled")
                                  .arg(DecimalFormatter::quantity(order.filledQty, locale()),
                                       order.qty ? DecimalFormatter::quantity(*order.qty, locale())
                                                 : tr("notional")),
                              this);
    form->addRow(tr("Filled:"), filled);

    auto addField = [this, form](const QString &label, const char *name, const QString &value,
                                 bool enabled) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(QLatin1StringView(name));
        edit->setEnabled(enabled);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &ReplaceOrderDialog::check);
        return edit;
    };
    const bool hasLimit = order.type == OrderType::Limit || order.type == OrderType::StopLimit;
    const bool hasStop = order.type == OrderType::Stop || order.type == OrderType::StopLimit;
    const bool trailing = order.type == OrderType::TrailingStop;
    m_qty = addField(tr("New total &quantity:"), "qty", plain(order.qty), order.qty.has_value());
    m_limit = addField(tr("&Limit price:"), "limit_price", plain(order.limitPrice), hasLimit);
    m_stop = addField(tr("&Stop price:"), "stop_price", plain(order.stopPrice), hasStop);
    m_trail = addField(tr("&Trail (%1):").arg(order.trailPercent ? tr("percent") : tr("price")),
                       "trail", plain(order.trailPercent ? order.trailPercent : order.trailPrice),
                       trailing);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("replaceError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c53030;"));
    form->addRow(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Replace"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validate().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

void ReplaceOrderDialog::check()
{
    const QString problem = validate();
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_request.isEmpty());
}

QString ReplaceOrderDialog::validate()
{
    ReplaceOrderRequest request;
    auto read = [this](QLineEdit *edit, const QString &field, const std::optional<Decimal> &old,
                       std::optional<Decimal> &out) -> QString {
        if (!edit->isEnabled() || edit->text().trimmed().isEmpty())
            return {};
        Result<Decimal> value = DecimalFormatter::parse(edit->text(), locale(), field);
        if (!value)
            return tr("%1: %2").arg(field, value.error().message);
        if (value.value() <= Decimal())
            return tr("%1 must be greater than zero.").arg(field);
        if (!old || value.value() != *old)
            out = value.value();
        return {};
    };
    for (QString problem : {read(m_qty, tr("Quantity"), m_order.qty, request.qty),
                            read(m_limit, tr("Limit price"), m_order.limitPrice, request.limitPrice),
                            read(m_stop, tr("Stop price"), m_order.stopPrice, request.stopPrice),
                            read(m_trail, tr("Trail"),
                                 m_order.trailPercent ? m_order.trailPercent : m_order.trailPrice,
                                 request.trail)}) {
        if (!problem.isEmpty()) {
            m_request = {};
            return problem;
        }
    }
    // Alpaca replaces the whole order: the new quantity is the total, not what is left.
    if (request.qty && *request.qty <= m_order.filledQty) {
        m_request = {};
        return tr("Quantity must be more than the %1 already filled (the new quantity is the "
                  "order's new total).")
            .arg(DecimalFormatter::quantity(m_order.filledQty, locale()));
    }
    m_request = request;
    return {};
}

} // namespace Elson
