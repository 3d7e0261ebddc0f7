// SPDX-License-Identifier: GPL-3.0-or-later
// The trade_updates WebSocket (§13): `{"stream":…, "data":…}` frames both ways.

#include "jsoncodec_p.h"

#include <type_traits>
#include <variant>

namespace Elson::JsonDetail {

template<typename V, Is<TradeUpdate> S> void describe(V &v, S &x)
{
    v.req("event", x.event, x.rawEvent);
    v.omit("execution_id", x.executionId); // executions only
    v.req("order", x.order);
    v.omit("timestamp", x.timestamp);
    v.omit("price", x.price);
    v.omit("qty", x.qty);
    v.omit("position_qty", x.positionQty);
}

template<typename V, Is<StreamAuthorization> S> void describe(V &v, S &x)
{
    v.req("status", x.status);
    v.req("action", x.action);
    v.omit("message", x.message);
}

template<typename V, Is<StreamListening> S> void describe(V &v, S &x)
{
    v.req("streams", x.streams);
}

ELSON_JSON_DEFINE(TradeUpdate)
ELSON_JSON_DEFINE(StreamAuthorization)
ELSON_JSON_DEFINE(StreamListening)

namespace {

const QLatin1StringView StreamKey("stream");
const QLatin1StringView DataKey("data");
const QLatin1StringView ActionKey("action");
const QLatin1StringView AuthorizationStream("authorization");
const QLatin1StringView ListeningStream("listening");
const QLatin1StringView TradeUpdatesStream("trade_updates");

/** Reads the required `data` member into @p out. */
template<typename T>
bool readData(const QJsonObject &object, T &out, const Path &path, ReadContext &ctx)
{
    const Path dataPath = path.key(DataKey);
    if (!object.contains(DataKey))
        return ctx.missingKey(dataPath);
    return readValue(object.value(DataKey), out, Enc::Default, dataPath, ctx);
}

template<typename T>
bool readMessage(const QJsonObject &object, TradingStreamMessage &out, const Path &path,
                 ReadContext &ctx)
{
    T data;
    if (!readData(object, data, path, ctx))
        return false;
    out.message = std::move(data);
    return true;
}

} // namespace

bool readValue(const QJsonValue &json, TradingStreamMessage &out, Enc, const Path &path,
               ReadContext &ctx)
{
    if (!json.isObject())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "an object"), json);
    const QJsonObject object = json.toObject();
    const Path streamPath = path.key(StreamKey);
    if (!object.contains(StreamKey))
        return ctx.missingKey(streamPath);
    QString stream;
    if (!readValue(object.value(StreamKey), stream, Enc::Default, streamPath, ctx))
        return false;

    out = TradingStreamMessage();
    if (stream == AuthorizationStream)
        return readMessage<StreamAuthorization>(object, out, path, ctx);
    if (stream == ListeningStream)
        return readMessage<StreamListening>(object, out, path, ctx);
    if (stream == TradeUpdatesStream)
        return readMessage<TradeUpdate>(object, out, path, ctx);
    // Another stream: keep it for the log rather than failing the connection.
    out.message = UnknownStreamMessage { stream, object.value(DataKey) };
    return true;
}

QJsonValue writeValue(const TradingStreamMessage &value, Enc)
{
    QJsonObject object;
    std::visit(
        [&object](const auto &message) {
            using M = std::decay_t<decltype(message)>;
            if constexpr (std::is_same_v<M, StreamAuthorization>) {
                object.insert(StreamKey, AuthorizationStream);
                object.insert(DataKey, writeObject(message));
            } else if constexpr (std::is_same_v<M, StreamListening>) {
                object.insert(StreamKey, ListeningStream);
                object.insert(DataKey, writeObject(message));
            } else if constexpr (std::is_same_v<M, TradeUpdate>) {
                object.insert(StreamKey, TradeUpdatesStream);
                object.insert(DataKey, writeObject(message));
            } else {
                object.insert(StreamKey, message.stream);
                if (!message.data.isUndefined())
                    object.insert(DataKey, message.data);
            }
        },
        value.message);
    return object;
}

void writeText(QByteArray &out, const TradingStreamMessage &value, Enc enc)
{
    // A trade update, the frame the simulator sends most, is written directly:
    // {"data":…,"stream":"trade_updates"} (QJsonObject's key order).
    if (const auto *update = std::get_if<TradeUpdate>(&value.message)) {
        out += "{\"data\":";
        writeObjectText(out, *update);
        out += ",\"stream\":";
        appendJsonString(out, TradeUpdatesStream);
        out += '}';
        return;
    }
    appendJsonText(out, writeValue(value, enc));
}

// The client's frames: {"action":"authenticate","data":{"key_id","secret_key"}} and
// {"action":"listen","data":{"streams":[…]}}.
template<typename V, Is<TradingStreamRequest> S> void describeRequestData(V &v, S &x)
{
    if (x.action == TradingStreamAction::Authenticate) {
        v.req("key_id", x.keyId);
        v.req("secret_key", x.secretKey);
    } else {
        v.req("streams", x.streams);
    }
}

bool readValue(const QJsonValue &json, TradingStreamRequest &out, Enc, const Path &path,
               ReadContext &ctx)
{
    if (!json.isObject())
        return ctx.typeMismatch(path, QT_TRANSLATE_NOOP("Elson::Json", "an object"), json);
    const QJsonObject object = json.toObject();
    out = TradingStreamRequest();
    const Path actionPath = path.key(ActionKey);
    if (!object.contains(ActionKey))
        return ctx.missingKey(actionPath);
    if (!readValue(object.value(ActionKey), out.action, Enc::Default, actionPath, ctx))
        return false;
    const Path dataPath = path.key(DataKey);
    if (!object.contains(DataKey))
        return ctx.missingKey(dataPath);
    const QJsonValue data = object.value(DataKey);
    if (!data.isObject())
        return ctx.typeMismatch(dataPath, QT_TRANSLATE_NOOP("Elson::Json", "an object"), data);
    const QJsonObject dataObject = data.toObject();
    ObjectReader reader(dataObject, dataPath, ctx);
    describeRequestData(reader, out);
    return !ctx.failed();
}

QJsonValue writeValue(const TradingStreamRequest &value, Enc)
{
    ObjectWriter data;
    describeRequestData(data, value);
    QJsonObject object;
    object.insert(ActionKey, QString(enumToWire(value.action)));
    object.insert(DataKey, data.object());
    return object;
}

void writeText(QByteArray &out, const TradingStreamRequest &value, Enc enc)
{
    appendJsonText(out, writeValue(value, enc));
}

} // namespace Elson::JsonDetail
