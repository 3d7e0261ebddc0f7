// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "appsettings.h"
#include "brokerconfig.h"
#include "credentialstore.h"
#include "decimalformatter.h"
#include "theme.h"

#include <QMessageBox>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>

namespace Elson {

namespace {

QLocale inputLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QColor errorColour(const QPalette &palette)
{
    return Theme::isDark(palette) ? QColor(0xef, 0x53, 0x50) : QColor(0xb7, 0x1c, 0x1c);
}

int toMs(double seconds)
{
    return qRound(seconds * 1000.0);
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, CredentialStore *store,
                               ConnectionTester tester, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_store(store)
    , m_tester(std::move(tester))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();

    m_paper = { TradingMode::Paper,
                m_ui->paperKeyEdit,
                m_ui->paperSecretEdit,
                m_ui->paperStatusLabel,
                m_ui->paperTestButton,
                m_ui->paperSaveButton,
                m_ui->paperClearButton,
                {},
                {},
                {},
                false };
    m_live = { TradingMode::Live,
               m_ui->liveKeyEdit,
               m_ui->liveSecretEdit,
               m_ui->liveStatusLabel,
               m_ui->liveTestButton,
               m_ui->liveSaveButton,
               m_ui->liveClearButton,
               {},
               {},
               {},
               false };
    connectProfile(m_paper);
    connectProfile(m_live);
    updateEnvironmentNote();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this]() { apply(); });

    if (m_store) {
        connect(m_store, &CredentialStore::loaded, this, &SettingsDialog::onLoaded);
        connect(m_store, &CredentialStore::stored, this, &SettingsDialog::onStored);
        connect(m_store, &CredentialStore::removed, this, &SettingsDialog::onRemoved);
        for (Profile *p : { &m_paper, &m_live }) {
            setStatus(*p, tr("Reading the keychain…"), false);
            m_store->load(p->mode);
        }
    } else {
        for (Profile *p : { &m_paper, &m_live })
            setStatus(*p, tr("No keychain is available on this system; keys cannot be saved."),
                      true);
    }
    for (Profile *p : { &m_paper, &m_live })
        updateProfileButtons(*p);
    load();
}

SettingsDialog::~SettingsDialog() = default;

// --- the settings pages ---------------------------------------------------------------------

void SettingsDialog::load()
{
    const QLocale locale = inputLocale();
    const UserLimits limits = m_settings->limits();
    auto show = [&locale](QLineEdit *edit, const std::optional<Decimal> &value) {
        edit->setText(value ? DecimalFormatter::format(*value, locale, 0, Decimal::MaxScale)
                            : QString());
    };
    show(m_ui->maxOrderValueEdit, limits.maxOrderValue);
    show(m_ui->maxOrderQtyEdit, limits.maxOrderQty);
    show(m_ui->maxPositionValueEdit, limits.maxPositionValue);
    show(m_ui->maxDailyLossEdit, limits.maxDailyLoss);
    show(m_ui->priceCollarEdit, limits.priceCollarPercent);
    m_ui->duplicateWindowSpin->setValue(int(limits.duplicateWindowSeconds));
    QStringList allowed(limits.allowedSymbols.cbegin(), limits.allowedSymbols.cend());
    allowed.sort();
    m_ui->allowedSymbolsEdit->setText(allowed.join(QStringLiteral(", ")));
    m_ui->reviewPaperCheck->setChecked(m_settings->reviewPaperOrders());
    m_ui->liveIdleSpin->setValue(m_settings->liveIdleTimeoutMinutes());

    const AppSettings::PollingIntervals polling = m_settings->pollingIntervals();
    m_ui->accountPollSpin->setValue(polling.accountMs / 1000.0);
    m_ui->positionsPollSpin->setValue(polling.positionsMs / 1000.0);
    m_ui->ordersPollSpin->setValue(polling.ordersMs / 1000.0);
    m_ui->clockPollSpin->setValue(polling.clockMs / 1000.0);
    m_ui->quotesPollSpin->setValue(polling.quotesMs / 1000.0);
    m_ui->feedCombo->setCurrentIndex(int(AppSettings::dataFeeds().indexOf(m_settings->dataFeed())));
    m_ui->themeCombo->setCurrentIndex(int(AppSettings::themes().indexOf(m_settings->theme())));
    m_ui->languageCombo->setCurrentIndex(
        int(AppSettings::languages().indexOf(m_settings->language())));
}

void SettingsDialog::showPage(Page page)
{
    QWidget *pages[] = { m_ui->credentialsTab, m_ui->limitsTab, m_ui->dataTab,
                         m_ui->appearanceTab };
    m_ui->tabWidget->setCurrentWidget(pages[int(page)]);
}

bool SettingsDialog::apply()
{
    clearError();
    const QLocale locale = inputLocale();

    // Read every limit field; the first that does not parse is the error.
    struct LimitField
    {
        QLineEdit *edit;
        std::optional<Decimal> UserLimits::*member;
        QLabel *label;
    };
    const LimitField fields[] = {
        { m_ui->maxOrderValueEdit, &UserLimits::maxOrderValue, m_ui->maxOrderValueLabel },
        { m_ui->maxOrderQtyEdit, &UserLimits::maxOrderQty, m_ui->maxOrderQtyLabel },
        { m_ui->maxPositionValueEdit, &UserLimits::maxPositionValue, m_ui->maxPositionValueLabel },
        { m_ui->maxDailyLossEdit, &UserLimits::maxDailyLoss, m_ui->maxDailyLossLabel },
        { m_ui->priceCollarEdit, &UserLimits::priceCollarPercent, m_ui->priceCollarLabel },
    };
    UserLimits limits;
    for (const LimitField &f : fields) {
        const QString text = f.edit->text().trimmed();
        if (text.isEmpty()) {
            limits.*(f.member) = std::nullopt;
            continue;
        }
        QString label = f.label->text();
        label.remove(u'&');
        if (label.endsWith(u':'))
            label.chop(1);
        const Result<Decimal> value = DecimalFormatter::parse(text, locale, label);
        if (!value) {
            const QString &why = value.error().message;
            showError(f.edit, why.contains(label) ? why : tr("%1: %2").arg(label, why));
            return false;
        }
        limits.*(f.member) = value.value();
    }
    limits.duplicateWindowSeconds = m_ui->duplicateWindowSpin->value();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &symbol :
         m_ui->allowedSymbolsEdit->text().split(separators, Qt::SkipEmptyParts))
        limits.allowedSymbols.insert(symbol.toUpper());

    if (const std::optional<Error> error = AppSettings::validateLimits(limits)) {
        const QHash<QString, QWidget *> widgets {
            { QString::fromLatin1(AppSettings::MaxOrderValueKey), m_ui->maxOrderValueEdit },
            { QString::fromLatin1(AppSettings::MaxOrderQtyKey), m_ui->maxOrderQtyEdit },
            { QString::fromLatin1(AppSettings::MaxPositionValueKey), m_ui->maxPositionValueEdit },
            { QString::fromLatin1(AppSettings::MaxDailyLossKey), m_ui->maxDailyLossEdit },
            { QString::fromLatin1(AppSettings::PriceCollarPercentKey), m_ui->priceCollarEdit },
            { AppSettings::DuplicateWindowSeconds.name(), m_ui->duplicateWindowSpin },
            { QString::fromLatin1(AppSettings::AllowedSymbolsKey), m_ui->allowedSymbolsEdit },
        };
        showError(widgets.value(error->field, m_ui->limitsTab), error->message);
        return false;
    }
    if (const std::optional<Error> error =
            AppSettings::validateLiveIdleTimeout(m_ui->liveIdleSpin->value())) {
        showError(m_ui->liveIdleSpin, error->message);
        return false;
    }

    AppSettings::PollingIntervals polling;
    polling.accountMs = toMs(m_ui->accountPollSpin->value());
    polling.positionsMs = toMs(m_ui->positionsPollSpin->value());
    polling.ordersMs = toMs(m_ui->ordersPollSpin->value());
    polling.clockMs = toMs(m_ui->clockPollSpin->value());
    polling.quotesMs = toMs(m_ui->quotesPollSpin->value());
    if (const std::optional<Error> error = AppSettings::validatePolling(polling)) {
        const QHash<QString, QWidget *> widgets {
            { AppSettings::AccountPollMs.name(), m_ui->accountPollSpin },
            { AppSettings::PositionsPollMs.name(), m_ui->positionsPollSpin },
            { AppSettings::OrdersPollMs.name(), m_ui->ordersPollSpin },
            { AppSettings::ClockPollMs.name(), m_ui->clockPollSpin },
            { AppSettings::QuotesPollMs.name(), m_ui->quotesPollSpin },
        };
        showError(widgets.value(error->field, m_ui->dataTab), error->message);
        return false;
    }

    // Everything is valid: write it all.
    m_settings->setLimits(limits);
    m_settings->setReviewPaperOrders(m_ui->reviewPaperCheck->isChecked());
    m_settings->setLiveIdleTimeoutMinutes(m_ui->liveIdleSpin->value());
    m_settings->setPollingIntervals(polling);
    m_settings->setDataFeed(AppSettings::dataFeeds().value(m_ui->feedCombo->currentIndex()));
    m_settings->setTheme(AppSettings::themes().value(m_ui->themeCombo->currentIndex()));
    m_settings->setLanguage(AppSettings::languages().value(m_ui->languageCombo->currentIndex()));
    m_settings->sync();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

QString SettingsDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void SettingsDialog::showError(QWidget *field, const QString &message)
{
    clearError();
    QPalette labelPalette = m_ui->errorLabel->palette();
    labelPalette.setColor(QPalette::WindowText, errorColour(palette()));
    m_ui->errorLabel->setPalette(labelPalette);
    QString page;
    for (int i = 0; i < m_ui->tabWidget->count(); ++i) {
        QWidget *tab = m_ui->tabWidget->widget(i);
        if (field && (tab == field || tab->isAncestorOf(field))) {
            m_ui->tabWidget->setCurrentIndex(i);
            page = m_ui->tabWidget->tabText(i);
        }
    }
    m_ui->errorLabel->setText(page.isEmpty() ? message : tr("%1: %2").arg(page, message));
    m_ui->errorLabel->show();
    if (field && field != m_ui->tabWidget->currentWidget()) {
        // A tint of the error colour, readable in both themes.
        QPalette p = field->palette();
        const QColor base = p.color(QPalette::Base);
        const QColor error = errorColour(palette());
        p.setColor(QPalette::Base,
                   QColor::fromRgbF(float(base.redF() * 0.78 + error.redF() * 0.22),
                                    float(base.greenF() * 0.78 + error.greenF() * 0.22),
                                    float(base.blueF() * 0.78 + error.blueF() * 0.22)));
        field->setPalette(p);
        field->setFocus(Qt::OtherFocusReason);
        m_errorField = field;
    }
}

void SettingsDialog::clearError()
{
    m_ui->errorLabel->hide();
    m_ui->errorLabel->clear();
    if (m_errorField) {
        m_errorField->setPalette(QPalette());
        m_errorField = nullptr;
    }
}

// --- credentials ----------------------------------------------------------------------------

SettingsDialog::Profile &SettingsDialog::profile(TradingMode mode)
{
    return mode == TradingMode::Live ? m_live : m_paper;
}

const SettingsDialog::Profile &SettingsDialog::profile(TradingMode mode) const
{
    return mode == TradingMode::Live ? m_live : m_paper;
}

QString SettingsDialog::credentialStatus(TradingMode mode) const
{
    return profile(mode).status->text();
}

void SettingsDialog::connectProfile(Profile &p)
{
    const TradingMode mode = p.mode;
    connect(p.test, &QPushButton::clicked, this, [this, mode]() { testConnection(mode); });
    connect(p.save, &QPushButton::clicked, this, [this, mode]() { saveCredentials(mode); });
    connect(p.clear, &QPushButton::clicked, this, [this, mode]() { clearCredentials(mode); });
    // The secret is never offered to the clipboard or to input-method prediction.
    p.secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                  | Qt::ImhNoPredictiveText);
}

void SettingsDialog::setStatus(Profile &p, const QString &text, bool error)
{
    if (error) {
        QPalette palette = p.status->palette();
        palette.setColor(QPalette::WindowText, errorColour(this->palette()));
        p.status->setPalette(palette);
    } else {
        p.status->setPalette(QPalette()); // the theme's own text colour
    }
    p.status->setText(text);
}

void SettingsDialog::updateProfileButtons(Profile &p)
{
    const bool canTest = bool(m_tester) && !p.busy;
    p.test->setEnabled(canTest);
    p.save->setEnabled(canTest && m_store);
    p.clear->setEnabled(m_store && !p.busy && !p.saved.isEmpty());
    if (!m_tester) {
        p.test->setToolTip(tr("Testing keys is not available here."));
        p.save->setToolTip(p.test->toolTip());
    }
}

Result<BrokerCredentials> SettingsDialog::credentialsFor(const Profile &p, bool forSaving) const
{
    const QString key = p.key->text().trimmed();
    const QString secret = p.secret->text().trimmed();
    const QString keyLabel = p.mode == TradingMode::Live ? tr("Live key ID") : tr("Paper key ID");
    const QString secretLabel =
        p.mode == TradingMode::Live ? tr("Live secret") : tr("Paper secret");
    if (key.isEmpty() && secret.isEmpty() && !forSaving) {
        if (p.saved.isEmpty())
            return Error::validation(keyLabel,
                                     tr("%1: enter a key ID and its secret.").arg(keyLabel));
        return p.saved;
    }
    if (key.isEmpty())
        return Error::validation(keyLabel, tr("%1: required.").arg(keyLabel));
    if (secret.isEmpty())
        return Error::validation(
            secretLabel, tr("%1: required (it is never shown again once saved).").arg(secretLabel));
    if (key.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Error::validation(keyLabel, tr("%1: must not contain spaces.").arg(keyLabel));
    const BrokerCredentials credentials(key, secret);
    if (p.mode == TradingMode::Live && credentials.looksLikePaperKey()) {
        return Error::validation(keyLabel,
                                 tr("%1: %2 is a paper key (PK…); the live account needs a "
                                    "live key.")
                                     .arg(keyLabel, credentials.maskedKeyId()));
    }
    return credentials;
}

void SettingsDialog::testConnection(TradingMode mode)
{
    Profile &p = profile(mode);
    const Result<BrokerCredentials> credentials = credentialsFor(p, false);
    if (!credentials) {
        setStatus(p, credentials.error().message, true);
        return;
    }
    if (!m_tester)
        return;
    p.busy = true;
    updateProfileButtons(p);
    const QString masked = credentials.value().maskedKeyId();
    setStatus(p, tr("Testing %1…").arg(masked), false);
    m_tester(mode, credentials.value()).then(this, [this, mode, masked](Result<QString> result) {
        Profile &q = profile(mode);
        q.busy = false;
        updateProfileButtons(q);
        if (result) {
            setStatus(q, tr("%1 works: account %2.").arg(masked, result.value()), false);
        } else {
            setStatus(q, tr("%1 was refused: %2").arg(masked, result.error().message), true);
        }
    });
}

void SettingsDialog::saveCredentials(TradingMode mode)
{
    Profile &p = profile(mode);
    const Result<BrokerCredentials> credentials = credentialsFor(p, true);
    if (!credentials) {
        setStatus(p, credentials.error().message, true);
        const bool secretMissing =
            !p.key->text().trimmed().isEmpty() && p.secret->text().trimmed().isEmpty();
        (secretMissing ? p.secret : p.key)->setFocus();
        return;
    }
    if (!m_tester || !m_store)
        return;
    p.busy = true;
    updateProfileButtons(p);
    const BrokerCredentials pair = credentials.value();
    setStatus(p, tr("Checking %1 with Alpaca before saving…").arg(pair.maskedKeyId()), false);
    m_tester(mode, pair).then(this, [this, mode, pair](Result<QString> result) {
        Profile &q = profile(mode);
        if (!result) {
            q.busy = false;
            updateProfileButtons(q);
            setStatus(
                q,
                tr("Not saved: %1 was refused: %2").arg(pair.maskedKeyId(), result.error().message),
                true);
            return;
        }
        q.pending = pair;
        q.pendingAccount = result.value();
        setStatus(q, tr("Saving %1 in the keychain…").arg(pair.maskedKeyId()), false);
        m_store->store(mode, pair);
    });
}

void SettingsDialog::clearCredentials(TradingMode mode)
{
    if (!m_store)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove keys"),
                                tr("Remove the %1 account's keys from the keychain?")
                                    .arg(TradingModeNames::displayName(mode)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("clearConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, mode](int result) {
        if (result != QMessageBox::Yes)
            return;
        Profile &p = profile(mode);
        p.busy = true;
        updateProfileButtons(p);
        m_store->remove(mode);
    });
    box->open();
}

void SettingsDialog::onLoaded(TradingMode mode, const BrokerCredentials &credentials,
                              const Error &error)
{
    Profile &p = profile(mode);
    if (!error.isError() && !credentials.isEmpty()) {
        p.saved = credentials;
        p.key->setPlaceholderText(credentials.maskedKeyId());
        setStatus(p, tr("Saved in the keychain: %1").arg(credentials.maskedKeyId()), false);
    } else if (CredentialStore::failureOf(error) == CredentialStore::Failure::NotFound
               || (!error.isError() && credentials.isEmpty())) {
        setStatus(p, tr("No keys saved."), false);
    } else {
        setStatus(p, tr("Keychain: %1").arg(error.message), true);
    }
    updateProfileButtons(p);
}

void SettingsDialog::onStored(TradingMode mode, const Error &error)
{
    Profile &p = profile(mode);
    if (p.pending.isEmpty())
        return; // someone else's store
    p.busy = false;
    const BrokerCredentials pair = p.pending;
    const QString account = p.pendingAccount;
    p.pending = {};
    p.pendingAccount.clear();
    if (error.isError()) {
        // The typed keys stay in the fields so nothing is lost.
        setStatus(p, tr("Not saved: the keychain refused: %1").arg(error.message), true);
        updateProfileButtons(p);
        return;
    }
    p.saved = pair;
    p.key->clear();
    p.secret->clear();
    p.key->setPlaceholderText(pair.maskedKeyId());
    setStatus(p, tr("Saved in the keychain: %1 (account %2)").arg(pair.maskedKeyId(), account),
              false);
    updateProfileButtons(p);
    Q_EMIT credentialsSaved(mode, pair.maskedKeyId(), account);
}

void SettingsDialog::onRemoved(TradingMode mode, const Error &error)
{
    Profile &p = profile(mode);
    if (!p.busy)
        return; // not ours
    p.busy = false;
    if (error.isError()) {
        setStatus(p, tr("Not removed: %1").arg(error.message), true);
    } else {
        p.saved = {};
        p.key->setPlaceholderText(tr("key ID"));
        setStatus(p, tr("No keys saved."), false);
        Q_EMIT credentialsCleared(mode);
    }
    updateProfileButtons(p);
}

void SettingsDialog::updateEnvironmentNote()
{
    const Result<BrokerCredentials> env =
        BrokerConfig::credentialsFromEnvironment(QProcessEnvironment::systemEnvironment());
    if (env && !env.value().isEmpty()) {
        m_ui->environmentNoteLabel->setText(
            tr("The environment sets a key pair (%1): it is used instead of the keychain.")
                .arg(env.value().maskedKeyId()));
        m_ui->environmentNoteLabel->show();
    } else {
        m_ui->environmentNoteLabel->hide();
    }
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateEnvironmentNote();
    }
}

} // namespace Elson
