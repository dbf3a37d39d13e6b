#include "bookingrepository.h"

#include "database/connection.h"
#include "database/sqlvalues.h"
#include "validation/validation.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <iterator>

namespace Marquee {

namespace {

const QString BookingColumns = QStringLiteral(
    "b.id, b.user_id, b.event_id, e.title, e.venue, e.starts_at, b.customer_name, u.phone, b.quantity, b.total_amount, "
    "b.status, b.payment_method, b.sold_by, b.booked_at, b.reference");

// Box-office reads go through the public listing: that role has no right to revenue figures.
const QString BookingJoins = QStringLiteral(
    " FROM marquee.bookings b JOIN marquee.users u ON u.id = b.user_id "
    "JOIN marquee.event_listing e ON e.id = b.event_id");

Booking bookingFrom(const QSqlQuery &q)
{
    Booking booking;
    booking.id = q.value(0).toLongLong();
    booking.userId = q.value(1).toLongLong();
    booking.eventId = q.value(2).toLongLong();
    booking.eventTitle = q.value(3).toString();
    booking.venue = q.value(4).toString();
    booking.startsAt = q.value(5).toDateTime();
    booking.customerName = q.value(6).toString();
    booking.customerPhone = q.value(7).toString();
    booking.quantity = q.value(8).toInt();
    booking.totalAmount = Money::fromDatabase(q.value(9));
    booking.cancelled = q.value(10).toString() == QLatin1String("cancelled");
    booking.paymentMethod = paymentMethodFromString(q.value(11).toString());
    booking.soldBy = q.value(12).toString();
    booking.bookedAt = q.value(13).toDateTime();
    booking.reference = q.value(14).toString();
    return booking;
}

QList<Ticket> ticketsFrom(const QString &codes, const QString &statuses, const QString &ids = QString())
{
    const QStringList codeList = Sql::splitList(codes);
    const QStringList statusList = Sql::splitList(statuses);
    const QStringList idList = Sql::splitList(ids);
    QList<Ticket> tickets;
    for (int i = 0; i < codeList.size(); ++i) {
        Ticket ticket;
        ticket.code = codeList.at(i);
        ticket.status = ticketStatusFromString(statusList.value(i));
        ticket.id = idList.value(i).toLongLong();
        tickets.append(ticket);
    }
    return tickets;
}

} // namespace

BookingRepository::BookingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<BookingConfirmation> BookingRepository::book(const BookingRequest &request, std::chrono::milliseconds patience)
{
    if (auto problem = Validation::checkQuantity(request.quantity, 1000000))
        return *problem;
    if (Validation::checkCustomerName(request.customerName) || Validation::checkPhone(request.customerPhone))
        return Error(ErrorCode::InvalidCustomer);

    const QDeadlineTimer deadline(patience);
    // Whether the call may have reached a server: from then on only the server can say what happened.
    bool sent = false;
    Error failure(ErrorCode::CannotConnect);
    for (int attempt = 0;; ++attempt) {
        if (m_db.isOpen()) {
            sent = true;
            Result<BookingConfirmation> result = bookOnce(request);
            if (result.ok() || result.error().code() != ErrorCode::ConnectionLost)
                return result;
            failure = result.error();
        }
        if (deadline.hasExpired())
            return sent ? Error(ErrorCode::ConnectionLost, failure.detail()) : failure;
        // The outcome is unknown: the booking may have committed before the connection dropped. Reconnect
        // (libpq tries every host of the profile and takes the one that accepts writes) and ask again with the
        // same key; book_tickets answers with the first booking if it exists. Backoff up to a second, with a
        // little jitter so a venue's terminals do not knock on a promoted server all in the same millisecond.
        const int backoffMs = std::min(100 << std::min(attempt, 4), 1000);
        QThread::msleep(ulong(backoffMs + QRandomGenerator::global()->bounded(backoffMs / 5 + 1)));
        if (auto reopened = Connection::reopen(m_db); !reopened) {
            const ErrorCode code = reopened.error().code();
            const bool outage = code == ErrorCode::CannotConnect || code == ErrorCode::ConnectionLost;
            const bool noRoomYet = code == ErrorCode::ServerFull || code == ErrorCode::LoginConnectionLimit;
            if (!outage && !(sent && noRoomYet))
                return reopened.error();
            if (!sent)
                failure = reopened.error();
        }
    }
}

Result<BookingConfirmation> BookingRepository::bookOnce(const BookingRequest &request)
{
    // Prepared once per connection: every later booking is a single EXECUTE, one round trip.
    static const QString sql = QStringLiteral(
        "SELECT booking_id, total_amount, array_to_string(ticket_codes, ','), remaining, reference "
        "FROM marquee.book_tickets(:event::bigint, :quantity::integer, :name, :phone, :key::uuid, :method)");
    Error prepareError;
    QSqlQuery *q = Connection::prepared(m_db, sql, &prepareError);
    if (!q)
        return prepareError;
    q->bindValue(QStringLiteral(":event"), request.eventId);
    q->bindValue(QStringLiteral(":quantity"), request.quantity);
    q->bindValue(QStringLiteral(":name"), request.customerName);
    q->bindValue(QStringLiteral(":phone"), request.customerPhone);
    q->bindValue(QStringLiteral(":key"), request.idempotencyKey.toString(QUuid::WithoutBraces));
    q->bindValue(QStringLiteral(":method"), paymentMethodToString(request.paymentMethod));
    if (auto r = Connection::exec(*q); !r) {
        // A failed statement may leave the prepared handle unusable (e.g. after the server restarted).
        static const ErrorCode refusals[] = {ErrorCode::SoldOut, ErrorCode::NotOnSale, ErrorCode::InvalidQuantity,
                                             ErrorCode::InvalidCustomer, ErrorCode::IdempotencyKeyReused,
                                             ErrorCode::BookingRateExceeded, ErrorCode::CustomerLimitExceeded,
                                             ErrorCode::BookingNotFound};
        if (std::find(std::begin(refusals), std::end(refusals), r.error().code()) == std::end(refusals))
            Connection::forgetPrepared(m_db.connectionName());
        return r.error();
    }
    if (!q->next()) {
        q->finish();
        return Error(ErrorCode::Internal, QStringLiteral("book_tickets returned no row"));
    }
    BookingConfirmation confirmation;
    confirmation.bookingId = q->value(0).toLongLong();
    confirmation.eventId = request.eventId;
    confirmation.totalAmount = Money::fromDatabase(q->value(1));
    confirmation.ticketCodes = Sql::splitList(q->value(2).toString());
    confirmation.remaining = q->value(3).toInt();
    confirmation.reference = q->value(4).toString();
    q->finish();
    return confirmation;
}

Result<QList<Booking>> BookingRepository::select(const QString &where, const QList<QPair<QString, QVariant>> &binds,
                                                 const QString &orderAndLimit)
{
    // Prepared once per connection, one statement per kind of look-up: reading a booking back right after a sale,
    // or finding one at the desk, is then one round trip instead of PREPARE, EXECUTE and DEALLOCATE.
    const QString sql = QStringLiteral("SELECT ") + BookingColumns
        + QStringLiteral(", (SELECT array_to_string(array_agg(t.code ORDER BY t.id), ',') FROM marquee.tickets t WHERE t.booking_id = b.id)"
                         ", (SELECT array_to_string(array_agg(t.status ORDER BY t.id), ',') FROM marquee.tickets t WHERE t.booking_id = b.id)"
                         ", (SELECT array_to_string(array_agg(t.id ORDER BY t.id), ',') FROM marquee.tickets t WHERE t.booking_id = b.id)")
        + BookingJoins + QStringLiteral(" WHERE ") + where
        + (orderAndLimit.isEmpty() ? QStringLiteral(" ORDER BY b.booked_at DESC, b.id DESC") : orderAndLimit);
    Error prepareError;
    QSqlQuery *q = Connection::prepared(m_db, sql, &prepareError);
    if (!q)
        return prepareError;
    for (const auto &[name, value] : binds)
        q->bindValue(name, value);
    if (auto r = Connection::exec(*q); !r) {
        // A failed statement may leave the prepared handle unusable (e.g. after the server restarted).
        Connection::forgetPrepared(m_db.connectionName());
        return r.error();
    }
    QList<Booking> bookings;
    while (q->next()) {
        Booking booking = bookingFrom(*q);
        booking.tickets = ticketsFrom(q->value(15).toString(), q->value(16).toString(), q->value(17).toString());
        bookings.append(booking);
    }
    q->finish();
    return bookings;
}

Result<Booking> BookingRepository::get(qint64 bookingId)
{
    auto result = select(QStringLiteral("b.id = :id"), {{QStringLiteral(":id"), bookingId}});
    if (!result)
        return result.error();
    if (result->isEmpty())
        return Error(ErrorCode::BookingNotFound, QStringLiteral("booking %1").arg(bookingId));
    return result->first();
}

Result<QList<Booking>> BookingRepository::byUser(qint64 userId)
{
    return select(QStringLiteral("b.user_id = :user"), {{QStringLiteral(":user"), userId}});
}

Result<QList<Booking>> BookingRepository::byEvent(qint64 eventId, int limit, int offset)
{
    return select(QStringLiteral("b.event_id = :event"),
                  {{QStringLiteral(":event"), eventId}, {QStringLiteral(":limit"), qBound(1, limit, 100000)},
                   {QStringLiteral(":offset"), qMax(0, offset)}},
                  QStringLiteral(" ORDER BY b.booked_at, b.id LIMIT :limit OFFSET :offset"));
}

Result<QList<Booking>> BookingRepository::byPhone(const QString &phone)
{
    if (!Validation::isValidPhone(phone))
        return Error(ErrorCode::PhoneInvalid);
    return select(QStringLiteral("u.phone = :phone"), {{QStringLiteral(":phone"), Validation::normalizePhone(phone)}});
}

Result<Booking> BookingRepository::byTicketCode(const QString &code)
{
    const QString normalized = Validation::normalizeTicketCode(code);
    if (!Validation::isWellFormedTicketCode(normalized))
        return Error(ErrorCode::TicketNotFound);
    auto result = select(QStringLiteral("b.id = (SELECT t.booking_id FROM marquee.tickets t WHERE t.code = :code)"),
                         {{QStringLiteral(":code"), normalized}});
    if (!result)
        return result.error();
    if (result->isEmpty())
        return Error(ErrorCode::TicketNotFound);
    return result->first();
}

Result<Booking> BookingRepository::byReference(const QString &reference)
{
    const QString normalized = Validation::normalizeBookingReference(reference);
    if (!Validation::isWellFormedBookingReference(normalized))
        return Error(ErrorCode::ReferenceInvalid);
    auto result = select(QStringLiteral("b.reference = :reference"), {{QStringLiteral(":reference"), normalized}});
    if (!result)
        return result.error();
    if (result->isEmpty())
        return Error(ErrorCode::BookingNotFound);
    return result->first();
}

Result<EventSalesSummary> BookingRepository::eventSummary(qint64 eventId)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "SELECT e.id, e.capacity, e.tickets_sold, e.capacity - e.tickets_sold, e.revenue, e.bookings_count, "
        "  (SELECT count(*) FROM marquee.bookings b WHERE b.event_id = e.id AND b.status = 'cancelled'), "
        "  (SELECT count(*) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
        "    WHERE b.event_id = e.id AND t.status = 'used') "
        "FROM marquee.events e WHERE e.id = :id"));
    q.bindValue(QStringLiteral(":id"), eventId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("event %1").arg(eventId));
    EventSalesSummary summary;
    summary.eventId = q.value(0).toLongLong();
    summary.capacity = q.value(1).toInt();
    summary.ticketsSold = q.value(2).toInt();
    summary.remaining = q.value(3).toInt();
    summary.revenue = Money::fromDatabase(q.value(4));
    summary.bookingsCount = q.value(5).toInt();
    summary.cancelledBookings = q.value(6).toInt();
    summary.ticketsUsed = q.value(7).toInt();
    return summary;
}

Result<QList<SalesPoint>> BookingRepository::salesOverTime(qint64 eventId)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "SELECT hour, tickets, sum(tickets) OVER (ORDER BY hour) FROM ("
        "  SELECT date_trunc('hour', b.booked_at) AS hour, sum(b.quantity)::integer AS tickets "
        "  FROM marquee.bookings b WHERE b.event_id = :id AND b.status = 'confirmed' GROUP BY 1) per_hour "
        "ORDER BY hour"));
    q.bindValue(QStringLiteral(":id"), eventId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    QList<SalesPoint> points;
    while (q.next())
        points.append({q.value(0).toDateTime(), q.value(1).toInt(), q.value(2).toInt()});
    return points;
}

Result<CancellationResult> BookingRepository::cancel(qint64 bookingId)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT booking_id, event_id, released, remaining FROM marquee.cancel_booking(:id::bigint)"));
    q.bindValue(QStringLiteral(":id"), bookingId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::BookingNotFound);
    return CancellationResult{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt()};
}

Result<Booking> BookingRepository::findMyBooking(const QString &phone, const QString &reference)
{
    if (!Validation::isValidPhone(phone))
        return Error(ErrorCode::PhoneInvalid);
    const QString normalized = Validation::normalizeBookingReference(reference);
    if (!Validation::isWellFormedBookingReference(normalized))
        return Error(ErrorCode::ReferenceInvalid);
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "SELECT booking_id, event_id, event_title, venue, starts_at, quantity, total_amount, status, payment_method, "
        "booked_at, customer_name, array_to_string(ticket_codes, ','), array_to_string(ticket_statuses, ','), reference "
        "FROM marquee.find_booking(:phone, :reference)"));
    q.bindValue(QStringLiteral(":phone"), phone);
    q.bindValue(QStringLiteral(":reference"), normalized);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::BookingNotFound);
    Booking booking;
    booking.id = q.value(0).toLongLong();
    booking.eventId = q.value(1).toLongLong();
    booking.eventTitle = q.value(2).toString();
    booking.venue = q.value(3).toString();
    booking.startsAt = q.value(4).toDateTime();
    booking.quantity = q.value(5).toInt();
    booking.totalAmount = Money::fromDatabase(q.value(6));
    booking.cancelled = q.value(7).toString() == QLatin1String("cancelled");
    booking.paymentMethod = paymentMethodFromString(q.value(8).toString());
    booking.bookedAt = q.value(9).toDateTime();
    booking.customerName = q.value(10).toString();
    booking.customerPhone = Validation::normalizePhone(phone);
    booking.tickets = ticketsFrom(q.value(11).toString(), q.value(12).toString());
    booking.reference = q.value(13).toString();
    return booking;
}

Result<Booking> BookingRepository::checkIn(const QString &ticketCode)
{
    const QString code = Validation::normalizeTicketCode(ticketCode);
    if (!Validation::isWellFormedTicketCode(code))
        return Error(ErrorCode::TicketNotFound);
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT booking_id FROM marquee.check_in_ticket(:code)"));
    q.bindValue(QStringLiteral(":code"), code);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::TicketNotFound);
    return get(q.value(0).toLongLong());
}

} // namespace Marquee
