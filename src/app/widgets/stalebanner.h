// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Elson {

/**
 * The banner above the docks that says what cannot be trusted right now: stale
 * account data, a down order stream (fills may not show promptly), the kill switch's
 * lock, or the first-run hint. Hidden when there is nothing to say.
 */
class StaleBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Danger };

    explicit StaleBanner(QWidget *parent = nullptr);

    /** Shows @p text (rich text allowed) at @p level; an empty text hides the banner. */
    void showMessage(const QString &text, Level level);
    [[nodiscard]] QString message() const;

private:
    QLabel *m_label;
};

} // namespace Elson
