#include "eventrepository.h"

#include "database/connection.h"
#include "database/sqlvalues.h"
#include "validation/validation.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace Marquee {

namespace {

// Seats held by live reservations: the counter, less reservations whose time is up that nothing released yet
// (looked for only once the event's expiry bound has passed: migrations/0011). Over marquee.events (an admin
// may read bookings); the public listing has it as a column.
const QString LiveReserved = QStringLiteral(
    "CASE WHEN events.tickets_reserved = 0 OR events.next_expiry IS NULL OR events.next_expiry > now() "
    "THEN events.tickets_reserved ELSE events.tickets_reserved - coalesce((SELECT sum(r.quantity)::integer "
    "FROM marquee.bookings r WHERE r.event_id = events.id AND r.status = 'reserved' AND r.expires_at <= now()), 0) END");
const QString ManagementColumns = QStringLiteral(
    "id, title, description, venue, starts_at, capacity, price, status, max_tickets_per_booking, "
    "tickets_sold, revenue, bookings_count, created_at, updated_at, ") + LiveReserved
    + QStringLiteral(", coalesce(seating_plan_id, 0)");
const QString PublicColumns = QStringLiteral(
    "id, title, description, venue, starts_at, capacity, price, status, max_tickets_per_booking, "
    "sold, 0::numeric, 0, NULL::timestamptz, NULL::timestamptz, reserved, coalesce(seating_plan_id, 0)");

Event eventFrom(const QSqlQuery &q)
{
    Event event;
    event.id = q.value(0).toLongLong();
    event.title = q.value(1).toString();
    event.description = q.value(2).toString();
    event.venue = q.value(3).toString();
    event.startsAt = q.value(4).toDateTime();
    event.capacity = q.value(5).toInt();
    event.price = Money::fromDatabase(q.value(6));
    event.status = eventStatusFromString(q.value(7).toString()).value_or(EventStatus::Active);
    event.maxTicketsPerBooking = q.value(8).toInt();
    event.ticketsSold = q.value(9).toInt();
    event.revenue = Money::fromDatabase(q.value(10));
    event.bookingsCount = q.value(11).toInt();
    event.createdAt = q.value(12).toDateTime();
    event.updatedAt = q.value(13).toDateTime();
    event.ticketsReserved = q.value(14).toInt();
    event.seatingPlanId = q.value(15).toLongLong();
    return event;
}

// Before a round trip: the same rules the database will apply, so the message names the field.
std::optional<Error> firstProblem(const EventDraft &draft, bool isNew, int ticketsSold = 0)
{
    const QList<Error> problems = Validation::checkEvent(draft, isNew, ticketsSold);
    if (problems.isEmpty())
        return std::nullopt;
    return problems.first();
}

// The editable fields, bound the same way for create and full update.
void bindDraft(QSqlQuery &q, const EventDraft &draft)
{
    q.bindValue(QStringLiteral(":title"), draft.title.trimmed());
    q.bindValue(QStringLiteral(":description"), draft.description);
    q.bindValue(QStringLiteral(":venue"), draft.venue.trimmed());
    q.bindValue(QStringLiteral(":starts_at"), Sql::timestamp(draft.startsAt));
    q.bindValue(QStringLiteral(":capacity"), draft.capacity);
    q.bindValue(QStringLiteral(":price"), draft.price.toDecimalString());
    q.bindValue(QStringLiteral(":status"), eventStatusToString(draft.status));
    q.bindValue(QStringLiteral(":max"), draft.maxTicketsPerBooking);
    q.bindValue(QStringLiteral(":plan"), draft.seatingPlanId);
}

struct Where
{
    QStringList clauses;
    QList<QPair<QString, QVariant>> binds;
};

Where whereFor(const EventQuery &query)
{
    Where where;
    if (!query.search.trimmed().isEmpty()) {
        // Served by the trigram indexes on title and venue.
        where.clauses << QStringLiteral("(title ILIKE :search_title OR venue ILIKE :search_venue)");
        where.binds.append({QStringLiteral(":search_title"), Sql::containsPattern(query.search.trimmed())});
        where.binds.append({QStringLiteral(":search_venue"), Sql::containsPattern(query.search.trimmed())});
    }
    if (query.status) {
        where.clauses << QStringLiteral("status = :status");
        where.binds.append({QStringLiteral(":status"), eventStatusToString(*query.status)});
    }
    if (query.from.isValid()) {
        where.clauses << QStringLiteral("starts_at >= :from::timestamptz");
        where.binds.append({QStringLiteral(":from"), Sql::timestamp(query.from)});
    }
    if (query.until.isValid()) {
        where.clauses << QStringLiteral("starts_at < :until::timestamptz");
        where.binds.append({QStringLiteral(":until"), Sql::timestamp(query.until)});
    }
    if (query.upcomingOnly)
        where.clauses << QStringLiteral("starts_at > now()");
    if (query.afterStartsAt.isValid()) {
        // Continue after the row itself, read back by id: the client's copy of starts_at has only
        // millisecond precision, the column has microseconds, and a rounded key repeats or skips rows.
        where.clauses << QStringLiteral("(starts_at, id) > (SELECT k.starts_at, k.id FROM marquee.event_listing k WHERE k.id = :after_id::bigint)");
        where.binds.append({QStringLiteral(":after_id"), query.afterId});
    }
    return where;
}

} // namespace

EventRepository::EventRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Event> EventRepository::create(const EventDraft &draft)
{
    if (auto problem = firstProblem(draft, true))
        return *problem;
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO marquee.events (title, description, venue, starts_at, capacity, price, status, max_tickets_per_booking, "
        "seating_plan_id) "
        "VALUES (:title, coalesce(:description, ''), :venue, :starts_at::timestamptz, :capacity, :price::numeric, :status, :max, "
        "nullif(:plan::bigint, 0)) "
        "RETURNING ") + ManagementColumns);
    bindDraft(q, draft);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("INSERT returned no row"));
    const Event stored = eventFrom(q);
    // The row came before the commit (Connection::committed): saved only if the statement ended well.
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return stored;
}

Result<Event> EventRepository::get(qint64 eventId)
{
    return one(byIds({eventId}, true), eventId);
}

Result<Event> EventRepository::getPublic(qint64 eventId)
{
    return one(byIds({eventId}, false), eventId);
}

Result<Event> EventRepository::one(const Result<QList<Event>> &events, qint64 eventId)
{
    if (!events)
        return events.error();
    if (events->isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("event %1").arg(eventId));
    return events->first();
}

Result<QList<Event>> EventRepository::byIds(const QList<qint64> &eventIds, bool management)
{
    if (eventIds.isEmpty())
        return QList<Event>();
    // Re-reads after changes (an admin terminal's batch, a form after saving): one prepared statement, one round trip.
    const QString sql = QStringLiteral("SELECT ") + (management ? ManagementColumns : PublicColumns)
        + (management ? QStringLiteral(" FROM marquee.events") : QStringLiteral(" FROM marquee.event_listing"))
        + QStringLiteral(" WHERE id = ANY (:ids::bigint[]) ORDER BY starts_at, id");
    Error prepareError;
    QSqlQuery *q = Connection::prepared(m_db, sql, &prepareError);
    if (!q)
        return prepareError;
    q->bindValue(QStringLiteral(":ids"), Sql::bigintArray(eventIds));
    if (auto r = Connection::exec(*q); !r)
        return r.error();
    QList<Event> events;
    while (q->next())
        events.append(eventFrom(*q));
    q->finish();
    return events;
}

Result<Event> EventRepository::update(qint64 eventId, const EventDraft &draft)
{
    if (auto problem = firstProblem(draft, false))
        return *problem;
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "UPDATE marquee.events SET title = :title, description = coalesce(:description, ''), venue = :venue, "
        "starts_at = :starts_at::timestamptz, price = :price::numeric, status = :status, "
        "max_tickets_per_booking = :max, seating_plan_id = nullif(:plan::bigint, 0), "
        // A seated event's capacity is its plan's (the database sets it when the plan changes, and house holds
        // change it): the form's copy may be stale, so it is written only for general admission.
        "capacity = CASE WHEN nullif(:plan_again::bigint, 0) IS NULL THEN :capacity ELSE capacity END "
        "WHERE id = :id RETURNING ") + ManagementColumns);
    bindDraft(q, draft);
    q.bindValue(QStringLiteral(":plan_again"), draft.seatingPlanId);
    q.bindValue(QStringLiteral(":id"), eventId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("event %1").arg(eventId));
    const Event stored = eventFrom(q);
    // The row came before the commit (Connection::committed): saved only if the statement ended well.
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return stored;
}

Result<Event> EventRepository::patch(qint64 eventId, const EventPatch &patch)
{
    QStringList sets;
    QList<QPair<QString, QVariant>> binds;
    if (patch.title) {
        if (patch.title->trimmed().isEmpty())
            return Error(ErrorCode::TitleRequired);
        sets << QStringLiteral("title = :title");
        binds.append({QStringLiteral(":title"), patch.title->trimmed()});
    }
    if (patch.description) {
        sets << QStringLiteral("description = coalesce(:description, '')");
        binds.append({QStringLiteral(":description"), *patch.description});
    }
    if (patch.venue) {
        if (patch.venue->trimmed().isEmpty())
            return Error(ErrorCode::VenueRequired);
        sets << QStringLiteral("venue = :venue");
        binds.append({QStringLiteral(":venue"), patch.venue->trimmed()});
    }
    if (patch.startsAt) {
        sets << QStringLiteral("starts_at = :starts_at::timestamptz");
        binds.append({QStringLiteral(":starts_at"), Sql::timestamp(*patch.startsAt)});
    }
    if (patch.capacity) {
        if (*patch.capacity <= 0)
            return Error(ErrorCode::CapacityNotPositive);
        sets << QStringLiteral("capacity = :capacity");
        binds.append({QStringLiteral(":capacity"), *patch.capacity});
    }
    if (patch.price) {
        if (*patch.price < Money())
            return Error(ErrorCode::PriceNegative);
        sets << QStringLiteral("price = :price::numeric");
        binds.append({QStringLiteral(":price"), patch.price->toDecimalString()});
    }
    if (patch.status) {
        sets << QStringLiteral("status = :status");
        binds.append({QStringLiteral(":status"), eventStatusToString(*patch.status)});
    }
    if (patch.maxTicketsPerBooking) {
        sets << QStringLiteral("max_tickets_per_booking = :max");
        binds.append({QStringLiteral(":max"), *patch.maxTicketsPerBooking});
    }
    if (sets.isEmpty())
        return get(eventId);

    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("UPDATE marquee.events SET ") + sets.join(QStringLiteral(", "))
              + QStringLiteral(" WHERE id = :id RETURNING ") + ManagementColumns);
    for (const auto &[name, value] : std::as_const(binds))
        q.bindValue(name, value);
    q.bindValue(QStringLiteral(":id"), eventId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("event %1").arg(eventId));
    const Event stored = eventFrom(q);
    // The row came before the commit (Connection::committed): saved only if the statement ended well.
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return stored;
}

Result<Event> EventRepository::cancel(qint64 eventId)
{
    EventPatch cancellation;
    cancellation.status = EventStatus::Cancelled;
    return patch(eventId, cancellation);
}

Result<QList<Event>> EventRepository::select(const EventQuery &query, bool management)
{
    const Where where = whereFor(query);
    QString sql = QStringLiteral("SELECT ") + (management ? ManagementColumns : PublicColumns)
        + (management ? QStringLiteral(" FROM marquee.events") : QStringLiteral(" FROM marquee.event_listing"));
    if (!where.clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.clauses.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY starts_at, id LIMIT :limit OFFSET :offset");

    // Every page of every list: prepared once per connection (one statement per combination of filters).
    Error prepareError;
    QSqlQuery *q = Connection::prepared(m_db, sql, &prepareError);
    if (!q)
        return prepareError;
    for (const auto &[name, value] : where.binds)
        q->bindValue(name, value);
    q->bindValue(QStringLiteral(":limit"), qBound(1, query.limit, 10000));
    q->bindValue(QStringLiteral(":offset"), qMax(0, query.offset));
    if (auto r = Connection::exec(*q); !r)
        return r.error();
    QList<Event> events;
    while (q->next())
        events.append(eventFrom(*q));
    q->finish();
    return events;
}

Result<QList<Event>> EventRepository::list(const EventQuery &query)
{
    return select(query, true);
}

Result<QList<Event>> EventRepository::listPublic(const EventQuery &query)
{
    return select(query, false);
}

Result<int> EventRepository::count(const EventQuery &query)
{
    EventQuery unpaged = query;
    unpaged.afterStartsAt = QDateTime();
    const Where where = whereFor(unpaged);
    QString sql = QStringLiteral("SELECT count(*) FROM marquee.events");
    if (!where.clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.clauses.join(QStringLiteral(" AND "));
    QSqlQuery q = Connection::query(m_db);
    q.prepare(sql);
    for (const auto &[name, value] : where.binds)
        q.bindValue(name, value);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace Marquee
