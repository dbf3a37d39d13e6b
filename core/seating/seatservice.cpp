#include "seatservice.h"

#include "database/databaseworker.h"
#include "seatrepository.h"

namespace Marquee {

SeatService::SeatService(DatabaseWorker *reads, DatabaseWorker *writes, Announcer announcer)
    : m_reads(reads)
    , m_writes(writes)
    , m_announcer(std::move(announcer))
{
}

Reply<qint64> SeatService::planOf(qint64 eventId)
{
    return m_reads->ask(DatabaseWorker::Kind::Read, [eventId](QSqlDatabase &db) { return SeatRepository(db).planOf(eventId); });
}

Reply<QList<EventSeat>> SeatService::seatMap(qint64 eventId)
{
    return m_reads->ask(DatabaseWorker::Kind::Read, [eventId](QSqlDatabase &db) { return SeatRepository(db).seatMap(eventId); });
}

Reply<QDateTime> SeatService::hold(qint64 eventId, const QStringList &guids, const QUuid &token, int seconds,
                                   bool accessibleKiosk)
{
    const Announcer announcer = m_announcer;
    return m_writes->ask(DatabaseWorker::Kind::Write, [=](QSqlDatabase &db) {
        auto held = SeatRepository(db).hold(eventId, guids, token, seconds, accessibleKiosk);
        if (held)
            announcer.announce({eventId});
        return held;
    });
}

Reply<QStringList> SeatService::holdBestAvailable(qint64 eventId, const QString &category, int quantity,
                                                  const QUuid &token, int seconds, bool accessibleKiosk)
{
    const Announcer announcer = m_announcer;
    return m_writes->ask(DatabaseWorker::Kind::Write, [=](QSqlDatabase &db) {
        auto held = SeatRepository(db).holdBestAvailable(eventId, category, quantity, token, seconds, accessibleKiosk);
        if (held)
            announcer.announce({eventId});
        return held;
    });
}

Reply<QDateTime> SeatService::extendHold(qint64 eventId, const QUuid &token, int seconds, bool accessibleKiosk)
{
    Q_UNUSED(eventId)
    return m_writes->ask(DatabaseWorker::Kind::Write,
                         [=](QSqlDatabase &db) { return SeatRepository(db).extendHold(token, seconds, accessibleKiosk); });
}

Reply<void> SeatService::releaseHold(qint64 eventId, const QUuid &token)
{
    const Announcer announcer = m_announcer;
    return m_writes->ask(DatabaseWorker::Kind::Write, [=](QSqlDatabase &db) {
        auto released = SeatRepository(db).releaseHold(token);
        if (released)
            announcer.announce({eventId});
        return released;
    });
}

Reply<int> SeatService::setHouseHolds(qint64 eventId, const QStringList &guids, bool blocked)
{
    const Announcer announcer = m_announcer;
    return m_writes->ask(DatabaseWorker::Kind::Write, [=](QSqlDatabase &db) {
        auto capacity = SeatRepository(db).setHouseHolds(eventId, guids, blocked);
        if (capacity)
            announcer.announce({eventId});
        return capacity;
    });
}

} // namespace Marquee
