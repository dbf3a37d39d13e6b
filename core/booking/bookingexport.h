#pragma once

#include "service/reply.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <memory>

class QFile;

namespace Marquee {

class DatabaseWorker;

// Writes the bookings of one event to a CSV file, a chunk at a time on the read worker, so the GUI thread never
// touches the rows or the disk and other reads can go between chunks. start() first counts the bookings (only for
// the progress bar); cancel() stops at the next chunk and removes the partial file.
//
// It lives in core because the file is written on the worker's thread right beside the query that read the rows;
// a view only starts it, shows its progress and hears how it ended. Made by BookingService::exportToCsv.
class BookingExport final : public QObject
{
    Q_OBJECT

public:
    BookingExport(DatabaseWorker *reads, qint64 eventId, const QString &fileName, QObject *parent = nullptr);
    ~BookingExport() override;

    void setChunkSize(int rows) { m_chunkSize = rows; }
    void start();
    void cancel();

    QString fileName() const { return m_fileName; }
    bool isRunning() const { return m_running; }

    // One line of CSV (RFC 4180, CRLF): fields with a comma, quote or line break are quoted, quotes doubled; a
    // field beginning with =, +, -, @, tab or carriage return gets a leading apostrophe, so a spreadsheet shows it
    // as text instead of running it as a formula. The file starts with a UTF-8 byte-order mark; its times are in
    // the venue's zone with their offset.
    static QString csvLine(const QStringList &fields);

signals:
    void progressed(int rowsWritten, int expectedRows);
    // ok: the file is complete. Otherwise it has been removed; `message` is empty when cancelled.
    void finished(bool ok, const QString &message);

private:
    void begin(int expectedRows);
    void nextChunk();
    void finish(bool ok, const QString &message);

    QPointer<DatabaseWorker> m_reads;
    qint64 m_eventId = 0;
    QString m_fileName;
    std::shared_ptr<QFile> m_file;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    LatestReply m_pending;
    QTimeZone m_zone = QTimeZone::utc();
    int m_chunkSize = 500;
    int m_expected = 0;
    int m_written = 0;
    bool m_running = false;
};

} // namespace Marquee
