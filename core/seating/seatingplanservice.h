#pragma once

#include "seatingplan.h"
#include "seatmark.h"
#include "service/reply.h"

#include <QList>
#include <QStringList>

namespace Marquee {

class DatabaseWorker;

// Seating plans as views ask for them: a list, one plan to draw, a new plan to store (admins). A file is read
// and checked with SeatingPlanReader first, on the view's side: a bad file never reaches the database, and the
// admin sees its problem (and can preview the plan) before saving.
class SeatingPlanService final
{
public:
    SeatingPlanService(DatabaseWorker *reads, DatabaseWorker *writes);

    Reply<QList<SeatingPlanSummary>> list();
    Reply<SeatingPlan> load(qint64 planId);
    // Stores the plan under plan.name; answers its id.
    Reply<qint64> create(const SeatingPlan &plan);
    // Admins: Marquee's own marks of a plan's seats (wheelchair space, companion seat, restricted view), on or
    // off for all of these seats or none; answers how many seats changed.
    Reply<int> setSeatMark(qint64 planId, const QStringList &guids, SeatMark mark, bool on);

private:
    DatabaseWorker *m_reads = nullptr;
    DatabaseWorker *m_writes = nullptr;
};

} // namespace Marquee
