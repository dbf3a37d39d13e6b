#include "latencyproxy.h"

#include <QLocalSocket>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <deque>

namespace Marquee::Bench {

namespace {

using Clock = std::chrono::steady_clock;

// One direction of one connection: bytes wait here until their time has come.
class DelayedPipe final : public QObject
{
public:
    DelayedPipe(QIODevice *from, QIODevice *to, Clock::duration delay, QObject *parent)
        : QObject(parent), m_from(from), m_to(to), m_delay(delay)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &DelayedPipe::flushDue);
        connect(from, &QIODevice::readyRead, this, &DelayedPipe::take);
    }

    void take()
    {
        const QByteArray bytes = m_from->readAll();
        if (bytes.isEmpty())
            return;
        if (m_delay == Clock::duration::zero() && m_queue.empty()) {
            m_to->write(bytes);
            return;
        }
        m_queue.push_back({Clock::now() + m_delay, bytes});
        if (!m_timer.isActive())
            schedule();
    }

private:
    struct Chunk
    {
        Clock::time_point due;
        QByteArray bytes;
    };

    void schedule()
    {
        if (m_queue.empty())
            return;
        // Qt timers count whole milliseconds: round up, so bytes are never early and at most a millisecond late.
        // Nothing here ever sleeps: the one proxy thread serves every connection and both directions, and a
        // direction that waited in sleep_until held all the others (issue #16 §1).
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(m_queue.front().due - Clock::now());
        m_timer.start(int(qMax<qint64>(0, wait.count())));
    }

    void flushDue()
    {
        while (!m_queue.empty()) {
            const auto now = Clock::now();
            Chunk &head = m_queue.front();
            if (head.due > now)
                break;
            m_to->write(head.bytes);
            m_queue.pop_front();
        }
        schedule();
    }

    QIODevice *m_from;
    QIODevice *m_to;
    Clock::duration m_delay;
    std::deque<Chunk> m_queue;
    QTimer m_timer;
};

} // namespace

// Lives in the proxy thread: accepts terminals and wires each to a fresh server connection.
class ProxyServer final : public QObject
{
public:
    ProxyServer(QString target, int targetPort, double roundTripMs)
        : m_target(std::move(target)), m_targetPort(targetPort)
        , m_halfTrip(std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double, std::milli>(roundTripMs / 2)))
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &ProxyServer::accept);
        m_probe.setInterval(500);
        connect(&m_probe, &QTimer::timeout, this, &ProxyServer::probeTarget);
    }

    bool listen() { return m_listener.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_listener.serverPort(); }
    QString errorString() const { return m_listener.errorString(); }

    void shutDown()
    {
        m_probe.stop();
        m_listener.close();
        const auto links = findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly);
        for (QObject *link : links) {
            if (link != &m_listener && link != &m_probe)
                delete link;
        }
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto *link = new QObject(this);
            client->setParent(link);
            QIODevice *server = nullptr;
            if (m_target.startsWith(QLatin1Char('/'))) {
                auto *local = new QLocalSocket(link);
                local->connectToServer(m_target + QStringLiteral("/.s.PGSQL.%1").arg(m_targetPort));
                if (!local->waitForConnected(3000)) {
                    delete link;
                    targetDown();
                    continue;
                }
                connect(local, &QLocalSocket::disconnected, link, [link] { closeLink(link); });
                server = local;
            } else {
                auto *tcp = new QTcpSocket(link);
                tcp->connectToHost(m_target, quint16(m_targetPort));
                if (!tcp->waitForConnected(3000)) {
                    delete link;
                    targetDown();
                    continue;
                }
                tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                connect(tcp, &QTcpSocket::disconnected, link, [link] { closeLink(link); });
                server = tcp;
            }
            connect(client, &QTcpSocket::disconnected, link, [link] { closeLink(link); });
            auto *up = new DelayedPipe(client, server, m_halfTrip, link);
            new DelayedPipe(server, client, m_halfTrip, link);
            if (client->bytesAvailable() > 0)
                up->take();
        }
    }

    // The server is gone: refuse connections as its own closed port would, until it answers again. A proxy that
    // accepted a connection and then closed it would make libpq give up on that connection instead of trying the
    // next host of its list (it moves on only when connecting fails, or the server says it cannot take one now).
    void targetDown()
    {
        if (!m_listener.isListening())
            return;
        m_port = m_listener.serverPort();
        m_listener.close();
        m_probe.start();
    }

    void probeTarget()
    {
        bool reachable = false;
        if (m_target.startsWith(QLatin1Char('/'))) {
            QLocalSocket local;
            local.connectToServer(m_target + QStringLiteral("/.s.PGSQL.%1").arg(m_targetPort));
            reachable = local.waitForConnected(200);
        } else {
            QTcpSocket tcp;
            tcp.connectToHost(m_target, quint16(m_targetPort));
            reachable = tcp.waitForConnected(200);
        }
        if (reachable && m_listener.listen(QHostAddress::LocalHost, m_port))
            m_probe.stop();
    }

    // Either side hung up: close the other once (bytes still delayed are dropped, as on a cut line).
    static void closeLink(QObject *link)
    {
        if (link->property("closing").toBool())
            return;
        link->setProperty("closing", true);
        link->deleteLater();
    }

    QString m_target;
    int m_targetPort;
    Clock::duration m_halfTrip;
    QTcpServer m_listener{this};
    QTimer m_probe{this};
    quint16 m_port = 0;
};

LatencyProxy::LatencyProxy(const QString &target, int targetPort, double roundTripMs, QObject *parent)
    : QObject(parent), m_target(target), m_targetPort(targetPort), m_roundTripMs(roundTripMs)
{
}

LatencyProxy::~LatencyProxy()
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

bool LatencyProxy::start()
{
    m_thread.setObjectName(QStringLiteral("latency-proxy"));
    m_thread.start();
    m_server = new ProxyServer(m_target, m_targetPort, m_roundTripMs);
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

} // namespace Marquee::Bench
