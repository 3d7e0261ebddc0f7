// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "brokerconfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <qt6keychain/keychain.h>

namespace Elson {

namespace {

const QString kKeyId = QStringLiteral("key_id");
const QString kSecret = QStringLiteral("secret_key");
const QString kReason = QStringLiteral("reason");

Error failure(Error::Code code, CredentialStore::Failure reason, TradingMode profile,
              const QString &message, const QString &detail = {})
{
    Error error;
    error.code = code;
    error.field = CredentialStore::entryKey(profile);
    error.message = message;
    error.extra.insert(kReason, CredentialStore::failureName(reason));
    if (!detail.isEmpty())
        error.extra.insert(QStringLiteral("detail"), detail);
    return error;
}

QString profileName(TradingMode profile)
{
    return TradingModeNames::displayName(profile);
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::entryKey(TradingMode profile)
{
    return QStringLiteral("alpaca-") + TradingModeNames::wire(profile);
}

QString CredentialStore::failureName(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::NotFound:
        return QStringLiteral("not_found");
    case Failure::NoKeyring:
        return QStringLiteral("no_keyring");
    case Failure::Locked:
        return QStringLiteral("locked");
    case Failure::Denied:
        return QStringLiteral("denied");
    case Failure::Other:
        return QStringLiteral("other");
    }
    return {};
}

CredentialStore::Failure CredentialStore::failureOf(const Error &error)
{
    if (!error.isError())
        return Failure::None;
    const QString reason = error.extra.value(kReason).toString();
    for (Failure f : { Failure::NotFound, Failure::NoKeyring, Failure::Locked, Failure::Denied }) {
        if (reason == failureName(f))
            return f;
    }
    return Failure::Other;
}

Error CredentialStore::keychainError(int keychainError, const QString &detail, TradingMode profile)
{
    const QString name = profileName(profile);
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return failure(Error::Code::NotFound, Failure::NotFound, profile,
                       tr("No %1 credentials are stored in the keychain.").arg(name), detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return failure(Error::Code::Unauthorized, Failure::Denied, profile,
                       tr("Access to the keychain was denied, so the %1 credentials cannot be "
                          "used.")
                           .arg(name),
                       detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return failure(Error::Code::Internal, Failure::NoKeyring, profile,
                       tr("No keychain is available on this system; the %1 credentials can "
                          "only come from the environment.")
                           .arg(name),
                       detail);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports its D-Bus troubles as OtherError (platform notes): tell them apart.
    // A locked keyring names its collection ("…/collection/login"); a missing service names
    // the bus name org.freedesktop.secrets or fails to reach the bus at all.
    if (detail.contains(QStringLiteral("/collection/"))
        || detail.contains(QStringLiteral("locked"), Qt::CaseInsensitive)) {
        return failure(Error::Code::Internal, Failure::Locked, profile,
                       tr("The keychain is locked; unlock it and try again."), detail);
    }
    if (detail.contains(QStringLiteral("org.freedesktop.secrets"))
        || detail.contains(QStringLiteral("autolaunch"), Qt::CaseInsensitive)
        || detail.contains(QStringLiteral("D-Bus"), Qt::CaseInsensitive)
        || detail.contains(QStringLiteral("DBus"), Qt::CaseInsensitive)) {
        return failure(Error::Code::Internal, Failure::NoKeyring, profile,
                       tr("No keychain service is running (no Secret Service on the session "
                          "bus); the %1 credentials can only come from the environment.")
                           .arg(name),
                       detail);
    }
    return failure(Error::Code::Internal, Failure::Other, profile,
                   tr("The keychain could not handle the %1 credentials: %2").arg(name, detail),
                   detail);
}

void CredentialStore::store(TradingMode profile, const BrokerCredentials &credentials)
{
    if (credentials.isEmpty()) {
        const Error error = failure(Error::Code::Validation, Failure::Other, profile,
                                    tr("Both the key id and the secret are needed to store the "
                                       "%1 credentials.")
                                        .arg(profileName(profile)));
        QMetaObject::invokeMethod(
            this, [this, profile, error] { Q_EMIT stored(profile, error); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(profile));
    const QJsonObject entry { { kKeyId, credentials.keyId() },
                              { kSecret, credentials.secretKey() } };
    job->setBinaryData(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    // Connect before start(): without libsecret the job finishes inside start() (platform
    // notes). The answer is re-posted to the event loop, so it never arrives inside store().
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *finished) {
        const Error error = keychainError(finished->error(), finished->errorString(), profile);
        QMetaObject::invokeMethod(
            this, [this, profile, error] { Q_EMIT stored(profile, error); }, Qt::QueuedConnection);
    });
    job->start();
}

void CredentialStore::load(TradingMode profile)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(profile));
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *finished) {
        Error error = keychainError(finished->error(), finished->errorString(), profile);
        BrokerCredentials credentials;
        if (!error.isError()) {
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            const QJsonObject entry = QJsonDocument::fromJson(read->binaryData()).object();
            credentials =
                BrokerCredentials(entry.value(kKeyId).toString(), entry.value(kSecret).toString());
            if (credentials.isEmpty()) {
                // Never quote the entry: it may hold a secret.
                error = failure(Error::Code::Parse, Failure::Other, profile,
                                tr("The keychain entry for the %1 credentials is not readable; "
                                   "store them again.")
                                    .arg(profileName(profile)));
                credentials = {};
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, profile, credentials, error] { Q_EMIT loaded(profile, credentials, error); },
            Qt::QueuedConnection);
    });
    job->start();
}

void CredentialStore::remove(TradingMode profile)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(profile));
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *finished) {
        Error error = keychainError(finished->error(), finished->errorString(), profile);
        if (failureOf(error) == Failure::NotFound)
            error = {}; // already gone: the caller's wish is fulfilled
        QMetaObject::invokeMethod(
            this, [this, profile, error] { Q_EMIT removed(profile, error); }, Qt::QueuedConnection);
    });
    job->start();
}

Result<TradingMode> CredentialStore::importFromEnvironment(const QProcessEnvironment &environment,
                                                           std::optional<TradingMode> profile)
{
    const Result<BrokerCredentials> credentials =
        BrokerConfig::credentialsFromEnvironment(environment);
    if (!credentials)
        return credentials.error();
    if (credentials->isEmpty()) {
        return Error::validation(QString::fromLatin1(BrokerConfig::ApiKeyVariable),
                                 tr("There are no credentials to import: set %1 and %2.")
                                     .arg(QString::fromLatin1(BrokerConfig::ApiKeyVariable),
                                          QString::fromLatin1(BrokerConfig::SecretKeyVariable)));
    }
    const QString prefix = credentials->keyPrefix();
    if (!profile) {
        if (prefix == u"PK")
            profile = TradingMode::Paper;
        else if (prefix == u"AK")
            profile = TradingMode::Live;
        else
            return Error::validation(QString::fromLatin1(BrokerConfig::ApiKeyVariable),
                                     tr("The key %1 is neither a paper (PK…) nor a live (AK…) "
                                        "key; say which account it is for.")
                                         .arg(credentials->maskedKeyId()));
    }
    if (*profile == TradingMode::Live && credentials->looksLikePaperKey()) {
        Error error = Error::validation(QString::fromLatin1(BrokerConfig::ApiKeyVariable),
                                        tr("The key %1 is a paper key (PK…); it cannot be stored "
                                           "as the live credentials.")
                                            .arg(credentials->maskedKeyId()));
        error.code = Error::Code::Safety;
        return error;
    }
    store(*profile, credentials.value());
    return *profile;
}

} // namespace Elson
