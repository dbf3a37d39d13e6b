// Idempotency keys are bound to their request and hoarding is capped in the database (issue #10,
// points 5 and 6). Replaying another login's key returned its ticket codes, a replay with another event
// or quantity silently returned the old booking, and one kiosk login booked the whole season in 0.57 s.
// Here, as the logins themselves: a key answers only the same login with the same request (MQ012
// otherwise, MQ005 once cancelled); a kiosk login books at most 6 times a minute (MQ013) and a phone
// gets at most 10 tickets of an event at kiosks (MQ014), exactly, even with sessions racing on threads;
// the desk is not capped by default; admins change the numbers, nobody else can.

#include "booking/bookinglimitsrepository.h"
#include "booking/bookingrepository.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest/QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestLimits : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("limits")};
    std::unique_ptr<SqlSession> m_super;

    ConnectionProfile kiosk(const QString &suffix) const
    {
        return m_database.loginProfile(QStringLiteral("marquee_kiosk"), suffix);
    }
    ConnectionProfile clerk(const QString &suffix = QString()) const
    {
        return m_database.loginProfile(QStringLiteral("marquee_box_office"), suffix);
    }
    ConnectionProfile admin() const { return m_database.loginProfile(QStringLiteral("marquee_admin")); }

    qint64 createEvent(int capacity = 1000)
    {
        return m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, max_tickets_per_booking) "
            "VALUES ('Limits ' || gen_random_uuid(), 'Main Hall', now() + interval '20 days', %1, 100, 50) RETURNING id")
                                  .arg(capacity)).toLongLong();
    }

    static QString bookSql(qint64 eventId, int quantity, const QString &phone, const QString &key,
                           const QString &method = QStringLiteral("cash"))
    {
        return QStringLiteral("SELECT booking_id, reference, array_to_string(ticket_codes, ',') "
                              "FROM marquee.book_tickets(%1, %2, 'Buyer', '%3', '%4', '%5')")
            .arg(eventId).arg(quantity).arg(phone, key, method);
    }

    // Everything a refused replay could have touched for this event.
    QString fingerprint(qint64 eventId) const
    {
        return m_super->value(QStringLiteral(
            "SELECT md5(concat_ws('|', (SELECT string_agg(b::text, ',' ORDER BY b.id) FROM marquee.bookings b WHERE b.event_id = %1), "
            "(SELECT string_agg(t::text, ',' ORDER BY t.id) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
            "  WHERE b.event_id = %1), (SELECT tickets_sold || '/' || revenue FROM marquee.events WHERE id = %1)))").arg(eventId))
            .toString();
    }

    bool setKioskLimits(const QString &rate, const QString &tickets)
    {
        return m_database.exec(QStringLiteral("UPDATE marquee.booking_limits SET bookings_per_minute = %1, "
                                              "tickets_per_customer_event = %2 WHERE group_name = 'marquee_kiosk'").arg(rate, tickets));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        QVERIFY(m_super->isOpen());
    }

    void init()
    {
        QVERIFY(setKioskLimits(QStringLiteral("6"), QStringLiteral("10")));
    }

    void defaultsAreSixAMinuteAndTenPerCustomerForKiosksOnly()
    {
        SqlSession session(admin(), QStringLiteral("admin"));
        auto limits = BookingLimitsRepository(session.db()).list();
        QVERIFY2(limits.ok(), qPrintable(limits.ok() ? QString() : limits.error().detail()));
        QCOMPARE(limits->size(), 3);
        QCOMPARE(limits->at(0).group, StaffGroup::Kiosk);
        QCOMPARE(limits->at(0).bookingsPerMinute, std::optional<int>(6));
        QCOMPARE(limits->at(0).ticketsPerCustomerEvent, std::optional<int>(10));
        for (int i = 1; i < 3; ++i) {
            QVERIFY(!limits->at(i).bookingsPerMinute);
            QVERIFY(!limits->at(i).ticketsPerCustomerEvent);
        }
    }

    void aKeyAnswersOnlyItsOwnRequest()
    {
        QVERIFY(setKioskLimits(QStringLiteral("NULL"), QStringLiteral("NULL")));
        const qint64 event = createEvent();
        const qint64 otherEvent = createEvent();
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SqlSession owner(kiosk(QStringLiteral("keyowner")), QStringLiteral("keyowner"));
        QSqlQuery first(owner.db());
        QVERIFY2(first.exec(bookSql(event, 2, QStringLiteral("081-600-0001"), key)), qPrintable(first.lastError().text()));
        QVERIFY(first.next());
        const qint64 bookingId = first.value(0).toLongLong();
        const QString codes = first.value(2).toString();

        // The same login, the same request (the phone written differently): the first booking, nothing new.
        QSqlQuery retry(owner.db());
        QVERIFY(retry.exec(bookSql(event, 2, QStringLiteral("0816000001"), key)));
        QVERIFY(retry.next());
        QCOMPARE(retry.value(0).toLongLong(), bookingId);
        QCOMPARE(retry.value(2).toString(), codes);

        const QString before = fingerprint(event);
        const QString otherBefore = fingerprint(otherEvent);
        // Anything else with a used key is refused: no codes, nothing booked.
        QCOMPARE(owner.stateOf(bookSql(otherEvent, 2, QStringLiteral("0816000001"), key)), QStringLiteral("MQ012"));
        QCOMPARE(owner.stateOf(bookSql(event, 3, QStringLiteral("0816000001"), key)), QStringLiteral("MQ012"));
        QCOMPARE(owner.stateOf(bookSql(event, 2, QStringLiteral("0816000009"), key)), QStringLiteral("MQ012"));
        QCOMPARE(owner.stateOf(bookSql(event, 2, QStringLiteral("0816000001"), key, QStringLiteral("card"))), QStringLiteral("MQ012"));
        // Another login replaying the key as a bearer token gets nothing, even with the very same request.
        SqlSession thief(kiosk(QStringLiteral("keythief")), QStringLiteral("keythief"));
        QSqlQuery stolen(thief.db());
        QVERIFY(!stolen.exec(bookSql(event, 2, QStringLiteral("0816000001"), key)));
        QCOMPARE(stolen.lastError().nativeErrorCode(), QStringLiteral("MQ012"));
        QVERIFY(!stolen.lastError().text().contains(codes.left(12)));
        QCOMPARE(fingerprint(event), before);
        QCOMPARE(fingerprint(otherEvent), otherBefore);

        // Through the repository: its own sentence.
        BookingRequest request;
        request.eventId = otherEvent;
        request.quantity = 2;
        request.customerName = QStringLiteral("Buyer");
        request.customerPhone = QStringLiteral("0816000001");
        request.idempotencyKey = QUuid::fromString(key);
        auto refused = BookingRepository(owner.db()).book(request);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::IdempotencyKeyReused);
        QVERIFY(!refused.error().message().isEmpty());

        // A retry after the booking was cancelled: MQ005, not the cancelled tickets.
        SqlSession desk(clerk(), QStringLiteral("desk"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.cancel_booking(%1)").arg(bookingId)), QString());
        QCOMPARE(owner.stateOf(bookSql(event, 2, QStringLiteral("0816000001"), key)), QStringLiteral("MQ005"));
    }

    void aKioskBooksAtMostSixTimesAMinuteTheDeskIsFree()
    {
        QVERIFY(setKioskLimits(QStringLiteral("6"), QStringLiteral("NULL")));
        const qint64 event = createEvent();
        SqlSession hoarder(kiosk(QStringLiteral("rate")), QStringLiteral("rate"));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(hoarder.stateOf(bookSql(event, 1, QStringLiteral("08170000%1").arg(i, 2, 10, QLatin1Char('0')),
                                             QUuid::createUuid().toString(QUuid::WithoutBraces))),
                     QString());
        const QString before = fingerprint(event);
        QCOMPARE(hoarder.stateOf(bookSql(event, 1, QStringLiteral("0817000099"), QUuid::createUuid().toString(QUuid::WithoutBraces))),
                 QStringLiteral("MQ013"));
        QCOMPARE(fingerprint(event), before);
        // The refused one left nothing; the six are there.
        QCOMPARE(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(event)).toInt(), 6);
        // The desk sells 30 school tickets to one teacher, one booking after another.
        SqlSession desk(clerk(QStringLiteral("rate")), QStringLiteral("desk"));
        for (int i = 0; i < 30; ++i)
            QCOMPARE(desk.stateOf(bookSql(event, 1, QStringLiteral("0817100000"), QUuid::createUuid().toString(QUuid::WithoutBraces))),
                     QString());
        QCOMPARE(desk.stateOf(bookSql(event, 30, QStringLiteral("0817100000"), QUuid::createUuid().toString(QUuid::WithoutBraces))),
                 QString());
        // The repository says it in words.
        BookingRequest request;
        request.eventId = event;
        request.quantity = 1;
        request.customerName = QStringLiteral("Late");
        request.customerPhone = QStringLiteral("0817000098");
        auto refused = BookingRepository(hoarder.db()).book(request);
        QCOMPARE(refused.error().code(), ErrorCode::BookingRateExceeded);
    }

    void aPhoneGetsAtMostTenTicketsOfAnEventAtKiosks()
    {
        QVERIFY(setKioskLimits(QStringLiteral("NULL"), QStringLiteral("10")));
        const qint64 event = createEvent();
        const qint64 otherEvent = createEvent();
        const QString phone = QStringLiteral("0818000001");
        SqlSession first(kiosk(QStringLiteral("capa")), QStringLiteral("capa"));
        SqlSession second(kiosk(QStringLiteral("capb")), QStringLiteral("capb"));
        QCOMPARE(first.stateOf(bookSql(event, 6, phone, QUuid::createUuid().toString(QUuid::WithoutBraces))), QString());
        QCOMPARE(second.stateOf(bookSql(event, 4, phone, QUuid::createUuid().toString(QUuid::WithoutBraces))), QString());
        const QString before = fingerprint(event);
        QCOMPARE(second.stateOf(bookSql(event, 1, QStringLiteral("081 800 0001"), QUuid::createUuid().toString(QUuid::WithoutBraces))),
                 QStringLiteral("MQ014"));
        QCOMPARE(fingerprint(event), before);
        // Another event, or the desk: fine.
        QCOMPARE(first.stateOf(bookSql(otherEvent, 10, phone, QUuid::createUuid().toString(QUuid::WithoutBraces))), QString());
        SqlSession desk(clerk(QStringLiteral("cap")), QStringLiteral("desk"));
        QCOMPARE(desk.stateOf(bookSql(event, 30, phone, QUuid::createUuid().toString(QUuid::WithoutBraces))), QString());
        // A cancelled booking gives its tickets back to the cap.
        const qint64 six = m_super->value(QStringLiteral("SELECT id FROM marquee.bookings WHERE event_id = %1 AND quantity = 6").arg(event)).toLongLong();
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.cancel_booking(%1)").arg(six)), QString());
        BookingRequest request;
        request.eventId = event;
        request.quantity = 1;
        request.customerName = QStringLiteral("Buyer");
        request.customerPhone = phone;
        auto refused = BookingRepository(first.db()).book(request);
        QVERIFY2(!refused.ok(), "30 desk tickets count towards what the phone holds");
        QCOMPARE(refused.error().code(), ErrorCode::CustomerLimitExceeded);
    }

    // Exact under races: eight sessions of one kiosk login at once, and eight kiosks with one phone.
    void capsHoldUnderRaces()
    {
        QVERIFY(setKioskLimits(QStringLiteral("6"), QStringLiteral("NULL")));
        const qint64 event = createEvent();
        const ConnectionProfile shared = kiosk(QStringLiteral("racer"));
        std::atomic<int> booked{0};
        std::atomic<int> refused{0};
        std::atomic<int> other{0};
        std::atomic<bool> go{false};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                SqlSession session(shared, QStringLiteral("racer"));
                while (!go.load()) {
                }
                for (int i = 0; i < 4; ++i) {
                    const QString state = session.stateOf(bookSql(event, 1, QStringLiteral("08190%1%2").arg(t).arg(i, 4, 10, QLatin1Char('0')),
                                                                  QUuid::createUuid().toString(QUuid::WithoutBraces)));
                    if (state.isEmpty())
                        ++booked;
                    else if (state == QLatin1String("MQ013"))
                        ++refused;
                    else
                        ++other;
                }
            });
        }
        go = true;
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(booked.load(), 6);
        QCOMPARE(refused.load(), 26);
        QCOMPARE(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(event)).toInt(), 6);

        QVERIFY(setKioskLimits(QStringLiteral("NULL"), QStringLiteral("10")));
        const qint64 hot = createEvent();
        const QString phone = QStringLiteral("0819999999");
        booked = 0;
        refused = 0;
        other = 0;
        go = false;
        threads.clear();
        for (int t = 0; t < 8; ++t) {
            const ConnectionProfile profile = kiosk(QStringLiteral("phone%1").arg(t));
            threads.emplace_back([&, profile] {
                SqlSession session(profile, QStringLiteral("phone"));
                while (!go.load()) {
                }
                for (int i = 0; i < 3; ++i) {
                    const QString state = session.stateOf(bookSql(hot, 1, phone, QUuid::createUuid().toString(QUuid::WithoutBraces)));
                    if (state.isEmpty())
                        ++booked;
                    else if (state == QLatin1String("MQ014"))
                        ++refused;
                    else
                        ++other;
                }
            });
        }
        go = true;
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(booked.load(), 10);
        QCOMPARE(refused.load(), 14);
        QCOMPARE(m_super->value(QStringLiteral("SELECT sum(quantity) FROM marquee.bookings WHERE event_id = %1").arg(hot)).toInt(), 10);
    }

    void onlyAdminsChangeTheLimits()
    {
        SqlSession session(admin(), QStringLiteral("admin"));
        BookingLimitsRepository limits(session.db());
        QVERIFY(limits.save({StaffGroup::Kiosk, 2, 4}).ok());
        QCOMPARE(m_super->value(QStringLiteral("SELECT bookings_per_minute || '/' || tickets_per_customer_event FROM marquee.booking_limits "
                                               "WHERE group_name = 'marquee_kiosk'")).toString(), QStringLiteral("2/4"));
        // And it is enforced at once.
        const qint64 event = createEvent();
        SqlSession kioskSession(kiosk(QStringLiteral("changed")), QStringLiteral("changed"));
        QCOMPARE(kioskSession.stateOf(bookSql(event, 5, QStringLiteral("0811300001"), QUuid::createUuid().toString(QUuid::WithoutBraces))),
                 QStringLiteral("MQ014"));
        QVERIFY(limits.save({StaffGroup::BoxOffice, 100, std::nullopt}).ok());
        QVERIFY(!limits.save({StaffGroup::Kiosk, 0, 4}).ok());
        QCOMPARE(session.stateOf(QStringLiteral("UPDATE marquee.booking_limits SET bookings_per_minute = -1")), QStringLiteral("23514"));
        // Kiosk and box office may not even read them; nobody may add or remove a group's row.
        for (const ConnectionProfile &profile : {kiosk(QStringLiteral("changed")), clerk()}) {
            SqlSession other(profile, QStringLiteral("other"));
            QCOMPARE(other.stateOf(QStringLiteral("UPDATE marquee.booking_limits SET bookings_per_minute = NULL")), QStringLiteral("42501"));
            QCOMPARE(other.stateOf(QStringLiteral("SELECT * FROM marquee.booking_limits")), QStringLiteral("42501"));
        }
        QCOMPARE(session.stateOf(QStringLiteral("DELETE FROM marquee.booking_limits")), QStringLiteral("42501"));
        QCOMPARE(session.stateOf(QStringLiteral("UPDATE marquee.booking_rates SET recent = '{}'")), QStringLiteral("42501"));
        // Every change is in the audit log, with the admin's name.
        QVERIFY(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.audit_log WHERE table_name = 'booking_limits' AND actor = '%1'")
                                   .arg(admin().user)).toInt() >= 2);
        QVERIFY(limits.save({StaffGroup::BoxOffice, std::nullopt, std::nullopt}).ok());
    }

    void cleanupTestCase()
    {
        m_super.reset();
        m_database.terminateSessions();
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
