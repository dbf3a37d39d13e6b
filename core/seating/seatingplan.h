#pragma once

#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QSize>
#include <QString>

#include <optional>

namespace Marquee {

// A venue's seating plan as plain values, in the shape of pretix's published seating-plan format
// (src/pretix/static/seating/seating-plan.schema.json, "version 0.0.1"), which exists in two forms: the current
// one and an older one. Everything a file says is kept, so writing a plan back gives a file with the same
// meaning; what the format lacks (wheelchair spaces, companion seats, restricted view) is Marquee's own and
// never written to a file.
//
// Positions nest: a seat's place on the plan is its zone's position plus its row's plus its own. Coordinates
// are the plan's pixels, y growing downwards, and need not be whole numbers (the current form allows any).

enum class SeatingPlanForm {
    Current, // size required; zone_id, uuids, row_label, seat_label, row_number_position, start_direction, radius; shaped areas
    Older    // integer positions; zone "displayed", row seats_spacing and number_of_seats; areas of width × height
};

// A category of seats ("Stalls", "Balcony"): what ticket types are mapped to. `name` is what seats refer to.
struct SeatCategory
{
    QString name;
    QString color;       // as the file gives it ("#c0392b"); empty when the file gives none

    bool operator==(const SeatCategory &other) const { return name == other.name && color == other.color; }
    bool operator!=(const SeatCategory &other) const { return !(*this == other); }
};

// The text of a current-form area of shape "text".
struct SeatingAreaText
{
    QString text;
    QString color;
    std::optional<int> size;   // font size in plan pixels; pretix's default is 16
    QPointF position;          // relative to the area's position

    bool operator==(const SeatingAreaText &other) const
    {
        return text == other.text && color == other.color && size == other.size && position == other.position;
    }
    bool operator!=(const SeatingAreaText &other) const { return !(*this == other); }
};

// Something drawn on the plan that is not a seat: a stage, a bar, a table, a caption. Kept for drawing and
// for writing back; it takes no part in selling.
struct SeatingArea
{
    enum class Shape { Unspecified, Polygon, Rectangle, Ellipse, Circle, Text };

    std::optional<QPointF> position;   // relative to the zone; required in the older form
    QString color;
    QString borderColor;
    std::optional<double> rotation;    // degrees clockwise around `position`

    // The current form: the shape and the object that describes it (the file may carry several; `shape` says
    // which one is drawn, and all are written back).
    Shape shape = Shape::Unspecified;
    QString uuid;
    std::optional<QList<QPointF>> polygon;      // points relative to `position`
    std::optional<QSize> rectangle;             // from `position`, its top-left corner
    std::optional<QPointF> ellipseRadius;       // around `position`
    std::optional<int> circleRadius;            // around `position`
    std::optional<SeatingAreaText> text;

    // The older form: a box of width × height from `position`, with an optional caption.
    std::optional<int> width;
    std::optional<int> height;
    std::optional<QString> caption;             // the older form's "text"

    bool operator==(const SeatingArea &other) const;
    bool operator!=(const SeatingArea &other) const { return !(*this == other); }
};

// One seat that can be sold.
struct Seat
{
    QString guid;            // seat_guid: unique in the whole plan, never shown to people
    QString number;          // seat_number: what people read ("12")
    QString category;        // the name of one of the plan's categories
    QPointF position;        // relative to its row
    QString uuid;            // current form
    QString startDirection;  // current form: "<", ">" or "<>" marks a start point for ordered booking; empty: none
    std::optional<int> radius; // current form; pretix draws 10 when absent

    // Marquee's own, not in the format.
    bool wheelchair = false;     // a space for a wheelchair (no seat, or a removable one)
    bool companion = false;      // a seat for the companion of someone in a wheelchair space
    bool restrictedView = false; // a pillar, an overhang: sold as such

    double drawnRadius() const { return radius.value_or(10); }

    bool operator==(const Seat &other) const;
    bool operator!=(const Seat &other) const { return !(*this == other); }
};

// A row of seats ("F"). Its seats are listed in the file's order, which need not be their order on the floor.
struct SeatingRow
{
    enum class NumberPosition { None, Start, End, Both };   // where the row's name is drawn (current form)

    QString number;          // row_number: how the row is identified
    QString label;           // row_label: how the row is named in text, when it differs (current form)
    QString seatLabel;       // seat_label: how its seats are named in text, "%s" standing for the seat number
    NumberPosition numberPosition = NumberPosition::None;
    QString uuid;            // current form
    std::optional<QPointF> position;   // relative to the zone; absent means (0, 0)
    std::optional<int> seatsSpacing;   // older form, as the file gives it
    std::optional<int> numberOfSeats;  // older form, as the file gives it
    QList<Seat> seats;

    // What people read: the row_label if there is one, else the row_number.
    QString displayName() const { return label.isEmpty() ? number : label; }

    bool operator==(const SeatingRow &other) const;
    bool operator!=(const SeatingRow &other) const { return !(*this == other); }
};

// A part of the hall ("Stalls", "Balcony"), with its rows and areas.
struct SeatingZone
{
    QString name;
    QString zoneId;          // current form: zone_id
    QString uuid;            // current form
    std::optional<bool> displayed;   // older form: whether the zone's outline is drawn
    QPointF position;
    QList<SeatingRow> rows;
    QList<SeatingArea> areas;

    bool operator==(const SeatingZone &other) const;
    bool operator!=(const SeatingZone &other) const { return !(*this == other); }
};

// A seat with everything a view needs to draw and name it: where it is on the plan and what it is called.
struct PlacedSeat
{
    QString guid;
    QString zoneName;
    QString rowName;         // the row's display name
    QString number;
    QString category;
    QPointF position;        // on the plan: zone + row + seat
    double radius = 10;
    bool wheelchair = false;
    bool companion = false;
    bool restrictedView = false;
    int zoneIndex = 0;
    int rowIndex = 0;
    int seatIndex = 0;
};

struct SeatingPlan
{
    QString name;
    SeatingPlanForm form = SeatingPlanForm::Current;
    std::optional<QSize> size;       // required in the current form
    QList<SeatCategory> categories;
    QList<SeatingZone> zones;

    int seatCount() const;
    // Every seat, in the file's order, placed on the plan.
    QList<PlacedSeat> placedSeats() const;
    // The category of this name, or nullptr.
    const SeatCategory *category(const QString &categoryName) const;
    // The seats' guids with one of Marquee's own marks.
    QStringList wheelchairSpaces() const;
    QStringList companionSeats() const;
    QStringList restrictedViewSeats() const;
    // Sets Marquee's own marks from lists of guids (as the database keeps them); other seats lose them.
    void setAccessibility(const QStringList &wheelchair, const QStringList &companion, const QStringList &restrictedView);

    bool operator==(const SeatingPlan &other) const;
    bool operator!=(const SeatingPlan &other) const { return !(*this == other); }
};

// A stored plan as a list shows it.
struct SeatingPlanSummary
{
    qint64 id = 0;
    QString name;
    int seatCount = 0;
    SeatingPlanForm form = SeatingPlanForm::Current;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::SeatingPlan)
