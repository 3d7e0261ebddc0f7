// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity.h"
#include "result.h"
#include "simexchange.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QList>

namespace Elson {

/**
 * The account activities of the simulated account (§10), in the order they
 * happened: a FILL per execution and the non-trade ones (the starting CSD).
 */
class SimActivityLog final
{
    Q_DECLARE_TR_FUNCTIONS(SimActivityLog)

public:
    /** Appends @p activity, which happened at @p at (not before the last one). */
    void append(const Activity &activity, const Timestamp &at);
    void append(Activity &&activity, const Timestamp &at);
    [[nodiscard]] const QList<Activity> &all() const { return m_activities; }
    [[nodiscard]] const QList<Timestamp> &times() const { return m_times; }

    /**
     * GET /v2/account/activities: filters, direction and page_token paging.
     * page_size must be 1–100 (any positive size when a date is given; §10).
     */
    [[nodiscard]] Result<QList<Activity>> query(const SimExchange::ActivityQuery &query) const;

    /**
     * The activity id Alpaca uses: the New York wall-clock time as 17 digits
     * (yyyymmddhhmmssSSS), "::", a UUID.
     */
    [[nodiscard]] static QString makeId(const Timestamp &at, const QString &uuid);

    void clear();

private:
    QList<Activity> m_activities;
    QList<Timestamp> m_times;
};

} // namespace Elson
