#include "seatmapscene.h"

#include "seatitem.h"
#include "seatmaplook.h"

#include <QFont>
#include <QGraphicsEllipseItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineF>
#include <QPen>

namespace Marquee {

namespace {

QColor colourOr(const QString &text, const QColor &fallback)
{
    const QColor colour = QColor::fromString(text);
    return colour.isValid() ? colour : fallback;
}

// A caption centred on `centre`, in plain text (names from a file are never markup).
QGraphicsSimpleTextItem *centredText(QGraphicsScene *scene, const QString &text, const QPointF &centre, int pixelSize,
                                     const QColor &colour)
{
    auto *item = scene->addSimpleText(text);
    QFont font = item->font();
    font.setPixelSize(qMax(1, pixelSize));
    item->setFont(font);
    item->setBrush(colour);
    const QRectF box = item->boundingRect();
    item->setPos(centre - box.center());
    return item;
}

} // namespace

SeatMapScene::SeatMapScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(SeatMapLook::background());
    // A few thousand small items that change one at a time: an index finds the one that changed.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void SeatMapScene::setPlan(const SeatingPlan &plan)
{
    clear();
    m_seats.clear();
    m_ordered.clear();
    m_plan = plan;

    for (const SeatingZone &zone : plan.zones) {
        for (const SeatingArea &area : zone.areas)
            addArea(area, zone.position);
        for (const SeatingRow &row : zone.rows)
            addRowNames(row, zone.position + row.position.value_or(QPointF()));
    }
    QHash<QString, QColor> colours;
    for (int i = 0; i < plan.categories.size(); ++i)
        colours.insert(plan.categories.at(i).name, SeatMapLook::categoryColour(plan.categories.at(i).color, i));
    const QList<PlacedSeat> placed = plan.placedSeats();
    for (const PlacedSeat &p : placed) {
        auto *item = new SeatItem(p, colours.value(p.category, SeatMapLook::categoryColour(QString(), 0)));
        addItem(item);
        m_seats.insert(p.guid, item);
        m_ordered.append(item);
    }

    const QRectF drawn = itemsBoundingRect();
    m_planRect = plan.size ? QRectF(QPointF(0, 0), QSizeF(*plan.size)).united(drawn) : drawn;
    // Some room around the plan, so its edge is not the window's.
    const qreal margin = qMax(m_planRect.width(), m_planRect.height()) * 0.03;
    setSceneRect(m_planRect.adjusted(-margin, -margin, margin, margin));
}

SeatItem *SeatMapScene::seatNear(const QPointF &point, qreal reach) const
{
    SeatItem *nearest = nullptr;
    qreal best = 0;
    const QRectF around(point.x() - reach - 40, point.y() - reach - 40, 2 * (reach + 40), 2 * (reach + 40));
    const QList<QGraphicsItem *> candidates = items(around, Qt::IntersectsItemBoundingRect);
    for (QGraphicsItem *candidate : candidates) {
        if (candidate->type() != SeatItem::Type)
            continue;
        auto *seat = static_cast<SeatItem *>(candidate);
        const qreal distance = QLineF(point, seat->pos()).length() - seat->seat().radius;
        if (distance > reach)
            continue;
        if (!nearest || distance < best) {
            nearest = seat;
            best = distance;
        }
    }
    return nearest;
}

void SeatMapScene::addArea(const SeatingArea &area, const QPointF &origin)
{
    const QPointF at = origin + area.position.value_or(QPointF());
    const QColor fill = colourOr(area.color, SeatMapLook::areaFill());
    const QPen border(colourOr(area.borderColor, SeatMapLook::areaBorder()), 1.5);
    QList<QGraphicsItem *> made;

    if (m_plan.form == SeatingPlanForm::Older) {
        // A box from its position, with its caption in the middle.
        const QRectF box(at, QSizeF(area.width.value_or(0), area.height.value_or(0)));
        made << addRect(box.normalized(), border, fill);
        if (area.caption && !area.caption->isEmpty())
            made << centredText(this, *area.caption, box.center(), 16, SeatMapLook::areaText());
    } else {
        switch (area.shape) {
        case SeatingArea::Shape::Rectangle:
            if (area.rectangle)
                made << addRect(QRectF(at, QSizeF(*area.rectangle)).normalized(), border, fill);
            break;
        case SeatingArea::Shape::Circle:
            if (area.circleRadius) {
                const qreal r = qAbs(*area.circleRadius);
                made << addEllipse(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), border, fill);
            }
            break;
        case SeatingArea::Shape::Ellipse:
            if (area.ellipseRadius) {
                const qreal rx = qAbs(area.ellipseRadius->x());
                const qreal ry = qAbs(area.ellipseRadius->y());
                made << addEllipse(QRectF(at.x() - rx, at.y() - ry, 2 * rx, 2 * ry), border, fill);
            }
            break;
        case SeatingArea::Shape::Polygon:
            if (area.polygon) {
                QPolygonF polygon;
                for (const QPointF &p : std::as_const(*area.polygon))
                    polygon << at + p;
                made << addPolygon(polygon, border, fill);
            }
            break;
        case SeatingArea::Shape::Text:
        case SeatingArea::Shape::Unspecified:
            break;
        }
        // The shape says what is drawn: a text object beside another shape is not.
        if (area.text && (area.shape == SeatingArea::Shape::Text || area.shape == SeatingArea::Shape::Unspecified)) {
            made << centredText(this, area.text->text, at + area.text->position, area.text->size.value_or(16),
                                colourOr(area.text->color, SeatMapLook::areaText()));
        }
    }
    for (QGraphicsItem *item : std::as_const(made)) {
        item->setZValue(0);
        if (area.rotation && *area.rotation != 0) {
            // Clockwise around the area's position (y grows downwards, so Qt's positive angle is clockwise).
            item->setTransformOriginPoint(item->mapFromScene(at));
            item->setRotation(*area.rotation);
        }
    }
}

void SeatMapScene::addRowNames(const SeatingRow &row, const QPointF &origin)
{
    if (row.numberPosition == SeatingRow::NumberPosition::None || row.seats.isEmpty())
        return;
    // Beside the row's first and last seats, outwards along the row.
    auto outwards = [&row](int end, int inner) {
        if (row.seats.size() < 2)
            return QPointF(end == 0 ? -1 : 1, 0);
        const QLineF line(row.seats.at(inner).position, row.seats.at(end).position);
        const qreal length = line.length();
        return length > 0 ? QPointF(line.dx() / length, line.dy() / length) : QPointF(end == 0 ? -1 : 1, 0);
    };
    const int last = int(row.seats.size()) - 1;
    auto place = [&](int end, int inner) {
        const Seat &seat = row.seats.at(end);
        const qreal r = seat.drawnRadius();
        const QPointF direction = outwards(end, inner);
        auto *text = centredText(this, row.displayName(), origin + seat.position, int(r * 1.3), SeatMapLook::rowName());
        // Its near edge a little beyond the seat, however long the name ("Balcony A"): moved out by half its extent
        // along the row.
        const QRectF box = text->boundingRect();
        const qreal half = qAbs(direction.x()) * box.width() / 2 + qAbs(direction.y()) * box.height() / 2;
        text->moveBy(direction.x() * (r * 1.6 + half), direction.y() * (r * 1.6 + half));
        text->setZValue(5);
    };
    if (row.numberPosition == SeatingRow::NumberPosition::Start || row.numberPosition == SeatingRow::NumberPosition::Both)
        place(0, qMin(1, last));
    if (row.numberPosition == SeatingRow::NumberPosition::End || row.numberPosition == SeatingRow::NumberPosition::Both)
        place(last, qMax(0, last - 1));
}

} // namespace Marquee
