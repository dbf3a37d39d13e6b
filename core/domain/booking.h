#pragma once

#include "common/money.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Marquee {

enum class PaymentMethod { Cash, Card, Complimentary };
QString paymentMethodToString(PaymentMethod method);   // "cash", as stored
PaymentMethod paymentMethodFromString(const QString &text);

enum class TicketStatus { Active, Cancelled, Used };
TicketStatus ticketStatusFromString(const QString &text);

struct Ticket
{
    qint64 id = 0;
    QString code;
    TicketStatus status = TicketStatus::Active;
};

// What a terminal asks for. The idempotency key is made once per attempt by the person
// (one press of Confirm) and reused for every retry of that attempt.
struct BookingRequest
{
    qint64 eventId = 0;
    int quantity = 0;
    QString customerName;
    QString customerPhone;
    PaymentMethod paymentMethod = PaymentMethod::Cash;
    QUuid idempotencyKey = QUuid::createUuid();
};

// What book_tickets answered.
struct BookingConfirmation
{
    qint64 bookingId = 0;
    qint64 eventId = 0;
    Money totalAmount;
    QStringList ticketCodes;
    int remaining = 0;
};

struct Booking
{
    qint64 id = 0;
    qint64 userId = 0;
    qint64 eventId = 0;
    QString eventTitle;
    QString venue;
    QDateTime startsAt;
    QString customerName;
    QString customerPhone;
    int quantity = 0;
    Money totalAmount;
    bool cancelled = false;
    PaymentMethod paymentMethod = PaymentMethod::Cash;
    QString soldBy;
    QDateTime bookedAt;
    QList<Ticket> tickets;
};

struct CancellationResult
{
    qint64 bookingId = 0;
    qint64 eventId = 0;
    int released = 0;
    int remaining = 0;
};

// How a booking is named to a person — on screen, on a ticket, when read out and typed back at the desk:
// today "#" and its number. Issue #10 makes it an unguessable code; views show this and never build it.
QString bookingReference(const Booking &booking);
QString bookingReference(const BookingConfirmation &confirmation);

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
};

// One point of a sales-over-time chart: tickets sold up to this hour.
struct SalesPoint
{
    QDateTime at;
    int ticketsInPeriod = 0;
    int cumulativeTickets = 0;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::BookingConfirmation)
Q_DECLARE_METATYPE(Marquee::Booking)
