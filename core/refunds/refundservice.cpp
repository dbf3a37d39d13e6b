#include "refundservice.h"

#include "database/databaseworker.h"
#include "refundrepository.h"

namespace Marquee {

using Kind = DatabaseWorker::Kind;

RefundService::RefundService(DatabaseWorker *reads, DatabaseWorker *writes)
    : m_reads(reads)
    , m_writes(writes)
{
}

Reply<QList<Refund>> RefundService::list(const RefundQuery &query)
{
    return m_reads->ask(Kind::Read, [query](QSqlDatabase &db) { return RefundRepository(db).list(query); });
}

Reply<Refund> RefundService::forBooking(qint64 bookingId)
{
    return m_reads->ask(Kind::Read, [bookingId](QSqlDatabase &db) { return RefundRepository(db).forBooking(bookingId); });
}

Reply<Refund> RefundService::markRefunded(qint64 refundId, RefundMethod method, const QString &note)
{
    return m_writes->ask(Kind::Write, [refundId, method, note](QSqlDatabase &db) {
        return RefundRepository(db).markRefunded(refundId, method, note);
    });
}

} // namespace Marquee
