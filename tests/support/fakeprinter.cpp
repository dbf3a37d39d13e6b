#include "fakeprinter.h"

#include "escposdecoder.h"

#include <QTcpSocket>

namespace Marquee::Test {

FakePrinter::FakePrinter(Behaviour behaviour, QObject *parent)
    : QTcpServer(parent)
    , m_behaviour(behaviour)
{
}

FakePrinter::~FakePrinter()
{
    // The descriptors nobody read are closed by a socket that takes them over.
    for (qintptr handle : std::as_const(m_unread)) {
        QTcpSocket closer;
        if (closer.setSocketDescriptor(handle))
            closer.abort();
    }
}

bool FakePrinter::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

PrinterAddress FakePrinter::address() const
{
    return PrinterAddress(QStringLiteral("127.0.0.1"), serverPort());
}

void FakePrinter::incomingConnection(qintptr handle)
{
    if (m_behaviour == Behaviour::NeverReads) {
        // No QTcpSocket: nothing reads from the descriptor, so the client's bytes pile up in the kernel's buffers.
        m_unread.append(handle);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    const int index = int(m_jobs.size());
    m_jobs.append(QByteArray());
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, index]() { readFrom(socket, index); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket, index]() {
        m_jobs[index] += socket->readAll();
        socket->deleteLater();
        emit jobEnded();
    });
    readFrom(socket, index);
}

void FakePrinter::readFrom(QTcpSocket *socket, int index)
{
    QByteArray &job = m_jobs[index];
    if (m_behaviour == Behaviour::ClosesMidJob) {
        job += socket->read(qMax(0, m_closeAfterBytes - int(job.size())));
        if (job.size() >= m_closeAfterBytes) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
            emit jobEnded();
        }
        return;
    }
    job += socket->readAll();
    if (m_behaviour != Behaviour::Prints && m_behaviour != Behaviour::OnlyChatters)
        return;
    // A GS r 1 at the end of what came so far, and not inside a picture's dots: answer "paper present".
    static const QByteArray statusRequest("\x1d\x72\x01", 3);
    if (!job.endsWith(statusRequest))
        return;
    bool complete = false;
    const QList<EscPosCommand> commands = EscPosDecoder::decode(job, &complete);
    if (!complete || commands.isEmpty() || commands.last().kind != EscPosCommand::Kind::PaperStatusRequest)
        return;
    if (m_behaviour == Behaviour::OnlyChatters)
        socket->write(QByteArray("\x10\x00\x00\x00\x12", 5)); // automatic status (4 bytes), a DLE EOT answer
    else
        socket->write(QByteArray(1, '\0'));
}

} // namespace Marquee::Test
