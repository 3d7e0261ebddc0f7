// SPDX-License-Identifier: GPL-3.0-or-later
#include "alpacaendpoints.h"

#include <QHostAddress>
#include <QProcessEnvironment>

namespace Elson {

namespace {

QUrl webSocketUrl(QUrl url)
{
    url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    return url;
}

QUrl withPath(QUrl base, const QString &path)
{
    base.setPath(base.path() + path);
    return base;
}

Error invalidUrl(const QString &source, const QString &message)
{
    return Error::validation(source, message);
}

} // namespace

AlpacaEndpoints AlpacaEndpoints::defaults()
{
    AlpacaEndpoints e;
    e.paperTrading = QUrl(QStringLiteral("https://paper-api.alpaca.markets"));
    e.liveTrading = QUrl(QStringLiteral("https://api.alpaca.markets"));
    e.data = QUrl(QStringLiteral("https://data.alpaca.markets"));
    e.dataStream = QUrl(QStringLiteral("wss://stream.data.alpaca.markets"));
    return e;
}

bool AlpacaEndpoints::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false; // a name other than localhost may resolve anywhere
    if (address.isLoopback())
        return true;
    // ::ffff:127.0.0.1 is loopback too; QHostAddress does not say so for the mapped form.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 && (v4 >> 24) == 127;
}

Result<QUrl> AlpacaEndpoints::checkBaseUrl(const QString &text, const QString &source)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return invalidUrl(source, tr("\"%1\" is not an absolute http:// or https:// URL")
                                      .arg(trimmed));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http") {
        return invalidUrl(source, tr("\"%1\" must use https:// (or http:// for this machine only)")
                                      .arg(trimmed));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return invalidUrl(source, tr("\"%1\" must be a base URL without user name, query or "
                                     "fragment")
                                      .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    }
    if (scheme == u"http" && !isLoopbackHost(url.host())) {
        return invalidUrl(source,
                          tr("%1 uses plain http:// for %2, which would send your keys "
                             "unencrypted; use https://, or http:// only for a loopback "
                             "address such as 127.0.0.1")
                              .arg(source, url.host()));
    }
    url.setScheme(scheme);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

Result<AlpacaEndpoints> AlpacaEndpoints::fromEnvironment(const QProcessEnvironment &environment)
{
    AlpacaEndpoints e = defaults();
    const struct
    {
        const char *variable;
        QUrl AlpacaEndpoints::*url;
    } overrides[] = {
        {PaperVariable, &AlpacaEndpoints::paperTrading},
        {LiveVariable, &AlpacaEndpoints::liveTrading},
        {DataVariable, &AlpacaEndpoints::data},
    };
    for (const auto &item : overrides) {
        const QString name = QString::fromLatin1(item.variable);
        const QString value = environment.value(name);
        if (value.trimmed().isEmpty())
            continue;
        Result<QUrl> url = checkBaseUrl(value, name);
        if (!url)
            return url.error();
        e.*item.url = url.value();
        if (item.url == &AlpacaEndpoints::data)
            e.dataStream = webSocketUrl(url.value());
    }
    return e;
}

QUrl AlpacaEndpoints::tradingUrl(TradingEnvironment environment) const
{
    return environment == TradingEnvironment::Live ? liveTrading : paperTrading;
}

QUrl AlpacaEndpoints::tradingStreamUrl(TradingEnvironment environment) const
{
    return withPath(webSocketUrl(tradingUrl(environment)), QStringLiteral("/stream"));
}

QUrl AlpacaEndpoints::marketDataStreamUrl(const QString &feed) const
{
    return withPath(dataStream, QStringLiteral("/v2/") + feed);
}

} // namespace Elson
