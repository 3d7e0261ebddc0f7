// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

class QDebug;

namespace Elson {

/**
 * An Alpaca key pair (the APCA-API-KEY-ID and APCA-API-SECRET-KEY headers).
 *
 * The secret is handed out only to the code that puts it on the wire
 * (secretKey()); there is deliberately no toString() and no streaming operator
 * that could print it. Anything meant for a log or a screen uses maskedKeyId()
 * ("PK…WXYZ"); streaming a Credentials into QDebug prints that mask only.
 */
class Credentials final
{
public:
    Credentials() = default;
    Credentials(QString keyId, QString secretKey);

    [[nodiscard]] const QString &keyId() const { return m_keyId; }
    /** For the request header and the stream's auth frame only. Never log it. */
    [[nodiscard]] const QString &secretKey() const { return m_secretKey; }

    /** True when either half is missing. */
    [[nodiscard]] bool isEmpty() const { return m_keyId.isEmpty() || m_secretKey.isEmpty(); }

    /** The key id as logs and screens show it: "PK…WXYZ". */
    [[nodiscard]] QString maskedKeyId() const { return mask(m_keyId); }

    /**
     * First 2 and last 4 characters around an ellipsis ("PKAB12CD34WXYZ" →
     * "PK…WXYZ"). Text of 8 characters or fewer would be mostly revealed that way,
     * so it becomes "…" plus at most its last 2 characters; empty stays empty.
     */
    [[nodiscard]] static QString mask(QStringView text);

    friend bool operator==(const Credentials &, const Credentials &) = default;

private:
    QString m_keyId;
    QString m_secretKey;
};

/** Prints "Credentials(PK…WXYZ)": the masked key id, never the secret. */
QDebug operator<<(QDebug debug, const Credentials &credentials);

} // namespace Elson
