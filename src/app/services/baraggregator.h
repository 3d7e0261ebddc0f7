// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bar.h"
#include "timestamp.h"

#include <QList>
#include <QString>

#include <optional>

namespace Elson {

/**
 * Keeps the last bar of a series of one timeframe current from finer live bars
 * (the stream's and the snapshot's minute bars), so a 15-minute chart grows as
 * minutes close instead of waiting for the next history load.
 *
 * Buckets are aligned as Alpaca aligns bars: minute and hour bars on New York
 * midnight, a day bar at New York midnight of its date. A minute bar that arrives
 * again (the snapshot repeats the minute in progress) replaces its earlier
 * contribution instead of adding its volume twice.
 *
 * Known limit: the history's last bar already contains the minutes traded before
 * it was loaded; a live minute of that same bucket is added on top, so the
 * bucket's volume can count the minute in progress at load time twice.
 */
class BarAggregator final
{
public:
    /** What add() did to the series. */
    enum class Change { Ignored, Appended, Replaced };

    /** @p timeframe: "1Min" … "59Min", "1Hour" … "23Hour", "1Day" (also "5T", "1H", "1D"). */
    explicit BarAggregator(const QString &timeframe = QStringLiteral("1Min"));

    /** Whether @p timeframe is one bucketStart() understands. */
    [[nodiscard]] static bool isSupported(const QString &timeframe);
    /** The start of the bucket of @p timeframe containing @p time (null if unsupported). */
    [[nodiscard]] static Timestamp bucketStart(const QString &timeframe, const Timestamp &time);
    /** The length of a bucket in seconds; 86'400 for a day (nominal, for axis spacing). */
    [[nodiscard]] static qint64 bucketSeconds(const QString &timeframe);

    [[nodiscard]] const QString &timeframe() const { return m_timeframe; }

    /** Starts over from @p history (ascending, bars of this timeframe). */
    void reset(const QList<Bar> &history);
    /** The last bar of the series, if any. */
    [[nodiscard]] const std::optional<Bar> &last() const { return m_last; }

    /**
     * Folds @p bar (this timeframe or finer) into the series: a later bucket appends a
     * bar, the last bucket is updated, an earlier one is ignored. The result is last().
     */
    Change add(const Bar &bar);

    /** @p a followed by @p b: first open, extreme high/low, last close, summed volume. */
    [[nodiscard]] static Bar merge(const Bar &a, const Bar &b);

private:
    QString m_timeframe;
    std::optional<Bar> m_last;
    std::optional<Bar> m_beforeLastPart; ///< the last bar before its latest part was merged
    Timestamp m_lastPartTime; ///< start of the latest finer bar merged into m_last
};

} // namespace Elson
