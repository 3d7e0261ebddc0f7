// SPDX-License-Identifier: GPL-3.0-or-later
#include "baraggregator.h"

#include "marketcalendar.h"

#include <QRegularExpression>
#include <QTime>

namespace Elson {

namespace {

struct Frame
{
    bool daily = false;
    qint64 seconds = 0;
};

std::optional<Frame> parseFrame(const QString &timeframe)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,2})(Min|T|Hour|H|Day|D)$"));
    const QRegularExpressionMatch match = pattern.match(timeframe);
    if (!match.hasMatch())
        return std::nullopt;
    const int amount = match.captured(1).toInt();
    const QString unit = match.captured(2);
    if (unit == u"Min" || unit == u"T") {
        if (amount < 1 || amount > 59)
            return std::nullopt;
        return Frame { false, qint64(amount) * 60 };
    }
    if (unit == u"Hour" || unit == u"H") {
        if (amount < 1 || amount > 23)
            return std::nullopt;
        return Frame { false, qint64(amount) * 3600 };
    }
    if (amount != 1)
        return std::nullopt;
    return Frame { true, 86'400 };
}

} // namespace

BarAggregator::BarAggregator(const QString &timeframe) : m_timeframe(timeframe) { }

bool BarAggregator::isSupported(const QString &timeframe)
{
    return parseFrame(timeframe).has_value();
}

Timestamp BarAggregator::bucketStart(const QString &timeframe, const Timestamp &time)
{
    const std::optional<Frame> frame = parseFrame(timeframe);
    if (!frame || time.isNull())
        return {};
    const Timestamp midnight =
        MarketCalendar::fromNewYork(MarketCalendar::newYorkDate(time), QTime(0, 0));
    if (frame->daily)
        return midnight.withOffset(0);
    const std::int64_t unit = frame->seconds * 1'000'000'000;
    const std::int64_t into = time.epochNanos() - midnight.epochNanos();
    return Timestamp::fromEpochNanos(midnight.epochNanos() + (into / unit) * unit);
}

qint64 BarAggregator::bucketSeconds(const QString &timeframe)
{
    const std::optional<Frame> frame = parseFrame(timeframe);
    return frame ? frame->seconds : 0;
}

void BarAggregator::reset(const QList<Bar> &history)
{
    m_last.reset();
    m_beforeLastPart.reset();
    m_lastPartTime = {};
    if (history.isEmpty())
        return;
    m_last = history.constLast();
    // Minute bars (or an unknown timeframe: bars taken as they come) are their own single
    // part: the same minute again replaces the loaded bar instead of adding to it.
    if (bucketSeconds(m_timeframe) <= 60)
        m_lastPartTime = m_last->time;
}

BarAggregator::Change BarAggregator::add(const Bar &bar)
{
    Timestamp bucket = bucketStart(m_timeframe, bar.time);
    if (bucket.isNull())
        bucket = bar.time; // an unknown timeframe: bars are taken as they come
    if (!m_last || bucket > m_last->time) {
        Bar first = bar;
        first.time = bucket;
        m_last = first;
        m_beforeLastPart.reset();
        m_lastPartTime = bar.time;
        return Change::Appended;
    }
    if (bucket < m_last->time)
        return Change::Ignored;
    if (bar.time == m_lastPartTime) {
        // The same finer bar again (updated): replace its earlier contribution.
        Bar replaced = m_beforeLastPart ? merge(*m_beforeLastPart, bar) : bar;
        replaced.time = m_last->time;
        m_last = replaced;
        return Change::Replaced;
    }
    if (!m_lastPartTime.isNull() && bar.time < m_lastPartTime)
        return Change::Ignored; // older than what is already in the bucket
    m_beforeLastPart = m_last;
    m_last = merge(*m_last, bar);
    m_lastPartTime = bar.time;
    return Change::Replaced;
}

Bar BarAggregator::merge(const Bar &a, const Bar &b)
{
    Bar out = a;
    out.high = Decimal::max(a.high, b.high);
    out.low = Decimal::min(a.low, b.low);
    out.close = b.close;
    out.volume = a.volume + b.volume;
    out.tradeCount = a.tradeCount + b.tradeCount;
    if (out.volume > 0) {
        // Volume-weighted: exact decimal arithmetic, the VWAP is a price.
        const Result<Decimal> weighted =
            (a.vwap * Decimal::fromInt(a.volume) + b.vwap * Decimal::fromInt(b.volume))
                .checkedDiv(Decimal::fromInt(out.volume));
        out.vwap = weighted ? weighted.value().normalized() : b.vwap;
    }
    if (out.symbol.isEmpty())
        out.symbol = b.symbol;
    return out;
}

} // namespace Elson
