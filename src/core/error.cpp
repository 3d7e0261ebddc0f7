// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include <QCoreApplication>

namespace Elson {

QString Error::toString() const
{
    if (field.isEmpty())
        return message;
    return field + QStringLiteral(": ") + message;
}

namespace {
Error make(Error::Code code, const QString &field, const QString &message)
{
    Error e;
    e.code = code;
    e.field = field;
    e.message = message;
    return e;
}
} // namespace

Error Error::parse(const QString &field, const QString &message)
{
    return make(Code::Parse, field, message);
}

Error Error::validation(const QString &field, const QString &message)
{
    return make(Code::Validation, field, message);
}

Error Error::overflow(const QString &field, const QString &message)
{
    return make(Code::Overflow, field, message);
}

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::None: return QStringLiteral("none");
    case Error::Code::Parse: return QStringLiteral("parse");
    case Error::Code::Validation: return QStringLiteral("validation");
    case Error::Code::Overflow: return QStringLiteral("overflow");
    case Error::Code::Network: return QStringLiteral("network");
    case Error::Code::Http: return QStringLiteral("http");
    case Error::Code::RateLimited: return QStringLiteral("rate_limited");
    case Error::Code::Unauthorized: return QStringLiteral("unauthorized");
    case Error::Code::NotFound: return QStringLiteral("not_found");
    case Error::Code::Safety: return QStringLiteral("safety");
    case Error::Code::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace Elson
