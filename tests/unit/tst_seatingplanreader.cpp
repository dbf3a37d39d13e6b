#include "seating/seatingplanreader.h"
#include "seating/seatingplanwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QtTest/QtTest>

using namespace Marquee;

// Reading pretix's seating-plan format (both of its forms), refusing what does not follow it with one sentence
// each, and writing it back unchanged in meaning.
class TestSeatingPlanReader : public QObject
{
    Q_OBJECT

    // A plan from tests/data/seating.
    static QJsonObject document(const QString &name)
    {
        QFile file(QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_SOURCE_DIR"))
                   + QStringLiteral("/tests/data/seating/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // The current form with every property it has, fractional positions and every kind of area. Zone 2, row "F",
    // seat 3 is zones[1].rows[1].seats[2].
    static QJsonObject current() { return document(QStringLiteral("current-form.json")); }

    // The older form: no size, integer positions, "displayed", seats_spacing/number_of_seats, a box area.
    static QJsonObject older() { return document(QStringLiteral("older-form.json")); }

    // Sets (or with an undefined value removes) what `path` ("zones/1/rows/0/seats/2/category") names.
    static QJsonValue changed(const QJsonValue &at, QStringList path, const QJsonValue &value)
    {
        const QString step = path.takeFirst();
        if (at.isArray()) {
            QJsonArray array = at.toArray();
            const int index = step.toInt();
            if (path.isEmpty()) {
                if (value.isUndefined())
                    array.removeAt(index);
                else
                    array[index] = value;
            } else {
                array[index] = changed(array.at(index), path, value);
            }
            return array;
        }
        QJsonObject object = at.toObject();
        if (path.isEmpty()) {
            if (value.isUndefined())
                object.remove(step);
            else
                object[step] = value;
        } else {
            object[step] = changed(object.value(step), path, value);
        }
        return object;
    }
    static QJsonObject with(const QJsonObject &document, const QString &path, const QJsonValue &value)
    {
        return changed(document, path.split(QLatin1Char('/')), value).toObject();
    }
    static QJsonObject without(const QJsonObject &document, const QString &path)
    {
        return with(document, path, QJsonValue(QJsonValue::Undefined));
    }
    static QByteArray bytes(const QJsonObject &document)
    {
        return QJsonDocument(document).toJson();
    }

private slots:
    void readsTheCurrentForm()
    {
        const SeatingPlanReading reading = SeatingPlanReader::read(bytes(current()));
        QVERIFY2(reading.ok(), qPrintable(reading.problem().message()));
        const SeatingPlan &plan = reading.plan();
        QCOMPARE(plan.form, SeatingPlanForm::Current);
        QCOMPARE(plan.name, QStringLiteral("Small hall"));
        QCOMPARE(plan.size, QSize(400, 300));
        QCOMPARE(plan.categories.size(), 2);
        QCOMPARE(plan.categories.at(0).color, QStringLiteral("#2f6fb7"));
        QCOMPARE(plan.seatCount(), 6);
        const SeatingRow &row = plan.zones.at(0).rows.at(0);
        QCOMPARE(row.label, QStringLiteral("Row A"));
        QCOMPARE(row.displayName(), QStringLiteral("Row A"));
        QCOMPARE(row.seatLabel, QStringLiteral("Seat %s"));
        QCOMPARE(row.numberPosition, SeatingRow::NumberPosition::Both);
        QCOMPARE(row.seats.at(0).radius, 9);
        QCOMPARE(row.seats.at(0).startDirection, QStringLiteral(">"));
        QCOMPARE(plan.zones.at(1).rows.at(0).displayName(), QStringLiteral("E"));
        const QList<SeatingArea> &areas = plan.zones.at(0).areas;
        QCOMPARE(areas.size(), 5);
        QCOMPARE(areas.at(0).shape, SeatingArea::Shape::Rectangle);
        QCOMPARE(areas.at(0).rectangle, QSize(200, 30));
        QCOMPARE(areas.at(0).rotation, 1.5);
        QCOMPARE(areas.at(1).circleRadius, 4);
        QCOMPARE(areas.at(2).ellipseRadius, QPointF(4, 2.5));
        QCOMPARE(areas.at(3).polygon->size(), 3);
        QCOMPARE(areas.at(4).text->text, QStringLiteral("Stage"));
        QCOMPARE(areas.at(4).text->size, 20);
    }

    void placesSeatsAtZonePlusRowPlusSeat()
    {
        const SeatingPlan plan = SeatingPlanReader::read(bytes(current())).plan();
        const QList<PlacedSeat> placed = plan.placedSeats();
        QCOMPARE(placed.size(), 6);
        QCOMPARE(placed.at(0).guid, QStringLiteral("s1"));
        QCOMPARE(placed.at(0).position, QPointF(100.5 + 10.25 + 3.125, 50 + 0 + 4));
        QCOMPARE(placed.at(0).radius, 9.0);
        QCOMPARE(placed.at(1).radius, 10.0);   // pretix's default
        QCOMPARE(placed.at(0).rowName, QStringLiteral("Row A"));
        QCOMPARE(placed.at(0).zoneName, QStringLiteral("Stalls"));
        // A row without a position is at its zone's.
        QCOMPARE(placed.at(5).position, QPointF(50, 200));
    }

    void readsTheOlderForm()
    {
        const SeatingPlanReading reading = SeatingPlanReader::read(bytes(older()));
        QVERIFY2(reading.ok(), qPrintable(reading.problem().message()));
        const SeatingPlan &plan = reading.plan();
        QCOMPARE(plan.form, SeatingPlanForm::Older);
        QVERIFY(!plan.size);
        QCOMPARE(plan.zones.at(0).displayed, true);
        QCOMPARE(plan.zones.at(0).rows.at(0).seatsSpacing, 30);
        QCOMPARE(plan.zones.at(0).rows.at(0).numberOfSeats, 2);
        QCOMPARE(plan.zones.at(0).areas.at(0).width, 100);
        QCOMPARE(plan.zones.at(0).areas.at(0).caption, QStringLiteral("Bühne"));
        QCOMPARE(plan.placedSeats().at(1).position, QPointF(40, 25));
    }

    void aPlanBothFormsAcceptIsReadAsTheCurrentOne()
    {
        QJsonObject plain = older();
        plain = without(plain, QStringLiteral("zones/0/displayed"));
        plain = without(plain, QStringLiteral("zones/0/areas"));
        plain = without(plain, QStringLiteral("zones/0/rows/0/seats_spacing"));
        plain = without(plain, QStringLiteral("zones/0/rows/0/number_of_seats"));
        plain = with(plain, QStringLiteral("size"), QJsonObject{{QStringLiteral("width"), 100}, {QStringLiteral("height"), 50}});
        const SeatingPlanReading reading = SeatingPlanReader::read(plain);
        QVERIFY2(reading.ok(), qPrintable(reading.problem().message()));
        QCOMPARE(reading.plan().form, SeatingPlanForm::Current);
    }

    void theDemoHallIsAPlan()
    {
        QFile file(QStringLiteral(":/seating/demo-hall.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const SeatingPlanReading reading = SeatingPlanReader::read(file.readAll());
        QVERIFY2(reading.ok(), qPrintable(reading.problem().message()));
        const SeatingPlan &plan = reading.plan();
        QCOMPARE(plan.form, SeatingPlanForm::Current);
        QVERIFY(plan.seatCount() >= 300 && plan.seatCount() <= 600);
        QCOMPARE(plan.categories.size(), 3);
        QStringList zones;
        for (const SeatingZone &zone : plan.zones)
            zones << zone.name;
        QVERIFY(zones.contains(QStringLiteral("Stalls")));
        QVERIFY(zones.contains(QStringLiteral("Balcony")));
        // An aisle: somewhere in a row, two neighbours are much farther apart than the rest.
        const SeatingRow &row = plan.zones.at(1).rows.at(0);
        qreal widest = 0;
        for (int i = 1; i < row.seats.size(); ++i)
            widest = qMax(widest, row.seats.at(i).position.x() - row.seats.at(i - 1).position.x());
        QVERIFY(widest > 1.5 * (row.seats.at(1).position.x() - row.seats.at(0).position.x()));
    }

    void refusesWithOneSentence_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("sentence");
        const QJsonObject c = current();
        const QJsonObject o = older();
        auto row = [](const char *name, const QJsonObject &document, const char *sentence) {
            QTest::newRow(name) << bytes(document) << QString::fromUtf8(sentence);
        };
        QTest::newRow("not an object") << QByteArray("[1, 2]")
            << QStringLiteral("The file does not hold a seating plan: its top level is not a JSON object.");
        row("unknown category", with(c, QStringLiteral("zones/1/rows/1/seats/2/category"), QStringLiteral("Stals")),
            R"(Zone 2, row "F", seat 3: category "Stals" is not one of the plan's categories.)");
        row("guid used twice", with(c, QStringLiteral("zones/1/rows/1/seats/1/seat_guid"), QStringLiteral("s1")),
            R"(Zone 2, row "F", seat 2: seat_guid "s1" is also used by zone 1, row "A", seat 1.)");
        row("category twice", with(c, QStringLiteral("categories/1/name"), QStringLiteral("Stalls")),
            R"(Category 2: category "Stalls" is defined twice.)");
        row("unknown top-level property", with(c, QStringLiteral("version"), QStringLiteral("0.0.1")),
            R"(The plan: "version" is not part of pretix's seating-plan format here.)");
        row("unknown seat property", with(c, QStringLiteral("zones/0/rows/0/seats/1/price"), 12),
            R"(Zone 1, row "A", seat 2: "price" is not part of pretix's seating-plan format here.)");
        row("no categories", without(c, QStringLiteral("categories")), R"(The plan: "categories" is missing.)");
        row("current form without size", without(c, QStringLiteral("size")), R"(The plan: "size" is missing.)");
        row("seat without guid", without(c, QStringLiteral("zones/0/rows/0/seats/0/seat_guid")),
            R"(Zone 1, row "A", seat 1: "seat_guid" is missing.)");
        row("seat without position", without(c, QStringLiteral("zones/1/rows/1/seats/2/position")),
            R"(Zone 2, row "F", seat 3: "position" is missing.)");
        row("seat number not a string", with(c, QStringLiteral("zones/0/rows/0/seats/0/seat_number"), 1),
            R"(Zone 1, row "A", seat 1: "seat_number" must be a string.)");
        row("x not a number", with(c, QStringLiteral("zones/0/rows/0/seats/0/position/x"), QStringLiteral("3")),
            R"(Zone 1, row "A", seat 1: "position.x" must be a number.)");
        row("position without y", without(c, QStringLiteral("zones/0/position/y")),
            R"(Zone 1: "position.y" is missing.)");
        row("radius not whole", with(c, QStringLiteral("zones/0/rows/0/seats/0/radius"), 2.5),
            R"(Zone 1, row "A", seat 1: "radius" must be a whole number.)");
        row("size not whole", with(c, QStringLiteral("size/width"), 400.5),
            R"(The plan: "size.width" must be a whole number.)");
        row("row label not a string", with(c, QStringLiteral("zones/0/rows/0/row_label"), true),
            R"(Zone 1, row "A": "row_label" must be a string or null.)");
        row("row number position", with(c, QStringLiteral("zones/0/rows/0/row_number_position"), QStringLiteral("middle")),
            R"(Zone 1, row "A": "row_number_position" must be one of "start", "end", "both", null.)");
        row("area shape", with(c, QStringLiteral("zones/0/areas/1/shape"), QStringLiteral("star")),
            R"(Zone 1, area 2: "shape" must be one of "polygon", "rectangle", "ellipse", "circle", "text".)");
        row("area rectangle without height", without(c, QStringLiteral("zones/0/areas/0/rectangle/height")),
            R"(Zone 1, area 1: "rectangle.height" is missing.)");
        row("area text without text", without(c, QStringLiteral("zones/0/areas/4/text/text")),
            R"(Zone 1, area 5: "text.text" is missing.)");
        row("seat not an object", with(c, QStringLiteral("zones/0/rows/0/seats/0"), QStringLiteral("s1")),
            R"(Zone 1, row "A", seat 1: it must be an object.)");
        row("rows not a list", with(c, QStringLiteral("zones/1/rows"), QJsonObject()), R"(Zone 2: "rows" must be a list.)");
        row("older property in the current form", with(c, QStringLiteral("zones/0/rows/0/seats_spacing"), 30),
            R"(Zone 1, row "A": "seats_spacing" is not part of pretix's seating-plan format here.)");
        row("current property in the older form", with(o, QStringLiteral("zones/0/rows/0/row_label"), QStringLiteral("Reihe 1")),
            R"(Zone 1, row "1": "row_label" is not part of pretix's seating-plan format here.)");
        row("fraction in the older form", with(o, QStringLiteral("zones/0/rows/0/seats/1/position/x"), 30.5),
            R"(Zone 1, row "1", seat 2: "position.x" must be a whole number.)");
        row("older area without width", without(o, QStringLiteral("zones/0/areas/0/width")),
            R"(Zone 1, area 1: "width" is missing.)");
        row("hidden characters", with(c, QStringLiteral("zones/0/rows/0/seats/1/seat_number"), QStringLiteral("2\u202e")),
            R"(Zone 1, row "A", seat 2: "seat_number" contains control or invisible formatting characters.)");
        row("name too long", with(c, QStringLiteral("name"), QString(201, QLatin1Char('x'))),
            R"(The plan: "name" is longer than 200 characters.)");
        row("no seats", with(with(c, QStringLiteral("zones/0/rows"), QJsonArray()), QStringLiteral("zones/1/rows"), QJsonArray()),
            "The plan has no seats.");
    }

    void refusesWithOneSentence()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, sentence);
        const SeatingPlanReading reading = SeatingPlanReader::read(file);
        QVERIFY(!reading.ok());
        QCOMPARE(reading.problem().message(), sentence);
    }

    void notJsonSaysWhere()
    {
        const SeatingPlanReading reading = SeatingPlanReader::read(QByteArray("{\n  \"name\": \"x\",\n  \"zones\": [\n}"));
        QVERIFY(!reading.ok());
        const QString sentence = reading.problem().message();
        QVERIFY2(sentence.startsWith(QStringLiteral("The file is not valid JSON: ")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("(line 4, column")), qPrintable(sentence));
        QVERIFY(sentence.endsWith(QLatin1Char('.')));
        QCOMPARE(sentence.count(QLatin1Char('\n')), 0);
    }

    void writesBackWhatItRead_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::newRow("current form") << current();
        QTest::newRow("older form") << older();
    }

    void writesBackWhatItRead()
    {
        QFETCH(QJsonObject, document);
        const SeatingPlan plan = SeatingPlanReader::read(document).plan();
        // Every property of these files means something, so the writer gives the very same JSON back.
        QCOMPARE(SeatingPlanWriter::toJson(plan), document);
        const SeatingPlanReading again = SeatingPlanReader::read(SeatingPlanWriter::toBytes(plan));
        QVERIFY2(again.ok(), qPrintable(again.problem().message()));
        QCOMPARE(again.plan(), plan);
    }

    void theDemoHallGoesRoundUnchanged()
    {
        QFile file(QStringLiteral(":/seating/demo-hall.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        const SeatingPlan plan = SeatingPlanReader::read(original).plan();
        QCOMPARE(SeatingPlanWriter::toJson(plan), QJsonDocument::fromJson(original).object());
        QCOMPARE(SeatingPlanReader::read(SeatingPlanWriter::toBytes(plan, false)).plan(), plan);
    }

    void nullsAndEmptyStringsMeanNothing()
    {
        QJsonObject document = with(current(), QStringLiteral("zones/0/rows/0/row_label"), QJsonValue::Null);
        document = with(document, QStringLiteral("zones/0/rows/0/row_number_position"), QJsonValue::Null);
        document = with(document, QStringLiteral("zones/0/rows/0/seats/0/start_direction"), QJsonValue::Null);
        const SeatingPlan plan = SeatingPlanReader::read(document).plan();
        const QJsonObject written = SeatingPlanWriter::toJson(plan);
        const QJsonObject row = written.value(QLatin1String("zones")).toArray().at(0).toObject()
                                    .value(QLatin1String("rows")).toArray().at(0).toObject();
        QVERIFY(!row.contains(QLatin1String("row_label")));
        QVERIFY(!row.contains(QLatin1String("row_number_position")));
        QCOMPARE(SeatingPlanReader::read(written).plan(), plan);
    }

    void marqueesOwnMarksAreNotWritten()
    {
        SeatingPlan plan = SeatingPlanReader::read(current()).plan();
        plan.setAccessibility({QStringLiteral("f1")}, {QStringLiteral("f2")}, {QStringLiteral("s1")});
        QCOMPARE(plan.wheelchairSpaces(), QStringList{QStringLiteral("f1")});
        QCOMPARE(plan.companionSeats(), QStringList{QStringLiteral("f2")});
        QCOMPARE(plan.restrictedViewSeats(), QStringList{QStringLiteral("s1")});
        // The format has no place for them; the written file is still the original.
        QCOMPARE(SeatingPlanWriter::toJson(plan), current());
        const SeatingPlan again = SeatingPlanReader::read(SeatingPlanWriter::toBytes(plan)).plan();
        QVERIFY(again.wheelchairSpaces().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSeatingPlanReader)
#include "tst_seatingplanreader.moc"
