#pragma once

#include "common/result.h"
#include "seatingplan.h"

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

private:
    QSqlDatabase m_db;
};

} // namespace Marquee
