// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "brokercredentials.h"
#include "error.h"
#include "result.h"
#include "tradingmode.h"

#include <QDialog>
#include <QFuture>
#include <QString>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class SettingsDialog;
}

namespace Elson {

class AppSettings;
class CredentialStore;

/**
 * Preferences: API keys per account (keychain, masked, tested against the host before
 * they are saved), risk limits, polling and the data feed, theme and language.
 *
 * OK and Apply check every field first and write nothing if one is wrong: the message
 * names the field and the rule, the tab with the field is shown and the dialog stays
 * open with everything the user typed. Keys are saved on their own (Save), because
 * that needs the network and the keychain, both asynchronous.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /**
     * Checks a key pair against @p mode's host (GET /v2/account) and answers with the
     * account number. The lead injects one over AlpacaClient (CredentialTester); tests
     * inject a fake.
     */
    using ConnectionTester =
        std::function<QFuture<Result<QString>>(TradingMode mode, const BrokerCredentials &)>;

    enum class Page { Credentials, Limits, Data, Appearance };

    /**
     * @p settings must outlive the dialog. @p store may be nullptr (no keychain: the
     * Credentials page says so); @p tester may be empty (keys cannot be tested or saved).
     */
    SettingsDialog(AppSettings *settings, CredentialStore *store, ConnectionTester tester,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    /** Checks every field and writes them; false (and a message) when one is wrong. */
    bool apply();
    /** The message of the last failed check or credential action ("" when none). */
    [[nodiscard]] QString errorText() const;
    /** The status line of @p profile's keys ("Saved in the keychain: PK…WXYZ", …). */
    [[nodiscard]] QString credentialStatus(TradingMode profile) const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /** A tested key pair was stored; the lead journals it (never the secret) and reloads. */
    void credentialsSaved(Elson::TradingMode profile, const QString &maskedKeyId,
                          const QString &accountNumber);
    void credentialsCleared(Elson::TradingMode profile);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Profile
    {
        TradingMode mode = TradingMode::Paper;
        QLineEdit *key = nullptr;
        QLineEdit *secret = nullptr;
        QLabel *status = nullptr;
        QPushButton *test = nullptr;
        QPushButton *save = nullptr;
        QPushButton *clear = nullptr;
        BrokerCredentials saved; ///< loaded from the keychain (memory only)
        BrokerCredentials pending; ///< tested, being written to the keychain
        QString pendingAccount;
        bool busy = false;
    };

    void load();
    void connectProfile(Profile &profile);
    Profile &profile(TradingMode mode);
    [[nodiscard]] const Profile &profile(TradingMode mode) const;
    void setStatus(Profile &profile, const QString &text, bool error);
    void updateProfileButtons(Profile &profile);
    /** The key pair typed in, or the saved one when both fields are empty. */
    [[nodiscard]] Result<BrokerCredentials> credentialsFor(const Profile &profile,
                                                           bool forSaving) const;
    void testConnection(TradingMode mode);
    void saveCredentials(TradingMode mode);
    void clearCredentials(TradingMode mode);
    void onLoaded(TradingMode mode, const BrokerCredentials &credentials, const Error &error);
    void onStored(TradingMode mode, const Error &error);
    void onRemoved(TradingMode mode, const Error &error);
    void showError(QWidget *field, const QString &message);
    void clearError();
    void updateEnvironmentNote();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings *m_settings = nullptr;
    CredentialStore *m_store = nullptr;
    ConnectionTester m_tester;
    Profile m_paper;
    Profile m_live;
    QWidget *m_errorField = nullptr;
};

} // namespace Elson
