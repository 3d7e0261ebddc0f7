// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTime>

namespace Elson {

/**
 * One trading day of GET /v2/calendar. Times are New York wall-clock times:
 * `open`/`close` arrive as "HH:MM", `session_open`/`session_close` (the extended
 * session) as "HHMM" without a colon. Holidays are simply absent from the list.
 */
struct CalendarDay
{
    QDate date;
    QTime open;          ///< regular open, normally 09:30
    QTime close;         ///< regular close, 16:00 or 13:00 on early-close days
    QTime sessionOpen;   ///< extended session open, 04:00
    QTime sessionClose;  ///< extended session close, 20:00 (17:00 on early-close days)
    QDate settlementDate; ///< newer field; null when absent

    friend bool operator==(const CalendarDay &, const CalendarDay &) = default;
};

} // namespace Elson
