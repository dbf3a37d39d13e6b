#pragma once

#include "seatingplan.h"
#include "seatingplanproblem.h"

#include <utility>

namespace Marquee {

// What reading a file gave: a plan, or the one problem that made it refuse the file.
class [[nodiscard]] SeatingPlanReading
{
public:
    SeatingPlanReading(SeatingPlan plan) : m_plan(std::move(plan)) {}
    SeatingPlanReading(SeatingPlanProblem problem) : m_problem(std::move(problem)) {}

    bool ok() const { return m_problem.isNull(); }
    explicit operator bool() const { return ok(); }

    const SeatingPlan &plan() const { return m_plan; }
    SeatingPlan takePlan() { return std::move(m_plan); }
    const SeatingPlanProblem &problem() const { return m_problem; }

private:
    SeatingPlan m_plan;
    SeatingPlanProblem m_problem;
};

} // namespace Marquee
