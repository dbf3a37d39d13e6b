#pragma once

#include "domain/booking.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Marquee {

// What one printed ticket says: one per ticket of a booking, each cut off on its own.
struct TicketSlip
{
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
    static QList<TicketSlip> forBooking(const Booking &booking, bool reprint,
                                        const QTimeZone &timeZone = QTimeZone::systemTimeZone());
};

} // namespace Marquee
