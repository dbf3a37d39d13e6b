#include "reportrepository.h"

#include "database/connection.h"
#include "database/sqlvalues.h"

#include <QSqlQuery>

namespace Marquee {

ReportRepository::ReportRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<SalesReport> ReportRepository::sales(const QDateTime &from, const QDateTime &until)
{
    SalesReport report;
    report.from = from;
    report.until = until;
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT day, desk, staff, payment_method, ticket_type, bookings, tickets, amount "
                             "FROM marquee.sales_report(:from::timestamptz, :until::timestamptz)"));
    q.bindValue(QStringLiteral(":from"), Sql::timestamp(from));
    q.bindValue(QStringLiteral(":until"), Sql::timestamp(until));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    while (q.next()) {
        report.sales.append({q.value(0).toDate(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toInt(), q.value(6).toInt(), Money::fromDatabase(q.value(7))});
    }
    QSqlQuery refunds = Connection::query(m_db);
    refunds.prepare(QStringLiteral("SELECT day, staff, refund_method, refunds, amount "
                                   "FROM marquee.refunds_report(:from::timestamptz, :until::timestamptz)"));
    refunds.bindValue(QStringLiteral(":from"), Sql::timestamp(from));
    refunds.bindValue(QStringLiteral(":until"), Sql::timestamp(until));
    if (auto r = Connection::exec(refunds); !r)
        return r.error();
    while (refunds.next()) {
        report.refunds.append({refunds.value(0).toDate(), refunds.value(1).toString(), refunds.value(2).toString(),
                               refunds.value(3).toInt(), Money::fromDatabase(refunds.value(4))});
    }
    return report;
}

Result<QList<AttendanceLine>> ReportRepository::attendance(const QDateTime &from, const QDateTime &until)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT event_id, title, starts_at, status, tickets_sold, entrance, checked_in, inside "
                             "FROM marquee.attendance_report(:from::timestamptz, :until::timestamptz)"));
    q.bindValue(QStringLiteral(":from"), Sql::timestamp(from));
    q.bindValue(QStringLiteral(":until"), Sql::timestamp(until));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    QList<AttendanceLine> lines;
    while (q.next()) {
        lines.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDateTime().toUTC(), q.value(3).toString(),
                      q.value(4).toInt(), q.value(5).toString(), q.value(6).toInt(), q.value(7).toInt()});
    }
    return lines;
}

} // namespace Marquee
