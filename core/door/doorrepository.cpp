#include "doorrepository.h"

#include "database/connection.h"
#include "database/sqlvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Marquee {

namespace {

// The DETAIL line of a PostgreSQL error as libpq words it ("DETAIL:  {...}"), if any.
QJsonObject detailOf(const QString &databaseText)
{
    static const QRegularExpression pattern(QStringLiteral("DETAIL:\\s+(\\{[^\\n]*\\})"));
    const QRegularExpressionMatch match = pattern.match(databaseText);
    if (!match.hasMatch())
        return {};
    return QJsonDocument::fromJson(match.captured(1).toUtf8()).object();
}

QDateTime instantOf(const QJsonValue &value)
{
    // PostgreSQL writes microseconds; Qt reads milliseconds.
    static const QRegularExpression micros(QStringLiteral("(\\.\\d{3})\\d+"));
    QString text = value.toString();
    text.replace(micros, QStringLiteral("\\1"));
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

QString normalisedCode(const QString &code)
{
    return code.trimmed().toUpper();
}

} // namespace

DoorRepository::DoorRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<DoorScan> DoorRepository::refusalFrom(const Error &error, DoorScan scan)
{
    switch (error.code()) {
    case ErrorCode::TicketAlreadyUsed: {
        const QJsonObject detail = detailOf(error.detail());
        scan.outcome = DoorScan::Outcome::AlreadyUsed;
        scan.refusal = error;
        scan.usedAt = instantOf(detail.value(QLatin1String("entered_at")));
        scan.usedEntrance = detail.value(QLatin1String("entrance")).toString();
        scan.firstUsedAt = instantOf(detail.value(QLatin1String("first_entered_at")));
        scan.firstEntrance = detail.value(QLatin1String("first_entrance")).toString();
        scan.usedInside = detail.value(QLatin1String("inside")).toBool(true);
        return scan;
    }
    case ErrorCode::TicketForAnotherEvent: {
        const QJsonObject detail = detailOf(error.detail());
        scan.outcome = DoorScan::Outcome::Refused;
        scan.refusal = error;
        scan.eventId = detail.value(QLatin1String("event_id")).toVariant().toLongLong();
        scan.eventTitle = detail.value(QLatin1String("event_title")).toString();
        return scan;
    }
    case ErrorCode::TicketNotFound:
    case ErrorCode::TicketCancelled:
    case ErrorCode::ReservationUnpaid:
    case ErrorCode::OutsideCheckInWindow:
    case ErrorCode::ReentryNotAllowed:
    case ErrorCode::TicketNotInside:
        scan.outcome = DoorScan::Outcome::Refused;
        scan.refusal = error;
        return scan;
    default:
        return error;
    }
}

Result<DoorScan> DoorRepository::checkIn(const QString &code, const QString &entrance, const QList<qint64> &eventIds)
{
    DoorScan scan;
    scan.code = normalisedCode(code);
    scan.direction = DoorScan::Direction::In;
    scan.entrance = entrance.trimmed();
    Error prepareError;
    QSqlQuery *q = Connection::prepared(
        m_db,
        QStringLiteral("SELECT code, event_id, event_title, entrance, checked_in_at, readmitted "
                       "FROM marquee.check_in_ticket(:code, :entrance, :events::bigint[])"),
        &prepareError);
    if (!q)
        return prepareError;
    q->bindValue(QStringLiteral(":code"), scan.code);
    q->bindValue(QStringLiteral(":entrance"), scan.entrance.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                      : QVariant(scan.entrance));
    q->bindValue(QStringLiteral(":events"), eventIds.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                               : QVariant(Sql::bigintArray(eventIds)));
    if (auto r = Connection::exec(*q); !r) {
        q->finish();
        return refusalFrom(r.error(), scan);
    }
    if (!q->next()) {
        q->finish();
        return Error(ErrorCode::Internal, QStringLiteral("check_in_ticket answered no row"));
    }
    scan.code = q->value(0).toString();
    scan.eventId = q->value(1).toLongLong();
    scan.eventTitle = q->value(2).toString();
    scan.entrance = q->value(3).toString();
    scan.at = q->value(4).toDateTime().toUTC();
    scan.outcome = q->value(5).toBool() ? DoorScan::Outcome::Readmitted : DoorScan::Outcome::Admitted;
    // The row came before the commit: the door opens only for a scan that is stored (Connection::committed).
    if (auto done = Connection::committed(*q); !done) {
        q->finish();
        return done.error();
    }
    q->finish();
    return scan;
}

Result<DoorScan> DoorRepository::checkOut(const QString &code, const QString &entrance)
{
    DoorScan scan;
    scan.code = normalisedCode(code);
    scan.direction = DoorScan::Direction::Out;
    scan.entrance = entrance.trimmed();
    Error prepareError;
    QSqlQuery *q = Connection::prepared(
        m_db,
        QStringLiteral("SELECT code, event_id, event_title, entrance, checked_out_at "
                       "FROM marquee.check_out_ticket(:code, :entrance)"),
        &prepareError);
    if (!q)
        return prepareError;
    q->bindValue(QStringLiteral(":code"), scan.code);
    q->bindValue(QStringLiteral(":entrance"), scan.entrance.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                      : QVariant(scan.entrance));
    if (auto r = Connection::exec(*q); !r) {
        q->finish();
        return refusalFrom(r.error(), scan);
    }
    if (!q->next()) {
        q->finish();
        return Error(ErrorCode::Internal, QStringLiteral("check_out_ticket answered no row"));
    }
    scan.code = q->value(0).toString();
    scan.eventId = q->value(1).toLongLong();
    scan.eventTitle = q->value(2).toString();
    scan.entrance = q->value(3).toString();
    scan.at = q->value(4).toDateTime().toUTC();
    scan.outcome = DoorScan::Outcome::CheckedOut;
    // The row came before the commit: the door opens only for a scan that is stored (Connection::committed).
    if (auto done = Connection::committed(*q); !done) {
        q->finish();
        return done.error();
    }
    q->finish();
    return scan;
}

Result<EventAttendance> DoorRepository::attendance(qint64 eventId)
{
    Error prepareError;
    QSqlQuery *q = Connection::prepared(
        m_db, QStringLiteral("SELECT entrance, checked_in, inside FROM marquee.event_attendance(:event::bigint)"),
        &prepareError);
    if (!q)
        return prepareError;
    q->bindValue(QStringLiteral(":event"), eventId);
    if (auto r = Connection::exec(*q); !r)
        return r.error();
    EventAttendance attendance;
    attendance.eventId = eventId;
    while (q->next())
        attendance.entrances.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt()});
    q->finish();
    return attendance;
}

} // namespace Marquee
