// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

class QDebug;

namespace Elson {

/**
 * An Alpaca key pair as the broker layer keeps it: from the keychain or from the
 * environment. (Named apart from the client's `Credentials` so both libraries can be
 * linked together; the two are converted field by field.)
 *
 * The secret is handed out only through secretKey(), for the code that puts it on
 * the wire or into the keychain. There is no toString(); QDebug and every message
 * use maskedKeyId().
 */
class BrokerCredentials final
{
public:
    BrokerCredentials() = default;
    /** Both halves are trimmed (a pasted key often ends in a newline). */
    BrokerCredentials(QString keyId, QString secretKey);

    [[nodiscard]] const QString &keyId() const { return m_keyId; }
    /** For the request header, the stream's auth frame and the keychain only. Never log it. */
    [[nodiscard]] const QString &secretKey() const { return m_secretKey; }

    /** True when either half is missing. */
    [[nodiscard]] bool isEmpty() const { return m_keyId.isEmpty() || m_secretKey.isEmpty(); }
    /** The first two characters of the key id, upper case ("PK", "AK"); empty if none. */
    [[nodiscard]] QString keyPrefix() const;
    /**
     * A paper key by its prefix ("PK…"). The prefix is a community observation, not an
     * Alpaca contract (§1): use it only to refuse, never to grant.
     */
    [[nodiscard]] bool looksLikePaperKey() const;

    /** The key id as logs and screens show it: "PK…WXYZ". */
    [[nodiscard]] QString maskedKeyId() const { return mask(m_keyId); }

    /**
     * First 2 and last 4 characters around an ellipsis ("PKAB12CD34EF56GHWXYZ" →
     * "PK…WXYZ"). Text shorter than MinRevealLength would show half or more of
     * itself that way, so it is masked completely ("…"); empty stays empty.
     */
    [[nodiscard]] static QString mask(QStringView text);
    static constexpr qsizetype MinRevealLength = 13;

    friend bool operator==(const BrokerCredentials &, const BrokerCredentials &) = default;

private:
    QString m_keyId;
    QString m_secretKey;
};

/** Prints "BrokerCredentials(PK…WXYZ)": the masked key id, never the secret. */
QDebug operator<<(QDebug debug, const BrokerCredentials &credentials);

} // namespace Elson
