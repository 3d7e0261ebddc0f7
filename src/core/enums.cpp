// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <QCoreApplication>

#include <span>

namespace Elson {
namespace {

constexpr const char *TrContext = "Elson::Enums";

/** One wire string of an enumerator; the first entry per value is canonical. */
template<typename E> struct Entry
{
    E value;
    const char *wire;
    const char *display; ///< source text for translation; nullptr shows the wire string
};

/** Specialised once per enum: its name for messages and its wire table. */
template<typename E> struct Table;

template<> struct Table<OrderSide>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "order side");
    static constexpr Entry<OrderSide> entries[] = {
        { OrderSide::Buy, "buy", QT_TRANSLATE_NOOP("Elson::Enums", "Buy") },
        { OrderSide::Sell, "sell", QT_TRANSLATE_NOOP("Elson::Enums", "Sell") },
    };
};

template<> struct Table<OrderType>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "order type");
    static constexpr Entry<OrderType> entries[] = {
        { OrderType::Market, "market", QT_TRANSLATE_NOOP("Elson::Enums", "Market") },
        { OrderType::Limit, "limit", QT_TRANSLATE_NOOP("Elson::Enums", "Limit") },
        { OrderType::Stop, "stop", QT_TRANSLATE_NOOP("Elson::Enums", "Stop") },
        { OrderType::StopLimit, "stop_limit", QT_TRANSLATE_NOOP("Elson::Enums", "Stop limit") },
        { OrderType::TrailingStop, "trailing_stop",
          QT_TRANSLATE_NOOP("Elson::Enums", "Trailing stop") },
    };
};

template<> struct Table<TimeInForce>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "time in force");
    static constexpr Entry<TimeInForce> entries[] = {
        { TimeInForce::Day, "day", QT_TRANSLATE_NOOP("Elson::Enums", "Day") },
        { TimeInForce::Gtc, "gtc", QT_TRANSLATE_NOOP("Elson::Enums", "Good till canceled") },
        { TimeInForce::Opg, "opg", QT_TRANSLATE_NOOP("Elson::Enums", "At the open") },
        { TimeInForce::Cls, "cls", QT_TRANSLATE_NOOP("Elson::Enums", "At the close") },
        { TimeInForce::Ioc, "ioc", QT_TRANSLATE_NOOP("Elson::Enums", "Immediate or cancel") },
        { TimeInForce::Fok, "fok", QT_TRANSLATE_NOOP("Elson::Enums", "Fill or kill") },
        { TimeInForce::Gtd, "gtd", QT_TRANSLATE_NOOP("Elson::Enums", "Good till date") },
        { TimeInForce::Gtx, "gtx", QT_TRANSLATE_NOOP("Elson::Enums", "Good till extended") },
    };
};

template<> struct Table<OrderClass>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "order class");
    static constexpr Entry<OrderClass> entries[] = {
        { OrderClass::Simple, "simple", QT_TRANSLATE_NOOP("Elson::Enums", "Simple") },
        { OrderClass::Simple, "", nullptr }, // older orders report the simple class as ""
        { OrderClass::Bracket, "bracket", QT_TRANSLATE_NOOP("Elson::Enums", "Bracket") },
        { OrderClass::Oco, "oco", QT_TRANSLATE_NOOP("Elson::Enums", "One cancels other") },
        { OrderClass::Oto, "oto", QT_TRANSLATE_NOOP("Elson::Enums", "One triggers other") },
        { OrderClass::Mleg, "mleg", QT_TRANSLATE_NOOP("Elson::Enums", "Multi-leg") },
    };
};

template<> struct Table<OrderStatus>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "order status");
    static constexpr Entry<OrderStatus> entries[] = {
        { OrderStatus::New, "new", QT_TRANSLATE_NOOP("Elson::Enums", "New") },
        { OrderStatus::PartiallyFilled, "partially_filled",
          QT_TRANSLATE_NOOP("Elson::Enums", "Partially filled") },
        { OrderStatus::Filled, "filled", QT_TRANSLATE_NOOP("Elson::Enums", "Filled") },
        { OrderStatus::DoneForDay, "done_for_day",
          QT_TRANSLATE_NOOP("Elson::Enums", "Done for day") },
        { OrderStatus::Canceled, "canceled", QT_TRANSLATE_NOOP("Elson::Enums", "Canceled") },
        { OrderStatus::Expired, "expired", QT_TRANSLATE_NOOP("Elson::Enums", "Expired") },
        { OrderStatus::Replaced, "replaced", QT_TRANSLATE_NOOP("Elson::Enums", "Replaced") },
        { OrderStatus::PendingCancel, "pending_cancel",
          QT_TRANSLATE_NOOP("Elson::Enums", "Pending cancel") },
        { OrderStatus::PendingReplace, "pending_replace",
          QT_TRANSLATE_NOOP("Elson::Enums", "Pending replace") },
        { OrderStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("Elson::Enums", "Accepted") },
        { OrderStatus::PendingNew, "pending_new",
          QT_TRANSLATE_NOOP("Elson::Enums", "Pending new") },
        { OrderStatus::AcceptedForBidding, "accepted_for_bidding",
          QT_TRANSLATE_NOOP("Elson::Enums", "Accepted for bidding") },
        { OrderStatus::Stopped, "stopped", QT_TRANSLATE_NOOP("Elson::Enums", "Stopped") },
        { OrderStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Elson::Enums", "Rejected") },
        { OrderStatus::Suspended, "suspended", QT_TRANSLATE_NOOP("Elson::Enums", "Suspended") },
        { OrderStatus::Calculated, "calculated", QT_TRANSLATE_NOOP("Elson::Enums", "Calculated") },
        { OrderStatus::Held, "held", QT_TRANSLATE_NOOP("Elson::Enums", "Held") },
        { OrderStatus::PendingReview, "pending_review",
          QT_TRANSLATE_NOOP("Elson::Enums", "Pending review") },
    };
};

template<> struct Table<PositionIntent>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "position intent");
    static constexpr Entry<PositionIntent> entries[] = {
        { PositionIntent::BuyToOpen, "buy_to_open",
          QT_TRANSLATE_NOOP("Elson::Enums", "Buy to open") },
        { PositionIntent::BuyToClose, "buy_to_close",
          QT_TRANSLATE_NOOP("Elson::Enums", "Buy to close") },
        { PositionIntent::SellToOpen, "sell_to_open",
          QT_TRANSLATE_NOOP("Elson::Enums", "Sell to open") },
        { PositionIntent::SellToClose, "sell_to_close",
          QT_TRANSLATE_NOOP("Elson::Enums", "Sell to close") },
    };
};

template<> struct Table<PositionSide>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "position side");
    static constexpr Entry<PositionSide> entries[] = {
        { PositionSide::Long, "long", QT_TRANSLATE_NOOP("Elson::Enums", "Long") },
        { PositionSide::Short, "short", QT_TRANSLATE_NOOP("Elson::Enums", "Short") },
    };
};

template<> struct Table<AssetClass>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "asset class");
    static constexpr Entry<AssetClass> entries[] = {
        { AssetClass::UsEquity, "us_equity", QT_TRANSLATE_NOOP("Elson::Enums", "US equity") },
        { AssetClass::UsOption, "us_option", QT_TRANSLATE_NOOP("Elson::Enums", "US option") },
        { AssetClass::Crypto, "crypto", QT_TRANSLATE_NOOP("Elson::Enums", "Crypto") },
    };
};

template<> struct Table<AssetStatus>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "asset status");
    static constexpr Entry<AssetStatus> entries[] = {
        { AssetStatus::Active, "active", QT_TRANSLATE_NOOP("Elson::Enums", "Active") },
        { AssetStatus::Inactive, "inactive", QT_TRANSLATE_NOOP("Elson::Enums", "Inactive") },
    };
};

template<> struct Table<AccountStatus>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "account status");
    static constexpr Entry<AccountStatus> entries[] = {
        { AccountStatus::Onboarding, "ONBOARDING",
          QT_TRANSLATE_NOOP("Elson::Enums", "Onboarding") },
        { AccountStatus::SubmissionFailed, "SUBMISSION_FAILED",
          QT_TRANSLATE_NOOP("Elson::Enums", "Submission failed") },
        { AccountStatus::Submitted, "SUBMITTED", QT_TRANSLATE_NOOP("Elson::Enums", "Submitted") },
        { AccountStatus::AccountUpdated, "ACCOUNT_UPDATED",
          QT_TRANSLATE_NOOP("Elson::Enums", "Account updated") },
        { AccountStatus::ApprovalPending, "APPROVAL_PENDING",
          QT_TRANSLATE_NOOP("Elson::Enums", "Approval pending") },
        { AccountStatus::Active, "ACTIVE", QT_TRANSLATE_NOOP("Elson::Enums", "Active") },
        { AccountStatus::Rejected, "REJECTED", QT_TRANSLATE_NOOP("Elson::Enums", "Rejected") },
    };
};

template<> struct Table<TradeEvent>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "trade event");
    static constexpr Entry<TradeEvent> entries[] = {
        { TradeEvent::New, "new", QT_TRANSLATE_NOOP("Elson::Enums", "New") },
        { TradeEvent::Fill, "fill", QT_TRANSLATE_NOOP("Elson::Enums", "Fill") },
        { TradeEvent::PartialFill, "partial_fill",
          QT_TRANSLATE_NOOP("Elson::Enums", "Partial fill") },
        { TradeEvent::Canceled, "canceled", QT_TRANSLATE_NOOP("Elson::Enums", "Canceled") },
        { TradeEvent::Expired, "expired", QT_TRANSLATE_NOOP("Elson::Enums", "Expired") },
        { TradeEvent::DoneForDay, "done_for_day",
          QT_TRANSLATE_NOOP("Elson::Enums", "Done for day") },
        { TradeEvent::Replaced, "replaced", QT_TRANSLATE_NOOP("Elson::Enums", "Replaced") },
        { TradeEvent::Rejected, "rejected", QT_TRANSLATE_NOOP("Elson::Enums", "Rejected") },
        { TradeEvent::PendingNew, "pending_new", QT_TRANSLATE_NOOP("Elson::Enums", "Pending new") },
        { TradeEvent::Stopped, "stopped", QT_TRANSLATE_NOOP("Elson::Enums", "Stopped") },
        { TradeEvent::PendingCancel, "pending_cancel",
          QT_TRANSLATE_NOOP("Elson::Enums", "Pending cancel") },
        { TradeEvent::PendingReplace, "pending_replace",
          QT_TRANSLATE_NOOP("Elson::Enums", "Pending replace") },
        { TradeEvent::Calculated, "calculated", QT_TRANSLATE_NOOP("Elson::Enums", "Calculated") },
        { TradeEvent::Suspended, "suspended", QT_TRANSLATE_NOOP("Elson::Enums", "Suspended") },
        { TradeEvent::OrderReplaceRejected, "order_replace_rejected",
          QT_TRANSLATE_NOOP("Elson::Enums", "Replace rejected") },
        { TradeEvent::OrderCancelRejected, "order_cancel_rejected",
          QT_TRANSLATE_NOOP("Elson::Enums", "Cancel rejected") },
        { TradeEvent::Accepted, "accepted", QT_TRANSLATE_NOOP("Elson::Enums", "Accepted") },
        { TradeEvent::Held, "held", QT_TRANSLATE_NOOP("Elson::Enums", "Held") },
        { TradeEvent::PendingReview, "pending_review",
          QT_TRANSLATE_NOOP("Elson::Enums", "Pending review") },
        { TradeEvent::Restated, "restated", QT_TRANSLATE_NOOP("Elson::Enums", "Restated") },
        { TradeEvent::TradeBust, "trade_bust", QT_TRANSLATE_NOOP("Elson::Enums", "Trade busted") },
        { TradeEvent::TradeCorrect, "trade_correct",
          QT_TRANSLATE_NOOP("Elson::Enums", "Trade corrected") },
    };
};

template<> struct Table<ActivityType>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "activity type");
    static constexpr Entry<ActivityType> entries[] = {
        { ActivityType::Fill, "FILL", QT_TRANSLATE_NOOP("Elson::Enums", "Fill") },
        { ActivityType::Trans, "TRANS", QT_TRANSLATE_NOOP("Elson::Enums", "Cash transaction") },
        { ActivityType::Misc, "MISC", QT_TRANSLATE_NOOP("Elson::Enums", "Miscellaneous") },
        { ActivityType::Acatc, "ACATC",
          QT_TRANSLATE_NOOP("Elson::Enums", "ACATS transfer (cash)") },
        { ActivityType::Acats, "ACATS",
          QT_TRANSLATE_NOOP("Elson::Enums", "ACATS transfer (securities)") },
        { ActivityType::Cfee, "CFEE", QT_TRANSLATE_NOOP("Elson::Enums", "Crypto fee") },
        { ActivityType::Csd, "CSD", QT_TRANSLATE_NOOP("Elson::Enums", "Cash deposit") },
        { ActivityType::Csw, "CSW", QT_TRANSLATE_NOOP("Elson::Enums", "Cash withdrawal") },
        { ActivityType::Div, "DIV", QT_TRANSLATE_NOOP("Elson::Enums", "Dividend") },
        { ActivityType::Divcgl, "DIVCGL",
          QT_TRANSLATE_NOOP("Elson::Enums", "Dividend (long-term capital gain)") },
        { ActivityType::Divcgs, "DIVCGS",
          QT_TRANSLATE_NOOP("Elson::Enums", "Dividend (short-term capital gain)") },
        { ActivityType::Divfee, "DIVFEE", QT_TRANSLATE_NOOP("Elson::Enums", "Dividend fee") },
        { ActivityType::Divft, "DIVFT",
          QT_TRANSLATE_NOOP("Elson::Enums", "Dividend (foreign tax withheld)") },
        { ActivityType::Divnra, "DIVNRA",
          QT_TRANSLATE_NOOP("Elson::Enums", "Dividend (NRA withheld)") },
        { ActivityType::Divroc, "DIVROC",
          QT_TRANSLATE_NOOP("Elson::Enums", "Dividend (return of capital)") },
        { ActivityType::Divtw, "DIVTW",
          QT_TRANSLATE_NOOP("Elson::Enums", "Dividend (Tefra withheld)") },
        { ActivityType::Divtxex, "DIVTXEX",
          QT_TRANSLATE_NOOP("Elson::Enums", "Dividend (tax exempt)") },
        { ActivityType::Fee, "FEE", QT_TRANSLATE_NOOP("Elson::Enums", "Fee") },
        { ActivityType::Int, "INT", QT_TRANSLATE_NOOP("Elson::Enums", "Interest") },
        { ActivityType::Intnra, "INTNRA",
          QT_TRANSLATE_NOOP("Elson::Enums", "Interest (NRA withheld)") },
        { ActivityType::Inttw, "INTTW",
          QT_TRANSLATE_NOOP("Elson::Enums", "Interest (Tefra withheld)") },
        { ActivityType::Jnl, "JNL", QT_TRANSLATE_NOOP("Elson::Enums", "Journal entry") },
        { ActivityType::Jnlc, "JNLC", QT_TRANSLATE_NOOP("Elson::Enums", "Journal entry (cash)") },
        { ActivityType::Jnls, "JNLS", QT_TRANSLATE_NOOP("Elson::Enums", "Journal entry (stock)") },
        { ActivityType::Ma, "MA", QT_TRANSLATE_NOOP("Elson::Enums", "Merger or acquisition") },
        { ActivityType::Nc, "NC", QT_TRANSLATE_NOOP("Elson::Enums", "Name change") },
        { ActivityType::Opasn, "OPASN", QT_TRANSLATE_NOOP("Elson::Enums", "Option assignment") },
        { ActivityType::Opexp, "OPEXP", QT_TRANSLATE_NOOP("Elson::Enums", "Option expiration") },
        { ActivityType::Opxrc, "OPXRC", QT_TRANSLATE_NOOP("Elson::Enums", "Option exercise") },
        { ActivityType::Ptc, "PTC", QT_TRANSLATE_NOOP("Elson::Enums", "Pass-through charge") },
        { ActivityType::Ptr, "PTR", QT_TRANSLATE_NOOP("Elson::Enums", "Pass-through rebate") },
        { ActivityType::Reorg, "REORG", QT_TRANSLATE_NOOP("Elson::Enums", "Reorganization") },
        { ActivityType::Sc, "SC", QT_TRANSLATE_NOOP("Elson::Enums", "Symbol change") },
        { ActivityType::Sso, "SSO", QT_TRANSLATE_NOOP("Elson::Enums", "Stock spin-off") },
        { ActivityType::Ssp, "SSP", QT_TRANSLATE_NOOP("Elson::Enums", "Stock split") },
        { ActivityType::Reo, "REO", nullptr }, // newer; meaning not documented
        { ActivityType::Oct, "OCT", nullptr }, // newer; meaning not documented
    };
};

template<> struct Table<TradeStatus>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "trade status");
    static constexpr Entry<TradeStatus> entries[] = {
        { TradeStatus::Pending, "pending", QT_TRANSLATE_NOOP("Elson::Enums", "Pending") },
        { TradeStatus::Validated, "validated", QT_TRANSLATE_NOOP("Elson::Enums", "Validated") },
        { TradeStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("Elson::Enums", "Submitted") },
        { TradeStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("Elson::Enums", "Accepted") },
        { TradeStatus::PartiallyFilled, "partially_filled",
          QT_TRANSLATE_NOOP("Elson::Enums", "Partially filled") },
        { TradeStatus::Filled, "filled", QT_TRANSLATE_NOOP("Elson::Enums", "Filled") },
        { TradeStatus::Canceled, "canceled", QT_TRANSLATE_NOOP("Elson::Enums", "Canceled") },
        { TradeStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Elson::Enums", "Rejected") },
        { TradeStatus::Expired, "expired", QT_TRANSLATE_NOOP("Elson::Enums", "Expired") },
        { TradeStatus::Failed, "failed", QT_TRANSLATE_NOOP("Elson::Enums", "Failed") },
    };
};

template<> struct Table<MarketDataMessageType>
{
    static constexpr const char *name =
        QT_TRANSLATE_NOOP("Elson::Enums", "market data message type");
    static constexpr Entry<MarketDataMessageType> entries[] = {
        { MarketDataMessageType::Success, "success", QT_TRANSLATE_NOOP("Elson::Enums", "Success") },
        { MarketDataMessageType::Error, "error", QT_TRANSLATE_NOOP("Elson::Enums", "Error") },
        { MarketDataMessageType::Subscription, "subscription",
          QT_TRANSLATE_NOOP("Elson::Enums", "Subscription") },
        { MarketDataMessageType::Trade, "t", QT_TRANSLATE_NOOP("Elson::Enums", "Trade") },
        { MarketDataMessageType::Quote, "q", QT_TRANSLATE_NOOP("Elson::Enums", "Quote") },
        { MarketDataMessageType::Bar, "b", QT_TRANSLATE_NOOP("Elson::Enums", "Minute bar") },
        { MarketDataMessageType::UpdatedBar, "u",
          QT_TRANSLATE_NOOP("Elson::Enums", "Updated bar") },
        { MarketDataMessageType::DailyBar, "d", QT_TRANSLATE_NOOP("Elson::Enums", "Daily bar") },
        { MarketDataMessageType::TradingStatus, "s",
          QT_TRANSLATE_NOOP("Elson::Enums", "Trading status") },
        { MarketDataMessageType::Luld, "l",
          QT_TRANSLATE_NOOP("Elson::Enums", "Limit up/limit down") },
        { MarketDataMessageType::Imbalance, "i",
          QT_TRANSLATE_NOOP("Elson::Enums", "Order imbalance") },
        { MarketDataMessageType::Correction, "c",
          QT_TRANSLATE_NOOP("Elson::Enums", "Trade correction") },
        { MarketDataMessageType::CancelError, "x",
          QT_TRANSLATE_NOOP("Elson::Enums", "Trade cancel or error") },
    };
};

template<> struct Table<TradingStreamAction>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "stream action");
    static constexpr Entry<TradingStreamAction> entries[] = {
        { TradingStreamAction::Authenticate, "authenticate",
          QT_TRANSLATE_NOOP("Elson::Enums", "Authenticate") },
        { TradingStreamAction::Listen, "listen", QT_TRANSLATE_NOOP("Elson::Enums", "Listen") },
    };
};

template<> struct Table<MarketDataAction>
{
    static constexpr const char *name = QT_TRANSLATE_NOOP("Elson::Enums", "stream action");
    static constexpr Entry<MarketDataAction> entries[] = {
        { MarketDataAction::Auth, "auth", QT_TRANSLATE_NOOP("Elson::Enums", "Authenticate") },
        { MarketDataAction::Subscribe, "subscribe",
          QT_TRANSLATE_NOOP("Elson::Enums", "Subscribe") },
        { MarketDataAction::Unsubscribe, "unsubscribe",
          QT_TRANSLATE_NOOP("Elson::Enums", "Unsubscribe") },
    };
};

template<typename E> constexpr std::span<const Entry<E>> entriesOf()
{
    return std::span<const Entry<E>>(Table<E>::entries);
}

template<typename E> const Entry<E> *findEntry(E value)
{
    for (const Entry<E> &entry : entriesOf<E>()) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

} // namespace

template<typename E> QLatin1StringView enumToWire(E value)
{
    const Entry<E> *entry = findEntry(value);
    return entry ? QLatin1StringView(entry->wire) : QLatin1StringView();
}

template<typename E> std::optional<E> enumFromWire(QStringView wire)
{
    for (const Entry<E> &entry : entriesOf<E>()) {
        if (wire == QLatin1StringView(entry.wire))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E> QString enumDisplayName(E value)
{
    const Entry<E> *entry = findEntry(value);
    if (!entry)
        return QCoreApplication::translate(TrContext, "Unknown");
    if (!entry->display)
        return QString::fromLatin1(entry->wire);
    return QCoreApplication::translate(TrContext, entry->display);
}

template<typename E> QString enumTypeName()
{
    return QCoreApplication::translate(TrContext, Table<E>::name);
}

template<typename E> QList<E> enumValues()
{
    QList<E> values;
    for (const Entry<E> &entry : entriesOf<E>()) {
        if (!values.contains(entry.value)) // aliases repeat a value
            values.append(entry.value);
    }
    return values;
}

template<typename E> QString enumWireList()
{
    QStringList wires;
    for (const Entry<E> &entry : entriesOf<E>()) {
        if (*entry.wire != '\0')
            wires.append(QString::fromLatin1(entry.wire));
    }
    return wires.join(QLatin1StringView(", "));
}

#define ELSON_INSTANTIATE_ENUM(E)                                                                  \
    template QLatin1StringView enumToWire<E>(E);                                                   \
    template std::optional<E> enumFromWire<E>(QStringView);                                        \
    template QString enumDisplayName<E>(E);                                                        \
    template QString enumTypeName<E>();                                                            \
    template QList<E> enumValues<E>();                                                             \
    template QString enumWireList<E>();

ELSON_INSTANTIATE_ENUM(OrderSide)
ELSON_INSTANTIATE_ENUM(OrderType)
ELSON_INSTANTIATE_ENUM(TimeInForce)
ELSON_INSTANTIATE_ENUM(OrderClass)
ELSON_INSTANTIATE_ENUM(OrderStatus)
ELSON_INSTANTIATE_ENUM(PositionIntent)
ELSON_INSTANTIATE_ENUM(PositionSide)
ELSON_INSTANTIATE_ENUM(AssetClass)
ELSON_INSTANTIATE_ENUM(AssetStatus)
ELSON_INSTANTIATE_ENUM(AccountStatus)
ELSON_INSTANTIATE_ENUM(TradeEvent)
ELSON_INSTANTIATE_ENUM(ActivityType)
ELSON_INSTANTIATE_ENUM(TradeStatus)
ELSON_INSTANTIATE_ENUM(MarketDataMessageType)
ELSON_INSTANTIATE_ENUM(TradingStreamAction)
ELSON_INSTANTIATE_ENUM(MarketDataAction)

#undef ELSON_INSTANTIATE_ENUM

TradeStatus tradeStatusFor(OrderStatus status)
{
    switch (status) {
    case OrderStatus::New:
    case OrderStatus::Accepted:
    case OrderStatus::PendingNew:
    case OrderStatus::AcceptedForBidding:
    case OrderStatus::PendingCancel:
    case OrderStatus::PendingReplace:
    case OrderStatus::Held:
    case OrderStatus::PendingReview:
    case OrderStatus::Calculated:
    case OrderStatus::Stopped:
    case OrderStatus::Suspended:
    case OrderStatus::DoneForDay:
        return TradeStatus::Accepted;
    case OrderStatus::PartiallyFilled:
        return TradeStatus::PartiallyFilled;
    case OrderStatus::Filled:
        return TradeStatus::Filled;
    case OrderStatus::Canceled:
    case OrderStatus::Replaced: // the intent lives on in the replacing order
        return TradeStatus::Canceled;
    case OrderStatus::Expired:
        return TradeStatus::Expired;
    case OrderStatus::Rejected:
        return TradeStatus::Rejected;
    case OrderStatus::Unknown:
        break;
    }
    // An unknown status is still an order the broker holds; never claim it is final.
    return TradeStatus::Accepted;
}

bool isTerminal(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Filled:
    case OrderStatus::Canceled:
    case OrderStatus::Expired:
    case OrderStatus::Rejected:
    case OrderStatus::Replaced:
        return true;
    default:
        return false;
    }
}

} // namespace Elson
