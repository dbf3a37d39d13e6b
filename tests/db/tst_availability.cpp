#include "availability/availabilitylistener.h"
#include "availability/availabilityrepository.h"
#include "booking/bookingrepository.h"
#include "database/connection.h"
#include "events/eventrepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QtTest/QtTest>

using namespace Marquee;

// Live availability: the NOTIFY every change sends, the listener that treats it as a hint and re-reads,
// and a listener that survives its connection being killed.
class TestAvailability : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("availability")};
    QSqlDatabase m_db;

    qint64 createEvent(int capacity)
    {
        EventDraft d;
        d.title = QStringLiteral("Live %1").arg(QUuid::createUuid().toString());
        d.venue = QStringLiteral("Hall");
        d.startsAt = QDateTime::currentDateTimeUtc().addDays(3);
        d.capacity = capacity;
        d.price = Money::fromMinorUnits(1000);
        return EventRepository(m_db).create(d)->id;
    }

    static BookingRequest request(qint64 eventId, int quantity)
    {
        BookingRequest r;
        r.eventId = eventId;
        r.quantity = quantity;
        r.customerName = QStringLiteral("Live buyer");
        r.customerPhone = QStringLiteral("0815556666");
        return r;
    }

    // The newest availability the listener reported for an event, or -1.
    static int lastRemaining(const QSignalSpy &spy, qint64 eventId)
    {
        for (qsizetype i = spy.size() - 1; i >= 0; --i) {
            const auto list = spy.at(i).at(0).value<QList<Availability>>();
            for (const Availability &a : list) {
                if (a.eventId == eventId)
                    return a.remaining;
            }
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        m_db = m_database.open(QStringLiteral("availability"));
    }

    void repository()
    {
        const qint64 a = createEvent(10);
        const qint64 b = createEvent(20);
        QVERIFY(BookingRepository(m_db).book(request(a, 3)).ok());
        AvailabilityRepository availability(m_db);
        auto one = availability.forEvent(a);
        QVERIFY(one.ok());
        QCOMPARE(one->remaining, 7);
        QCOMPARE(one->sold, 3);
        QCOMPARE(availability.forEvents({a, b})->size(), 2);
        QVERIFY(availability.allActive()->size() >= 2);
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.events SET status = 'cancelled' WHERE id = %1").arg(b)));
        for (const Availability &x : availability.allActive().value())
            QVERIFY(x.eventId != b);
        QCOMPARE(availability.forEvent(b)->status, EventStatus::Cancelled);
    }

    // A plain SQL booking (psql, another tool) notifies inside its transaction; a Marquee terminal that
    // announces after commit notifies right after. Either way the payload names the event and its seats.
    void everyPathNotifies()
    {
        const qint64 eventId = createEvent(10);
        QSqlDatabase listener = m_database.open(QStringLiteral("raw-listener"));
        QVERIFY(listener.driver()->subscribeToNotification(QLatin1String(AvailabilityListener::Channel)));
        QSignalSpy spy(listener.driver(), &QSqlDriver::notification);

        QVERIFY(BookingRepository(m_db).book(request(eventId, 2)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 3000);
        const QJsonObject payload = QJsonDocument::fromJson(spy.last().at(2).toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("event_id")).toInteger(), eventId);
        QCOMPARE(payload.value(QStringLiteral("remaining")).toInt(), 8);
        QCOMPARE(payload.value(QStringLiteral("status")).toString(), QStringLiteral("active"));

        // Deferred: nothing inside the booking, the announcement after it.
        ConnectionProfile deferred = m_database.superuserProfile();
        deferred.announceAfterCommit = true;
        QSqlDatabase terminal = m_database.open(QStringLiteral("deferred"), deferred);
        spy.clear();
        auto booked = BookingRepository(terminal).book(request(eventId, 1));
        QVERIFY(booked.ok());
        QTest::qWait(200);
        QVERIFY(spy.isEmpty());
        QVERIFY(AvailabilityRepository(terminal).announce({eventId}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 3000);
        QCOMPARE(QJsonDocument::fromJson(spy.last().at(2).toString().toUtf8()).object().value(QStringLiteral("remaining")).toInt(), 7);

        // Event edits and cancellations notify too.
        spy.clear();
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.events SET capacity = 20 WHERE id = %1").arg(eventId)));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 3000);
        QCOMPARE(QJsonDocument::fromJson(spy.last().at(2).toString().toUtf8()).object().value(QStringLiteral("remaining")).toInt(), 17);
        spy.clear();
        QVERIFY(BookingRepository(m_db).cancel(booked->bookingId).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 3000);
        QCOMPARE(QJsonDocument::fromJson(spy.last().at(2).toString().toUtf8()).object().value(QStringLiteral("remaining")).toInt(), 18);
        listener.close();
    }

    void listenerReReadsAndCoalesces()
    {
        const qint64 eventId = createEvent(50);
        LiveAvailability live(m_database.superuserProfile());
        QSignalSpy spy(&live, &LiveAvailability::availabilityChanged);
        live.start();
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 5000);
        QVERIFY(spy.first().at(1).toBool()); // the first snapshot is complete
        QCOMPARE(lastRemaining(spy, eventId), 50);

        // A burst of bookings arrives as a few re-reads with the final number.
        for (int i = 0; i < 5; ++i)
            QVERIFY(BookingRepository(m_db).book(request(eventId, 2)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(spy, eventId), 40, 3000);
    }

    // Anyone can NOTIFY: a forged payload only makes the listener re-read the truth.
    void forgedNotificationNeverShowsAWrongNumber()
    {
        const qint64 eventId = createEvent(30);
        LiveAvailability live(m_database.superuserProfile());
        QSignalSpy spy(&live, &LiveAvailability::availabilityChanged);
        live.start();
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(spy, eventId), 30, 5000);
        spy.clear();
        QVERIFY(m_database.exec(QStringLiteral(
            "SELECT pg_notify('marquee_availability', '{\"event_id\": %1, \"remaining\": 0, \"status\": \"cancelled\"}')").arg(eventId)));
        QVERIFY(m_database.exec(QStringLiteral("SELECT pg_notify('marquee_availability', 'garbage')")));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 3000);
        QTest::qWait(200);
        QCOMPARE(lastRemaining(spy, eventId), 30);
        for (const auto &emission : spy) {
            for (const Availability &a : emission.at(0).value<QList<Availability>>()) {
                if (a.eventId == eventId)
                    QCOMPARE(a.status, EventStatus::Active);
            }
        }
    }

    // pg_terminate_backend on the listener's connection: it says so, reconnects by itself, subscribes
    // again, re-reads everything (catching up on what it missed) and goes on receiving hints.
    void resumesAfterTheConnectionIsKilled()
    {
        const qint64 eventId = createEvent(40);
        ConnectionProfile profile = m_database.superuserProfile();
        profile.applicationName = QStringLiteral("marquee-live-victim");
        LiveAvailability live(profile);
        live.listener()->setHeartbeatInterval(500);
        QSignalSpy changed(&live, &LiveAvailability::availabilityChanged);
        QSignalSpy lost(&live, &LiveAvailability::connectionLost);
        QSignalSpy restored(&live, &LiveAvailability::connectionRestored);
        live.start();
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(changed, eventId), 40, 5000);

        QVERIFY(m_database.terminateSessions(QStringLiteral("marquee-live-victim")) >= 1);
        // Sold while the listener was away: its notification is lost for good.
        QVERIFY(BookingRepository(m_db).book(request(eventId, 4)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 5000);
        QVERIFY(!lost.first().at(0).toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!restored.isEmpty(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(changed, eventId), 36, 5000);

        // And live again afterwards.
        QVERIFY(BookingRepository(m_db).book(request(eventId, 1)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(changed, eventId), 35, 5000);
    }
};

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
