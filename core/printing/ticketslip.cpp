#include "ticketslip.h"

namespace Marquee {

QString TicketSlip::seatOf(const Ticket &ticket)
{
    if (!ticket.hasSeat())
        return QString();
    if (ticket.zone.isEmpty())
        return tr("Row %1, seat %2").arg(ticket.row, ticket.seat);
    return tr("%1, row %2, seat %3").arg(ticket.zone, ticket.row, ticket.seat);
}

QList<TicketSlip> TicketSlip::forBooking(const Booking &booking, bool reprint, const QTimeZone &timeZone)
{
    QList<TicketSlip> slips;
    int number = 0;
    for (const Ticket &ticket : booking.tickets) {
        TicketSlip slip;
        slip.event = booking.eventTitle;
        slip.venue = booking.venue;
        slip.startsAt = booking.startsAt;
        slip.timeZone = timeZone;
        slip.code = ticket.code;
        slip.seat = seatOf(ticket);
        slip.ticketType = ticket.typeName;
        slip.reference = booking.reference;
        slip.number = ++number;
        slip.count = int(booking.tickets.size());
        slip.status = booking.isVoid() ? TicketStatus::Cancelled : ticket.status;
        slip.reprint = reprint;
        slips.append(slip);
    }
    return slips;
}

} // namespace Marquee
