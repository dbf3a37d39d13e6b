#include "escposprinter.h"

#include "escposencoder.h"
#include "service/mailbox.h"

#include <QTcpSocket>

namespace Marquee {

EscPosPrinter::EscPosPrinter(const PrinterAddress &address, QObject *parent)
    : QObject(parent)
    , m_address(address)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EscPosPrinter::onTimeout);
}

EscPosPrinter::~EscPosPrinter()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

Reply<void> EscPosPrinter::print(const QByteArray &job)
{
    Reply<void> reply;
    Job queued;
    queued.bytes = job + EscPosEncoder().requestPaperStatus().bytes();
    queued.reply = reply.state();
    m_queue.append(queued);
    if (!m_current)
        startNext();
    return reply;
}

void EscPosPrinter::startNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    if (m_current->reply->cancelled.load()) {
        // Nobody wants it any more, and nothing of it was sent: skip it.
        m_current.reset();
        startNext();
        return;
    }
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, &EscPosPrinter::onConnected);
    connect(socket, &QTcpSocket::bytesWritten, this, &EscPosPrinter::onBytesWritten);
    connect(socket, &QTcpSocket::readyRead, this, &EscPosPrinter::onReadyRead);
    connect(socket, &QTcpSocket::errorOccurred, this, &EscPosPrinter::onErrorOccurred);
    connect(socket, &QTcpSocket::disconnected, this, &EscPosPrinter::onDisconnected);
    m_stage = Stage::Connecting;
    m_statusBytesToSkip = 0;
    m_timer.start(m_timeouts.connectMs);
    // The host name is looked up asynchronously too: nothing here waits.
    socket->connectToHost(m_address.host(), m_address.port());
}

void EscPosPrinter::onConnected()
{
    if (m_stage != Stage::Connecting || !m_socket)
        return;
    m_stage = Stage::Sending;
    m_unwritten = m_current->bytes.size();
    m_timer.start(m_timeouts.stalledMs);
    m_socket->write(m_current->bytes);
}

void EscPosPrinter::onBytesWritten(qint64 bytes)
{
    if (m_stage != Stage::Sending)
        return;
    m_unwritten -= bytes;
    if (m_unwritten > 0) {
        m_timer.start(m_timeouts.stalledMs); // it is taking the job: give it time for the rest
        return;
    }
    m_stage = Stage::AwaitingAnswer;
    m_timer.start(m_timeouts.answerMs);
}

void EscPosPrinter::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray answer = m_socket->readAll();
    // Before the whole job is on its way, the answer to its last command cannot have come: anything earlier is a
    // stray status byte.
    for (char byte : answer) {
        if (m_statusBytesToSkip > 0) {
            --m_statusBytesToSkip;
        } else if (EscPosEncoder::isAutomaticStatusStart(byte)) {
            m_statusBytesToSkip = 3;
        } else if (m_stage == Stage::AwaitingAnswer && EscPosEncoder::isPaperStatusAnswer(byte)) {
            finish(Result<void>());
            return;
        }
    }
}

void EscPosPrinter::onErrorOccurred(QAbstractSocket::SocketError error)
{
    if (m_stage == Stage::Idle || !m_socket)
        return;
    const QString detail = QStringLiteral("%1: %2 (socket error %3)")
                               .arg(m_address.toString(), m_socket->errorString())
                               .arg(int(error));
    if (m_stage == Stage::Connecting)
        finish(Error(ErrorCode::PrinterUnreachable, detail));
    else
        finish(Error(ErrorCode::PrinterDisconnected, detail));
}

void EscPosPrinter::onDisconnected()
{
    if (m_stage == Stage::Idle)
        return;
    finish(Error(ErrorCode::PrinterDisconnected,
                 QStringLiteral("%1 closed the connection before confirming the job").arg(m_address.toString())));
}

void EscPosPrinter::onTimeout()
{
    switch (m_stage) {
    case Stage::Connecting:
        finish(Error(ErrorCode::PrinterUnreachable,
                     QStringLiteral("%1: no connection within %2 ms")
                         .arg(m_address.toString())
                         .arg(m_timeouts.connectMs)));
        break;
    case Stage::Sending:
        finish(Error(ErrorCode::PrinterNotResponding,
                     QStringLiteral("%1 took no data for %2 ms, %3 bytes still to send")
                         .arg(m_address.toString())
                         .arg(m_timeouts.stalledMs)
                         .arg(m_unwritten)));
        break;
    case Stage::AwaitingAnswer:
        finish(Error(ErrorCode::PrinterNotResponding,
                     QStringLiteral("%1 did not confirm the job within %2 ms")
                         .arg(m_address.toString())
                         .arg(m_timeouts.answerMs)));
        break;
    case Stage::Idle:
        break;
    }
}

void EscPosPrinter::finish(Result<void> outcome)
{
    if (m_stage == Stage::Idle || !m_current)
        return;
    m_stage = Stage::Idle;
    m_timer.stop();
    if (QTcpSocket *socket = m_socket.data()) {
        socket->disconnect(this);
        if (outcome) {
            // Everything was written and confirmed: a polite close.
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            if (socket->state() == QAbstractSocket::UnconnectedState)
                socket->deleteLater();
        } else {
            socket->abort();
            socket->deleteLater();
        }
    }
    m_socket.clear();
    auto reply = m_current->reply;
    m_current.reset();
    // Answered from this thread's mailbox, not from inside the socket's signal nor as a call on this printer: the
    // one who asked may well destroy the printer in its callback. The next job starts after that answer.
    Mailbox::forCurrentThread().post([reply, outcome]() { reply->deliver(outcome); });
    QMetaObject::invokeMethod(this, &EscPosPrinter::startNext, Qt::QueuedConnection);
}

} // namespace Marquee
