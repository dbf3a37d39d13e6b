#include "customerservice.h"

#include "database/databaseworker.h"
#include "userrepository.h"

namespace Marquee {

using Kind = DatabaseWorker::Kind;

CustomerService::CustomerService(DatabaseWorker *reads, DatabaseWorker *writes)
    : m_reads(reads)
    , m_writes(writes)
{
}

Reply<Customer> CustomerService::findByPhone(const QString &phone)
{
    return m_reads->ask(Kind::Read, [phone](QSqlDatabase &db) { return UserRepository(db).findByPhone(phone); });
}

Reply<QList<Customer>> CustomerService::list(const QString &search, int limit, int offset)
{
    return m_reads->ask(Kind::Read, [search, limit, offset](QSqlDatabase &db) {
        return UserRepository(db).list(search, limit, offset);
    });
}

Reply<Customer> CustomerService::create(const QString &name, const QString &phone)
{
    return m_writes->ask(Kind::Write, [name, phone](QSqlDatabase &db) { return UserRepository(db).create(name, phone); });
}

} // namespace Marquee
