#pragma once

#include "domain/booking.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Marquee {

// What one printed ticket says: one per ticket of a booking, each cut off on its own.
struct TicketSlip
{
    Q_DECLARE_TR_FUNCTIONS(TicketSlip)

public:
    QString event;
    QString venue;
    QDateTime startsAt;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // the venue's
    QString seat;        // empty: general admission
    QString ticketType;  // empty: the event's one price
    QString code;        // as text and as the QR code the door scans
    QString reference;
    int number = 1;      // "ticket 2 of 3"
    int count = 1;
    TicketStatus status = TicketStatus::Active;
    bool reprint = false;

    // One slip per ticket of the booking, in the booking's order.
    // A ticket's seat as people name it: "Stalls, row F, seat 12" (empty: general admission). Printed tickets,
    // receipts and the desk's ticket list all say it so.
    static QString seatOf(const Ticket &ticket);

    static QList<TicketSlip> forBooking(const Booking &booking, bool reprint,
                                        const QTimeZone &timeZone = QTimeZone::systemTimeZone());
};

} // namespace Marquee
