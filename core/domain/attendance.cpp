#include "attendance.h"

namespace Marquee {

int EventAttendance::checkedIn() const
{
    int total = 0;
    for (const EntranceAttendance &e : entrances)
        total += e.checkedIn;
    return total;
}

int EventAttendance::inside() const
{
    int total = 0;
    for (const EntranceAttendance &e : entrances)
        total += e.inside;
    return total;
}

bool EventAttendance::operator==(const EventAttendance &other) const
{
    if (eventId != other.eventId || entrances.size() != other.entrances.size())
        return false;
    for (int i = 0; i < entrances.size(); ++i) {
        const EntranceAttendance &a = entrances.at(i);
        const EntranceAttendance &b = other.entrances.at(i);
        if (a.entrance != b.entrance || a.checkedIn != b.checkedIn || a.inside != b.inside)
            return false;
    }
    return true;
}

} // namespace Marquee
