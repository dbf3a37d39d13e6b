#include "seatingplanservice.h"

#include "database/databaseworker.h"
#include "seatingplanrepository.h"

namespace Marquee {

SeatingPlanService::SeatingPlanService(DatabaseWorker *reads, DatabaseWorker *writes)
    : m_reads(reads)
    , m_writes(writes)
{
}

Reply<QList<SeatingPlanSummary>> SeatingPlanService::list()
{
    return m_reads->ask(DatabaseWorker::Kind::Read, [](QSqlDatabase &db) { return SeatingPlanRepository(db).list(); });
}

Reply<SeatingPlan> SeatingPlanService::load(qint64 planId)
{
    return m_reads->ask(DatabaseWorker::Kind::Read,
                        [planId](QSqlDatabase &db) { return SeatingPlanRepository(db).load(planId); });
}

Reply<qint64> SeatingPlanService::create(const SeatingPlan &plan)
{
    return m_writes->ask(DatabaseWorker::Kind::Write,
                         [plan](QSqlDatabase &db) { return SeatingPlanRepository(db).create(plan); });
}

Reply<int> SeatingPlanService::setSeatMark(qint64 planId, const QStringList &guids, SeatMark mark, bool on)
{
    return m_writes->ask(DatabaseWorker::Kind::Write, [planId, guids, mark, on](QSqlDatabase &db) {
        return SeatingPlanRepository(db).setSeatMark(planId, guids, mark, on);
    });
}

} // namespace Marquee
