// SPDX-License-Identifier: GPL-3.0-or-later
#include "timerscheduler.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

#include <chrono>
#include <limits>

namespace Elson {

TimerScheduler::TimerScheduler()
{
    m_clock.start();
}

qint64 TimerScheduler::monotonicMs() const
{
    return m_clock.elapsed();
}

qint64 TimerScheduler::epochMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void TimerScheduler::schedule(qint64 delayMs, QObject *context, std::function<void()> task)
{
    const qint64 bounded = std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max());
    // Short waits (backoff, heartbeats) want their precision; a coarse timer may be 5% late.
    QTimer::singleShot(std::chrono::milliseconds(bounded), Qt::PreciseTimer, context,
                       std::move(task));
}

double TimerScheduler::random()
{
    return QRandomGenerator::global()->generateDouble();
}

} // namespace Elson
