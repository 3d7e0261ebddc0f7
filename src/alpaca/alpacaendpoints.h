// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QProcessEnvironment;

namespace Elson {

/** Which Alpaca trading host an account lives on; paper and live keys are separate. */
enum class TradingEnvironment { Paper, Live };

/**
 * The Alpaca hosts a client talks to (§1 of the team reference): the paper and
 * live trading hosts, the market-data REST host and the market-data stream host.
 * Each is a base URL without a trailing slash; paths ("/v2/account") are appended.
 *
 * Overrides come from the environment (fromEnvironment()): ALPACA_PAPER_URL,
 * ALPACA_LIVE_URL and ALPACA_DATA_URL. Plain http:// is accepted only for a
 * loopback host (127.0.0.0/8, ::1, localhost), so a simulator on this machine
 * works while a typo can never send keys in clear text across a network.
 */
struct AlpacaEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(AlpacaEndpoints)

public:
    static constexpr const char *PaperVariable = "ALPACA_PAPER_URL";
    static constexpr const char *LiveVariable = "ALPACA_LIVE_URL";
    static constexpr const char *DataVariable = "ALPACA_DATA_URL";

    QUrl paperTrading;
    QUrl liveTrading;
    QUrl data;
    QUrl dataStream; ///< ws(s):// host of the market-data stream; the feed path is appended

    /** Alpaca's own hosts: paper-api, api, data and stream.data .alpaca.markets. */
    static AlpacaEndpoints defaults();

    /**
     * The defaults with the environment's overrides applied. An empty variable is
     * treated as unset. Overriding ALPACA_DATA_URL moves the data stream to the same
     * host (ws:// for http://, wss:// for https://): the simulator serves both on
     * one port. Fails with a Validation error whose field names the variable.
     */
    static Result<AlpacaEndpoints> fromEnvironment(const QProcessEnvironment &environment);

    /**
     * Checks one base URL: absolute http(s) with a host, no user info, query or
     * fragment; http only for a loopback host. The trailing slash is removed.
     * @p source names where the text came from (a variable name) for the error.
     */
    static Result<QUrl> checkBaseUrl(const QString &text, const QString &source);

    /** 127.0.0.0/8, ::1 (also IPv4-mapped) or the name "localhost". */
    static bool isLoopbackHost(const QString &host);

    [[nodiscard]] QUrl tradingUrl(TradingEnvironment environment) const;
    /** The trade_updates WebSocket: the trading host with ws(s):// and path /stream. */
    [[nodiscard]] QUrl tradingStreamUrl(TradingEnvironment environment) const;
    /** The market-data WebSocket for @p feed ("iex", "sip", "delayed_sip", "test"). */
    [[nodiscard]] QUrl marketDataStreamUrl(const QString &feed) const;

    friend bool operator==(const AlpacaEndpoints &, const AlpacaEndpoints &) = default;
};

} // namespace Elson
