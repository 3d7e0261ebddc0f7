// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimal.h"
#include "enums.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace Elson {

/**
 * The cash and share ledger of the simulated account: what fills change.
 * Money is exact (Decimal); positions are signed (negative = short) and keep a
 * signed cost basis, so unrealized P/L is market value − cost basis on both sides.
 *
 * It also keeps what the legacy PDT rule needs: the shares opened today per
 * symbol and the dates of the day trades made.
 */
class SimAccount final
{
public:
    /** One open position. */
    struct Holding
    {
        QString symbol;
        Decimal qty; ///< signed: negative for a short
        Decimal costBasis; ///< signed: Σ qty × price of the shares still held
        Decimal intradayBasis; ///< signed: value at the last close plus today's fills
        Decimal lastFillPrice;
        QDate openedDay; ///< the New York day openedQty refers to
        Decimal openedQty; ///< |shares| opened on openedDay and not closed since

        /** Average entry price (positive), 9 fractional digits at most. */
        [[nodiscard]] Decimal avgEntryPrice() const;
    };

    /** What one execution did to the account. */
    struct FillEffect
    {
        Decimal positionQty; ///< the signed position after the fill
        Decimal closedQty; ///< |shares| of an existing position this fill closed
        Decimal realizedPl;
        bool closedSameDayShares = false; ///< it closed shares opened the same New York day
    };

    explicit SimAccount(const Decimal &cash = {});

    [[nodiscard]] Decimal cash() const { return m_cash; }
    void setCash(const Decimal &cash) { m_cash = cash; }
    /** Positions by symbol (sorted, so listings are stable). */
    [[nodiscard]] const QMap<QString, Holding> &holdings() const { return m_holdings; }
    [[nodiscard]] const Holding *holding(const QString &symbol) const;
    /** The signed position in @p symbol (zero when flat). */
    [[nodiscard]] Decimal positionQty(const QString &symbol) const;

    /** Books one execution of @p qty (> 0) at @p price on New York day @p day. */
    FillEffect applyFill(const QString &symbol, OrderSide side, const Decimal &qty,
                         const Decimal &price, QDate day);
    /** The close: from now on intraday P/L of @p symbol is measured from @p closePrice. */
    void markClose(const QString &symbol, const Decimal &closePrice);

    /** Records a day trade made on @p day. */
    void recordDayTrade(QDate day) { ++m_dayTrades[day]; }
    /** Every day trade's date, oldest first (a date repeats per trade). */
    [[nodiscard]] QList<QDate> dayTrades() const;
    /** Day trades on any of @p days. */
    [[nodiscard]] int dayTradesWithin(const QList<QDate> &days) const;

    /** Replaces the whole ledger (restoring saved state). */
    void restore(const Decimal &cash, const QList<Holding> &holdings,
                 const QList<QDate> &dayTrades);

private:
    Decimal m_cash;
    QMap<QString, Holding> m_holdings;
    QMap<QDate, int> m_dayTrades; ///< day trades per New York day
};

} // namespace Elson
