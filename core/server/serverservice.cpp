#include "serverservice.h"

#include "database/databaseworker.h"
#include "serverstatusrepository.h"

namespace Marquee {

ServerService::ServerService(DatabaseWorker *reads)
    : m_reads(reads)
{
}

Reply<ServerStatus> ServerService::status()
{
    return m_reads->ask(DatabaseWorker::Kind::Read, [](QSqlDatabase &db) { return ServerStatusRepository(db).current(); });
}

} // namespace Marquee
