#pragma once

#include "seatingplan.h"
#include "seatingplanlayout.h"

#include <QCoreApplication>

namespace Marquee {

// Makes a plan in pretix's current form from a SeatingPlanLayout: each block a zone of rows × seats, centred
// on the plan, first row nearest the stage; seat_guid "<zone_id>-<row>-<seat>". An aisle is a gap of one seat,
// so the gap between the seats either side is twice the row's usual spacing.
class SeatingPlanGenerator
{
    Q_DECLARE_TR_FUNCTIONS(SeatingPlanGenerator)

public:
    explicit SeatingPlanGenerator(SeatingPlanLayout layout);

    // One translated sentence saying what is wrong with the layout, or empty when a plan can be made.
    QString problem() const;
    // The plan (only when problem() is empty).
    SeatingPlan plan() const;

    // "A".."Z", "AA".. for 1, 2, 3 …; what RowNames::Letters calls row `n`.
    static QString letters(int n);

private:
    SeatingPlanLayout m_layout;
};

} // namespace Marquee
