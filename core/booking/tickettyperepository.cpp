#include "tickettyperepository.h"

#include "database/connection.h"

#include <QSqlQuery>

namespace Marquee {

TicketTypeRepository::TicketTypeRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<TicketType>> TicketTypeRepository::forEvent(qint64 eventId)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, event_id, name, price, quota, coalesce(seat_category, ''), sort_order, active, box_office_only, taken "
        "FROM marquee.ticket_types WHERE event_id = :event ORDER BY sort_order, id"));
    q.bindValue(QStringLiteral(":event"), eventId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    QList<TicketType> types;
    while (q.next()) {
        TicketType type;
        type.id = q.value(0).toLongLong();
        type.eventId = q.value(1).toLongLong();
        type.name = q.value(2).toString();
        type.price = Money::fromDatabase(q.value(3));
        if (!q.value(4).isNull())
            type.quota = q.value(4).toInt();
        type.seatCategory = q.value(5).toString();
        type.sortOrder = q.value(6).toInt();
        type.active = q.value(7).toBool();
        type.boxOfficeOnly = q.value(8).toBool();
        type.taken = q.value(9).toInt();
        types.append(type);
    }
    return types;
}

Result<qint64> TicketTypeRepository::save(const TicketType &type)
{
    QSqlQuery q = Connection::query(m_db);
    if (type.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO marquee.ticket_types (event_id, name, price, quota, seat_category, sort_order, active, box_office_only) "
            "VALUES (:event, :name, :price::numeric, :quota::integer, nullif(:category, ''), :sort::integer, :active::boolean, "
            ":office::boolean) RETURNING id"));
        q.bindValue(QStringLiteral(":event"), type.eventId);
    } else {
        q.prepare(QStringLiteral(
            "UPDATE marquee.ticket_types SET name = :name, price = :price::numeric, quota = :quota::integer, "
            "seat_category = nullif(:category, ''), sort_order = :sort::integer, active = :active::boolean, "
            "box_office_only = :office::boolean WHERE id = :id RETURNING id"));
        q.bindValue(QStringLiteral(":id"), type.id);
    }
    q.bindValue(QStringLiteral(":name"), type.name.trimmed());
    q.bindValue(QStringLiteral(":price"), type.price.toDecimalString());
    q.bindValue(QStringLiteral(":quota"), type.quota ? QVariant(*type.quota) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(QStringLiteral(":category"), type.seatCategory);
    q.bindValue(QStringLiteral(":sort"), type.sortOrder);
    q.bindValue(QStringLiteral(":active"), type.active);
    q.bindValue(QStringLiteral(":office"), type.boxOfficeOnly);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no ticket type %1").arg(type.id));
    const qint64 id = q.value(0).toLongLong();
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return id;
}

} // namespace Marquee
