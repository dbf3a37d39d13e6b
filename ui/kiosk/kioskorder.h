#pragma once

#include "domain/event.h"

#include <QtGlobal>

#include <optional>

namespace Marquee {

// What the customer at the kiosk is about to buy: the event they chose (as the terminal's events model last
// showed it, kept live) and how many tickets. The flow holds it between the event and details pages.
struct KioskOrder
{
    std::optional<Event> event;
    int quantity = 1;

    // The most tickets one booking of this event may take right now (0 when none can be booked).
    int maxQuantity() const
    {
        return event ? qMax(0, qMin(event->maxTicketsPerBooking, event->remaining())) : 0;
    }
    bool canBook() const { return event && event->isOnSale() && maxQuantity() > 0; }
    Money total() const { return event ? event->price * quantity : Money(); }
};

} // namespace Marquee
