#include "receipt.h"

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
    ReceiptItem item;
    item.event = booking.eventTitle;
    item.startsAt = booking.startsAt;
    item.quantity = booking.quantity;
    item.amount = booking.totalAmount;
    receipt.items.append(item);
    return receipt;
}

} // namespace Marquee
