// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alpacabroker.h"
#include "simservice.h"

#include <memory>

namespace Elson {

/**
 * The embedded exchange as a Broker: an in-process SimService on 127.0.0.1 (an
 * ephemeral port) traded through the same AlpacaBroker and AlpacaClient code path as
 * Alpaca itself, with the simulator's demo key pair. Its mode() is Sim.
 */
class SimBroker final : public AlpacaBroker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimBroker)

public:
    /**
     * Starts a SimService with @p options (host must stay loopback) and a broker on its
     * URL. @p settings supplies the limits and environment; endpoints, credentials and
     * mode are overwritten. Fails when the exchange cannot start.
     */
    [[nodiscard]] static Result<std::unique_ptr<SimBroker>>
    create(SimService::Options options = defaultOptions(), Settings settings = {});

    /** Loopback, ephemeral port, no partial fills. */
    [[nodiscard]] static SimService::Options defaultOptions();

    ~SimBroker() override;

    /** The exchange behind this broker (its engine for tests, its url() for other clients). */
    [[nodiscard]] SimService *service() const { return m_service.get(); }

private:
    SimBroker(std::unique_ptr<SimService> service, Settings settings);
    static Settings settingsFor(const SimService &service, Settings settings);

    std::unique_ptr<SimService> m_service;
};

} // namespace Elson
