// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Elson {

/**
 * One injected fault. Route is a router key such as "POST /v2/orders", a prefix
 * ending in '*' ("GET /v2/" then '*'), or "*" for every route; `count` requests matching
 * it get the fault, then the rule is spent (count < 0: until cleared).
 */
struct SimFault
{
    enum class Kind {
        Status,           ///< answer `status` (500/502/503/…) without running the route
        RateLimit,        ///< answer 429 with Retry-After: retryAfterSeconds
        Delay,            ///< run the route, answer after delayMs
        DropBeforeCommit, ///< close the connection without running the route
        DropAfterCommit,  ///< run the route (the order exists), then close without answering
        MalformedBody,    ///< run the route, answer 200 with a truncated JSON body
        CloseStream,      ///< close every open WebSocket stream once
    };

    Kind kind = Kind::Status;
    QString route = QStringLiteral("*");
    int count = 1;
    int status = 500;
    int delayMs = 0;
    int retryAfterSeconds = 1;

    [[nodiscard]] bool matches(const QString &routeKey) const;
    [[nodiscard]] QJsonObject toJson() const;
    /** {"kind":"status","route":"POST /v2/orders","count":2,"status":503,…} */
    static Result<SimFault> fromJson(const QJsonObject &object);
    /**
     * The command-line form KIND[:ARG][@COUNT][=ROUTE]:
     * "status:503@2=POST /v2/orders", "delay:1500=GET /v2/account", "drop-after=POST /v2/orders",
     * "ratelimit:3", "malformed", "close-stream".
     */
    static Result<SimFault> fromSpec(const QString &spec);
    static QString kindName(Kind kind);

    friend bool operator==(const SimFault &, const SimFault &) = default;
};

/** The active fault rules, consumed in the order they were added. */
class SimFaultPlan final
{
    Q_DECLARE_TR_FUNCTIONS(SimFaultPlan)

public:
    void add(const SimFault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    [[nodiscard]] bool isEmpty() const { return m_faults.isEmpty(); }
    [[nodiscard]] const QList<SimFault> &faults() const { return m_faults; }

    /**
     * The first rule matching @p routeKey (stream-closing rules excluded), with its
     * count consumed; nullopt when none applies.
     */
    std::optional<SimFault> take(const QString &routeKey);
    /** Consumes one close-stream rule, if any. */
    bool takeCloseStream();

    [[nodiscard]] QJsonArray toJson() const;

private:
    QList<SimFault> m_faults;
};

} // namespace Elson
