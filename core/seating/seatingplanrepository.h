#pragma once

#include "common/result.h"
#include "seatingplan.h"
#include "seatmark.h"

#include <QList>
#include <QSqlDatabase>

namespace Marquee {

// Seating plans in the database (migrations/0020): stored in one call of marquee.create_seating_plan, read
// back in one query and checked against the format again on the way in.
class SeatingPlanRepository
{
public:
    explicit SeatingPlanRepository(QSqlDatabase db);

    // Stores the plan under `plan.name` with Marquee's accessibility marks; returns its id. The plan should come
    // from SeatingPlanReader or SeatingPlanGenerator (the database checks its structure again).
    Result<qint64> create(const SeatingPlan &plan);
    // The stored plan, with its stored name and marks; NotFound when there is none with this id.
    Result<SeatingPlan> load(qint64 planId);
    Result<QList<SeatingPlanSummary>> list();
    // Gives these seats of the plan the mark (on) or takes it away; answers how many seats changed. A guid
    // that is not a seat of the plan is refused (SeatNotAvailable) and nothing changes.
    Result<int> setSeatMark(qint64 planId, const QStringList &guids, SeatMark mark, bool on);

private:
    QSqlDatabase m_db;
};

} // namespace Marquee
