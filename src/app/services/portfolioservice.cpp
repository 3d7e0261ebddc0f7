// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolioservice.h"

#include "activityquery.h"
#include "orderlistquery.h"
#include "ordersmodel.h"
#include "tradingsession.h"

#include <QFuture>

#include <algorithm>
#include <memory>

namespace Elson {

namespace {

constexpr qint64 MinuteMs = 60'000;
/// A fill moves cash, positions and activities at once; one read each after a burst.
constexpr int FollowUpDelayMs = 250;

Error canceledError()
{
    Error e;
    e.code = Error::Code::Network;
    e.message = PortfolioService::tr("The request was cancelled before it finished.");
    return e;
}

const Timestamp &submitted(const Order &o)
{
    return o.submittedAt.isNull() ? o.createdAt : o.submittedAt;
}

/// (row, leg) of @p id in @p orders; leg -1 for a top-level order; row -1 when absent.
QPair<int, int> locate(const QList<Order> &orders, const QString &id)
{
    for (int row = 0; row < orders.size(); ++row) {
        const Order &o = orders.at(row);
        if (o.id == id)
            return {row, -1};
        for (int leg = 0; leg < o.legs.size(); ++leg) {
            if (o.legs.at(leg).id == id)
                return {row, leg};
        }
    }
    return {-1, -1};
}

/// @p candidate is at least as recent as @p current (a missing updated_at never wins over one).
// QList<Order>::operator== is not offered (Order nests QList<Order>, which Qt's trait
// cannot see through); the element-wise comparison is the same thing.
bool sameOrders(const QList<Order> &a, const QList<Order> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend());
}

bool isNewer(const Order &candidate, const Order &current)
{
    if (candidate.updatedAt.isNull())
        return current.updatedAt.isNull();
    return current.updatedAt.isNull() || candidate.updatedAt >= current.updatedAt;
}

} // namespace

PortfolioService::PortfolioService(TradingSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_monotonic.start();
    for (int k = 0; k < KindCount; ++k) {
        const Kind kind = Kind(k);
        QTimer &timer = poller(kind).timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, this, [this, kind] { issue(kind); });
    }
    m_followUp.setSingleShot(true);
    m_followUp.setInterval(FollowUpDelayMs);
    connect(&m_followUp, &QTimer::timeout, this, &PortfolioService::followUp);
    connect(&m_staleTimer, &QTimer::timeout, this, &PortfolioService::updateStale);
    m_reconcileTimer.setSingleShot(true);
    connect(&m_reconcileTimer, &QTimer::timeout, this, &PortfolioService::reconcileNow);
    if (m_session) {
        connect(m_session, &TradingSession::brokerChanged, this, &PortfolioService::setBroker);
        if (m_session->broker())
            setBroker(m_session->broker());
    }
}

// Replies that land later are dropped with their context (this).
PortfolioService::~PortfolioService() = default;

void PortfolioService::setIntervals(Intervals intervals)
{
    intervals.accountMs = std::max(intervals.accountMs, 1);
    intervals.positionsMs = std::max(intervals.positionsMs, 1);
    intervals.ordersMs = std::max(intervals.ordersMs, 1);
    intervals.clockMs = std::max(intervals.clockMs, 1);
    intervals.activitiesMs = std::max(intervals.activitiesMs, 1);
    intervals.maxBackoffMs = std::max(intervals.maxBackoffMs, 1);
    intervals.reconcileGapMs = std::max(intervals.reconcileGapMs, 0);
    intervals.staleAfterIntervals = std::max(intervals.staleAfterIntervals, 1);
    if (intervals == m_intervals)
        return;
    m_intervals = intervals;
    if (!m_running)
        return;
    m_staleTimer.setInterval(std::clamp(
        std::min({m_intervals.accountMs, m_intervals.positionsMs, m_intervals.ordersMs}) / 2, 50, 1000));
    for (int k = 0; k < KindCount; ++k) {
        if (poller(Kind(k)).timer.isActive())
            schedule(Kind(k));
    }
}

void PortfolioService::start()
{
    if (m_running)
        return;
    m_running = true;
    m_startedMs = nowMs();
    m_staleTimer.start(std::clamp(
        std::min({m_intervals.accountMs, m_intervals.positionsMs, m_intervals.ordersMs}) / 2, 50, 1000));
    if (!m_broker)
        return;
    m_broker->startStreaming();
    for (int k = 0; k < KindCount; ++k)
        request(Kind(k));
}

void PortfolioService::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    for (Poller &p : m_pollers) {
        p.timer.stop();
        p.inFlight = false;
        p.again = false;
    }
    m_staleTimer.stop();
    m_followUp.stop();
    m_followUpKinds.clear();
    m_reconciling = false;
    m_reconcileTimer.stop();
}

void PortfolioService::refreshNow()
{
    for (int k = 0; k < KindCount; ++k)
        issue(Kind(k));
}

QList<Order> PortfolioService::openOrders() const
{
    QList<Order> open;
    for (const Order &o : m_orders) {
        if (OrdersModel::isOpen(o))
            open.append(o);
    }
    return open;
}

Timestamp PortfolioService::exchangeNow() const
{
    if (!m_clock || m_clock->timestamp.isNull())
        return {};
    return m_clock->timestamp.addNanos((nowMs() - m_clockReceivedMs) * 1'000'000);
}

bool PortfolioService::isStale() const
{
    return isStaleAt(nowMs());
}

bool PortfolioService::isStaleAt(qint64 now) const
{
    if (m_startedMs < 0)
        return false; // never asked to be fresh
    for (const Kind kind : {Kind::Account, Kind::Positions, Kind::Orders}) {
        const Poller &p = poller(kind);
        if (p.error)
            return true;
        const qint64 since = p.lastSuccessMs >= 0 ? p.lastSuccessMs : m_startedMs;
        if (now - since > qint64(intervalOf(kind)) * m_intervals.staleAfterIntervals)
            return true;
    }
    return false;
}

void PortfolioService::updateStale()
{
    const bool stale = isStale();
    if (stale == m_stale)
        return;
    m_stale = stale;
    Q_EMIT staleChanged(stale);
}

int PortfolioService::requestsInLastMinute() const
{
    const qint64 since = nowMs() - MinuteMs;
    const auto first = std::upper_bound(m_requestTimes.cbegin(), m_requestTimes.cend(), since);
    return int(m_requestTimes.cend() - first);
}

void PortfolioService::countRequests(int count)
{
    const qint64 now = nowMs();
    for (int i = 0; i < count; ++i)
        m_requestTimes.append(now);
    const auto first = std::upper_bound(m_requestTimes.cbegin(), m_requestTimes.cend(), now - MinuteMs);
    m_requestTimes.remove(0, first - m_requestTimes.cbegin());
}

int PortfolioService::intervalOf(Kind kind) const
{
    switch (kind) {
    case Kind::Account: return m_intervals.accountMs;
    case Kind::Positions: return m_intervals.positionsMs;
    case Kind::Orders: return m_intervals.ordersMs;
    case Kind::Clock: return m_intervals.clockMs;
    case Kind::Activities: return m_intervals.activitiesMs;
    }
    return m_intervals.accountMs;
}

// --- the broker ---------------------------------------------------------------------------------

void PortfolioService::setBroker(Broker *broker)
{
    if (m_broker)
        disconnect(m_broker, nullptr, this, nullptr);
    ++m_generation;
    for (Poller &p : m_pollers) {
        p.timer.stop();
        p.inFlight = false;
        p.again = false;
        p.failures = 0;
        p.lastSuccessMs = -1;
        p.error.reset();
    }
    m_followUp.stop();
    m_followUpKinds.clear();
    m_reconciling = false;
    m_reconcileTimer.stop();
    m_lastReconcileMs = -1;
    m_broker = broker;
    clearData();

    if (m_streamHealth != Broker::StreamHealth::Down) {
        m_streamHealth = Broker::StreamHealth::Down;
        Q_EMIT streamHealthChanged(m_streamHealth);
    }
    if (!m_broker)
        return;
    connect(m_broker, &Broker::tradeUpdate, this, &PortfolioService::onTradeUpdate);
    connect(m_broker, &Broker::streamHealthChanged, this, &PortfolioService::onStreamHealth);
    if (!m_running)
        return;
    m_startedMs = nowMs();
    m_broker->startStreaming();
    for (int k = 0; k < KindCount; ++k)
        request(Kind(k));
    updateStale();
}

void PortfolioService::clearData()
{
    const bool hadPositions = !m_positions.isEmpty();
    const bool hadOrders = !m_orders.isEmpty();
    const bool hadActivities = !m_activities.isEmpty();
    m_account.reset();
    m_positions.clear();
    m_orders.clear();
    m_orderIndex.clear();
    m_streamTouched.clear();
    m_clock.reset();
    m_clockReceivedMs = -1;
    m_activities.clear();
    m_lastRefresh = {};
    m_lastError = {};
    Q_EMIT cleared();
    if (hadPositions)
        Q_EMIT positionsChanged(m_positions);
    if (hadOrders)
        Q_EMIT ordersChanged(m_orders);
    if (hadActivities)
        Q_EMIT activitiesChanged(m_activities);
}

// --- polling ------------------------------------------------------------------------------------

void PortfolioService::issue(Kind kind)
{
    if (!m_running || !m_broker)
        return;
    Poller &p = poller(kind);
    if (p.inFlight) {
        p.again = true;
        return;
    }
    request(kind);
}

void PortfolioService::request(Kind kind)
{
    Poller &p = poller(kind);
    p.timer.stop();
    p.inFlight = true;
    p.again = false;
    p.sequence = ++m_sequence;
    const quint64 generation = m_generation;
    const auto current = [this, generation] { return generation == m_generation; };
    const auto canceled = [this, current, kind] {
        if (current())
            finished(kind, canceledError());
    };

    switch (kind) {
    case Kind::Account:
        countRequests(1);
        m_broker->account()
            .then(this, [this, current](Result<Account> result) {
                if (!current())
                    return;
                if (!result) {
                    finished(Kind::Account, result.error());
                    return;
                }
                applyAccount(result.value());
                finished(Kind::Account, std::nullopt);
            })
            .onCanceled(this, canceled);
        break;
    case Kind::Positions:
        countRequests(1);
        m_broker->positions()
            .then(this, [this, current](Result<QList<Position>> result) {
                if (!current())
                    return;
                if (!result) {
                    finished(Kind::Positions, result.error());
                    return;
                }
                applyPositions(std::move(result).value());
                finished(Kind::Positions, std::nullopt);
            })
            .onCanceled(this, canceled);
        break;
    case Kind::Orders: {
        // Open orders and the most recent ones, both in a single page each.
        OrderListQuery open;
        open.status = OrderListQuery::Status::Open;
        open.limit = OrderListLimit;
        open.pageSize = OrderListLimit;
        open.nested = true;
        OrderListQuery all = open;
        all.status = OrderListQuery::Status::All;

        struct Pair
        {
            std::optional<Result<QList<Order>>> open;
            std::optional<Result<QList<Order>>> all;
            bool done = false;
        };
        auto pair = std::make_shared<Pair>();
        const quint64 sequence = p.sequence;
        const auto land = [this, current, pair, sequence] {
            if (!current() || pair->done || !pair->open || !pair->all)
                return;
            pair->done = true;
            if (!*pair->open) {
                finished(Kind::Orders, pair->open->error());
                return;
            }
            if (!*pair->all) {
                finished(Kind::Orders, pair->all->error());
                return;
            }
            applyOrders(std::move(*pair->open).value(), std::move(*pair->all).value(), sequence);
            finished(Kind::Orders, std::nullopt);
        };
        const auto canceledOnce = [this, current, pair] {
            if (!current() || pair->done)
                return;
            pair->done = true;
            finished(Kind::Orders, canceledError());
        };
        countRequests(2);
        m_broker->orders(open)
            .then(this, [pair, land](Result<QList<Order>> result) {
                pair->open = std::move(result);
                land();
            })
            .onCanceled(this, canceledOnce);
        m_broker->orders(all)
            .then(this, [pair, land](Result<QList<Order>> result) {
                pair->all = std::move(result);
                land();
            })
            .onCanceled(this, canceledOnce);
        break;
    }
    case Kind::Clock:
        countRequests(1);
        m_broker->clock()
            .then(this, [this, current](Result<Clock> result) {
                if (!current())
                    return;
                if (!result) {
                    finished(Kind::Clock, result.error());
                    return;
                }
                applyClock(result.value());
                finished(Kind::Clock, std::nullopt);
            })
            .onCanceled(this, canceled);
        break;
    case Kind::Activities: {
        ActivityQuery query;
        query.pageSize = ActivityLimit;
        query.limit = ActivityLimit;
        countRequests(1);
        m_broker->activities(query)
            .then(this, [this, current](Result<QList<Activity>> result) {
                if (!current())
                    return;
                if (!result) {
                    finished(Kind::Activities, result.error());
                    return;
                }
                applyActivities(std::move(result).value());
                finished(Kind::Activities, std::nullopt);
            })
            .onCanceled(this, canceled);
        break;
    }
    }
}

void PortfolioService::finished(Kind kind, const std::optional<Error> &error)
{
    // A slot of a signal below may stop the service or change the broker: then the rest
    // of this reply is history.
    const quint64 generation = m_generation;
    Poller &p = poller(kind);
    p.inFlight = false;
    if (error) {
        ++p.failures;
        p.error = error;
        m_lastError = *error;
        Q_EMIT errorOccurred(*error);
    } else {
        p.failures = 0;
        p.error.reset();
        p.lastSuccessMs = nowMs();
        m_lastRefresh = QDateTime::currentDateTimeUtc();
        if (std::none_of(m_pollers.cbegin(), m_pollers.cend(),
                         [](const Poller &other) { return other.error.has_value(); }))
            m_lastError = {};
        if (m_reconciling && p.sequence > m_reconcileSequence) {
            if (kind == Kind::Orders)
                m_reconciledOrders = true;
            if (kind == Kind::Positions)
                m_reconciledPositions = true;
        }
    }
    updateStale();
    if (!error)
        Q_EMIT refreshed();
    if (m_reconciling && m_reconciledOrders && m_reconciledPositions && generation == m_generation) {
        m_reconciling = false;
        m_reconcileTimer.stop(); // the polls did it: the round waiting for the gap is not needed
        Q_EMIT reconciled();
    }
    if (!m_running || generation != m_generation)
        return;
    if (p.again && !error) {
        request(kind);
        return;
    }
    schedule(kind);
}

void PortfolioService::schedule(Kind kind)
{
    Poller &p = poller(kind);
    qint64 delay = intervalOf(kind);
    // interval × 2ⁿ after n failures in a row, capped; the shift is bounded before it can overflow.
    if (p.failures > 0)
        delay = std::min<qint64>(delay << std::min(p.failures, 20), m_intervals.maxBackoffMs);
    p.timer.start(int(delay));
}

// --- applying replies -------------------------------------------------------------------------

void PortfolioService::applyAccount(const Account &account)
{
    if (m_account && *m_account == account)
        return;
    m_account = account;
    Q_EMIT accountChanged(account);
}

void PortfolioService::applyPositions(QList<Position> positions)
{
    if (positions == m_positions)
        return;
    m_positions = std::move(positions);
    Q_EMIT positionsChanged(m_positions);
}

void PortfolioService::applyOrders(QList<Order> open, QList<Order> all, quint64 requestSequence)
{
    // Union by id; where both lists have an order, the fresher copy wins.
    QList<Order> merged = std::move(all);
    QHash<QString, qsizetype> position;
    position.reserve(merged.size() + open.size());
    for (qsizetype i = 0; i < merged.size(); ++i)
        position.insert(merged.at(i).id, i);
    for (Order &o : open) {
        const auto found = position.constFind(o.id);
        if (found == position.cend()) {
            position.insert(o.id, merged.size());
            merged.append(std::move(o));
        } else if (isNewer(o, merged.at(found.value()))) {
            merged[found.value()] = std::move(o);
        }
    }
    std::stable_sort(merged.begin(), merged.end(), [](const Order &a, const Order &b) {
        return submitted(b) < submitted(a);
    });

    // What the stream said after this poll was sent is newer than the poll.
    for (auto it = m_streamTouched.begin(); it != m_streamTouched.end();) {
        if (it.value() <= requestSequence) {
            it = m_streamTouched.erase(it);
            continue;
        }
        const QPair<int, int> mine = m_orderIndex.value(it.key(), {-1, -1});
        if (mine.first >= 0) {
            const Order &known = mine.second < 0 ? m_orders.at(mine.first)
                                                 : m_orders.at(mine.first).legs.at(mine.second);
            const QPair<int, int> polled = locate(merged, it.key());
            if (polled.first < 0 && mine.second < 0) {
                merged.prepend(known); // placed after the poll was sent
            } else if (polled.first >= 0) {
                Order &theirs = polled.second < 0 ? merged[polled.first]
                                                  : merged[polled.first].legs[polled.second];
                if (!isNewer(theirs, known)) {
                    QList<Order> legs = theirs.legs;
                    theirs = known;
                    if (theirs.legs.isEmpty())
                        theirs.legs = std::move(legs);
                }
            }
        }
        ++it;
    }
    setOrders(std::move(merged));
}

void PortfolioService::applyClock(const Clock &clock)
{
    const bool changed = !m_clock || *m_clock != clock;
    m_clock = clock;
    m_clockReceivedMs = nowMs();
    if (changed)
        Q_EMIT clockChanged(clock);
}

void PortfolioService::applyActivities(QList<Activity> activities)
{
    if (activities == m_activities)
        return;
    m_activities = std::move(activities);
    Q_EMIT activitiesChanged(m_activities);
}

void PortfolioService::setOrders(QList<Order> orders)
{
    if (sameOrders(orders, m_orders))
        return;
    m_orders = std::move(orders);
    rebuildOrderIndex();
    Q_EMIT ordersChanged(m_orders);
}

void PortfolioService::rebuildOrderIndex()
{
    m_orderIndex.clear();
    m_orderIndex.reserve(m_orders.size());
    for (int row = 0; row < m_orders.size(); ++row) {
        const Order &o = m_orders.at(row);
        m_orderIndex.insert(o.id, {row, -1});
        for (int leg = 0; leg < o.legs.size(); ++leg)
            m_orderIndex.insert(o.legs.at(leg).id, {row, leg});
    }
}

// --- the stream ---------------------------------------------------------------------------------

void PortfolioService::onTradeUpdate(const TradeUpdate &update)
{
    if (!m_running || update.order.id.isEmpty())
        return;
    const Order &incoming = update.order;
    m_streamTouched.insert(incoming.id, ++m_sequence);

    QList<Order> orders = m_orders;
    const QPair<int, int> at = m_orderIndex.value(incoming.id, {-1, -1});
    if (at.first < 0) {
        orders.prepend(incoming); // newest first
    } else {
        Order &known = at.second < 0 ? orders[at.first] : orders[at.first].legs[at.second];
        if (!isNewer(incoming, known))
            return; // an older event arriving late
        QList<Order> legs = known.legs;
        known = incoming;
        if (known.legs.isEmpty())
            known.legs = std::move(legs); // stream orders may come without their legs
    }
    setOrders(std::move(orders));

    // The event moved cash or holdings: read them now rather than at the next tick.
    switch (update.event) {
    case TradeEvent::Fill:
    case TradeEvent::PartialFill:
    case TradeEvent::TradeBust:
    case TradeEvent::TradeCorrect:
        m_followUpKinds << Kind::Account << Kind::Positions << Kind::Activities;
        break;
    case TradeEvent::New:
    case TradeEvent::Canceled:
    case TradeEvent::Expired:
    case TradeEvent::Replaced:
    case TradeEvent::Rejected:
    case TradeEvent::DoneForDay:
        m_followUpKinds << Kind::Account;
        break;
    default:
        return;
    }
    if (!m_followUp.isActive())
        m_followUp.start();
}

void PortfolioService::followUp()
{
    QList<Kind> kinds = std::exchange(m_followUpKinds, {});
    std::sort(kinds.begin(), kinds.end());
    kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
    for (const Kind kind : std::as_const(kinds))
        issue(kind);
}

void PortfolioService::onStreamHealth(Broker::StreamHealth health)
{
    if (health == m_streamHealth)
        return;
    const Broker::StreamHealth previous = std::exchange(m_streamHealth, health);
    Q_EMIT streamHealthChanged(health);
    if (health != Broker::StreamHealth::Healthy || previous == Broker::StreamHealth::Healthy
        || !m_running)
        return;
    // Events may have been missed while the stream was away: read the truth again. Only
    // reads sent from now on count, also for a round still waiting for an earlier recovery.
    m_reconciling = true;
    m_reconcileSequence = m_sequence;
    m_reconciledOrders = false;
    m_reconciledPositions = false;
    const qint64 since = m_lastReconcileMs < 0 ? qint64(m_intervals.reconcileGapMs)
                                               : nowMs() - m_lastReconcileMs;
    if (since >= m_intervals.reconcileGapMs) {
        reconcileNow();
    } else if (!m_reconcileTimer.isActive()) {
        // A flapping stream: one round when the gap ends covers every recovery inside it.
        m_reconcileTimer.start(int(m_intervals.reconcileGapMs - since));
    }
}

void PortfolioService::reconcileNow()
{
    m_reconcileTimer.stop();
    if (!m_running || !m_broker || !m_reconciling)
        return;
    m_lastReconcileMs = nowMs();
    for (const Kind kind : {Kind::Orders, Kind::Positions}) {
        const Poller &p = poller(kind);
        const bool done = kind == Kind::Orders ? m_reconciledOrders : m_reconciledPositions;
        // A read already sent since the recovery will do; an older one in flight is
        // followed by another (issue() sets `again`).
        if (done || (p.inFlight && p.sequence > m_reconcileSequence))
            continue;
        issue(kind);
    }
}

} // namespace Elson
