#include "seating/seatingplangenerator.h"
#include "seating/seatingplanreader.h"
#include "seating/seatingplanwriter.h"

#include <QSet>
#include <QtTest/QtTest>

using namespace Marquee;

// A plan for a venue that has none: blocks of rows × seats, numbered as the venue numbers them.
class TestSeatingPlanGenerator : public QObject
{
    Q_OBJECT

    static SeatingPlanLayout hall()
    {
        SeatingPlanLayout layout;
        layout.name = QStringLiteral("Community hall");
        layout.blocks = {{QStringLiteral("Stalls"), QString(), 3, 10}, {QStringLiteral("Balcony"), QString(), 2, 8}};
        return layout;
    }

    static const SeatingZone &zoneNamed(const SeatingPlan &plan, const QString &name)
    {
        for (const SeatingZone &zone : plan.zones) {
            if (zone.name == name)
                return zone;
        }
        static const SeatingZone none;
        return none;
    }

private slots:
    void rowLetters()
    {
        QCOMPARE(SeatingPlanGenerator::letters(1), QStringLiteral("A"));
        QCOMPARE(SeatingPlanGenerator::letters(26), QStringLiteral("Z"));
        QCOMPARE(SeatingPlanGenerator::letters(27), QStringLiteral("AA"));
        QCOMPARE(SeatingPlanGenerator::letters(52), QStringLiteral("AZ"));
        QCOMPARE(SeatingPlanGenerator::letters(53), QStringLiteral("BA"));
        QCOMPARE(SeatingPlanGenerator::letters(702), QStringLiteral("ZZ"));
        QCOMPARE(SeatingPlanGenerator::letters(703), QStringLiteral("AAA"));
    }

    void blocksOfRowsAndSeats()
    {
        const SeatingPlanGenerator generator(hall());
        QVERIFY(generator.problem().isEmpty());
        const SeatingPlan plan = generator.plan();
        QCOMPARE(plan.form, SeatingPlanForm::Current);
        QCOMPARE(plan.name, QStringLiteral("Community hall"));
        QCOMPARE(plan.seatCount(), 3 * 10 + 2 * 8);
        QCOMPARE(plan.categories.size(), 2);
        QCOMPARE(plan.categories.at(0).name, QStringLiteral("Stalls"));
        const SeatingZone &stalls = zoneNamed(plan, QStringLiteral("Stalls"));
        QCOMPARE(stalls.rows.size(), 3);
        QCOMPARE(stalls.rows.at(0).number, QStringLiteral("A"));
        QCOMPARE(stalls.rows.at(2).number, QStringLiteral("C"));
        QCOMPARE(stalls.rows.at(0).seats.at(0).guid, QStringLiteral("stalls-A-1"));
        // Left to right: numbers rise with x; the first row is nearest the stage (the top).
        const QList<PlacedSeat> placed = plan.placedSeats();
        QCOMPARE(placed.at(0).number, QStringLiteral("1"));
        QVERIFY(placed.at(1).position.x() > placed.at(0).position.x());
        QVERIFY(placed.at(10).position.y() > placed.at(0).position.y());
        // Every guid once; every seat inside the plan's size.
        QSet<QString> guids;
        const QRectF bounds(QPointF(0, 0), QSizeF(*plan.size));
        for (const PlacedSeat &seat : placed) {
            guids.insert(seat.guid);
            QVERIFY2(bounds.contains(seat.position), qPrintable(seat.guid));
        }
        QCOMPARE(guids.size(), placed.size());
        // The balcony is below the stalls, centred like them.
        const SeatingZone &balcony = zoneNamed(plan, QStringLiteral("Balcony"));
        QVERIFY(balcony.position.y() > stalls.position.y());
        QVERIFY(balcony.position.x() > stalls.position.x());
    }

    void aStageAtTheTop()
    {
        SeatingPlan plan = SeatingPlanGenerator(hall()).plan();
        QCOMPARE(plan.zones.at(0).zoneId, QStringLiteral("stage"));
        QVERIFY(plan.zones.at(0).rows.isEmpty());
        QCOMPARE(plan.zones.at(0).areas.size(), 2);
        QVERIFY(plan.zones.at(0).position.y() < plan.zones.at(1).position.y());
        SeatingPlanLayout bare = hall();
        bare.stage = false;
        plan = SeatingPlanGenerator(bare).plan();
        QCOMPARE(plan.zones.size(), 2);
    }

    void numberedRowsRightToLeft()
    {
        SeatingPlanLayout layout = hall();
        layout.rowNames = SeatingPlanLayout::RowNames::Numbers;
        layout.seatOrder = SeatingPlanLayout::SeatOrder::RightToLeft;
        const SeatingPlan plan = SeatingPlanGenerator(layout).plan();
        const SeatingRow &row = zoneNamed(plan, QStringLiteral("Stalls")).rows.at(1);
        QCOMPARE(row.number, QStringLiteral("2"));
        // The leftmost seat has the highest number.
        QCOMPARE(row.seats.first().number, QStringLiteral("10"));
        QCOMPARE(row.seats.last().number, QStringLiteral("1"));
        QVERIFY(row.seats.first().position.x() < row.seats.last().position.x());
        QCOMPARE(row.seats.first().guid, QStringLiteral("stalls-2-10"));
    }

    void anAisleEveryFewSeats()
    {
        SeatingPlanLayout layout = hall();
        layout.aisleEvery = 4;
        const SeatingPlan plan = SeatingPlanGenerator(layout).plan();
        const SeatingRow &row = zoneNamed(plan, QStringLiteral("Stalls")).rows.at(0);
        QList<qreal> gaps;
        for (int i = 1; i < row.seats.size(); ++i)
            gaps << row.seats.at(i).position.x() - row.seats.at(i - 1).position.x();
        // 10 seats: 4 | 4 | 2, so two aisles of one seat's width.
        const qreal spacing = layout.seatSpacing;
        for (int i = 0; i < gaps.size(); ++i) {
            const bool aisle = i == 3 || i == 7;
            QCOMPARE(gaps.at(i), aisle ? 2 * spacing : spacing);
        }
    }

    void categoriesOfTheirOwn()
    {
        SeatingPlanLayout layout = hall();
        layout.blocks = {{QStringLiteral("Front stalls"), QStringLiteral("Premium"), 2, 6},
                         {QStringLiteral("Rear stalls"), QStringLiteral("Stalls"), 4, 6},
                         {QStringLiteral("Side"), QStringLiteral("Stalls"), 1, 4}};
        const SeatingPlan plan = SeatingPlanGenerator(layout).plan();
        QCOMPARE(plan.categories.size(), 2);
        QCOMPARE(zoneNamed(plan, QStringLiteral("Side")).rows.at(0).seats.at(0).category, QStringLiteral("Stalls"));
        QCOMPARE(zoneNamed(plan, QStringLiteral("Front stalls")).zoneId, QStringLiteral("front_stalls"));
    }

    void whatItMakesIsAValidPlan()
    {
        SeatingPlanLayout layout = hall();
        layout.aisleEvery = 5;
        const SeatingPlan plan = SeatingPlanGenerator(layout).plan();
        const SeatingPlanReading reading = SeatingPlanReader::read(SeatingPlanWriter::toBytes(plan));
        QVERIFY2(reading.ok(), qPrintable(reading.problem().message()));
        QCOMPARE(reading.plan(), plan);
    }

    void refusesWhatCannotBeMade_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("no name") << 0;
        QTest::newRow("no blocks") << 1;
        QTest::newRow("no rows") << 2;
        QTest::newRow("too many seats in a row") << 3;
        QTest::newRow("two blocks of one name") << 4;
        QTest::newRow("a block without a name") << 5;
        QTest::newRow("negative aisle") << 6;
        QTest::newRow("overlapping seats") << 7;
    }

    void refusesWhatCannotBeMade()
    {
        QFETCH(int, which);
        SeatingPlanLayout layout = hall();
        switch (which) {
        case 0: layout.name = QStringLiteral("  "); break;
        case 1: layout.blocks.clear(); break;
        case 2: layout.blocks[0].rows = 0; break;
        case 3: layout.blocks[0].seatsPerRow = SeatingPlanLayout::maximumSeatsPerRow + 1; break;
        case 4: layout.blocks[1].name = QStringLiteral("Stalls"); break;
        case 5: layout.blocks[1].name.clear(); break;
        case 6: layout.aisleEvery = -1; break;
        case 7: layout.seatSpacing = 5; break;
        }
        const QString problem = SeatingPlanGenerator(layout).problem();
        QVERIFY(!problem.isEmpty());
        QVERIFY(problem.endsWith(QLatin1Char('.')));
        QCOMPARE(problem.count(QLatin1Char('\n')), 0);
    }
};

QTEST_GUILESS_MAIN(TestSeatingPlanGenerator)
#include "tst_seatingplangenerator.moc"
