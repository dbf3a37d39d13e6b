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
    int sold = 0;
    int remaining = 0;
    EventStatus status = EventStatus::Active;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::Availability)
Q_DECLARE_METATYPE(QList<Marquee::Availability>)
