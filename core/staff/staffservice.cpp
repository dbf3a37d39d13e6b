#include "staffservice.h"

#include "database/databaseworker.h"
#include "staffrepository.h"

namespace Marquee {

using Kind = DatabaseWorker::Kind;

StaffService::StaffService(DatabaseWorker *reads, DatabaseWorker *writes)
    : m_reads(reads)
    , m_writes(writes)
{
}

Reply<QList<StaffLogin>> StaffService::list()
{
    return m_reads->ask(Kind::Read, [](QSqlDatabase &db) { return StaffRepository(db).list(); });
}

Reply<void> StaffService::create(const QString &login, const QString &password, StaffGroup group, const QString &fullName)
{
    return m_writes->ask(Kind::Write, [login, password, group, fullName](QSqlDatabase &db) {
        return StaffRepository(db).create(login, password, group, fullName);
    });
}

Reply<void> StaffService::setEnabled(const QString &login, bool enabled)
{
    return m_writes->ask(Kind::Write, [login, enabled](QSqlDatabase &db) {
        return StaffRepository(db).setEnabled(login, enabled);
    });
}

Reply<void> StaffService::resetPassword(const QString &login, const QString &password)
{
    return m_writes->ask(Kind::Write, [login, password](QSqlDatabase &db) {
        return StaffRepository(db).resetPassword(login, password);
    });
}

} // namespace Marquee
