// The door (issue #15 §3), against the real server as the real logins with their passwords:
//   - check_in_ticket(code, entrance, events): valid once; a second scan is MQ007 naming when and where the first
//     was; a ticket of an event this door does not admit is MQ022; unknown MQ006, unpaid reservation MQ018,
//     cancelled MQ008; the box office's check_in_ticket(code) still works (no entrance);
//   - check_out_ticket for re-entry: only a ticket inside goes out (MQ036), it comes back once per check-out, an
//     event may forbid re-entry (MQ035);
//   - event_attendance counts first entries per entrance and who is inside now by their last entry;
//   - two scanners, two entrances, the same ticket at the same instant: exactly one valid, the other MQ007 naming
//     the first's entrance (repeated for many tickets);
//   - marquee_door may check in, check out and see attendance, and nothing else (every function and table of the
//     schema checked as the door login), kiosks may do none of it; create_staff_login makes door logins with
//     their connection limit; housekeeping ends a stuck door session; check-ins send an attendance hint.

#include "door/doorrepository.h"
#include "staff/staffrepository.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QtTest/QtTest>

#include <atomic>
#include <thread>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestDoor : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("door")};
    std::unique_ptr<SqlSession> m_super;

    ConnectionProfile door(const QString &suffix = QString()) const
    {
        return m_database.loginProfile(QStringLiteral("marquee_door"), suffix);
    }
    ConnectionProfile clerk() const { return m_database.loginProfile(QStringLiteral("marquee_box_office")); }
    ConnectionProfile kiosk() const { return m_database.loginProfile(QStringLiteral("marquee_kiosk")); }
    ConnectionProfile admin() const { return m_database.loginProfile(QStringLiteral("marquee_admin")); }

    qint64 createEvent(const QString &startsIn = QStringLiteral("1 hour"), bool reentry = true)
    {
        return m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, max_tickets_per_booking, reentry_allowed) "
            "VALUES ('Door ' || gen_random_uuid(), 'Main Hall', now() + interval '%1', 500, 100, 50, %2) RETURNING id")
                                  .arg(startsIn, reentry ? QStringLiteral("true") : QStringLiteral("false"))).toLongLong();
    }

    // Sold at the desk (confirmed): the tickets' codes.
    QStringList sell(qint64 eventId, int quantity)
    {
        SqlSession desk(clerk(), QStringLiteral("desk"));
        return desk.value(QStringLiteral("SELECT array_to_string(ticket_codes, ',') FROM marquee.book_tickets(%1, %2, 'Guest', NULL, "
                                         "gen_random_uuid(), 'cash')").arg(eventId).arg(quantity))
            .toString().split(QLatin1Char(','));
    }

    QList<EntranceAttendance> counted(qint64 eventId)
    {
        SqlSession terminal(door(), QStringLiteral("count"));
        auto attendance = DoorRepository(terminal.db()).attendance(eventId);
        if (!attendance)
            return {};
        return attendance->entrances;
    }

    static QString entranceLine(const QList<EntranceAttendance> &entrances)
    {
        QStringList parts;
        for (const EntranceAttendance &e : entrances)
            parts << QStringLiteral("%1:%2/%3").arg(e.entrance.isEmpty() ? QStringLiteral("-") : e.entrance).arg(e.checkedIn).arg(e.inside);
        return parts.join(QLatin1Char(' '));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QVERIFY(m_database.liftBookingLimits());
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        QVERIFY(m_super->isOpen());
    }

    void aTicketIsValidOnceAndTheSecondScanSaysWhenAndWhere()
    {
        const qint64 event = createEvent();
        const QStringList codes = sell(event, 2);
        SqlSession north(door(QStringLiteral("north")), QStringLiteral("north"));
        QVERIFY2(north.isOpen(), qPrintable(north.openError().detail()));
        DoorRepository gate(north.db());

        auto first = gate.checkIn(codes.at(0).toLower() + QStringLiteral("  "), QStringLiteral(" North "), {event});
        QVERIFY2(first, qPrintable(first ? QString() : first.error().detail()));
        QCOMPARE(first->outcome, DoorScan::Outcome::Admitted);
        QCOMPARE(first->code, codes.at(0));
        QCOMPARE(first->eventId, event);
        QCOMPARE(first->entrance, QStringLiteral("North"));
        QVERIFY(qAbs(first->at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        auto second = gate.checkIn(codes.at(0), QStringLiteral("South"), {event});
        QVERIFY(second);
        QCOMPARE(second->outcome, DoorScan::Outcome::AlreadyUsed);
        QCOMPARE(second->refusal.code(), ErrorCode::TicketAlreadyUsed);
        QCOMPARE(second->usedEntrance, QStringLiteral("North"));
        QVERIFY2(qAbs(second->usedAt.msecsTo(first->at)) < 5, qPrintable(second->usedAt.toString(Qt::ISODateWithMs)));
        QCOMPARE(second->firstEntrance, QStringLiteral("North"));
        QVERIFY(second->usedInside);
        // The same from psql: the code, and the DETAIL that names the first entry.
        QCOMPARE(north.stateOf(QStringLiteral("SELECT * FROM marquee.check_in_ticket('%1', 'South')").arg(codes.at(0))),
                 QStringLiteral("MQ007"));

        // Stored: the entrance, the time, inside.
        QCOMPARE(m_super->value(QStringLiteral("SELECT first_entrance || '/' || entrance || '/' || inside || '/' || status "
                                               "FROM marquee.tickets WHERE code = '%1'").arg(codes.at(0))).toString(),
                 QStringLiteral("North/North/true/used"));

        // The box office's check-in of today: the code alone, no entrance.
        SqlSession desk(clerk(), QStringLiteral("desk"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT booking_id FROM marquee.check_in_ticket('%1')").arg(codes.at(1))), QString());
        QCOMPARE(m_super->value(QStringLiteral("SELECT coalesce(first_entrance, '(none)') || '/' || inside FROM marquee.tickets "
                                               "WHERE code = '%1'").arg(codes.at(1))).toString(),
                 QStringLiteral("(none)/true"));
    }

    void aDoorRefusesWhatItDoesNotAdmitAndSaysWhy()
    {
        const qint64 tonight = createEvent();
        const qint64 other = createEvent(QStringLiteral("2 hours"));
        const QStringList otherCodes = sell(other, 1);
        SqlSession terminal(door(), QStringLiteral("door"));
        DoorRepository gate(terminal.db());

        auto wrong = gate.checkIn(otherCodes.at(0), QStringLiteral("North"), {tonight});
        QVERIFY(wrong);
        QCOMPARE(wrong->outcome, DoorScan::Outcome::Refused);
        QCOMPARE(wrong->refusal.code(), ErrorCode::TicketForAnotherEvent);
        QCOMPARE(wrong->eventId, other);
        QVERIFY(wrong->eventTitle.startsWith(QStringLiteral("Door ")));
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.check_in_ticket('%1', 'North', ARRAY[%2]::bigint[])")
                                      .arg(otherCodes.at(0)).arg(tonight)),
                 QStringLiteral("MQ022"));
        // Nothing was stored: the ticket is still unused, and valid at its own event's door.
        QCOMPARE(m_super->value(QStringLiteral("SELECT status FROM marquee.tickets WHERE code = '%1'").arg(otherCodes.at(0))).toString(),
                 QStringLiteral("active"));
        // An empty list admits nothing (never "any event").
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.check_in_ticket('%1', 'North', '{}'::bigint[])")
                                      .arg(otherCodes.at(0))),
                 QStringLiteral("MQ022"));
        auto right = gate.checkIn(otherCodes.at(0), QStringLiteral("North"), {tonight, other});
        QVERIFY(right);
        QCOMPARE(right->outcome, DoorScan::Outcome::Admitted);

        auto unknown = gate.checkIn(QStringLiteral("TKT-20000101-ZZZZZZZZ"), QStringLiteral("North"), {tonight});
        QVERIFY(unknown);
        QCOMPARE(unknown->outcome, DoorScan::Outcome::Refused);
        QCOMPARE(unknown->refusal.code(), ErrorCode::TicketNotFound);

        // An unpaid reservation's ticket (a kiosk's booking): MQ018.
        SqlSession stand(kiosk(), QStringLiteral("kiosk"));
        const QString reserved = stand.value(QStringLiteral(
            "SELECT ticket_codes[1] FROM marquee.book_tickets(%1, 1, 'Walker', '0812000001', gen_random_uuid(), 'card')").arg(tonight)).toString();
        QVERIFY(!reserved.isEmpty());
        auto unpaid = gate.checkIn(reserved, QStringLiteral("North"), {tonight});
        QVERIFY(unpaid);
        QCOMPARE(unpaid->refusal.code(), ErrorCode::ReservationUnpaid);

        // A cancelled booking's ticket: MQ008.
        const QStringList cancelled = sell(tonight, 1);
        SqlSession desk(clerk(), QStringLiteral("desk"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.cancel_booking((SELECT booking_id FROM marquee.tickets "
                                             "WHERE code = '%1'))").arg(cancelled.at(0))), QString());
        auto void_ = gate.checkIn(cancelled.at(0), QStringLiteral("North"), {tonight});
        QVERIFY(void_);
        QCOMPARE(void_->refusal.code(), ErrorCode::TicketCancelled);

        // Outside the check-in window (a show in ten days): MQ015.
        const qint64 later = createEvent(QStringLiteral("10 days"));
        const QStringList early = sell(later, 1);
        auto tooEarly = gate.checkIn(early.at(0), QStringLiteral("North"), {later});
        QVERIFY(tooEarly);
        QCOMPARE(tooEarly->refusal.code(), ErrorCode::OutsideCheckInWindow);

        // A name that is not an entrance's: an error, nothing stored.
        const QStringList fresh = sell(tonight, 1);
        auto badName = gate.checkIn(fresh.at(0), QString(61, QLatin1Char('x')), {tonight});
        QVERIFY(!badName);
        QCOMPARE(badName.error().code(), ErrorCode::EntranceInvalid);
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.check_in_ticket('%1', E'Nor\\u202Eth')").arg(fresh.at(0))),
                 QStringLiteral("MQ037"));
        QCOMPARE(m_super->value(QStringLiteral("SELECT status FROM marquee.tickets WHERE code = '%1'").arg(fresh.at(0))).toString(),
                 QStringLiteral("active"));
    }

    void aTicketInsideGoesOutAndComesBackOnce()
    {
        const qint64 event = createEvent();
        const QStringList codes = sell(event, 2);
        SqlSession terminal(door(), QStringLiteral("door"));
        DoorRepository gate(terminal.db());

        // Not in yet: cannot go out.
        auto notIn = gate.checkOut(codes.at(0), QStringLiteral("North"));
        QVERIFY(notIn);
        QCOMPARE(notIn->outcome, DoorScan::Outcome::Refused);
        QCOMPARE(notIn->refusal.code(), ErrorCode::TicketNotInside);

        QCOMPARE(gate.checkIn(codes.at(0), QStringLiteral("North"), {event})->outcome, DoorScan::Outcome::Admitted);
        auto out = gate.checkOut(codes.at(0), QStringLiteral("South"));
        QVERIFY(out);
        QCOMPARE(out->outcome, DoorScan::Outcome::CheckedOut);
        QCOMPARE(out->eventId, event);
        // Out once: not out again.
        QCOMPARE(gate.checkOut(codes.at(0), QStringLiteral("South"))->refusal.code(), ErrorCode::TicketNotInside);
        // Back in once, through another entrance.
        auto back = gate.checkIn(codes.at(0), QStringLiteral("South"), {event});
        QVERIFY(back);
        QCOMPARE(back->outcome, DoorScan::Outcome::Readmitted);
        auto again = gate.checkIn(codes.at(0), QStringLiteral("North"), {event});
        QCOMPARE(again->outcome, DoorScan::Outcome::AlreadyUsed);
        QCOMPARE(again->usedEntrance, QStringLiteral("South"));
        QCOMPARE(again->firstEntrance, QStringLiteral("North"));

        // Counted: first entries by their entrance, inside by the last entry.
        QCOMPARE(gate.checkIn(codes.at(1), QStringLiteral("North"), {event})->outcome, DoorScan::Outcome::Admitted);
        QCOMPARE(entranceLine(counted(event)), QStringLiteral("North:2/1 South:0/1"));

        // A checked-in ticket still keeps its booking from being cancelled (MQ009).
        SqlSession desk(clerk(), QStringLiteral("desk"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.cancel_booking((SELECT booking_id FROM marquee.tickets "
                                             "WHERE code = '%1'))").arg(codes.at(0))), QStringLiteral("MQ009"));
    }

    void anEventMayForbidReentry()
    {
        const qint64 event = createEvent(QStringLiteral("1 hour"), false);
        const QStringList codes = sell(event, 2);
        SqlSession terminal(door(), QStringLiteral("door"));
        DoorRepository gate(terminal.db());
        QCOMPARE(gate.checkIn(codes.at(0), QStringLiteral("North"), {event})->outcome, DoorScan::Outcome::Admitted);
        auto out = gate.checkOut(codes.at(0), QStringLiteral("North"));
        QCOMPARE(out->refusal.code(), ErrorCode::ReentryNotAllowed);
        QCOMPARE(m_super->value(QStringLiteral("SELECT inside FROM marquee.tickets WHERE code = '%1'").arg(codes.at(0))).toBool(), true);

        // Went out while re-entry was allowed, then the admin forbade it: not back in.
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.events SET reentry_allowed = true WHERE id = %1").arg(event)));
        QCOMPARE(gate.checkIn(codes.at(1), QStringLiteral("North"), {event})->outcome, DoorScan::Outcome::Admitted);
        QCOMPARE(gate.checkOut(codes.at(1), QStringLiteral("North"))->outcome, DoorScan::Outcome::CheckedOut);
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.events SET reentry_allowed = false WHERE id = %1").arg(event)));
        auto back = gate.checkIn(codes.at(1), QStringLiteral("North"), {event});
        QCOMPARE(back->outcome, DoorScan::Outcome::AlreadyUsed);
        QVERIFY(!back->usedInside);
    }

    void twoScannersAtOnceOneValidTheOtherNamesIt()
    {
        const qint64 event = createEvent();
        constexpr int Tickets = 60;
        const QStringList codes = sell(event, Tickets / 2) + sell(event, Tickets / 2);
        QCOMPARE(codes.size(), Tickets);
        std::atomic<int> ready{0};
        std::atomic<int> turn{-1};
        std::atomic<int> done[2] = {{-1}, {-1}};
        QList<Result<DoorScan>> answers[2];
        const QString entrances[2] = {QStringLiteral("North"), QStringLiteral("South")};
        const ConnectionProfile profiles[2] = {door(QStringLiteral("a")), door(QStringLiteral("b"))};
        auto scanner = [&](int side) {
            SqlSession terminal(profiles[side], QStringLiteral("race%1").arg(side));
            DoorRepository gate(terminal.db());
            ++ready;
            for (int i = 0; i < Tickets; ++i) {
                while (turn.load() < i)
                    std::this_thread::yield();
                answers[side].append(gate.checkIn(codes.at(i), entrances[side], {event}));
                done[side].store(i);
            }
        };
        std::thread a(scanner, 0);
        std::thread b(scanner, 1);
        while (ready.load() < 2)
            std::this_thread::yield();
        for (int i = 0; i < Tickets; ++i) {
            turn.store(i);   // both scanners go for ticket i at the same instant
            while (done[0].load() < i || done[1].load() < i)
                std::this_thread::yield();
        }
        a.join();
        b.join();
        int northWon = 0;
        for (int i = 0; i < Tickets; ++i) {
            const Result<DoorScan> &x = answers[0].at(i);
            const Result<DoorScan> &y = answers[1].at(i);
            QVERIFY2(x && y, qPrintable(QStringLiteral("ticket %1: %2 %3").arg(i).arg(x ? QString() : x.error().detail(),
                                                                               y ? QString() : y.error().detail())));
            const bool xValid = x->outcome == DoorScan::Outcome::Admitted;
            const bool yValid = y->outcome == DoorScan::Outcome::Admitted;
            QVERIFY2(xValid != yValid, qPrintable(QStringLiteral("ticket %1: both or neither valid").arg(i)));
            const DoorScan &loser = xValid ? y.value() : x.value();
            QCOMPARE(loser.outcome, DoorScan::Outcome::AlreadyUsed);
            QCOMPARE(loser.usedEntrance, xValid ? QStringLiteral("North") : QStringLiteral("South"));
            QVERIFY(loser.usedAt.isValid());
            northWon += xValid ? 1 : 0;
        }
        qInfo("North won %d of %d races", northWon, Tickets);
        const QList<EntranceAttendance> counts = counted(event);
        int checkedIn = 0;
        for (const EntranceAttendance &e : counts)
            checkedIn += e.checkedIn;
        QCOMPARE(checkedIn, Tickets);
    }

    void theDoorMayCheckInOutAndCountAndNothingElse()
    {
        SqlSession terminal(door(), QStringLiteral("rights"));
        QVERIFY(terminal.isOpen());
        // Every function of the schema this login may run: exactly these.
        const QString functions = terminal.value(QStringLiteral(
            "SELECT string_agg(p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', '; ' ORDER BY 1) "
            "FROM pg_proc p WHERE p.pronamespace = 'marquee'::regnamespace AND has_function_privilege(p.oid, 'EXECUTE')")).toString();
        QCOMPARE(functions, QStringLiteral(
            "check_in_ticket(p_code text, p_entrance text, p_event_ids bigint[]); check_out_ticket(p_code text, p_entrance text); "
            "event_attendance(p_event_id bigint); event_availability(p_event_ids bigint[]); housekeeping(); venue_settings()"));
        // Every table and view: only the public listing, only to read.
        const QString tables = terminal.value(QStringLiteral(
            "SELECT string_agg(c.relname || ':' || concat_ws(',', "
            "  CASE WHEN has_table_privilege(c.oid, 'SELECT') THEN 'select' END, CASE WHEN has_table_privilege(c.oid, 'INSERT') THEN 'insert' END, "
            "  CASE WHEN has_table_privilege(c.oid, 'UPDATE') THEN 'update' END, CASE WHEN has_table_privilege(c.oid, 'DELETE') THEN 'delete' END), "
            "  '; ' ORDER BY 1) FROM pg_class c WHERE c.relnamespace = 'marquee'::regnamespace AND c.relkind IN ('r', 'v', 'p', 'm') "
            "  AND (has_table_privilege(c.oid, 'SELECT') OR has_table_privilege(c.oid, 'INSERT') OR has_table_privilege(c.oid, 'UPDATE') "
            "       OR has_table_privilege(c.oid, 'DELETE'))")).toString();
        QCOMPARE(tables, QStringLiteral("event_listing:select"));
        const qint64 event = createEvent();
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 1, 'X', '0812000002', gen_random_uuid(), 'cash')").arg(event)),
                 QStringLiteral("42501"));
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.tickets")), QStringLiteral("42501"));
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.bookings")), QStringLiteral("42501"));
        QCOMPARE(terminal.stateOf(QStringLiteral("UPDATE marquee.events SET reentry_allowed = false")), QStringLiteral("42501"));
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.find_booking('0812000002', 'AAAAAAAA')")), QStringLiteral("42501"));
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.event_attendance(%1)").arg(event)), QString());

        // A kiosk may do none of the door's work; the box office (and so the admin) may do all of it.
        SqlSession stand(kiosk(), QStringLiteral("kiosk"));
        QCOMPARE(stand.stateOf(QStringLiteral("SELECT * FROM marquee.check_in_ticket('TKT-20000101-ZZZZZZZZ', 'North')")), QStringLiteral("42501"));
        QCOMPARE(stand.stateOf(QStringLiteral("SELECT * FROM marquee.check_out_ticket('TKT-20000101-ZZZZZZZZ')")), QStringLiteral("42501"));
        QCOMPARE(stand.stateOf(QStringLiteral("SELECT * FROM marquee.event_attendance(%1)").arg(event)), QStringLiteral("42501"));
        SqlSession desk(clerk(), QStringLiteral("desk"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.check_out_ticket('TKT-20000101-ZZZZZZZZ')")), QStringLiteral("MQ006"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.event_attendance(%1)").arg(event)), QString());
        SqlSession office(admin(), QStringLiteral("admin"));
        QCOMPARE(office.stateOf(QStringLiteral("SELECT * FROM marquee.event_attendance(%1)").arg(event)), QString());
        // Housekeeping and the hints know it as a door, and a box-office login stays a box office.
        QCOMPARE(m_super->value(QStringLiteral("SELECT marquee.group_of('%1'::regrole)").arg(door().user)).toString(),
                 QStringLiteral("marquee_door"));
        QCOMPARE(m_super->value(QStringLiteral("SELECT marquee.group_of('%1'::regrole)").arg(clerk().user)).toString(),
                 QStringLiteral("marquee_box_office"));
    }

    void adminsCreateDoorLoginsWithTheirConnectionLimit()
    {
        SqlSession office(admin(), QStringLiteral("admin"));
        m_database.exec(QStringLiteral("DROP ROLE IF EXISTS door_test_gate1"));
        StaffRepository staff(office.db());
        auto created = staff.create(QStringLiteral("door_test_gate1"), QStringLiteral("a long password"), StaffGroup::Door,
                                    QStringLiteral("Gate 1 scanner"));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().detail()));
        QCOMPARE(m_super->value(QStringLiteral("SELECT rolconnlimit FROM pg_roles WHERE rolname = 'door_test_gate1'")).toInt(), 3); // a door: the listener and one worker, and the sign-in check (0042)
        QCOMPARE(m_super->value(QStringLiteral("SELECT marquee.manageable_group('door_test_gate1')")).toString(), QStringLiteral("marquee_door"));
        auto listed = staff.list();
        QVERIFY(listed);
        bool found = false;
        for (const StaffLogin &login : listed.value()) {
            if (login.login == QStringLiteral("door_test_gate1")) {
                found = true;
                QCOMPARE(login.group, StaffGroup::Door);
            }
        }
        QVERIFY(found);
        // It signs in with its password and is a door.
        SqlSession gate(m_database.profileFor(QStringLiteral("door_test_gate1"), QStringLiteral("a long password")), QStringLiteral("gate1"));
        QVERIFY(gate.isOpen());
        QCOMPARE(gate.stateOf(QStringLiteral("SELECT * FROM marquee.check_out_ticket('TKT-20000101-ZZZZZZZZ')")), QStringLiteral("MQ006"));
        QVERIFY(m_database.exec(QStringLiteral("DROP OWNED BY door_test_gate1; DELETE FROM marquee.staff_logins WHERE login = 'door_test_gate1'; "
                                               "DROP ROLE door_test_gate1")));
    }

    void housekeepingEndsAStuckDoorSession()
    {
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '1' WHERE key = 'idle_in_transaction_seconds'")));
        SqlSession stuck(door(QStringLiteral("stuck")), QStringLiteral("stuck"));
        QVERIFY(stuck.isOpen());
        QCOMPARE(stuck.stateOf(QStringLiteral("BEGIN")), QString());
        QCOMPARE(stuck.stateOf(QStringLiteral("SELECT 1")), QString());
        QTest::qWait(2200);
        const QString ended = m_super->value(QStringLiteral(
            "SELECT string_agg(rule, ',') FROM marquee.housekeeping() WHERE pid = %1").arg(stuck.pid())).toString();
        QCOMPARE(ended, QStringLiteral("idle_in_transaction"));
        QVERIFY(QTest::qWaitFor([&] { return !stuck.isAlive(); }, 3000));
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '10' WHERE key = 'idle_in_transaction_seconds'")));
    }

    void checkInsAndOutsSendAnAttendanceHint()
    {
        const qint64 event = createEvent();
        const QStringList codes = sell(event, 1);
        SqlSession listener(door(QStringLiteral("listen")), QStringLiteral("listen"));
        QVERIFY(listener.db().driver()->subscribeToNotification(QStringLiteral("marquee_attendance")));
        QSignalSpy hints(listener.db().driver(), &QSqlDriver::notification);
        SqlSession terminal(door(), QStringLiteral("door"));
        QCOMPARE(DoorRepository(terminal.db()).checkIn(codes.at(0), QStringLiteral("North"), {event})->outcome,
                 DoorScan::Outcome::Admitted);
        QVERIFY(hints.wait(3000));
        QCOMPARE(hints.first().at(0).toString(), QStringLiteral("marquee_attendance"));
        QCOMPARE(QJsonDocument::fromJson(hints.first().at(2).toString().toUtf8()).object().value(QStringLiteral("event_id")).toVariant().toLongLong(),
                 event);
        hints.clear();
        QCOMPARE(DoorRepository(terminal.db()).checkOut(codes.at(0), QStringLiteral("North"))->outcome, DoorScan::Outcome::CheckedOut);
        QVERIFY(hints.wait(3000));
        // A refusal stores nothing and says nothing.
        hints.clear();
        QCOMPARE(DoorRepository(terminal.db()).checkOut(codes.at(0), QStringLiteral("North"))->outcome, DoorScan::Outcome::Refused);
        QVERIFY(!hints.wait(300));
    }

    void cleanupTestCase()
    {
        m_super.reset();
        m_database.terminateSessions();
    }
};

QTEST_GUILESS_MAIN(TestDoor)
#include "tst_door.moc"
