// Ticket types and the seat contract (issue #14 §1, §3; migrations/0021, 0022), as the real logins with their
// passwords:
//   - every event has a type; book_tickets still sells (the first type); an order of several types totals them,
//     names each ticket's type, and a retry is compared as a set of lines;
//   - a type that is inactive, of another event, of another seat category, or box-office only at a kiosk: MQ021;
//   - a quota is never oversold under a race (MQ025 for the rest), and its counter equals the tickets;
//   - each seat is sold once when many sessions book overlapping seats at once, and the statistics equal the rows;
//   - holds: all or none, another token or login gets MQ016, release frees, a hold whose time is up is free at
//     once, the caps on seconds and on a kiosk's seats (MQ020);
//   - best available: adjacent seats of one row, never across an aisle, leaving no single seat stranded;
//   - blocked seats are never sold and only admins place them; a reservation's seat whose time is up is free;
//   - every change of a seat is announced (marquee_seats) with the seats that changed.

#include "availability/liveavailability.h"
#include "booking/bookingservice.h"
#include "demo/demodata.h"
#include "domain/session.h"
#include "seating/liveseats.h"
#include "seating/seatservice.h"
#include "session/terminalsession.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest/QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestSeats : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("seats")};
    std::unique_ptr<SqlSession> m_super;
    qint64 m_plan = 0;

    ConnectionProfile kiosk(const QString &suffix = QString()) const
    {
        return m_database.loginProfile(QStringLiteral("marquee_kiosk"), suffix);
    }
    ConnectionProfile clerk(const QString &suffix = QString()) const
    {
        return m_database.loginProfile(QStringLiteral("marquee_box_office"), suffix);
    }
    ConnectionProfile admin() const { return m_database.loginProfile(QStringLiteral("marquee_admin")); }

    // A small hall: rows A (Premium) to D (Stalls) of 10 seats 30 apart, an aisle (a gap of 80) after seat 5.
    static QByteArray hallDocument()
    {
        QJsonArray rows;
        for (int r = 0; r < 4; ++r) {
            const QString row = QString(QLatin1Char(char('A' + r)));
            QJsonArray seats;
            for (int n = 1; n <= 10; ++n) {
                seats.append(QJsonObject{{QStringLiteral("seat_guid"), QStringLiteral("%1-%2").arg(row).arg(n)},
                                         {QStringLiteral("seat_number"), QString::number(n)},
                                         {QStringLiteral("category"), r == 0 ? QStringLiteral("Premium") : QStringLiteral("Stalls")},
                                         {QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), (n - 1) * 30 + (n > 5 ? 50 : 0)},
                                                                                   {QStringLiteral("y"), 0}}}});
            }
            rows.append(QJsonObject{{QStringLiteral("row_number"), row}, {QStringLiteral("seats"), seats},
                                    {QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), 0}, {QStringLiteral("y"), r * 40}}}});
        }
        const QJsonObject plan{
            {QStringLiteral("name"), QStringLiteral("Test hall")},
            {QStringLiteral("size"), QJsonObject{{QStringLiteral("width"), 400}, {QStringLiteral("height"), 200}}},
            {QStringLiteral("categories"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium")}},
                                                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Stalls")}}}},
            {QStringLiteral("zones"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Stalls")},
                                                             {QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), 20}, {QStringLiteral("y"), 30}}},
                                                             {QStringLiteral("rows"), rows}}}}};
        return QJsonDocument(plan).toJson(QJsonDocument::Compact);
    }

    qint64 createEvent(bool seated, int capacity = 100, const QString &price = QStringLiteral("250"))
    {
        return m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, max_tickets_per_booking, seating_plan_id) "
            "VALUES ('Seats ' || gen_random_uuid(), 'Main Hall', now() + interval '20 days', %1, %2, 10, %3) RETURNING id")
                                  .arg(capacity).arg(price, seated ? QString::number(m_plan) : QStringLiteral("NULL")))
            .toLongLong();
    }

    qint64 addType(qint64 event, const QString &name, const QString &price, const QString &quota = QStringLiteral("NULL"),
                   const QString &category = QStringLiteral("NULL"), bool boxOfficeOnly = false, int sortOrder = 10)
    {
        return m_super->value(QStringLiteral(
            "INSERT INTO marquee.ticket_types (event_id, name, price, quota, seat_category, box_office_only, sort_order) "
            "VALUES (%1, '%2', %3, %4, %5, %6, %7) RETURNING id")
                                  .arg(event).arg(name, price, quota, category, boxOfficeOnly ? QStringLiteral("true") : QStringLiteral("false"))
                                  .arg(sortOrder)).toLongLong();
    }

    static QString key() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    static QString orderSql(qint64 event, const QString &lines, const QString &phone = QStringLiteral("'0811000001'"),
                            const QString &token = QStringLiteral("NULL"), const QString &idempotencyKey = QString())
    {
        return QStringLiteral("SELECT booking_id, total_amount, remaining, status FROM marquee.book_order(%1, '%2', 'Buyer', %3, '%4', 'cash', %5)")
            .arg(event).arg(lines, phone, idempotencyKey.isEmpty() ? key() : idempotencyKey, token);
    }

    static QString holdSql(qint64 event, const QString &seats, const QString &token, int seconds = 600)
    {
        return QStringLiteral("SELECT marquee.hold_seats(%1, '{%2}', '%3', %4)").arg(event).arg(seats, token).arg(seconds);
    }

    QString stateOfSeat(qint64 event, const QString &guid) const
    {
        return m_super->value(QStringLiteral("SELECT state FROM marquee.seat_map(%1) WHERE seat_guid = '%2'").arg(event).arg(guid))
            .toString();
    }

    int number(const QString &sql) const { return m_super->value(sql).toInt(); }

    // Folded or pending, the statistics equal the rows: the listing at once, the event's row after a fold.
    void verifyStatisticsMatchRows(qint64 event) const
    {
        const QString rows = QStringLiteral(
            "coalesce((SELECT sum(quantity) FROM marquee.bookings WHERE event_id = %1 AND status = 'confirmed'), 0)").arg(event);
        QCOMPARE(number(QStringLiteral("SELECT sold FROM marquee.event_listing WHERE id = %1").arg(event)),
                 number(QStringLiteral("SELECT ") + rows));
        QVERIFY(m_super->value(QStringLiteral("SELECT marquee.fold_event_tallies()")).isValid());
        const QString sql = QStringLiteral(
            "SELECT e.tickets_sold = %2 "
            "   AND e.revenue = coalesce((SELECT sum(total_amount) FROM marquee.bookings WHERE event_id = e.id AND status = 'confirmed'), 0) "
            "   AND e.bookings_count = (SELECT count(*) FROM marquee.bookings WHERE event_id = e.id AND status = 'confirmed') "
            "   AND e.tickets_reserved = coalesce((SELECT sum(quantity) FROM marquee.bookings WHERE event_id = e.id AND status = 'reserved'), 0) "
            "   AND e.tickets_sold + e.tickets_reserved = (SELECT count(*) FROM marquee.event_seats s WHERE s.event_id = e.id AND s.state = 'booked') "
            "FROM marquee.events e WHERE e.id = %1").arg(event).arg(rows);
        QVERIFY2(m_super->value(sql).toBool(),
                 qPrintable(m_super->value(QStringLiteral("SELECT tickets_sold || ' sold, ' || tickets_reserved || ' reserved, ' || revenue "
                                                          "FROM marquee.events WHERE id = %1").arg(event)).toString()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QVERIFY(m_database.liftBookingLimits());
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        QVERIFY(m_super->isOpen());
        SqlSession terminal(admin(), QStringLiteral("admin"));
        QSqlQuery q(terminal.db());
        q.prepare(QStringLiteral("SELECT marquee.create_seating_plan('Test hall', :doc::jsonb)"));
        q.bindValue(QStringLiteral(":doc"), QString::fromUtf8(hallDocument()));
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        m_plan = q.value(0).toLongLong();
    }

    void everyEventHasATypeAndBookTicketsSellsIt()
    {
        const qint64 event = createEvent(false, 20, QStringLiteral("250"));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.ticket_types WHERE event_id = %1").arg(event)), 1);
        QCOMPARE(m_super->value(QStringLiteral("SELECT price FROM marquee.ticket_types WHERE event_id = %1").arg(event)).toString(),
                 QStringLiteral("250.00"));
        // The event's price is its first type's.
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.events SET price = 300 WHERE id = %1").arg(event)));
        SqlSession desk(clerk(), QStringLiteral("clerk"));
        QSqlQuery q(desk.db());
        QVERIFY2(q.exec(QStringLiteral("SELECT total_amount, remaining FROM marquee.book_tickets(%1, 2, 'Ann', '0811000001', '%2', 'cash')")
                            .arg(event).arg(key())), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 600.0);
        QCOMPARE(q.value(1).toInt(), 18);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
                                       "JOIN marquee.ticket_types tt ON tt.id = t.ticket_type_id "
                                       "WHERE b.event_id = %1 AND tt.event_id = %1 AND t.price = 300").arg(event)), 2);
        // The last active type stays.
        SqlSession office(admin(), QStringLiteral("admin"));
        QCOMPARE(office.stateOf(QStringLiteral("UPDATE marquee.ticket_types SET active = false WHERE event_id = %1").arg(event)),
                 QStringLiteral("23514"));
        // A kiosk reads types, never writes them.
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT name, price FROM marquee.ticket_types WHERE event_id = %1").arg(event)), QString());
        QCOMPARE(terminal.stateOf(QStringLiteral("UPDATE marquee.ticket_types SET price = 0 WHERE event_id = %1").arg(event)),
                 QStringLiteral("42501"));
    }

    void anOrderOfSeveralTypes()
    {
        const qint64 event = createEvent(false, 20, QStringLiteral("250"));
        const qint64 adult = number(QStringLiteral("SELECT id FROM marquee.ticket_types WHERE event_id = %1").arg(event));
        const qint64 child = addType(event, QStringLiteral("Child"), QStringLiteral("100.50"));
        SqlSession desk(clerk(), QStringLiteral("clerk"));
        const QString idempotency = key();
        const QString lines = QStringLiteral("[{\"ticket_type\": %1, \"quantity\": 2}, {\"ticket_type\": %2, \"quantity\": 1}]").arg(adult).arg(child);
        QSqlQuery q(desk.db());
        q.setNumericalPrecisionPolicy(QSql::HighPrecision);
        QVERIFY2(q.exec(orderSql(event, lines, QStringLiteral("'0811000002'"), QStringLiteral("NULL"), idempotency)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        const qint64 booking = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toString(), QStringLiteral("600.50"));
        QCOMPARE(q.value(2).toInt(), 17);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.tickets WHERE booking_id = %1 AND ticket_type_id = %2").arg(booking).arg(child)), 1);
        // The same lines in another order and split differently are the same request.
        const QString same = QStringLiteral("[{\"ticket_type\": %2, \"quantity\": 1}, {\"ticket_type\": %1, \"quantity\": 1}, "
                                            "{\"ticket_type\": %1, \"quantity\": 1}]").arg(adult).arg(child);
        QVERIFY2(q.exec(orderSql(event, same, QStringLiteral("'0811000002'"), QStringLiteral("NULL"), idempotency)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), booking);
        // Other lines with the same key are another request.
        const QString other = QStringLiteral("[{\"ticket_type\": %1, \"quantity\": 3}]").arg(adult);
        QCOMPARE(desk.stateOf(orderSql(event, other, QStringLiteral("'0811000002'"), QStringLiteral("NULL"), idempotency)),
                 QStringLiteral("MQ012"));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(event)), 1);
        // Not an order: one sentence, nothing stored.
        QCOMPARE(desk.stateOf(orderSql(event, QStringLiteral("[]"))), QStringLiteral("MQ003"));
        QCOMPARE(desk.stateOf(orderSql(event, QStringLiteral("[{\"ticket_type\": %1, \"quantity\": 0}]").arg(adult))), QStringLiteral("MQ003"));
        QCOMPARE(desk.stateOf(orderSql(event, QStringLiteral("[{\"ticket_type\": %1, \"quantity\": 11}]").arg(adult))), QStringLiteral("MQ003"));
        QCOMPARE(desk.stateOf(orderSql(event, QStringLiteral("[{\"seat\": \"A-1\"}]"))), QStringLiteral("MQ016"));
    }

    void aTypeThatIsNotAvailableHere()
    {
        const qint64 event = createEvent(false, 20);
        const qint64 otherEvent = createEvent(false, 20);
        const qint64 otherType = number(QStringLiteral("SELECT id FROM marquee.ticket_types WHERE event_id = %1").arg(otherEvent));
        const qint64 concession = addType(event, QStringLiteral("Concession"), QStringLiteral("120"), QStringLiteral("NULL"),
                                          QStringLiteral("NULL"), true);
        const qint64 retired = addType(event, QStringLiteral("Early bird"), QStringLiteral("90"));
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.ticket_types SET active = false WHERE id = %1").arg(retired)));
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        SqlSession desk(clerk(), QStringLiteral("clerk"));
        const auto line = [](qint64 type) { return QStringLiteral("[{\"ticket_type\": %1, \"quantity\": 1}]").arg(type); };
        QCOMPARE(terminal.stateOf(orderSql(event, line(concession))), QStringLiteral("MQ021"));
        QCOMPARE(desk.stateOf(orderSql(event, line(concession))), QString());
        QCOMPARE(desk.stateOf(orderSql(event, line(retired))), QStringLiteral("MQ021"));
        QCOMPARE(desk.stateOf(orderSql(event, line(otherType))), QStringLiteral("MQ021"));
        QCOMPARE(desk.stateOf(orderSql(event, line(987654))), QStringLiteral("MQ021"));
        // Seats: a type of another category.
        const qint64 seated = createEvent(true);
        const qint64 premium = addType(seated, QStringLiteral("Premium"), QStringLiteral("400"), QStringLiteral("NULL"),
                                       QStringLiteral("'Premium'"), false, 1);
        QCOMPARE(desk.stateOf(orderSql(seated, QStringLiteral("[{\"seat\": \"B-1\", \"ticket_type\": %1}]").arg(premium))),
                 QStringLiteral("MQ021"));
        // Left out, a seat's type is its category's first.
        QSqlQuery q(desk.db());
        QVERIFY2(q.exec(orderSql(seated, QStringLiteral("[{\"seat\": \"A-1\"}, {\"seat\": \"B-1\"}]"))), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toDouble(), 650.0);
    }

    void aQuotaIsNeverOversoldUnderARace()
    {
        const qint64 event = createEvent(false, 200);
        const qint64 student = addType(event, QStringLiteral("Student"), QStringLiteral("80"), QStringLiteral("10"));
        constexpr int Sessions = 8;
        std::vector<ConnectionProfile> profiles;
        for (int i = 0; i < Sessions; ++i)
            profiles.push_back(clerk(QString::number(i)));
        std::atomic<int> sold{0}, refused{0}, other{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < Sessions; ++i) {
            threads.emplace_back([&, i] {
                SqlSession desk(profiles[size_t(i)], QStringLiteral("race%1").arg(i));
                for (int n = 0; n < 3; ++n) {
                    const QString state = desk.stateOf(orderSql(event, QStringLiteral("[{\"ticket_type\": %1, \"quantity\": 1}]").arg(student),
                                                                QStringLiteral("'08120%1%2'").arg(i).arg(n, 4, 10, QLatin1Char('0'))));
                    if (state.isEmpty())
                        ++sold;
                    else if (state == QStringLiteral("MQ025"))
                        ++refused;
                    else
                        ++other;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(sold.load(), 10);
        QCOMPARE(refused.load(), Sessions * 3 - 10);
        QCOMPARE(number(QStringLiteral("SELECT taken FROM marquee.ticket_types WHERE id = %1").arg(student)), 10);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.tickets WHERE ticket_type_id = %1 AND status <> 'cancelled'").arg(student)), 10);
        // A cancelled ticket gives its place back.
        SqlSession desk(clerk(), QStringLiteral("clerk"));
        const qint64 booking = number(QStringLiteral("SELECT min(booking_id) FROM marquee.tickets WHERE ticket_type_id = %1").arg(student));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.cancel_booking(%1)").arg(booking)), QString());
        QCOMPARE(number(QStringLiteral("SELECT taken FROM marquee.ticket_types WHERE id = %1").arg(student)), 9);
        QCOMPARE(desk.stateOf(orderSql(event, QStringLiteral("[{\"ticket_type\": %1, \"quantity\": 1}]").arg(student))), QString());
        // A quota below what is taken is refused.
        SqlSession office(admin(), QStringLiteral("admin"));
        QCOMPARE(office.stateOf(QStringLiteral("UPDATE marquee.ticket_types SET quota = 5 WHERE id = %1").arg(student)), QStringLiteral("23514"));
    }

    void eachSeatIsSoldOnceUnderARace()
    {
        const qint64 event = createEvent(true);
        QCOMPARE(number(QStringLiteral("SELECT capacity FROM marquee.events WHERE id = %1").arg(event)), 40);
        constexpr int Sessions = 8;
        std::vector<ConnectionProfile> profiles;
        for (int i = 0; i < Sessions; ++i)
            profiles.push_back(clerk(QString::number(i)));
        std::atomic<int> sold{0}, refused{0}, other{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < Sessions; ++i) {
            threads.emplace_back([&, i] {
                SqlSession desk(profiles[size_t(i)], QStringLiteral("seatrace%1").arg(i));
                // Overlapping pairs along rows B and C: every seat is wanted by two or more sessions.
                for (int n = 0; n < 10; ++n) {
                    const QString row = (n + i) % 2 ? QStringLiteral("B") : QStringLiteral("C");
                    const int first = 1 + (n + i) % 9;
                    const QString lines = QStringLiteral("[{\"seat\": \"%1-%2\"}, {\"seat\": \"%1-%3\"}]").arg(row).arg(first).arg(first + 1);
                    const QString state = desk.stateOf(orderSql(event, lines, QStringLiteral("NULL")));
                    if (state.isEmpty())
                        ++sold;
                    else if (state == QStringLiteral("MQ016"))
                        ++refused;
                    else
                        ++other;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(other.load(), 0);
        QVERIFY(sold.load() > 0);
        QVERIFY(refused.load() > 0);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM (SELECT t.seat_id FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
                                       "WHERE b.event_id = %1 AND t.status <> 'cancelled' GROUP BY t.seat_id HAVING count(*) > 1) x").arg(event)), 0);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.seat_map(%1) WHERE state = 'sold'").arg(event)), sold.load() * 2);
        verifyStatisticsMatchRows(event);
        // Cancelling frees the seats; the statistics still equal the rows.
        SqlSession desk(clerk(), QStringLiteral("clerk"));
        const qint64 booking = number(QStringLiteral("SELECT min(id) FROM marquee.bookings WHERE event_id = %1").arg(event));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.cancel_booking(%1)").arg(booking)), QString());
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.seat_map(%1) WHERE state = 'sold'").arg(event)), sold.load() * 2 - 2);
        verifyStatisticsMatchRows(event);
    }

    void holdsAreAllOrNoneAndTheirTokensOwn()
    {
        const qint64 event = createEvent(true);
        SqlSession first(kiosk(QStringLiteral("1")), QStringLiteral("kiosk1"));
        SqlSession second(kiosk(QStringLiteral("2")), QStringLiteral("kiosk2"));
        const QString mine = key();
        const QString theirs = key();
        QCOMPARE(first.stateOf(holdSql(event, QStringLiteral("B-1,B-2"), mine)), QString());
        QCOMPARE(stateOfSeat(event, QStringLiteral("B-1")), QStringLiteral("held"));
        // All or none: B-3 is free but B-2 is not.
        QCOMPARE(second.stateOf(holdSql(event, QStringLiteral("B-2,B-3"), theirs)), QStringLiteral("MQ016"));
        QCOMPARE(stateOfSeat(event, QStringLiteral("B-3")), QStringLiteral("free"));
        // Another login using my token.
        QCOMPARE(second.stateOf(holdSql(event, QStringLiteral("B-3"), mine)), QStringLiteral("MQ016"));
        QCOMPARE(second.stateOf(QStringLiteral("SELECT marquee.release_hold('%1')").arg(mine)), QStringLiteral("MQ016"));
        QCOMPARE(second.stateOf(QStringLiteral("SELECT marquee.extend_hold('%1', 60)").arg(mine)), QStringLiteral("MQ016"));
        QCOMPARE(second.stateOf(orderSql(event, QStringLiteral("[{\"seat\": \"B-1\"}]"), QStringLiteral("'0811000003'"),
                                         QStringLiteral("'%1'").arg(mine))), QStringLiteral("MQ016"));
        // Not a seat of the plan, or a seat twice.
        QCOMPARE(first.stateOf(holdSql(event, QStringLiteral("Z-9"), mine)), QStringLiteral("MQ016"));
        QCOMPARE(first.stateOf(holdSql(event, QStringLiteral("B-4,B-4"), mine)), QStringLiteral("MQ003"));
        // Holding again with its own token extends it; the kiosk's seconds are capped.
        QSqlQuery q(first.db());
        QVERIFY(q.exec(holdSql(event, QStringLiteral("B-1"), mine, 5000)) && q.next());
        const QDateTime until = q.value(0).toDateTime();
        QVERIFY(until <= QDateTime::currentDateTimeUtc().addSecs(901));
        QVERIFY(until >= QDateTime::currentDateTimeUtc().addSecs(890));
        QVERIFY(q.exec(QStringLiteral("SELECT marquee.extend_hold('%1', 100000)").arg(mine)) && q.next());
        QVERIFY(q.value(0).toDateTime() <= QDateTime::currentDateTimeUtc().addSecs(901));
        // A token lives 30 minutes: its holds end then, whatever is asked.
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.seat_holds SET created_at = now() - interval '29 minutes', "
                                               "life_ends = now() + interval '1 minute' WHERE hold_token = '%1'").arg(mine)));
        QVERIFY(q.exec(holdSql(event, QStringLiteral("B-3"), mine, 600)) && q.next());
        QVERIFY(q.value(0).toDateTime() <= QDateTime::currentDateTimeUtc().addSecs(61));
        QVERIFY(q.exec(QStringLiteral("SELECT marquee.extend_hold('%1', 600)").arg(mine)) && q.next());
        QVERIFY(q.value(0).toDateTime() <= QDateTime::currentDateTimeUtc().addSecs(61));
        // Releasing frees them at once.
        QCOMPARE(first.stateOf(QStringLiteral("SELECT marquee.release_hold('%1')").arg(mine)), QString());
        QCOMPARE(stateOfSeat(event, QStringLiteral("B-1")), QStringLiteral("free"));
        QCOMPARE(second.stateOf(holdSql(event, QStringLiteral("B-1,B-2"), theirs)), QString());
        // The holder books its held seats; nobody else may.
        QCOMPARE(first.stateOf(orderSql(event, QStringLiteral("[{\"seat\": \"B-1\"}]"))), QStringLiteral("MQ016"));
        QSqlQuery r(second.db());
        QVERIFY2(r.exec(orderSql(event, QStringLiteral("[{\"seat\": \"B-1\"}, {\"seat\": \"B-2\"}]"), QStringLiteral("'0811000004'"),
                                 QStringLiteral("'%1'").arg(theirs))), qPrintable(r.lastError().text()));
        QVERIFY(r.next());
        QCOMPARE(r.value(3).toString(), QStringLiteral("reserved"));
        QCOMPARE(stateOfSeat(event, QStringLiteral("B-1")), QStringLiteral("sold"));
        verifyStatisticsMatchRows(event);
    }

    void aHoldWhoseTimeIsUpIsFreeAtOnce()
    {
        const qint64 event = createEvent(true);
        SqlSession first(kiosk(QStringLiteral("1")), QStringLiteral("kiosk1"));
        SqlSession desk(clerk(), QStringLiteral("clerk"));
        QCOMPARE(first.stateOf(holdSql(event, QStringLiteral("C-5"), key(), 1)), QString());
        QCOMPARE(stateOfSeat(event, QStringLiteral("C-5")), QStringLiteral("held"));
        QTest::qWait(1200);
        // Nothing swept it: it reads free, and the desk sells it.
        QCOMPARE(stateOfSeat(event, QStringLiteral("C-5")), QStringLiteral("free"));
        QCOMPARE(desk.stateOf(orderSql(event, QStringLiteral("[{\"seat\": \"C-5\"}]"))), QString());
        QCOMPARE(stateOfSeat(event, QStringLiteral("C-5")), QStringLiteral("sold"));
    }

    void aReservationWhoseTimeIsUpFreesItsSeat()
    {
        const qint64 event = createEvent(true);
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '1' WHERE key = 'reservation_seconds'")));
        SqlSession terminal(kiosk(QStringLiteral("1")), QStringLiteral("kiosk1"));
        SqlSession desk(clerk(), QStringLiteral("clerk"));
        QSqlQuery q(terminal.db());
        const bool booked = q.exec(QStringLiteral("SELECT reference FROM marquee.book_order(%1, '[{\"seat\": \"D-3\"}]', 'Kay', '0811000005', '%2')")
                                       .arg(event).arg(key())) && q.next();
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '1200' WHERE key = 'reservation_seconds'")));
        QVERIFY2(booked, qPrintable(q.lastError().text()));
        const QString reference = q.value(0).toString();
        QCOMPARE(stateOfSeat(event, QStringLiteral("D-3")), QStringLiteral("sold"));
        QTest::qWait(1200);
        QCOMPARE(stateOfSeat(event, QStringLiteral("D-3")), QStringLiteral("free"));
        QCOMPARE(desk.stateOf(orderSql(event, QStringLiteral("[{\"seat\": \"D-3\"}]"))), QString());
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.pay_reservation('%1', 'cash')").arg(reference)), QStringLiteral("MQ023"));
        QVERIFY(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.housekeeping()")).isValid());
        verifyStatisticsMatchRows(event);
    }

    void aKioskHoldsNoMoreThanItsCap()
    {
        const qint64 event = createEvent(true);
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '0' WHERE key = 'kiosk_reservation_cap_percent'")));
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '3' WHERE key = 'kiosk_reservation_cap_minimum'")));
        SqlSession terminal(kiosk(QStringLiteral("cap")), QStringLiteral("kiosk"));
        const QString held = terminal.stateOf(holdSql(event, QStringLiteral("C-1,C-2"), key()));
        const QString reserved = terminal.stateOf(QStringLiteral("SELECT * FROM marquee.book_order(%1, '[{\"seat\": \"C-9\"}]', 'Kay', '0811000006', '%2')")
                                                      .arg(event).arg(key()));
        const QString beyond = terminal.stateOf(holdSql(event, QStringLiteral("D-1"), key()));
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '5' WHERE key = 'kiosk_reservation_cap_percent'")));
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '10' WHERE key = 'kiosk_reservation_cap_minimum'")));
        QCOMPARE(held, QString());
        QCOMPARE(reserved, QString());
        QCOMPARE(beyond, QStringLiteral("MQ020"));
    }

    void bestAvailableIsAdjacentAndStrandsNoSingleSeat()
    {
        const qint64 event = createEvent(true);
        SqlSession office(admin(), QStringLiteral("admin"));
        // Only row B is left for sale: A, C and D are a house hold; B-2 is sold.
        QStringList others;
        for (const QString &row : {QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")})
            for (int n = 1; n <= 10; ++n)
                others << QStringLiteral("%1-%2").arg(row).arg(n);
        QCOMPARE(office.stateOf(QStringLiteral("SELECT marquee.set_house_holds(%1, '{%2}', true)").arg(event).arg(others.join(QLatin1Char(',')))),
                 QString());
        QCOMPARE(number(QStringLiteral("SELECT capacity FROM marquee.events WHERE id = %1").arg(event)), 10);
        SqlSession desk(clerk(), QStringLiteral("clerk"));
        QCOMPARE(desk.stateOf(orderSql(event, QStringLiteral("[{\"seat\": \"B-2\"}]"))), QString());
        // Two seats: 3+4 or 4+5 would strand a single seat, and so would 7+8 and 8+9; 6+7 is next to the aisle and
        // nearest the middle of what is left.
        QSqlQuery q(desk.db());
        const QString token = key();
        QVERIFY2(q.exec(QStringLiteral("SELECT array_to_string(marquee.hold_best_available(%1, 'Stalls', 2, '%2'), ',')").arg(event).arg(token)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("B-6,B-7"));
        // Six adjacent seats do not exist: the aisle splits the row 5 + 5.
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT marquee.hold_best_available(%1, 'Stalls', 6, '%2')").arg(event).arg(key())),
                 QStringLiteral("MQ001"));
        // Three: 3-5 fills its side exactly.
        QVERIFY(q.exec(QStringLiteral("SELECT array_to_string(marquee.hold_best_available(%1, NULL, 3, '%2'), ',')").arg(event).arg(key())));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("B-3,B-4,B-5"));
        // Blocked seats are never sold, and only admins block.
        QCOMPARE(desk.stateOf(orderSql(event, QStringLiteral("[{\"seat\": \"A-1\"}]"))), QStringLiteral("MQ016"));
        QCOMPARE(office.stateOf(orderSql(event, QStringLiteral("[{\"seat\": \"A-1\"}]"))), QStringLiteral("MQ016"));
        QCOMPARE(desk.stateOf(holdSql(event, QStringLiteral("A-1"), key())), QStringLiteral("MQ016"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT marquee.set_house_holds(%1, '{B-9}', true)").arg(event)), QStringLiteral("42501"));
        QCOMPARE(stateOfSeat(event, QStringLiteral("A-1")), QStringLiteral("blocked"));
        // A seated event's capacity is its seats'.
        QCOMPARE(office.stateOf(QStringLiteral("UPDATE marquee.events SET capacity = 500 WHERE id = %1").arg(event)), QStringLiteral("23514"));
    }

    // A terminal that knows only quantities still sells a seated event: the best adjacent seats, named on the
    // tickets; a retry with the same key answers the same booking and seats.
    void bookTicketsSellsTheBestSeatsOfASeatedEvent()
    {
        const qint64 event = createEvent(true);
        SqlSession desk(clerk(), QStringLiteral("clerk"));
        const QString idempotency = key();
        const QString sql = QStringLiteral("SELECT booking_id, remaining FROM marquee.book_tickets(%1, 3, 'Ann', '0811000011', '%2', 'cash')")
                                .arg(event).arg(idempotency);
        QSqlQuery q(desk.db());
        QVERIFY2(q.exec(sql) && q.next(), qPrintable(q.lastError().text()));
        const qint64 booking = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toInt(), 37);
        const QString seats = m_super->value(QStringLiteral(
            "SELECT string_agg(s.seat_guid, ',' ORDER BY s.row_position) FROM marquee.tickets t "
            "JOIN marquee.seating_seats s ON s.id = t.seat_id WHERE t.booking_id = %1").arg(booking)).toString();
        QCOMPARE(seats, QStringLiteral("A-3,A-4,A-5"));
        QVERIFY2(q.exec(sql) && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toLongLong(), booking);
        QCOMPARE(q.value(1).toInt(), 37);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.seat_map(%1) WHERE state = 'sold'").arg(event)), 3);
        // More adjacent seats than any row has left: not enough seats.
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 6, 'Ann', '0811000011', '%2', 'cash')").arg(event).arg(key())),
                 QStringLiteral("MQ001"));
        verifyStatisticsMatchRows(event);
    }

    void everySeatChangeIsAnnounced()
    {
        const qint64 event = createEvent(true);
        SqlSession listener(kiosk(QStringLiteral("listen")), QStringLiteral("listener"));
        QVERIFY(listener.db().driver()->subscribeToNotification(QStringLiteral("marquee_seats")));
        QSignalSpy spy(listener.db().driver(),
                       QOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>::of(&QSqlDriver::notification));
        // psql, or any session that does not promise to announce after its commit: the hint names the seats.
        SqlSession desk(clerk(), QStringLiteral("clerk"));
        QCOMPARE(desk.stateOf(QStringLiteral("SET marquee.notify_after_commit = off")), QString());
        QCOMPARE(desk.stateOf(holdSql(event, QStringLiteral("D-9,D-10"), key())), QString());
        QVERIFY(spy.wait(3000));
        const QJsonObject hint = QJsonDocument::fromJson(spy.last().at(2).toString().toUtf8()).object();
        QCOMPARE(hint.value(QStringLiteral("event_id")).toInteger(), event);
        QCOMPARE(hint.value(QStringLiteral("seats")).toArray().size(), 2);
        // A terminal announces after its commit: a hint for the event, and it re-reads the seats.
        spy.clear();
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT marquee.announce_availability(ARRAY[%1]::bigint[])").arg(event)), QString());
        QVERIFY(spy.wait(3000));
        QCOMPARE(QJsonDocument::fromJson(spy.last().at(2).toString().toUtf8()).object().value(QStringLiteral("event_id")).toInteger(), event);
    }

    // Two terminals through their services: what the kiosk holds and books, the desk's live seats show, without
    // anything but the hints asking for it.
    void aSeatSoldElsewhereTurnsSoldLive()
    {
        const qint64 event = createEvent(true);
        SessionInfo deskInfo;
        deskInfo.login = QStringLiteral("desk");
        deskInfo.group = StaffGroup::BoxOffice;
        SessionInfo kioskInfo;
        kioskInfo.login = QStringLiteral("kiosk");
        kioskInfo.group = StaffGroup::Kiosk;
        TerminalSession desk(clerk(), deskInfo);
        TerminalSession terminal(kiosk(QStringLiteral("live")), kioskInfo);
        desk.start();
        terminal.start();
        QTRY_VERIFY_WITH_TIMEOUT(desk.live()->isConnected() && terminal.live()->isConnected(), 10000);
        LiveSeats seats(desk.seats(), desk.live());
        QSignalSpy loaded(&seats, &LiveSeats::loaded);
        seats.follow(event);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        QCOMPARE(seats.seats().size(), 40);
        QCOMPARE(seats.states()->state(QStringLiteral("C-4")), SeatState::Free);

        const QUuid token = QUuid::createUuid();
        auto held = terminal.seats().hold(event, {QStringLiteral("C-4"), QStringLiteral("C-5")}, token, 300).wait(10000);
        QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().detail()));
        QTRY_COMPARE_WITH_TIMEOUT(seats.states()->state(QStringLiteral("C-4")), SeatState::Held, 10000);

        auto types = terminal.bookings().ticketTypes(event).wait(10000);
        QVERIFY(types.ok());
        QCOMPARE(types.value().size(), 1);
        OrderRequest order;
        order.eventId = event;
        order.lines = {OrderLine{0, 0, QStringLiteral("C-4")}, OrderLine{types.value().first().id, 0, QStringLiteral("C-5")}};
        order.customerName = QStringLiteral("Kay");
        order.customerPhone = QStringLiteral("0811000009");
        order.holdToken = token;
        auto booked = terminal.bookings().order(order).wait(10000);
        QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().detail()));
        QCOMPARE(booked.value().ticketCodes.size(), 2);
        QVERIFY(booked.value().isReservation());
        QTRY_COMPARE_WITH_TIMEOUT(seats.states()->state(QStringLiteral("C-5")), SeatState::Sold, 10000);
        QCOMPARE(seats.states()->state(QStringLiteral("C-4")), SeatState::Sold);
        // The desk cannot take them; its error is a sentence.
        OrderRequest again = order;
        again.idempotencyKey = QUuid::createUuid();
        again.holdToken = QUuid();
        auto refused = desk.bookings().order(again).wait(10000);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::SeatNotAvailable);
        QVERIFY(!refused.error().message().isEmpty());
        // The desk's sale of a seat reads back what each ticket is: its type, price and seat.
        OrderRequest sale;
        sale.eventId = event;
        sale.lines = {OrderLine{0, 0, QStringLiteral("D-6")}};
        sale.customerName = QStringLiteral("Walk-in");
        auto sold = desk.bookings().sellOrder(sale).wait(10000);
        QVERIFY2(sold.ok(), qPrintable(sold.ok() ? QString() : sold.error().detail()));
        QVERIFY(sold.value().stored);
        const Ticket ticket = sold.value().stored->tickets.value(0);
        QCOMPARE(ticket.typeName, QStringLiteral("Standard"));
        QCOMPARE(ticket.price, Money::fromMinorUnits(25000));
        QCOMPARE(ticket.zone, QStringLiteral("Stalls"));
        QCOMPARE(ticket.row, QStringLiteral("D"));
        QCOMPARE(ticket.seat, QStringLiteral("6"));
        // Best available at the desk, then released when the sale is abandoned.
        const QUuid deskToken = QUuid::createUuid();
        auto best = desk.seats().holdBestAvailable(event, QStringLiteral("Stalls"), 3, deskToken, 300).wait(10000);
        QVERIFY(best.ok());
        QCOMPARE(best.value().size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(seats.states()->state(best.value().first()), SeatState::Held, 10000);
        QVERIFY(desk.seats().releaseHold(event, deskToken).wait(10000).ok());
        QTRY_COMPARE_WITH_TIMEOUT(seats.states()->state(best.value().first()), SeatState::Free, 10000);
    }

    // The demo season's seated hall: three evenings with seats sold, a house hold, wheelchair spaces, types per
    // category; family events with child and concession types.
    void theDemoSeasonHasASeatedHall()
    {
        auto loaded = DemoData(m_super->db()).load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().detail()));
        const qint64 hamlet = number(QStringLiteral("SELECT id FROM marquee.events WHERE title = 'Hamlet (Grand Theatre)'"));
        QVERIFY(hamlet > 0);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.seat_map(%1)").arg(hamlet)), 458);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.seat_map(%1) WHERE state = 'blocked'").arg(hamlet)), 4);
        QCOMPARE(number(QStringLiteral("SELECT capacity FROM marquee.events WHERE id = %1").arg(hamlet)), 454);
        QVERIFY(number(QStringLiteral("SELECT count(*) FROM marquee.seat_map(%1) WHERE state = 'sold'").arg(hamlet)) > 100);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.seating_seats s JOIN marquee.events e ON e.seating_plan_id = s.plan_id "
                                       "WHERE e.id = %1 AND s.wheelchair").arg(hamlet)), 4);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.ticket_types WHERE event_id = %1").arg(hamlet)), 5);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.ticket_types t JOIN marquee.events e ON e.id = t.event_id "
                                       "WHERE e.title = 'Magic for Everyone'")), 3);
        verifyStatisticsMatchRows(hamlet);
    }

    void everyGroupReadsTheSeatMap()
    {
        const qint64 event = createEvent(true);
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        QSqlQuery q(terminal.db());
        QVERIFY2(q.exec(QStringLiteral("SELECT seat_guid, zone, row_label, seat_number, category, x, y, state FROM marquee.seat_map(%1)").arg(event)),
                 qPrintable(q.lastError().text()));
        int seats = 0;
        while (q.next()) {
            if (seats == 0) {
                QCOMPARE(q.value(0).toString(), QStringLiteral("A-1"));
                QCOMPARE(q.value(1).toString(), QStringLiteral("Stalls"));
                QCOMPARE(q.value(2).toString(), QStringLiteral("A"));
                QCOMPARE(q.value(4).toString(), QStringLiteral("Premium"));
                QCOMPARE(q.value(5).toInt(), 20);
                QCOMPARE(q.value(6).toInt(), 30);
            }
            ++seats;
        }
        QCOMPARE(seats, 40);
        // The tables behind it are not a kiosk's.
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.event_seats")), QStringLiteral("42501"));
        QCOMPARE(terminal.stateOf(QStringLiteral("UPDATE marquee.event_seats SET state = 'free'")), QStringLiteral("42501"));
    }
};

QTEST_MAIN(TestSeats)
#include "tst_seats.moc"
