// SPDX-License-Identifier: GPL-3.0-or-later
#include "alpacaerrors.h"

#include "apierror.h"
#include "retrypolicy.h"

#include <QRegularExpression>

namespace Elson {

QString AlpacaErrors::networkErrorMessage(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server refused the connection.");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection before answering.");
    case QNetworkReply::HostNotFoundError:
        return tr("The server's host name could not be found.");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("The request timed out.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure (TLS) connection could not be established; the server's "
                  "certificate was not accepted.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network is not available.");
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return tr("Network access is not allowed in the background.");
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return tr("The server redirected the request, which is refused.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The network proxy failed.");
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolFailure:
        return tr("The connection to the server failed.");
    default:
        return tr("The request failed (network error %1).").arg(int(error));
    }
}

Error AlpacaErrors::network(QNetworkReply::NetworkError error, bool timedOut)
{
    Error e;
    e.code = Error::Code::Network;
    e.message = networkErrorMessage(timedOut ? QNetworkReply::TimeoutError : error);
    return e;
}

Error AlpacaErrors::http(int httpStatus, const QByteArray &body)
{
    Error error = ApiError::fromBody(body, httpStatus).toError(httpStatus);
    if (body.trimmed().startsWith('<')) {
        // An edge proxy's HTML page: its title (or its text) is the message, not the markup.
        const QString html = QString::fromUtf8(body);
        static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                              QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        const QRegularExpressionMatch match = title.match(html);
        QString text = (match.hasMatch() ? match.captured(1) : QString(html).remove(tag))
                           .simplified();
        if (!match.hasMatch() && text.size() > 200)
            text = text.left(200) + QChar(0x2026);
        error.message = text.isEmpty()
            ? tr("The server answered HTTP %1.").arg(httpStatus)
            : tr("The server answered HTTP %1: %2").arg(httpStatus).arg(text);
    }
    return error;
}

Error AlpacaErrors::unexpectedBody(const Error &parseError, int httpStatus)
{
    Error e = parseError;
    e.code = Error::Code::Parse;
    e.httpStatus = httpStatus;
    e.message = tr("The server's answer could not be read: %1").arg(parseError.toString());
    return e;
}

bool AlpacaErrors::isRetryable(const Error &error)
{
    switch (error.code) {
    case Error::Code::Network:
    case Error::Code::RateLimited:
        return true;
    case Error::Code::Http:
        return RetryPolicy::isRetryableStatus(error.httpStatus);
    default:
        return false;
    }
}

bool AlpacaErrors::isOutcomeUnknown(const Error &error)
{
    if (error.code == Error::Code::Network)
        return true;
    if (error.code == Error::Code::Parse && error.httpStatus >= 200 && error.httpStatus < 300)
        return true;
    return error.httpStatus >= 500;
}

bool AlpacaErrors::isDuplicateClientOrderId(const Error &error)
{
    if (error.httpStatus != 422)
        return false;
    // The code varies (40010001, once 42210000); the message is what identifies it.
    return error.message.contains(u"client_order_id", Qt::CaseInsensitive)
        && error.message.contains(u"unique", Qt::CaseInsensitive);
}

} // namespace Elson
