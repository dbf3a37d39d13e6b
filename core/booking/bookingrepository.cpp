#include "bookingrepository.h"

#include "database/connection.h"
#include "database/sqlvalues.h"
#include "validation/validation.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <iterator>

namespace Marquee {

namespace {

// The status as the database reads it now: a reservation whose time is up is expired from that instant.
const QString BookingColumns = QStringLiteral(
    "b.id, b.user_id, b.event_id, e.title, e.venue, e.starts_at, b.customer_name, u.phone, b.quantity, b.total_amount, "
    "CASE WHEN b.status = 'reserved' AND b.expires_at <= now() THEN 'expired' ELSE b.status END, "
    "b.payment_method, b.sold_by, b.booked_at, b.reference, "
    "b.expires_at, b.paid_at, b.paid_by, e.status, b.reprint_count, "
    "rf.id, rf.reason, rf.amount, rf.paid_method, rf.due_since, rf.recorded_by, rf.refunded_at, rf.refunded_by, "
    "rf.refund_method, rf.note, b.receipt_desk, b.receipt_number, b.shift_id");
constexpr int TicketColumn = 33;

// Box-office reads go through the public listing: that role has no right to revenue figures. A walk-in has no
// customer row.
const QString BookingJoins = QStringLiteral(
    " FROM marquee.bookings b LEFT JOIN marquee.users u ON u.id = b.user_id "
    "JOIN marquee.event_listing e ON e.id = b.event_id "
    "LEFT JOIN marquee.refunds rf ON rf.booking_id = b.id");

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
    booking.status = bookingStatusFromString(q.value(10).toString());
    booking.paymentMethod = paymentMethodFromString(q.value(11).toString());
    booking.soldBy = q.value(12).toString();
    booking.bookedAt = q.value(13).toDateTime();
    booking.reference = q.value(14).toString();
    booking.expiresAt = q.value(15).toDateTime();
    booking.paidAt = q.value(16).toDateTime();
    booking.paidBy = q.value(17).toString();
    booking.eventStatus = eventStatusFromString(q.value(18).toString()).value_or(EventStatus::Active);
    booking.reprintCount = q.value(19).toInt();
    if (!q.value(20).isNull()) {
        Refund refund;
        refund.id = q.value(20).toLongLong();
        refund.bookingId = booking.id;
        refund.reference = booking.reference;
        refund.eventId = booking.eventId;
        refund.eventTitle = booking.eventTitle;
        refund.startsAt = booking.startsAt;
        refund.customerName = booking.customerName;
        refund.customerPhone = booking.customerPhone;
        refund.reason = refundReasonFromString(q.value(21).toString());
        refund.amount = Money::fromDatabase(q.value(22));
        refund.paidMethod = q.value(23).toString();
        refund.dueSince = q.value(24).toDateTime();
        refund.recordedBy = q.value(25).toString();
        refund.refundedAt = q.value(26).toDateTime();
        refund.refundedBy = q.value(27).toString();
        refund.refundMethod = refundMethodFromString(q.value(28).toString());
        refund.note = q.value(29).toString();
        booking.refund = refund;
    }
    booking.receiptDesk = q.value(30).toString();
    booking.receiptNumber = q.value(31).toInt();
    booking.shiftId = q.value(32).toLongLong();
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
    // No phone is a walk-in: the database decides who may sell so (never a kiosk).
    if (Validation::checkCustomerName(request.customerName)
        || (!request.isWalkIn() && Validation::checkPhone(request.customerPhone)))
        return Error(ErrorCode::InvalidCustomer);
    return untilAnswered([this, &request] { return bookOnce(request); }, patience);
}

Result<BookingConfirmation> BookingRepository::order(const OrderRequest &request, std::chrono::milliseconds patience)
{
    if (request.lines.isEmpty())
        return Error(ErrorCode::InvalidQuantity);
    for (const OrderLine &line : request.lines) {
        if (!line.isSeat() && (line.ticketTypeId <= 0 || line.quantity <= 0))
            return Error(ErrorCode::InvalidQuantity);
    }
    if (Validation::checkCustomerName(request.customerName)
        || (!request.isWalkIn() && Validation::checkPhone(request.customerPhone)))
        return Error(ErrorCode::InvalidCustomer);
    return untilAnswered([this, &request] { return orderOnce(request); }, patience);
}

Result<BookingConfirmation> BookingRepository::untilAnswered(const std::function<Result<BookingConfirmation>()> &once,
                                                             std::chrono::milliseconds patience)
{
    const QDeadlineTimer deadline(patience);
    // Whether the call may have reached a server: from then on only the server can say what happened.
    bool sent = false;
    Error failure(ErrorCode::CannotConnect);
    for (int attempt = 0;; ++attempt) {
        if (m_db.isOpen()) {
            sent = true;
            Result<BookingConfirmation> result = once();
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
        "SELECT booking_id, total_amount, array_to_string(ticket_codes, ','), remaining, reference, status, expires_at "
        "FROM marquee.book_tickets(:event::bigint, :quantity::integer, :name, :phone, :key::uuid, :method)");
    Error prepareError;
    QSqlQuery *q = Connection::prepared(m_db, sql, &prepareError);
    if (!q)
        return prepareError;
    q->bindValue(QStringLiteral(":event"), request.eventId);
    q->bindValue(QStringLiteral(":quantity"), request.quantity);
    q->bindValue(QStringLiteral(":name"), request.customerName);
    // A walk-in sends no phone at all, on every try: the database treats a missing phone as equal.
    q->bindValue(QStringLiteral(":phone"), request.isWalkIn() ? QString() : request.customerPhone);
    q->bindValue(QStringLiteral(":key"), request.idempotencyKey.toString(QUuid::WithoutBraces));
    q->bindValue(QStringLiteral(":method"), paymentMethodToString(request.paymentMethod));
    if (auto r = Connection::exec(*q); !r) {
        // A failed statement may leave the prepared handle unusable (e.g. after the server restarted).
        static const ErrorCode refusals[] = {ErrorCode::SoldOut, ErrorCode::NotOnSale, ErrorCode::InvalidQuantity,
                                             ErrorCode::InvalidCustomer, ErrorCode::IdempotencyKeyReused,
                                             ErrorCode::BookingRateExceeded, ErrorCode::CustomerLimitExceeded,
                                             ErrorCode::BookingNotFound, ErrorCode::ReservationNotPayable,
                                             ErrorCode::ReservationCapExceeded, ErrorCode::CashWithoutShift};
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
    confirmation.status = bookingStatusFromString(q->value(5).toString());
    confirmation.expiresAt = q->value(6).toDateTime();
    // The row came before the commit: only the statement's end says the sale was made (see Connection::committed).
    if (auto done = Connection::committed(*q); !done) {
        q->finish();
        Connection::forgetPrepared(m_db.connectionName());
        return done.error();
    }
    q->finish();
    return confirmation;
}

Result<BookingConfirmation> BookingRepository::orderOnce(const OrderRequest &request)
{
    // Prepared once per connection, like a sale: one EXECUTE per order.
    static const QString sql = QStringLiteral(
        "SELECT booking_id, total_amount, array_to_string(ticket_codes, ','), remaining, reference, status, expires_at "
        "FROM marquee.book_order(:event::bigint, :lines::jsonb, :name, :phone, :key::uuid, :method, :token::uuid)");
    Error prepareError;
    QSqlQuery *q = Connection::prepared(m_db, sql, &prepareError);
    if (!q)
        return prepareError;
    q->bindValue(QStringLiteral(":event"), request.eventId);
    q->bindValue(QStringLiteral(":lines"), QString::fromUtf8(request.linesJson()));
    q->bindValue(QStringLiteral(":name"), request.customerName);
    q->bindValue(QStringLiteral(":phone"), request.isWalkIn() ? QString() : request.customerPhone);
    q->bindValue(QStringLiteral(":key"), request.idempotencyKey.toString(QUuid::WithoutBraces));
    q->bindValue(QStringLiteral(":method"), paymentMethodToString(request.paymentMethod));
    q->bindValue(QStringLiteral(":token"),
                 request.holdToken.isNull() ? QString() : request.holdToken.toString(QUuid::WithoutBraces));
    if (auto r = Connection::exec(*q); !r) {
        static const ErrorCode refusals[] = {ErrorCode::SoldOut, ErrorCode::NotOnSale, ErrorCode::InvalidQuantity,
                                             ErrorCode::InvalidCustomer, ErrorCode::IdempotencyKeyReused,
                                             ErrorCode::BookingRateExceeded, ErrorCode::CustomerLimitExceeded,
                                             ErrorCode::BookingNotFound, ErrorCode::ReservationNotPayable,
                                             ErrorCode::ReservationCapExceeded, ErrorCode::SeatNotAvailable,
                                             ErrorCode::TicketTypeNotAvailable, ErrorCode::TicketTypeSoldOut};
        if (std::find(std::begin(refusals), std::end(refusals), r.error().code()) == std::end(refusals))
            Connection::forgetPrepared(m_db.connectionName());
        return r.error();
    }
    if (!q->next()) {
        q->finish();
        return Error(ErrorCode::Internal, QStringLiteral("book_order returned no row"));
    }
    BookingConfirmation confirmation;
    confirmation.bookingId = q->value(0).toLongLong();
    confirmation.eventId = request.eventId;
    confirmation.totalAmount = Money::fromDatabase(q->value(1));
    confirmation.ticketCodes = Sql::splitList(q->value(2).toString());
    confirmation.remaining = q->value(3).toInt();
    confirmation.reference = q->value(4).toString();
    confirmation.status = bookingStatusFromString(q->value(5).toString());
    confirmation.expiresAt = q->value(6).toDateTime();
    // The row came before the commit: only the statement's end says the sale was made (see Connection::committed).
    if (auto done = Connection::committed(*q); !done) {
        q->finish();
        Connection::forgetPrepared(m_db.connectionName());
        return done.error();
    }
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
                         ", (SELECT array_to_string(array_agg(t.id ORDER BY t.id), ',') FROM marquee.tickets t WHERE t.booking_id = b.id)"
                         // Each ticket's type and seat as people name them (migrations/0021, 0022).
                         ", (SELECT json_agg(json_build_array(tt.name, t.price::text, z.name, coalesce(r.row_label, r.row_number), "
                         "s.seat_number) ORDER BY t.id)::text FROM marquee.tickets t "
                         "LEFT JOIN marquee.ticket_types tt ON tt.id = t.ticket_type_id "
                         "LEFT JOIN marquee.seating_seats s ON s.id = t.seat_id LEFT JOIN marquee.seating_rows r ON r.id = s.row_id "
                         "LEFT JOIN marquee.seating_zones z ON z.id = r.zone_id WHERE t.booking_id = b.id)")
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
        booking.tickets = ticketsFrom(q->value(TicketColumn).toString(), q->value(TicketColumn + 1).toString(),
                                      q->value(TicketColumn + 2).toString());
        const QJsonArray kinds = QJsonDocument::fromJson(q->value(TicketColumn + 3).toString().toUtf8()).array();
        for (int i = 0; i < booking.tickets.size() && i < kinds.size(); ++i) {
            const QJsonArray kind = kinds.at(i).toArray();
            Ticket &ticket = booking.tickets[i];
            ticket.typeName = kind.at(0).toString();
            ticket.price = Money::fromDecimalString(kind.at(1).toString()).value_or(Money());
            ticket.zone = kind.at(2).toString();
            ticket.row = kind.at(3).toString();
            ticket.seat = kind.at(4).toString();
        }
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
    // Sold, revenue and bookings count confirmed bookings only; the listing's `reserved` is the live reservations'.
    q.prepare(QStringLiteral(
        "SELECT e.id, e.capacity, e.tickets_sold, l.remaining, e.revenue, e.bookings_count, "
        "  (SELECT count(*) FROM marquee.bookings b WHERE b.event_id = e.id AND b.status = 'cancelled'), "
        "  (SELECT count(*) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
        "    WHERE b.event_id = e.id AND t.status = 'used'), "
        "  l.reserved, "
        "  (SELECT count(*) FROM marquee.bookings b WHERE b.event_id = e.id AND b.status = 'reserved' AND b.expires_at > now()), "
        "  (SELECT count(*) FROM marquee.bookings b WHERE b.event_id = e.id) "
        "FROM marquee.events e JOIN marquee.event_listing l ON l.id = e.id WHERE e.id = :id"));
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
    summary.ticketsReserved = q.value(8).toInt();
    summary.liveReservations = q.value(9).toInt();
    summary.allBookings = q.value(10).toInt();
    return summary;
}

Result<SalesCurve> BookingRepository::salesOverTime(qint64 eventId)
{
    // A sale counts when it was paid (a reservation paid at the desk counts then, not when it was reserved). The
    // buckets are the venue's hours, days (from its midnight) or weeks (from its Monday), whatever this session's or
    // this terminal's zone: up to 2 days of selling in hours, up to 60 days in days, longer in weeks. Every bucket
    // from the first sale's to the last sale's is there, 0 where nothing sold: no ramp before the first sale.
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "WITH venue AS (SELECT v.time_zone AS tz FROM marquee.venue_settings() v), "
        "sales AS (SELECT coalesce(b.paid_at, b.booked_at) AS at, b.quantity FROM marquee.bookings b "
        "  WHERE b.event_id = :id AND b.status = 'confirmed'), "
        "span AS (SELECT min(s.at) AS first_sale, max(s.at) AS last_sale FROM sales s), "
        "unit AS (SELECT CASE WHEN sp.last_sale - sp.first_sale <= interval '2 days' THEN 'hour' "
        "    WHEN sp.last_sale - sp.first_sale <= interval '60 days' THEN 'day' ELSE 'week' END AS u, "
        "    sp.first_sale, sp.last_sale FROM span sp WHERE sp.first_sale IS NOT NULL), "
        "buckets AS (SELECT g.local_start FROM unit, venue, "
        "    generate_series(date_trunc(unit.u, unit.first_sale AT TIME ZONE venue.tz), "
        "                    date_trunc(unit.u, unit.last_sale AT TIME ZONE venue.tz), "
        "                    ('1 ' || unit.u)::interval) AS g(local_start)), "
        "per_bucket AS (SELECT date_trunc(unit.u, s.at AT TIME ZONE venue.tz) AS local_start, sum(s.quantity)::integer AS tickets "
        "    FROM sales s, unit, venue GROUP BY 1) "
        "SELECT bk.local_start AT TIME ZONE venue.tz, coalesce(pb.tickets, 0), "
        "       (sum(coalesce(pb.tickets, 0)) OVER (ORDER BY bk.local_start))::integer, unit.u, unit.first_sale "
        "FROM buckets bk CROSS JOIN venue CROSS JOIN unit LEFT JOIN per_bucket pb ON pb.local_start = bk.local_start "
        "ORDER BY bk.local_start"));
    q.bindValue(QStringLiteral(":id"), eventId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    SalesCurve curve;
    while (q.next()) {
        curve.points.append({q.value(0).toDateTime(), q.value(1).toInt(), q.value(2).toInt()});
        const QString unit = q.value(3).toString();
        curve.bucket = unit == QLatin1String("week") ? SalesBucket::Week
                       : unit == QLatin1String("day") ? SalesBucket::Day : SalesBucket::Hour;
        curve.firstSale = q.value(4).toDateTime();
    }
    return curve;
}

Result<CancellationResult> BookingRepository::cancel(qint64 bookingId)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "SELECT booking_id, event_id, released, remaining, refund_id, refund_amount, refund_method "
        "FROM marquee.cancel_booking(:id::bigint)"));
    q.bindValue(QStringLiteral(":id"), bookingId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::BookingNotFound);
    CancellationResult result;
    result.bookingId = q.value(0).toLongLong();
    result.eventId = q.value(1).toLongLong();
    result.released = q.value(2).toInt();
    result.remaining = q.value(3).toInt();
    result.refundId = q.value(4).toLongLong();
    result.refundAmount = Money::fromDatabase(q.value(5));
    result.refundMethod = paymentMethodFromString(q.value(6).toString());
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return result;
}

Result<ReservationPayment> BookingRepository::payReservation(const QString &reference, PaymentMethod method, int retries)
{
    const QString normalized = Validation::normalizeBookingReference(reference);
    if (!Validation::isWellFormedBookingReference(normalized))
        return Error(ErrorCode::ReferenceInvalid);
    if (method == PaymentMethod::Complimentary)
        return Error(ErrorCode::InvalidValue, QStringLiteral("a reservation is paid by cash or card"));
    for (int attempt = 0;; ++attempt) {
        Result<ReservationPayment> result = m_db.isOpen() ? payOnce(normalized, method)
                                                          : Result<ReservationPayment>(Error(ErrorCode::ConnectionLost));
        if (result.ok() || result.error().code() != ErrorCode::ConnectionLost || attempt >= retries)
            return result;
        // The payment may have committed before the connection dropped: the database answers the same payment
        // again to this login with this method.
        QThread::msleep(100u << attempt);
        (void)Connection::reopen(m_db);
    }
}

Result<ReservationPayment> BookingRepository::payOnce(const QString &reference, PaymentMethod method)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "SELECT booking_id, reference, event_id, total_amount, payment_method, paid_at, remaining "
        "FROM marquee.pay_reservation(:reference, :method)"));
    q.bindValue(QStringLiteral(":reference"), reference);
    q.bindValue(QStringLiteral(":method"), paymentMethodToString(method));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("pay_reservation returned no row"));
    ReservationPayment payment;
    payment.bookingId = q.value(0).toLongLong();
    payment.reference = q.value(1).toString();
    payment.eventId = q.value(2).toLongLong();
    payment.amount = Money::fromDatabase(q.value(3));
    payment.method = paymentMethodFromString(q.value(4).toString());
    payment.paidAt = q.value(5).toDateTime();
    payment.remaining = q.value(6).toInt();
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return payment;
}

Result<int> BookingRepository::recordReprint(qint64 bookingId)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT marquee.record_reprint(:id::bigint)"));
    q.bindValue(QStringLiteral(":id"), bookingId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::BookingNotFound);
    const int reprints = q.value(0).toInt();
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return reprints;
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
        "booked_at, customer_name, array_to_string(ticket_codes, ','), array_to_string(ticket_statuses, ','), reference, "
        "expires_at, event_status "
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
    booking.status = bookingStatusFromString(q.value(7).toString());
    booking.paymentMethod = paymentMethodFromString(q.value(8).toString());
    booking.bookedAt = q.value(9).toDateTime();
    booking.customerName = q.value(10).toString();
    booking.customerPhone = Validation::normalizePhone(phone);
    booking.tickets = ticketsFrom(q.value(11).toString(), q.value(12).toString());
    booking.reference = q.value(13).toString();
    booking.expiresAt = q.value(14).toDateTime();
    booking.eventStatus = eventStatusFromString(q.value(15).toString()).value_or(EventStatus::Active);
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
    const qint64 bookingId = q.value(0).toLongLong();
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return get(bookingId);
}

} // namespace Marquee
