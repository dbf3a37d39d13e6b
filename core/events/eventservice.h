#pragma once

#include "domain/event.h"
#include "service/reply.h"

#include <QList>

namespace Marquee {

class DatabaseWorker;

// What views ask about events. Admins get the management figures (revenue, bookings); every other group gets
// the public listing, whatever it asks (the database would refuse it anyway).
class EventService final
{
public:
    EventService(DatabaseWorker *reads, DatabaseWorker *writes, bool management);

    bool isManagement() const { return m_management; }

    // One page of events in start order (keyset paging: see EventQuery).
    Reply<QList<Event>> list(const EventQuery &query);
    Reply<int> count(const EventQuery &query);
    Reply<Event> get(qint64 eventId);
    // These events as they are now; ids that no longer exist are left out.
    Reply<QList<Event>> byIds(const QList<qint64> &eventIds);

    Reply<Event> create(const EventDraft &draft);
    Reply<Event> update(qint64 eventId, const EventDraft &draft);
    // The event stays, with its bookings, as history; it is no longer on sale.
    Reply<Event> cancel(qint64 eventId);

private:
    DatabaseWorker *m_reads = nullptr;
    DatabaseWorker *m_writes = nullptr;
    bool m_management = false;
};

} // namespace Marquee
