#include "ticketslip.h"

namespace Marquee {

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
