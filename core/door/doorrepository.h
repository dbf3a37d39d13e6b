#pragma once

#include "common/result.h"
#include "domain/attendance.h"
#include "domain/doorscan.h"

#include <QList>
#include <QSqlDatabase>

namespace Marquee {

// The door's SQL: one call of marquee.check_in_ticket / check_out_ticket per scan (one round trip), and
// marquee.event_attendance for the headcount. Refusals by the venue's rules come back as a DoorScan that says
// why (MQ007 with when and where, from the error's DETAIL); only failures to ask are errors.
class DoorRepository
{
public:
    explicit DoorRepository(QSqlDatabase db);

    // eventIds empty: every event (the box office's check-in); otherwise only these are admitted (MQ022).
    Result<DoorScan> checkIn(const QString &code, const QString &entrance, const QList<qint64> &eventIds);
    Result<DoorScan> checkOut(const QString &code, const QString &entrance);
    Result<EventAttendance> attendance(qint64 eventId);

    // A scan refused by a rule, from the SQLSTATE and the server's text (its DETAIL line); an error for anything
    // else. Public for the unit test of the parsing.
    static Result<DoorScan> refusalFrom(const Error &error, DoorScan scan);

private:
    QSqlDatabase m_db;
};

} // namespace Marquee
