// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokercredentials.h"

#include <QDebug>

namespace Elson {

namespace {
constexpr qsizetype ShownPrefix = 2;
constexpr qsizetype ShownSuffix = 4;
const QChar Ellipsis(0x2026);
} // namespace

BrokerCredentials::BrokerCredentials(QString keyId, QString secretKey)
    : m_keyId(std::move(keyId).trimmed())
    , m_secretKey(std::move(secretKey).trimmed())
{
}

QString BrokerCredentials::keyPrefix() const
{
    return m_keyId.left(2).toUpper();
}

bool BrokerCredentials::looksLikePaperKey() const
{
    return keyPrefix() == u"PK";
}

QString BrokerCredentials::mask(QStringView text)
{
    if (text.isEmpty())
        return {};
    if (text.size() < MinRevealLength)
        return QString(Ellipsis);
    return text.left(ShownPrefix).toString() + Ellipsis + text.right(ShownSuffix).toString();
}

QDebug operator<<(QDebug debug, const BrokerCredentials &credentials)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "BrokerCredentials(" << credentials.maskedKeyId() << ')';
    return debug;
}

} // namespace Elson
