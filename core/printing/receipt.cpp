#include "receipt.h"

#include "ticketslip.h"

#include <algorithm>

namespace Marquee {

Receipt Receipt::forBooking(const Booking &booking, bool reprint)
{
    Receipt receipt;
    receipt.venue = booking.venue;
    receipt.total = booking.totalAmount;
    receipt.payment = booking.paymentMethod;
    receipt.reference = booking.reference;
    receipt.soldAt = booking.bookedAt;
    receipt.staff = booking.paidBy.isEmpty() ? booking.soldBy : booking.paidBy;
    receipt.receiptNumber = booking.receiptNumberText();
    receipt.desk = booking.receiptDesk;
    if (booking.paidAt.isValid())
        receipt.soldAt = booking.paidAt;
    receipt.reprint = reprint;
    if (reprint)
        receipt.printedAt = QDateTime::currentDateTimeUtc();
    // One line per ticket type (general admission) or per seat, at the price each ticket was sold at; a booking
    // read without its tickets' types is one line, as before ticket types.
    const bool typed = !booking.tickets.isEmpty()
        && std::all_of(booking.tickets.cbegin(), booking.tickets.cend(), [](const Ticket &t) { return !t.typeName.isEmpty(); });
    if (!typed) {
        ReceiptItem item;
        item.event = booking.eventTitle;
        item.startsAt = booking.startsAt;
        item.quantity = booking.quantity;
        item.amount = booking.totalAmount;
        receipt.items.append(item);
        return receipt;
    }
    const bool complimentary = booking.paymentMethod == PaymentMethod::Complimentary;
    for (const Ticket &ticket : booking.tickets) {
        const QString seat = TicketSlip::seatOf(ticket);
        const Money price = complimentary ? Money() : ticket.price;
        if (seat.isEmpty()) {
            auto same = std::find_if(receipt.items.begin(), receipt.items.end(), [&](const ReceiptItem &item) {
                return item.seat.isEmpty() && item.ticketType == ticket.typeName && item.amount == price * item.quantity;
            });
            if (same != receipt.items.end()) {
                ++same->quantity;
                same->amount = same->amount + price;
                continue;
            }
        }
        ReceiptItem item;
        item.event = booking.eventTitle;
        item.startsAt = booking.startsAt;
        item.ticketType = ticket.typeName;
        item.seat = seat;
        item.quantity = 1;
        item.amount = price;
        receipt.items.append(item);
    }
    return receipt;
}

} // namespace Marquee
