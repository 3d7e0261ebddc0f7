// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "brokercredentials.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <functional>

class QProcessEnvironment;
class QSettings;

namespace Elson {

/** Where this installation runs; only Production may ever trade live. */
enum class DeploymentEnvironment { Development, Staging, Production };

/** Which broker the terminal talks to by default: Alpaca, or the embedded exchange. */
enum class BrokerKind { Alpaca, Sim };

/**
 * The broker layer's configuration, read from the process environment over the
 * user's settings (the environment wins; an empty variable counts as unset):
 *
 * | Variable | Settings key | Values | Default |
 * |---|---|---|---|
 * | ENVIRONMENT | trading/environment | development, staging, production | development |
 * | LIVE_TRADING_ENABLED | trading/liveTradingEnabled | boolean | false |
 * | USE_PAPER_TRADING | trading/usePaperTrading | boolean | true |
 * | DEFAULT_BROKER | trading/defaultBroker | alpaca, sim | alpaca |
 * | ALPACA_API_KEY or APCA_API_KEY_ID | — | key id | none |
 * | ALPACA_SECRET_KEY or APCA_API_SECRET_KEY | — | secret | none |
 *
 * Booleans are strict: true/false/1/0/yes/no (any case, surrounding blanks ignored);
 * anything else is an error naming the variable, never a silent default. Secrets are
 * read from the environment only: settings are plain text and never hold them.
 * Host overrides (ALPACA_PAPER_URL, …) belong to the client's AlpacaEndpoints.
 */
struct BrokerConfig
{
    Q_DECLARE_TR_FUNCTIONS(BrokerConfig)

public:
    /** Reads one settings key; an invalid QVariant means "not set". */
    using SettingsLookup = std::function<QVariant(const QString &key)>;

    static constexpr const char *EnvironmentVariable = "ENVIRONMENT";
    static constexpr const char *LiveTradingEnabledVariable = "LIVE_TRADING_ENABLED";
    static constexpr const char *UsePaperTradingVariable = "USE_PAPER_TRADING";
    static constexpr const char *DefaultBrokerVariable = "DEFAULT_BROKER";
    static constexpr const char *ApiKeyVariable = "ALPACA_API_KEY";
    static constexpr const char *SecretKeyVariable = "ALPACA_SECRET_KEY";
    static constexpr const char *SdkApiKeyVariable = "APCA_API_KEY_ID";
    static constexpr const char *SdkSecretKeyVariable = "APCA_API_SECRET_KEY";

    static constexpr const char *EnvironmentKey = "trading/environment";
    static constexpr const char *LiveTradingEnabledKey = "trading/liveTradingEnabled";
    static constexpr const char *UsePaperTradingKey = "trading/usePaperTrading";
    static constexpr const char *DefaultBrokerKey = "trading/defaultBroker";

    DeploymentEnvironment environment = DeploymentEnvironment::Development;
    bool liveTradingEnabled = false;
    bool usePaperTrading = true;
    BrokerKind defaultBroker = BrokerKind::Alpaca;
    /** A key pair given in the environment (empty when none); it wins over the keychain. */
    BrokerCredentials environmentCredentials;

    /**
     * Reads the configuration. Fails with a Validation error whose field is the
     * variable (or settings key) at fault: a value outside its set, a key id without
     * a secret or the reverse, or the ALPACA_* and APCA_* spellings both set to
     * different values. No error message ever contains a secret.
     */
    [[nodiscard]] static Result<BrokerConfig> load(const QProcessEnvironment &environment,
                                                   const SettingsLookup &settings = {});
    /**
     * The key pair in the environment alone (ALPACA_* or APCA_*): empty when none is set,
     * an error when half of it is missing or the two spellings disagree.
     */
    [[nodiscard]] static Result<BrokerCredentials>
    credentialsFromEnvironment(const QProcessEnvironment &environment);
    /** A lookup over @p settings; the QSettings must outlive the lookup. */
    [[nodiscard]] static SettingsLookup lookupIn(const QSettings &settings);

    /** Strict boolean: true/false/1/0/yes/no, case-insensitive; @p source names the variable. */
    [[nodiscard]] static Result<bool> parseBool(QStringView text, const QString &source);
    [[nodiscard]] static Result<DeploymentEnvironment> parseEnvironment(QStringView text,
                                                                        const QString &source);
    [[nodiscard]] static Result<BrokerKind> parseBroker(QStringView text, const QString &source);

    /** "development", "staging", "production". */
    [[nodiscard]] static QString environmentName(DeploymentEnvironment environment);
    /** "alpaca", "sim". */
    [[nodiscard]] static QString brokerName(BrokerKind broker);

    friend bool operator==(const BrokerConfig &, const BrokerConfig &) = default;
};

} // namespace Elson
