#pragma once

#include "availability/announcer.h"
#include "domain/booking.h"
#include "domain/bookinglimits.h"
#include "domain/order.h"
#include "domain/tickettype.h"
#include "service/reply.h"

#include <QList>

#include <functional>
#include <optional>

class QObject;
class QString;

namespace Marquee {

class BookingExport;
class BookingLookup;
class DatabaseWorker;

// The statistics and the sales curve of one event, read together for the admin's event page. The curve's buckets
// are the venue's hours, days or weeks (`bucket`), from the bucket of the first sale (`firstSale`) to the last.
struct EventSalesDetail
{
    EventSalesSummary summary;
    QList<SalesPoint> sales;
    SalesBucket bucket = SalesBucket::Hour;
    QDateTime firstSale;
};

// A sale at the desk as the database keeps it: what book_tickets answered, and the booking read back right after
// it committed, so the receipt shows the stored time, the name on file and the stored phone rather than what the
// terminal believed. `stored` is empty only when that read failed: the sale was made all the same.
struct Sale
{
    BookingConfirmation confirmation;
    std::optional<Booking> stored;
};

// Where views make, find and cancel bookings. A sale is one call of marquee.book_tickets on the write connection
// (retried with its idempotency key when the connection drops, so it is made exactly once); right after it
// commits, the worker has every terminal told through the listener, without a detour through the GUI.
class BookingService final
{
public:
    // `changed(eventId)` runs on the write worker's thread after each sale or cancellation committed; it must
    // only post (the session uses it to tell its own views).
    BookingService(DatabaseWorker *reads, DatabaseWorker *writes, Announcer announcer,
                   std::function<void(qint64)> changed = {});

    // A kiosk's booking: the database makes it a reservation (status Reserved, expiresAt) — seats held, to be paid
    // at the box office. A box office's or an admin's is a confirmed sale.
    Reply<BookingConfirmation> book(const BookingRequest &request);
    // The desk's sale: book() and, in the same turn of the write worker, the stored booking read back. Keep the
    // request (its idempotency key) until the answer is known: sell() again with the same request after a lost
    // answer returns the same booking. A request without a phone is a walk-in (BookingRequest).
    Reply<Sale> sell(const BookingRequest &request);
    // An order of several ticket types or of seats (marquee.book_order): as book() and sell(), one call, made once
    // with its key. Seats held with the request's hold token are booked; the hold's other seats stay held.
    Reply<BookingConfirmation> order(const OrderRequest &request);
    Reply<Sale> sellOrder(const OrderRequest &request);
    // An event's ticket types in the order they are offered; admins add (id 0) and change them.
    Reply<QList<TicketType>> ticketTypes(qint64 eventId);
    Reply<qint64> saveTicketType(const TicketType &type);
    // A confirmed booking is cancelled and its refund recorded as due (CancellationResult says how much and how
    // it was paid); a reservation is released.
    Reply<CancellationResult> cancel(qint64 bookingId);
    // The desk takes payment for a reservation at the price it was reserved at, found by its reference (a ticket
    // code's booking: use the Booking's reference from lookUp). Cash or card. It becomes a confirmed sale; the
    // answer carries the booking read back. Retried with the same method after a lost answer, it answers the same
    // payment. ReservationNotPayable: its time is up (its seats went back on sale) or it was paid already.
    Reply<ReservationPayment> payReservation(const QString &reference, PaymentMethod method);
    // The desk printed a booking's tickets again: recorded in the audit log with who did it; answers how many
    // reprints there have been (print "REPRINT" and that number on the ticket).
    Reply<int> recordReprint(qint64 bookingId);
    // At the door or the desk: marks a ticket used, once.
    Reply<Booking> checkIn(const QString &ticketCode);

    Reply<Booking> get(qint64 bookingId);
    Reply<QList<Booking>> byEvent(qint64 eventId, int limit, int offset);
    Reply<QList<Booking>> byPhone(const QString &phone);
    Reply<Booking> byTicketCode(const QString &code);
    // The reference a customer reads out at the desk (K7QM2XPA).
    Reply<Booking> byReference(const QString &reference);
    // Find my booking, at a kiosk: the phone it was booked with and its reference, both as the customer typed them.
    Reply<Booking> findMyBooking(const QString &phone, const QString &reference);
    Reply<EventSalesDetail> salesDetail(qint64 eventId);
    // The box office's look-up: the bookings a ticket code, a reference or a phone names, newest first; an empty
    // list when none does (an invalid lookup finds nothing). Each says what it is (Booking::status: a reservation
    // and until when, a sale, expired, cancelled, refund due because the event was cancelled) and its refund.
    Reply<QList<Booking>> lookUp(const BookingLookup &lookup);

    // The event's bookings as a CSV file, written chunk by chunk on the read worker (see BookingExport); not
    // started yet, owned by `parent`.
    BookingExport *exportToCsv(qint64 eventId, const QString &fileName, QObject *parent);

    // The caps on hoarding per group (admins read and change them; the database enforces them).
    Reply<QList<BookingLimits>> limits();
    Reply<void> saveLimits(const BookingLimits &limits);

private:
    DatabaseWorker *m_reads = nullptr;
    DatabaseWorker *m_writes = nullptr;
    Announcer m_announcer;
    std::function<void(qint64)> m_changed;
};

} // namespace Marquee
