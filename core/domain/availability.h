#pragma once

#include "event.h"

#include <QList>
#include <QMetaType>

namespace Marquee {

// Seats of one event as the database counts them right now.
struct Availability
{
    qint64 eventId = 0;
    int capacity = 0;
    int sold = 0;               // confirmed
    int remaining = 0;          // capacity - sold - reserved
    EventStatus status = EventStatus::Active;
    int reserved = 0;           // held by live reservations
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::Availability)
Q_DECLARE_METATYPE(QList<Marquee::Availability>)
