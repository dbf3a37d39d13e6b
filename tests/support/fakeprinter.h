#pragma once

#include "printing/printeraddress.h"

#include <QByteArray>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

namespace Marquee::Test {

// A receipt printer inside the test: a QTcpServer on 127.0.0.1 that records every byte each connection sends.
// As a real printer, it answers GS r 1 (one status byte, "paper present") once the stream up to it is complete.
// It can also misbehave the three ways printers do: close the connection halfway, never read, never answer.
class FakePrinter final : public QTcpServer
{
    Q_OBJECT

public:
    enum class Behaviour {
        Prints,        // reads everything, answers GS r 1
        ClosesMidJob,  // reads `closeAfterBytes` bytes, then drops the connection
        NeverReads,    // accepts the connection and never reads a byte (a jammed printer, a full buffer)
        NeverAnswers,  // reads everything, never answers
        OnlyChatters   // reads everything, then sends automatic and real-time status, never the answer
    };

    explicit FakePrinter(Behaviour behaviour = Behaviour::Prints, QObject *parent = nullptr);
    ~FakePrinter() override;

    // Listens on 127.0.0.1 on a free port.
    bool start();
    PrinterAddress address() const;

    void setCloseAfterBytes(int bytes) { m_closeAfterBytes = bytes; }

    // What each connection sent, in order of connection (the one still open included).
    QList<QByteArray> jobs() const { return m_jobs; }
    QByteArray lastJob() const { return m_jobs.isEmpty() ? QByteArray() : m_jobs.last(); }
    int connectionCount() const { return int(m_jobs.size()) + int(m_unread.size()); }

signals:
    // A connection ended (the client closed it, or this printer dropped it).
    void jobEnded();

protected:
    void incomingConnection(qintptr handle) override;

private:
    void readFrom(QTcpSocket *socket, int index);

    Behaviour m_behaviour;
    int m_closeAfterBytes = 64;
    QList<QByteArray> m_jobs;
    QList<qintptr> m_unread; // NeverReads: descriptors nobody reads
};

} // namespace Marquee::Test
