// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "tradeupdate.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <variant>

namespace Elson {

/** `{"stream":"authorization","data":{…}}`: the answer to authenticate (or to an early listen). */
struct StreamAuthorization
{
    QString status; ///< "authorized" or "unauthorized"
    QString action; ///< "authenticate" or "listen"
    QString message; ///< e.g. "access key verification failed"; empty when absent

    [[nodiscard]] bool isAuthorized() const { return status == QLatin1StringView("authorized"); }

    friend bool operator==(const StreamAuthorization &, const StreamAuthorization &) = default;
};

/** `{"stream":"listening","data":{"streams":[…]}}`: the streams now active. */
struct StreamListening
{
    QStringList streams;

    friend bool operator==(const StreamListening &, const StreamListening &) = default;
};

/** A frame for a stream this code does not know; kept whole so it can be logged. */
struct UnknownStreamMessage
{
    QString stream;
    QJsonValue data;

    friend bool operator==(const UnknownStreamMessage &, const UnknownStreamMessage &) = default;
};

/**
 * One server frame of the trade_updates WebSocket (§13):
 * `{"stream":"authorization"|"listening"|"trade_updates", "data":{…}}`.
 */
struct TradingStreamMessage
{
    std::variant<StreamAuthorization, StreamListening, TradeUpdate, UnknownStreamMessage> message;

    friend bool operator==(const TradingStreamMessage &, const TradingStreamMessage &) = default;
};

/**
 * A client frame of the trade_updates WebSocket:
 * `{"action":"authenticate","data":{"key_id":…,"secret_key":…}}` or
 * `{"action":"listen","data":{"streams":[…]}}` (the list replaces the current set).
 */
struct TradingStreamRequest
{
    TradingStreamAction action = TradingStreamAction::Authenticate;
    QString keyId; ///< authenticate only
    QString secretKey; ///< authenticate only
    QStringList streams; ///< listen only

    friend bool operator==(const TradingStreamRequest &, const TradingStreamRequest &) = default;
};

} // namespace Elson
