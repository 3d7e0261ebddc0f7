// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simasset.h"

#include <QHash>
#include <QList>
#include <QStringView>
#include <QUuid>

namespace Elson {

/**
 * The instruments the simulator lists and trades: an immutable set of SimAssets
 * with lookup by symbol and by id.
 *
 * standard() is the built-in universe: about thirty well-known US stocks and
 * ETFs at plausible late-2026 levels, plus the fictional sub-dollar PNNY for the
 * sub-penny rule. A few assets exist to exercise the rules: PNNY, SQQQ and NSRGY
 * are not fractionable, NSRGY is not tradable (an OTC, data-only listing) and
 * GME is shortable but hard to borrow.
 *
 * Pointers returned by the finders stay valid as long as any copy of the
 * universe that they came from is alive.
 */
class SimUniverse final
{
public:
    /** The built-in universe. */
    static SimUniverse standard();

    /** A custom universe; symbols and ids must be unique (asserted). */
    explicit SimUniverse(QList<SimAsset> assets);

    [[nodiscard]] const QList<SimAsset> &assets() const { return m_assets; }
    [[nodiscard]] qsizetype size() const { return m_assets.size(); }

    /** The asset with exactly this symbol ("AAPL", "BRK.B"), or nullptr. */
    [[nodiscard]] const SimAsset *findBySymbol(QStringView symbol) const;
    /** The asset with this id, or nullptr. */
    [[nodiscard]] const SimAsset *findById(const QUuid &id) const;
    /**
     * GET /v2/assets/{symbol_or_asset_id}: a text that parses as a UUID is looked
     * up as an id, anything else as a symbol. nullptr when unknown.
     */
    [[nodiscard]] const SimAsset *find(QStringView symbolOrId) const;

    /**
     * The stable asset id of @p symbol: a name-based (version 5) UUID in the
     * simulator's own namespace, so ids survive restarts and match across runs.
     */
    [[nodiscard]] static QUuid assetId(QStringView symbol);

private:
    QList<SimAsset> m_assets;
    QHash<QString, qsizetype> m_bySymbol;
    QHash<QUuid, qsizetype> m_byId;
};

} // namespace Elson
