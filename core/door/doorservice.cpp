#include "doorservice.h"

#include "database/databaseworker.h"
#include "doorrepository.h"

namespace Marquee {

using Kind = DatabaseWorker::Kind;

DoorService::DoorService(DatabaseWorker *reads, DatabaseWorker *writes)
    : m_reads(reads)
    , m_writes(writes)
{
}

Reply<DoorScan> DoorService::checkIn(const QString &code, const QString &entrance, const QList<qint64> &eventIds)
{
    // A write: never repeated by the worker. Had the first attempt committed, a repeat would answer
    // "already used" for the person who just came in.
    return m_writes->ask(Kind::Write, [code, entrance, eventIds](QSqlDatabase &db) {
        return DoorRepository(db).checkIn(code, entrance, eventIds);
    });
}

Reply<DoorScan> DoorService::checkOut(const QString &code, const QString &entrance)
{
    return m_writes->ask(Kind::Write, [code, entrance](QSqlDatabase &db) {
        return DoorRepository(db).checkOut(code, entrance);
    });
}

Reply<EventAttendance> DoorService::attendance(qint64 eventId)
{
    return m_reads->ask(Kind::Read, [eventId](QSqlDatabase &db) { return DoorRepository(db).attendance(eventId); });
}

} // namespace Marquee
