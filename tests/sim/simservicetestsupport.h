// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the SimService tests: an HTTP client over QNetworkAccessManager and a
// WebSocket probe, both talking to a real SimService on 127.0.0.1 and waiting on
// signals (never sleeping).
#pragma once

#include "jsoncodec.h"
#include "marketdatamessage.h"
#include "priceprocess.h"
#include "simservice.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <optional>

namespace SimTest {

using namespace Elson;

inline const QString Key = QStringLiteral("PKSIMTESTKEY00000001");
inline const QString Secret = QStringLiteral("sim-test-secret-never-logged");
/// A Monday, regular session, in the tabulated calendar years.
inline const QString FixedStart = QStringLiteral("2026-11-23T10:15:00-05:00");
constexpr int WaitMs = 20'000; ///< generous: the machine is shared and loaded

inline SimService::Options options()
{
    SimService::Options o;
    o.keyId = Key;
    o.secretKey = Secret;
    o.clock = QStringLiteral("fixed:") + FixedStart;
    o.rateLimitPerMinute = 100'000; // the limiter itself is tested with a fault and in tst_simhttpserver
    o.partialFillPercent = 0;       // fills are whole unless a test asks for Alpaca's random partials
    return o;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    [[nodiscard]] qint64 code() const { return object().value(QStringLiteral("code")).toInteger(); }
    [[nodiscard]] QString message() const { return object().value(QStringLiteral("message")).toString(); }
    template<typename T>
    [[nodiscard]] Result<T> parse() const
    {
        return Json::parse<T>(body);
    }
};

/** Requests with Alpaca's two headers against one base URL. */
class Client
{
public:
    explicit Client(QUrl base, QString key = Key, QString secret = Secret)
        : m_base(std::move(base)), m_key(std::move(key)), m_secret(std::move(secret))
    {
    }

    void setBase(const QUrl &base) { m_base = base; }

    /** Starts a request; the caller owns the reply. */
    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery,
                         const QByteArray &body = {}, bool withKeys = true)
    {
        QUrl url = m_base.resolved(QUrl(pathAndQuery));
        QNetworkRequest request(url);
        request.setTransferTimeout(WaitMs);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (withKeys) {
            request.setRawHeader("APCA-API-KEY-ID", m_key.toUtf8());
            request.setRawHeader("APCA-API-SECRET-KEY", m_secret.toUtf8());
        }
        return m_nam.sendCustomRequest(request, method, body);
    }

    static Reply finish(QNetworkReply *raw)
    {
        std::unique_ptr<QNetworkReply> reply(raw);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            finished.wait(WaitMs);
        }
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        r.headers = reply->rawHeaderPairs();
        return r;
    }

    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               bool withKeys = true)
    {
        return finish(start(method, pathAndQuery, body, withKeys));
    }
    Reply get(const QString &path) { return send("GET", path); }
    Reply post(const QString &path, const QByteArray &body) { return send("POST", path, body); }
    Reply patch(const QString &path, const QByteArray &body) { return send("PATCH", path, body); }
    Reply del(const QString &path) { return send("DELETE", path); }

    Reply postJson(const QString &path, const QJsonObject &object)
    {
        return post(path, QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_key;
    QString m_secret;
};

/** ws:// for a path on the service's port. */
inline QUrl streamUrl(const SimService &service, const QString &path)
{
    QUrl url = service.url();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(path);
    return url;
}

/** A WebSocket that records every frame (text or binary) and waits for the one wanted. */
class StreamProbe
{
public:
    struct Frame
    {
        QByteArray data;
        bool binary = false;
    };

    StreamProbe()
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) { m_frames.append({text.toUtf8(), false}); });
        QObject::connect(&m_socket, &QWebSocket::binaryMessageReceived, &m_socket,
                         [this](const QByteArray &data) { m_frames.append({data, true}); });
    }

    bool open(const QUrl &url)
    {
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(url);
        return connected.count() > 0 || connected.wait(WaitMs);
    }

    void send(const QJsonObject &object)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
    void sendRaw(const QString &text) { m_socket.sendTextMessage(text); }

    /**
     * The first frame not yet consumed that satisfies @p wanted, waiting for more
     * frames as needed; frames before it are consumed too.
     */
    std::optional<Frame> waitFor(const std::function<bool(const Frame &)> &wanted, int timeoutMs = WaitMs)
    {
        QTimer deadline;
        deadline.setSingleShot(true);
        deadline.start(timeoutMs);
        for (;;) {
            while (m_next < m_frames.size()) {
                const Frame frame = m_frames.at(m_next++);
                if (wanted(frame))
                    return frame;
            }
            if (!deadline.isActive() || m_socket.state() == QAbstractSocket::UnconnectedState)
                return std::nullopt;
            QEventLoop loop;
            QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
            QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
            QObject::connect(&m_socket, &QWebSocket::binaryMessageReceived, &loop, &QEventLoop::quit);
            QObject::connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }

    /** The next frame whose JSON text contains @p needle. */
    std::optional<Frame> waitForText(const QByteArray &needle, int timeoutMs = WaitMs)
    {
        return waitFor([&needle](const Frame &f) { return f.data.contains(needle); }, timeoutMs);
    }

    bool waitDisconnected(int timeoutMs = WaitMs)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy disconnected(&m_socket, &QWebSocket::disconnected);
        return disconnected.wait(timeoutMs) || m_socket.state() == QAbstractSocket::UnconnectedState;
    }

    QWebSocket &socket() { return m_socket; }
    [[nodiscard]] const QList<Frame> &frames() const { return m_frames; }

private:
    QWebSocket m_socket;
    QList<Frame> m_frames;
    qsizetype m_next = 0;
};

/** The market-data control/data messages of one frame. */
inline QList<MarketDataMessage> marketData(const StreamProbe::Frame &frame)
{
    const Result<QList<MarketDataMessage>> parsed = Json::parse<QList<MarketDataMessage>>(frame.data);
    return parsed ? parsed.value() : QList<MarketDataMessage>();
}

} // namespace SimTest
