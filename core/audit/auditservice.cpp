#include "auditservice.h"

#include "auditrepository.h"
#include "database/databaseworker.h"

namespace Marquee {

AuditService::AuditService(DatabaseWorker *reads)
    : m_reads(reads)
{
}

Reply<QList<AuditEntry>> AuditService::list(const AuditQuery &query)
{
    return m_reads->ask(DatabaseWorker::Kind::Read, [query](QSqlDatabase &db) { return AuditRepository(db).list(query); });
}

} // namespace Marquee
