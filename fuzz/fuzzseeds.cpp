// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzseeds.h"

#include "codectypes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace ElsonFuzz {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

/** The elements of a JSON array document (none if it is not one). */
QList<QByteArray> elements(const QByteArray &json)
{
    QList<QByteArray> out;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    for (const QJsonValue &item : document.array())
        out.append(compact(item));
    return out;
}

QByteArray typed(const char *name, const QByteArray &json)
{
    const int index = codecTypeIndex(name);
    Q_ASSERT(index >= 0);
    return QByteArray(1, char(index)) + json;
}

QList<QByteArray> codecSeeds(const QString &dataDir)
{
    // Recorded payload → the type it is an answer of.
    static const std::pair<const char *, const char *> files[] = {
        {"account.json", "account"},
        {"account_legacy_pdt.json", "account"},
        {"account_configurations.json", "account_configurations"},
        {"account_configurations_legacy.json", "account_configurations"},
        {"activities.json", "activity[]"},
        {"assets.json", "asset[]"},
        {"bars_daily_fall.json", "bars_page"},
        {"bars_daily_spring.json", "bars_page"},
        {"bars_multi.json", "multi_bars_page"},
        {"calendar.json", "calendar_day[]"},
        {"cancel_all_207.json", "cancel_all_result[]"},
        {"clock.json", "clock"},
        {"close_all_207.json", "close_position_result[]"},
        {"error_buying_power.json", "error"},
        {"error_message_only.json", "error"},
        {"error_gateway.html", "error"},
        {"latest_quotes.json", "latest_quotes"},
        {"latest_trade_aapl.json", "latest_trade"},
        {"order_bracket.json", "order"},
        {"order_notional_fill.json", "order"},
        {"order_trailing_stop.json", "order"},
        {"orders_open.json", "order[]"},
        {"orders_replace.json", "order[]"},
        {"portfolio_history.json", "portfolio_history"},
        {"portfolio_history_millis.json", "portfolio_history"},
        {"positions.json", "position[]"},
        {"snapshot_aapl.json", "snapshot"},
        {"snapshots.json", "snapshots"},
        {"watchlist.json", "watchlist"},
        {"watchlists.json", "watchlist[]"},
        {"trade_updates.json", "trading_stream_message"},
        {"market_data_stream.json", "market_data_message[]"},
    };
    QList<QByteArray> seeds;
    for (const auto &[file, type] : files) {
        const QByteArray json = readFile(dataDir + u'/' + QLatin1StringView(file));
        if (json.isEmpty())
            continue;
        const QByteArray name(type);
        if (QLatin1StringView(file) == u"trade_updates.json" || QLatin1StringView(file) == u"market_data_stream.json") {
            // Recordings of streams: an array of frames.
            for (const QByteArray &frame : elements(json))
                seeds.append(typed(type, frame));
            continue;
        }
        seeds.append(typed(type, json));
        if (name.endsWith("[]")) {
            const QByteArray element = name.chopped(2);
            for (const QByteArray &item : elements(json))
                seeds.append(typed(element.constData(), item));
        }
    }
    // Requests the terminal writes and the simulator reads.
    seeds.append(typed("order_request", R"({"symbol":"AAPL","qty":"10","side":"buy","type":"limit","time_in_force":"day","limit_price":"150.25","client_order_id":"elson-1"})"));
    seeds.append(typed("order_request", R"({"symbol":"AAPL","notional":"500","side":"buy","type":"market","time_in_force":"day"})"));
    seeds.append(typed("order_request", R"({"symbol":"SPY","qty":"5","side":"buy","type":"market","time_in_force":"gtc","order_class":"bracket","take_profit":{"limit_price":"700"},"stop_loss":{"stop_price":"600","limit_price":"599.5"}})"));
    seeds.append(typed("order_request", R"({"symbol":"MSFT","qty":"2","side":"sell","type":"trailing_stop","time_in_force":"day","trail_percent":"1.5","extended_hours":false})"));
    seeds.append(typed("replace_order_request", R"({"qty":"3","time_in_force":"gtc","limit_price":"151","stop_price":"149","trail":"2","client_order_id":"elson-2"})"));
    seeds.append(typed("account_configurations_patch", R"({"dtbp_check":"both","no_shorting":true,"trade_confirm_email":"none","suspend_trade":false,"fractional_trading":true,"max_margin_multiplier":"2","pdt_check":"entry"})"));
    seeds.append(typed("watchlist_request", R"({"name":"Tech","symbols":["AAPL","MSFT"]})"));
    seeds.append(typed("take_profit", R"({"limit_price":"155.5"})"));
    seeds.append(typed("stop_loss", R"({"stop_price":"145","limit_price":"144.9"})"));
    seeds.append(typed("trading_stream_request", R"({"action":"authenticate","data":{"key_id":"PKTEST","secret_key":"s"}})"));
    seeds.append(typed("trading_stream_request", R"({"action":"listen","data":{"streams":["trade_updates"]}})"));
    seeds.append(typed("market_data_request", R"({"action":"auth","key":"PKTEST","secret":"s"})"));
    seeds.append(typed("market_data_request", R"({"action":"subscribe","trades":["AAPL"],"quotes":["*"],"bars":["SPY"]})"));
    return seeds;
}

QList<QByteArray> streamSeeds(const QString &dataDir)
{
    QList<QByteArray> seeds;
    for (const QByteArray &frame : elements(readFile(dataDir + QStringLiteral("/trade_updates.json"))))
        seeds.append(QByteArray(1, '\0') + frame);
    for (const QByteArray &frame : elements(readFile(dataDir + QStringLiteral("/market_data_stream.json"))))
        seeds.append(QByteArray(1, '\1') + frame);
    seeds.append("\2" R"({"action":"authenticate","data":{"key_id":"PKTEST","secret_key":"s"}})");
    seeds.append("\2" R"({"action":"listen","data":{"streams":["trade_updates"]}})");
    seeds.append("\3" R"({"action":"auth","key":"PKTEST","secret":"s"})");
    seeds.append("\3" R"({"action":"subscribe","trades":["AAPL"],"quotes":["*"],"bars":["SPY"],"dailyBars":["VOO"]})");
    seeds.append("\3" R"({"action":"unsubscribe","quotes":["AMD"]})");
    return seeds;
}

QList<QByteArray> decimalSeeds(const QString &dataDir)
{
    // Every number and decimal string in the recorded payloads, as Alpaca writes them.
    static const QRegularExpression number(QStringLiteral(R"((?<![A-Za-z0-9_.-])-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?(?![0-9A-Za-z:-]))"));
    QSet<QString> values;
    const QStringList files = QDir(dataDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString text = QString::fromUtf8(readFile(dataDir + u'/' + file));
        for (auto it = number.globalMatch(text); it.hasNext();)
            values.insert(it.next().captured());
    }
    QStringList sorted(values.begin(), values.end());
    sorted.sort();
    sorted += {QStringLiteral("9223372036.854775807"), QStringLiteral("-9223372036.854775808"),
               QStringLiteral("0.000000001"), QStringLiteral("1.5E-3"), QStringLiteral("1e2"),
               QStringLiteral("-0"), QStringLiteral("0.0000000005"), QStringLiteral("150.20")};
    QList<QByteArray> seeds;
    // Alone and in pairs (the arithmetic), under every flag byte the pairs cycle through.
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const char flags = char((i * 37) & 0xff);
        seeds.append(QByteArray(1, flags) + sorted.at(i).toUtf8());
        if (i + 1 < sorted.size())
            seeds.append(QByteArray(1, char(flags ^ 0x5a)) + sorted.at(i).toUtf8() + '\n'
                         + sorted.at(sorted.size() - 1 - i).toUtf8());
    }
    return seeds;
}

QList<QByteArray> commandLineSeeds(bool withEnvironment)
{
    static const char *const lines[] = {
        "help",
        "-v",
        "--version",
        "price\n150.255",
        "price\n0.12345",
        "decode\ntypes",
        "decode\norder",
        "mode",
        "--json\nmode",
        "account",
        "clock",
        "positions",
        "orders\n--status\nall\n--limit\n10",
        "orders\n--status=closed",
        "activities\n--type\nFILL\n--limit\n5",
        "asset\nAAPL",
        "bars\nSPY\n--timeframe\n1Day\n--limit\n3",
        "order\nbuy\nAAPL\n--qty\n1",
        "order\n--symbol\nAAPL\n--side\nbuy\n--qty\n1",
        "order\nbuy\nAAPL\n--qty\n1\n--limit-price\n150.25\n--yes",
        "order\nbuy\nSPY\n--notional\n500\n--json\n--dry-run",
        "order\nsell\nMSFT\n--qty\n2\n--trail-percent\n1.5\n--tif\ngtc\n--yes",
        "order\nbuy\nAAPL\n--qty\n1\n--take-profit\n400\n--stop-loss\n100\n--stop-loss-limit\n99\n--yes",
        "order\nbuy\nAAPL\n--qty\n1\n--order-class\noco\n--take-profit\n400\n--stop-loss\n100",
        "order\nbuy\nAAPL\n--qty\n0.5\n--type\nstop_limit\n--stop-price\n300\n--limit-price\n301\n--extended-hours\n--yes",
        "order\nbuy\nAAPL\n--qty=3\n--client-order-id=mine-1\n--queue-when-closed",
        "replace\n61e69015-8549-4bfd-b9c3-01e75843f47d\n--qty\n3\n--limit-price\n151",
        "replace\nX\n--trail\n2",
        "cancel\n--all",
        "cancel\n61e69015-8549-4bfd-b9c3-01e75843f47d",
        "cancel-all",
        "close\nAAPL\n--percentage\n50",
        "close\n--all",
        "audit\nverify",
        "--live\n--confirm\nPA3SIM000001\naccount",
        "account\n--\n--json",
    };
    static const char *const environments[] = {
        "ENV:ENVIRONMENT=production\nENV:LIVE_TRADING_ENABLED=true\nENV:USE_PAPER_TRADING=false\n--live\n--confirm\nPA3SIM000001\naccount",
        "ENV:ELSON_MAX_ORDER_VALUE=100\norder\nbuy\nAAPL\n--qty\n10\n--yes",
        "ENV:ELSON_MAX_POSITION_VALUE=x\naccount",
        "ENV:DEFAULT_BROKER=sim\nclock",
        "ENV:ENVIRONMENT=nonsense\nmode",
    };
    QList<QByteArray> seeds;
    for (const char *line : lines)
        seeds.append(QByteArray(line));
    if (withEnvironment) {
        for (const char *line : environments)
            seeds.append(QByteArray(line));
    }
    return seeds;
}

} // namespace

QStringList targetNames()
{
    return {QStringLiteral("jsoncodec"), QStringLiteral("decimal"), QStringLiteral("stream"),
            QStringLiteral("commandline"), QStringLiteral("elsonctl")};
}

QList<QByteArray> seedsFor(const QString &target, const QString &dataDir)
{
    if (target == u"jsoncodec")
        return codecSeeds(dataDir);
    if (target == u"decimal")
        return decimalSeeds(dataDir);
    if (target == u"stream")
        return streamSeeds(dataDir);
    if (target == u"commandline")
        return commandLineSeeds(false);
    if (target == u"elsonctl")
        return commandLineSeeds(true);
    return {};
}

} // namespace ElsonFuzz
