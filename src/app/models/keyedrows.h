// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <utility>

namespace Elson {

/**
 * Brings a keyed list of rows in a model to @p incoming without a reset, in O(n) plus
 * the list moves each structural change costs:
 *   1. rows whose key is gone are removed, one removal per run, from the bottom up;
 *   2. rows whose key stays are updated in place (the store diffs the cells);
 *   3. the store flushes its dataChanged() while the row numbers still hold;
 *   4. new rows are inserted, one insertion per run, after the surviving row that
 *      precedes them in @p incoming (at the top when none does), from the bottom up.
 * Surviving rows keep their relative order (a reordering is the sort proxy's business),
 * so persistent indexes, selection and scroll position survive.
 * A key that appears twice in @p incoming is taken once (the first).
 *
 * The Store provides:
 *   qsizetype size() const;
 *   QString keyAt(qsizetype row) const;
 *   QString keyOf(const T &item) const;
 *   void removeRows(qsizetype first, qsizetype count);  // begin/endRemoveRows around it
 *   void insertRows(qsizetype at, QList<T> items);      // begin/endInsertRows around it
 *   void updateRow(qsizetype row, const T &item);       // compare, assign, note changed cells
 *   void updatesDone();                                 // emit the noted dataChanged()
 */
template<typename T, typename Store>
void syncKeyedRows(Store &store, const QList<T> &incoming)
{
    // Only const access to @p incoming: a caller's list is shared, not deep-copied, and
    // only the rows that changed or arrived are copied.
    QHash<QString, qsizetype> wanted;
    wanted.reserve(incoming.size());
    for (qsizetype j = incoming.size() - 1; j >= 0; --j) // the first of duplicates wins
        wanted.insert(store.keyOf(incoming.at(j)), j);

    // 1. Departures, bottom up so the rows above keep their numbers.
    for (qsizetype i = store.size() - 1; i >= 0;) {
        if (wanted.contains(store.keyAt(i))) {
            --i;
            continue;
        }
        const qsizetype last = i;
        while (i >= 0 && !wanted.contains(store.keyAt(i)))
            --i;
        store.removeRows(i + 1, last - i);
    }

    QHash<QString, qsizetype> current;
    current.reserve(store.size());
    for (qsizetype i = 0; i < store.size(); ++i)
        current.emplace(store.keyAt(i), i);

    // 2. Updates in place; arrivals are grouped by the row they go before.
    struct Arrivals
    {
        qsizetype at = 0;
        QList<T> items;
    };
    QList<Arrivals> arrivals;
    qsizetype at = 0;
    bool previousWasNew = false;
    for (qsizetype j = 0; j < incoming.size(); ++j) {
        const QString key = store.keyOf(incoming.at(j));
        if (wanted.value(key) != j)
            continue; // a later duplicate
        if (const auto found = current.constFind(key); found != current.cend()) {
            store.updateRow(found.value(), incoming.at(j));
            at = found.value() + 1;
            previousWasNew = false;
            continue;
        }
        if (previousWasNew && !arrivals.isEmpty() && arrivals.last().at == at)
            arrivals.last().items.append(incoming.at(j));
        else
            arrivals.append({at, {incoming.at(j)}});
        previousWasNew = true;
    }

    // 3. The rows still have the numbers the updates were noted under.
    store.updatesDone();

    // 4. Arrivals, bottom up; groups for the same place (a reordered list) join in order.
    std::stable_sort(arrivals.begin(), arrivals.end(),
                     [](const Arrivals &a, const Arrivals &b) { return a.at > b.at; });
    for (qsizetype g = 0; g < arrivals.size();) {
        QList<T> items = std::move(arrivals[g].items);
        const qsizetype place = arrivals.at(g).at;
        ++g;
        while (g < arrivals.size() && arrivals.at(g).at == place) {
            items.append(std::move(arrivals[g].items));
            ++g;
        }
        store.insertRows(place, std::move(items));
    }
}

} // namespace Elson
