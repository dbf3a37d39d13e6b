#include "droppingproxy.h"

#include <QLocalSocket>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

namespace Marquee::Test {

namespace {

// Walks the PostgreSQL messages of a server's byte stream: a type byte, then a big-endian length
// that counts itself and the body. Calls `visit(type, body)` for every complete message and
// returns how many bytes those took.
template<typename Visit>
qsizetype forEachMessage(const QByteArray &bytes, Visit visit)
{
    qsizetype offset = 0;
    while (bytes.size() - offset >= 5) {
        const char type = bytes.at(offset);
        const qint32 length = qFromBigEndian<qint32>(bytes.constData() + offset + 1);
        if (length < 4 || bytes.size() - offset < 1 + qsizetype(length))
            break;
        const QByteArray body = bytes.mid(offset + 5, length - 4);
        offset += 1 + length;
        if (!visit(type, body))
            break;
    }
    return offset;
}

} // namespace

// Lives in the proxy's thread: accepts clients and wires each to a fresh connection to the server.
class DroppingProxyServer final : public QObject
{
public:
    explicit DroppingProxyServer(QString socketPath)
        : m_socketPath(std::move(socketPath))
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &DroppingProxyServer::accept);
    }

    bool listen() { return m_listener.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_listener.serverPort(); }
    QString errorString() const { return m_listener.errorString(); }

    void shutDown()
    {
        m_listener.close();
        const auto links = findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly);
        for (QObject *link : links) {
            if (link != &m_listener)
                delete link;
        }
    }

    void arm(const QByteArray &marker)
    {
        QMutexLocker lock(&m_mutex);
        m_marker = marker;
        m_dropped = false;
        m_withheld.clear();
    }

    bool hasDropped() const
    {
        QMutexLocker lock(&m_mutex);
        return m_dropped;
    }

    QByteArray withheld() const
    {
        QMutexLocker lock(&m_mutex);
        return m_withheld;
    }

    int accepted() const
    {
        QMutexLocker lock(&m_mutex);
        return m_accepted;
    }

private:
    // One client's connection: both sockets are its children and go with it.
    struct Link : QObject
    {
        QTcpSocket *client = nullptr;
        QLocalSocket *server = nullptr;
        QByteArray recentRequest;  // the tail of what the client sent, so a marker split across reads is seen
        QByteArray held;           // the server's answer being held back
        bool holding = false;
        bool closing = false;
    };

    void accept()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            auto *link = new Link;
            link->setParent(this);
            client->setParent(link);
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            link->client = client;
            link->server = new QLocalSocket(link);
            link->server->connectToServer(m_socketPath);
            if (!link->server->waitForConnected(3000)) {
                qWarning("dropping proxy: cannot reach %s: %s", qPrintable(m_socketPath),
                         qPrintable(link->server->errorString()));
                delete link;
                continue;
            }
            {
                QMutexLocker lock(&m_mutex);
                ++m_accepted;
            }
            connect(client, &QTcpSocket::readyRead, link, [this, link] { fromClient(link); });
            connect(link->server, &QLocalSocket::readyRead, link, [this, link] { fromServer(link); });
            connect(client, &QTcpSocket::disconnected, link, [link] { close(link); });
            connect(link->server, &QLocalSocket::disconnected, link, [link] { close(link); });
            if (client->bytesAvailable() > 0)
                fromClient(link);
        }
    }

    void fromClient(Link *link)
    {
        const QByteArray bytes = link->client->readAll();
        if (bytes.isEmpty() || link->closing)
            return;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_marker.isEmpty() && !link->holding) {
                link->recentRequest += bytes;
                if (link->recentRequest.contains(m_marker)) {
                    // One shot: the client's retry carries the same marker and must get through.
                    link->holding = true;
                    m_marker.clear();
                }
                link->recentRequest = link->recentRequest.right(4096);
            }
        }
        link->server->write(bytes);
    }

    void fromServer(Link *link)
    {
        const QByteArray bytes = link->server->readAll();
        if (bytes.isEmpty() || link->closing)
            return;
        if (!link->holding) {
            link->client->write(bytes);
            return;
        }
        // The request went out after the client had read the previous answer to its end, so what
        // the server sends from here starts at a message boundary.
        link->held += bytes;
        bool complete = false;
        forEachMessage(link->held, [&complete](char type, const QByteArray &) {
            complete = type == 'Z'; // ReadyForQuery: the server is done with the request, commit included
            return !complete;
        });
        if (!complete)
            return;
        {
            QMutexLocker lock(&m_mutex);
            m_withheld = link->held;
            m_dropped = true;
        }
        // Not a byte of the answer reaches the client; both ends are cut at once.
        link->client->abort();
        link->server->abort();
        close(link);
    }

    static void close(Link *link)
    {
        if (link->closing)
            return;
        link->closing = true;
        if (link->client->state() != QAbstractSocket::UnconnectedState)
            link->client->disconnectFromHost();
        if (link->server->state() != QLocalSocket::UnconnectedState)
            link->server->disconnectFromServer();
        link->deleteLater();
    }

    QString m_socketPath;
    QTcpServer m_listener{this};
    mutable QMutex m_mutex;
    QByteArray m_marker;
    QByteArray m_withheld;
    bool m_dropped = false;
    int m_accepted = 0;
};

DroppingProxy::DroppingProxy(const QString &socketDirectory, int port, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketDirectory + QStringLiteral("/.s.PGSQL.%1").arg(port))
{
}

DroppingProxy::~DroppingProxy()
{
    if (m_server) {
        QMetaObject::invokeMethod(m_server, [server = m_server] {
            server->shutDown();
            delete server;
        }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool DroppingProxy::start()
{
    m_thread.setObjectName(QStringLiteral("dropping-proxy"));
    m_thread.start();
    m_server = new DroppingProxyServer(m_socketPath);
    m_server->moveToThread(&m_thread);
    bool listening = false;
    QMetaObject::invokeMethod(m_server, [this, &listening] {
        listening = m_server->listen();
        m_port = m_server->port();
        if (!listening)
            m_error = m_server->errorString();
    }, Qt::BlockingQueuedConnection);
    return listening;
}

ConnectionProfile DroppingProxy::route(ConnectionProfile profile) const
{
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = m_port;
    // Plain bytes the proxy can read: no TLS or GSS negotiation on this hop (the server has neither).
    profile.sslMode = QStringLiteral("disable");
    profile.extraOptions.append({QStringLiteral("gssencmode"), QStringLiteral("disable")});
    return profile;
}

void DroppingProxy::dropAnswerTo(const QByteArray &marker)
{
    m_server->arm(marker);
}

bool DroppingProxy::hasDropped() const
{
    return m_server && m_server->hasDropped();
}

QByteArray DroppingProxy::withheldAnswer() const
{
    return m_server ? m_server->withheld() : QByteArray();
}

int DroppingProxy::connectionsAccepted() const
{
    return m_server ? m_server->accepted() : 0;
}

QByteArray DroppingProxy::firstRowValue(const QByteArray &answer, int column)
{
    QByteArray value;
    forEachMessage(answer, [&value, column](char type, const QByteArray &body) {
        if (type != 'D')
            return true;
        // DataRow: a column count, then per column a length (-1 for NULL) and that many bytes.
        if (body.size() < 2)
            return false;
        const int columns = qFromBigEndian<qint16>(body.constData());
        qsizetype offset = 2;
        for (int i = 0; i < columns && body.size() - offset >= 4; ++i) {
            const qint32 length = qFromBigEndian<qint32>(body.constData() + offset);
            offset += 4;
            if (i == column) {
                if (length >= 0)
                    value = body.mid(offset, length);
                break;
            }
            offset += qMax<qint32>(length, 0);
        }
        return false;
    });
    return value;
}

bool DroppingProxy::hasMessage(const QByteArray &answer, char type)
{
    bool found = false;
    forEachMessage(answer, [&found, type](char t, const QByteArray &) {
        found = t == type;
        return !found;
    });
    return found;
}

} // namespace Marquee::Test
