// A booking reference is a secret, not a counter (issue #10, point 4). find_booking(phone, booking_id)
// took sequential ids, slowed misses with a pg_sleep the caller cancelled with statement_timeout (1,000
// guesses in 5.6 s), and returned the customer's stored name to whoever booked with their phone. Here,
// as kiosk logins with their passwords: references are random, readable and unique (and given to
// existing bookings by the migration); misses are counted per login where neither ROLLBACK nor a
// cancelled statement reaches; and the one booking found shows only the name given with it.

#include "booking/bookingrepository.h"
#include "database/migrator.h"
#include "sqlsession.h"
#include "testdatabase.h"
#include "validation/validation.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest/QtTest>

using namespace Marquee;
using Marquee::Test::SqlSession;

namespace {

const QString Alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");

// A well-formed reference nobody was given (with overwhelming likelihood).
QString guess(int i)
{
    QString reference;
    quint32 n = quint32(i) * 2654435761u + 12345u;
    for (int k = 0; k < 8; ++k) {
        reference.append(Alphabet.at(int(n % 32)));
        n = n / 32 + quint32(k) * 7919u;
    }
    return reference;
}

} // namespace

class TestReferences : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("references")};
    std::unique_ptr<SqlSession> m_super;
    qint64 m_eventId = 0;

    ConnectionProfile kiosk(const QString &suffix) const
    {
        return m_database.loginProfile(QStringLiteral("marquee_kiosk"), suffix);
    }

    // A kiosk login with its own look-up counters, as create_staff_login makes them.
    ConnectionProfile adoptedKiosk(const QString &suffix)
    {
        const ConnectionProfile profile = kiosk(suffix);
        if (!m_database.exec(QStringLiteral("SELECT marquee.adopt_login('%1')").arg(profile.user)))
            qWarning("cannot adopt %s", qPrintable(profile.user));
        return profile;
    }

    static QString findSql(const QString &phone, const QString &reference)
    {
        return QStringLiteral("SELECT * FROM marquee.find_booking('%1', '%2')").arg(phone, reference);
    }

    // "" found, "none" not found, else the SQLSTATE.
    static QString lookUp(const SqlSession &session, const QString &phone, const QString &reference)
    {
        QSqlQuery q(session.db());
        if (!q.exec(findSql(phone, reference)))
            return q.lastError().nativeErrorCode().isEmpty() ? q.lastError().text() : q.lastError().nativeErrorCode();
        return q.next() ? QString() : QStringLiteral("none");
    }

    BookingConfirmation book(const ConnectionProfile &profile, const QString &name, const QString &phone)
    {
        SqlSession session(profile, QStringLiteral("book"));
        BookingRequest request;
        request.eventId = m_eventId;
        request.quantity = 1;
        request.customerName = name;
        request.customerPhone = phone;
        auto booked = BookingRepository(session.db()).book(request);
        if (!booked) {
            qWarning("booking failed: %s", qPrintable(booked.error().detail()));
            return {};
        }
        return booked.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QVERIFY(m_database.liftBookingLimits());
        // One window for the whole run, so no count is cut in two by the turn of a minute.
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '3600' WHERE key = 'lookup_window_seconds'")));
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        m_eventId = m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
            "VALUES ('Reference Night', 'Main Hall', now() + interval '30 days', 1000, 100) RETURNING id")).toLongLong();
        QVERIFY(m_eventId > 0);
    }

    void bookTicketsAnswersWithTheContractsColumns()
    {
        SqlSession session(kiosk(QStringLiteral("columns")), QStringLiteral("columns"));
        QSqlQuery q(session.db());
        QVERIFY2(q.exec(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 2, 'Column Test', '0813000001', gen_random_uuid())")
                            .arg(m_eventId)),
                 qPrintable(q.lastError().text()));
        const QSqlRecord record = q.record();
        QStringList names;
        for (int i = 0; i < record.count(); ++i)
            names << record.fieldName(i);
        QCOMPARE(names, (QStringList{QStringLiteral("booking_id"), QStringLiteral("reference"), QStringLiteral("total_amount"),
                                     QStringLiteral("ticket_codes"), QStringLiteral("remaining"), QStringLiteral("status"),
                                     QStringLiteral("expires_at")}));
        QVERIFY(q.next());
        QVERIFY(Validation::isWellFormedBookingReference(q.value(1).toString()));
        // A kiosk's booking is a reservation, to be paid at the box office before it expires.
        QCOMPARE(q.value(5).toString(), QStringLiteral("reserved"));
        QVERIFY(!q.value(6).isNull());
    }

    void referencesAreRandomReadableAndUnique()
    {
        SqlSession desk(m_database.loginProfile(QStringLiteral("marquee_box_office")), QStringLiteral("desk"));
        QCOMPARE(desk.stateOf(QStringLiteral(
            "SELECT count(*) FROM generate_series(1, 300) g, "
            "LATERAL marquee.book_tickets(%1, 1, 'Many ' || g, '0813' || lpad(g::text, 6, '0'), gen_random_uuid())").arg(m_eventId)),
                 QString());
        QSqlQuery q(m_super->db());
        QVERIFY(q.exec(QStringLiteral("SELECT reference FROM marquee.bookings ORDER BY id")));
        QStringList references;
        while (q.next())
            references << q.value(0).toString();
        QVERIFY(references.size() >= 300);
        QSet<QString> distinct(references.cbegin(), references.cend());
        QCOMPARE(distinct.size(), references.size());
        QSet<QChar> symbols;
        for (const QString &reference : std::as_const(references)) {
            QVERIFY2(Validation::isWellFormedBookingReference(reference), qPrintable(reference));
            for (const QChar c : reference)
                symbols.insert(c);
        }
        // 2,400 draws: every one of the 32 symbols shows up, and nothing outside them (no 0, O, 1, I).
        QCOMPARE(symbols.size(), 32);
        for (const QChar c : {QLatin1Char('0'), QLatin1Char('O'), QLatin1Char('1'), QLatin1Char('I')})
            QVERIFY(!symbols.contains(c));
        // Not a counter: consecutive bookings share no prefix pattern.
        int samePrefix = 0;
        for (int i = 1; i < references.size(); ++i)
            samePrefix += references.at(i).left(3) == references.at(i - 1).left(3);
        QVERIFY(samePrefix < 3);
        // The database refuses anything else.
        QCOMPARE(m_super->stateOf(QStringLiteral("UPDATE marquee.bookings SET reference = 'ABCD0EFG' WHERE id = (SELECT min(id) FROM marquee.bookings)")),
                 QStringLiteral("23514"));
        QCOMPARE(m_super->stateOf(QStringLiteral("UPDATE marquee.bookings SET reference = (SELECT max(reference) FROM marquee.bookings) "
                                                 "WHERE id = (SELECT min(id) FROM marquee.bookings)")),
                 QStringLiteral("23505"));
    }

    void existingBookingsGetReferencesAndTheirNames()
    {
        Test::TestDatabase old(QStringLiteral("references_backfill"), false);
        QVERIFY2(old.isValid(), qPrintable(old.error()));
        QList<Migration> landed;
        for (const Migration &migration : Migrator::bundledMigrations()) {
            if (migration.version <= 3)
                landed << migration;
        }
        {
            SqlSession owner(old.superuserProfile(), QStringLiteral("old"));
            QVERIFY(Migrator(owner.db(), landed).migrate().ok());
            const qint64 event = owner.value(QStringLiteral(
                "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
                "VALUES (E'Old \\u202Eshow', 'Hall', now() + interval '9 days', 50, 10) RETURNING id")).toLongLong();
            for (int i = 0; i < 20; ++i) {
                QCOMPARE(owner.stateOf(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 1, E'Guest\\u200B %2', '08140000%3', gen_random_uuid())")
                                           .arg(event).arg(i).arg(i, 2, 10, QLatin1Char('0'))),
                         QString());
            }
            QCOMPARE(owner.stateOf(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 1, E'Eve\\u202E', '0814999999', gen_random_uuid())")
                                       .arg(event)),
                     QString());
            auto rest = Migrator(owner.db()).migrate();
            QVERIFY2(rest.ok(), qPrintable(rest.ok() ? QString() : rest.error().detail()));
            QCOMPARE(owner.value(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE reference ~ '^[A-HJ-NP-Z2-9]{8}$'")).toInt(), 21);
            QCOMPARE(owner.value(QStringLiteral("SELECT count(DISTINCT reference) FROM marquee.bookings")).toInt(), 21);
            // The name each booking was made with is the customer's; hidden characters are gone, and the
            // audit log says what was there before. The zero-width space is allowed and kept.
            QCOMPARE(owner.value(QStringLiteral("SELECT count(*) FROM marquee.bookings b JOIN marquee.users u ON u.id = b.user_id "
                                                "WHERE b.customer_name = u.name")).toInt(), 21);
            QCOMPARE(owner.value(QStringLiteral("SELECT customer_name FROM marquee.bookings WHERE customer_name LIKE 'Eve%'")).toString(),
                     QStringLiteral("Eve"));
            QCOMPARE(owner.value(QStringLiteral("SELECT count(*) FROM marquee.users WHERE name LIKE E'Guest\\u200B%'")).toInt(), 20);
            QCOMPARE(owner.value(QStringLiteral("SELECT title FROM marquee.events")).toString(), QStringLiteral("Old show"));
            QVERIFY(owner.value(QStringLiteral("SELECT count(*) FROM marquee.audit_log WHERE table_name = 'events' AND action = 'UPDATE' "
                                               "AND old_values->>'title' = E'Old \\u202Eshow'")).toInt() == 1);
        }
        old.terminateSessions();
    }

    // "Booking with someone else's phone and then looking up one's own booking returned that customer's name."
    void aBookingShowsOnlyTheNameGivenWithIt()
    {
        const QString phone = QStringLiteral("0815000001");
        const BookingConfirmation alice = book(kiosk(QStringLiteral("alice")), QStringLiteral("Alice Original"), phone);
        const BookingConfirmation mallory = book(kiosk(QStringLiteral("mallory")), QStringLiteral("Mallory"), phone);
        QVERIFY(alice.bookingId > 0 && mallory.bookingId > 0);

        SqlSession attacker(kiosk(QStringLiteral("mallory")), QStringLiteral("attacker"));
        BookingRepository bookings(attacker.db());
        auto mine = bookings.findMyBooking(phone, mallory.reference);
        QVERIFY2(mine.ok(), qPrintable(mine.ok() ? QString() : mine.error().detail()));
        QCOMPARE(mine->customerName, QStringLiteral("Mallory"));
        QCOMPARE(mine->id, mallory.bookingId);
        QSqlQuery q(attacker.db());
        QVERIFY(q.exec(findSql(phone, mallory.reference)));
        int rows = 0;
        while (q.next()) {
            ++rows;
            for (int i = 0; i < q.record().count(); ++i)
                QVERIFY2(!q.value(i).toString().contains(QStringLiteral("Alice")), qPrintable(q.record().fieldName(i)));
        }
        QCOMPARE(rows, 1);
        // What did not change: the customer found by that phone keeps her name.
        QCOMPARE(m_super->value(QStringLiteral("SELECT name FROM marquee.users WHERE phone = '%1'").arg(phone)).toString(),
                 QStringLiteral("Alice Original"));
        // Alice's own booking shows hers.
        QCOMPARE(bookings.findMyBooking(phone, alice.reference)->customerName, QStringLiteral("Alice Original"));
    }

    void sixthMissInAMinuteIsRefusedForTheRestOfIt()
    {
        const ConnectionProfile profile = adoptedKiosk(QStringLiteral("walker"));
        const BookingConfirmation own = book(profile, QStringLiteral("Walker"), QStringLiteral("0815100001"));
        const BookingConfirmation neighbour = book(adoptedKiosk(QStringLiteral("neighbour")), QStringLiteral("Neighbour"),
                                                   QStringLiteral("0815100002"));
        SqlSession walker(profile, QStringLiteral("walker"));
        const QString victimPhone = QStringLiteral("0815000001");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(lookUp(walker, victimPhone, guess(i)), QStringLiteral("none"));
        QCOMPARE(lookUp(walker, victimPhone, guess(5)), QStringLiteral("MQ019"));
        // For the rest of the minute, even the right answer.
        QCOMPARE(lookUp(walker, QStringLiteral("0815100001"), own.reference), QStringLiteral("MQ019"));
        BookingRepository repository(walker.db());
        QCOMPARE(repository.findMyBooking(QStringLiteral("0815100001"), own.reference).error().code(), ErrorCode::TooManyLookups);
        // Another kiosk login counts its own.
        SqlSession other(kiosk(QStringLiteral("neighbour")), QStringLiteral("neighbour"));
        QCOMPARE(lookUp(other, QStringLiteral("0815100002"), neighbour.reference), QString());
        // Malformed input costs nothing and tells nothing.
        QCOMPARE(lookUp(other, QStringLiteral("0815100002"), QStringLiteral("12345")), QStringLiteral("none"));
    }

    // The attacks, literally: wrap the guesses in BEGIN … ROLLBACK; cancel them with a 5 ms
    // statement_timeout; and simply fire 1,000 of them.
    void theCountSurvivesRollbackAndCancellation()
    {
        const QString phone = QStringLiteral("0815000001");
        {
            SqlSession roller(adoptedKiosk(QStringLiteral("roller")), QStringLiteral("roller"));
            QCOMPARE(roller.stateOf(QStringLiteral("BEGIN")), QString());
            for (int i = 0; i < 5; ++i)
                QCOMPARE(lookUp(roller, phone, guess(100 + i)), QStringLiteral("none"));
            QCOMPARE(roller.stateOf(QStringLiteral("ROLLBACK")), QString());
            QCOMPARE(roller.stateOf(QStringLiteral("BEGIN")), QString());
            QCOMPARE(lookUp(roller, phone, guess(105)), QStringLiteral("MQ019"));
            QCOMPARE(roller.stateOf(QStringLiteral("ROLLBACK")), QString());
            // A new connection of the same login does not start afresh either.
            SqlSession again(kiosk(QStringLiteral("roller")), QStringLiteral("roller-again"));
            QCOMPARE(lookUp(again, phone, guess(106)), QStringLiteral("MQ019"));
        }
        {
            SqlSession canceller(adoptedKiosk(QStringLiteral("canceller")), QStringLiteral("canceller"));
            QCOMPARE(canceller.stateOf(QStringLiteral("SET statement_timeout = '5ms'")), QString());
            int answered = 0;
            int refused = 0;
            for (int i = 0; i < 200; ++i) {
                const QString answer = lookUp(canceller, phone, guess(200 + i));
                answered += answer == QLatin1String("none");
                refused += answer == QLatin1String("MQ019");
            }
            QVERIFY2(answered <= 5, qPrintable(QString::number(answered)));
            QVERIFY(refused >= 150);
        }
        {
            SqlSession sprinter(adoptedKiosk(QStringLiteral("sprinter")), QStringLiteral("sprinter"));
            QElapsedTimer timer;
            timer.start();
            int answered = 0;
            for (int i = 0; i < 1000; ++i)
                answered += lookUp(sprinter, phone, guess(1000 + i)) == QLatin1String("none");
            qInfo("1,000 guesses took %lld ms; %d were answered", timer.elapsed(), answered);
            QCOMPARE(answered, 5);
        }
    }

    // Logins made by hand share one pair of counters until the owner adopts them; the owner and
    // superusers are not counted (they read the tables anyway).
    void loginsWithoutCountersShareOne()
    {
        const BookingConfirmation own = book(kiosk(QStringLiteral("shared_b")), QStringLiteral("Shared B"), QStringLiteral("0815200002"));
        {
            SqlSession a(kiosk(QStringLiteral("shared_a")), QStringLiteral("shared-a"));
            for (int i = 0; i < 5; ++i)
                QCOMPARE(lookUp(a, QStringLiteral("0815000001"), guess(3000 + i)), QStringLiteral("none"));
            QCOMPARE(lookUp(a, QStringLiteral("0815000001"), guess(3005)), QStringLiteral("MQ019"));
            SqlSession b(kiosk(QStringLiteral("shared_b")), QStringLiteral("shared-b"));
            QCOMPARE(lookUp(b, QStringLiteral("0815200002"), own.reference), QStringLiteral("MQ019"));
        }
        adoptedKiosk(QStringLiteral("shared_b"));
        SqlSession b(kiosk(QStringLiteral("shared_b")), QStringLiteral("shared-b-adopted"));
        QCOMPARE(lookUp(b, QStringLiteral("0815200002"), own.reference), QString());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(lookUp(*m_super, QStringLiteral("0815000001"), guess(4000 + i)), QStringLiteral("none"));
    }

    // After the window, look-ups are answered again (a 2 s window here; the real one is a minute).
    void theNextWindowStartsAfresh()
    {
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '2' WHERE key = 'lookup_window_seconds'")));
        const ConnectionProfile profile = adoptedKiosk(QStringLiteral("patient"));
        const BookingConfirmation own = book(profile, QStringLiteral("Patient"), QStringLiteral("0815300001"));
        SqlSession patient(profile, QStringLiteral("patient"));
        // Start at the beginning of a window, so six misses fit in it.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_super->value(QStringLiteral("SELECT extract(epoch FROM clock_timestamp())::numeric % 2 < 0.5")).toBool(), 3000);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(lookUp(patient, QStringLiteral("0815000001"), guess(5000 + i)), QStringLiteral("none"));
        QCOMPARE(lookUp(patient, QStringLiteral("0815000001"), guess(5005)), QStringLiteral("MQ019"));
        QTRY_COMPARE_WITH_TIMEOUT(lookUp(patient, QStringLiteral("0815300001"), own.reference), QString(), 4000);
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '3600' WHERE key = 'lookup_window_seconds'")));
    }

    void cleanupTestCase()
    {
        m_super.reset();
        m_database.terminateSessions();
    }
};

QTEST_GUILESS_MAIN(TestReferences)
#include "tst_references.moc"
