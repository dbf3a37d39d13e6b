#pragma once

#include "common/result.h"
#include "domain/availability.h"
#include "domain/event.h"

#include <QList>
#include <QSqlDatabase>

namespace Marquee {

// Events, as admins manage them (marquee.events, with revenue and counts) and as everyone else sees
// them (marquee.event_listing: no revenue, no booking counts). Use it from the thread that opened db.
class EventRepository
{
public:
    explicit EventRepository(QSqlDatabase db);

    Result<Event> create(const EventDraft &draft);
    Result<Event> get(qint64 eventId);
    // Full update: every editable field is written.
    Result<Event> update(qint64 eventId, const EventDraft &draft);
    // Partial update: only the fields set in the patch.
    Result<Event> patch(qint64 eventId, const EventPatch &patch);
    // Soft cancel: the event stays with its bookings as history; it is no longer on sale.
    Result<Event> cancel(qint64 eventId);

    // The management view (admins): statistics included. Ordered by start, then id.
    Result<QList<Event>> list(const EventQuery &query);
    Result<int> count(const EventQuery &query);

    // The public listing (kiosk, box office): revenue and booking counts are zero here.
    Result<QList<Event>> listPublic(const EventQuery &query);
    Result<Event> getPublic(qint64 eventId);
    // These events (those that exist), in start order: management figures or the public listing.
    Result<QList<Event>> byIds(const QList<qint64> &eventIds, bool management);

private:
    static Result<Event> one(const Result<QList<Event>> &events, qint64 eventId);
    Result<QList<Event>> select(const EventQuery &query, bool management);

    QSqlDatabase m_db;
};

} // namespace Marquee
