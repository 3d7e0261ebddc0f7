// SPDX-License-Identifier: GPL-3.0-or-later
#include "exitcode.h"

#include <QString>

namespace Elson {

ExitCode exitCodeFor(const Error &error)
{
    if (!error.isError())
        return ExitCode::Ok;
    const QString rule = error.extra.value(QStringLiteral("rule")).toString();
    if (rule.startsWith(u"gate.") || rule == u"credentials" || rule == u"environment")
        return ExitCode::Configuration;
    if (!rule.isEmpty())
        return ExitCode::Refused;
    switch (error.code) {
    case Error::Code::Safety:
    case Error::Code::Unauthorized:
        return ExitCode::Configuration;
    case Error::Code::Validation:
        // A trade the chain let through but that cannot be written as a request.
        return ExitCode::Refused;
    case Error::Code::None:
        return ExitCode::Ok;
    case Error::Code::Parse:
    case Error::Code::Overflow:
    case Error::Code::Network:
    case Error::Code::Http:
    case Error::Code::RateLimited:
    case Error::Code::NotFound:
    case Error::Code::Internal:
        break;
    }
    return ExitCode::ApiError;
}

} // namespace Elson
