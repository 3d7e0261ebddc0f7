// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "broker.h"
#include "result.h"
#include "trade.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QString>

namespace Elson {

/**
 * The three ways the review step shows an order: in plain words, as the exact
 * POST /v2/orders body (the code path AlpacaBroker takes: Trade::toOrderRequest()
 * then the JSON codec), and as the equivalent elsonctl command (issue 5's contract).
 */
class OrderText final
{
    Q_DECLARE_TR_FUNCTIONS(OrderText)

public:
    OrderText() = delete;

    /**
     * "Buy 10 AAPL at limit $187.50, good for the day, regular hours only", with the
     * exit legs after a semicolon. Numbers in @p locale's format.
     */
    [[nodiscard]] static QString plainWords(const Trade &trade, const QLocale &locale = {});

    /** The request body exactly as the broker would send it (compact JSON). */
    [[nodiscard]] static Result<QByteArray> requestBody(const Trade &trade);

    /** The same body indented for reading; keys in the same order as requestBody(). */
    [[nodiscard]] static Result<QString> readableRequestBody(const Trade &trade);

    /**
     * `elsonctl [--live] order buy AAPL --qty 10 --type limit --limit-price 187.50 --tif day
     * …`: decimals in wire form, the client order id when the trade has one (so running
     * the command after the terminal sent the order finds that order instead of placing
     * a second), `--queue-when-closed` when @p acknowledged holds "market.session".
     * Other acknowledged warnings are not carried over (no `--yes`): elsonctl asks again.
     */
    [[nodiscard]] static QString elsonctlCommand(const Trade &trade, Broker::Mode mode,
                                                 const QSet<QString> &acknowledged = {});

    /** @p argument quoted for a POSIX shell when it needs quoting. */
    [[nodiscard]] static QString shellQuoted(const QString &argument);
};

} // namespace Elson
