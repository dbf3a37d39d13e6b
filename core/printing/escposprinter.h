#pragma once

#include "printeraddress.h"
#include "service/reply.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QTcpSocket;

namespace Marquee {

// The desk's ESC/POS printer on the network (escpos://HOST:PORT). Each job goes on a connection of its own:
// connect, send, wait for the printer's confirmation, close. Everything happens on the event loop of the thread
// that owns this object, without ever waiting in it (no waitFor…): the GUI thread may own it, and a view hears
// the outcome through the Reply, like an answer from the database.
//
// A job is done only when the printer says so: after the job it sends GS r 1 (paper sensor status), which the
// printer answers only once it has worked through everything before it. So a printer that refuses the connection,
// drops it halfway or stops reading gives its own error, with one sentence each, instead of a job that merely
// vanished into a socket buffer. (A printer that does not implement GS r is reported as not answering; every
// Epson-compatible receipt printer does.) A failed job is not sent again by itself: printing twice is worse than
// asking; the sale in the database is untouched, and the desk prints it again when the printer is back.
class EscPosPrinter final : public QObject
{
    Q_OBJECT

public:
    struct Timeouts
    {
        int connectMs = 5000;  // to open the connection
        int stalledMs = 20000; // the printer taking no byte while the job is still on its way
        int answerMs = 60000;  // for its confirmation once the whole job is on its way (it prints meanwhile)
    };

    explicit EscPosPrinter(const PrinterAddress &address, QObject *parent = nullptr);
    // A job on its way is broken off; its Reply is never answered.
    ~EscPosPrinter() override;

    const PrinterAddress &address() const { return m_address; }
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }

    // Sends one job (what EscPosRenderer made); jobs go one after another, in order. Answered with nothing when
    // the printer confirmed the job, or PrinterUnreachable, PrinterDisconnected or PrinterNotResponding.
    Reply<void> print(const QByteArray &job);

    // Jobs not answered yet, the one on its way included.
    int pendingJobs() const { return int(m_queue.size()) + (m_current ? 1 : 0); }

private:
    enum class Stage { Idle, Connecting, Sending, AwaitingAnswer };

    struct Job
    {
        QByteArray bytes;
        std::shared_ptr<Detail::ReplyState<void>> reply;
    };

    void startNext();
    void finish(Result<void> outcome);
    void onConnected();
    void onBytesWritten(qint64 bytes);
    void onReadyRead();
    void onErrorOccurred(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTimeout();

    PrinterAddress m_address;
    Timeouts m_timeouts;
    QList<Job> m_queue;
    std::optional<Job> m_current;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    Stage m_stage = Stage::Idle;
    qint64 m_unwritten = 0;
    int m_statusBytesToSkip = 0; // the rest of an automatic status message
};

} // namespace Marquee
