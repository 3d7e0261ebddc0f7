// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace Elson {

/**
 * Watches the application's keyboard and mouse input and emits idle() after the
 * timeout without any; the main window uses it to leave live mode when the trader
 * walks away. Disabled until enabled (only live mode arms it).
 */
class IdleLock final : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject *parent = nullptr);

    void setTimeoutMs(int ms);
    [[nodiscard]] int timeoutMs() const { return m_timer.interval(); }
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_enabled = false;
};

} // namespace Elson
