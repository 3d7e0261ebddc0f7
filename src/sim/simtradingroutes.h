// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "asset.h"
#include "simexchange.h"
#include "simrouter.h"
#include "timestamp.h"

#include <QCoreApplication>

#include <functional>

namespace Elson {

/**
 * Alpaca's Trading API v2 REST endpoints (§4, §6–§11 of the team reference) over
 * a SimExchange: account and configurations, positions, orders, assets, clock,
 * calendar, account activities and portfolio history — same paths, JSON shapes
 * (all through the codec) and status codes (DELETE /v2/orders/{id} → 204,
 * DELETE /v2/orders and DELETE /v2/positions → 207).
 *
 * Before each request the engine is advanced to the simulator clock, so what a
 * client reads is consistent with GET /v2/clock. Request bodies are parsed with
 * the codec: invalid JSON or a wrong type is a 400 40010001 naming the field.
 *
 * The routes capture this object: it must outlive the router it was added to.
 */
class SimTradingRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(SimTradingRoutes)

public:
    using NowSource = std::function<Timestamp()>;

    SimTradingRoutes(SimExchange &exchange, NowSource now);

    /** Registers every /v2/… trading route on @p router. */
    void addTo(SimRouter &router);

    /** GET /v2/assets's view of a simulated instrument. */
    [[nodiscard]] static Asset toAsset(const SimAsset &asset);

    /** Orders accepted by POST /v2/orders since start. */
    [[nodiscard]] qint64 ordersAccepted() const { return m_ordersAccepted; }

private:
    void sync();

    SimResponse account(const SimRequest &request);
    SimResponse configurations(const SimRequest &request);
    SimResponse patchConfigurations(const SimRequest &request);
    SimResponse positions(const SimRequest &request);
    SimResponse position(const SimRequest &request);
    SimResponse closePosition(const SimRequest &request);
    SimResponse closeAllPositions(const SimRequest &request);
    SimResponse submitOrder(const SimRequest &request);
    SimResponse listOrders(const SimRequest &request);
    SimResponse cancelAllOrders(const SimRequest &request);
    SimResponse getOrder(const SimRequest &request);
    SimResponse replaceOrder(const SimRequest &request);
    SimResponse cancelOrder(const SimRequest &request);
    SimResponse orderByClientOrderId(const SimRequest &request);
    SimResponse assets(const SimRequest &request);
    SimResponse asset(const SimRequest &request);
    SimResponse clock(const SimRequest &request);
    SimResponse calendar(const SimRequest &request);
    SimResponse activities(const SimRequest &request);
    SimResponse portfolioHistory(const SimRequest &request);

    SimExchange &m_exchange;
    NowSource m_now;
    qint64 m_ordersAccepted = 0;
};

} // namespace Elson
