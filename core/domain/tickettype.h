#pragma once

#include "common/money.h"

#include <QString>

#include <optional>

namespace Marquee {

// What a ticket is sold as (issue #14 §1): adult, child, concession … with its price and, if it has one, its own
// quota. Every event has at least one active type; its first (lowest sort order) is what book_tickets sells. On a
// seated event a type may be for one seat category only (empty: any seat). Box-office-only types (where staff check
// ID) are never offered at a kiosk; the database refuses them there anyway (TicketTypeNotAvailable).
struct TicketType
{
    qint64 id = 0;
    qint64 eventId = 0;
    QString name;
    Money price;
    std::optional<int> quota;
    QString seatCategory;
    int sortOrder = 0;
    bool active = true;
    bool boxOfficeOnly = false;
    int taken = 0;   // tickets of the type not cancelled, counted while it has a quota

    // How many more may be sold under its own quota (none: only the event's capacity limits it).
    std::optional<int> left() const { return quota ? std::optional<int>(qMax(0, *quota - taken)) : std::nullopt; }
};

} // namespace Marquee
