// SPDX-License-Identifier: GPL-3.0-or-later
#include "simfaultplan.h"

#include <array>
#include <utility>

namespace Elson {

namespace {

constexpr std::array<std::pair<SimFault::Kind, const char *>, 7> KindNames{{
    {SimFault::Kind::Status, "status"},
    {SimFault::Kind::RateLimit, "ratelimit"},
    {SimFault::Kind::Delay, "delay"},
    {SimFault::Kind::DropBeforeCommit, "drop-before"},
    {SimFault::Kind::DropAfterCommit, "drop-after"},
    {SimFault::Kind::MalformedBody, "malformed"},
    {SimFault::Kind::CloseStream, "close-stream"},
}};

std::optional<SimFault::Kind> kindFromName(const QString &name)
{
    for (const auto &[kind, text] : KindNames) {
        if (name == QLatin1StringView(text))
            return kind;
    }
    return std::nullopt;
}

Error faultError(const QString &field, const QString &message)
{
    return Error::validation(field, message);
}

// Applies the numeric argument of a kind to the field it means.
Result<bool> applyArgument(SimFault &fault, int value, const QString &field)
{
    switch (fault.kind) {
    case SimFault::Kind::Status:
        if (value < 400 || value > 599)
            return faultError(field, SimFaultPlan::tr("status must be between 400 and 599"));
        fault.status = value;
        break;
    case SimFault::Kind::RateLimit:
        if (value < 1 || value > 3600)
            return faultError(field, SimFaultPlan::tr("retry-after must be 1–3600 seconds"));
        fault.retryAfterSeconds = value;
        break;
    case SimFault::Kind::Delay:
        if (value < 0 || value > 600'000)
            return faultError(field, SimFaultPlan::tr("delay must be 0–600000 ms"));
        fault.delayMs = value;
        break;
    default:
        return faultError(field, SimFaultPlan::tr("this fault kind takes no argument"));
    }
    return true;
}

} // namespace

bool SimFault::matches(const QString &routeKey) const
{
    if (route == u"*")
        return true;
    if (route.endsWith(u'*'))
        return routeKey.startsWith(QStringView(route).chopped(1));
    return routeKey == route;
}

QString SimFault::kindName(Kind kind)
{
    for (const auto &[k, text] : KindNames) {
        if (k == kind)
            return QString::fromLatin1(text);
    }
    return {};
}

QJsonObject SimFault::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("route"), route},
                  {QStringLiteral("count"), count}};
    if (kind == Kind::Status)
        o.insert(QStringLiteral("status"), status);
    if (kind == Kind::Delay)
        o.insert(QStringLiteral("delay_ms"), delayMs);
    if (kind == Kind::RateLimit)
        o.insert(QStringLiteral("retry_after"), retryAfterSeconds);
    return o;
}

Result<SimFault> SimFault::fromJson(const QJsonObject &object)
{
    SimFault fault;
    const QString kindText = object.value(QStringLiteral("kind")).toString();
    const auto kind = kindFromName(kindText);
    if (!kind) {
        return faultError(QStringLiteral("kind"),
                          SimFaultPlan::tr("unknown fault kind \"%1\"").arg(kindText));
    }
    fault.kind = *kind;
    if (object.contains(QStringLiteral("route")))
        fault.route = object.value(QStringLiteral("route")).toString();
    if (object.contains(QStringLiteral("count"))) {
        const QJsonValue count = object.value(QStringLiteral("count"));
        if (!count.isDouble() || count.toInt(0) == 0)
            return faultError(QStringLiteral("count"), SimFaultPlan::tr("must be a non-zero integer"));
        fault.count = count.toInt();
    }
    const std::array<std::pair<const char *, Kind>, 3> args{{
        {"status", Kind::Status}, {"delay_ms", Kind::Delay}, {"retry_after", Kind::RateLimit}}};
    for (const auto &[key, argKind] : args) {
        const QString k = QString::fromLatin1(key);
        if (!object.contains(k))
            continue;
        if (fault.kind != argKind)
            return faultError(k, SimFaultPlan::tr("does not apply to a %1 fault").arg(kindText));
        const QJsonValue v = object.value(k);
        if (!v.isDouble())
            return faultError(k, SimFaultPlan::tr("must be an integer"));
        const auto applied = applyArgument(fault, v.toInt(), k);
        if (!applied)
            return applied.error();
    }
    return fault;
}

Result<SimFault> SimFault::fromSpec(const QString &spec)
{
    const QString field = QStringLiteral("--fault");
    QString rest = spec.trimmed();
    SimFault fault;
    if (const qsizetype eq = rest.indexOf(u'='); eq >= 0) {
        fault.route = rest.mid(eq + 1).trimmed();
        rest.truncate(eq);
        if (fault.route.isEmpty())
            return faultError(field, SimFaultPlan::tr("empty route after '='"));
    }
    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        bool ok = false;
        fault.count = rest.mid(at + 1).toInt(&ok);
        if (!ok || fault.count == 0)
            return faultError(field, SimFaultPlan::tr("count after '@' must be a non-zero integer"));
        rest.truncate(at);
    }
    QString argument;
    if (const qsizetype colon = rest.indexOf(u':'); colon >= 0) {
        argument = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    const auto kind = kindFromName(rest);
    if (!kind)
        return faultError(field, SimFaultPlan::tr("unknown fault kind \"%1\"").arg(rest));
    fault.kind = *kind;
    if (!argument.isEmpty()) {
        bool ok = false;
        const int value = argument.toInt(&ok);
        if (!ok)
            return faultError(field, SimFaultPlan::tr("\"%1\" is not an integer").arg(argument));
        const auto applied = applyArgument(fault, value, field);
        if (!applied)
            return applied.error();
    }
    return fault;
}

std::optional<SimFault> SimFaultPlan::take(const QString &routeKey)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SimFault &fault = m_faults[i];
        if (fault.kind == SimFault::Kind::CloseStream || !fault.matches(routeKey))
            continue;
        const SimFault taken = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

bool SimFaultPlan::takeCloseStream()
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SimFault &fault = m_faults[i];
        if (fault.kind != SimFault::Kind::CloseStream)
            continue;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

QJsonArray SimFaultPlan::toJson() const
{
    QJsonArray array;
    for (const SimFault &fault : m_faults)
        array.append(fault.toJson());
    return array;
}

} // namespace Elson
