// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceprocess.h"

#include <QDate>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <utility>
#include <vector>

namespace Elson {

namespace {

constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
constexpr std::int64_t kSecsPerDay = 86'400;
constexpr std::int64_t kUnixEpochJulianDay = 2'440'588;
constexpr std::int64_t kPrintIdsPerDay = 100'000; // > seconds in a day

// Day levels: AR(1) in log price around the reference, from calendar-day shocks
// (a Monday's move carries the weekend's shocks, as real Monday gaps do).
constexpr double kLevelHalfLifeDays = 60.0;
constexpr int kLevelTerms = 600; // φ^600 ≈ 0.001: older shocks no longer matter
constexpr double kCalendarDaysPerYear = 365.0;
constexpr double kTradingDaysPerYear = 252.0;

// Intraday business time (variance and volume share per second).
constexpr double kPreMarketWeight = 0.12;
constexpr double kAfterHoursWeight = 0.08;
constexpr double kOpenBoost = 2.0; // the first half hour is the busiest
constexpr double kCloseBoost = 1.0; // the run-in to the close is busy too
constexpr double kBoostDecaySecs = 1800.0;
constexpr int kNormalPreMarketSecs = 19'800; // 04:00–09:30
constexpr int kNormalRegularSecs = 23'400; // 09:30–16:00
constexpr int kNormalSessionSecs = 57'600; // 04:00–20:00

constexpr double kExtendedPrintProbability = 0.2;
constexpr double kExtendedSpreadFactor = 3.0;
constexpr std::int64_t kQuoteOffsetSpan =
    kNanosPerSecond / 2; // quotes update in a second's first half

// Prices travel as integer 1/10000 dollars ("ten-thousandths"); the sub-penny rule
// makes them whole cents from $1.00 up.
constexpr std::int64_t kOneDollar = 10'000;
constexpr std::int64_t kUnitsPerTenThousandth = Decimal::UnitsPerOne / kOneDollar;

enum class Stream : std::uint64_t { DailyShock = 1, BridgeNode = 2, QuoteDraw = 3, PrintDraw = 4 };

constexpr std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// Counter-based draw: the same (key, stream, counter) always gives the same bits.
std::uint64_t draw(std::uint64_t key, Stream stream, std::int64_t counter)
{
    return splitMix64(key ^ splitMix64((std::uint64_t(stream) << 56) ^ std::uint64_t(counter)));
}

double uniform(std::uint64_t bits)
{
    return double(bits >> 11) * 0x1.0p-53; // [0, 1)
}

/// A standard normal by Box–Muller, for the (cached) daily shocks.
double normal(std::uint64_t bits)
{
    const double u1 = double((bits >> 11) + 1) * 0x1.0p-53; // (0, 1]
    const double u2 = uniform(splitMix64(bits));
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

/// A cheap approximately normal draw (Irwin–Hall of four 16-bit uniforms, |z| ≤ 3.46)
/// for the tens of thousands of intraday bridge points.
double normalFast(std::uint64_t bits)
{
    static const double kSd = std::sqrt(4.0 * (65536.0 * 65536.0 - 1.0) / 12.0);
    const double sum = double(bits & 0xffff) + double((bits >> 16) & 0xffff)
        + double((bits >> 32) & 0xffff) + double(bits >> 48);
    return (sum - 4.0 * 32767.5) / kSd;
}

/// FNV-1a over the symbol's UTF-16 code units: stable across processes, unlike qHash.
std::uint64_t symbolKey(const QString &symbol)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const QChar c : symbol) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::uint64_t assetKey(std::uint64_t seed, const SimAsset &asset)
{
    return splitMix64(splitMix64(seed) ^ symbolKey(asset.symbol));
}

/// Also covers the parameters, for caches of values that depend on them.
std::uint64_t parameterKey(std::uint64_t seed, const SimAsset &asset)
{
    std::uint64_t key = assetKey(seed, asset);
    key = splitMix64(key ^ std::uint64_t(asset.referencePrice.units()));
    key = splitMix64(key ^ std::uint64_t(std::llround(asset.annualVolatility * 1e9)));
    key = splitMix64(key ^ std::uint64_t(std::llround(asset.spreadBps * 1e6)));
    return splitMix64(key ^ std::uint64_t(asset.averageDailyVolume));
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

/// Cumulative business time from the session open to @p x seconds after it.
double businessTime(double x, int preSecs, int regularSecs)
{
    if (x <= preSecs)
        return kPreMarketWeight * x;
    const double base = kPreMarketWeight * preSecs;
    const double regular = regularSecs;
    const double u = std::min(x - preSecs, regular);
    const double t = kBoostDecaySecs;
    const double inRegular = u + kOpenBoost * t * (1.0 - std::exp(-u / t))
        + kCloseBoost * t * (std::exp(-(regular - u) / t) - std::exp(-regular / t));
    if (x <= preSecs + regularSecs)
        return base + inRegular;
    return base + inRegular + kAfterHoursWeight * (x - preSecs - regularSecs);
}

/// Business time of an ordinary full day: the average daily volume is spread over it.
double normalDayBusinessTime()
{
    static const double total =
        businessTime(kNormalSessionSecs, kNormalPreMarketSecs, kNormalRegularSecs);
    return total;
}

// --- the sub-penny grid, in ten-thousandths

std::int64_t tickAt(std::int64_t price)
{
    return price >= kOneDollar ? 100 : 1;
}

std::int64_t roundToGrid(std::int64_t price)
{
    return price >= kOneDollar ? (price + 50) / 100 * 100 : price;
}

std::int64_t ceilToGrid(std::int64_t price)
{
    return price >= kOneDollar ? (price + 99) / 100 * 100 : price;
}

Decimal priceDecimal(std::int64_t price)
{
    return Decimal::fromUnits(price * kUnitsPerTenThousandth, price >= kOneDollar ? 2 : 4);
}

struct QuoteTicks
{
    std::int64_t bid = 0;
    std::int64_t ask = 0;
    std::int64_t mid = 0; ///< the mid snapped to the grid (for mid-point prints)
};

/// e^x for the small intraday moves around a day's starting level: a Taylor series
/// (relative error < 2·10⁻⁹ for |x| ≤ 0.75) that costs a fraction of std::exp,
/// which dominated a day's aggregation. Larger moves fall back to std::exp.
double expSmall(double x)
{
    if (std::abs(x) > 0.75)
        return std::exp(x);
    double sum = 1.0;
    for (int n = 11; n >= 1; --n)
        sum = 1.0 + sum * x / n;
    return sum;
}

/// @p mid in dollars.
QuoteTicks quoteTicks(const SimAsset &asset, double midDollars, std::uint64_t bits, bool extended)
{
    const double mid = midDollars * double(kOneDollar);
    const std::int64_t midTicks = std::max<std::int64_t>(1, std::llround(mid));
    const std::int64_t tick = tickAt(midTicks);
    const double factor = (0.6 + 0.8 * uniform(bits)) * (extended ? kExtendedSpreadFactor : 1.0);
    const double typical = mid * asset.spreadBps / 10'000.0 * factor;
    const std::int64_t spread =
        std::max<std::int64_t>(tick, std::llround(typical / double(tick)) * tick);
    // Rounding (not flooring) the bid keeps the mid inside [bid, ask].
    QuoteTicks q;
    q.bid = std::max<std::int64_t>(1, roundToGrid(midTicks - spread / 2));
    q.ask = ceilToGrid(q.bid + spread);
    q.mid = std::clamp(roundToGrid(midTicks), q.bid, q.ask);
    return q;
}

qint64 displayedSize(const SimAsset &asset, std::uint64_t bits, bool extended)
{
    const std::int64_t lots = std::clamp<std::int64_t>(asset.averageDailyVolume / 200'000, 1, 30);
    const std::int64_t range = extended ? std::max<std::int64_t>(1, lots / 2) : 2 * lots;
    return 100 * (1 + std::int64_t(bits % std::uint64_t(range)));
}

} // namespace

// --- private types

struct PriceProcess::DayInfo
{
    std::int64_t julian = 0;
    std::int64_t midnight = 0; ///< New York 00:00, ns since the epoch
    bool trading = false;
    std::int64_t sessionOpen = 0; ///< ns; the rest are only set on trading days
    std::int64_t regularOpen = 0;
    std::int64_t regularClose = 0;
    std::int64_t sessionClose = 0;
    std::int64_t previousTradingJulian = 0;
};

struct PriceProcess::Shape
{
    int preSecs = 0;
    int regularSecs = 0;
    int n = 0; ///< grid points 0..n; second k is [k, k+1)
    std::vector<double> cumulative; ///< business time at each grid point
    double total = 0;

    [[nodiscard]] bool isRegular(int k) const { return k >= preSecs && k < preSecs + regularSecs; }
};

struct PriceProcess::DayPath
{
    DayInfo day;
    std::shared_ptr<const Shape> shape;
    std::uint64_t key = 0; ///< seed ⊕ symbol ⊕ day
    double start = 0; ///< log price at grid point 0 (the previous session's end)
    double end = 0; ///< log price at grid point n
    double variance = 0; ///< of the day's log return, spread over business time
    double startPrice = 0; ///< e^start, in dollars

    /// The mid in dollars for log price @p value (the same function everywhere, so
    /// a point evaluation and a range agree to the last bit).
    [[nodiscard]] double price(double value) const { return startPrice * expSmall(value - start); }

    /// Draws the bridge point m between lo and hi (values known there).
    [[nodiscard]] double midpoint(int lo, int m, int hi, double atLo, double atHi) const
    {
        const std::vector<double> &c = shape->cumulative;
        const double span = c[hi] - c[lo];
        if (span <= 0)
            return atLo;
        const double before = c[m] - c[lo];
        const double after = c[hi] - c[m];
        const double mean = atLo + (atHi - atLo) * before / span;
        const double var = variance * before * after / (span * shape->total);
        return mean + std::sqrt(var) * normalFast(draw(key, Stream::BridgeNode, m));
    }

    /// The log price at grid point k: one descent of the dyadic bridge.
    [[nodiscard]] double valueAt(int k) const
    {
        int lo = 0;
        int hi = shape->n;
        double atLo = start;
        double atHi = end;
        while (true) {
            if (k == lo)
                return atLo;
            if (k == hi)
                return atHi;
            const int m = lo + (hi - lo) / 2;
            const double atM = midpoint(lo, m, hi, atLo, atHi);
            if (k < m) {
                hi = m;
                atHi = atM;
            } else {
                lo = m;
                atLo = atM;
            }
        }
    }

    /// Log prices of grid points first..last into @p out (resized), visiting only
    /// the bridge nodes that lead there.
    void fill(int first, int last, std::vector<double> &out) const
    {
        out.assign(std::size_t(last - first + 1), 0.0);
        fillNode(0, shape->n, start, end, first, last, out);
    }

    void fillNode(int lo, int hi, double atLo, double atHi, int first, int last,
                  std::vector<double> &out) const
    {
        if (lo >= first && lo <= last)
            out[std::size_t(lo - first)] = atLo;
        if (hi >= first && hi <= last)
            out[std::size_t(hi - first)] = atHi;
        if (hi - lo <= 1 || hi <= first || lo >= last)
            return;
        const int m = lo + (hi - lo) / 2;
        const double atM = midpoint(lo, m, hi, atLo, atHi);
        fillNode(lo, m, atLo, atM, first, last, out);
        fillNode(m, hi, atM, atHi, first, last, out);
    }

    [[nodiscard]] std::int64_t quoteTime(int k) const
    {
        if (k >= shape->n)
            return day.sessionClose; // the session's last word, frozen until the next open
        const std::uint64_t bits = splitMix64(draw(key, Stream::QuoteDraw, k) ^ 0x51);
        return day.sessionOpen + k * kNanosPerSecond
            + std::int64_t(bits % std::uint64_t(kQuoteOffsetSpan));
    }

    [[nodiscard]] SimQuote quote(const SimAsset &asset, int k, double logMid) const
    {
        const std::uint64_t bits = draw(key, Stream::QuoteDraw, k);
        const bool extended = !shape->isRegular(k);
        const QuoteTicks q = quoteTicks(asset, price(logMid), bits, extended);
        SimQuote out;
        out.symbol = asset.symbol;
        out.timestamp = Timestamp::fromEpochNanos(quoteTime(k));
        out.bid = priceDecimal(q.bid);
        out.ask = priceDecimal(q.ask);
        out.bidSize = displayedSize(asset, splitMix64(bits ^ 0xb1d), extended);
        out.askSize = displayedSize(asset, splitMix64(bits ^ 0xa5c), extended);
        return out;
    }

    /// Whether second k (0 ≤ k < n) has trades; cheap, no path value needed.
    [[nodiscard]] bool hasPrints(int k) const
    {
        return shape->isRegular(k)
            || uniform(draw(key, Stream::PrintDraw, k)) < kExtendedPrintProbability;
    }

    /// When second k's last trade prints: after its quote, inside the second.
    [[nodiscard]] std::int64_t printTime(int k) const
    {
        const std::int64_t quoteAt = quoteTime(k);
        const std::int64_t secondEnd = day.sessionOpen + (k + 1) * kNanosPerSecond;
        const std::uint64_t bits = splitMix64(draw(key, Stream::PrintDraw, k) ^ 0x7e);
        return quoteAt + std::int64_t(bits % std::uint64_t(secondEnd - quoteAt));
    }

    struct Second
    {
        std::int64_t price = 0; ///< ten-thousandths
        std::int64_t volume = 0;
        std::int64_t count = 0;
        std::int64_t lastSize = 0;
    };

    /// The trades of second k (hasPrints(k) must be true) at log mid @p logMid.
    [[nodiscard]] Second second(const SimAsset &asset, int k, double logMid) const
    {
        const bool regular = shape->isRegular(k);
        const QuoteTicks q =
            quoteTicks(asset, price(logMid), draw(key, Stream::QuoteDraw, k), !regular);
        const std::uint64_t b1 = splitMix64(draw(key, Stream::PrintDraw, k));
        const std::uint64_t b2 = splitMix64(b1);
        const std::uint64_t b3 = splitMix64(b2);

        Second s;
        const double side = uniform(b1);
        s.price = side < 0.45 ? q.bid : (side < 0.9 ? q.ask : q.mid);

        const double share =
            (shape->cumulative[std::size_t(k) + 1] - shape->cumulative[std::size_t(k)])
            / normalDayBusinessTime();
        double mean = double(asset.averageDailyVolume) * share;
        if (!regular)
            mean /= kExtendedPrintProbability; // only that share of seconds trade
        s.volume = std::max<std::int64_t>(1, std::llround(mean * (0.25 + 1.5 * uniform(b2))));
        const double averageLot = 60.0 + 120.0 * uniform(b3);
        s.count = std::max<std::int64_t>(1, std::llround(double(s.volume) / averageLot));
        s.lastSize = s.volume - (s.count - 1) * (s.volume / s.count);
        return s;
    }

    [[nodiscard]] SimPrint print(const SimAsset &asset, int k, double logMid) const
    {
        const Second s = second(asset, k, logMid);
        SimPrint out;
        out.symbol = asset.symbol;
        out.timestamp = Timestamp::fromEpochNanos(printTime(k));
        out.price = priceDecimal(s.price);
        out.size = s.lastSize;
        out.id = day.julian * kPrintIdsPerDay + k;
        return out;
    }
};

struct PriceProcess::Caches
{
    QMutex mutex;
    QHash<std::int64_t, DayInfo> days;
    QHash<std::pair<std::uint64_t, std::int64_t>, double> levels; ///< (asset key, day) → Σ φʲ z
    QHash<std::pair<std::uint64_t, std::int64_t>, SimBar> dayBars; ///< (parameter key, day)

    // Bounded so a long-running sim asked for years of data does not grow without end.
    static constexpr qsizetype MaxEntries = 200'000;

    template<typename Hash> static void makeRoom(Hash &hash)
    {
        if (hash.size() >= MaxEntries)
            hash.clear();
    }
};

// --- PriceProcess

PriceProcess::PriceProcess(std::uint64_t seed, MarketCalendar calendar)
    : m_seed(seed)
    , m_calendar(std::move(calendar))
    , m_caches(std::make_unique<Caches>())
{
}

PriceProcess::~PriceProcess() = default;

PriceProcess::DayInfo PriceProcess::dayInfo(std::int64_t julianDay) const
{
    {
        const QMutexLocker lock(&m_caches->mutex);
        const auto it = m_caches->days.constFind(julianDay);
        if (it != m_caches->days.cend())
            return *it;
    }

    // The calendar works in New York wall-clock time through QTimeZone, which is
    // slow; every bound of a day is looked up once and kept as plain nanoseconds.
    DayInfo info;
    info.julian = julianDay;
    const QDate date = QDate::fromJulianDay(julianDay);
    info.midnight = MarketCalendar::fromNewYork(date, QTime(0, 0)).epochNanos();
    if (m_calendar.isTradingDay(date)) {
        info.trading = true;
        info.sessionOpen = m_calendar.sessionOpen(date).epochNanos();
        // Keep open ≤ regular open ≤ regular close ≤ session close whatever a server calendar said.
        info.regularOpen = std::max(info.sessionOpen, m_calendar.regularOpen(date).epochNanos());
        info.regularClose = std::max(info.regularOpen, m_calendar.regularClose(date).epochNanos());
        info.sessionClose = std::max(info.regularClose, m_calendar.sessionClose(date).epochNanos());
    }
    const QDate previous = m_calendar.previousTradingDay(date);
    info.previousTradingJulian = previous.isValid() ? previous.toJulianDay() : julianDay - 1;

    const QMutexLocker lock(&m_caches->mutex);
    Caches::makeRoom(m_caches->days);
    m_caches->days.insert(julianDay, info);
    return info;
}

std::int64_t PriceProcess::newYorkJulianDay(std::int64_t epochNanos) const
{
    // New York is 4 or 5 hours behind UTC: the date of (t − 4 h) is the New York
    // date unless t falls before that day's New York midnight (EST late evening).
    const std::int64_t secs = floorDiv(epochNanos, kNanosPerSecond);
    const std::int64_t candidate = floorDiv(secs - 4 * 3600, kSecsPerDay) + kUnixEpochJulianDay;
    return epochNanos >= dayInfo(candidate).midnight ? candidate : candidate - 1;
}

std::shared_ptr<const PriceProcess::Shape> PriceProcess::shapeFor(const DayInfo &day) const
{
    const auto secs = [](std::int64_t nanos) { return int(nanos / kNanosPerSecond); };
    const int pre = secs(day.regularOpen - day.sessionOpen);
    const int regular = secs(day.regularClose - day.regularOpen);
    const int after = secs(day.sessionClose - day.regularClose);
    const std::uint64_t key =
        std::uint64_t(pre) | (std::uint64_t(regular) << 20) | (std::uint64_t(after) << 40);
    // Shapes depend on nothing but the session lengths, so every process shares them.
    static QMutex mutex;
    static QHash<std::uint64_t, std::shared_ptr<const Shape>> shapes;
    {
        const QMutexLocker lock(&mutex);
        const auto it = shapes.constFind(key);
        if (it != shapes.cend())
            return *it;
    }

    auto shape = std::make_shared<Shape>();
    shape->preSecs = pre;
    shape->regularSecs = regular;
    shape->n = pre + regular + after;
    shape->cumulative.resize(std::size_t(shape->n) + 1);
    for (int x = 0; x <= shape->n; ++x)
        shape->cumulative[std::size_t(x)] = businessTime(x, pre, regular);
    shape->total = shape->cumulative.back();

    const QMutexLocker lock(&mutex);
    shapes.insert(key, shape);
    return shape;
}

double PriceProcess::level(const SimAsset &asset, std::int64_t julianDay) const
{
    const std::uint64_t key = assetKey(m_seed, asset);
    const std::pair cacheKey { key, julianDay };
    double sum = 0;
    bool cached = false;
    {
        const QMutexLocker lock(&m_caches->mutex);
        const auto it = m_caches->levels.constFind(cacheKey);
        if (it != m_caches->levels.cend()) {
            sum = *it;
            cached = true;
        }
    }
    if (!cached) {
        static const double phi = std::pow(0.5, 1.0 / kLevelHalfLifeDays);
        double weight = 1.0;
        for (int j = 0; j < kLevelTerms; ++j) {
            sum += weight * normal(draw(key, Stream::DailyShock, julianDay - j));
            weight *= phi;
        }
        const QMutexLocker lock(&m_caches->mutex);
        Caches::makeRoom(m_caches->levels);
        m_caches->levels.insert(cacheKey, sum);
    }
    const double reference = double(asset.referencePrice.units()) / double(Decimal::UnitsPerOne);
    const double dailyVol = asset.annualVolatility / std::sqrt(kCalendarDaysPerYear);
    return std::log(reference) + dailyVol * sum;
}

PriceProcess::DayPath PriceProcess::dayPath(const SimAsset &asset, const DayInfo &day) const
{
    DayPath path;
    path.day = day;
    path.shape = shapeFor(day);
    path.key = splitMix64(assetKey(m_seed, asset) ^ splitMix64(std::uint64_t(day.julian)));
    path.start = level(asset, day.previousTradingJulian);
    path.end = level(asset, day.julian);
    path.startPrice = std::exp(path.start);
    path.variance = asset.annualVolatility * asset.annualVolatility / kTradingDaysPerYear;
    return path;
}

bool PriceProcess::isMoving(const Timestamp &at) const
{
    if (at.isNull())
        return false;
    const std::int64_t ns = at.epochNanos();
    const DayInfo day = dayInfo(newYorkJulianDay(ns));
    return day.trading && ns >= day.sessionOpen && ns < day.sessionClose;
}

SimQuote PriceProcess::quote(const SimAsset &asset, const Timestamp &at) const
{
    const std::int64_t ns = at.epochNanos();
    const DayInfo today = dayInfo(newYorkJulianDay(ns));
    if (today.trading && ns >= today.sessionOpen) {
        const DayPath path = dayPath(asset, today);
        if (ns >= today.sessionClose)
            return path.quote(asset, path.shape->n, path.end);
        int k = int((ns - today.sessionOpen) / kNanosPerSecond);
        // Second k's quote is set a little into the second; before that, k − 1's stands.
        if (ns < path.quoteTime(k))
            --k;
        if (k >= 0)
            return path.quote(asset, k, path.valueAt(k));
    }
    const DayPath previous = dayPath(asset, dayInfo(today.previousTradingJulian));
    return previous.quote(asset, previous.shape->n, previous.end);
}

SimPrint PriceProcess::lastPrint(const SimAsset &asset, const Timestamp &at) const
{
    const std::int64_t ns = at.epochNanos();
    DayInfo day = dayInfo(newYorkJulianDay(ns));
    if (!day.trading || ns < day.sessionOpen)
        day = dayInfo(day.previousTradingJulian);

    // Every regular-session second trades, so this ends within the day it starts in
    // or the one before; the bound only guards against a degenerate server calendar.
    for (int days = 0; days < 10; ++days) {
        const DayPath path = dayPath(asset, day);
        const int n = path.shape->n;
        const int from =
            ns < day.sessionClose ? int((ns - day.sessionOpen) / kNanosPerSecond) : n - 1;
        for (int k = std::min(from, n - 1); k >= 0; --k) {
            if (path.hasPrints(k) && path.printTime(k) <= ns)
                return path.print(asset, k, path.valueAt(k));
        }
        day = dayInfo(day.previousTradingJulian);
    }
    SimPrint none;
    none.symbol = asset.symbol;
    return none;
}

Timestamp PriceProcess::periodStart(SimTimeframe timeframe, const Timestamp &at) const
{
    if (at.isNull() || !timeframe.isValid())
        return {};
    const std::int64_t ns = at.epochNanos();
    const DayInfo day = dayInfo(newYorkJulianDay(ns));
    if (timeframe.unit == SimTimeframe::Unit::Day)
        return Timestamp::fromEpochNanos(day.midnight);
    const std::int64_t length = timeframe.seconds() * kNanosPerSecond;
    return Timestamp::fromEpochNanos(day.midnight + floorDiv(ns - day.midnight, length) * length);
}

SimBar PriceProcess::aggregateDay(const SimAsset &asset, const DayPath &path,
                                  std::int64_t fromNanos, std::int64_t toNanos) const
{
    const DayInfo &day = path.day;
    const std::int64_t lo = std::max(fromNanos, day.sessionOpen);
    const std::int64_t hi = std::min(toNanos, day.sessionClose);
    if (!day.trading || lo >= hi)
        return {};

    const bool wholeDay = fromNanos <= day.sessionOpen && toNanos >= day.sessionClose;
    const std::pair cacheKey { parameterKey(m_seed, asset), day.julian };
    if (wholeDay) {
        const QMutexLocker lock(&m_caches->mutex);
        const auto it = m_caches->dayBars.constFind(cacheKey);
        if (it != m_caches->dayBars.cend())
            return *it;
    }

    const int first = int((lo - day.sessionOpen) / kNanosPerSecond);
    const int last = int((hi - 1 - day.sessionOpen) / kNanosPerSecond);
    std::vector<double> values;
    path.fill(first, last, values);

    SimBar bar;
    bar.symbol = asset.symbol;
    std::int64_t open = 0;
    std::int64_t high = 0;
    std::int64_t low = 0;
    std::int64_t close = 0;
    for (int k = first; k <= last; ++k) {
        if (!path.hasPrints(k))
            continue;
        const std::int64_t time = path.printTime(k);
        if (time < fromNanos || time >= toNanos)
            continue;
        const DayPath::Second s = path.second(asset, k, values[std::size_t(k - first)]);
        if (bar.tradeCount == 0) {
            open = high = low = s.price;
        } else {
            high = std::max(high, s.price);
            low = std::min(low, s.price);
        }
        close = s.price;
        bar.volume += s.volume;
        bar.tradeCount += s.count;
        bar.notionalTenThousandths += s.price * s.volume;
    }
    if (bar.tradeCount > 0) {
        bar.open = priceDecimal(open);
        bar.high = priceDecimal(high);
        bar.low = priceDecimal(low);
        bar.close = priceDecimal(close);
    }

    if (wholeDay) {
        const QMutexLocker lock(&m_caches->mutex);
        Caches::makeRoom(m_caches->dayBars);
        m_caches->dayBars.insert(cacheKey, bar);
    }
    return bar;
}

SimBar PriceProcess::aggregate(const SimAsset &asset, std::int64_t fromNanos,
                               std::int64_t toNanos) const
{
    SimBar bar;
    bar.symbol = asset.symbol;
    if (fromNanos >= toNanos)
        return bar;
    const std::int64_t lastDay = newYorkJulianDay(toNanos - 1);
    for (std::int64_t julian = newYorkJulianDay(fromNanos); julian <= lastDay; ++julian) {
        const DayInfo day = dayInfo(julian);
        if (day.trading && day.sessionOpen < toNanos && day.sessionClose > fromNanos)
            bar.merge(aggregateDay(asset, dayPath(asset, day), fromNanos, toNanos));
    }
    return bar;
}

std::optional<SimBar> PriceProcess::bar(const SimAsset &asset, SimTimeframe timeframe,
                                        const Timestamp &at, const Timestamp &asOf) const
{
    const Timestamp start = periodStart(timeframe, at);
    if (start.isNull())
        return std::nullopt;
    const std::int64_t from = start.epochNanos();
    std::int64_t to = 0;
    if (timeframe.unit == SimTimeframe::Unit::Day)
        to = dayInfo(newYorkJulianDay(from) + 1).midnight;
    else
        to = from + timeframe.seconds() * kNanosPerSecond;
    if (!asOf.isNull())
        to = std::min(to, asOf.epochNanos() + 1);

    SimBar result = aggregate(asset, from, to);
    if (result.isEmpty())
        return std::nullopt;
    result.timestamp = start;
    return result;
}

QList<SimBar> PriceProcess::bars(const SimAsset &asset, SimTimeframe timeframe,
                                 const Timestamp &start, const Timestamp &end,
                                 const Timestamp &asOf, qsizetype limit) const
{
    QList<SimBar> out;
    if (!timeframe.isValid() || start.isNull() || end.isNull() || end < start || limit == 0)
        return out;
    const std::int64_t from = start.epochNanos();
    const std::int64_t until = end.epochNanos();
    const std::int64_t cutoff =
        asOf.isNull() ? std::numeric_limits<std::int64_t>::max() : asOf.epochNanos() + 1;

    const auto add = [&](const DayPath &path, std::int64_t periodStart, std::int64_t periodEnd) {
        SimBar b = aggregateDay(asset, path, periodStart, std::min(periodEnd, cutoff));
        if (b.isEmpty())
            return;
        b.symbol = asset.symbol;
        b.timestamp = Timestamp::fromEpochNanos(periodStart);
        out.append(std::move(b));
    };

    const std::int64_t lastDay = newYorkJulianDay(until);
    for (std::int64_t julian = newYorkJulianDay(from); julian <= lastDay; ++julian) {
        const DayInfo day = dayInfo(julian);
        if (!day.trading || day.midnight >= cutoff)
            continue;
        const DayPath path = dayPath(asset, day);
        if (timeframe.unit == SimTimeframe::Unit::Day) {
            if (day.midnight >= from && day.midnight <= until)
                add(path, day.midnight, day.sessionClose);
        } else {
            // Periods are aligned to New York midnight and never reach into the next
            // day's session (it opens at 04:00), so each day's periods are its own.
            const std::int64_t length = timeframe.seconds() * kNanosPerSecond;
            std::int64_t period =
                day.midnight + floorDiv(day.sessionOpen - day.midnight, length) * length;
            for (; period < day.sessionClose; period += length) {
                if (period < from)
                    continue;
                if (period > until || period >= cutoff)
                    break;
                add(path, period, period + length);
                if (limit > 0 && out.size() >= limit)
                    return out;
            }
        }
        if (limit > 0 && out.size() >= limit)
            return out;
    }
    return out;
}

QList<SimPrint> PriceProcess::prints(const SimAsset &asset, const Timestamp &from,
                                     const Timestamp &to, qsizetype limit) const
{
    QList<SimPrint> out;
    if (from.isNull() || to.isNull() || to <= from || limit == 0)
        return out;
    const std::int64_t lo = from.epochNanos();
    const std::int64_t hi = to.epochNanos();
    const std::int64_t lastDay = newYorkJulianDay(hi - 1);
    std::vector<double> values;
    for (std::int64_t julian = newYorkJulianDay(lo); julian <= lastDay; ++julian) {
        const DayInfo day = dayInfo(julian);
        if (!day.trading || day.sessionOpen >= hi || day.sessionClose <= lo)
            continue;
        const DayPath path = dayPath(asset, day);
        const int first = int((std::max(lo, day.sessionOpen) - day.sessionOpen) / kNanosPerSecond);
        const int last =
            int((std::min(hi, day.sessionClose) - 1 - day.sessionOpen) / kNanosPerSecond);
        path.fill(first, last, values);
        for (int k = first; k <= last; ++k) {
            if (!path.hasPrints(k))
                continue;
            const std::int64_t time = path.printTime(k);
            if (time < lo || time >= hi)
                continue;
            out.append(path.print(asset, k, values[std::size_t(k - first)]));
            if (limit > 0 && out.size() >= limit)
                return out;
        }
    }
    return out;
}

} // namespace Elson
