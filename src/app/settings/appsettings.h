// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "settingvalue.h"
#include "userlimits.h"

#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Elson {

/**
 * The terminal's preferences over QSettings, typed, with their keys and defaults in
 * one place. It never stores a secret: API keys live in the keychain (CredentialStore).
 * The trading gates' own keys (trading/environment, …) belong to BrokerConfig.
 *
 * Each setter writes at once and emits its change signal only when the value changed;
 * the lead journals limitsChanged() (a limit change is an audit event).
 */
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    /** How often each part of the account is polled, in milliseconds. */
    struct PollingIntervals
    {
        int accountMs = 5'000;
        int positionsMs = 5'000;
        int ordersMs = 2'000;
        int clockMs = 30'000;
        int quotesMs = 2'000;

        friend bool operator==(const PollingIntervals &, const PollingIntervals &) = default;
    };

    // Keys and defaults. Polling is stored in milliseconds.
    static constexpr SettingValue<int> AccountPollMs { "polling/accountMs", 5'000 };
    static constexpr SettingValue<int> PositionsPollMs { "polling/positionsMs", 5'000 };
    static constexpr SettingValue<int> OrdersPollMs { "polling/ordersMs", 2'000 };
    static constexpr SettingValue<int> ClockPollMs { "polling/clockMs", 30'000 };
    static constexpr SettingValue<int> QuotesPollMs { "polling/quotesMs", 2'000 };
    static constexpr const char *DataFeedKey = "data/feed"; ///< iex | sip | delayed_sip
    static constexpr const char *ThemeKey = "appearance/theme"; ///< system | light | dark
    static constexpr const char *LanguageKey = "appearance/language"; ///< system | en | de | es
    // Limits are decimal strings; an empty string is "no limit", a missing key the default.
    static constexpr const char *MaxOrderValueKey = "limits/maxOrderValue";
    static constexpr const char *MaxOrderQtyKey = "limits/maxOrderQty";
    static constexpr const char *MaxPositionValueKey = "limits/maxPositionValue";
    static constexpr const char *MaxDailyLossKey = "limits/maxDailyLoss";
    static constexpr const char *PriceCollarPercentKey = "limits/priceCollarPercent";
    static constexpr SettingValue<qint64> DuplicateWindowSeconds { "limits/duplicateWindowSeconds",
                                                                   60 };
    static constexpr const char *AllowedSymbolsKey = "limits/allowedSymbols";
    static constexpr SettingValue<bool> ReviewPaperOrders { "trading/reviewPaperOrders", true };
    static constexpr SettingValue<int> LiveIdleTimeoutMinutes { "trading/liveIdleTimeoutMinutes",
                                                                15 };
    static constexpr const char *WatchlistKey = "watchlist/symbols";
    static constexpr SettingValue<bool> LayoutLocked { "layout/locked", false };

    // Ranges the settings dialog enforces (validate*() below).
    static constexpr int MinPollMs = 1'000;
    static constexpr int MinQuotesPollMs = 500;
    static constexpr int MaxPollMs = 3'600'000;
    /** Trading API calls per minute the polls may use of Alpaca's 200 (orders need room). */
    static constexpr int MaxPollRequestsPerMinute = 120;
    static constexpr int MaxLiveIdleTimeoutMinutes = 240;
    static constexpr qint64 MaxDuplicateWindowSeconds = 3'600;

    /** Over the application's QSettings (organisation and application name). */
    explicit AppSettings(QObject *parent = nullptr);
    /** Over an INI file (tests, portable installs). */
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);
    ~AppSettings() override;

    [[nodiscard]] QSettings &settings() const { return *m_settings; }
    /** Writes pending changes to disk. */
    void sync();

    [[nodiscard]] PollingIntervals pollingIntervals() const;
    void setPollingIntervals(const PollingIntervals &intervals);

    [[nodiscard]] QString dataFeed() const;
    void setDataFeed(const QString &feed);
    [[nodiscard]] static QStringList dataFeeds()
    {
        return { QStringLiteral("iex"), QStringLiteral("sip"), QStringLiteral("delayed_sip") };
    }

    [[nodiscard]] QString theme() const;
    void setTheme(const QString &theme);
    [[nodiscard]] static QStringList themes()
    {
        return { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") };
    }

    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    [[nodiscard]] static QStringList languages()
    {
        return { QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de"),
                 QStringLiteral("es") };
    }

    [[nodiscard]] UserLimits limits() const;
    void setLimits(const UserLimits &limits);

    [[nodiscard]] bool reviewPaperOrders() const;
    void setReviewPaperOrders(bool review);

    [[nodiscard]] int liveIdleTimeoutMinutes() const;
    void setLiveIdleTimeoutMinutes(int minutes);

    [[nodiscard]] QStringList watchlistSymbols() const;
    void setWatchlistSymbols(const QStringList &symbols);
    [[nodiscard]] static QStringList defaultWatchlist()
    {
        return { QStringLiteral("AAPL"), QStringLiteral("MSFT"), QStringLiteral("NVDA"),
                 QStringLiteral("SPY"), QStringLiteral("QQQ") };
    }

    [[nodiscard]] bool layoutLocked() const;
    void setLayoutLocked(bool locked);

    /**
     * Checks @p limits; the error's field is the settings key at fault
     * (e.g. "limits/priceCollarPercent") and its message names the rule.
     */
    [[nodiscard]] static std::optional<Error> validateLimits(const UserLimits &limits);
    /** Checks each interval's range and the polls' share of the request budget. */
    [[nodiscard]] static std::optional<Error> validatePolling(const PollingIntervals &intervals);
    /** Checks the live idle timeout (1 to MaxLiveIdleTimeoutMinutes). */
    [[nodiscard]] static std::optional<Error> validateLiveIdleTimeout(int minutes);
    /** A symbol as the validation chain accepts it (letters, digits, '.', '/'). */
    [[nodiscard]] static bool isValidSymbol(const QString &symbol);

Q_SIGNALS:
    void limitsChanged(const Elson::UserLimits &limits);
    void pollingIntervalsChanged(const Elson::AppSettings::PollingIntervals &intervals);
    void dataFeedChanged(const QString &feed);
    void themeChanged(const QString &theme);
    void languageChanged(const QString &language);
    void reviewPaperOrdersChanged(bool review);
    void liveIdleTimeoutChanged(int minutes);
    void watchlistChanged(const QStringList &symbols);
    void layoutLockedChanged(bool locked);

private:
    [[nodiscard]] std::optional<Decimal> readLimit(const char *key,
                                                   const std::optional<Decimal> &fallback) const;
    void writeLimit(const char *key, const std::optional<Decimal> &value);
    [[nodiscard]] QString readChoice(const char *key, const QStringList &choices) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Elson
