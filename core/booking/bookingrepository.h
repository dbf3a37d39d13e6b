#pragma once

#include "common/result.h"
#include "domain/booking.h"
#include "domain/order.h"

#include <QList>
#include <QSqlDatabase>

#include <chrono>
#include <functional>

namespace Marquee {

// Where bookings are made, looked up and cancelled. A booking is one call of
// marquee.book_tickets: one round trip, all rules checked and the seats locked inside the database.
class BookingRepository
{
public:
    explicit BookingRepository(QSqlDatabase db);

    // How long a sale keeps trying to reach a server that takes writes: the same one back after a dropped
    // connection, or the standby promoted in its place, which may take a DBA or an HA manager (Patroni's
    // defaults: up to ~40 s) to happen. Longer than any of those, because a sale given up whose outcome is
    // unknown is the one a clerk might sell again.
    static constexpr std::chrono::milliseconds DefaultPatience{60000};

    // Makes the booking. If the connection drops before the answer arrives, the outcome is unknown:
    // the call reconnects (on a closed connection it starts there) and asks again with the same
    // idempotency key, so the booking is made exactly once and the answer is the real one. It keeps
    // trying while no server takes writes, with backoff, for `patience`; then it gives up with
    // ConnectionLost (the booking may have been made) or, if it never reached a server, CannotConnect.
    // A refusal to connect that is not an outage (no free connections, a wrong password) before
    // anything was sent is returned at once.
    Result<BookingConfirmation> book(const BookingRequest &request, std::chrono::milliseconds patience = DefaultPatience);
    // An order of several ticket types, or of seats (marquee.book_order): the same one call, the same retries with
    // its key as book(). Seats held with request.holdToken are this order's; a seat held by another token, sold or
    // blocked gives SeatNotAvailable, a type not sold here TicketTypeNotAvailable, a quota used up TicketTypeSoldOut.
    Result<BookingConfirmation> order(const OrderRequest &request, std::chrono::milliseconds patience = DefaultPatience);

    Result<Booking> get(qint64 bookingId);
    Result<QList<Booking>> byUser(qint64 userId);
    Result<QList<Booking>> byEvent(qint64 eventId, int limit = 1000, int offset = 0);
    Result<QList<Booking>> byPhone(const QString &phone);
    Result<Booking> byTicketCode(const QString &code);
    // The box office's look-up by the reference a customer reads out.
    Result<Booking> byReference(const QString &reference);

    // Admins: the statistics of confirmed bookings, and the seats live reservations hold.
    Result<EventSalesSummary> eventSummary(qint64 eventId);
    // Tickets sold (confirmed, counted when paid) per bucket from the first sale to the last, bucketed in the venue's
    // time zone; the bucket (hour, day, week) fits the sale's span (migrations/0010's venue_time_zone).
    Result<SalesCurve> salesOverTime(qint64 eventId);

    // A confirmed booking is cancelled and its refund recorded as due; a reservation is released.
    Result<CancellationResult> cancel(qint64 bookingId);

    // The box office takes payment for a reservation (found by its reference) at the price it was reserved at:
    // it becomes a confirmed sale. Retried with the same method after a dropped connection, the database answers
    // with the same payment. ReservationNotPayable when its time is up or it was paid already.
    Result<ReservationPayment> payReservation(const QString &reference, PaymentMethod method, int retries = 3);

    // The desk printed this booking's tickets again: recorded (and audited, with who), returns the reprint count.
    Result<int> recordReprint(qint64 bookingId);

    // Find my booking, at a kiosk: only with the phone the booking was made with and its reference.
    // Failed look-ups are counted per login in the database: more than 5 a minute give TooManyLookups.
    Result<Booking> findMyBooking(const QString &phone, const QString &reference);

    // At the door: marks a ticket used, once.
    Result<Booking> checkIn(const QString &ticketCode);

private:
    Result<BookingConfirmation> bookOnce(const BookingRequest &request);
    Result<BookingConfirmation> orderOnce(const OrderRequest &request);
    // Runs `once` until the server answers, reconnecting with backoff while no server takes writes (see book()).
    Result<BookingConfirmation> untilAnswered(const std::function<Result<BookingConfirmation>()> &once,
                                              std::chrono::milliseconds patience);
    Result<ReservationPayment> payOnce(const QString &reference, PaymentMethod method);
    Result<QList<Booking>> select(const QString &where, const QList<QPair<QString, QVariant>> &binds,
                                  const QString &orderAndLimit = QString());

    QSqlDatabase m_db;
};

} // namespace Marquee
