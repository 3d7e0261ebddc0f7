// SPDX-License-Identifier: GPL-3.0-or-later
#include "closepositionrequest.h"

#include <QCoreApplication>

namespace Elson {

namespace {

const QString QtyKey = QStringLiteral("qty");
const QString PercentageKey = QStringLiteral("percentage");

Result<std::optional<Decimal>> readItem(const QUrlQuery &query, const QString &key)
{
    if (!query.hasQueryItem(key))
        return std::optional<Decimal>();
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
    Result<Decimal> value = Decimal::fromString(text, key);
    if (!value)
        return value.error();
    return std::optional<Decimal>(value.value());
}

} // namespace

QUrlQuery ClosePositionRequest::toQuery() const
{
    QUrlQuery query;
    if (qty)
        query.addQueryItem(QtyKey, qty->toString());
    if (percentage)
        query.addQueryItem(PercentageKey, percentage->toString());
    return query;
}

Result<ClosePositionRequest> ClosePositionRequest::fromQuery(const QUrlQuery &query)
{
    if (query.hasQueryItem(QtyKey) && query.hasQueryItem(PercentageKey)) {
        return Error::parse(PercentageKey,
                            QCoreApplication::translate("Elson::ClosePositionRequest",
                                                        "qty and percentage cannot both be given"));
    }
    ClosePositionRequest request;
    Result<std::optional<Decimal>> qty = readItem(query, QtyKey);
    if (!qty)
        return qty.error();
    Result<std::optional<Decimal>> percentage = readItem(query, PercentageKey);
    if (!percentage)
        return percentage.error();
    request.qty = qty.value();
    request.percentage = percentage.value();
    return request;
}

} // namespace Elson
