// SPDX-License-Identifier: GPL-3.0-or-later
// A loopback TCP proxy for stream tests: it can freeze the connections it carries
// (bytes are swallowed both ways, so the peer looks connected but mute) and refuse
// new ones (accepted, then closed at once), which a real server cannot be told to do.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace AlpacaTest {

class TcpProxy
{
public:
    explicit TcpProxy(quint16 targetPort) : m_target(targetPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    /** Connections accepted so far (refused ones included). */
    [[nodiscard]] int accepted() const { return m_accepted; }
    /** Stops carrying bytes on every current connection; new ones are not affected. */
    void freezeExisting()
    {
        for (const auto &pair : std::as_const(m_pairs))
            pair->frozen = true;
    }
    /** While set, new connections are closed as soon as they arrive. */
    void setRefusing(bool refusing) { m_refusing = refusing; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> down;
        QPointer<QTcpSocket> up;
        QByteArray pending; ///< client bytes that arrived before upstream connected
        bool frozen = false;
    };

    void accept()
    {
        while (m_server.hasPendingConnections()) {
            QTcpSocket *down = m_server.nextPendingConnection();
            ++m_accepted;
            if (m_refusing) {
                down->abort();
                down->deleteLater();
                continue;
            }
            auto pair = std::make_shared<Pair>();
            pair->down = down;
            auto *up = new QTcpSocket(down);
            pair->up = up;
            m_pairs.append(pair);
            QObject::connect(down, &QTcpSocket::readyRead, down, [pair] {
                const QByteArray data = pair->down->readAll();
                if (pair->frozen)
                    return;
                if (pair->up && pair->up->state() == QAbstractSocket::ConnectedState)
                    pair->up->write(data);
                else
                    pair->pending += data;
            });
            QObject::connect(up, &QTcpSocket::connected, up, [pair] {
                if (!pair->pending.isEmpty())
                    pair->up->write(std::exchange(pair->pending, {}));
            });
            QObject::connect(up, &QTcpSocket::readyRead, up, [pair] {
                const QByteArray data = pair->up->readAll();
                if (!pair->frozen && pair->down)
                    pair->down->write(data);
            });
            QObject::connect(down, &QTcpSocket::disconnected, &m_server, [this, pair] {
                if (pair->up)
                    pair->up->disconnectFromHost();
                m_pairs.removeAll(pair);
                if (pair->down)
                    pair->down->deleteLater();
            });
            QObject::connect(up, &QTcpSocket::disconnected, down, [pair] {
                if (pair->down)
                    pair->down->disconnectFromHost();
            });
            up->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    QList<std::shared_ptr<Pair>> m_pairs;
    int m_accepted = 0;
    bool m_refusing = false;
};

} // namespace AlpacaTest
