#include "seatingplanrepository.h"

#include "database/connection.h"
#include "seatingplanreader.h"
#include "seatingplanwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace Marquee {

namespace {

// Guids travel as a JSON array: no array-literal quoting to get wrong.
QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QString &text)
{
    QStringList values;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        values << value.toString();
    return values;
}

} // namespace

SeatingPlanRepository::SeatingPlanRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> SeatingPlanRepository::create(const SeatingPlan &plan)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "SELECT marquee.create_seating_plan(:name, :document::jsonb,"
        " ARRAY(SELECT jsonb_array_elements_text(:wheelchair::jsonb)),"
        " ARRAY(SELECT jsonb_array_elements_text(:companion::jsonb)),"
        " ARRAY(SELECT jsonb_array_elements_text(:restricted::jsonb)))"));
    q.bindValue(QStringLiteral(":name"), plan.name);
    q.bindValue(QStringLiteral(":document"), QString::fromUtf8(SeatingPlanWriter::toBytes(plan, false)));
    q.bindValue(QStringLiteral(":wheelchair"), jsonList(plan.wheelchairSpaces()));
    q.bindValue(QStringLiteral(":companion"), jsonList(plan.companionSeats()));
    q.bindValue(QStringLiteral(":restricted"), jsonList(plan.restrictedViewSeats()));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("create_seating_plan returned no row"));
    const qint64 planId = q.value(0).toLongLong();
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return planId;
}

Result<SeatingPlan> SeatingPlanRepository::load(qint64 planId)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "SELECT marquee.seating_plan_document(p.id)::text,"
        " (SELECT coalesce(json_agg(s.seat_guid ORDER BY s.id) FILTER (WHERE s.wheelchair), '[]')::text"
        "    FROM marquee.seating_seats s WHERE s.plan_id = p.id),"
        " (SELECT coalesce(json_agg(s.seat_guid ORDER BY s.id) FILTER (WHERE s.companion), '[]')::text"
        "    FROM marquee.seating_seats s WHERE s.plan_id = p.id),"
        " (SELECT coalesce(json_agg(s.seat_guid ORDER BY s.id) FILTER (WHERE s.restricted_view), '[]')::text"
        "    FROM marquee.seating_seats s WHERE s.plan_id = p.id)"
        " FROM marquee.seating_plans p WHERE p.id = :id"));
    q.bindValue(QStringLiteral(":id"), planId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no seating plan %1").arg(planId));
    SeatingPlanReading reading = SeatingPlanReader::read(q.value(0).toString().toUtf8());
    if (!reading)
        return Error(ErrorCode::InvalidValue,
                     QStringLiteral("stored seating plan %1 is not valid: %2").arg(QString::number(planId), reading.problem().message()));
    SeatingPlan plan = reading.takePlan();
    plan.setAccessibility(fromJsonList(q.value(1).toString()), fromJsonList(q.value(2).toString()),
                          fromJsonList(q.value(3).toString()));
    return plan;
}

Result<QList<SeatingPlanSummary>> SeatingPlanRepository::list()
{
    QSqlQuery q = Connection::query(m_db);
    if (auto r = Connection::exec(q, QStringLiteral(
            "SELECT p.id, p.name, p.form, (SELECT count(*) FROM marquee.seating_seats s WHERE s.plan_id = p.id)"
            " FROM marquee.seating_plans p ORDER BY lower(p.name), p.id")); !r)
        return r.error();
    QList<SeatingPlanSummary> plans;
    while (q.next()) {
        plans.append(SeatingPlanSummary{q.value(0).toLongLong(), q.value(1).toString(), q.value(3).toInt(),
                                        q.value(2).toString() == QLatin1String("older") ? SeatingPlanForm::Older
                                                                                        : SeatingPlanForm::Current});
    }
    return plans;
}

Result<int> SeatingPlanRepository::setSeatMark(qint64 planId, const QStringList &guids, SeatMark mark, bool on)
{
    if (guids.isEmpty())
        return 0;
    // The column comes from the enum, never from text: marquee_admin may update exactly these three columns.
    const QString column = mark == SeatMark::Wheelchair  ? QStringLiteral("wheelchair")
                         : mark == SeatMark::Companion   ? QStringLiteral("companion")
                                                         : QStringLiteral("restricted_view");
    // One statement, all of the seats or none: a guid the plan lacks leaves every seat as it was.
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "WITH wanted AS (SELECT DISTINCT g FROM jsonb_array_elements_text(:guids::jsonb) g), "
        "known AS (SELECT count(*) AS n FROM marquee.seating_seats k WHERE k.plan_id = :plan_known "
        "          AND k.seat_guid IN (SELECT g FROM wanted)) "
        "UPDATE marquee.seating_seats s SET ") + column + QStringLiteral(" = :on "
        "WHERE s.plan_id = :plan AND s.seat_guid IN (SELECT g FROM wanted) "
        "AND (SELECT n FROM known) = (SELECT count(*) FROM wanted)"));
    q.bindValue(QStringLiteral(":guids"), jsonList(guids));
    q.bindValue(QStringLiteral(":plan_known"), planId);
    q.bindValue(QStringLiteral(":on"), on);
    q.bindValue(QStringLiteral(":plan"), planId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    const int changed = q.numRowsAffected();
    if (changed != int(QSet<QString>(guids.cbegin(), guids.cend()).size()))
        return Error(ErrorCode::SeatNotAvailable, QStringLiteral("a seat is not in plan %1").arg(planId));
    return changed;
}

} // namespace Marquee
