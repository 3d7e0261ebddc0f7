// SPDX-License-Identifier: GPL-3.0-or-later
#include "simactivitylog.h"

#include "marketcalendar.h"
#include "simerror.h"

namespace Elson {

void SimActivityLog::append(const Activity &activity, const Timestamp &at)
{
    m_activities.append(activity);
    m_times.append(at);
}

void SimActivityLog::append(Activity &&activity, const Timestamp &at)
{
    m_activities.append(std::move(activity));
    m_times.append(at);
}

Result<QList<Activity>> SimActivityLog::query(const SimExchange::ActivityQuery &query) const
{
    const bool hasDate = query.date.isValid();
    if (query.pageSize < 1 || (!hasDate && query.pageSize > 100)) {
        return SimError::invalidInput(tr("page_size must be between 1 and 100"),
                                      QStringLiteral("page_size"));
    }
    if (hasDate && (!query.after.isNull() || !query.until.isNull())) {
        return SimError::invalidInput(tr("date cannot be combined with after or until"),
                                      QStringLiteral("date"));
    }
    QList<ActivityType> types;
    for (const QString &text : query.activityTypes) {
        const std::optional<ActivityType> type = enumFromWire<ActivityType>(text);
        if (!type) {
            return SimError::invalidInput(tr("invalid activity type %1").arg(text),
                                          QStringLiteral("activity_types"));
        }
        types.append(*type);
    }

    const qsizetype count = m_activities.size();
    qsizetype n = 0;
    if (!query.pageToken.isEmpty()) {
        // page_token is the id of the last item of the previous page: continue after it.
        qsizetype found = -1;
        for (qsizetype i = 0; i < count; ++i) {
            if (m_activities.at(i).id == query.pageToken) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            return SimError::invalidInput(tr("invalid page_token"), QStringLiteral("page_token"));
        }
        n = query.ascending ? found + 1 : count - found;
    }

    QList<Activity> page;
    for (; n < count && page.size() < query.pageSize; ++n) {
        const qsizetype i = query.ascending ? n : count - 1 - n;
        const Activity &activity = m_activities.at(i);
        const Timestamp &at = m_times.at(i);
        if (!types.isEmpty() && !types.contains(activity.activityType))
            continue;
        if (hasDate && MarketCalendar::newYorkDate(at) != query.date)
            continue;
        if (!query.after.isNull() && !(at > query.after))
            continue;
        if (!query.until.isNull() && !(at < query.until))
            continue;
        if (!query.orderId.isEmpty() && activity.orderId != query.orderId)
            continue;
        page.append(activity);
    }
    return page;
}

QString SimActivityLog::makeId(const Timestamp &at, const QString &uuid)
{
    const QDateTime local = MarketCalendar::toNewYork(at).toDateTime();
    return local.toString(QStringLiteral("yyyyMMddhhmmsszzz")) + QStringLiteral("::") + uuid;
}

void SimActivityLog::clear()
{
    m_activities.clear();
    m_times.clear();
}

} // namespace Elson
