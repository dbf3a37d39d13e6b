#include "testdatabase.h"
#include "sqlsession.h"

#include "domain/session.h"
#include "seating/seatingplangenerator.h"
#include "seating/seatingplanreader.h"
#include "seating/seatingplanrepository.h"
#include "seating/seatingplanservice.h"
#include "seating/seatingplanwriter.h"
#include "session/terminalsession.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QtTest/QtTest>

using namespace Marquee;

// Seating plans in the database (migrations/0020), as the real logins use them: an admin stores a plan in one
// call, every group reads it back as it was (both of the format's forms), nobody but an admin changes anything,
// and a document that is wrong stores nothing. The geometry Marquee adds (absolute places, the order along a row,
// the row's usual spacing) is checked against the file.
class TestSeatingPlans : public QObject
{
    Q_OBJECT

    Test::TestDatabase m_database{QStringLiteral("seatingplans")};

    ConnectionProfile kiosk() const { return m_database.loginProfile(QStringLiteral("marquee_kiosk")); }
    ConnectionProfile clerk() const { return m_database.loginProfile(QStringLiteral("marquee_box_office")); }
    ConnectionProfile admin() const { return m_database.loginProfile(QStringLiteral("marquee_admin")); }

    static SeatingPlan fromFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        SeatingPlanReading reading = SeatingPlanReader::read(file.readAll());
        if (!reading)
            qFatal("%s: %s", qPrintable(path), qPrintable(reading.problem().message()));
        return reading.takePlan();
    }
    static QString source(const QString &relative)
    {
        return QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_SOURCE_DIR")) + QLatin1Char('/')
            + relative;
    }
    static SeatingPlan demoHall() { return fromFile(QStringLiteral(":/seating/demo-hall.json")); }
    static QString why(const Error &error) { return error.message() + QStringLiteral(" / ") + error.detail(); }
    // QVERIFY2 works out its message even when the check passes.
    template<typename T>
    static QString why(const Result<T> &result) { return result.ok() ? QString() : why(result.error()); }

    qint64 store(const SeatingPlan &plan)
    {
        Test::SqlSession session(admin(), QStringLiteral("store"));
        if (!session.isOpen())
            return 0;
        auto id = SeatingPlanRepository(session.db()).create(plan);
        if (!id)
            qWarning("%s", qPrintable(why(id)));
        return id ? id.value() : 0;
    }

    int count(const QString &table)
    {
        Test::SqlSession session(m_database.superuserProfile(), QStringLiteral("count"));
        return session.value(QStringLiteral("SELECT count(*) FROM marquee.%1").arg(table)).toInt();
    }

    // A document as a literal for SQL typed by hand.
    static QString literal(const QByteArray &json)
    {
        QString text = QString::fromUtf8(json);
        text.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
    }

    void anAdminStoresAndEveryGroupReadsItBack()
    {
        const SeatingPlan hall = demoHall();
        const qint64 id = store(hall);
        QVERIFY(id > 0);
        for (const ConnectionProfile &login : {kiosk(), clerk(), admin()}) {
            Test::SqlSession session(login, QStringLiteral("read"));
            QVERIFY2(session.isOpen(), qPrintable(why(session.openError())));
            SeatingPlanRepository plans(session.db());
            auto loaded = plans.load(id);
            QVERIFY2(loaded.ok(), qPrintable(why(loaded)));
            QCOMPARE(loaded.value(), hall);
            auto listed = plans.list();
            QVERIFY2(listed.ok(), qPrintable(why(listed)));
            bool found = false;
            for (const SeatingPlanSummary &summary : listed.value()) {
                if (summary.id == id) {
                    found = true;
                    QCOMPARE(summary.name, hall.name);
                    QCOMPARE(summary.seatCount, hall.seatCount());
                }
            }
            QVERIFY(found);
        }
    }

    void bothFormsGoRoundUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("current form") << source(QStringLiteral("tests/data/seating/current-form.json"));
        QTest::newRow("older form") << source(QStringLiteral("tests/data/seating/older-form.json"));
    }

    void bothFormsGoRoundUnchanged()
    {
        QFETCH(QString, file);
        const SeatingPlan plan = fromFile(file);
        const qint64 id = store(plan);
        QVERIFY(id > 0);
        Test::SqlSession session(kiosk(), QStringLiteral("roundtrip"));
        auto loaded = SeatingPlanRepository(session.db()).load(id);
        QVERIFY2(loaded.ok(), qPrintable(why(loaded)));
        QCOMPARE(loaded->form, plan.form);
        QCOMPARE(loaded.value(), plan);
        // What the database writes is the file again, property for property.
        QCOMPARE(SeatingPlanWriter::toJson(loaded.value()), SeatingPlanWriter::toJson(plan));
        QCOMPARE(session.value(QStringLiteral("SELECT form FROM marquee.seating_plans WHERE id = %1").arg(id)).toString(),
                 plan.form == SeatingPlanForm::Older ? QStringLiteral("older") : QStringLiteral("current"));
    }

    void seatsArePlacedOnThePlan()
    {
        const SeatingPlan plan = fromFile(source(QStringLiteral("tests/data/seating/current-form.json")));
        const qint64 id = store(plan);
        Test::SqlSession session(kiosk(), QStringLiteral("geometry"));
        QSqlQuery q(session.db());
        QVERIFY(q.exec(QStringLiteral("SELECT seat_guid, plan_x, plan_y FROM marquee.seating_seats WHERE plan_id = %1")
                           .arg(id)));
        QHash<QString, QPointF> stored;
        while (q.next())
            stored.insert(q.value(0).toString(), QPointF(q.value(1).toDouble(), q.value(2).toDouble()));
        const QList<PlacedSeat> placed = plan.placedSeats();
        QCOMPARE(stored.size(), placed.size());
        for (const PlacedSeat &seat : placed)
            QCOMPARE(stored.value(seat.guid), seat.position);
        QCOMPARE(stored.value(QStringLiteral("s1")), QPointF(100.5 + 10.25 + 3.125, 54));
    }

    void rowsKnowTheirOrderAndSpacing()
    {
        // Odd numbers to the left of the middle, even to the right, listed 1, 3, 5, 2, 4, 6 as the venue
        // numbers them; an aisle between 5 and 2.
        SeatingPlan plan;
        plan.name = QStringLiteral("Odd and even");
        plan.size = QSize(400, 100);
        plan.categories = {SeatCategory{QStringLiteral("Stalls"), QString()}};
        SeatingZone zone;
        zone.position = QPointF(10, 10);
        SeatingRow row;
        row.number = QStringLiteral("A");
        const QList<QPair<QString, double>> seats = {{QStringLiteral("5"), 0},   {QStringLiteral("3"), 30},
                                                     {QStringLiteral("1"), 60},  {QStringLiteral("2"), 150},
                                                     {QStringLiteral("4"), 180}, {QStringLiteral("6"), 210}};
        for (const QString &number : {QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("2"),
                                      QStringLiteral("4"), QStringLiteral("6")}) {
            for (const auto &[n, x] : seats) {
                if (n == number) {
                    Seat seat;
                    seat.guid = QStringLiteral("A-") + n;
                    seat.number = n;
                    seat.category = QStringLiteral("Stalls");
                    seat.position = QPointF(x, 0);
                    row.seats.append(seat);
                }
            }
        }
        zone.rows = {row};
        plan.zones = {zone};
        const qint64 id = store(plan);
        QVERIFY(id > 0);
        Test::SqlSession session(clerk(), QStringLiteral("order"));
        QSqlQuery q(session.db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT string_agg(s.seat_number, ' ' ORDER BY s.row_position), string_agg(s.seat_number, ' ' ORDER BY s.seat_order),"
            "       min(r.usual_spacing)"
            "  FROM marquee.seating_seats s JOIN marquee.seating_rows r ON r.id = s.row_id WHERE s.plan_id = %1").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("5 3 1 2 4 6"));   // along the floor
        QCOMPARE(q.value(1).toString(), QStringLiteral("1 3 5 2 4 6"));   // as the file lists them
        // Gaps 30, 30, 90, 30, 30: the usual one is 30; the aisle is three times it.
        QCOMPARE(q.value(2).toDouble(), 30.0);
    }

    void accessibilityMarksAreKeptAndAudited()
    {
        SeatingPlanLayout layout;
        layout.name = QStringLiteral("Studio");
        layout.blocks = {{QStringLiteral("Stalls"), QString(), 2, 6}};
        SeatingPlan plan = SeatingPlanGenerator(layout).plan();
        plan.setAccessibility({QStringLiteral("stalls-B-1")}, {QStringLiteral("stalls-B-2")}, {QStringLiteral("stalls-A-6")});
        const qint64 id = store(plan);
        QVERIFY(id > 0);
        {
            Test::SqlSession session(kiosk(), QStringLiteral("marks"));
            auto loaded = SeatingPlanRepository(session.db()).load(id);
            QVERIFY(loaded.ok());
            QCOMPARE(loaded->wheelchairSpaces(), QStringList{QStringLiteral("stalls-B-1")});
            QCOMPARE(loaded->companionSeats(), QStringList{QStringLiteral("stalls-B-2")});
            QCOMPARE(loaded->restrictedViewSeats(), QStringList{QStringLiteral("stalls-A-6")});
        }
        // An admin marks another wheelchair space; the audit log says who (as it did for the marks stored with the plan).
        Test::SqlSession desk(admin(), QStringLiteral("mark"));
        QCOMPARE(desk.stateOf(QStringLiteral(
                     "UPDATE marquee.seating_seats SET wheelchair = true WHERE plan_id = %1 AND seat_guid = 'stalls-B-6'").arg(id)),
                 QString());
        QCOMPARE(desk.value(QStringLiteral(
                     "SELECT count(*) FROM marquee.audit_log WHERE table_name = 'seating_seats' AND actor = '%1'"
                     "   AND new_values ->> 'seat_guid' = 'stalls-B-6' AND (new_values ->> 'wheelchair')::boolean").arg(admin().user)).toInt(), 1);
        auto loaded = SeatingPlanRepository(desk.db()).load(id);
        QCOMPARE(loaded->wheelchairSpaces().size(), 2);
        // But not the geometry: that comes only from a plan's file.
        QCOMPARE(desk.stateOf(QStringLiteral("UPDATE marquee.seating_seats SET plan_x = 0 WHERE plan_id = %1").arg(id)),
                 QStringLiteral("42501"));
        QCOMPARE(desk.stateOf(QStringLiteral("UPDATE marquee.seating_plans SET name = 'Studio 2' WHERE id = %1").arg(id)),
                 QString());
    }

    void kioskAndBoxOfficeChangeNothing_data()
    {
        QTest::addColumn<QString>("group");
        QTest::newRow("kiosk") << QStringLiteral("marquee_kiosk");
        QTest::newRow("box office") << QStringLiteral("marquee_box_office");
    }

    void kioskAndBoxOfficeChangeNothing()
    {
        QFETCH(QString, group);
        const qint64 id = store(demoHall());
        QVERIFY(id > 0);
        const int plans = count(QStringLiteral("seating_plans"));
        const int seats = count(QStringLiteral("seating_seats"));
        Test::SqlSession psql(m_database.loginProfile(group), QStringLiteral("hostile"));
        QVERIFY(psql.isOpen());
        auto created = SeatingPlanRepository(psql.db()).create(demoHall());
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code(), ErrorCode::PermissionDenied);
        const QStringList attempts = {
            QStringLiteral("SELECT marquee.create_seating_plan('x', %1)").arg(literal(SeatingPlanWriter::toBytes(demoHall(), false))),
            QStringLiteral("INSERT INTO marquee.seating_plans (name) VALUES ('x')"),
            QStringLiteral("UPDATE marquee.seating_plans SET name = 'x' WHERE id = %1").arg(id),
            QStringLiteral("DELETE FROM marquee.seating_plans WHERE id = %1").arg(id),
            QStringLiteral("UPDATE marquee.seating_seats SET wheelchair = true WHERE plan_id = %1").arg(id),
            QStringLiteral("UPDATE marquee.seating_seats SET category = 'Balcony' WHERE plan_id = %1").arg(id),
            QStringLiteral("DELETE FROM marquee.seating_seats WHERE plan_id = %1").arg(id),
            QStringLiteral("INSERT INTO marquee.seating_categories (plan_id, name, sort_order) VALUES (%1, 'VIP', 9)").arg(id),
            QStringLiteral("UPDATE marquee.seating_zones SET x = 0 WHERE plan_id = %1").arg(id),
            QStringLiteral("UPDATE marquee.seating_rows SET usual_spacing = 1000 WHERE plan_id = %1").arg(id),
        };
        for (const QString &sql : attempts)
            QCOMPARE(psql.stateOf(sql), QStringLiteral("42501"));
        QCOMPARE(count(QStringLiteral("seating_plans")), plans);
        QCOMPARE(count(QStringLiteral("seating_seats")), seats);
        QCOMPARE(psql.value(QStringLiteral("SELECT count(*) FROM marquee.seating_seats WHERE plan_id = %1 AND wheelchair").arg(id))
                     .toInt(), 0);
    }

    // From psql an admin could send anything; the database refuses what would leave tables that are not a plan.
    void aWrongDocumentStoresNothing_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("state");
        const QByteArray good = SeatingPlanWriter::toBytes(fromFile(source(QStringLiteral("tests/data/seating/current-form.json"))), false);
        auto broken = [&good](const char *from, const char *to) {
            QByteArray json = good;
            json.replace(from, to);
            return literal(json);
        };
        QTest::newRow("unknown category") << QStringLiteral("SELECT marquee.create_seating_plan('x', %1)")
                                                 .arg(broken("\"category\":\"Stalls\"", "\"category\":\"Stals\""))
                                          << QStringLiteral("23503");
        QTest::newRow("guid twice") << QStringLiteral("SELECT marquee.create_seating_plan('x', %1)")
                                           .arg(broken("\"seat_guid\":\"f2\"", "\"seat_guid\":\"f1\""))
                                    << QStringLiteral("23505");
        QTest::newRow("unknown property") << QStringLiteral("SELECT marquee.create_seating_plan('x', %1)")
                                                 .arg(broken("\"seat_guid\":\"f2\"", "\"seat_guid\":\"f2\",\"price\":\"12\""))
                                          << QStringLiteral("23514");
        QTest::newRow("missing seat number") << QStringLiteral("SELECT marquee.create_seating_plan('x', %1)")
                                                    .arg(broken(",\"seat_number\":\"2\"", ""))
                                             << QStringLiteral("23514");
        QTest::newRow("hidden characters") << QStringLiteral("SELECT marquee.create_seating_plan('x', %1)")
                                                  .arg(broken("\"seat_number\":\"2\"", "\"seat_number\":\"2\\u202e\""))
                                           << QStringLiteral("23514");
        QTest::newRow("no seats") << QStringLiteral("SELECT marquee.create_seating_plan('x', "
                                                    "'{\"name\":\"x\",\"size\":{\"width\":1,\"height\":1},"
                                                    "\"categories\":[],\"zones\":[]}')")
                                  << QStringLiteral("23514");
        QTest::newRow("an unknown wheelchair space") << QStringLiteral("SELECT marquee.create_seating_plan('x', %1, ARRAY['nope'])")
                                                            .arg(literal(good))
                                                     << QStringLiteral("23514");
        QTest::newRow("no name") << QStringLiteral("SELECT marquee.create_seating_plan(' ', %1)").arg(literal(good))
                                 << QStringLiteral("23514");
        QTest::newRow("not an object") << QStringLiteral("SELECT marquee.create_seating_plan('x', '[]')")
                                       << QStringLiteral("23514");
    }

    void aWrongDocumentStoresNothing()
    {
        QFETCH(QString, call);
        QFETCH(QString, state);
        const int plans = count(QStringLiteral("seating_plans"));
        const int seats = count(QStringLiteral("seating_seats"));
        const int zones = count(QStringLiteral("seating_zones"));
        Test::SqlSession psql(admin(), QStringLiteral("wrong"));
        QCOMPARE(psql.stateOf(call), state);
        QCOMPARE(count(QStringLiteral("seating_plans")), plans);
        QCOMPARE(count(QStringLiteral("seating_seats")), seats);
        QCOMPARE(count(QStringLiteral("seating_zones")), zones);
    }

    void anAdminDeletesAPlanWithItsSeats()
    {
        const qint64 id = store(demoHall());
        QVERIFY(id > 0);
        Test::SqlSession desk(admin(), QStringLiteral("delete"));
        QCOMPARE(desk.stateOf(QStringLiteral("DELETE FROM marquee.seating_plans WHERE id = %1").arg(id)), QString());
        QCOMPARE(desk.value(QStringLiteral("SELECT count(*) FROM marquee.seating_seats WHERE plan_id = %1").arg(id)).toInt(), 0);
        auto gone = SeatingPlanRepository(desk.db()).load(id);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code(), ErrorCode::NotFound);
    }

    void theServiceAnswersAKiosk()
    {
        const qint64 id = store(demoHall());
        SessionInfo info;
        info.login = kiosk().user;
        info.group = StaffGroup::Kiosk;
        TerminalSession terminal(kiosk(), info);
        auto loaded = terminal.seatingPlans().load(id).wait(15000);
        QVERIFY2(loaded.ok(), qPrintable(why(loaded)));
        QCOMPARE(loaded->seatCount(), demoHall().seatCount());
        auto refused = terminal.seatingPlans().create(demoHall()).wait(15000);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestSeatingPlans)
#include "tst_seatingplans.moc"
