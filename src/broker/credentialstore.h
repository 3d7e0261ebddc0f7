// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "brokercredentials.h"
#include "error.h"
#include "result.h"
#include "tradingmode.h"

#include <QObject>
#include <QString>

#include <optional>

class QProcessEnvironment;

namespace Elson {

/**
 * Alpaca key pairs in the operating system's keychain (Secret Service / libsecret on
 * Linux, Keychain on macOS, Credential Manager on Windows) through QtKeychain. One entry
 * per profile under the service "Elson Terminal": "alpaca-paper" and "alpaca-live",
 * each holding the key id and the secret together.
 *
 * Every call is asynchronous and answers with exactly one signal, always after the call
 * has returned (never from inside it). A failure is an Error value (code NotFound,
 * Unauthorized or Internal) with a translated message and extra "reason": not_found,
 * no_keyring, locked, denied or other. The secret never appears in a message, a log
 * line, QDebug output or a settings file: the insecure plain-text fallback is off.
 */
class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *DefaultService = "Elson Terminal";

    /** Why a keychain call failed, as the "reason" of its Error. */
    enum class Failure { None, NotFound, NoKeyring, Locked, Denied, Other };

    /** A store over @p service (tests use their own service name). */
    explicit CredentialStore(QString service = QString::fromLatin1(DefaultService),
                             QObject *parent = nullptr);
    ~CredentialStore() override;
    Q_DISABLE_COPY_MOVE(CredentialStore)

    [[nodiscard]] const QString &service() const { return m_service; }
    /** The keychain entry of a profile: "alpaca-paper" or "alpaca-live". */
    [[nodiscard]] static QString entryKey(TradingMode profile);

    /** Writes (or overwrites) @p profile's key pair; answers with stored(). */
    void store(TradingMode profile, const BrokerCredentials &credentials);
    /** Reads @p profile's key pair; answers with loaded(). */
    void load(TradingMode profile);
    /** Deletes @p profile's key pair (deleting a missing entry succeeds); answers with removed().
     */
    void remove(TradingMode profile);

    /**
     * Stores the key pair of the environment (ALPACA_API_KEY/ALPACA_SECRET_KEY or
     * APCA_API_KEY_ID/APCA_API_SECRET_KEY) under @p profile, or — when none is given —
     * under the profile its prefix suggests (PK → paper, AK → live). Returns the profile
     * and answers with stored(); fails at once, storing nothing, when the environment
     * holds no complete pair, the profile cannot be told, or a PK key is offered as live.
     * (Validating the pair against the host before saving is the broker's job.)
     */
    [[nodiscard]] Result<TradingMode>
    importFromEnvironment(const QProcessEnvironment &environment,
                          std::optional<TradingMode> profile = std::nullopt);

    /**
     * The Error for a QtKeychain result: @p keychainError is a QKeychain::Error value,
     * @p detail its errorString(). Public for tests; the secret is never an input.
     */
    [[nodiscard]] static Error keychainError(int keychainError, const QString &detail,
                                             TradingMode profile);
    /** The Failure of an error this class produced. */
    [[nodiscard]] static Failure failureOf(const Error &error);
    /** "not_found", "no_keyring", "locked", "denied", "other" ("" for None). */
    [[nodiscard]] static QString failureName(Failure failure);

Q_SIGNALS:
    /** @p error.isError() is false on success. */
    void stored(Elson::TradingMode profile, const Elson::Error &error);
    /** @p credentials is empty unless @p error.isError() is false. */
    void loaded(Elson::TradingMode profile, const Elson::BrokerCredentials &credentials,
                const Elson::Error &error);
    void removed(Elson::TradingMode profile, const Elson::Error &error);

private:
    QString m_service;
};

} // namespace Elson
