#pragma once

#include "seatingplanreading.h"

#include <QByteArray>
#include <QJsonObject>

namespace Marquee {

// Reads a seating plan in pretix's published format, in either of its two forms (SeatingPlanForm), as its JSON
// Schema says: every object allows only its own properties (additionalProperties: false), required ones must be
// there, each value of its type. On top of the schema it checks what the schema cannot say: every seat's
// category is one of the plan's categories, seat_guid is unique in the whole plan, category names are unique.
// And what Marquee's tables need: text that people read holds no control or invisible formatting characters,
// names and ids have at most 200 characters, numbers are of sane size, the plan has at least one seat.
//
// A file that passes both forms' schemas is read as the current form (they then mean the same). One that
// passes neither is refused with the first problem found in the form it resembles most.
class SeatingPlanReader
{
public:
    static SeatingPlanReading read(const QByteArray &json);
    static SeatingPlanReading read(const QJsonObject &document);

    static constexpr int maximumSeats = 200000;
    static constexpr int maximumNameLength = 200;      // names, labels, numbers, ids, colours
    static constexpr int maximumAreaTextLength = 2000; // a caption drawn on the plan
    static constexpr double maximumCoordinate = 1e9;   // plan pixels from the origin
};

} // namespace Marquee
