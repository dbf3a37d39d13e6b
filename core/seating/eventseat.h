#pragma once

#include "seatstate.h"

#include <QString>

namespace Marquee {

// One seat of a seated event as marquee.seat_map() answers it: where it is on the plan (rounded to whole
// units), how people name it, and its state at this instant.
struct EventSeat
{
    QString guid;
    QString zone;
    QString rowLabel;
    QString seatNumber;
    QString category;
    int x = 0;
    int y = 0;
    SeatState state = SeatState::Unknown;
};

} // namespace Marquee
