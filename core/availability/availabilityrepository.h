#pragma once

#include "common/result.h"
#include "domain/availability.h"

#include <QList>
#include <QSqlDatabase>

namespace Marquee {

// Seats remaining, from marquee.event_availability(): the truth a notification only hints at.
class AvailabilityRepository
{
public:
    explicit AvailabilityRepository(QSqlDatabase db);

    Result<Availability> forEvent(qint64 eventId);
    Result<QList<Availability>> forEvents(const QList<qint64> &eventIds);
    Result<QList<Availability>> allActive();

    // Sends the availability hint for these events now (after a booking committed; see migrations/0002).
    Result<void> announce(const QList<qint64> &eventIds);

private:
    Result<QList<Availability>> fetch(const QVariant &idsArray);

    QSqlDatabase m_db;
};

} // namespace Marquee
