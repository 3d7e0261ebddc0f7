// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerconfig.h"

#include <QProcessEnvironment>
#include <QSettings>

namespace Elson {

namespace {

/** A setting's raw text and where it came from (a variable or a settings key). */
struct Raw
{
    QString text;
    QString source;
    bool isSet = false;
};

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

Raw fromEnvironment(const QProcessEnvironment &environment, const char *variable)
{
    const QString name = latin1(variable);
    const QString value = environment.value(name);
    if (value.trimmed().isEmpty())
        return {};
    return { value, name, true };
}

/** The environment variable if set, else the settings key, else unset. */
Raw lookup(const QProcessEnvironment &environment, const char *variable,
           const BrokerConfig::SettingsLookup &settings, const char *key)
{
    Raw raw = fromEnvironment(environment, variable);
    if (raw.isSet || !settings)
        return raw;
    const QString keyName = latin1(key);
    const QVariant value = settings(keyName);
    if (!value.isValid() || value.isNull())
        return {};
    // QSettings gives bool for native formats and text for INI files; both are read as text.
    const QString text = value.typeId() == QMetaType::Bool
        ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
        : value.toString();
    if (text.trimmed().isEmpty())
        return {};
    return { text, keyName, true };
}

/** One half of the key pair: ALPACA_* or APCA_*; both set and different is an error. */
Result<QString> credentialHalf(const QProcessEnvironment &environment, const char *primary,
                               const char *sdk)
{
    const Raw a = fromEnvironment(environment, primary);
    const Raw b = fromEnvironment(environment, sdk);
    if (a.isSet && b.isSet && a.text.trimmed() != b.text.trimmed()) {
        // Never echo either value: one of them is, or may be, a secret.
        return Error::validation(
            latin1(primary),
            BrokerConfig::tr("%1 and %2 are both set and differ; set only one of them")
                .arg(latin1(primary), latin1(sdk)));
    }
    if (a.isSet)
        return a.text.trimmed();
    if (b.isSet)
        return b.text.trimmed();
    return QString();
}

} // namespace

Result<bool> BrokerConfig::parseBool(QStringView text, const QString &source)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"true" || t == u"1" || t == u"yes")
        return true;
    if (t == u"false" || t == u"0" || t == u"no")
        return false;
    return Error::validation(
        source,
        tr("%1 must be true or false (also 1/0, yes/no), not \"%2\"").arg(source, text.toString()));
}

Result<DeploymentEnvironment> BrokerConfig::parseEnvironment(QStringView text,
                                                             const QString &source)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"development")
        return DeploymentEnvironment::Development;
    if (t == u"staging")
        return DeploymentEnvironment::Staging;
    if (t == u"production")
        return DeploymentEnvironment::Production;
    return Error::validation(source,
                             tr("%1 must be development, staging or production, not \"%2\"")
                                 .arg(source, text.toString()));
}

Result<BrokerKind> BrokerConfig::parseBroker(QStringView text, const QString &source)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"alpaca")
        return BrokerKind::Alpaca;
    if (t == u"sim")
        return BrokerKind::Sim;
    return Error::validation(
        source, tr("%1 must be alpaca or sim, not \"%2\"").arg(source, text.toString()));
}

QString BrokerConfig::environmentName(DeploymentEnvironment environment)
{
    switch (environment) {
    case DeploymentEnvironment::Development:
        return QStringLiteral("development");
    case DeploymentEnvironment::Staging:
        return QStringLiteral("staging");
    case DeploymentEnvironment::Production:
        return QStringLiteral("production");
    }
    return {};
}

QString BrokerConfig::brokerName(BrokerKind broker)
{
    return broker == BrokerKind::Sim ? QStringLiteral("sim") : QStringLiteral("alpaca");
}

BrokerConfig::SettingsLookup BrokerConfig::lookupIn(const QSettings &settings)
{
    const QSettings *source = &settings;
    return [source](const QString &key) { return source->value(key); };
}

Result<BrokerCredentials>
BrokerConfig::credentialsFromEnvironment(const QProcessEnvironment &environment)
{
    const Result<QString> keyId = credentialHalf(environment, ApiKeyVariable, SdkApiKeyVariable);
    if (!keyId)
        return keyId.error();
    const Result<QString> secret =
        credentialHalf(environment, SecretKeyVariable, SdkSecretKeyVariable);
    if (!secret)
        return secret.error();
    if (!keyId->isEmpty() && secret->isEmpty()) {
        return Error::validation(latin1(SecretKeyVariable),
                                 tr("%1 is set but %2 is not; give both halves of the key pair")
                                     .arg(latin1(ApiKeyVariable), latin1(SecretKeyVariable)));
    }
    if (keyId->isEmpty() && !secret->isEmpty()) {
        return Error::validation(latin1(ApiKeyVariable),
                                 tr("%1 is set but %2 is not; give both halves of the key pair")
                                     .arg(latin1(SecretKeyVariable), latin1(ApiKeyVariable)));
    }
    return BrokerCredentials(keyId.value(), secret.value());
}

Result<BrokerConfig> BrokerConfig::load(const QProcessEnvironment &environment,
                                        const SettingsLookup &settings)
{
    BrokerConfig config;

    if (const Raw raw = lookup(environment, EnvironmentVariable, settings, EnvironmentKey);
        raw.isSet) {
        const Result<DeploymentEnvironment> parsed = parseEnvironment(raw.text, raw.source);
        if (!parsed)
            return parsed.error();
        config.environment = parsed.value();
    }
    struct Flag
    {
        const char *variable;
        const char *key;
        bool *target;
    };
    const Flag flags[] = {
        { LiveTradingEnabledVariable, LiveTradingEnabledKey, &config.liveTradingEnabled },
        { UsePaperTradingVariable, UsePaperTradingKey, &config.usePaperTrading },
    };
    for (const Flag &flag : flags) {
        const Raw raw = lookup(environment, flag.variable, settings, flag.key);
        if (!raw.isSet)
            continue;
        const Result<bool> parsed = parseBool(raw.text, raw.source);
        if (!parsed)
            return parsed.error();
        *flag.target = parsed.value();
    }
    if (const Raw raw = lookup(environment, DefaultBrokerVariable, settings, DefaultBrokerKey);
        raw.isSet) {
        const Result<BrokerKind> parsed = parseBroker(raw.text, raw.source);
        if (!parsed)
            return parsed.error();
        config.defaultBroker = parsed.value();
    }

    const Result<BrokerCredentials> credentials = credentialsFromEnvironment(environment);
    if (!credentials)
        return credentials.error();
    config.environmentCredentials = credentials.value();
    return config;
}

} // namespace Elson
