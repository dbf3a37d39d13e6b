#include "seatingplan.h"

#include <QSet>

namespace Marquee {

bool SeatingArea::operator==(const SeatingArea &other) const
{
    return position == other.position && color == other.color && borderColor == other.borderColor
        && rotation == other.rotation && shape == other.shape && uuid == other.uuid && polygon == other.polygon
        && rectangle == other.rectangle && ellipseRadius == other.ellipseRadius && circleRadius == other.circleRadius
        && text == other.text && width == other.width && height == other.height && caption == other.caption;
}

bool Seat::operator==(const Seat &other) const
{
    return guid == other.guid && number == other.number && category == other.category && position == other.position
        && uuid == other.uuid && startDirection == other.startDirection && radius == other.radius
        && wheelchair == other.wheelchair && companion == other.companion && restrictedView == other.restrictedView;
}

bool SeatingRow::operator==(const SeatingRow &other) const
{
    return number == other.number && label == other.label && seatLabel == other.seatLabel
        && numberPosition == other.numberPosition && uuid == other.uuid && position == other.position
        && seatsSpacing == other.seatsSpacing && numberOfSeats == other.numberOfSeats && seats == other.seats;
}

bool SeatingZone::operator==(const SeatingZone &other) const
{
    return name == other.name && zoneId == other.zoneId && uuid == other.uuid && displayed == other.displayed
        && position == other.position && rows == other.rows && areas == other.areas;
}

bool SeatingPlan::operator==(const SeatingPlan &other) const
{
    return name == other.name && form == other.form && size == other.size && categories == other.categories
        && zones == other.zones;
}

int SeatingPlan::seatCount() const
{
    int count = 0;
    for (const SeatingZone &zone : zones) {
        for (const SeatingRow &row : zone.rows)
            count += int(row.seats.size());
    }
    return count;
}

QList<PlacedSeat> SeatingPlan::placedSeats() const
{
    QList<PlacedSeat> placed;
    placed.reserve(seatCount());
    for (int z = 0; z < zones.size(); ++z) {
        const SeatingZone &zone = zones.at(z);
        for (int r = 0; r < zone.rows.size(); ++r) {
            const SeatingRow &row = zone.rows.at(r);
            const QPointF rowOrigin = zone.position + row.position.value_or(QPointF());
            for (int s = 0; s < row.seats.size(); ++s) {
                const Seat &seat = row.seats.at(s);
                PlacedSeat p;
                p.guid = seat.guid;
                p.zoneName = zone.name;
                p.rowName = row.displayName();
                p.number = seat.number;
                p.category = seat.category;
                p.position = rowOrigin + seat.position;
                p.radius = seat.drawnRadius();
                p.wheelchair = seat.wheelchair;
                p.companion = seat.companion;
                p.restrictedView = seat.restrictedView;
                p.zoneIndex = z;
                p.rowIndex = r;
                p.seatIndex = s;
                placed.append(p);
            }
        }
    }
    return placed;
}

const SeatCategory *SeatingPlan::category(const QString &categoryName) const
{
    for (const SeatCategory &c : categories) {
        if (c.name == categoryName)
            return &c;
    }
    return nullptr;
}

namespace {

template<typename Mark>
QStringList guidsWith(const QList<SeatingZone> &zones, Mark mark)
{
    QStringList guids;
    for (const SeatingZone &zone : zones) {
        for (const SeatingRow &row : zone.rows) {
            for (const Seat &seat : row.seats) {
                if (mark(seat))
                    guids << seat.guid;
            }
        }
    }
    return guids;
}

} // namespace

QStringList SeatingPlan::wheelchairSpaces() const
{
    return guidsWith(zones, [](const Seat &s) { return s.wheelchair; });
}

QStringList SeatingPlan::companionSeats() const
{
    return guidsWith(zones, [](const Seat &s) { return s.companion; });
}

QStringList SeatingPlan::restrictedViewSeats() const
{
    return guidsWith(zones, [](const Seat &s) { return s.restrictedView; });
}

void SeatingPlan::setAccessibility(const QStringList &wheelchair, const QStringList &companion,
                                   const QStringList &restrictedView)
{
    const QSet<QString> w(wheelchair.cbegin(), wheelchair.cend());
    const QSet<QString> c(companion.cbegin(), companion.cend());
    const QSet<QString> r(restrictedView.cbegin(), restrictedView.cend());
    for (SeatingZone &zone : zones) {
        for (SeatingRow &row : zone.rows) {
            for (Seat &seat : row.seats) {
                seat.wheelchair = w.contains(seat.guid);
                seat.companion = c.contains(seat.guid);
                seat.restrictedView = r.contains(seat.guid);
            }
        }
    }
}

} // namespace Marquee
