// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "decimal.h"

#include <QRegularExpression>

#include <algorithm>

namespace Elson {

namespace {

/** Lists are stored as one comma-separated string: "" is an empty list, not "unset". */
QStringList readList(const QSettings &settings, const char *key, const QStringList &fallback)
{
    const QVariant value = settings.value(QString::fromLatin1(key));
    if (!value.isValid())
        return fallback;
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    return value.toString().split(u',', Qt::SkipEmptyParts);
}

void writeList(QSettings &settings, const char *key, const QStringList &list)
{
    settings.setValue(QString::fromLatin1(key), list.join(u','));
}

QStringList normalisedSymbols(const QStringList &symbols, bool sort)
{
    QStringList out;
    for (const QString &s : symbols) {
        const QString symbol = s.trimmed().toUpper();
        if (!symbol.isEmpty() && !out.contains(symbol))
            out.append(symbol);
    }
    if (sort)
        out.sort();
    return out;
}

Error invalid(const char *key, const QString &message)
{
    return Error::validation(QString::fromLatin1(key), message);
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::readChoice(const char *key, const QStringList &choices) const
{
    const QString value = m_settings->value(QString::fromLatin1(key)).toString();
    return choices.contains(value) ? value : choices.first();
}

// --- polling ----------------------------------------------------------------------------------

AppSettings::PollingIntervals AppSettings::pollingIntervals() const
{
    PollingIntervals p;
    p.accountMs = AccountPollMs.get(*m_settings);
    p.positionsMs = PositionsPollMs.get(*m_settings);
    p.ordersMs = OrdersPollMs.get(*m_settings);
    p.clockMs = ClockPollMs.get(*m_settings);
    p.quotesMs = QuotesPollMs.get(*m_settings);
    return p;
}

void AppSettings::setPollingIntervals(const PollingIntervals &intervals)
{
    if (intervals == pollingIntervals())
        return;
    AccountPollMs.set(*m_settings, intervals.accountMs);
    PositionsPollMs.set(*m_settings, intervals.positionsMs);
    OrdersPollMs.set(*m_settings, intervals.ordersMs);
    ClockPollMs.set(*m_settings, intervals.clockMs);
    QuotesPollMs.set(*m_settings, intervals.quotesMs);
    Q_EMIT pollingIntervalsChanged(intervals);
}

// --- choices --------------------------------------------------------------------------------

QString AppSettings::dataFeed() const
{
    return readChoice(DataFeedKey, dataFeeds());
}

void AppSettings::setDataFeed(const QString &feed)
{
    if (!dataFeeds().contains(feed) || feed == dataFeed())
        return;
    m_settings->setValue(QString::fromLatin1(DataFeedKey), feed);
    Q_EMIT dataFeedChanged(feed);
}

QString AppSettings::theme() const
{
    return readChoice(ThemeKey, themes());
}

void AppSettings::setTheme(const QString &theme)
{
    if (!themes().contains(theme) || theme == this->theme())
        return;
    m_settings->setValue(QString::fromLatin1(ThemeKey), theme);
    Q_EMIT themeChanged(theme);
}

QString AppSettings::language() const
{
    return readChoice(LanguageKey, languages());
}

void AppSettings::setLanguage(const QString &language)
{
    if (!languages().contains(language) || language == this->language())
        return;
    m_settings->setValue(QString::fromLatin1(LanguageKey), language);
    Q_EMIT languageChanged(language);
}

// --- limits ---------------------------------------------------------------------------------

std::optional<Decimal> AppSettings::readLimit(const char *key,
                                              const std::optional<Decimal> &fallback) const
{
    const QVariant value = m_settings->value(QString::fromLatin1(key));
    if (!value.isValid())
        return fallback;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const Result<Decimal> parsed = Decimal::fromString(text, QString::fromLatin1(key));
    // A damaged entry falls back to the default: a limit must not vanish by accident.
    return parsed ? std::optional<Decimal>(parsed.value()) : fallback;
}

void AppSettings::writeLimit(const char *key, const std::optional<Decimal> &value)
{
    m_settings->setValue(QString::fromLatin1(key), value ? value->toString() : QString());
}

UserLimits AppSettings::limits() const
{
    const UserLimits defaults;
    UserLimits l;
    l.maxOrderValue = readLimit(MaxOrderValueKey, defaults.maxOrderValue);
    l.maxOrderQty = readLimit(MaxOrderQtyKey, defaults.maxOrderQty);
    l.maxPositionValue = readLimit(MaxPositionValueKey, defaults.maxPositionValue);
    l.maxDailyLoss = readLimit(MaxDailyLossKey, defaults.maxDailyLoss);
    l.priceCollarPercent = readLimit(PriceCollarPercentKey, defaults.priceCollarPercent);
    l.duplicateWindowSeconds = DuplicateWindowSeconds.get(*m_settings);
    const QStringList allowed = readList(*m_settings, AllowedSymbolsKey, {});
    for (const QString &symbol : normalisedSymbols(allowed, true))
        l.allowedSymbols.insert(symbol);
    return l;
}

void AppSettings::setLimits(const UserLimits &limits)
{
    if (limits == this->limits())
        return;
    writeLimit(MaxOrderValueKey, limits.maxOrderValue);
    writeLimit(MaxOrderQtyKey, limits.maxOrderQty);
    writeLimit(MaxPositionValueKey, limits.maxPositionValue);
    writeLimit(MaxDailyLossKey, limits.maxDailyLoss);
    writeLimit(PriceCollarPercentKey, limits.priceCollarPercent);
    DuplicateWindowSeconds.set(*m_settings, limits.duplicateWindowSeconds);
    writeList(*m_settings, AllowedSymbolsKey,
              normalisedSymbols(
                  QStringList(limits.allowedSymbols.cbegin(), limits.allowedSymbols.cend()), true));
    Q_EMIT limitsChanged(this->limits());
}

// --- trading, watchlist, layout -------------------------------------------------------------

bool AppSettings::reviewPaperOrders() const
{
    return ReviewPaperOrders.get(*m_settings);
}

void AppSettings::setReviewPaperOrders(bool review)
{
    if (ReviewPaperOrders.set(*m_settings, review))
        Q_EMIT reviewPaperOrdersChanged(review);
}

int AppSettings::liveIdleTimeoutMinutes() const
{
    const int minutes = LiveIdleTimeoutMinutes.get(*m_settings);
    return validateLiveIdleTimeout(minutes) ? LiveIdleTimeoutMinutes.defaultValue : minutes;
}

void AppSettings::setLiveIdleTimeoutMinutes(int minutes)
{
    if (validateLiveIdleTimeout(minutes))
        return;
    if (LiveIdleTimeoutMinutes.set(*m_settings, minutes))
        Q_EMIT liveIdleTimeoutChanged(minutes);
}

QStringList AppSettings::watchlistSymbols() const
{
    return normalisedSymbols(readList(*m_settings, WatchlistKey, defaultWatchlist()), false);
}

void AppSettings::setWatchlistSymbols(const QStringList &symbols)
{
    const QStringList list = normalisedSymbols(symbols, false);
    if (list == watchlistSymbols() && m_settings->contains(QString::fromLatin1(WatchlistKey)))
        return;
    writeList(*m_settings, WatchlistKey, list);
    Q_EMIT watchlistChanged(list);
}

bool AppSettings::layoutLocked() const
{
    return LayoutLocked.get(*m_settings);
}

void AppSettings::setLayoutLocked(bool locked)
{
    if (LayoutLocked.set(*m_settings, locked))
        Q_EMIT layoutLockedChanged(locked);
}

// --- validation -----------------------------------------------------------------------------

bool AppSettings::isValidSymbol(const QString &symbol)
{
    // The same shape params.symbol accepts.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Z][A-Z0-9]{0,9}(?:[./][A-Z0-9]{1,6})?$"));
    return pattern.match(symbol).hasMatch();
}

std::optional<Error> AppSettings::validateLimits(const UserLimits &limits)
{
    struct Amount
    {
        const std::optional<Decimal> &value;
        const char *key;
        QString label;
    };
    const Amount amounts[] = {
        { limits.maxOrderValue, MaxOrderValueKey, tr("Maximum order value") },
        { limits.maxOrderQty, MaxOrderQtyKey, tr("Maximum order quantity") },
        { limits.maxPositionValue, MaxPositionValueKey, tr("Maximum position value") },
        { limits.maxDailyLoss, MaxDailyLossKey, tr("Maximum daily loss") },
        { limits.priceCollarPercent, PriceCollarPercentKey, tr("Price collar") },
    };
    for (const Amount &a : amounts) {
        if (a.value && !a.value->isPositive()) {
            return invalid(a.key,
                           tr("%1 must be greater than zero, or empty for no limit.").arg(a.label));
        }
    }
    if (limits.priceCollarPercent && *limits.priceCollarPercent > Decimal::fromInt(100)) {
        return invalid(PriceCollarPercentKey,
                       tr("Price collar must be at most 100 percent (it is %1).")
                           .arg(limits.priceCollarPercent->toString()));
    }
    if (limits.duplicateWindowSeconds < 0
        || limits.duplicateWindowSeconds > MaxDuplicateWindowSeconds) {
        return invalid(DuplicateWindowSeconds.key,
                       tr("Duplicate-order window must be between 0 (off) and %1 seconds.")
                           .arg(MaxDuplicateWindowSeconds));
    }
    for (const QString &symbol : limits.allowedSymbols) {
        if (!isValidSymbol(symbol)) {
            return invalid(AllowedSymbolsKey,
                           tr("Allowed symbols: \"%1\" is not a ticker (letters and digits, "
                              "optionally a class suffix such as BRK.B).")
                               .arg(symbol));
        }
    }
    return std::nullopt;
}

std::optional<Error> AppSettings::validatePolling(const PollingIntervals &p)
{
    struct Poll
    {
        int ms;
        const char *key;
        QString label;
        int min;
        bool trading; ///< counts against the Trading API budget
    };
    const Poll polls[] = {
        { p.accountMs, AccountPollMs.key, tr("Account polling"), MinPollMs, true },
        { p.positionsMs, PositionsPollMs.key, tr("Positions polling"), MinPollMs, true },
        { p.ordersMs, OrdersPollMs.key, tr("Orders polling"), MinPollMs, true },
        { p.clockMs, ClockPollMs.key, tr("Clock polling"), MinPollMs, true },
        { p.quotesMs, QuotesPollMs.key, tr("Quotes polling"), MinQuotesPollMs, false },
    };
    double perMinute = 0;
    const Poll *busiest = nullptr;
    for (const Poll &poll : polls) {
        if (poll.ms < poll.min || poll.ms > MaxPollMs) {
            return invalid(poll.key,
                           tr("%1 must be every %2 to %3 seconds.")
                               .arg(poll.label)
                               .arg(poll.min / 1000.0)
                               .arg(MaxPollMs / 1000));
        }
        if (poll.trading) {
            perMinute += 60'000.0 / poll.ms;
            if (!busiest || poll.ms < busiest->ms)
                busiest = &poll;
        }
    }
    if (perMinute > MaxPollRequestsPerMinute && busiest) {
        return invalid(busiest->key,
                       tr("%1: together the polls would make %2 requests a minute; keep them "
                          "under %3 of Alpaca's 200 so orders always get through.")
                           .arg(busiest->label)
                           .arg(qRound(perMinute))
                           .arg(MaxPollRequestsPerMinute));
    }
    return std::nullopt;
}

std::optional<Error> AppSettings::validateLiveIdleTimeout(int minutes)
{
    if (minutes < 1 || minutes > MaxLiveIdleTimeoutMinutes) {
        return invalid(
            LiveIdleTimeoutMinutes.key,
            tr("Live idle timeout must be 1 to %1 minutes.").arg(MaxLiveIdleTimeoutMinutes));
    }
    return std::nullopt;
}

} // namespace Elson
