#include "eventservice.h"

#include "database/databaseworker.h"
#include "eventrepository.h"

namespace Marquee {

using Kind = DatabaseWorker::Kind;

EventService::EventService(DatabaseWorker *reads, DatabaseWorker *writes, bool management)
    : m_reads(reads)
    , m_writes(writes)
    , m_management(management)
{
}

Reply<QList<Event>> EventService::list(const EventQuery &query)
{
    return m_reads->ask(Kind::Read, [query, management = m_management](QSqlDatabase &db) {
        EventRepository events(db);
        return management ? events.list(query) : events.listPublic(query);
    });
}

Reply<int> EventService::count(const EventQuery &query)
{
    return m_reads->ask(Kind::Read, [query](QSqlDatabase &db) { return EventRepository(db).count(query); });
}

Reply<Event> EventService::get(qint64 eventId)
{
    return m_reads->ask(Kind::Read, [eventId, management = m_management](QSqlDatabase &db) {
        EventRepository events(db);
        return management ? events.get(eventId) : events.getPublic(eventId);
    });
}

Reply<QList<Event>> EventService::byIds(const QList<qint64> &eventIds)
{
    return m_reads->ask(Kind::Read, [eventIds, management = m_management](QSqlDatabase &db) {
        return EventRepository(db).byIds(eventIds, management);
    });
}

Reply<Event> EventService::create(const EventDraft &draft)
{
    return m_writes->ask(Kind::Write, [draft](QSqlDatabase &db) { return EventRepository(db).create(draft); });
}

Reply<Event> EventService::update(qint64 eventId, const EventDraft &draft)
{
    return m_writes->ask(Kind::Write, [eventId, draft](QSqlDatabase &db) {
        return EventRepository(db).update(eventId, draft);
    });
}

Reply<Event> EventService::cancel(qint64 eventId)
{
    return m_writes->ask(Kind::Write, [eventId](QSqlDatabase &db) { return EventRepository(db).cancel(eventId); });
}

} // namespace Marquee
