// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alpacaendpoints.h"
#include "brokercredentials.h"
#include "result.h"
#include "settingsdialog.h"
#include "tradingmode.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace Elson {

/**
 * The settings dialog's "Test connection" and "Save" check, over the network: GET
 * /v2/account on the paper or live host with the key pair, answering with the account
 * number. One short-lived AlpacaClient per check; nothing is kept or logged but the
 * masked key id.
 */
class CredentialTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialTester)

public:
    explicit CredentialTester(AlpacaEndpoints endpoints, QObject *parent = nullptr);
    ~CredentialTester() override;

    /** Checks @p credentials against @p mode's host. */
    QFuture<Result<QString>> test(TradingMode mode, const BrokerCredentials &credentials);
    /** test() as a SettingsDialog::ConnectionTester; fails cleanly once this is gone. */
    [[nodiscard]] SettingsDialog::ConnectionTester tester();

    /** Per check, so a dead host does not hold the dialog for long. */
    int transferTimeoutMs = 10'000;

private:
    AlpacaEndpoints m_endpoints;
};

} // namespace Elson
