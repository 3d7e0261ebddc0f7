// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials.h"

#include <QDebug>

namespace Elson {

namespace {
constexpr qsizetype ShownPrefix = 2;
constexpr qsizetype ShownSuffix = 4;
constexpr qsizetype ShortSuffix = 2;
const QChar Ellipsis(0x2026);
} // namespace

Credentials::Credentials(QString keyId, QString secretKey)
    : m_keyId(std::move(keyId).trimmed())
    , m_secretKey(std::move(secretKey).trimmed())
{
}

QString Credentials::mask(QStringView text)
{
    if (text.isEmpty())
        return {};
    // Revealing 6 of 8 characters would hardly be a mask: short text keeps less.
    if (text.size() <= ShownPrefix + ShownSuffix + 2)
        return Ellipsis + text.right(std::min<qsizetype>(ShortSuffix, text.size() / 4)).toString();
    return text.left(ShownPrefix).toString() + Ellipsis + text.right(ShownSuffix).toString();
}

QDebug operator<<(QDebug debug, const Credentials &credentials)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Credentials(" << credentials.maskedKeyId() << ')';
    return debug;
}

} // namespace Elson
