#include "bookingexport.h"

#include "bookingrepository.h"
#include "database/databaseworker.h"

#include <QFile>

namespace Marquee {

using Kind = DatabaseWorker::Kind;

namespace {

struct ChunkResult
{
    int rows = 0;
    bool writeFailed = false;
};

QString statusWord(const Booking &booking)
{
    return booking.cancelled ? QStringLiteral("cancelled") : QStringLiteral("confirmed");
}

} // namespace

BookingExport::BookingExport(DatabaseWorker *reads, qint64 eventId, const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_reads(reads)
    , m_eventId(eventId)
    , m_fileName(fileName)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
}

BookingExport::~BookingExport()
{
    // A running export that is destroyed counts as cancelled, and its partial file goes.
    m_cancelled->store(true);
    if (!m_running || !m_file)
        return;
    if (!m_pending.isPending()) {
        // No chunk on its way: nothing else touches the file.
        m_file->close();
        m_file->remove();
        return;
    }
    if (!m_reads) {
        // The worker is gone but may still be finishing that chunk: only take the name away.
        QFile::remove(m_fileName);
        return;
    }
    // A chunk may be writing to it right now on the worker: remove it there, after that chunk.
    auto removal = m_reads->ask(Kind::Write, [file = m_file](QSqlDatabase &) {
        file->close();
        file->remove();
        return Result<bool>(true);
    });
    Q_UNUSED(removal)
}

QString BookingExport::csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields) {
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r'))) {
            QString escaped = field;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            quoted.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        } else {
            quoted.append(field);
        }
    }
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

void BookingExport::start()
{
    if (m_running)
        return;
    if (!m_reads) {
        emit finished(false, tr("The connection to the database is gone."));
        return;
    }
    m_running = true;
    m_cancelled->store(false);
    const qint64 eventId = m_eventId;
    m_pending.ask(m_reads->ask(Kind::Read, [eventId](QSqlDatabase &db) {
        return BookingRepository(db).eventSummary(eventId);
    }), this, [this](Result<EventSalesSummary> summary) {
        begin(summary ? summary->bookingsCount + summary->cancelledBookings : 0);
    });
}

void BookingExport::begin(int expectedRows)
{
    if (m_cancelled->load()) {
        finish(false, QString());
        return;
    }
    m_expected = expectedRows;
    m_written = 0;
    m_file = std::make_shared<QFile>(m_fileName);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        finish(false, tr("The file could not be written: %1").arg(reason));
        return;
    }
    // Column names stay in English: the file is read by programs, not only people.
    m_file->write(csvLine({QStringLiteral("booking_id"), QStringLiteral("booked_at"), QStringLiteral("customer_name"),
                           QStringLiteral("customer_phone"), QStringLiteral("quantity"), QStringLiteral("total_amount"),
                           QStringLiteral("payment_method"), QStringLiteral("status"), QStringLiteral("sold_by"),
                           QStringLiteral("ticket_codes"), QStringLiteral("reference")}).toUtf8());
    emit progressed(0, m_expected);
    nextChunk();
}

void BookingExport::cancel()
{
    if (!m_running)
        return;
    if (!m_file) {
        // Still counting (perhaps waiting for the server to come back): nothing is written yet.
        m_pending.cancel();
        finish(false, QString());
        return;
    }
    m_cancelled->store(true);
    // The chunk in flight (if any) sees the flag; its answer then finishes the export.
}

void BookingExport::nextChunk()
{
    if (!m_reads) {
        finish(false, tr("The connection to the database is gone."));
        return;
    }
    const qint64 eventId = m_eventId;
    const int limit = m_chunkSize;
    const int offset = m_written;
    auto file = m_file;
    auto cancelled = m_cancelled;
    // Asked as a write, never repeated by the worker: a chunk writes to the file, and when the connection drops the
    // person watching the progress hears so at once instead of waiting for the server to come back.
    m_pending.ask(m_reads->ask(Kind::Write, [eventId, limit, offset, file, cancelled](QSqlDatabase &db) -> Result<ChunkResult> {
        if (cancelled->load())
            return ChunkResult{};
        auto page = BookingRepository(db).byEvent(eventId, limit, offset);
        if (!page)
            return page.error();
        QByteArray out;
        for (const Booking &b : page.value()) {
            QStringList codes;
            for (const Ticket &ticket : b.tickets)
                codes.append(ticket.code);
            out += csvLine({QString::number(b.id), b.bookedAt.toUTC().toString(Qt::ISODate), b.customerName,
                            b.customerPhone, QString::number(b.quantity), b.totalAmount.toDecimalString(),
                            paymentMethodToString(b.paymentMethod), statusWord(b), b.soldBy,
                            codes.join(QLatin1Char(' ')), b.reference}).toUtf8();
        }
        ChunkResult chunk;
        chunk.rows = int(page->size());
        chunk.writeFailed = file->write(out) != out.size();
        return chunk;
    }), this, [this](Result<ChunkResult> result) {
        if (m_cancelled->load()) {
            finish(false, QString());
            return;
        }
        if (!result) {
            finish(false, result.error().message());
            return;
        }
        if (result->writeFailed) {
            finish(false, tr("The file could not be written: %1").arg(m_file->errorString()));
            return;
        }
        m_written += result->rows;
        m_expected = qMax(m_expected, m_written);
        emit progressed(m_written, m_expected);
        if (result->rows < m_chunkSize)
            finish(true, QString());
        else
            nextChunk();
    });
}

void BookingExport::finish(bool ok, const QString &message)
{
    m_running = false;
    if (m_file) {
        if (ok && !m_file->flush())
            ok = false;
        m_file->close();
        if (!ok)
            m_file->remove();
        m_file.reset();
    }
    emit finished(ok, message);
}

} // namespace Marquee
