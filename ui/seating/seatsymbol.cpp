#include "seatsymbol.h"

#include "seatmaplook.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Marquee {

namespace {

QPainterPath outline(const QPointF &c, qreal r, bool wheelchair)
{
    QPainterPath path;
    if (wheelchair)
        path.addRoundedRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), 0.35 * r, 0.35 * r);
    else
        path.addEllipse(c, r, r);
    return path;
}

QPen markPen(const QColor &colour, qreal width)
{
    QPen pen(colour, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

// A simplified wheelchair sign (ISO 7001 style): a head, a seated body and a wheel.
void paintWheelchairSign(QPainter *p, const QPointF &c, qreal r, const QColor &colour)
{
    p->setPen(markPen(colour, 0.13 * r));
    p->setBrush(Qt::NoBrush);
    QPainterPath body;
    body.moveTo(c + QPointF(-0.08 * r, -0.38 * r));
    body.lineTo(c + QPointF(-0.08 * r, 0.05 * r));
    body.lineTo(c + QPointF(0.32 * r, 0.05 * r));
    body.lineTo(c + QPointF(0.48 * r, 0.50 * r));
    p->drawPath(body);
    p->drawArc(QRectF(c.x() - 0.52 * r, c.y() - 0.12 * r, 0.72 * r, 0.72 * r), 60 * 16, 270 * 16);
    p->setPen(Qt::NoPen);
    p->setBrush(colour);
    p->drawEllipse(c + QPointF(-0.08 * r, -0.62 * r), 0.14 * r, 0.14 * r);
}

} // namespace

QList<SeatSymbol::Meaning> SeatSymbol::legend()
{
    return {Meaning::Free, Meaning::Held, Meaning::Sold, Meaning::Blocked, Meaning::Wheelchair, Meaning::Selected};
}

QString SeatSymbol::name(Meaning meaning)
{
    switch (meaning) {
    case Meaning::Free: return tr("Free");
    case Meaning::Held: return tr("Held");
    case Meaning::Sold: return tr("Sold");
    case Meaning::Blocked: return tr("Blocked");
    case Meaning::Wheelchair: return tr("Wheelchair space");
    case Meaning::Selected: return tr("Your selection");
    }
    return QString();
}

QString SeatSymbol::stateName(SeatState state)
{
    switch (state) {
    case SeatState::Free: return tr("free");
    case SeatState::Held: return tr("held");
    case SeatState::Sold: return tr("sold");
    case SeatState::Blocked: return tr("blocked");
    case SeatState::Unknown: break;
    }
    return tr("not known yet");
}

SeatSymbol::Appearance SeatSymbol::appearanceOf(Meaning meaning)
{
    Appearance a;
    a.category = SeatMapLook::categoryColour(QString(), 0);
    switch (meaning) {
    case Meaning::Free: a.state = SeatState::Free; break;
    case Meaning::Held: a.state = SeatState::Held; break;
    case Meaning::Sold: a.state = SeatState::Sold; break;
    case Meaning::Blocked: a.state = SeatState::Blocked; break;
    case Meaning::Wheelchair: a.state = SeatState::Free; a.wheelchair = true; break;
    case Meaning::Selected: a.state = SeatState::Free; a.selected = true; break;
    }
    return a;
}

QRectF SeatSymbol::bounds(const QPointF &centre, qreal radius)
{
    const qreal extent = radius * 1.35;
    return QRectF(centre.x() - extent, centre.y() - extent, 2 * extent, 2 * extent);
}

void SeatSymbol::paint(QPainter *p, const QPointF &c, qreal r, const Appearance &a, qreal pixelsPerUnit)
{
    const qreal onScreen = r * pixelsPerUnit;       // the seat's radius in pixels
    const bool marks = onScreen >= 3;
    const QPainterPath shape = outline(c, r, a.wheelchair);
    p->save();

    if (a.selected) {
        p->setPen(QPen(SeatMapLook::selectedRing(), 0.28 * r));
        p->setBrush(SeatMapLook::selectedFill());
        p->drawPath(outline(c, r * 1.12, a.wheelchair));
        if (marks) {
            p->setPen(markPen(SeatMapLook::selectedMark(), 0.2 * r));
            QPainterPath tick;
            tick.moveTo(c + QPointF(-0.45 * r, 0.02 * r));
            tick.lineTo(c + QPointF(-0.12 * r, 0.38 * r));
            tick.lineTo(c + QPointF(0.48 * r, -0.36 * r));
            p->setBrush(Qt::NoBrush);
            p->drawPath(tick);
        }
        p->restore();
        return;
    }

    // A hairline in pixels, however far out the map is zoomed.
    const qreal outlineWidth = qMax(0.1 * r, 1.0 / qMax(pixelsPerUnit, 0.01));
    switch (a.state) {
    case SeatState::Unknown: {
        QPen pen(SeatMapLook::unknownOutline(), outlineWidth);
        pen.setStyle(Qt::DotLine);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(shape);
        break;
    }
    case SeatState::Free: {
        p->setPen(QPen(a.category.darker(160), outlineWidth));
        p->setBrush(a.category);
        p->drawPath(shape);
        if (a.wheelchair && marks) {
            paintWheelchairSign(p, c, r, SeatMapLook::markOn(a.category));
        } else if (!a.number.isEmpty() && onScreen >= 9) {
            QFont font = p->font();
            font.setPixelSize(qMax(1, int(r * (a.number.size() > 2 ? 0.75 : 0.95))));
            p->setFont(font);
            p->setPen(SeatMapLook::markOn(a.category));
            p->drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, a.number);
        }
        break;
    }
    case SeatState::Held: {
        p->setPen(QPen(SeatMapLook::heldMark(), outlineWidth));
        p->setBrush(SeatMapLook::heldFill());
        p->drawPath(shape);
        if (marks) {
            // Hatching drawn as lines in plan units, so it scales with the seat (a pattern brush would not).
            p->setClipPath(shape, Qt::IntersectClip);
            p->setPen(QPen(SeatMapLook::heldMark(), 0.13 * r));
            for (qreal d = -2 * r; d <= 2 * r; d += 0.55 * r)
                p->drawLine(QPointF(c.x() + d - r, c.y() + r), QPointF(c.x() + d + r, c.y() - r));
        }
        break;
    }
    case SeatState::Sold: {
        p->setPen(QPen(SeatMapLook::soldFill().darker(140), outlineWidth));
        p->setBrush(SeatMapLook::soldFill());
        p->drawPath(shape);
        if (marks) {
            p->setPen(markPen(SeatMapLook::soldMark(), 0.2 * r));
            const qreal d = 0.42 * r;
            p->drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
            p->drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
        }
        break;
    }
    case SeatState::Blocked: {
        p->setPen(QPen(SeatMapLook::blockedFill(), outlineWidth));
        p->setBrush(SeatMapLook::blockedFill());
        p->drawPath(shape);
        if (marks) {
            p->setPen(markPen(SeatMapLook::blockedMark(), 0.26 * r));
            p->drawLine(c + QPointF(-0.5 * r, 0), c + QPointF(0.5 * r, 0));
        }
        break;
    }
    }
    p->restore();
}

QPixmap SeatSymbol::legendPixmap(Meaning meaning, int radius, qreal devicePixelRatio)
{
    const int side = int(std::ceil(2 * radius * 1.4)) + 2;
    QPixmap pixmap(QSize(side, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(&painter, QPointF(side / 2.0, side / 2.0), radius, appearanceOf(meaning), 1.0);
    return pixmap;
}

} // namespace Marquee
