#pragma once

#include "session/connectionprofile.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThread>

namespace Marquee::Test {

class DroppingProxyServer;

// A TCP listener on 127.0.0.1 that forwards every connection to the test server's Unix socket
// and can cut one of them at the worst moment for a client: after the server has received a
// request and answered it in full (so a booking has committed), and before the client has read
// a single byte of that answer. The client then sees a connection that died mid-call and cannot
// know the outcome, exactly as on a network cable pulled at the wrong time.
//
// The server sees the proxy as a local (Unix socket) client, so the local pg_hba lines apply and
// passwords are still checked. Forwarding runs in the proxy's own thread: a test may block in a
// synchronous call through it.
class DroppingProxy final : public QObject
{
    Q_OBJECT

public:
    // The server's socket directory (its .s.PGSQL.<port> is inside) and port.
    explicit DroppingProxy(const QString &socketDirectory, int port = 5432, QObject *parent = nullptr);
    ~DroppingProxy() override;

    // Starts listening on a free port of 127.0.0.1; false (with errorString()) if it cannot.
    bool start();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

    // The same login and database, reached through this proxy.
    ConnectionProfile route(ConnectionProfile profile) const;

    // Arms the proxy once: the next request whose bytes contain `marker` goes to the server, the
    // server's whole answer (up to its ReadyForQuery) is held back, and then both sides are closed.
    void dropAnswerTo(const QByteArray &marker);

    // Whether an answer was held back and its connection cut (since the last dropAnswerTo()).
    bool hasDropped() const;
    // The answer the client never saw: PostgreSQL protocol messages, each a type byte, a length, a body.
    QByteArray withheldAnswer() const;
    // Connections accepted so far: a client that reconnects after a drop makes a new one.
    int connectionsAccepted() const;

    // The text of column `column` of the first DataRow in a server answer, or a null QByteArray.
    static QByteArray firstRowValue(const QByteArray &answer, int column = 0);
    // Whether the answer holds a message of this type ('D' data row, 'C' command complete, 'E' error).
    static bool hasMessage(const QByteArray &answer, char type);

private:
    QString m_socketPath;
    QThread m_thread;
    DroppingProxyServer *m_server = nullptr;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Marquee::Test
