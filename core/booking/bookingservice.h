#pragma once

#include "availability/announcer.h"
#include "domain/booking.h"
#include "domain/bookinglimits.h"
#include "service/reply.h"

#include <QList>

#include <functional>

namespace Marquee {

class DatabaseWorker;

// The statistics and the sales curve of one event, read together for the admin's event page.
struct EventSalesDetail
{
    EventSalesSummary summary;
    QList<SalesPoint> sales;
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

    Reply<BookingConfirmation> book(const BookingRequest &request);
    Reply<CancellationResult> cancel(qint64 bookingId);
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
