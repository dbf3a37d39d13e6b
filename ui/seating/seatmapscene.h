#pragma once

#include "seating/seatingplan.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>

namespace Marquee {

class SeatItem;

// A seating plan drawn as graphics items: its areas (stage, captions) below, row names beside the rows, and one
// SeatItem per seat, found by seat_guid. Built once per plan; states and the selection change items in place.
class SeatMapScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit SeatMapScene(QObject *parent = nullptr);

    void setPlan(const SeatingPlan &plan);
    const SeatingPlan &plan() const { return m_plan; }

    SeatItem *seat(const QString &guid) const { return m_seats.value(guid); }
    // In the plan's order.
    const QList<SeatItem *> &seats() const { return m_ordered; }
    // The nearest seat to `point` no farther than `reach` (plan units) from its edge, or nullptr.
    SeatItem *seatNear(const QPointF &point, qreal reach) const;
    // Where the plan is: its size, or what is drawn when it gives none.
    QRectF planRect() const { return m_planRect; }

private:
    void addArea(const SeatingArea &area, const QPointF &origin);
    void addRowNames(const SeatingRow &row, const QPointF &origin);

    SeatingPlan m_plan;
    QHash<QString, SeatItem *> m_seats;
    QList<SeatItem *> m_ordered;
    QRectF m_planRect;
};

} // namespace Marquee
