#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Marquee {

// One entrance's count for an event (marquee.event_attendance): first entries through it, and tickets inside
// now whose last entry was through it. An empty name: check-ins that named no entrance (the box office's).
struct EntranceAttendance
{
    QString entrance;
    int checkedIn = 0;
    int inside = 0;
};

// The headcount of one event, per entrance.
struct EventAttendance
{
    qint64 eventId = 0;
    QList<EntranceAttendance> entrances;

    int checkedIn() const;   // tickets that came in at least once
    int inside() const;      // tickets inside now
    bool operator==(const EventAttendance &other) const;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::EventAttendance)
