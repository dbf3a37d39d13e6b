#include "availabilityrepository.h"

#include "database/connection.h"
#include "database/sqlvalues.h"

#include <QSqlQuery>

namespace Marquee {

AvailabilityRepository::AvailabilityRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<Availability>> AvailabilityRepository::fetch(const QVariant &idsArray)
{
    // The listener's re-read after every burst of hints: prepared once per connection, one round trip each.
    Error prepareError;
    QSqlQuery *q = Connection::prepared(
        m_db, QStringLiteral("SELECT event_id, capacity, sold, remaining, status, reserved FROM marquee.event_availability(:ids::bigint[])"),
        &prepareError);
    if (!q)
        return prepareError;
    q->bindValue(QStringLiteral(":ids"), idsArray);
    if (auto r = Connection::exec(*q); !r)
        return r.error();
    QList<Availability> result;
    while (q->next()) {
        result.append(Availability{q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt(),
                                   eventStatusFromString(q->value(4).toString()).value_or(EventStatus::Active),
                                   q->value(5).toInt()});
    }
    q->finish();
    return result;
}

Result<Availability> AvailabilityRepository::forEvent(qint64 eventId)
{
    auto result = forEvents({eventId});
    if (!result)
        return result.error();
    if (result->isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("event %1").arg(eventId));
    return result->first();
}

Result<QList<Availability>> AvailabilityRepository::forEvents(const QList<qint64> &eventIds)
{
    if (eventIds.isEmpty())
        return QList<Availability>();
    return fetch(Sql::bigintArray(eventIds));
}

Result<QList<Availability>> AvailabilityRepository::allActive()
{
    return fetch(QVariant(QMetaType::fromType<QString>()));
}

Result<void> AvailabilityRepository::announce(const QList<qint64> &eventIds)
{
    // announce_availability takes at most 100 ids a call (migrations/0006).
    constexpr int MaxIdsPerCall = 100;
    for (qsizetype start = 0; start < eventIds.size(); start += MaxIdsPerCall) {
        Error prepareError;
        QSqlQuery *q = Connection::prepared(m_db, QStringLiteral("SELECT marquee.announce_availability(:ids::bigint[])"),
                                            &prepareError);
        if (!q)
            return prepareError;
        q->bindValue(QStringLiteral(":ids"), Sql::bigintArray(eventIds.mid(start, MaxIdsPerCall)));
        if (auto r = Connection::exec(*q); !r)
            return r;
        q->finish();
    }
    return {};
}

} // namespace Marquee
