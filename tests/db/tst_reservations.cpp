// A kiosk booking is a reservation, not a paid sale (issue #11, point 1), walk-ins and late-comers at the desk
// (point 5), and a retry after a lost answer (point 4) — all as the real logins with their passwords:
//   - a kiosk's booking holds its seats, is 'reserved' with an expiry, its tickets are refused at the door
//     (MQ018), and neither tickets_sold, revenue nor bookings_count count it; the desk's booking is a sale;
//   - only the box office and admins take payment (pay_reservation; a kiosk gets 42501), at the reserved price,
//     exactly once, also when the answer was lost and the call is repeated;
//   - an expired reservation stops counting at its expiry instant, before anything sweeps it, at every read and
//     for every sale, and housekeeping releases it and announces the event; paying races expiring cleanly;
//   - a kiosk login holds at most max(10, 5 % of capacity) seats of an event, whatever phones it gives, exactly
//     under two racing sessions (MQ020);
//   - the box office sells without a phone and after the start within the late window; kiosks do neither.
// The reservation time is lowered per test through the setting (seconds), never by waiting 20 minutes.

#include "booking/bookingrepository.h"
#include "database/connection.h"
#include "events/eventrepository.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QtTest/QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestReservations : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("reservations")};
    std::unique_ptr<SqlSession> m_super;

    ConnectionProfile kiosk(const QString &suffix = QString()) const
    {
        return m_database.loginProfile(QStringLiteral("marquee_kiosk"), suffix);
    }
    ConnectionProfile clerk(const QString &suffix = QString()) const
    {
        return m_database.loginProfile(QStringLiteral("marquee_box_office"), suffix);
    }
    ConnectionProfile admin() const { return m_database.loginProfile(QStringLiteral("marquee_admin")); }

    qint64 createEvent(int capacity = 100, const QString &startsIn = QStringLiteral("20 days"), const QString &price = QStringLiteral("250"))
    {
        return m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, max_tickets_per_booking) "
            "VALUES ('Reservations ' || gen_random_uuid(), 'Main Hall', now() + interval '%2', %1, %3, 50) RETURNING id")
                                  .arg(capacity).arg(startsIn, price)).toLongLong();
    }

    static QString bookSql(qint64 eventId, int quantity, const QString &phone, const QString &key = QString(),
                           const QString &method = QStringLiteral("card"), const QString &name = QStringLiteral("Buyer"))
    {
        return QStringLiteral("SELECT booking_id, reference, status, expires_at, remaining, array_to_string(ticket_codes, ',') "
                              "FROM marquee.book_tickets(%1, %2, '%6', %3, '%4', '%5')")
            .arg(eventId).arg(quantity)
            .arg(phone.isNull() ? QStringLiteral("NULL") : QLatin1Char('\'') + phone + QLatin1Char('\''),
                 key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key, method, name);
    }

    bool setSetting(const QString &key, const QString &value) const
    {
        return m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '%2' WHERE key = '%1'").arg(key, value));
    }

    int number(const QString &sql) const { return m_super->value(sql).toInt(); }

    // The statistics the database keeps equal the rows, whatever happened.
    void verifyCountsMatchRows(qint64 eventId) const
    {
        const QString sql = QStringLiteral(
            "SELECT e.tickets_sold = coalesce((SELECT sum(quantity) FROM marquee.bookings WHERE event_id = e.id AND status = 'confirmed'), 0) "
            "   AND e.revenue = coalesce((SELECT sum(total_amount) FROM marquee.bookings WHERE event_id = e.id AND status = 'confirmed'), 0) "
            "   AND e.bookings_count = (SELECT count(*) FROM marquee.bookings WHERE event_id = e.id AND status = 'confirmed') "
            "   AND e.tickets_reserved = coalesce((SELECT sum(quantity) FROM marquee.bookings WHERE event_id = e.id AND status = 'reserved'), 0) "
            "   AND e.tickets_sold + e.tickets_reserved <= e.capacity "
            "FROM marquee.events e WHERE e.id = %1").arg(eventId);
        QVERIFY2(m_super->value(sql).toBool(), qPrintable(m_super->value(QStringLiteral(
            "SELECT tickets_sold || ' sold, ' || tickets_reserved || ' reserved, ' || revenue FROM marquee.events WHERE id = %1")
                                                                                .arg(eventId)).toString()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QVERIFY(m_database.liftBookingLimits());
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        QVERIFY(m_super->isOpen());
    }

    void init()
    {
        QVERIFY(setSetting(QStringLiteral("reservation_seconds"), QStringLiteral("1200")));
        QVERIFY(setSetting(QStringLiteral("late_sale_minutes"), QStringLiteral("30")));
    }

    void aKioskBookingIsAReservationAndTheDesksASale()
    {
        const qint64 event = createEvent(20);
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        QSqlQuery q(terminal.db());
        QVERIFY2(q.exec(bookSql(event, 3, QStringLiteral("0811000001"))), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(2).toString(), QStringLiteral("reserved"));
        const QDateTime expires = q.value(3).toDateTime();
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(1190));
        QVERIFY(expires < QDateTime::currentDateTimeUtc().addSecs(1210));
        QCOMPARE(q.value(4).toInt(), 17);
        const QStringList codes = q.value(5).toString().split(QLatin1Char(','));
        QCOMPARE(codes.size(), 3);

        // Seats held, apart from sold ones; not revenue, not a booking counted.
        QCOMPARE(number(QStringLiteral("SELECT tickets_sold FROM marquee.events WHERE id = %1").arg(event)), 0);
        QCOMPARE(number(QStringLiteral("SELECT bookings_count FROM marquee.events WHERE id = %1").arg(event)), 0);
        QCOMPARE(m_super->value(QStringLiteral("SELECT revenue FROM marquee.events WHERE id = %1").arg(event)).toString(),
                 QStringLiteral("0.00"));
        QSqlQuery listing(terminal.db());
        QVERIFY(listing.exec(QStringLiteral("SELECT remaining, sold, reserved FROM marquee.event_listing WHERE id = %1").arg(event)));
        QVERIFY(listing.next());
        QCOMPARE(listing.value(0).toInt(), 17);
        QCOMPARE(listing.value(1).toInt(), 0);
        QCOMPARE(listing.value(2).toInt(), 3);
        QSqlQuery availability(terminal.db());
        QVERIFY(availability.exec(QStringLiteral("SELECT sold, remaining, reserved FROM marquee.event_availability(ARRAY[%1]::bigint[])").arg(event)));
        QVERIFY(availability.next());
        QCOMPARE(availability.value(0).toInt(), 0);
        QCOMPARE(availability.value(1).toInt(), 17);
        QCOMPARE(availability.value(2).toInt(), 3);

        // The door refuses an unpaid reservation's ticket.
        m_super->value(QStringLiteral("UPDATE marquee.events SET starts_at = now() + interval '1 hour' WHERE id = %1").arg(event));
        SqlSession desk(clerk(), QStringLiteral("desk"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.check_in_ticket('%1')").arg(codes.first())), QStringLiteral("MQ018"));
        auto refused = BookingRepository(desk.db()).checkIn(codes.first());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::ReservationUnpaid);
        QVERIFY(!refused.error().message().contains(QLatin1String("MQ018")));

        // The desk's own booking is a sale, counted at once.
        QSqlQuery sale(desk.db());
        QVERIFY(sale.exec(bookSql(event, 2, QStringLiteral("0811000002"), QString(), QStringLiteral("cash"))));
        QVERIFY(sale.next());
        QCOMPARE(sale.value(2).toString(), QStringLiteral("confirmed"));
        QVERIFY(sale.value(3).isNull());
        QCOMPARE(sale.value(4).toInt(), 15);
        QCOMPARE(number(QStringLiteral("SELECT tickets_sold FROM marquee.events WHERE id = %1").arg(event)), 2);

        // The desk's look-up finds the reservation by one of its codes and says what it is.
        auto found = BookingRepository(desk.db()).byTicketCode(codes.at(1));
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().detail()));
        QCOMPARE(found->status, BookingStatus::Reserved);
        QVERIFY(found->isReservation());
        QVERIFY(!found->isPaid());
        QCOMPARE(found->expiresAt.toUTC(), expires.toUTC());
        QCOMPARE(found->totalAmount, Money::fromMinorUnits(75000));
        verifyCountsMatchRows(event);
    }

    void theRepositorySaysItIsAReservation()
    {
        const qint64 event = createEvent(20);
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        BookingRequest request;
        request.eventId = event;
        request.quantity = 2;
        request.customerName = QStringLiteral("Malee");
        request.customerPhone = QStringLiteral("081-100-0003");
        request.paymentMethod = PaymentMethod::Card;
        auto booked = BookingRepository(terminal.db()).book(request);
        QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().detail()));
        QVERIFY(booked->isReservation());
        QVERIFY(booked->expiresAt.isValid());
        // A retry after a lost answer (same key) is the same reservation, not a second one.
        auto again = BookingRepository(terminal.db()).book(request);
        QVERIFY(again.ok());
        QCOMPARE(again->bookingId, booked->bookingId);
        QCOMPARE(again->status, BookingStatus::Reserved);
        QCOMPARE(again->ticketCodes, booked->ticketCodes);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(event)), 1);
        // Find my booking shows it as a reservation, with its expiry.
        auto mine = BookingRepository(terminal.db()).findMyBooking(request.customerPhone, booked->reference);
        QVERIFY(mine.ok());
        QCOMPARE(mine->status, BookingStatus::Reserved);
        QCOMPARE(mine->expiresAt.toUTC(), booked->expiresAt.toUTC());
        QCOMPARE(mine->eventStatus, EventStatus::Active);
    }

    void onlyTheDeskTakesPaymentAtTheReservedPrice()
    {
        const qint64 event = createEvent(20, QStringLiteral("20 days"), QStringLiteral("300"));
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        QSqlQuery q(terminal.db());
        QVERIFY(q.exec(bookSql(event, 2, QStringLiteral("0811000010"))));
        QVERIFY(q.next());
        const QString reference = q.value(1).toString();
        const QString codes = q.value(5).toString();

        // A kiosk login cannot pay, whatever it tries.
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.pay_reservation('%1', 'card')").arg(reference)),
                 QStringLiteral("42501"));
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.place_booking(%1, 1, 'x', '0811000011', gen_random_uuid(), 'card', false)")
                                      .arg(event)), QStringLiteral("42501"));
        QCOMPARE(terminal.stateOf(QStringLiteral("UPDATE marquee.bookings SET status = 'confirmed'")), QStringLiteral("42501"));
        auto refused = BookingRepository(terminal.db()).payReservation(reference, PaymentMethod::Card);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1 AND status = 'reserved'").arg(event)), 1);

        // The price changes after the reservation: the customer pays what was reserved.
        m_super->value(QStringLiteral("UPDATE marquee.events SET price = 999 WHERE id = %1").arg(event));
        SqlSession desk(clerk(), QStringLiteral("desk"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.pay_reservation('%1', 'complimentary')").arg(reference)),
                 QStringLiteral("MQ003"));
        auto paid = BookingRepository(desk.db()).payReservation(reference.toLower(), PaymentMethod::Cash);
        QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().detail()));
        QCOMPARE(paid->amount, Money::fromMinorUnits(60000));
        QCOMPARE(paid->method, PaymentMethod::Cash);
        QCOMPARE(paid->remaining, 18);
        QCOMPARE(number(QStringLiteral("SELECT tickets_sold FROM marquee.events WHERE id = %1").arg(event)), 2);
        QCOMPARE(number(QStringLiteral("SELECT tickets_reserved FROM marquee.events WHERE id = %1").arg(event)), 0);
        QCOMPARE(m_super->value(QStringLiteral("SELECT revenue FROM marquee.events WHERE id = %1").arg(event)).toString(),
                 QStringLiteral("600.00"));

        // The same payment asked again (its answer was lost) is the same payment: nothing counted twice.
        auto retried = BookingRepository(desk.db()).payReservation(reference, PaymentMethod::Cash);
        QVERIFY(retried.ok());
        QCOMPARE(retried->paidAt.toUTC(), paid->paidAt.toUTC());
        QCOMPARE(m_super->value(QStringLiteral("SELECT revenue FROM marquee.events WHERE id = %1").arg(event)).toString(),
                 QStringLiteral("600.00"));
        // Another method, or another desk: it was paid already.
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.pay_reservation('%1', 'card')").arg(reference)), QStringLiteral("MQ023"));
        SqlSession otherDesk(clerk(QStringLiteral("other")), QStringLiteral("other"));
        auto twice = BookingRepository(otherDesk.db()).payReservation(reference, PaymentMethod::Cash);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code(), ErrorCode::ReservationNotPayable);
        // A sale is not a reservation to pay; an unknown reference is not found.
        QSqlQuery sale(desk.db());
        QVERIFY(sale.exec(bookSql(event, 1, QStringLiteral("0811000012"), QString(), QStringLiteral("cash"))));
        QVERIFY(sale.next());
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.pay_reservation('%1', 'cash')").arg(sale.value(1).toString())),
                 QStringLiteral("MQ023"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.pay_reservation('ABCDEFGH', 'cash')")), QStringLiteral("MQ005"));

        // Paid, its tickets are valid at the door.
        m_super->value(QStringLiteral("UPDATE marquee.events SET starts_at = now() + interval '1 hour' WHERE id = %1").arg(event));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.check_in_ticket('%1')").arg(codes.section(QLatin1Char(','), 0, 0))),
                 QString());
        // An admin may take payment too.
        QSqlQuery second(terminal.db());
        QVERIFY(second.exec(bookSql(event, 1, QStringLiteral("0811000013"))));
        QVERIFY(second.next());
        SqlSession manager(admin(), QStringLiteral("admin"));
        QVERIFY(BookingRepository(manager.db()).payReservation(second.value(1).toString(), PaymentMethod::Card).ok());
        verifyCountsMatchRows(event);
    }

    void anExpiredReservationStopsCountingAtOnce()
    {
        QVERIFY(setSetting(QStringLiteral("reservation_seconds"), QStringLiteral("1")));
        const qint64 event = createEvent(10);
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        QSqlQuery q(terminal.db());
        QVERIFY(q.exec(bookSql(event, 10, QStringLiteral("0811000020"))));
        QVERIFY(q.next());
        const QString reference = q.value(1).toString();
        const QDateTime expires = q.value(3).toDateTime();
        QCOMPARE(q.value(4).toInt(), 0);
        // Sold out while it lives: a sale is refused.
        SqlSession desk(clerk(), QStringLiteral("desk"));
        QCOMPARE(desk.stateOf(bookSql(event, 1, QStringLiteral("0811000021"), QString(), QStringLiteral("cash"))), QStringLiteral("MQ001"));

        // Nothing sweeps: housekeeping is not called (no terminal runs here), the row still says 'reserved'.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expires.toUTC().addMSecs(50), 3000);
        QCOMPARE(m_super->value(QStringLiteral("SELECT status FROM marquee.bookings WHERE reference = '%1'").arg(reference)).toString(),
                 QStringLiteral("reserved"));
        QCOMPARE(number(QStringLiteral("SELECT tickets_reserved FROM marquee.events WHERE id = %1").arg(event)), 10);
        // Every read already counts it gone, for every group.
        QSqlQuery listing(terminal.db());
        QVERIFY2(listing.exec(QStringLiteral("SELECT remaining, reserved FROM marquee.event_listing WHERE id = %1").arg(event)),
                 qPrintable(listing.lastError().text()));
        QVERIFY(listing.next());
        QCOMPARE(listing.value(0).toInt(), 10);
        QCOMPARE(listing.value(1).toInt(), 0);
        QSqlQuery availability(terminal.db());
        QVERIFY(availability.exec(QStringLiteral("SELECT remaining FROM marquee.event_availability(ARRAY[%1]::bigint[])").arg(event)));
        QVERIFY(availability.next());
        QCOMPARE(availability.value(0).toInt(), 10);
        auto looked = BookingRepository(desk.db()).byReference(reference);
        QVERIFY(looked.ok());
        QCOMPARE(looked->status, BookingStatus::Expired);
        QVERIFY(looked->isVoid());
        SqlSession manager(admin(), QStringLiteral("admin"));
        auto managed = EventRepository(manager.db()).get(event);
        QVERIFY(managed.ok());
        QCOMPARE(managed->remaining(), 10);
        QCOMPARE(managed->ticketsReserved, 0);

        // Its seats can be sold at once: the sale releases it first.
        QSqlQuery sale(desk.db());
        QVERIFY2(sale.exec(bookSql(event, 10, QStringLiteral("0811000021"), QString(), QStringLiteral("cash"))),
                 qPrintable(sale.lastError().text()));
        QVERIFY(sale.next());
        QCOMPARE(sale.value(4).toInt(), 0);
        QCOMPARE(m_super->value(QStringLiteral("SELECT status FROM marquee.bookings WHERE reference = '%1'").arg(reference)).toString(),
                 QStringLiteral("expired"));
        QCOMPARE(m_super->value(QStringLiteral("SELECT string_agg(DISTINCT t.status, ',') FROM marquee.tickets t JOIN marquee.bookings b "
                                               "ON b.id = t.booking_id WHERE b.reference = '%1'").arg(reference)).toString(),
                 QStringLiteral("cancelled"));
        // Too late to pay for it.
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.pay_reservation('%1', 'cash')").arg(reference)), QStringLiteral("MQ023"));
        verifyCountsMatchRows(event);
    }

    void housekeepingReleasesAndAnnounces()
    {
        QVERIFY(setSetting(QStringLiteral("reservation_seconds"), QStringLiteral("1")));
        const qint64 event = createEvent(10);
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        QVERIFY(terminal.stateOf(bookSql(event, 4, QStringLiteral("0811000030"))).isEmpty());
        QVERIFY(setSetting(QStringLiteral("reservation_seconds"), QStringLiteral("1200")));
        QVERIFY(terminal.stateOf(bookSql(event, 2, QStringLiteral("0811000031"))).isEmpty());

        // Another terminal listens, as every terminal does.
        SqlSession listener(clerk(QStringLiteral("listener")), QStringLiteral("listener"));
        QVERIFY(listener.db().driver()->subscribeToNotification(QStringLiteral("marquee_availability")));
        QSignalSpy hints(listener.db().driver(), &QSqlDriver::notification);
        QTest::qWait(1200);
        // Any terminal's heartbeat, here the kiosk's: housekeeping releases the expired one, never the live one.
        QVERIFY(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.housekeeping()")).isEmpty());
        QCOMPARE(number(QStringLiteral("SELECT tickets_reserved FROM marquee.events WHERE id = %1").arg(event)), 2);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1 AND status = 'expired'").arg(event)), 1);
        QVERIFY(!m_super->value(QStringLiteral("SELECT next_expiry FROM marquee.events WHERE id = %1").arg(event)).isNull());
        bool announced = false;
        QTRY_VERIFY_WITH_TIMEOUT((announced = std::any_of(hints.cbegin(), hints.cend(), [event](const QList<QVariant> &hint) {
                                      return hint.value(2).toString().contains(QStringLiteral("\"event_id\" : %1").arg(event))
                                          && hint.value(2).toString().contains(QLatin1String("\"remaining\" : 8"));
                                  })), 3000);
        QVERIFY(announced);
        verifyCountsMatchRows(event);
    }

    void payingRacesExpiringCleanly()
    {
        // Many rounds of: a reservation of the last seats expires while the desk pays it and another desk sells
        // them. Either the payment or the sale wins, never both; the counts always equal the rows.
        const ConnectionProfile kioskProfile = kiosk();
        const ConnectionProfile payer = clerk(QStringLiteral("payer"));
        const ConnectionProfile seller = clerk(QStringLiteral("seller"));
        SqlSession terminal(kioskProfile, QStringLiteral("kiosk"));
        int paidWins = 0;
        int saleWins = 0;
        for (int round = 0; round < 12; ++round) {
            QVERIFY(setSetting(QStringLiteral("reservation_seconds"), QStringLiteral("1")));
            const qint64 event = createEvent(4);
            QSqlQuery q(terminal.db());
            QVERIFY(q.exec(bookSql(event, 4, QStringLiteral("08110001%1").arg(round, 2, 10, QLatin1Char('0')))));
            QVERIFY(q.next());
            const QString reference = q.value(1).toString();
            const QDateTime expires = q.value(3).toDateTime();
            std::atomic<bool> go{false};
            QString payState;
            QString saleState;
            std::thread pay([&] {
                SqlSession session(payer, QStringLiteral("payer"));
                while (!go.load()) {
                }
                payState = session.stateOf(QStringLiteral("SELECT * FROM marquee.pay_reservation('%1', 'cash')").arg(reference));
            });
            std::thread sell([&] {
                SqlSession session(seller, QStringLiteral("seller"));
                while (!go.load()) {
                }
                saleState = session.stateOf(bookSql(event, 4, QStringLiteral("0811000200"), QString(), QStringLiteral("cash")));
            });
            // Start both within a few milliseconds of the expiry instant, alternately just before and just after.
            const qint64 aim = expires.toMSecsSinceEpoch() + (round % 2 == 0 ? -3 : 3);
            while (QDateTime::currentMSecsSinceEpoch() < aim) {
            }
            go = true;
            pay.join();
            sell.join();
            QVERIFY2((payState.isEmpty() || payState == QLatin1String("MQ023"))
                         && (saleState.isEmpty() || saleState == QLatin1String("MQ001")),
                     qPrintable(payState + QLatin1Char('/') + saleState));
            // Never both. (Neither is possible too: a sale a moment before the expiry finds no seat, a payment a
            // moment after finds the reservation expired.)
            QVERIFY2(!(payState.isEmpty() && saleState.isEmpty()), qPrintable(payState + QLatin1Char('/') + saleState));
            if (payState.isEmpty())
                ++paidWins;
            if (saleState.isEmpty())
                ++saleWins;
            verifyCountsMatchRows(event);
            QVERIFY(number(QStringLiteral("SELECT tickets_sold FROM marquee.events WHERE id = %1").arg(event)) <= 4);
        }
        qInfo("payment won %d rounds, the sale after expiry %d", paidWins, saleWins);
    }

    void aKioskLoginHoldsAtMostItsCap()
    {
        // Capacity 100: max(10, 5 %) = 10 seats per kiosk login and event, whatever the phones.
        const qint64 event = createEvent(100);
        SqlSession terminal(kiosk(QStringLiteral("capped")), QStringLiteral("capped"));
        QVERIFY(terminal.stateOf(bookSql(event, 4, QStringLiteral("0811000301"))).isEmpty());
        QVERIFY(terminal.stateOf(bookSql(event, 4, QStringLiteral("0811000302"))).isEmpty());
        QCOMPARE(terminal.stateOf(bookSql(event, 3, QStringLiteral("0811000303"))), QStringLiteral("MQ020"));
        QVERIFY(terminal.stateOf(bookSql(event, 2, QStringLiteral("0811000303"))).isEmpty());
        BookingRequest over;
        over.eventId = event;
        over.quantity = 1;
        over.customerName = QStringLiteral("Over");
        over.customerPhone = QStringLiteral("0811000304");
        auto refused = BookingRepository(terminal.db()).book(over);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::ReservationCapExceeded);
        // Another kiosk login has its own; a paid reservation no longer counts against the kiosk.
        SqlSession other(kiosk(QStringLiteral("other")), QStringLiteral("other"));
        QVERIFY(other.stateOf(bookSql(event, 10, QStringLiteral("0811000305"))).isEmpty());
        const QString reference = m_super->value(QStringLiteral(
            "SELECT reference FROM marquee.bookings WHERE event_id = %1 AND customer_name = 'Buyer' AND quantity = 4 ORDER BY id LIMIT 1")
                                                     .arg(event)).toString();
        SqlSession desk(clerk(), QStringLiteral("desk"));
        QVERIFY(BookingRepository(desk.db()).payReservation(reference, PaymentMethod::Card).ok());
        QVERIFY(terminal.stateOf(bookSql(event, 4, QStringLiteral("0811000306"))).isEmpty());
        // A bigger event: 5 % of 400 is 20. Admins change the numbers (tst_venueclock); the cap follows them.
        const qint64 big = createEvent(400);
        QVERIFY(terminal.stateOf(bookSql(big, 20, QStringLiteral("0811000307"))).isEmpty());
        QCOMPARE(terminal.stateOf(bookSql(big, 1, QStringLiteral("0811000308"))), QStringLiteral("MQ020"));
        QVERIFY(setSetting(QStringLiteral("kiosk_reservation_cap_percent"), QStringLiteral("10")));
        QVERIFY(terminal.stateOf(bookSql(big, 1, QStringLiteral("0811000308"))).isEmpty());
        QVERIFY(setSetting(QStringLiteral("kiosk_reservation_cap_percent"), QStringLiteral("5")));
        verifyCountsMatchRows(event);
    }

    void theCapIsExactUnderTwoSessionsOfOneLogin()
    {
        const qint64 event = createEvent(100);
        const ConnectionProfile shared = kiosk(QStringLiteral("racing"));
        std::atomic<bool> go{false};
        std::atomic<int> held{0};
        std::atomic<int> refused{0};
        std::atomic<int> other{0};
        std::vector<std::thread> sessions;
        for (int s = 0; s < 2; ++s) {
            sessions.emplace_back([&, s] {
                SqlSession session(shared, QStringLiteral("racer"));
                while (!go.load()) {
                }
                for (int i = 0; i < 8; ++i) {
                    const QString state = session.stateOf(bookSql(event, 1, QStringLiteral("0812%1%2").arg(s).arg(i, 5, 10, QLatin1Char('0'))));
                    if (state.isEmpty())
                        ++held;
                    else if (state == QLatin1String("MQ020"))
                        ++refused;
                    else
                        ++other;
                }
            });
        }
        go = true;
        for (std::thread &t : sessions)
            t.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(held.load(), 10);
        QCOMPARE(refused.load(), 6);
        QCOMPARE(number(QStringLiteral("SELECT sum(quantity) FROM marquee.bookings WHERE event_id = %1 AND status = 'reserved'").arg(event)), 10);
        verifyCountsMatchRows(event);
    }

    void theDeskSellsToAWalkIn()
    {
        const qint64 event = createEvent(20);
        SqlSession desk(clerk(), QStringLiteral("desk"));
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery q(desk.db());
        QVERIFY2(q.exec(bookSql(event, 2, QString(), key, QStringLiteral("cash"), QStringLiteral("Walk-in"))), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        const qint64 booking = q.value(0).toLongLong();
        QCOMPARE(q.value(2).toString(), QStringLiteral("confirmed"));
        QVERIFY(m_super->value(QStringLiteral("SELECT user_id FROM marquee.bookings WHERE id = %1").arg(booking)).isNull());
        QCOMPARE(m_super->value(QStringLiteral("SELECT customer_name FROM marquee.bookings WHERE id = %1").arg(booking)).toString(),
                 QStringLiteral("Walk-in"));
        // A retry treats the missing phone as equal, written as NULL, '' or blanks.
        QSqlQuery retry(desk.db());
        QVERIFY2(retry.exec(bookSql(event, 2, QStringLiteral("  "), key, QStringLiteral("cash"), QStringLiteral("Walk-in"))),
                 qPrintable(retry.lastError().text()));
        QVERIFY(retry.next());
        QCOMPARE(retry.value(0).toLongLong(), booking);
        QCOMPARE(desk.stateOf(bookSql(event, 2, QStringLiteral("0811000401"), key, QStringLiteral("cash"), QStringLiteral("Walk-in"))),
                 QStringLiteral("MQ012"));
        // Through the repository: an empty phone, and the look-up shows it without a phone.
        BookingRequest walkIn;
        walkIn.eventId = event;
        walkIn.quantity = 1;
        walkIn.customerName = QStringLiteral("Mr Somsak");
        auto sold = BookingRepository(desk.db()).book(walkIn);
        QVERIFY2(sold.ok(), qPrintable(sold.ok() ? QString() : sold.error().detail()));
        auto stored = BookingRepository(desk.db()).get(sold->bookingId);
        QVERIFY(stored.ok());
        QVERIFY(stored->isWalkIn());
        QCOMPARE(stored->customerName, QStringLiteral("Mr Somsak"));
        // A walk-in still needs a name.
        QCOMPARE(desk.stateOf(bookSql(event, 1, QString(), QString(), QStringLiteral("cash"), QStringLiteral(" "))), QStringLiteral("MQ004"));

        // A kiosk cannot: no phone, no valid phone, no booking.
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        QCOMPARE(terminal.stateOf(bookSql(event, 1, QString())), QStringLiteral("MQ004"));
        QCOMPARE(terminal.stateOf(bookSql(event, 1, QStringLiteral(""))), QStringLiteral("MQ004"));
        QCOMPARE(terminal.stateOf(bookSql(event, 1, QStringLiteral("12"))), QStringLiteral("MQ004"));
        walkIn.idempotencyKey = QUuid::createUuid();
        auto kioskWalkIn = BookingRepository(terminal.db()).book(walkIn);
        QVERIFY(!kioskWalkIn.ok());
        QCOMPARE(kioskWalkIn.error().code(), ErrorCode::InvalidCustomer);
        verifyCountsMatchRows(event);
    }

    void lateComersAtTheDeskOnly()
    {
        const qint64 event = createEvent(20);
        m_super->value(QStringLiteral("UPDATE marquee.events SET starts_at = now() - interval '10 minutes' WHERE id = %1").arg(event));
        SqlSession desk(clerk(), QStringLiteral("desk"));
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        // Ten minutes after the start: the desk still sells (30 minutes by default), the kiosk has stopped.
        QVERIFY(desk.stateOf(bookSql(event, 1, QStringLiteral("0811000501"), QString(), QStringLiteral("cash"))).isEmpty());
        QCOMPARE(terminal.stateOf(bookSql(event, 1, QStringLiteral("0811000502"))), QStringLiteral("MQ002"));
        // The admin's setting moves the desk's end.
        QVERIFY(setSetting(QStringLiteral("late_sale_minutes"), QStringLiteral("5")));
        QCOMPARE(desk.stateOf(bookSql(event, 1, QStringLiteral("0811000503"), QString(), QStringLiteral("cash"))), QStringLiteral("MQ002"));
        // A reservation made just before the start is held no longer than the desk may sell.
        const qint64 soon = createEvent(20, QStringLiteral("2 minutes"));
        QSqlQuery q(terminal.db());
        QVERIFY(q.exec(bookSql(soon, 1, QStringLiteral("0811000504"))));
        QVERIFY(q.next());
        QVERIFY(q.value(3).toDateTime() <= QDateTime::currentDateTimeUtc().addSecs(7 * 60 + 5));
        verifyCountsMatchRows(event);
    }

    // The design's claim (migrations/0011): a desk sale costs the same whether or not the event holds many live
    // reservations, because nothing is scanned while the expiry bound lies ahead. Measured, not asserted tightly:
    // this machine is shared, so only a gross regression (a scan per sale) fails it.
    void aSaleCostsTheSameBesideManyReservations()
    {
        QVERIFY(setSetting(QStringLiteral("reservation_seconds"), QStringLiteral("3600")));
        const qint64 plain = createEvent(5000);
        const qint64 busy = createEvent(5000);
        // 2,000 live reservations on the busy event, made by the owner in one statement.
        QVERIFY(m_super->stateOf(QStringLiteral(
            "SELECT count(*) FROM generate_series(1, 2000) g, "
            "LATERAL marquee.place_booking(%1, 1, 'Held', '08130' || lpad(g::text, 5, '0'), gen_random_uuid(), 'card', true) p")
                                     .arg(busy)).isEmpty());
        QCOMPARE(number(QStringLiteral("SELECT tickets_reserved FROM marquee.events WHERE id = %1").arg(busy)), 2000);
        SqlSession desk(clerk(QStringLiteral("bench")), QStringLiteral("bench"));
        BookingRepository bookings(desk.db());
        auto timeSales = [&](qint64 event) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 300; ++i) {
                BookingRequest request;
                request.eventId = event;
                request.quantity = 1;
                request.customerName = QStringLiteral("Walk-in");
                if (!bookings.book(request).ok())
                    return qint64(-1);
            }
            return timer.nsecsElapsed() / 300 / 1000;
        };
        (void)timeSales(plain); // warm up the prepared statement and caches
        const qint64 plainMicros = timeSales(plain);
        const qint64 busyMicros = timeSales(busy);
        QVERIFY(plainMicros > 0 && busyMicros > 0);
        qInfo("one desk sale: %lld us on an event without reservations, %lld us beside 2,000 live ones", plainMicros, busyMicros);
        QVERIFY2(busyMicros < plainMicros * 3 + 2000, "a sale beside many reservations must not scan them");
        verifyCountsMatchRows(busy);
    }
};

QTEST_GUILESS_MAIN(TestReservations)
#include "tst_reservations.moc"
