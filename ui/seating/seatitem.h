#pragma once

#include "seating/seatingplan.h"
#include "seating/seatstate.h"

#include <QColor>
#include <QCoreApplication>
#include <QGraphicsItem>

namespace Marquee {

// One seat on the map: where it is, what it is called, its state and whether it is in the person's selection.
// It draws itself with SeatSymbol. Its accessible name ("Row F, seat 12, Stalls, free") is what a screen reader
// or a list of seats by row says about it; the tooltip says the same.
class SeatItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(SeatItem)

public:
    enum { Type = UserType + 1401 };

    SeatItem(const PlacedSeat &seat, const QColor &categoryColour, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const PlacedSeat &seat() const { return m_seat; }
    QString guid() const { return m_seat.guid; }
    SeatState state() const { return m_state; }
    bool isInSelection() const { return m_inSelection; }

    void setState(SeatState state);
    void setInSelection(bool inSelection);

    QString accessibleName() const;
    // Texts again, after the language changed.
    void retranslate();

private:
    void showName();

    PlacedSeat m_seat;
    QColor m_categoryColour;
    SeatState m_state = SeatState::Unknown;
    bool m_inSelection = false;
};

} // namespace Marquee
