#pragma once

#include "availability/announcer.h"
#include "eventseat.h"
#include "service/reply.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace Marquee {

class DatabaseWorker;

// Seats of seated events as views ask for them: the map, holds for one customer's sale, house holds (admins).
// Holds run on the write worker; right after each commit every terminal is told (through the listener, like a
// sale), and re-reads the seats.
class SeatService final
{
public:
    SeatService(DatabaseWorker *reads, DatabaseWorker *writes, Announcer announcer);

    // The event's seating plan (0: not seated).
    Reply<qint64> planOf(qint64 eventId);
    Reply<QList<EventSeat>> seatMap(qint64 eventId);
    // `accessibleKiosk`: a kiosk in its accessibility mode; the database then gives a new token twice the life
    // (the session setting marquee.accessible_kiosk, set in the same statement as the hold).
    Reply<QDateTime> hold(qint64 eventId, const QStringList &guids, const QUuid &token, int seconds,
                          bool accessibleKiosk = false);
    Reply<QStringList> holdBestAvailable(qint64 eventId, const QString &category, int quantity, const QUuid &token,
                                         int seconds, bool accessibleKiosk = false);
    Reply<QDateTime> extendHold(qint64 eventId, const QUuid &token, int seconds, bool accessibleKiosk = false);
    // The sale was abandoned (or the kiosk went idle): the seats go back on sale at once.
    Reply<void> releaseHold(qint64 eventId, const QUuid &token);
    Reply<int> setHouseHolds(qint64 eventId, const QStringList &guids, bool blocked);

private:
    DatabaseWorker *m_reads = nullptr;
    DatabaseWorker *m_writes = nullptr;
    Announcer m_announcer;
};

} // namespace Marquee
