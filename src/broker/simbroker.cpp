// SPDX-License-Identifier: GPL-3.0-or-later
#include "simbroker.h"

namespace Elson {

SimService::Options SimBroker::defaultOptions()
{
    SimService::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = 0;
    options.partialFillPercent = 0;
    return options;
}

Result<std::unique_ptr<SimBroker>> SimBroker::create(SimService::Options options, Settings settings)
{
    if (Result<bool> valid = SimService::validate(options); !valid)
        return valid.error();
    auto service = std::make_unique<SimService>(std::move(options));
    if (Result<quint16> port = service->start(); !port)
        return port.error();
    return std::unique_ptr<SimBroker>(new SimBroker(std::move(service), std::move(settings)));
}

SimBroker::SimBroker(std::unique_ptr<SimService> service, Settings settings)
    : AlpacaBroker(settingsFor(*service, std::move(settings))), m_service(std::move(service))
{
}

SimBroker::~SimBroker()
{
    // The client's pending requests go first, then the exchange they talk to.
    stopStreaming();
    if (m_service)
        m_service->stop();
}

AlpacaBroker::Settings SimBroker::settingsFor(const SimService &service, Settings settings)
{
    const QUrl url = service.url();
    settings.endpoints.paperTrading = url;
    settings.endpoints.liveTrading = url;
    settings.endpoints.data = url;
    QUrl stream = url;
    stream.setScheme(QStringLiteral("ws"));
    settings.endpoints.dataStream = stream;
    settings.credentials = BrokerCredentials(service.options().keyId, service.options().secretKey);
    settings.mode = Mode::Sim;
    settings.validatedAgainstLive = false;
    return settings;
}

} // namespace Elson
