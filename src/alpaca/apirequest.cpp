// SPDX-License-Identifier: GPL-3.0-or-later
#include "apirequest.h"

#include <QUrl>

namespace Elson {

void ApiRequest::addQueryItem(const QString &key, const QString &value)
{
    // QUrlQuery leaves '+' alone, and servers decode a bare '+' as a space (a
    // timestamp offset "+01:00", a client_order_id): encode the value fully.
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

} // namespace Elson
