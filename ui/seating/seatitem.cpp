#include "seatitem.h"

#include "seatsymbol.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Marquee {

SeatItem::SeatItem(const PlacedSeat &seat, const QColor &categoryColour, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_seat(seat)
    , m_categoryColour(categoryColour)
{
    setPos(seat.position);
    setZValue(10);
    showName();
}

QRectF SeatItem::boundingRect() const
{
    return SeatSymbol::bounds(QPointF(), qMax(1.0, m_seat.radius));
}

QPainterPath SeatItem::shape() const
{
    QPainterPath path;
    const qreal r = qMax(1.0, m_seat.radius);
    path.addEllipse(QPointF(), r, r);
    return path;
}

void SeatItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    SeatSymbol::Appearance a;
    a.state = m_state;
    a.selected = m_inSelection;
    a.wheelchair = m_seat.wheelchair;
    a.category = m_categoryColour;
    a.number = m_seat.number;
    const qreal pixelsPerUnit = option->levelOfDetailFromTransform(painter->worldTransform());
    SeatSymbol::paint(painter, QPointF(), qMax(1.0, m_seat.radius), a, pixelsPerUnit);
}

void SeatItem::setState(SeatState state)
{
    if (state == m_state)
        return;
    m_state = state;
    showName();
    update();
}

void SeatItem::setInSelection(bool inSelection)
{
    if (inSelection == m_inSelection)
        return;
    m_inSelection = inSelection;
    showName();
    update();
}

QString SeatItem::accessibleName() const
{
    // "Row F, seat 12, Stalls, free": the zone as people know the part of the hall; the category too when it
    // is something else ("Premium" seats in the stalls).
    QString where = m_seat.zoneName;
    if (where.isEmpty())
        where = m_seat.category;
    else if (!m_seat.category.isEmpty() && m_seat.category.compare(m_seat.zoneName, Qt::CaseInsensitive) != 0)
        where = tr("%1, %2").arg(m_seat.zoneName, m_seat.category);
    QString name = tr("Row %1, seat %2, %3, %4")
                       .arg(m_seat.rowName, m_seat.number, where, SeatSymbol::stateName(m_state));
    if (m_seat.wheelchair)
        name = tr("%1, wheelchair space").arg(name);
    if (m_seat.companion)
        name = tr("%1, companion seat").arg(name);
    if (m_seat.restrictedView)
        name = tr("%1, restricted view").arg(name);
    if (m_inSelection)
        name = tr("%1, in your selection").arg(name);
    return name;
}

void SeatItem::retranslate()
{
    showName();
}

void SeatItem::showName()
{
    // Names from the plan are plain text: a tooltip would take "<b>" in a seat number for markup.
    setToolTip(QStringLiteral("<p style='white-space:pre'>%1</p>").arg(accessibleName().toHtmlEscaped()));
}

} // namespace Marquee
