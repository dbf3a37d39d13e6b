#include "reportservice.h"

#include "database/databaseworker.h"
#include "reportrepository.h"

namespace Marquee {

using Kind = DatabaseWorker::Kind;

ReportService::ReportService(DatabaseWorker *reads)
    : m_reads(reads)
{
}

Reply<SalesReport> ReportService::sales(const QDateTime &from, const QDateTime &until)
{
    return m_reads->ask(Kind::Read, [from, until](QSqlDatabase &db) { return ReportRepository(db).sales(from, until); });
}

Reply<QList<AttendanceLine>> ReportService::attendance(const QDateTime &from, const QDateTime &until)
{
    return m_reads->ask(Kind::Read, [from, until](QSqlDatabase &db) { return ReportRepository(db).attendance(from, until); });
}

} // namespace Marquee
