#include "seatingplanwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Marquee {

namespace {

QJsonObject point(const QPointF &p)
{
    return QJsonObject{{QStringLiteral("x"), p.x()}, {QStringLiteral("y"), p.y()}};
}

void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

template<typename T>
void putOptional(QJsonObject &o, const char *key, const std::optional<T> &value)
{
    if (value)
        o.insert(QLatin1String(key), *value);
}

QString shapeName(SeatingArea::Shape shape)
{
    switch (shape) {
    case SeatingArea::Shape::Polygon: return QStringLiteral("polygon");
    case SeatingArea::Shape::Rectangle: return QStringLiteral("rectangle");
    case SeatingArea::Shape::Ellipse: return QStringLiteral("ellipse");
    case SeatingArea::Shape::Circle: return QStringLiteral("circle");
    case SeatingArea::Shape::Text: return QStringLiteral("text");
    case SeatingArea::Shape::Unspecified: break;
    }
    return QString();
}

QString numberPositionName(SeatingRow::NumberPosition position)
{
    switch (position) {
    case SeatingRow::NumberPosition::Start: return QStringLiteral("start");
    case SeatingRow::NumberPosition::End: return QStringLiteral("end");
    case SeatingRow::NumberPosition::Both: return QStringLiteral("both");
    case SeatingRow::NumberPosition::None: break;
    }
    return QString();
}

QJsonObject area(const SeatingArea &a, bool current)
{
    QJsonObject o;
    putText(o, "color", a.color);
    putText(o, "border_color", a.borderColor);
    putOptional(o, "rotation", a.rotation);
    if (a.position)
        o.insert(QStringLiteral("position"), point(*a.position));
    if (!current) {
        putOptional(o, "width", a.width);
        putOptional(o, "height", a.height);
        putOptional(o, "text", a.caption);
        return o;
    }
    putText(o, "uuid", a.uuid);
    putText(o, "shape", shapeName(a.shape));
    if (a.polygon) {
        QJsonArray points;
        for (const QPointF &p : std::as_const(*a.polygon))
            points.append(point(p));
        o.insert(QStringLiteral("polygon"), QJsonObject{{QStringLiteral("points"), points}});
    }
    if (a.rectangle)
        o.insert(QStringLiteral("rectangle"), QJsonObject{{QStringLiteral("width"), a.rectangle->width()},
                                                          {QStringLiteral("height"), a.rectangle->height()}});
    if (a.ellipseRadius)
        o.insert(QStringLiteral("ellipse"), QJsonObject{{QStringLiteral("radius"), point(*a.ellipseRadius)}});
    if (a.circleRadius)
        o.insert(QStringLiteral("circle"), QJsonObject{{QStringLiteral("radius"), *a.circleRadius}});
    if (a.text) {
        QJsonObject t{{QStringLiteral("text"), a.text->text}, {QStringLiteral("position"), point(a.text->position)}};
        putText(t, "color", a.text->color);
        putOptional(t, "size", a.text->size);
        o.insert(QStringLiteral("text"), t);
    }
    return o;
}

QJsonObject seat(const Seat &s, bool current)
{
    QJsonObject o{{QStringLiteral("seat_guid"), s.guid},
                  {QStringLiteral("seat_number"), s.number},
                  {QStringLiteral("category"), s.category},
                  {QStringLiteral("position"), point(s.position)}};
    if (current) {
        putText(o, "uuid", s.uuid);
        putText(o, "start_direction", s.startDirection);
        putOptional(o, "radius", s.radius);
    }
    return o;
}

QJsonObject row(const SeatingRow &r, bool current)
{
    QJsonObject o{{QStringLiteral("row_number"), r.number}};
    if (current) {
        putText(o, "row_label", r.label);
        putText(o, "seat_label", r.seatLabel);
        putText(o, "row_number_position", numberPositionName(r.numberPosition));
        putText(o, "uuid", r.uuid);
    } else {
        putOptional(o, "seats_spacing", r.seatsSpacing);
        putOptional(o, "number_of_seats", r.numberOfSeats);
    }
    if (r.position)
        o.insert(QStringLiteral("position"), point(*r.position));
    QJsonArray seats;
    for (const Seat &s : r.seats)
        seats.append(seat(s, current));
    o.insert(QStringLiteral("seats"), seats);
    return o;
}

QJsonObject zone(const SeatingZone &z, bool current)
{
    QJsonObject o{{QStringLiteral("position"), point(z.position)}};
    putText(o, "name", z.name);
    if (current) {
        putText(o, "zone_id", z.zoneId);
        putText(o, "uuid", z.uuid);
    } else {
        putOptional(o, "displayed", z.displayed);
    }
    QJsonArray rows;
    for (const SeatingRow &r : z.rows)
        rows.append(row(r, current));
    o.insert(QStringLiteral("rows"), rows);
    if (!z.areas.isEmpty()) {
        QJsonArray areas;
        for (const SeatingArea &a : z.areas)
            areas.append(area(a, current));
        o.insert(QStringLiteral("areas"), areas);
    }
    return o;
}

} // namespace

QJsonObject SeatingPlanWriter::toJson(const SeatingPlan &plan)
{
    const bool current = plan.form == SeatingPlanForm::Current;
    QJsonObject o{{QStringLiteral("name"), plan.name}};
    if (plan.size)
        o.insert(QStringLiteral("size"), QJsonObject{{QStringLiteral("width"), plan.size->width()},
                                                     {QStringLiteral("height"), plan.size->height()}});
    QJsonArray categories;
    for (const SeatCategory &c : plan.categories) {
        QJsonObject category{{QStringLiteral("name"), c.name}};
        putText(category, "color", c.color);
        categories.append(category);
    }
    o.insert(QStringLiteral("categories"), categories);
    QJsonArray zones;
    for (const SeatingZone &z : plan.zones)
        zones.append(zone(z, current));
    o.insert(QStringLiteral("zones"), zones);
    return o;
}

QByteArray SeatingPlanWriter::toBytes(const SeatingPlan &plan, bool indented)
{
    return QJsonDocument(toJson(plan)).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace Marquee
