#include "booking/bookingrepository.h"
#include "database/connection.h"
#include "droppingproxy.h"
#include "events/eventrepository.h"
#include "testdatabase.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest/QtTest>

using namespace Marquee;

// The booking transaction end to end: every rule and every MQ error, idempotent retries,
// cancellation, look-ups and statistics, and a booking whose connection drops mid-call.
// Each call runs as the login of the group that makes it at a venue (a missing grant fails here):
// the kiosk books and finds its booking, the box office cancels, looks up and checks in, the admin
// creates and edits events and reads the statistics. The superuser only sets up the database and
// reads the stored rows back to check them (it sees every row, whatever the grants say).
class TestBookingRepository : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("booking_repository")};
    QSqlDatabase m_check;  // the superuser: the truth as stored
    QSqlDatabase m_kiosk;
    QSqlDatabase m_clerk;  // box office
    QSqlDatabase m_admin;

    QSqlDatabase as(const QString &group) const
    {
        if (group == QLatin1String("kiosk"))
            return m_kiosk;
        if (group == QLatin1String("box_office"))
            return m_clerk;
        return m_admin;
    }

    qint64 createEvent(int capacity, const QString &price = QStringLiteral("250.50"), int maxPerBooking = 10)
    {
        EventRepository events(m_admin);
        EventDraft draft;
        draft.title = QStringLiteral("Event %1").arg(QUuid::createUuid().toString());
        draft.venue = QStringLiteral("Main Hall");
        draft.startsAt = QDateTime::currentDateTimeUtc().addDays(7);
        draft.capacity = capacity;
        draft.price = *Money::fromDecimalString(price);
        draft.maxTicketsPerBooking = maxPerBooking;
        auto created = events.create(draft);
        if (!created)
            qWarning("create failed: %s", qPrintable(created.error().detail()));
        return created ? created->id : 0;
    }

    BookingRequest request(qint64 eventId, int quantity, const QString &phone = QStringLiteral("0812345678"))
    {
        BookingRequest r;
        r.eventId = eventId;
        r.quantity = quantity;
        r.customerName = QStringLiteral("Somchai Jaidee");
        r.customerPhone = phone;
        return r;
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_check);
        q.setNumericalPrecisionPolicy(QSql::HighPrecision);
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return QVariant();
        }
        return q.value(0);
    }

    // The statistics the database keeps equal what the rows say.
    bool statisticsMatchRows(qint64 eventId)
    {
        return scalar(QStringLiteral(
                   "SELECT e.tickets_sold = coalesce((SELECT sum(quantity) FROM marquee.bookings WHERE event_id = e.id AND status = 'confirmed'), 0)"
                   " AND e.bookings_count = (SELECT count(*) FROM marquee.bookings WHERE event_id = e.id AND status = 'confirmed')"
                   " AND e.revenue = coalesce((SELECT sum(total_amount) FROM marquee.bookings WHERE event_id = e.id AND status = 'confirmed'), 0)"
                   " AND e.tickets_sold = (SELECT count(*) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id"
                   "                        WHERE b.event_id = e.id AND t.status <> 'cancelled')"
                   " FROM marquee.events e WHERE e.id = %1").arg(eventId)).toBool();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        // Bursts of kiosk bookings; the caps on hoarding are tst_limits' business.
        QVERIFY(m_database.liftBookingLimits());
        m_check = m_database.open(QStringLiteral("check"));
        m_kiosk = m_database.open(QStringLiteral("kiosk"), m_database.loginProfile(QStringLiteral("marquee_kiosk")));
        m_clerk = m_database.open(QStringLiteral("box-office"), m_database.loginProfile(QStringLiteral("marquee_box_office")));
        m_admin = m_database.open(QStringLiteral("admin"), m_database.loginProfile(QStringLiteral("marquee_admin")));
        QVERIFY(m_check.isOpen() && m_kiosk.isOpen() && m_clerk.isOpen() && m_admin.isOpen());
    }

    void cleanupTestCase()
    {
        m_check = m_kiosk = m_clerk = m_admin = QSqlDatabase();
        for (const char *name : {"check", "kiosk", "box-office", "admin"})
            Connection::close(QLatin1String(name));
    }

    void bookReturnsCodesTotalAndRemaining()
    {
        // A sale at the desk: paid, so it counts in the revenue (a kiosk's booking is a reservation until then).
        const qint64 eventId = createEvent(50, QStringLiteral("333.33"));
        BookingRepository bookings(m_clerk);
        auto result = bookings.book(request(eventId, 3));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
        QVERIFY(result->bookingId > 0);
        QCOMPARE(result->totalAmount.toDecimalString(), QStringLiteral("999.99"));
        QCOMPARE(result->remaining, 47);
        QCOMPARE(result->ticketCodes.size(), 3);
        static const QRegularExpression format(QStringLiteral("^TKT-(\\d{8})-[A-Z0-9]{8}$"));
        for (const QString &code : result->ticketCodes) {
            const auto match = format.match(code);
            QVERIFY2(match.hasMatch(), qPrintable(code));
            // Date of sale in the server's time zone.
            QCOMPARE(match.captured(1), scalar(QStringLiteral("SELECT to_char(now(), 'YYYYMMDD')")).toString());
        }
        QCOMPARE(QSet<QString>(result->ticketCodes.cbegin(), result->ticketCodes.cend()).size(), 3);

        // Exact money end to end: numeric in the database, the same digits here.
        QCOMPARE(scalar(QStringLiteral("SELECT revenue::text FROM marquee.events WHERE id = %1").arg(eventId)).toString(),
                 QStringLiteral("999.99"));
        // The booking names the login that sold it, even though book_tickets runs as the schema owner.
        QCOMPARE(scalar(QStringLiteral("SELECT sold_by FROM marquee.bookings WHERE id = %1").arg(result->bookingId)).toString(),
                 m_database.loginProfile(QStringLiteral("marquee_box_office")).user);
        QVERIFY(statisticsMatchRows(eventId));
    }

    // A ticket code is what gets a person in: it must not be guessable from another one. 1,000 codes
    // of one event, checked the way a bad generator would fail: a repeat, a position that uses only
    // part of the alphabet or favours some symbols, or codes that grow with the order they were made.
    void ticketCodesAreNotSequential()
    {
        constexpr int Codes = 1000;
        constexpr int PerBooking = 10;
        const qint64 eventId = createEvent(Codes, QStringLiteral("10.00"), PerBooking);
        BookingRepository clerk(m_clerk); // a kiosk may reserve only 50 seats of an event
        for (int i = 0; i < Codes / PerBooking; ++i) {
            auto booked = clerk.book(request(eventId, PerBooking, QStringLiteral("08%1").arg(10000000 + i)));
            QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().detail()));
        }

        // In the order they were made, as the box office reads them.
        QSqlQuery q(m_clerk);
        QVERIFY(q.exec(QStringLiteral("SELECT t.code FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
                                      "WHERE b.event_id = %1 ORDER BY t.id").arg(eventId)));
        QStringList random; // the 8 random characters of each code
        while (q.next())
            random << q.value(0).toString().right(8);
        QCOMPARE(random.size(), Codes);
        QCOMPARE(QSet<QString>(random.cbegin(), random.cend()).size(), Codes);

        static const QString Alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        const double expected = double(Codes) / Alphabet.size();
        for (int position = 0; position < 8; ++position) {
            QHash<QChar, int> counts;
            for (const QString &code : std::as_const(random))
                ++counts[code.at(position)];
            double chiSquare = 0;
            int fewest = Codes;
            int most = 0;
            for (const QChar symbol : Alphabet) {
                const int n = counts.value(symbol);
                chiSquare += (n - expected) * (n - expected) / expected;
                fewest = qMin(fewest, n);
                most = qMax(most, n);
            }
            const QString where = QStringLiteral("position %1: %2 symbols, %3..%4 times each, chi-square %5")
                                      .arg(position).arg(counts.size()).arg(fewest).arg(most).arg(chiSquare);
            // Nothing outside A-Z and 0-9.
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                QVERIFY2(Alphabet.contains(it.key()), qPrintable(where));
            // A uniform draw uses every symbol (a miss has odds of about 1e-12) and about 28 times each.
            // The bounds below fail a fair generator less than once in a million runs (binomial and
            // chi-square tails with 35 degrees of freedom), and fail a generator that skips part of
            // the alphabet or draws some symbols twice as often as others.
            QVERIFY2(counts.size() >= 30, qPrintable(where));
            QVERIFY2(fewest >= 3 && most <= 70, qPrintable(where));
            QVERIFY2(chiSquare < 110, qPrintable(where));
        }

        // Not ordered by creation: in a random sequence about half the neighbours go up (499.5, standard
        // deviation about 9); a counter, a clock or a sorted batch goes up (nearly) every time.
        int ascending = 0;
        for (int i = 1; i < random.size(); ++i)
            ascending += random.at(i - 1) < random.at(i) ? 1 : 0;
        QVERIFY2(ascending > 400 && ascending < 600, qPrintable(QString::number(ascending)));
        // And no long shared prefix between codes made one after the other.
        int longShared = 0;
        for (int i = 1; i < random.size(); ++i) {
            int shared = 0;
            while (shared < 8 && random.at(i - 1).at(shared) == random.at(i).at(shared))
                ++shared;
            longShared += shared >= 3 ? 1 : 0;
        }
        QVERIFY2(longShared <= 3, qPrintable(QString::number(longShared)));
    }

    // Every refusal has its SQLSTATE and its typed error, and stores nothing. Each statement runs as
    // the group that could send it; {small}, {big} and {sold} name this row's own events.
    void errors_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<int>("code");
        const QString kiosk = QStringLiteral("kiosk");
        const QString clerk = QStringLiteral("box_office");
        const QString admin = QStringLiteral("admin");
        QTest::newRow("MQ001 not enough seats") << kiosk << "SELECT * FROM marquee.book_tickets({small}, 6, 'A', '0811111111', gen_random_uuid())"
                                                << "MQ001" << int(ErrorCode::SoldOut);
        QTest::newRow("MQ002 unknown event") << kiosk << "SELECT * FROM marquee.book_tickets(999999, 1, 'A', '0811111111', gen_random_uuid())"
                                             << "MQ002" << int(ErrorCode::NotOnSale);
        QTest::newRow("MQ003 zero") << kiosk << "SELECT * FROM marquee.book_tickets({small}, 0, 'A', '0811111111', gen_random_uuid())"
                                    << "MQ003" << int(ErrorCode::InvalidQuantity);
        QTest::newRow("MQ003 negative") << kiosk << "SELECT * FROM marquee.book_tickets({small}, -2, 'A', '0811111111', gen_random_uuid())"
                                        << "MQ003" << int(ErrorCode::InvalidQuantity);
        QTest::newRow("MQ003 over limit") << kiosk << "SELECT * FROM marquee.book_tickets({big}, 11, 'A', '0811111111', gen_random_uuid())"
                                          << "MQ003" << int(ErrorCode::InvalidQuantity);
        QTest::newRow("MQ003 unknown payment") << kiosk << "SELECT * FROM marquee.book_tickets({big}, 1, 'A', '0811111111', gen_random_uuid(), 'iou')"
                                               << "MQ003" << int(ErrorCode::InvalidQuantity);
        QTest::newRow("MQ004 empty name") << kiosk << "SELECT * FROM marquee.book_tickets({small}, 1, '  ', '0811111111', gen_random_uuid())"
                                          << "MQ004" << int(ErrorCode::InvalidCustomer);
        QTest::newRow("MQ004 short phone") << kiosk << "SELECT * FROM marquee.book_tickets({small}, 1, 'A', '12345', gen_random_uuid())"
                                           << "MQ004" << int(ErrorCode::InvalidCustomer);
        QTest::newRow("MQ004 letters in phone") << kiosk << "SELECT * FROM marquee.book_tickets({small}, 1, 'A', '08123x5678', gen_random_uuid())"
                                                << "MQ004" << int(ErrorCode::InvalidCustomer);
        QTest::newRow("MQ005 unknown booking") << clerk << "SELECT * FROM marquee.cancel_booking(999999)"
                                               << "MQ005" << int(ErrorCode::BookingNotFound);
        // Both checks fail; PostgreSQL names the one of sold plus reserved seats (the one that covers both).
        QTest::newRow("capacity below sold") << admin << "UPDATE marquee.events SET capacity = 1 WHERE id = {sold}"
                                             << "23514" << int(ErrorCode::CapacityBelowTaken);
        QTest::newRow("price check") << admin << "UPDATE marquee.events SET price = -1 WHERE id = {small}"
                                     << "23514" << int(ErrorCode::PriceNegative);
        QTest::newRow("capacity positive") << admin << "UPDATE marquee.events SET capacity = 0 WHERE id = {small}"
                                           << "23514" << int(ErrorCode::CapacityNotPositive);
    }
    void errors()
    {
        QFETCH(QString, group);
        QFETCH(QString, sql);
        QFETCH(QString, sqlState);
        QFETCH(int, code);
        const qint64 small = createEvent(5);
        const qint64 big = createEvent(100);
        const qint64 sold = createEvent(10);
        QVERIFY(BookingRepository(m_clerk).book(request(sold, 2)).ok()); // sold, not reserved
        const QString statement = QString(sql)
                                      .replace(QLatin1String("{small}"), QString::number(small))
                                      .replace(QLatin1String("{big}"), QString::number(big))
                                      .replace(QLatin1String("{sold}"), QString::number(sold));
        QVERIFY2(!statement.contains(QLatin1Char('{')), qPrintable(statement));
        const int bookingsBefore = scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt();
        const QString eventsBefore = scalar(QStringLiteral(
            "SELECT string_agg(e::text, ',' ORDER BY e.id) FROM marquee.events e WHERE e.id IN (%1, %2, %3)")
                                                .arg(small).arg(big).arg(sold)).toString();

        QSqlQuery q(as(group));
        QVERIFY(!q.exec(statement));
        QCOMPARE(q.lastError().nativeErrorCode(), sqlState);
        const Error error = Connection::errorOf(q);
        QCOMPARE(int(error.code()), code);
        QCOMPARE(error.message(), Error(ErrorCode(code)).message());
        QVERIFY(!error.message().contains(sqlState));
        // Nothing was stored.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt(), bookingsBefore);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT string_agg(e::text, ',' ORDER BY e.id) FROM marquee.events e WHERE e.id IN (%1, %2, %3)")
                         .arg(small).arg(big).arg(sold)).toString(), eventsBefore);
    }

    void notOnSaleWhenCancelledOrStarted()
    {
        // The admin cancels one, moves one an hour into the past (started, and past the desk's 30 late minutes) and
        // records one as completed.
        const qint64 cancelled = createEvent(10);
        const qint64 started = createEvent(10);
        const qint64 completed = createEvent(10);
        QSqlQuery admin(m_admin);
        QVERIFY(admin.exec(QStringLiteral("UPDATE marquee.events SET status = 'cancelled' WHERE id = %1").arg(cancelled)));
        QVERIFY(admin.exec(QStringLiteral("UPDATE marquee.events SET starts_at = now() - interval '1 hour' WHERE id = %1").arg(started)));
        QVERIFY(admin.exec(QStringLiteral("UPDATE marquee.events SET status = 'completed' WHERE id = %1").arg(completed)));
        for (QSqlDatabase terminal : {m_kiosk, m_clerk}) {
            BookingRepository bookings(terminal);
            for (qint64 id : {cancelled, started, completed}) {
                auto result = bookings.book(request(id, 1));
                QVERIFY(!result.ok());
                QCOMPARE(result.error().code(), ErrorCode::NotOnSale);
            }
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id IN (%1, %2, %3)")
                            .arg(cancelled).arg(started).arg(completed)).toInt(), 0);
    }

    void clientRefusesInvalidInputBeforeTheRoundTrip()
    {
        const qint64 eventId = createEvent(10);
        BookingRepository bookings(m_kiosk);
        BookingRequest bad = request(eventId, 1, QStringLiteral("12"));
        QCOMPARE(bookings.book(bad).error().code(), ErrorCode::InvalidCustomer);
        bad = request(eventId, 0);
        QCOMPARE(bookings.book(bad).error().code(), ErrorCode::InvalidQuantity);
    }

    void idempotentRetryReturnsTheFirstBooking()
    {
        const qint64 eventId = createEvent(20);
        BookingRepository bookings(m_clerk);
        const BookingRequest first = request(eventId, 2);
        auto a = bookings.book(first);
        QVERIFY(a.ok());
        auto b = bookings.book(first);
        QVERIFY(b.ok());
        QCOMPARE(b->bookingId, a->bookingId);
        QCOMPARE(b->ticketCodes, a->ticketCodes);
        QCOMPARE(b->totalAmount, a->totalAmount);
        QCOMPARE(b->remaining, 18);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(eventId)).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT tickets_sold FROM marquee.events WHERE id = %1").arg(eventId)).toInt(), 2);
    }

    // A retry that finds its booking must not answer before a synchronous standby has the booking: its transaction
    // takes an id, so its commit waits for the standby like the sale's own (migrations/0045).
    void retryThatFindsItsBookingWaitsForTheStandby()
    {
        const qint64 eventId = createEvent(20);
        BookingRepository bookings(m_clerk);
        const BookingRequest first = request(eventId, 1);
        QVERIFY(bookings.book(first).ok());
        QSqlQuery q(m_clerk);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY2(q.exec(QStringLiteral("SELECT booking_id FROM marquee.book_tickets(%1, 1, 'Somchai Jaidee', '0812345678', '%2', 'cash')")
                            .arg(eventId).arg(first.idempotencyKey.toString(QUuid::WithoutBraces))),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_current_xact_id_if_assigned() IS NOT NULL")) && q.next());
        const bool tookAnId = q.value(0).toBool();
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(tookAnId);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(eventId)).toInt(), 1);
    }

    // QPSQL reads forward-only answers row by row, and the server sends a function's rows before it commits. A
    // statement whose commit then fails (here a deferred check; in life a server that dies while it waits for its
    // standby) must not read as done: Connection::committed() says so, and every sale, payment, refund, shift and
    // door scan asks it before it answers.
    void aRowIsNotACommit()
    {
        QSqlQuery setup(m_check);
        for (const char *sql : {
                 "CREATE TABLE IF NOT EXISTS marquee.commit_probe (n integer)",
                 "CREATE OR REPLACE FUNCTION marquee.commit_probe_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                 "$$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$",
                 "DROP TRIGGER IF EXISTS commit_probe_refuse ON marquee.commit_probe",
                 "CREATE CONSTRAINT TRIGGER commit_probe_refuse AFTER INSERT ON marquee.commit_probe "
                 "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION marquee.commit_probe_refuse()",
                 "CREATE OR REPLACE FUNCTION marquee.commit_probe_insert() RETURNS integer LANGUAGE sql SECURITY DEFINER "
                 "AS $$ INSERT INTO marquee.commit_probe VALUES (1); SELECT 1 $$",
                 "GRANT EXECUTE ON FUNCTION marquee.commit_probe_insert() TO PUBLIC"})
            QVERIFY2(setup.exec(QString::fromLatin1(sql)), qPrintable(setup.lastError().text()));
        QSqlQuery q = Connection::query(m_clerk);
        QVERIFY(Connection::exec(q, QStringLiteral("SELECT marquee.commit_probe_insert()")).ok());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);   // the row is here, the commit is not
        QVERIFY(!Connection::committed(q).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.commit_probe")).toInt(), 0);
        // A statement that did commit reads as done.
        QVERIFY(Connection::exec(q, QStringLiteral("SELECT 1")).ok() && q.next());
        QVERIFY(Connection::committed(q).ok());
    }

    // An order's codes are drawn together and inserted in one statement (migrations/0046). A code that clashes
    // with an existing ticket's, or with another of the same order, is drawn again; the rest keep their places.
    void aClashingCodeIsDrawnAgain()
    {
        const qint64 eventId = createEvent(20);
        BookingRepository bookings(m_clerk);
        auto first = bookings.book(request(eventId, 1));
        QVERIFY(first.ok());
        const QString existing = first->ticketCodes.value(0);
        const QString day = existing.mid(4, 8);
        const QString scripted = QStringLiteral("TKT-%1-CLASH000").arg(day);
        const QString original = scalar(QStringLiteral(
            "SELECT pg_get_functiondef('marquee.new_ticket_code(text)'::regprocedure)")).toString();
        QVERIFY(!original.isEmpty());
        QSqlQuery setup(m_check);
        // The next three draws are: the existing ticket's code, then the same new code twice.
        QVERIFY2(setup.exec(QStringLiteral(
                     "CREATE TABLE marquee.code_script AS SELECT * FROM (VALUES (1, '%1'), (2, '%2'), (3, '%2')) AS s(n, code);"
                     "CREATE OR REPLACE FUNCTION marquee.new_ticket_code(p_day text) RETURNS text LANGUAGE plpgsql VOLATILE AS $$"
                     " DECLARE v text; BEGIN"
                     "  DELETE FROM marquee.code_script s WHERE s.n = (SELECT min(n) FROM marquee.code_script) RETURNING s.code INTO v;"
                     "  RETURN coalesce(v, 'TKT-' || p_day || '-' || upper(substr(md5(random()::text), 1, 8))); END $$")
                     .arg(existing, scripted)), qPrintable(setup.lastError().text()));
        // A new connection, so that its plans know the scripted function.
        QSqlDatabase clerk = m_database.open(QStringLiteral("clash"), m_database.loginProfile(QStringLiteral("marquee_box_office")));
        auto order = BookingRepository(clerk).book(request(eventId, 3));
        clerk = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("clash"));
        QVERIFY2(setup.exec(original), qPrintable(setup.lastError().text()));
        QVERIFY(setup.exec(QStringLiteral("DROP TABLE marquee.code_script")));

        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().detail()));
        QCOMPARE(order->ticketCodes.size(), 3);
        QCOMPARE(order->ticketCodes.at(1), scripted);       // the first draw of it kept its place
        QVERIFY(!order->ticketCodes.contains(existing));
        QCOMPARE(QSet<QString>(order->ticketCodes.begin(), order->ticketCodes.end()).size(), 3);
        QStringList stored = order->ticketCodes;
        stored.sort();
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(code, ',' ORDER BY code) FROM marquee.tickets WHERE booking_id = %1")
                            .arg(order->bookingId)).toString(), stored.join(QLatin1Char(',')));
        QVERIFY(statisticsMatchRows(eventId));
    }

    void sameCustomerIsFoundByPhone()
    {
        const qint64 eventId = createEvent(20);
        BookingRepository bookings(m_kiosk);
        auto a = bookings.book(request(eventId, 1, QStringLiteral("+66 89-999 0001")));
        auto b = bookings.book(request(eventId, 1, QStringLiteral("+6689 9990001")));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT user_id) FROM marquee.bookings WHERE id IN (%1, %2)")
                            .arg(a->bookingId).arg(b->bookingId)).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT phone FROM marquee.users u JOIN marquee.bookings b ON b.user_id = u.id WHERE b.id = %1")
                            .arg(a->bookingId)).toString(), QStringLiteral("+66899990001"));
    }

    // Free tickets are the box office's to give (the kiosk's refusal is in tst_security).
    void complimentaryIsFree()
    {
        const qint64 eventId = createEvent(20, QStringLiteral("500.00"));
        BookingRepository bookings(m_clerk);
        BookingRequest comp = request(eventId, 2);
        comp.paymentMethod = PaymentMethod::Complimentary;
        auto result = bookings.book(comp);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
        QCOMPARE(result->totalAmount, Money());
        QVERIFY(statisticsMatchRows(eventId));
    }

    void cancellationReturnsSeatsAndCorrectsStatistics()
    {
        const qint64 eventId = createEvent(10, QStringLiteral("100.00"));
        BookingRepository kiosk(m_kiosk);
        BookingRepository clerk(m_clerk);
        auto a = kiosk.book(request(eventId, 4));
        auto b = clerk.book(request(eventId, 3));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b->remaining, 3);
        auto cancelled = clerk.cancel(a->bookingId);
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.ok() ? QString() : cancelled.error().detail()));
        QCOMPARE(cancelled->released, 4);
        QCOMPARE(cancelled->remaining, 7);
        QCOMPARE(cancelled->eventId, eventId);
        QVERIFY(statisticsMatchRows(eventId));
        QCOMPARE(scalar(QStringLiteral("SELECT revenue::text FROM marquee.events WHERE id = %1").arg(eventId)).toString(),
                 QStringLiteral("300.00"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.tickets WHERE booking_id = %1 AND status = 'cancelled'")
                            .arg(a->bookingId)).toInt(), 4);
        // A second cancel is MQ005, and changes nothing.
        auto again = clerk.cancel(a->bookingId);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::BookingNotFound);
        QVERIFY(statisticsMatchRows(eventId));
        // The returned seats can be sold again.
        QVERIFY(kiosk.book(request(eventId, 7)).ok());
        QCOMPARE(kiosk.book(request(eventId, 1)).error().code(), ErrorCode::SoldOut);
    }

    void lookups()
    {
        const qint64 eventId = createEvent(30);
        // Sold at the desk (a kiosk's would be a reservation, not in the revenue).
        auto made = BookingRepository(m_clerk).book(request(eventId, 2, QStringLiteral("0891234567")));
        QVERIFY(made.ok());

        // The box office finds it every way a clerk asks.
        BookingRepository clerk(m_clerk);
        auto byId = clerk.get(made->bookingId);
        QVERIFY2(byId.ok(), qPrintable(byId.ok() ? QString() : byId.error().detail()));
        QCOMPARE(byId->quantity, 2);
        QCOMPARE(byId->tickets.size(), 2);
        QCOMPARE(byId->customerPhone, QStringLiteral("0891234567"));
        QVERIFY(!byId->eventTitle.isEmpty());
        QCOMPARE(byId->soldBy, m_database.loginProfile(QStringLiteral("marquee_box_office")).user);

        auto byCode = clerk.byTicketCode(made->ticketCodes.first().toLower());
        QVERIFY(byCode.ok());
        QCOMPARE(byCode->id, made->bookingId);
        QCOMPARE(clerk.byTicketCode(QStringLiteral("TKT-20000101-AAAAAAAA")).error().code(), ErrorCode::TicketNotFound);

        auto byPhone = clerk.byPhone(QStringLiteral("089-123-4567"));
        QVERIFY(byPhone.ok());
        QCOMPARE(byPhone->size(), 1);
        QCOMPARE(byPhone->first().id, made->bookingId);
        auto byUser = clerk.byUser(byId->userId);
        QVERIFY(byUser.ok());
        QCOMPARE(byUser->size(), 1);
        auto byEvent = clerk.byEvent(eventId);
        QVERIFY(byEvent.ok());
        QCOMPARE(byEvent->size(), 1);
        QCOMPARE(clerk.get(99999999).error().code(), ErrorCode::BookingNotFound);

        // The statistics with revenue are the admin's.
        BookingRepository admin(m_admin);
        auto summary = admin.eventSummary(eventId);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().detail()));
        QCOMPARE(summary->ticketsSold, 2);
        QCOMPARE(summary->remaining, 28);
        QCOMPARE(summary->bookingsCount, 1);
        QCOMPARE(summary->revenue.toDecimalString(), QStringLiteral("501.00"));
        auto sales = admin.salesOverTime(eventId);
        QVERIFY(sales.ok());
        QCOMPARE(sales->points.size(), 1);
        QCOMPARE(sales->points.first().cumulativeTickets, 2);

        // Find my booking, at a kiosk, needs the phone it was made with, and the reference (not the id).
        BookingRepository kiosk(m_kiosk);
        QCOMPARE(made->reference.size(), 8);
        auto mine = kiosk.findMyBooking(QStringLiteral("0891234567"), made->reference.toLower());
        QVERIFY2(mine.ok(), qPrintable(mine.ok() ? QString() : mine.error().detail()));
        QCOMPARE(mine->tickets.size(), 2);
        QCOMPARE(kiosk.findMyBooking(QStringLiteral("0899999999"), made->reference).error().code(), ErrorCode::BookingNotFound);
        QCOMPARE(kiosk.findMyBooking(QStringLiteral("0891234567"), QString::number(made->bookingId)).error().code(),
                 ErrorCode::ReferenceInvalid);
    }

    void checkInOnce()
    {
        const qint64 eventId = createEvent(30);
        auto made = BookingRepository(m_clerk).book(request(eventId, 1)); // paid: an unpaid reservation opens no door
        QVERIFY(made.ok());
        BookingRepository door(m_clerk);
        // Check-in opens 6 hours before the start.
        QCOMPARE(door.checkIn(made->ticketCodes.first()).error().code(), ErrorCode::OutsideCheckInWindow);
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.events SET starts_at = now() + interval '1 hour' WHERE id = %1")
                                    .arg(eventId)));
        auto entered = door.checkIn(made->ticketCodes.first());
        QVERIFY2(entered.ok(), qPrintable(entered.ok() ? QString() : entered.error().detail()));
        QCOMPARE(door.checkIn(made->ticketCodes.first()).error().code(), ErrorCode::TicketAlreadyUsed);
        QCOMPARE(door.checkIn(QStringLiteral("TKT-20000101-ZZZZZZZZ")).error().code(), ErrorCode::TicketNotFound);
        // Someone came in on it: the booking can no longer be cancelled and its seats stay sold.
        QCOMPARE(door.cancel(made->bookingId).error().code(), ErrorCode::BookingCheckedIn);
        QCOMPARE(door.get(made->bookingId)->isVoid(), false);
    }

    // The connection drops after the server received the booking, committed it and answered, but
    // before the client read a byte of the answer (a proxy holds the answer back and cuts both
    // sides). The client cannot know whether it booked: the repository reconnects, asks again with
    // the same idempotency key and gets the booking that committed; there is exactly one.
    void retryAfterDroppedConnectionBooksOnce()
    {
        const qint64 eventId = createEvent(10);
        Test::DroppingProxy proxy(Test::TestDatabase::socketDirectory());
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        const QString name = QStringLiteral("through-proxy");
        {
            QSqlDatabase db = m_database.open(name, proxy.route(m_database.loginProfile(QStringLiteral("marquee_box_office"))));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            BookingRepository bookings(db);
            const BookingRequest req = request(eventId, 2);
            // The key travels only with the call of book_tickets itself (not with its PREPARE).
            proxy.dropAnswerTo(req.idempotencyKey.toString(QUuid::WithoutBraces).toLatin1());
            auto retried = bookings.book(req);

            QVERIFY(proxy.hasDropped());
            const QByteArray lost = proxy.withheldAnswer();
            QVERIFY(Test::DroppingProxy::hasMessage(lost, 'D'));   // a row: the booking was made
            QVERIFY(Test::DroppingProxy::hasMessage(lost, 'C'));   // the command completed
            QVERIFY(!Test::DroppingProxy::hasMessage(lost, 'E'));  // no error
            const qint64 committed = Test::DroppingProxy::firstRowValue(lost).toLongLong();
            QVERIFY(committed > 0);
            QCOMPARE(proxy.connectionsAccepted(), 2);       // it reconnected once

            QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().detail()));
            QCOMPARE(retried->bookingId, committed);
            QCOMPARE(retried->remaining, 8);
            QCOMPARE(retried->ticketCodes.size(), 2);
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(code, ',' ORDER BY id) FROM marquee.tickets WHERE booking_id = %1")
                                .arg(committed)).toString(), retried->ticketCodes.join(QLatin1Char(',')));
        }
        Connection::close(name);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(eventId)).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
                                       "WHERE b.event_id = %1").arg(eventId)).toInt(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT tickets_sold FROM marquee.events WHERE id = %1").arg(eventId)).toInt(), 2);
        QVERIFY(statisticsMatchRows(eventId));
    }

    // The connection drops while the booking waits for the seat lock (before commit): the server rolls it
    // back, the repository reconnects and books it, exactly once.
    void dropBeforeCommitIsRetriedAndMadeOnce()
    {
        const qint64 eventId = createEvent(10);
        // An admin's open transaction holds the event row, so the booking blocks inside book_tickets.
        QSqlQuery hold(m_admin);
        QVERIFY(m_admin.transaction());
        QVERIFY(hold.exec(QStringLiteral("SELECT 1 FROM marquee.events WHERE id = %1 FOR UPDATE").arg(eventId)));

        const BookingRequest req = request(eventId, 3);
        Result<BookingConfirmation> outcome(Error(ErrorCode::Internal));
        ConnectionProfile profile = m_database.loginProfile(QStringLiteral("marquee_box_office"));
        profile.applicationName = QStringLiteral("marquee-blocked");
        profile.lockTimeoutMs = 0;
        QThread *terminal = QThread::create([&] {
            {
                QSqlDatabase db = m_database.open(QStringLiteral("blocked"), profile);
                BookingRepository bookings(db);
                outcome = bookings.book(req);
            }
            Connection::close(QStringLiteral("blocked"));
        });
        terminal->start();
        // Wait until it is blocked on the lock, then cut it off (the superuser stands in for a server
        // restart or a cut cable), then let go of the row.
        QTRY_VERIFY_WITH_TIMEOUT(scalar(QStringLiteral(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'marquee-blocked' AND wait_event_type = 'Lock'")).toInt() == 1, 10000);
        QVERIFY(m_database.terminateSessions(QStringLiteral("marquee-blocked")) >= 1);
        QVERIFY(m_admin.commit());
        QVERIFY(terminal->wait(20000));
        delete terminal;
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().detail()));
        QCOMPARE(outcome->remaining, 7);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(eventId)).toInt(), 1);
        QVERIFY(statisticsMatchRows(eventId));
    }
};

QTEST_GUILESS_MAIN(TestBookingRepository)
#include "tst_bookingrepository.moc"
