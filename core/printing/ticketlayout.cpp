#include "ticketlayout.h"

#include "receiptlayout.h"

namespace Marquee {

TicketLayout::TicketLayout(const QLocale &locale)
    : m_locale(locale)
{
}

PrintDocument TicketLayout::compose(const TicketSlip &ticket) const
{
    PrintDocument doc;
    if (ticket.reprint)
        doc.centred(tr("REPRINT"), true, true);
    doc.centred(tr("ADMIT ONE"), true);
    doc.centred(ticket.event, true, true);
    doc.centred(ticket.venue);
    doc.centred(ReceiptLayout::moment(m_locale, ticket.startsAt, ticket.timeZone));
    doc.rule();
    doc.columns(tr("Seat"), ticket.seat.isEmpty() ? tr("General admission") : ticket.seat);
    doc.columns(tr("Type"), ticket.ticketType.isEmpty() ? tr("Standard") : ticket.ticketType);
    switch (ticket.status) {
    case TicketStatus::Used:
        doc.centred(tr("CHECKED IN"), true, true);
        break;
    case TicketStatus::Cancelled:
        doc.centred(tr("CANCELLED"), true, true);
        break;
    case TicketStatus::Active:
        break;
    }
    doc.feed();
    doc.qrCode(ticket.code);
    doc.centred(ticket.code, true);
    doc.centred(tr("Booking %1, ticket %2 of %3")
                    .arg(ticket.reference, m_locale.toString(ticket.number), m_locale.toString(ticket.count)));
    doc.feed(2);
    doc.cut();
    return doc;
}

} // namespace Marquee
