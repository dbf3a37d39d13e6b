#pragma once

#include "domain/attendance.h"
#include "domain/doorscan.h"
#include "service/reply.h"

#include <QList>

namespace Marquee {

class DatabaseWorker;

// What the door view (and the admin's headcount) asks: a scan in or out, one round trip each, on the write
// worker so a scan never waits behind a headcount read; the headcount per entrance on the read worker.
class DoorService final
{
public:
    DoorService(DatabaseWorker *reads, DatabaseWorker *writes);

    // eventIds: the events this door admits (empty: any event). entrance: this door's name (empty: none).
    Reply<DoorScan> checkIn(const QString &code, const QString &entrance, const QList<qint64> &eventIds);
    Reply<DoorScan> checkOut(const QString &code, const QString &entrance);
    Reply<EventAttendance> attendance(qint64 eventId);

private:
    DatabaseWorker *m_reads = nullptr;
    DatabaseWorker *m_writes = nullptr;
};

} // namespace Marquee
