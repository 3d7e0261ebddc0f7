// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialtester.h"

#include "alpacaclient.h"

#include <QPointer>

namespace Elson {

CredentialTester::CredentialTester(AlpacaEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
{
}

CredentialTester::~CredentialTester() = default;

QFuture<Result<QString>> CredentialTester::test(TradingMode mode,
                                                const BrokerCredentials &credentials)
{
    AlpacaClient::Options options;
    options.endpoints = m_endpoints;
    options.environment =
        mode == TradingMode::Live ? TradingEnvironment::Live : TradingEnvironment::Paper;
    options.transferTimeoutMs = transferTimeoutMs;
    auto *client =
        new AlpacaClient(Credentials(credentials.keyId(), credentials.secretKey()), options, this);
    return client->account().then(this, [client](Result<Account> account) {
        client->deleteLater();
        if (!account)
            return Result<QString>(account.error());
        return Result<QString>(account.value().accountNumber);
    });
}

SettingsDialog::ConnectionTester CredentialTester::tester()
{
    QPointer<CredentialTester> self(this);
    return [self](TradingMode mode, const BrokerCredentials &credentials) {
        if (!self) {
            return QtFuture::makeReadyFuture(Result<QString>(
                Error::validation(QString(), tr("The connection test is no longer available."))));
        }
        return self->test(mode, credentials);
    };
}

} // namespace Elson
