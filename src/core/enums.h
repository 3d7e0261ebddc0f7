// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Elson {

// The wire strings of every enum live in one constexpr table each (enums.cpp); the
// generic enumToWire / enumFromWire below are the only code that reads them.

/** Order side. Alpaca has no "short" side: a sell beyond the position opens a short. */
enum class OrderSide { Buy, Sell };

enum class OrderType { Market, Limit, Stop, StopLimit, TrailingStop };

/** gtd/gtx come from newer enums and are unconfirmed for stocks; accepted, never offered. */
enum class TimeInForce { Day, Gtc, Opg, Cls, Ioc, Fok, Gtd, Gtx };

/** The empty string on the wire also means Simple (older orders, PY maps it the same way). */
enum class OrderClass { Simple, Bracket, Oco, Oto, Mleg };

/**
 * Order status (§7.7). Alpaca adds values over time, so an unknown one maps to
 * Unknown and the owning struct keeps the wire text.
 */
enum class OrderStatus {
    New,
    PartiallyFilled,
    Filled,
    DoneForDay,
    Canceled,
    Expired,
    Replaced,
    PendingCancel,
    PendingReplace,
    Accepted,
    PendingNew,
    AcceptedForBidding,
    Stopped,
    Rejected,
    Suspended,
    Calculated,
    Held,
    PendingReview,
    Unknown,
};

enum class PositionIntent { BuyToOpen, BuyToClose, SellToOpen, SellToClose };

enum class PositionSide { Long, Short };

/** Unknown keeps a new asset class from failing a whole asset or order list. */
enum class AssetClass { UsEquity, UsOption, Crypto, Unknown };

enum class AssetStatus { Active, Inactive };

/** Account status; Unknown (with the raw text kept) so a new value never locks the trader out. */
enum class AccountStatus {
    Onboarding,
    SubmissionFailed,
    Submitted,
    AccountUpdated,
    ApprovalPending,
    Active,
    Rejected,
    Unknown,
};

/** trade_updates event (§13). Unknown events must be logged and ignored, never fatal. */
enum class TradeEvent {
    New,
    Fill,
    PartialFill,
    Canceled,
    Expired,
    DoneForDay,
    Replaced,
    Rejected,
    PendingNew,
    Stopped,
    PendingCancel,
    PendingReplace,
    Calculated,
    Suspended,
    OrderReplaceRejected,
    OrderCancelRejected,
    Accepted,
    Held,
    PendingReview,
    Restated,
    TradeBust,
    TradeCorrect,
    Unknown,
};

/** Account activity types (§10); FILL is the trade activity, every other one is non-trade. */
enum class ActivityType {
    Fill,
    Trans,
    Misc,
    Acatc,
    Acats,
    Cfee,
    Csd,
    Csw,
    Div,
    Divcgl,
    Divcgs,
    Divfee,
    Divft,
    Divnra,
    Divroc,
    Divtw,
    Divtxex,
    Fee,
    Int,
    Intnra,
    Inttw,
    Jnl,
    Jnlc,
    Jnls,
    Ma,
    Nc,
    Opasn,
    Opexp,
    Opxrc,
    Ptc,
    Ptr,
    Reorg,
    Sc,
    Sso,
    Ssp,
    Reo,
    Oct,
    Unknown,
};

/**
 * Where a trade intent stands in the terminal's own life cycle, from the ticket
 * to a final broker state. Coarser than OrderStatus; see tradeStatusFor().
 */
enum class TradeStatus {
    Pending, ///< built, not yet checked
    Validated, ///< passed the local rules
    Submitted, ///< POST sent, no answer yet
    Accepted, ///< the broker holds the order, nothing filled
    PartiallyFilled,
    Filled,
    Canceled,
    Rejected,
    Expired,
    Failed, ///< never reached the broker (network, safety gate, local error)
};

/** The `T` of a market-data stream message (§15). */
enum class MarketDataMessageType {
    Success,
    Error,
    Subscription,
    Trade,
    Quote,
    Bar,
    UpdatedBar,
    DailyBar,
    TradingStatus,
    Luld,
    Imbalance,
    Correction,
    CancelError,
    Unknown,
};

/** `action` of a client message on the trade_updates socket. */
enum class TradingStreamAction { Authenticate, Listen };

/** `action` of a client message on the market-data socket. */
enum class MarketDataAction { Auth, Subscribe, Unsubscribe };

/**
 * The canonical wire string of @p value ("buy", "stop_limit", "partially_filled").
 * Empty for an Unknown enumerator: its text lives in the owning struct.
 */
template<typename E> QLatin1StringView enumToWire(E value);

/**
 * The enumerator for a wire string, or nullopt when it is not one Alpaca is known
 * to send. Matching is exact (Alpaca's values are case-sensitive); aliases such as
 * the empty order class are accepted.
 */
template<typename E> std::optional<E> enumFromWire(QStringView wire);

/** A translated, user-facing name ("Partially filled", "Stop limit"). */
template<typename E> QString enumDisplayName(E value);

/** Translated name of the enum itself for messages ("order side"). */
template<typename E> QString enumTypeName();

/** Every enumerator with a wire string, in table order (Unknown excluded). */
template<typename E> QList<E> enumValues();

/** The comma-separated wire strings, for error messages ("buy, sell"). */
template<typename E> QString enumWireList();

/** The trade life-cycle state an order status corresponds to. */
TradeStatus tradeStatusFor(OrderStatus status);

/** True once no further fill or state change can happen (filled, canceled, expired, rejected,
 * replaced). */
bool isTerminal(OrderStatus status);

} // namespace Elson
