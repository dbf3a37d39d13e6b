#include "availability/availabilitylistener.h"
#include "availability/liveavailability.h"
#include "availability/availabilityrepository.h"
#include "booking/bookingrepository.h"
#include "database/connection.h"
#include "events/eventrepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest/QtTest>

using namespace Marquee;

// Live availability: the NOTIFY every change sends, the listener that treats it as a hint and re-reads,
// and a listener that survives its connection being killed. Listeners and bookings are kiosk logins,
// events are made and edited by an admin login, cancellations by a box-office login: what each
// needs (LISTEN, event_availability, announce_availability) must be granted to that group.
class TestAvailability : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("availability")};
    QSqlDatabase m_kiosk;
    QSqlDatabase m_clerk;
    QSqlDatabase m_admin;

    ConnectionProfile kioskProfile() const { return m_database.loginProfile(QStringLiteral("marquee_kiosk")); }

    qint64 createEvent(int capacity)
    {
        EventDraft d;
        d.title = QStringLiteral("Live %1").arg(QUuid::createUuid().toString());
        d.venue = QStringLiteral("Hall");
        d.startsAt = QDateTime::currentDateTimeUtc().addDays(3);
        d.capacity = capacity;
        d.price = Money::fromMinorUnits(1000);
        auto created = EventRepository(m_admin).create(d);
        if (!created)
            qWarning("create failed: %s", qPrintable(created.error().detail()));
        return created ? created->id : 0;
    }

    // How many times the listener re-read availability after hints (not counting (re)connect snapshots).
    static int reReads(const QSignalSpy &spy)
    {
        int n = 0;
        for (const auto &emission : spy)
            n += emission.at(1).toBool() ? 0 : 1;
        return n;
    }

    static EventStatus lastStatus(const QSignalSpy &spy, qint64 eventId)
    {
        for (qsizetype i = spy.size() - 1; i >= 0; --i) {
            for (const Availability &a : spy.at(i).at(0).value<QList<Availability>>()) {
                if (a.eventId == eventId)
                    return a.status;
            }
        }
        return EventStatus::Completed;
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
        // Bursts of kiosk bookings; the caps on hoarding are tst_limits' business.
        QVERIFY(m_database.liftBookingLimits());
        m_kiosk = m_database.open(QStringLiteral("kiosk"), kioskProfile());
        m_clerk = m_database.open(QStringLiteral("box-office"), m_database.loginProfile(QStringLiteral("marquee_box_office")));
        m_admin = m_database.open(QStringLiteral("admin"), m_database.loginProfile(QStringLiteral("marquee_admin")));
        QVERIFY(m_kiosk.isOpen() && m_clerk.isOpen() && m_admin.isOpen());
    }

    void cleanupTestCase()
    {
        m_kiosk = m_clerk = m_admin = QSqlDatabase();
        for (const char *name : {"kiosk", "box-office", "admin"})
            Connection::close(QLatin1String(name));
    }

    void repository()
    {
        const qint64 a = createEvent(10);
        const qint64 b = createEvent(20);
        QVERIFY(BookingRepository(m_clerk).book(request(a, 3)).ok());
        AvailabilityRepository availability(m_kiosk);
        auto one = availability.forEvent(a);
        QVERIFY(one.ok());
        QCOMPARE(one->remaining, 7);
        QCOMPARE(one->sold, 3);
        QCOMPARE(availability.forEvents({a, b})->size(), 2);
        QVERIFY(availability.allActive()->size() >= 2);
        QVERIFY(EventRepository(m_admin).cancel(b).ok());
        for (const Availability &x : availability.allActive().value())
            QVERIFY(x.eventId != b);
        QCOMPARE(availability.forEvent(b)->status, EventStatus::Cancelled);
    }

    // A plain SQL booking (psql, another tool) notifies inside its transaction; a Marquee terminal that
    // announces after commit notifies right after. Either way the payload names the event and its seats.
    void everyPathNotifies()
    {
        const qint64 eventId = createEvent(10);
        QSqlDatabase listener = m_database.open(QStringLiteral("raw-listener"), kioskProfile());
        QVERIFY(listener.driver()->subscribeToNotification(QLatin1String(AvailabilityListener::Channel)));
        QSignalSpy spy(listener.driver(), &QSqlDriver::notification);

        QVERIFY(BookingRepository(m_clerk).book(request(eventId, 2)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 3000);
        const QJsonObject payload = QJsonDocument::fromJson(spy.last().at(2).toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("event_id")).toInteger(), eventId);
        QCOMPARE(payload.value(QStringLiteral("remaining")).toInt(), 8);
        QCOMPARE(payload.value(QStringLiteral("status")).toString(), QStringLiteral("active"));

        // Deferred: nothing inside the booking, the announcement after it.
        ConnectionProfile deferred = kioskProfile();
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
        EventPatch bigger;
        bigger.capacity = 20;
        QVERIFY(EventRepository(m_admin).patch(eventId, bigger).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 3000);
        QCOMPARE(QJsonDocument::fromJson(spy.last().at(2).toString().toUtf8()).object().value(QStringLiteral("remaining")).toInt(), 17);
        spy.clear();
        QVERIFY(BookingRepository(m_clerk).cancel(booked->bookingId).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 3000);
        QCOMPARE(QJsonDocument::fromJson(spy.last().at(2).toString().toUtf8()).object().value(QStringLiteral("remaining")).toInt(), 18);
        listener = terminal = QSqlDatabase();
        Connection::close(QStringLiteral("raw-listener"));
        Connection::close(QStringLiteral("deferred"));
    }

    // A burst of hints is one re-read, not one per hint. Eight bookings of two events commit together
    // (one statement from a kiosk login, as psql could send it), so their eight notifications
    // (each with its own payload, so none is folded away by the server) arrive at once.
    void listenerReReadsAndCoalesces()
    {
        const qint64 eventId = createEvent(50);
        const qint64 other = createEvent(20);
        LiveAvailability live(kioskProfile());
        QSignalSpy spy(&live, &LiveAvailability::availabilityChanged);
        live.start();
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 5000);
        QVERIFY(spy.first().at(1).toBool()); // the first snapshot is complete
        QCOMPARE(lastRemaining(spy, eventId), 50);
        QCOMPARE(lastRemaining(spy, other), 20);
        QTest::qWait(100);
        spy.clear();

        // Who else hears the burst: a plain LISTEN, to count the hints the listener was sent.
        QSqlDatabase hints = m_database.open(QStringLiteral("hint-counter"), kioskProfile());
        QVERIFY(hints.driver()->subscribeToNotification(QLatin1String(AvailabilityListener::Channel)));
        QSignalSpy sent(hints.driver(), &QSqlDriver::notification);

        QSqlQuery burst(m_kiosk);
        QVERIFY2(burst.exec(QStringLiteral(
                     "SELECT count(*) FROM (VALUES (%1), (%1), (%1), (%1), (%1), (%2), (%2), (%2)) AS v(event_id), "
                     "LATERAL marquee.book_tickets(v.event_id, 2, 'Burst buyer', '0815557777', gen_random_uuid())")
                         .arg(eventId).arg(other)),
                 qPrintable(burst.lastError().text()));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 8, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(spy, eventId), 40, 3000);
        QCOMPARE(lastRemaining(spy, other), 14);
        // Many coalescing intervals later: still the one re-read, and it held both events.
        QTest::qWait(300);
        QCOMPARE(reReads(spy), 1);
        QCOMPARE(spy.size(), 1);
        const auto reread = spy.first().at(0).value<QList<Availability>>();
        QCOMPARE(reread.size(), 2);

        // Hints spread out in time are each re-read: coalescing does not swallow a later change.
        spy.clear();
        QVERIFY(BookingRepository(m_clerk).book(request(eventId, 1)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(spy, eventId), 39, 3000);
        QTest::qWait(200);
        QVERIFY(BookingRepository(m_clerk).book(request(eventId, 1)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(spy, eventId), 38, 3000);
        QCOMPARE(reReads(spy), 2);

        sent.clear();
        hints = QSqlDatabase();
        Connection::close(QStringLiteral("hint-counter"));
    }

    // Anyone who can log in can NOTIFY: forged and junk payloads only make the listener re-read the
    // truth. A kiosk login sends a burst of them in one transaction: one re-read, the right numbers.
    void forgedNotificationNeverShowsAWrongNumber()
    {
        const qint64 eventId = createEvent(30);
        LiveAvailability live(kioskProfile());
        QSignalSpy spy(&live, &LiveAvailability::availabilityChanged);
        live.start();
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(spy, eventId), 30, 5000);
        QTest::qWait(100);
        spy.clear();

        QSqlQuery forger(m_kiosk);
        QVERIFY(m_kiosk.transaction());
        const QStringList payloads = {
            QStringLiteral("{\"event_id\": %1, \"remaining\": 0, \"status\": \"cancelled\"}").arg(eventId),
            QStringLiteral("{\"event_id\": %1, \"remaining\": 9999, \"status\": \"active\"}").arg(eventId),
            QStringLiteral("{\"event_id\": 987654321, \"remaining\": 5}"),
            QStringLiteral("{\"event_id\": \"'; DROP TABLE marquee.events; --\"}"),
            QStringLiteral("{\"event_id\": -1}"),
            QStringLiteral("garbage"),
            QStringLiteral("[1, 2, 3]"),
        };
        for (const QString &payload : payloads) {
            forger.prepare(QStringLiteral("SELECT pg_notify('marquee_availability', :payload)"));
            forger.bindValue(QStringLiteral(":payload"), payload);
            QVERIFY2(forger.exec(), qPrintable(forger.lastError().text()));
        }
        QVERIFY(m_kiosk.commit());
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 3000);
        QTest::qWait(300);
        QCOMPARE(reReads(spy), 1);
        QCOMPARE(lastRemaining(spy, eventId), 30);
        QCOMPARE(lastStatus(spy, eventId), EventStatus::Active);
        for (const auto &emission : spy) {
            for (const Availability &a : emission.at(0).value<QList<Availability>>()) {
                QVERIFY(a.eventId != 987654321);
                if (a.eventId == eventId) {
                    QCOMPARE(a.remaining, 30);
                    QCOMPARE(a.status, EventStatus::Active);
                }
            }
        }
    }

    // pg_terminate_backend on the listener's connection: it says so, reconnects by itself, subscribes
    // again, re-reads everything (catching up on what it missed) and goes on receiving hints.
    void resumesAfterTheConnectionIsKilled()
    {
        const qint64 eventId = createEvent(40);
        ConnectionProfile profile = kioskProfile();
        profile.applicationName = QStringLiteral("marquee-live-victim");
        LiveAvailability live(profile);
        live.listener()->setHeartbeatInterval(500);
        QSignalSpy changed(&live, &LiveAvailability::availabilityChanged);
        QSignalSpy lost(&live, &LiveAvailability::connectionLost);
        QSignalSpy restored(&live, &LiveAvailability::connectionRestored);
        live.start();
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(changed, eventId), 40, 5000);

        // The superuser stands in for a server restart or a cut cable.
        QVERIFY(m_database.terminateSessions(QStringLiteral("marquee-live-victim")) >= 1);
        // Sold while the listener was away: its notification is lost for good.
        QVERIFY(BookingRepository(m_clerk).book(request(eventId, 4)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 5000);
        QVERIFY(!lost.first().at(0).toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!restored.isEmpty(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(changed, eventId), 36, 5000);

        // And live again afterwards.
        QVERIFY(BookingRepository(m_clerk).book(request(eventId, 1)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(changed, eventId), 35, 5000);
    }
};

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
