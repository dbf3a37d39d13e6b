#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace Marquee::Bench {

class ProxyServer;

// A TCP listener on 127.0.0.1 that forwards every connection to the database server (its Unix
// socket, or a TCP address) and holds each chunk of bytes for half the round trip in each
// direction, so a benchmark on one machine sees what a terminal across a network sees.
// All forwarding runs in the proxy's own thread.
class LatencyProxy final : public QObject
{
    Q_OBJECT

public:
    // `target` is a socket directory ("/tmp/x", the server's .s.PGSQL.<port> inside it) or a host name.
    LatencyProxy(const QString &target, int targetPort, double roundTripMs, QObject *parent = nullptr);
    ~LatencyProxy() override;

    // Starts listening on a free port of 127.0.0.1; false (with errorString()) if it cannot.
    bool start();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    double roundTripMs() const { return m_roundTripMs; }

private:
    QString m_target;
    int m_targetPort = 5432;
    double m_roundTripMs = 0;
    QThread m_thread;
    ProxyServer *m_server = nullptr;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Marquee::Bench
