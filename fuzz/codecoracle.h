// SPDX-License-Identifier: GPL-3.0-or-later
// The codec's promises, checked on whatever the fuzzer feeds it (jsoncodec.h):
// - invalid input is an Error with a message, never a crash or a silent value;
// - a value that parsed is written back identically by the direct text writer and by
//   QJsonDocument over toJson() (jsontextwriter.h promises the same bytes);
// - what was written parses again to an equal value, and is written the same way again
//   (fromJson(toJson(x)) == x, the canonical form is a fixed point).
#pragma once

#include "fuzzsupport.h"
#include "jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ElsonFuzz {

template<typename T>
void checkCodec(const QByteArray &json)
{
    using namespace Elson;
    const Result<T> parsed = Json::parse<T>(json);
    if (!parsed) {
        ELSON_FUZZ_CHECK(parsed.error().isError() && !parsed.error().message.isEmpty(),
                         parsed.error().toString().toUtf8());
        return;
    }
    const QByteArray text = Json::serialize(parsed.value());
    const QJsonValue value = Json::toJson(parsed.value());
    const QByteArray viaDocument = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    ELSON_FUZZ_CHECK(text == viaDocument, "serialize: " + text + "\ntoJson:    " + viaDocument);

    const Result<T> again = Json::parse<T>(text);
    ELSON_FUZZ_CHECK(again.ok(), text + "\n" + (again ? QByteArray() : again.error().toString().toUtf8()));
    ELSON_FUZZ_CHECK(again.value() == parsed.value(), "input: " + json + "\nwritten: " + text
                                                           + "\nrewritten: " + Json::serialize(again.value()));
    ELSON_FUZZ_CHECK(Json::serialize(again.value()) == text,
                     text + "\n" + Json::serialize(again.value()));
}

} // namespace ElsonFuzz
