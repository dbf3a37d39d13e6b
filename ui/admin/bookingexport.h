#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

class QFile;

namespace Marquee {

class DatabaseWorker;

// Writes the bookings of one event to a CSV file, a chunk at a time on a worker thread, so the GUI
// stays responsive and other reads can go between chunks. cancel() stops it at the next chunk and
// removes the partial file.
class BookingExport final : public QObject
{
    Q_OBJECT

public:
    BookingExport(DatabaseWorker *worker, qint64 eventId, const QString &fileName, QObject *parent = nullptr);
    ~BookingExport() override;

    void setChunkSize(int rows) { m_chunkSize = rows; }
    // `expectedRows` is only for the progress bar (0 if unknown).
    void start(int expectedRows = 0);
    void cancel();

    QString fileName() const { return m_fileName; }
    bool isRunning() const { return m_running; }

    // One line of CSV: fields with a comma, quote or line break are quoted, quotes doubled.
    static QString csvLine(const QStringList &fields);

signals:
    void progressed(int rowsWritten, int expectedRows);
    // ok: the file is complete. Otherwise it has been removed; `message` is empty when cancelled.
    void finished(bool ok, const QString &message);

private:
    void nextChunk();
    void finish(bool ok, const QString &message);

    QPointer<DatabaseWorker> m_worker;
    qint64 m_eventId = 0;
    QString m_fileName;
    std::shared_ptr<QFile> m_file;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    int m_chunkSize = 500;
    int m_expected = 0;
    int m_written = 0;
    bool m_running = false;
};

} // namespace Marquee
