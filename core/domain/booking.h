#pragma once

#include "common/money.h"
#include "domain/event.h"
#include "domain/refund.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Marquee {

enum class PaymentMethod { Cash, Card, Complimentary };
QString paymentMethodToString(PaymentMethod method);   // "cash", as stored
PaymentMethod paymentMethodFromString(const QString &text);

enum class TicketStatus { Active, Cancelled, Used };
TicketStatus ticketStatusFromString(const QString &text);

// What a booking is (migrations/0011, 0012). A kiosk's booking is Reserved until it is paid at the box office
// (then Confirmed) or its time runs out (Expired: as the database reads it from that very instant, swept or not);
// a reservation released by staff or by the event's cancellation is Cancelled. A confirmed booking is Cancelled
// by staff (its refund recorded), or becomes RefundDue when its event is cancelled.
enum class BookingStatus { Reserved, Confirmed, Expired, Cancelled, RefundDue };
QString bookingStatusToString(BookingStatus status);   // "refund_due", as stored
BookingStatus bookingStatusFromString(const QString &text);

struct Ticket
{
    qint64 id = 0;
    QString code;
    TicketStatus status = TicketStatus::Active;
    // What it was sold as and at (issue #14): its type's name and price; for a seated event its seat, as people
    // name it (zone, row, seat number). Empty where the read did not ask (a kiosk's look-up).
    QString typeName;
    Money price;
    QString zone;
    QString row;
    QString seat;

    bool hasSeat() const { return !seat.isEmpty(); }
};

// What a terminal asks for. The idempotency key is made once per attempt by the person
// (one press of Confirm) and reused for every retry of that attempt: a retry whose outcome was lost gets the
// booking the first attempt made (a reservation too), never a second one.
//
// An empty (or blank) customerPhone is a walk-in: a sale with no customer row, the name (or "Walk-in", as the
// desk writes it) kept on the booking. Only the box office and admins may sell so; the database refuses a
// kiosk's booking without a valid phone (InvalidCustomer, MQ004). A retry of a walk-in sends no phone again.
struct BookingRequest
{
    qint64 eventId = 0;
    int quantity = 0;
    QString customerName;
    QString customerPhone;
    PaymentMethod paymentMethod = PaymentMethod::Cash;
    QUuid idempotencyKey = QUuid::createUuid();

    bool isWalkIn() const { return customerPhone.trimmed().isEmpty(); }
};

// What book_tickets answered. A kiosk's booking is a reservation: status Reserved, expiresAt the instant it is
// released unless paid at the box office (show "pay at the box office before HH:MM" in the venue's zone). A desk's
// is a sale: Confirmed, expiresAt invalid.
struct BookingConfirmation
{
    qint64 bookingId = 0;
    QString reference;          // what the customer reads aloud: 8 symbols, random (not the id)
    qint64 eventId = 0;
    Money totalAmount;
    QStringList ticketCodes;
    int remaining = 0;
    BookingStatus status = BookingStatus::Confirmed;
    QDateTime expiresAt;

    bool isReservation() const { return status == BookingStatus::Reserved; }
};

struct Booking
{
    qint64 id = 0;
    QString reference;
    qint64 userId = 0;
    qint64 eventId = 0;
    QString eventTitle;
    QString venue;
    QDateTime startsAt;
    QString customerName;       // the name given when it was booked
    QString customerPhone;      // empty for a walk-in (no customer row)
    int quantity = 0;
    Money totalAmount;          // what was paid, or (a reservation) what is to be paid: the reserved price
    BookingStatus status = BookingStatus::Confirmed;   // as the database reads it now (Expired from the instant)
    PaymentMethod paymentMethod = PaymentMethod::Cash; // a reservation: the method asked for, until it is paid
    QString soldBy;             // the login that booked it (a kiosk's, for a reservation)
    QDateTime bookedAt;
    QDateTime expiresAt;        // reservations (also once paid or expired); invalid for a sale
    QDateTime paidAt;           // invalid while unpaid
    QString paidBy;             // the login that took the payment
    EventStatus eventStatus = EventStatus::Active;
    int reprintCount = 0;       // how often its tickets were printed again (marquee.record_reprint)
    // The desk's gap-free receipt number, drawn where it was paid (migrations/0030): the desk (its shift's, or
    // the login's without one) and the number in that desk's series; empty/0 while unpaid.
    QString receiptDesk;
    int receiptNumber = 0;
    qint64 shiftId = 0;         // the shift that sold or collected it; 0: none ("no shift")
    // The refund recorded for it (cancelled, or its event cancelled), if one is owed or was given. Read on
    // the desk's and admins' look-ups; never on a kiosk's.
    std::optional<Refund> refund;
    QList<Ticket> tickets;

    bool isReservation() const { return status == BookingStatus::Reserved; }
    // No seat and no entry: cancelled, expired, or its event cancelled.
    bool isVoid() const
    {
        return status == BookingStatus::Cancelled || status == BookingStatus::Expired || status == BookingStatus::RefundDue;
    }
    bool isWalkIn() const { return customerPhone.isEmpty(); }
    bool isPaid() const { return paidAt.isValid(); }
    // "BOX1-000042", as the receipt prints it; empty while there is none.
    QString receiptNumberText() const
    {
        return receiptNumber > 0 ? receiptDesk + QStringLiteral("-%1").arg(receiptNumber, 6, 10, QLatin1Char('0'))
                                 : QString();
    }
};

// What cancel_booking answered. A confirmed booking's refund is recorded as due at once (refundId), with what to
// give back and how it was paid (give back the same way); none for a complimentary booking, and a reservation is
// only released (nothing was paid): then refundId is 0.
struct CancellationResult
{
    qint64 bookingId = 0;
    qint64 eventId = 0;
    int released = 0;
    int remaining = 0;
    qint64 refundId = 0;
    Money refundAmount;
    PaymentMethod refundMethod = PaymentMethod::Cash;

    bool hasRefund() const { return refundId != 0; }
};

// What pay_reservation answered: the reservation is now a confirmed sale, paid at the price it was reserved at.
// `stored` is the booking read back right after the payment committed (empty only if that read failed).
struct ReservationPayment
{
    qint64 bookingId = 0;
    QString reference;
    qint64 eventId = 0;
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    QDateTime paidAt;
    int remaining = 0;
    std::optional<Booking> stored;
};

// The statistics of one event's confirmed bookings.
struct EventSalesSummary
{
    qint64 eventId = 0;
    int capacity = 0;
    int ticketsSold = 0;
    int remaining = 0;
    Money revenue;
    int bookingsCount = 0;
    int cancelledBookings = 0;
    int ticketsUsed = 0;
    int ticketsReserved = 0;    // held by live reservations (not sold, not revenue)
    int liveReservations = 0;
    int allBookings = 0;        // every booking of the event, whatever its status (e.g. for an export's progress)
};

// How long one bar of the sales chart is: chosen from the span between the first and the last sale.
enum class SalesBucket { Hour, Day, Week };

// One point of a sales-over-time chart: the tickets sold in the bucket that starts at `at` (in the venue's
// zone: a day starts at the venue's midnight), and up to its end.
struct SalesPoint
{
    QDateTime at;
    int ticketsInPeriod = 0;
    int cumulativeTickets = 0;
};

// The chart as the database buckets it: from the bucket of the first sale to the bucket of the last, every bucket
// present (0 where nothing sold).
struct SalesCurve
{
    SalesBucket bucket = SalesBucket::Hour;
    QDateTime firstSale;
    QList<SalesPoint> points;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::BookingConfirmation)
Q_DECLARE_METATYPE(Marquee::Booking)
