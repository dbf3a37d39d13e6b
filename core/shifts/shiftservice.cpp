#include "shiftservice.h"

#include "database/databaseworker.h"
#include "shiftrepository.h"

namespace Marquee {

using Kind = DatabaseWorker::Kind;

ShiftService::ShiftService(DatabaseWorker *reads, DatabaseWorker *writes)
    : m_reads(reads)
    , m_writes(writes)
{
}

Reply<qint64> ShiftService::open(const Money &openingFloat, const QString &desk)
{
    return m_writes->ask(Kind::Write, [openingFloat, desk](QSqlDatabase &db) {
        return ShiftRepository(db).open(openingFloat, desk);
    });
}

Reply<Shift> ShiftService::current()
{
    // On the write connection: right after a sale, the sales so far include it.
    return m_writes->ask(Kind::Read, [](QSqlDatabase &db) { return ShiftRepository(db).current(); });
}

Reply<CashUp> ShiftService::close(const Money &countedCash)
{
    return m_writes->ask(Kind::Write, [countedCash](QSqlDatabase &db) { return ShiftRepository(db).close(countedCash); });
}

Reply<qint64> ShiftService::recordNoSale()
{
    return m_writes->ask(Kind::Write, [](QSqlDatabase &db) { return ShiftRepository(db).recordNoSale(); });
}

Reply<QList<Shift>> ShiftService::list(const ShiftQuery &query)
{
    return m_reads->ask(Kind::Read, [query](QSqlDatabase &db) { return ShiftRepository(db).list(query); });
}

Reply<CashUp> ShiftService::forceClose(qint64 shiftId, std::optional<Money> countedCash)
{
    return m_writes->ask(Kind::Write, [shiftId, countedCash](QSqlDatabase &db) {
        return ShiftRepository(db).forceClose(shiftId, countedCash);
    });
}

} // namespace Marquee
