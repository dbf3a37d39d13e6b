#pragma once

#include "domain/event.h"
#include "domain/tickettype.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>
#include <QtGlobal>

#include <optional>

namespace Marquee {

// One seat the customer chose on the seat page, with the ticket type it is sold as: the seat category's own
// first type (the one book_order picks for a seat without a type), so the price shown is the price booked.
struct KioskSeatChoice
{
    QString guid;
    QString name;        // "Row F, seat 12, Stalls" as the map names it
    qint64 ticketTypeId = 0;
    QString typeName;
    Money price;
};

// What the customer at the kiosk is about to buy: the event they chose (as the terminal's events model last
// showed it, kept live) and how many tickets. The flow holds it between the event, seat and details pages.
//
// Three kinds of order:
//  - one number of tickets (`quantity`): the event's types are not known (yet) or it has one type the kiosk may
//    sell, its first; booked with book_tickets, the one-type shortcut;
//  - a number per ticket type (`typeQuantities`, byType()): the event offers several types at the kiosk;
//  - seats (`seats`, seated): chosen and held on the seat page, each with its category's first type.
struct KioskOrder
{
    std::optional<Event> event;
    int quantity = 1;
    // The types the kiosk may sell for this event (active, not box office only), in the order they are offered;
    // empty until read. `firstTypeId` is the event's first active type of all (the one book_tickets sells).
    QList<TicketType> ticketTypes;
    bool typesKnown = false;
    qint64 firstTypeId = 0;
    QHash<qint64, int> typeQuantities;
    // A seated event: the seats are chosen on the seat page and held with holdToken until heldUntil.
    bool seated = false;
    QList<KioskSeatChoice> seats;
    QUuid holdToken;
    QDateTime heldUntil;

    // The most tickets one booking of this event may take right now (0 when none can be booked).
    int maxQuantity() const
    {
        return event ? qMax(0, qMin(event->maxTicketsPerBooking, event->remaining())) : 0;
    }
    bool byType() const { return !seated && ticketTypes.size() > 1; }
    // Booked with book_order (lines per type or per seat) rather than book_tickets.
    bool needsOrderLines() const
    {
        return seated || byType() || (ticketTypes.size() == 1 && ticketTypes.first().id != firstTypeId);
    }
    int quantityOf(qint64 typeId) const { return typeQuantities.value(typeId, 0); }
    int ticketCount() const
    {
        if (seated)
            return int(seats.size());
        if (byType()) {
            int n = 0;
            for (const TicketType &type : ticketTypes)
                n += quantityOf(type.id);
            return n;
        }
        return quantity;
    }
    bool canBook() const
    {
        if (!event || !event->isOnSale() || maxQuantity() <= 0)
            return false;
        const int count = ticketCount();
        return count >= 1 && count <= maxQuantity();
    }
    Money total() const
    {
        if (!event)
            return Money();
        Money sum;
        if (seated) {
            for (const KioskSeatChoice &seat : seats)
                sum = sum + seat.price;
            return sum;
        }
        if (byType()) {
            for (const TicketType &type : ticketTypes)
                sum = sum + type.price * quantityOf(type.id);
            return sum;
        }
        if (ticketTypes.size() == 1)
            return ticketTypes.first().price * quantity;
        return event->price * quantity;
    }
};

} // namespace Marquee
