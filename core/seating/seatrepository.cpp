#include "seatrepository.h"

#include "database/connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Marquee {

namespace {

// Guids travel as a JSON array: no array-literal quoting to get wrong.
QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

const QString GuidArray = QStringLiteral("ARRAY(SELECT jsonb_array_elements_text(:guids::jsonb))");

// The setting runs first: a FROM subquery with a volatile function is evaluated before the select list.
const QString AccessibleSetting
    = QStringLiteral(" FROM (SELECT set_config('marquee.accessible_kiosk', :accessible, false)) AS accessible_kiosk");

QString accessibleText(bool on)
{
    return on ? QStringLiteral("on") : QStringLiteral("off");
}

QString tokenText(const QUuid &token)
{
    return token.isNull() ? QString() : token.toString(QUuid::WithoutBraces);
}

} // namespace

SeatRepository::SeatRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> SeatRepository::planOf(qint64 eventId)
{
    // Through the public listing: a kiosk may not read the events table.
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(seating_plan_id, 0) FROM marquee.event_listing WHERE id = :event"));
    q.bindValue(QStringLiteral(":event"), eventId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no event %1").arg(eventId));
    return q.value(0).toLongLong();
}

Result<QList<EventSeat>> SeatRepository::seatMap(qint64 eventId)
{
    // Prepared once per connection: a terminal re-reads the map after every hint.
    Error prepareError;
    QSqlQuery *q = Connection::prepared(m_db, QStringLiteral(
        "SELECT seat_guid, zone, row_label, seat_number, category, x, y, state FROM marquee.seat_map(:event::bigint)"),
        &prepareError);
    if (!q)
        return prepareError;
    q->bindValue(QStringLiteral(":event"), eventId);
    if (auto r = Connection::exec(*q); !r)
        return r.error();
    QList<EventSeat> seats;
    while (q->next()) {
        EventSeat seat;
        seat.guid = q->value(0).toString();
        seat.zone = q->value(1).toString();
        seat.rowLabel = q->value(2).toString();
        seat.seatNumber = q->value(3).toString();
        seat.category = q->value(4).toString();
        seat.x = q->value(5).toInt();
        seat.y = q->value(6).toInt();
        seat.state = seatStateFromString(q->value(7).toString()).value_or(SeatState::Unknown);
        seats.append(seat);
    }
    q->finish();
    return seats;
}

Result<QDateTime> SeatRepository::hold(qint64 eventId, const QStringList &guids, const QUuid &token, int seconds,
                                      bool accessibleKiosk)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT marquee.hold_seats(:event::bigint, ") + GuidArray
              + QStringLiteral(", :token::uuid, :seconds::integer)") + AccessibleSetting);
    q.bindValue(QStringLiteral(":accessible"), accessibleText(accessibleKiosk));
    q.bindValue(QStringLiteral(":event"), eventId);
    q.bindValue(QStringLiteral(":guids"), jsonList(guids));
    q.bindValue(QStringLiteral(":token"), tokenText(token));
    q.bindValue(QStringLiteral(":seconds"), seconds);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("hold_seats returned no row"));
    const QDateTime until = q.value(0).toDateTime();
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return until;
}

Result<QStringList> SeatRepository::holdBestAvailable(qint64 eventId, const QString &category, int quantity,
                                                      const QUuid &token, int seconds, bool accessibleKiosk)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT array_to_json(marquee.hold_best_available(:event::bigint, :category, "
                             ":quantity::integer, :token::uuid, :seconds::integer))::text")
              + AccessibleSetting);
    q.bindValue(QStringLiteral(":accessible"), accessibleText(accessibleKiosk));
    q.bindValue(QStringLiteral(":event"), eventId);
    q.bindValue(QStringLiteral(":category"), category.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(category));
    q.bindValue(QStringLiteral(":quantity"), quantity);
    q.bindValue(QStringLiteral(":token"), tokenText(token));
    q.bindValue(QStringLiteral(":seconds"), seconds);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("hold_best_available returned no row"));
    QStringList guids;
    const QJsonArray array = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    for (const QJsonValue &value : array)
        guids << value.toString();
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return guids;
}

Result<QDateTime> SeatRepository::extendHold(const QUuid &token, int seconds, bool accessibleKiosk)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT marquee.extend_hold(:token::uuid, :seconds::integer)") + AccessibleSetting);
    q.bindValue(QStringLiteral(":accessible"), accessibleText(accessibleKiosk));
    q.bindValue(QStringLiteral(":token"), tokenText(token));
    q.bindValue(QStringLiteral(":seconds"), seconds);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("extend_hold returned no row"));
    const QDateTime until = q.value(0).toDateTime();
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return until;
}

Result<void> SeatRepository::releaseHold(const QUuid &token)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT marquee.release_hold(:token::uuid)"));
    q.bindValue(QStringLiteral(":token"), tokenText(token));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    return Connection::committed(q);
}

Result<int> SeatRepository::setHouseHolds(qint64 eventId, const QStringList &guids, bool blocked)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT marquee.set_house_holds(:event::bigint, ") + GuidArray
              + QStringLiteral(", :blocked::boolean)"));
    q.bindValue(QStringLiteral(":event"), eventId);
    q.bindValue(QStringLiteral(":guids"), jsonList(guids));
    q.bindValue(QStringLiteral(":blocked"), blocked);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("set_house_holds returned no row"));
    const int capacity = q.value(0).toInt();
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return capacity;
}

} // namespace Marquee
