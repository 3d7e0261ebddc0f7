// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Elson {

class BrokerCredentials;

/**
 * What the safety layer may know about a key pair without holding it: whether it is
 * there, its two-character prefix, and whether GET /v2/account succeeded with it on
 * the live host. The broker sets validatedAgainstLive after that request; nothing
 * else may.
 */
struct CredentialState
{
    bool present = false;
    QString keyPrefix; ///< first two characters of the key id, upper case ("PK", "AK")
    bool validatedAgainstLive = false;

    /** The state of @p credentials (present when both halves are set). */
    [[nodiscard]] static CredentialState of(const BrokerCredentials &credentials,
                                            bool validatedAgainstLive = false);
    /** A paper key by its prefix; refuse-only (see BrokerCredentials::looksLikePaperKey()). */
    [[nodiscard]] bool isPaperKey() const
    {
        return keyPrefix.compare(u"PK", Qt::CaseInsensitive) == 0;
    }

    friend bool operator==(const CredentialState &, const CredentialState &) = default;
};

} // namespace Elson
