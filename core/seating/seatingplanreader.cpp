#include "seatingplanreader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace Marquee {

namespace {

using Kind = SeatingPlanProblem::Kind;
using Expected = SeatingPlanProblem::Expected;

// How a string is checked beyond its type.
enum class Text {
    Id,       // never shown (guid, uuid, zone_id, colour): only what the database cannot store (U+0000)
    Visible,  // read by people (names, labels, numbers): no control or invisible formatting characters
    Caption   // drawn on the plan: as Visible, but line breaks and tabs are fine
};

// The same characters as marquee.is_clean_text() refuses (migrations/0004), and U+0000, which PostgreSQL's
// text cannot hold at all.
bool hasHiddenCharacters(const QString &text, Text kind)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (kind == Text::Id)
            continue;
        if (kind == Text::Caption && (u == u'\t' || u == u'\n' || u == u'\r'))
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || u == 0x2060
            || (u >= 0x2066 && u <= 0x2069) || u == 0xfeff)
            return true;
    }
    return false;
}

bool isWhole(double value)
{
    return std::isfinite(value) && std::floor(value) == value;
}

// One pass over a document as one form's schema describes it, building the plan on the way. The first
// problem stops it.
class FormReader
{
public:
    explicit FormReader(SeatingPlanForm form) : m_form(form) {}

    bool read(const QJsonObject &document, SeatingPlan &plan);
    const SeatingPlanProblem &problem() const { return m_problem; }

private:
    bool current() const { return m_form == SeatingPlanForm::Current; }
    bool fail(SeatingPlanProblem problem)
    {
        m_problem = std::move(problem);
        return false;
    }

    bool onlyKeys(const QJsonObject &object, const QString &where, const QString &prefix,
                  std::initializer_list<const char *> allowed);
    bool requireKeys(const QJsonObject &object, const QString &where, const QString &prefix,
                     std::initializer_list<const char *> required);
    bool string(const QJsonObject &object, const char *key, const QString &where, const QString &prefix,
                QString &out, Text kind, bool nullable = false);
    bool integer(const QJsonObject &object, const char *key, const QString &where, const QString &prefix,
                 std::optional<int> &out);
    bool number(const QJsonObject &object, const char *key, const QString &where, const QString &prefix,
                std::optional<double> &out);
    bool object(const QJsonObject &parent, const char *key, const QString &where, const QString &prefix,
                QJsonObject &out);
    bool array(const QJsonObject &parent, const char *key, const QString &where, const QString &prefix,
               QJsonArray &out);
    bool position(const QJsonValue &value, const QString &where, const QString &property, QPointF &out);
    bool position(const QJsonObject &parent, const char *key, const QString &where, const QString &prefix,
                  std::optional<QPointF> &out);
    bool coordinate(const QJsonObject &object, const char *key, const QString &where, const QString &prefix,
                    double &out);

    bool readCategory(const QJsonValue &value, int index, SeatCategory &category);
    bool readZone(const QJsonValue &value, int index, SeatingZone &zone);
    bool readRow(const QJsonValue &value, int zoneIndex, int rowIndex, SeatingRow &row);
    bool readSeat(const QJsonValue &value, const QString &where, Seat &seat);
    bool readArea(const QJsonValue &value, const QString &where, SeatingArea &area);
    bool readCurrentArea(const QJsonObject &object, const QString &where, SeatingArea &area);
    bool readOlderArea(const QJsonObject &object, const QString &where, SeatingArea &area);

    SeatingPlanForm m_form;
    SeatingPlanProblem m_problem;
    int m_seats = 0;
};

bool FormReader::onlyKeys(const QJsonObject &object, const QString &where, const QString &prefix,
                          std::initializer_list<const char *> allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool known = false;
        for (const char *name : allowed) {
            if (it.key() == QLatin1String(name)) {
                known = true;
                break;
            }
        }
        if (!known)
            return fail(SeatingPlanProblem(Kind::NotAllowed, where, prefix + it.key()));
    }
    return true;
}

bool FormReader::requireKeys(const QJsonObject &object, const QString &where, const QString &prefix,
                             std::initializer_list<const char *> required)
{
    for (const char *name : required) {
        if (!object.contains(QLatin1String(name)))
            return fail(SeatingPlanProblem(Kind::Missing, where, prefix + QLatin1String(name)));
    }
    return true;
}

bool FormReader::string(const QJsonObject &object, const char *key, const QString &where, const QString &prefix,
                        QString &out, Text kind, bool nullable)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    const QString property = prefix + QLatin1String(key);
    if (value.isNull() && nullable)
        return true;
    if (!value.isString())
        return fail(SeatingPlanProblem::wrongType(where, property, nullable ? Expected::StringOrNull : Expected::String));
    const QString text = value.toString();
    const int limit = kind == Text::Caption ? SeatingPlanReader::maximumAreaTextLength : SeatingPlanReader::maximumNameLength;
    if (text.size() > limit)
        return fail(SeatingPlanProblem::withLimit(Kind::TooLong, where, property, limit));
    if (hasHiddenCharacters(text, kind))
        return fail(SeatingPlanProblem(Kind::HiddenCharacters, where, property));
    out = text;
    return true;
}

bool FormReader::integer(const QJsonObject &object, const char *key, const QString &where, const QString &prefix,
                         std::optional<int> &out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    const QString property = prefix + QLatin1String(key);
    if (!value.isDouble() || !isWhole(value.toDouble()))
        return fail(SeatingPlanProblem::wrongType(where, property, Expected::Integer));
    const double v = value.toDouble();
    constexpr int largest = std::numeric_limits<int>::max();
    if (std::abs(v) > largest)
        return fail(SeatingPlanProblem::withLimit(Kind::OutOfRange, where, property, largest));
    out = int(v);
    return true;
}

bool FormReader::number(const QJsonObject &object, const char *key, const QString &where, const QString &prefix,
                        std::optional<double> &out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    const QString property = prefix + QLatin1String(key);
    if (!value.isDouble())
        return fail(SeatingPlanProblem::wrongType(where, property, Expected::Number));
    const double v = value.toDouble();
    if (!std::isfinite(v) || std::abs(v) > SeatingPlanReader::maximumCoordinate)
        return fail(SeatingPlanProblem::withLimit(Kind::OutOfRange, where, property,
                                                  qint64(SeatingPlanReader::maximumCoordinate)));
    out = v;
    return true;
}

bool FormReader::object(const QJsonObject &parent, const char *key, const QString &where, const QString &prefix,
                        QJsonObject &out)
{
    const QJsonValue value = parent.value(QLatin1String(key));
    if (!value.isObject())
        return fail(SeatingPlanProblem::wrongType(where, prefix + QLatin1String(key), Expected::Object));
    out = value.toObject();
    return true;
}

bool FormReader::array(const QJsonObject &parent, const char *key, const QString &where, const QString &prefix,
                       QJsonArray &out)
{
    const QJsonValue value = parent.value(QLatin1String(key));
    if (!value.isArray())
        return fail(SeatingPlanProblem::wrongType(where, prefix + QLatin1String(key), Expected::Array));
    out = value.toArray();
    return true;
}

// x and y: numbers in the current form, whole numbers in the older one.
bool FormReader::coordinate(const QJsonObject &object, const char *key, const QString &where, const QString &prefix,
                            double &out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const QString property = prefix + QLatin1String(key);
    if (!value.isDouble() || (!current() && !isWhole(value.toDouble())))
        return fail(SeatingPlanProblem::wrongType(where, property, current() ? Expected::Number : Expected::Integer));
    std::optional<double> v;
    if (!number(object, key, where, prefix, v))
        return false;
    out = *v;
    return true;
}

bool FormReader::position(const QJsonValue &value, const QString &where, const QString &property, QPointF &out)
{
    if (!value.isObject())
        return fail(SeatingPlanProblem::wrongType(where, property, Expected::Object));
    const QJsonObject o = value.toObject();
    const QString prefix = property + QLatin1Char('.');
    double x = 0;
    double y = 0;
    if (!onlyKeys(o, where, prefix, {"x", "y"}) || !requireKeys(o, where, prefix, {"x", "y"})
        || !coordinate(o, "x", where, prefix, x) || !coordinate(o, "y", where, prefix, y))
        return false;
    out = QPointF(x, y);
    return true;
}

bool FormReader::position(const QJsonObject &parent, const char *key, const QString &where, const QString &prefix,
                          std::optional<QPointF> &out)
{
    const QJsonValue value = parent.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    QPointF p;
    if (!position(value, where, prefix + QLatin1String(key), p))
        return false;
    out = p;
    return true;
}

bool FormReader::read(const QJsonObject &document, SeatingPlan &plan)
{
    const QString where = SeatingPlanProblem::plan();
    plan = SeatingPlan();
    plan.form = m_form;
    if (!onlyKeys(document, where, QString(), {"name", "categories", "zones", "size"}))
        return false;
    if (current() ? !requireKeys(document, where, QString(), {"name", "categories", "zones", "size"})
                  : !requireKeys(document, where, QString(), {"name", "categories", "zones"}))
        return false;
    if (!string(document, "name", where, QString(), plan.name, Text::Visible))
        return false;
    if (document.contains(QLatin1String("size"))) {
        QJsonObject size;
        const QString prefix = QStringLiteral("size.");
        std::optional<int> width;
        std::optional<int> height;
        if (!object(document, "size", where, QString(), size) || !onlyKeys(size, where, prefix, {"width", "height"})
            || !requireKeys(size, where, prefix, {"width", "height"}) || !integer(size, "width", where, prefix, width)
            || !integer(size, "height", where, prefix, height))
            return false;
        plan.size = QSize(*width, *height);
    }
    QJsonArray categories;
    if (!array(document, "categories", where, QString(), categories))
        return false;
    for (int i = 0; i < categories.size(); ++i) {
        SeatCategory category;
        if (!readCategory(categories.at(i), i, category))
            return false;
        plan.categories.append(category);
    }
    QJsonArray zones;
    if (!array(document, "zones", where, QString(), zones))
        return false;
    for (int i = 0; i < zones.size(); ++i) {
        SeatingZone zone;
        if (!readZone(zones.at(i), i, zone))
            return false;
        plan.zones.append(zone);
    }
    return true;
}

bool FormReader::readCategory(const QJsonValue &value, int index, SeatCategory &category)
{
    const QString where = SeatingPlanProblem::category(index);
    if (!value.isObject())
        return fail(SeatingPlanProblem::wrongType(where, QString(), Expected::Object));
    const QJsonObject o = value.toObject();
    return onlyKeys(o, where, QString(), {"name", "color"}) && requireKeys(o, where, QString(), {"name"})
        && string(o, "name", where, QString(), category.name, Text::Visible)
        && string(o, "color", where, QString(), category.color, Text::Id);
}

bool FormReader::readZone(const QJsonValue &value, int index, SeatingZone &zone)
{
    const QString where = SeatingPlanProblem::zone(index);
    if (!value.isObject())
        return fail(SeatingPlanProblem::wrongType(where, QString(), Expected::Object));
    const QJsonObject o = value.toObject();
    if (current() ? !onlyKeys(o, where, QString(), {"name", "zone_id", "uuid", "position", "rows", "areas"})
                  : !onlyKeys(o, where, QString(), {"name", "displayed", "position", "rows", "areas"}))
        return false;
    std::optional<QPointF> position;
    if (!requireKeys(o, where, QString(), {"position", "rows"})
        || !string(o, "name", where, QString(), zone.name, Text::Visible)
        || !string(o, "zone_id", where, QString(), zone.zoneId, Text::Id)
        || !string(o, "uuid", where, QString(), zone.uuid, Text::Id)
        || !this->position(o, "position", where, QString(), position))
        return false;
    zone.position = *position;
    if (o.contains(QLatin1String("displayed"))) {
        if (!o.value(QLatin1String("displayed")).isBool())
            return fail(SeatingPlanProblem::wrongType(where, QStringLiteral("displayed"), Expected::Boolean));
        zone.displayed = o.value(QLatin1String("displayed")).toBool();
    }
    QJsonArray rows;
    if (!array(o, "rows", where, QString(), rows))
        return false;
    for (int r = 0; r < rows.size(); ++r) {
        SeatingRow row;
        if (!readRow(rows.at(r), index, r, row))
            return false;
        zone.rows.append(row);
    }
    if (o.contains(QLatin1String("areas"))) {
        QJsonArray areas;
        if (!array(o, "areas", where, QString(), areas))
            return false;
        for (int a = 0; a < areas.size(); ++a) {
            SeatingArea area;
            if (!readArea(areas.at(a), SeatingPlanProblem::area(index, a), area))
                return false;
            zone.areas.append(area);
        }
    }
    return true;
}

bool FormReader::readRow(const QJsonValue &value, int zoneIndex, int rowIndex, SeatingRow &row)
{
    if (!value.isObject())
        return fail(SeatingPlanProblem::wrongType(SeatingPlanProblem::row(zoneIndex, rowIndex, QString()), QString(),
                                                  Expected::Object));
    const QJsonObject o = value.toObject();
    // Named by its row_number when that is a plain string, so the sentence says which row people mean.
    const QJsonValue numberValue = o.value(QLatin1String("row_number"));
    const QString shownNumber = numberValue.isString() && !hasHiddenCharacters(numberValue.toString(), Text::Visible)
        ? numberValue.toString() : QString();
    const QString where = SeatingPlanProblem::row(zoneIndex, rowIndex, shownNumber);
    if (current() ? !onlyKeys(o, where, QString(), {"row_number", "row_label", "seat_label", "uuid", "seats",
                                                    "row_number_position", "position"})
                  : !onlyKeys(o, where, QString(), {"row_number", "seats", "number_of_seats", "seats_spacing", "position"}))
        return false;
    if (!requireKeys(o, where, QString(), {"row_number", "seats"})
        || !string(o, "row_number", where, QString(), row.number, Text::Visible)
        || !string(o, "row_label", where, QString(), row.label, Text::Visible, true)
        || !string(o, "seat_label", where, QString(), row.seatLabel, Text::Visible, true)
        || !string(o, "uuid", where, QString(), row.uuid, Text::Id)
        || !position(o, "position", where, QString(), row.position)
        || !integer(o, "seats_spacing", where, QString(), row.seatsSpacing)
        || !integer(o, "number_of_seats", where, QString(), row.numberOfSeats))
        return false;
    const QJsonValue numberPosition = o.value(QLatin1String("row_number_position"));
    if (!numberPosition.isUndefined() && !numberPosition.isNull()) {
        const QString p = numberPosition.toString();
        if (numberPosition.isString() && p == QLatin1String("start"))
            row.numberPosition = SeatingRow::NumberPosition::Start;
        else if (numberPosition.isString() && p == QLatin1String("end"))
            row.numberPosition = SeatingRow::NumberPosition::End;
        else if (numberPosition.isString() && p == QLatin1String("both"))
            row.numberPosition = SeatingRow::NumberPosition::Both;
        else
            return fail(SeatingPlanProblem::notOneOf(where, QStringLiteral("row_number_position"),
                                                     QStringLiteral("\"start\", \"end\", \"both\", null")));
    }
    QJsonArray seats;
    if (!array(o, "seats", where, QString(), seats))
        return false;
    for (int s = 0; s < seats.size(); ++s) {
        if (++m_seats > SeatingPlanReader::maximumSeats)
            return fail(SeatingPlanProblem::withLimit(Kind::TooManySeats, QString(), QString(),
                                                      SeatingPlanReader::maximumSeats));
        Seat seat;
        if (!readSeat(seats.at(s), SeatingPlanProblem::seat(zoneIndex, rowIndex, shownNumber, s), seat))
            return false;
        row.seats.append(seat);
    }
    return true;
}

bool FormReader::readSeat(const QJsonValue &value, const QString &where, Seat &seat)
{
    if (!value.isObject())
        return fail(SeatingPlanProblem::wrongType(where, QString(), Expected::Object));
    const QJsonObject o = value.toObject();
    if (current() ? !onlyKeys(o, where, QString(), {"seat_guid", "seat_number", "uuid", "start_direction", "radius",
                                                    "position", "category"})
                  : !onlyKeys(o, where, QString(), {"seat_guid", "seat_number", "position", "category"}))
        return false;
    std::optional<QPointF> position;
    if (!requireKeys(o, where, QString(), {"seat_guid", "seat_number", "position", "category"})
        || !string(o, "seat_guid", where, QString(), seat.guid, Text::Id)
        || !string(o, "seat_number", where, QString(), seat.number, Text::Visible)
        || !string(o, "category", where, QString(), seat.category, Text::Id)
        || !string(o, "uuid", where, QString(), seat.uuid, Text::Id)
        || !string(o, "start_direction", where, QString(), seat.startDirection, Text::Id, true)
        || !integer(o, "radius", where, QString(), seat.radius)
        || !this->position(o, "position", where, QString(), position))
        return false;
    seat.position = *position;
    return true;
}

bool FormReader::readArea(const QJsonValue &value, const QString &where, SeatingArea &area)
{
    if (!value.isObject())
        return fail(SeatingPlanProblem::wrongType(where, QString(), Expected::Object));
    const QJsonObject o = value.toObject();
    std::optional<double> rotation;
    if (!string(o, "color", where, QString(), area.color, Text::Id)
        || !string(o, "border_color", where, QString(), area.borderColor, Text::Id))
        return false;
    if (current() ? !readCurrentArea(o, where, area) : !readOlderArea(o, where, area))
        return false;
    if (!number(o, "rotation", where, QString(), rotation))
        return false;
    area.rotation = rotation;
    return true;
}

bool FormReader::readCurrentArea(const QJsonObject &o, const QString &where, SeatingArea &area)
{
    if (!onlyKeys(o, where, QString(), {"color", "border_color", "rotation", "position", "uuid", "shape", "polygon",
                                        "rectangle", "ellipse", "circle", "text"})
        || !string(o, "uuid", where, QString(), area.uuid, Text::Id)
        || !position(o, "position", where, QString(), area.position))
        return false;
    const QJsonValue shape = o.value(QLatin1String("shape"));
    if (!shape.isUndefined()) {
        static const QHash<QString, SeatingArea::Shape> shapes = {
            {QStringLiteral("polygon"), SeatingArea::Shape::Polygon},
            {QStringLiteral("rectangle"), SeatingArea::Shape::Rectangle},
            {QStringLiteral("ellipse"), SeatingArea::Shape::Ellipse},
            {QStringLiteral("circle"), SeatingArea::Shape::Circle},
            {QStringLiteral("text"), SeatingArea::Shape::Text}};
        if (!shape.isString() || !shapes.contains(shape.toString()))
            return fail(SeatingPlanProblem::notOneOf(
                where, QStringLiteral("shape"),
                QStringLiteral("\"polygon\", \"rectangle\", \"ellipse\", \"circle\", \"text\"")));
        area.shape = shapes.value(shape.toString());
    }
    if (o.contains(QLatin1String("polygon"))) {
        QJsonObject polygon;
        QJsonArray points;
        const QString prefix = QStringLiteral("polygon.");
        if (!object(o, "polygon", where, QString(), polygon) || !onlyKeys(polygon, where, prefix, {"points"})
            || !requireKeys(polygon, where, prefix, {"points"}) || !array(polygon, "points", where, prefix, points))
            return false;
        QList<QPointF> list;
        for (const QJsonValue &point : std::as_const(points)) {
            QPointF p;
            if (!position(point, where, QStringLiteral("polygon.points"), p))
                return false;
            list.append(p);
        }
        area.polygon = list;
    }
    if (o.contains(QLatin1String("rectangle"))) {
        QJsonObject rectangle;
        const QString prefix = QStringLiteral("rectangle.");
        std::optional<int> width;
        std::optional<int> height;
        if (!object(o, "rectangle", where, QString(), rectangle) || !onlyKeys(rectangle, where, prefix, {"width", "height"})
            || !requireKeys(rectangle, where, prefix, {"width", "height"})
            || !integer(rectangle, "width", where, prefix, width) || !integer(rectangle, "height", where, prefix, height))
            return false;
        area.rectangle = QSize(*width, *height);
    }
    if (o.contains(QLatin1String("ellipse"))) {
        QJsonObject ellipse;
        const QString prefix = QStringLiteral("ellipse.");
        std::optional<QPointF> radius;
        if (!object(o, "ellipse", where, QString(), ellipse) || !onlyKeys(ellipse, where, prefix, {"radius"})
            || !requireKeys(ellipse, where, prefix, {"radius"}) || !position(ellipse, "radius", where, prefix, radius))
            return false;
        area.ellipseRadius = radius;
    }
    if (o.contains(QLatin1String("circle"))) {
        QJsonObject circle;
        const QString prefix = QStringLiteral("circle.");
        std::optional<int> radius;
        if (!object(o, "circle", where, QString(), circle) || !onlyKeys(circle, where, prefix, {"radius"})
            || !requireKeys(circle, where, prefix, {"radius"}) || !integer(circle, "radius", where, prefix, radius))
            return false;
        area.circleRadius = radius;
    }
    if (o.contains(QLatin1String("text"))) {
        QJsonObject text;
        const QString prefix = QStringLiteral("text.");
        SeatingAreaText t;
        std::optional<QPointF> position;
        if (!object(o, "text", where, QString(), text)
            || !onlyKeys(text, where, prefix, {"text", "color", "size", "position"})
            || !requireKeys(text, where, prefix, {"text", "position"})
            || !string(text, "text", where, prefix, t.text, Text::Caption)
            || !string(text, "color", where, prefix, t.color, Text::Id) || !integer(text, "size", where, prefix, t.size)
            || !this->position(text, "position", where, prefix, position))
            return false;
        t.position = *position;
        area.text = t;
    }
    return true;
}

bool FormReader::readOlderArea(const QJsonObject &o, const QString &where, SeatingArea &area)
{
    QString caption;
    if (!onlyKeys(o, where, QString(), {"color", "border_color", "width", "height", "position", "rotation", "text"})
        || !requireKeys(o, where, QString(), {"width", "height", "position"})
        || !integer(o, "width", where, QString(), area.width) || !integer(o, "height", where, QString(), area.height)
        || !position(o, "position", where, QString(), area.position)
        || !string(o, "text", where, QString(), caption, Text::Caption))
        return false;
    if (o.contains(QLatin1String("text")))
        area.caption = caption;
    return true;
}

// What the schema cannot say: categories are unique, seats name one of them, guids are unique in the plan.
SeatingPlanProblem checkMeaning(const SeatingPlan &plan)
{
    QSet<QString> categories;
    for (int i = 0; i < plan.categories.size(); ++i) {
        const QString &name = plan.categories.at(i).name;
        if (categories.contains(name))
            return SeatingPlanProblem::withValue(Kind::DuplicateCategory, SeatingPlanProblem::category(i), name);
        categories.insert(name);
    }
    QHash<QString, QString> guids;   // guid -> where it was first seen
    for (int z = 0; z < plan.zones.size(); ++z) {
        const SeatingZone &zone = plan.zones.at(z);
        for (int r = 0; r < zone.rows.size(); ++r) {
            const SeatingRow &row = zone.rows.at(r);
            for (int s = 0; s < row.seats.size(); ++s) {
                const Seat &seat = row.seats.at(s);
                const QString where = SeatingPlanProblem::seat(z, r, row.number, s);
                if (!categories.contains(seat.category))
                    return SeatingPlanProblem::withValue(Kind::UnknownCategory, where, seat.category);
                const auto seen = guids.constFind(seat.guid);
                if (seen != guids.constEnd())
                    return SeatingPlanProblem::withValue(Kind::DuplicateGuid, where, seat.guid, seen.value());
                guids.insert(seat.guid, where);
            }
        }
    }
    if (guids.isEmpty())
        return SeatingPlanProblem(Kind::NoSeats, QString());
    return SeatingPlanProblem();
}

// How much a document that fits neither form looks like each: properties only one form has, whole numbers.
int olderMinusCurrent(const QJsonObject &document)
{
    int older = document.contains(QLatin1String("size")) ? 0 : 1;
    int current = 0;
    auto fractional = [](const QJsonValue &position) {
        const QJsonObject p = position.toObject();
        return !isWhole(p.value(QLatin1String("x")).toDouble()) || !isWhole(p.value(QLatin1String("y")).toDouble());
    };
    auto count = [](const QJsonObject &o, std::initializer_list<const char *> keys) {
        int n = 0;
        for (const char *key : keys)
            n += o.contains(QLatin1String(key)) ? 1 : 0;
        return n;
    };
    const QJsonArray zones = document.value(QLatin1String("zones")).toArray();
    for (const QJsonValue &z : zones) {
        const QJsonObject zone = z.toObject();
        current += count(zone, {"zone_id", "uuid"}) + (fractional(zone.value(QLatin1String("position"))) ? 1 : 0);
        older += count(zone, {"displayed"});
        const QJsonArray rows = zone.value(QLatin1String("rows")).toArray();
        for (const QJsonValue &r : rows) {
            const QJsonObject row = r.toObject();
            current += count(row, {"row_label", "seat_label", "row_number_position", "uuid"});
            older += count(row, {"number_of_seats", "seats_spacing"});
            const QJsonArray seats = row.value(QLatin1String("seats")).toArray();
            for (const QJsonValue &s : seats) {
                const QJsonObject seat = s.toObject();
                current += count(seat, {"uuid", "start_direction", "radius"})
                    + (fractional(seat.value(QLatin1String("position"))) ? 1 : 0);
            }
        }
        const QJsonArray areas = zone.value(QLatin1String("areas")).toArray();
        for (const QJsonValue &a : areas) {
            const QJsonObject area = a.toObject();
            current += count(area, {"shape", "polygon", "rectangle", "ellipse", "circle", "uuid"})
                + (area.value(QLatin1String("text")).isObject() ? 1 : 0);
            older += count(area, {"width", "height"}) + (area.value(QLatin1String("text")).isString() ? 1 : 0);
        }
    }
    return older - current;
}

} // namespace

SeatingPlanReading SeatingPlanReader::read(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // The parser counts characters from the start; people count lines.
        const QByteArray before = json.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return SeatingPlanProblem::notJson(error.errorString(), line, column);
    }
    if (!document.isObject())
        return SeatingPlanProblem(SeatingPlanProblem::Kind::NotAnObject, QString());
    return read(document.object());
}

SeatingPlanReading SeatingPlanReader::read(const QJsonObject &document)
{
    FormReader current(SeatingPlanForm::Current);
    FormReader older(SeatingPlanForm::Older);
    SeatingPlan plan;
    if (!current.read(document, plan) && !older.read(document, plan))
        return olderMinusCurrent(document) > 0 ? older.problem() : current.problem();
    if (const SeatingPlanProblem problem = checkMeaning(plan); !problem.isNull())
        return problem;
    return plan;
}

} // namespace Marquee
