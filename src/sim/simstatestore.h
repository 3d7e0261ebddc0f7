// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace Elson {

/**
 * The simulator's `--state FILE`: reads the saved state at start and writes it
 * atomically (QSaveFile: a crash mid-write leaves the previous file intact),
 * both on demand and debounced after changes, so a burst of orders costs one
 * write.
 */
class SimStateStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimStateStore)

public:
    /// Produces the document to write.
    using Provider = std::function<QJsonObject()>;

    static constexpr int DefaultDebounceMs = 500;

    SimStateStore(QString path, Provider provider, int debounceMs = DefaultDebounceMs,
                  QObject *parent = nullptr);
    ~SimStateStore() override;

    [[nodiscard]] const QString &path() const { return m_path; }

    /**
     * The saved document, nothing when the file does not exist, or an error
     * (unreadable file, not a JSON object) naming the file.
     */
    [[nodiscard]] static Result<std::optional<QJsonObject>> load(const QString &path);

    /** Writes the provider's document now (and cancels a pending debounced save). */
    Result<bool> saveNow();
    /** Saves within the debounce delay; repeated calls before then coalesce. */
    void scheduleSave();

    [[nodiscard]] bool isSavePending() const { return m_timer.isActive(); }
    [[nodiscard]] qint64 saveCount() const { return m_saveCount; }

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);

private:
    QString m_path;
    Provider m_provider;
    QTimer m_timer;
    qint64 m_saveCount = 0;
};

} // namespace Elson
