#include "booking/bookingrepository.h"
#include "database/connection.h"
#include "events/eventrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QThread>
#include <QtTest/QtTest>

#include <atomic>

using namespace Marquee;

// Many terminals race for the last seats: the database sells each seat once, whatever the timing.
// The terminals are kiosk and box-office logins (half each); an admin login makes the event.
class TestBookingRace : public QObject
{
    Q_OBJECT

private slots:
    void lastTwentySeats()
    {
        Test::TestDatabase database(QStringLiteral("booking_race"));
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QSqlDatabase db = database.open(QStringLiteral("setup")); // the superuser, to read the stored rows
        const ConnectionProfile kiosk = database.loginProfile(QStringLiteral("marquee_kiosk"));
        const ConnectionProfile boxOffice = database.loginProfile(QStringLiteral("marquee_box_office"));
        QSqlDatabase admin = database.open(QStringLiteral("admin"), database.loginProfile(QStringLiteral("marquee_admin")));
        QVERIFY(db.isOpen() && admin.isOpen());

        EventDraft draft;
        draft.title = QStringLiteral("On-sale rush");
        draft.venue = QStringLiteral("Arena");
        draft.startsAt = QDateTime::currentDateTimeUtc().addDays(30);
        draft.capacity = 500;
        draft.price = Money::fromMinorUnits(150000);
        auto event = EventRepository(admin).create(draft);
        QVERIFY(event.ok());
        // Setup: 480 sold already (one statement), 20 seats are left.
        QVERIFY(database.exec(QStringLiteral(
            "SELECT marquee.book_tickets(%1, 10, 'Earlier buyer ' || g, '08100000' || lpad(g::text, 2, '0'), gen_random_uuid()) "
            "FROM generate_series(1, 48) g").arg(event->id)));

        constexpr int Terminals = 32;
        std::atomic<int> succeeded{0};
        std::atomic<int> soldOut{0};
        std::atomic<int> other{0};
        std::atomic<int> ready{0};
        std::atomic<bool> go{false};
        QList<QThread *> threads;
        for (int i = 0; i < Terminals; ++i) {
            threads << QThread::create([&, i] {
                const QString name = QStringLiteral("terminal-%1").arg(i);
                {
                    QSqlDatabase terminal = database.open(name, i % 2 ? boxOffice : kiosk);
                    BookingRepository bookings(terminal);
                    BookingRequest request;
                    request.eventId = event->id;
                    request.quantity = 2;
                    request.customerName = QStringLiteral("Racer %1").arg(i);
                    request.customerPhone = QStringLiteral("+6690000%1").arg(i, 4, 10, QLatin1Char('0'));
                    ++ready;
                    while (!go.load())
                        QThread::yieldCurrentThread();
                    auto result = bookings.book(request);
                    if (result)
                        ++succeeded;
                    else if (result.error().code() == ErrorCode::SoldOut)
                        ++soldOut;
                    else
                        ++other;
                }
                Connection::close(name);
            });
        }
        for (QThread *t : threads)
            t->start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.load(), Terminals, 30000);
        go = true;
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }

        QCOMPARE(other.load(), 0);
        QCOMPARE(succeeded.load(), 10);
        QCOMPARE(soldOut.load(), Terminals - 10);

        // Kiosk logins reserve (paid later at the desk), box-office logins sell: together exactly the capacity,
        // and each statistic equals its rows.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT e.tickets_sold + e.tickets_reserved, e.capacity, e.tickets_sold, e.bookings_count, e.revenue::text,"
            "  (SELECT coalesce(sum(quantity), 0) FROM marquee.bookings b WHERE b.event_id = e.id AND b.status = 'confirmed'),"
            "  (SELECT count(*) FROM marquee.bookings b WHERE b.event_id = e.id AND b.status = 'confirmed'),"
            "  (SELECT coalesce(sum(total_amount), 0)::text FROM marquee.bookings b WHERE b.event_id = e.id AND b.status = 'confirmed'),"
            "  (SELECT coalesce(sum(quantity), 0) FROM marquee.bookings b WHERE b.event_id = e.id AND b.status = 'reserved'),"
            "  e.tickets_reserved,"
            "  (SELECT count(*) FROM marquee.bookings b WHERE b.event_id = e.id AND b.status IN ('confirmed', 'reserved')),"
            "  (SELECT count(*) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id WHERE b.event_id = e.id)"
            " FROM marquee.events e WHERE e.id = %1").arg(event->id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 500);            // sold out exactly
        QVERIFY(q.value(0).toInt() <= q.value(1).toInt());
        QCOMPARE(q.value(2).toInt(), q.value(5).toInt());
        QCOMPARE(q.value(3).toInt(), q.value(6).toInt());
        QCOMPARE(q.value(4).toString(), q.value(7).toString());
        QCOMPARE(q.value(8).toInt(), q.value(9).toInt());
        QCOMPARE(q.value(10).toInt(), 58);
        QCOMPARE(q.value(11).toInt(), 500);
    }
};

QTEST_GUILESS_MAIN(TestBookingRace)
#include "tst_bookingrace.moc"
