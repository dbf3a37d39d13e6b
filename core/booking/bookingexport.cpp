#include "bookingexport.h"

#include "bookingrepository.h"
#include "database/databaseworker.h"
#include "venue/settingsrepository.h"

#include <QFile>

#include <utility>

namespace Marquee {

using Kind = DatabaseWorker::Kind;

namespace {

struct ChunkResult
{
    int rows = 0;
    bool writeFailed = false;
};

// A cell a spreadsheet would take for a formula (=, +, -, @) or that a tab or carriage return would shift: a
// leading apostrophe makes it text, as OWASP advises for CSV injection. "+66 81 234 5678" then stays a phone.
QString neutralised(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + field;
    return field;
}

// Instants in the venue's zone with its offset ("2026-12-01T19:30:00+07:00"): read by people and programs alike.
QString venueTime(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.isValid() ? instant.toTimeZone(zone).toString(Qt::ISODate) : QString();
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
    for (const QString &raw : fields) {
        const QString field = neutralised(raw);
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
    // The count (for the progress bar only) and the venue's zone (for every time in the file).
    m_pending.ask(m_reads->ask(Kind::Read, [eventId](QSqlDatabase &db) -> Result<std::pair<int, VenueSettings>> {
        auto venue = SettingsRepository(db).venue();
        if (!venue)
            return venue.error();
        auto summary = BookingRepository(db).eventSummary(eventId);
        return std::make_pair(summary ? summary->allBookings : 0, venue.value());
    }), this, [this](Result<std::pair<int, VenueSettings>> counted) {
        if (!counted) {
            finish(false, counted.error().message());
            return;
        }
        m_zone = counted->second.timeZone();
        begin(counted->first);
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
    // UTF-8 with a byte-order mark: without it a spreadsheet reads the file in the system's code page and Thai
    // names come out garbled. Column names stay in English: the file is read by programs, not only people.
    m_file->write("\xEF\xBB\xBF");
    m_file->write(csvLine({QStringLiteral("booking_id"), QStringLiteral("booked_at"), QStringLiteral("customer_name"),
                           QStringLiteral("customer_phone"), QStringLiteral("quantity"), QStringLiteral("total_amount"),
                           QStringLiteral("payment_method"), QStringLiteral("status"), QStringLiteral("sold_by"),
                           QStringLiteral("ticket_codes"), QStringLiteral("reference"), QStringLiteral("expires_at"),
                           QStringLiteral("paid_at"), QStringLiteral("paid_by"), QStringLiteral("ticket_types"),
                           QStringLiteral("seats")}).toUtf8());
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
    const QTimeZone zone = m_zone;
    // Asked as a write, never repeated by the worker: a chunk writes to the file, and when the connection drops the
    // person watching the progress hears so at once instead of waiting for the server to come back.
    m_pending.ask(m_reads->ask(Kind::Write, [eventId, limit, offset, file, cancelled, zone](QSqlDatabase &db) -> Result<ChunkResult> {
        if (cancelled->load())
            return ChunkResult{};
        auto page = BookingRepository(db).byEvent(eventId, limit, offset);
        if (!page)
            return page.error();
        QByteArray out;
        for (const Booking &b : page.value()) {
            QStringList codes;
            QStringList types;
            QStringList seats;
            // One entry per ticket, in the order of the codes: its type, and its seat as zone/row/seat.
            for (const Ticket &ticket : b.tickets) {
                codes.append(ticket.code);
                types.append(ticket.typeName);
                if (ticket.hasSeat())
                    seats.append(ticket.zone + QLatin1Char('/') + ticket.row + QLatin1Char('/') + ticket.seat);
            }
            out += csvLine({QString::number(b.id), venueTime(b.bookedAt, zone), b.customerName,
                            b.customerPhone, QString::number(b.quantity), b.totalAmount.toDecimalString(),
                            paymentMethodToString(b.paymentMethod), bookingStatusToString(b.status), b.soldBy,
                            codes.join(QLatin1Char(' ')), b.reference, venueTime(b.expiresAt, zone),
                            venueTime(b.paidAt, zone), b.paidBy, types.join(QStringLiteral("; ")),
                            seats.join(QStringLiteral("; "))}).toUtf8();
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
