#pragma once

#include "booking.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

namespace Marquee {

// One line of an order: `quantity` tickets of a type (general admission), or one seat with its type (0: the
// seat category's first type).
struct OrderLine
{
    qint64 ticketTypeId = 0;
    int quantity = 0;
    QString seatGuid;

    bool isSeat() const { return !seatGuid.isEmpty(); }
};

// What marquee.book_order() is asked for (issue #14 §3): several types at once, or seats. Keep the request (its
// idempotency key) until the answer is known, as for a BookingRequest; a retry is compared as a set of lines.
// Seats this terminal holds are booked with the hold's token.
struct OrderRequest
{
    qint64 eventId = 0;
    QList<OrderLine> lines;
    QString customerName;
    QString customerPhone;
    PaymentMethod paymentMethod = PaymentMethod::Cash;
    QUuid idempotencyKey = QUuid::createUuid();
    QUuid holdToken;

    bool isWalkIn() const { return customerPhone.trimmed().isEmpty(); }
    int ticketCount() const
    {
        int n = 0;
        for (const OrderLine &line : lines)
            n += line.isSeat() ? 1 : line.quantity;
        return n;
    }
    // The lines as the function takes them: [{"ticket_type": id, "quantity": n}] or [{"seat": guid, ...}].
    QByteArray linesJson() const;
};

} // namespace Marquee
