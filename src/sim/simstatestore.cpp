// SPDX-License-Identifier: GPL-3.0-or-later
#include "simstatestore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QSaveFile>

namespace Elson {

Q_LOGGING_CATEGORY(lcSimState, "elson.sim.state", QtInfoMsg)

SimStateStore::SimStateStore(QString path, Provider provider, int debounceMs, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_provider(std::move(provider))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(debounceMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const Result<bool> result = saveNow();
        if (!result)
            qCWarning(lcSimState).noquote() << result.error().toString();
    });
}

SimStateStore::~SimStateStore() = default;

Result<std::optional<QJsonObject>> SimStateStore::load(const QString &path)
{
    if (!QFileInfo::exists(path))
        return std::optional<QJsonObject>();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::validation(QStringLiteral("--state"),
                                 tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return Error::validation(QStringLiteral("--state"),
                                 tr("%1 is not a simulator state file: %2")
                                     .arg(path, parseError.error == QJsonParseError::NoError
                                                    ? tr("not a JSON object")
                                                    : parseError.errorString()));
    }
    return std::optional<QJsonObject>(document.object());
}

Result<bool> SimStateStore::saveNow()
{
    m_timer.stop();
    const QByteArray bytes = QJsonDocument(m_provider()).toJson(QJsonDocument::Indented);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString message = tr("cannot write the state file %1: %2").arg(m_path, file.errorString());
        Q_EMIT saveFailed(message);
        return Error::validation(QStringLiteral("--state"), message);
    }
    ++m_saveCount;
    qCDebug(lcSimState) << "state saved to" << m_path;
    Q_EMIT saved();
    return true;
}

void SimStateStore::scheduleSave()
{
    // Debounce without starvation: the first change starts the delay, later ones
    // ride along instead of pushing the save further away.
    if (!m_timer.isActive())
        m_timer.start();
}

} // namespace Elson
