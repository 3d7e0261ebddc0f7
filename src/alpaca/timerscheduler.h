// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduler.h"

#include <QElapsedTimer>

namespace Elson {

/** The real Scheduler: QElapsedTimer, the system clock, QTimer and QRandomGenerator. */
class TimerScheduler final : public Scheduler
{
public:
    TimerScheduler();

    [[nodiscard]] qint64 monotonicMs() const override;
    [[nodiscard]] qint64 epochMs() const override;
    void schedule(qint64 delayMs, QObject *context, std::function<void()> task) override;
    [[nodiscard]] double random() override;

private:
    QElapsedTimer m_clock;
};

} // namespace Elson
