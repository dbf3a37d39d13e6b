#pragma once

#include "seating/seatstate.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPixmap>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace Marquee {

// How one seat looks: the one place that draws a seat, for the map and for its legend, so the legend always
// shows what the map shows. Every state has a shape or a mark of its own besides its colour:
//   free        the category's colour, no mark (a wheelchair space shows the wheelchair sign)
//   held        light amber with diagonal hatching
//   sold        grey with a white ×
//   blocked     dark with a white bar, like a no-entry sign
//   selected    ("your selection") blue with a white ✓ and a dark ring around it
//   wheelchair  a rounded square instead of a circle, whatever its state
//   not known   an empty dotted circle (the terminal has not heard this seat's state yet)
class SeatSymbol final
{
    Q_DECLARE_TR_FUNCTIONS(SeatSymbol)

public:
    // What the legend explains, one entry each.
    enum class Meaning { Free, Held, Sold, Blocked, Wheelchair, Selected };

    struct Appearance
    {
        SeatState state = SeatState::Unknown;
        bool selected = false;
        bool wheelchair = false;
        QColor category;         // a free seat's colour
        QString number;          // drawn inside a free seat when there is room
    };

    static QList<Meaning> legend();
    static QString name(Meaning meaning);      // "Free", for the legend
    static QString stateName(SeatState state); // "free", for a sentence about one seat
    static Appearance appearanceOf(Meaning meaning);

    // Draws a seat of `radius` plan units at `centre`; `pixelsPerUnit` says how big that is on screen (marks and
    // numbers too small to read are left out).
    static void paint(QPainter *painter, const QPointF &centre, qreal radius, const Appearance &appearance,
                      qreal pixelsPerUnit);
    // Everything paint() may touch, the selection ring included.
    static QRectF bounds(const QPointF &centre, qreal radius);
    static QPixmap legendPixmap(Meaning meaning, int radius, qreal devicePixelRatio);
};

} // namespace Marquee
