#pragma once

#include "seatingplan.h"

#include <QByteArray>
#include <QJsonObject>

namespace Marquee {

// Writes a plan back in pretix's format, in the plan's own form (SeatingPlanForm), so that reading what it
// wrote gives the same plan. Properties a file left out, or gave as null or as an empty string, are left out;
// Marquee's own marks (wheelchair spaces, companion seats, restricted view) are not part of the format and are
// not written.
class SeatingPlanWriter
{
public:
    static QJsonObject toJson(const SeatingPlan &plan);
    static QByteArray toBytes(const SeatingPlan &plan, bool indented = true);
};

} // namespace Marquee
