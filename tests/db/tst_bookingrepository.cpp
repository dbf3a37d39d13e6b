#include "booking/bookingrepository.h"
#include "database/connection.h"
#include "events/eventrepository.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest/QtTest>

using namespace Marquee;

// The booking transaction end to end: every rule and every MQ error, idempotent retries,
// cancellation, look-ups and statistics, and a booking whose connection drops mid-call.
class TestBookingRepository : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("booking_repository")};
    QSqlDatabase m_db;

    qint64 createEvent(int capacity, const QString &price = QStringLiteral("250.50"), int maxPerBooking = 10)
    {
        EventRepository events(m_db);
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
        QSqlQuery q(m_db);
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
        m_db = m_database.open(QStringLiteral("booking"));
        QVERIFY(m_db.isOpen());
    }

    void bookReturnsCodesTotalAndRemaining()
    {
        const qint64 eventId = createEvent(50, QStringLiteral("333.33"));
        BookingRepository bookings(m_db);
        auto result = bookings.book(request(eventId, 3));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
        QVERIFY(result->bookingId > 0);
        QCOMPARE(result->totalAmount.toDecimalString(), QStringLiteral("999.99"));
        QCOMPARE(result->remaining, 47);
        QCOMPARE(result->ticketCodes.size(), 3);
        const QString today = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
        static const QRegularExpression format(QStringLiteral("^TKT-(\\d{8})-[A-Z0-9]{8}$"));
        for (const QString &code : result->ticketCodes) {
            const auto match = format.match(code);
            QVERIFY2(match.hasMatch(), qPrintable(code));
            // Date of sale in the server's time zone; the test machine and server share it.
            QCOMPARE(match.captured(1), scalar(QStringLiteral("SELECT to_char(now(), 'YYYYMMDD')")).toString());
            Q_UNUSED(today);
        }
        QCOMPARE(QSet<QString>(result->ticketCodes.cbegin(), result->ticketCodes.cend()).size(), 3);

        // Exact money end to end: numeric in the database, the same digits here.
        QCOMPARE(scalar(QStringLiteral("SELECT revenue::text FROM marquee.events WHERE id = %1").arg(eventId)).toString(),
                 QStringLiteral("999.99"));
        QCOMPARE(scalar(QStringLiteral("SELECT sold_by FROM marquee.bookings WHERE id = %1").arg(result->bookingId)).toString(),
                 Test::TestDatabase::superuserName());
        QVERIFY(statisticsMatchRows(eventId));
    }

    void ticketCodesAreNotSequential()
    {
        const qint64 eventId = createEvent(100);
        BookingRepository bookings(m_db);
        auto result = bookings.book(request(eventId, 10));
        QVERIFY(result.ok());
        QStringList suffixes;
        for (const QString &code : result->ticketCodes)
            suffixes << code.right(8);
        QStringList sorted = suffixes;
        sorted.sort();
        QVERIFY(sorted != suffixes || suffixes.size() < 2 || suffixes.first() != sorted.first());
        // Random codes share no long common prefix.
        int sharedPrefix = 0;
        while (sharedPrefix < 8 && suffixes.at(0).at(sharedPrefix) == suffixes.at(1).at(sharedPrefix))
            ++sharedPrefix;
        QVERIFY(sharedPrefix < 4);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<int>("code");
        QTest::newRow("MQ001 not enough seats") << "SELECT * FROM marquee.book_tickets(%1, 6, 'A', '0811111111', gen_random_uuid())"
                                                << "MQ001" << int(ErrorCode::SoldOut);
        QTest::newRow("MQ002 unknown event") << "SELECT * FROM marquee.book_tickets(999999, 1, 'A', '0811111111', gen_random_uuid())"
                                             << "MQ002" << int(ErrorCode::NotOnSale);
        QTest::newRow("MQ003 zero") << "SELECT * FROM marquee.book_tickets(%1, 0, 'A', '0811111111', gen_random_uuid())"
                                    << "MQ003" << int(ErrorCode::InvalidQuantity);
        QTest::newRow("MQ003 negative") << "SELECT * FROM marquee.book_tickets(%1, -2, 'A', '0811111111', gen_random_uuid())"
                                        << "MQ003" << int(ErrorCode::InvalidQuantity);
        QTest::newRow("MQ003 over limit") << "SELECT * FROM marquee.book_tickets(%2, 11, 'A', '0811111111', gen_random_uuid())"
                                          << "MQ003" << int(ErrorCode::InvalidQuantity);
        QTest::newRow("MQ004 empty name") << "SELECT * FROM marquee.book_tickets(%1, 1, '  ', '0811111111', gen_random_uuid())"
                                          << "MQ004" << int(ErrorCode::InvalidCustomer);
        QTest::newRow("MQ004 short phone") << "SELECT * FROM marquee.book_tickets(%1, 1, 'A', '12345', gen_random_uuid())"
                                           << "MQ004" << int(ErrorCode::InvalidCustomer);
        QTest::newRow("MQ004 letters in phone") << "SELECT * FROM marquee.book_tickets(%1, 1, 'A', '08123x5678', gen_random_uuid())"
                                                << "MQ004" << int(ErrorCode::InvalidCustomer);
        QTest::newRow("MQ005 unknown booking") << "SELECT * FROM marquee.cancel_booking(999999)"
                                               << "MQ005" << int(ErrorCode::BookingNotFound);
        QTest::newRow("capacity check") << "UPDATE marquee.events SET tickets_sold = capacity + 1 WHERE id = %1"
                                        << "23514" << int(ErrorCode::CapacityBelowSold);
        QTest::newRow("price check") << "UPDATE marquee.events SET price = -1 WHERE id = %1"
                                     << "23514" << int(ErrorCode::PriceNegative);
        QTest::newRow("capacity positive") << "UPDATE marquee.events SET capacity = 0 WHERE id = %1"
                                           << "23514" << int(ErrorCode::CapacityNotPositive);
    }
    void errors()
    {
        QFETCH(QString, sql);
        QFETCH(QString, sqlState);
        QFETCH(int, code);
        const qint64 small = createEvent(5);
        const qint64 big = createEvent(100);
        const int bookingsBefore = scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt();
        QSqlQuery q(m_db);
        QVERIFY(!q.exec(sql.arg(small).arg(big)));
        QCOMPARE(q.lastError().nativeErrorCode(), sqlState);
        const Error error = Connection::errorOf(q);
        QCOMPARE(int(error.code()), code);
        QVERIFY(!error.message().contains(sqlState));
        // Nothing was stored.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt(), bookingsBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT tickets_sold FROM marquee.events WHERE id = %1").arg(small)).toInt(), 0);
    }

    void notOnSaleWhenCancelledOrStarted()
    {
        const qint64 cancelled = createEvent(10);
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.events SET status = 'cancelled' WHERE id = %1").arg(cancelled)));
        const qint64 started = createEvent(10);
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.events SET starts_at = now() - interval '1 minute' WHERE id = %1").arg(started)));
        const qint64 completed = createEvent(10);
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.events SET status = 'completed' WHERE id = %1").arg(completed)));
        BookingRepository bookings(m_db);
        for (qint64 id : {cancelled, started, completed}) {
            auto result = bookings.book(request(id, 1));
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code(), ErrorCode::NotOnSale);
        }
    }

    void clientRefusesInvalidInputBeforeTheRoundTrip()
    {
        const qint64 eventId = createEvent(10);
        BookingRepository bookings(m_db);
        BookingRequest bad = request(eventId, 1, QStringLiteral("12"));
        QCOMPARE(bookings.book(bad).error().code(), ErrorCode::InvalidCustomer);
        bad = request(eventId, 0);
        QCOMPARE(bookings.book(bad).error().code(), ErrorCode::InvalidQuantity);
    }

    void idempotentRetryReturnsTheFirstBooking()
    {
        const qint64 eventId = createEvent(20);
        BookingRepository bookings(m_db);
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

    void sameCustomerIsFoundByPhone()
    {
        const qint64 eventId = createEvent(20);
        BookingRepository bookings(m_db);
        auto a = bookings.book(request(eventId, 1, QStringLiteral("+66 89-999 0001")));
        auto b = bookings.book(request(eventId, 1, QStringLiteral("+6689 9990001")));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT user_id) FROM marquee.bookings WHERE id IN (%1, %2)")
                            .arg(a->bookingId).arg(b->bookingId)).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT phone FROM marquee.users u JOIN marquee.bookings b ON b.user_id = u.id WHERE b.id = %1")
                            .arg(a->bookingId)).toString(), QStringLiteral("+66899990001"));
    }

    void complimentaryIsFree()
    {
        const qint64 eventId = createEvent(20, QStringLiteral("500.00"));
        BookingRepository bookings(m_db);
        BookingRequest comp = request(eventId, 2);
        comp.paymentMethod = PaymentMethod::Complimentary;
        auto result = bookings.book(comp);
        QVERIFY(result.ok());
        QCOMPARE(result->totalAmount, Money());
        QVERIFY(statisticsMatchRows(eventId));
    }

    void cancellationReturnsSeatsAndCorrectsStatistics()
    {
        const qint64 eventId = createEvent(10, QStringLiteral("100.00"));
        BookingRepository bookings(m_db);
        auto a = bookings.book(request(eventId, 4));
        auto b = bookings.book(request(eventId, 3));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b->remaining, 3);
        auto cancelled = bookings.cancel(a->bookingId);
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled->released, 4);
        QCOMPARE(cancelled->remaining, 7);
        QCOMPARE(cancelled->eventId, eventId);
        QVERIFY(statisticsMatchRows(eventId));
        QCOMPARE(scalar(QStringLiteral("SELECT revenue::text FROM marquee.events WHERE id = %1").arg(eventId)).toString(),
                 QStringLiteral("300.00"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.tickets WHERE booking_id = %1 AND status = 'cancelled'")
                            .arg(a->bookingId)).toInt(), 4);
        // A second cancel is MQ005, and changes nothing.
        auto again = bookings.cancel(a->bookingId);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::BookingNotFound);
        QVERIFY(statisticsMatchRows(eventId));
        // The returned seats can be sold again.
        QVERIFY(bookings.book(request(eventId, 7)).ok());
        QVERIFY(!bookings.book(request(eventId, 1)).ok());
    }

    void lookups()
    {
        const qint64 eventId = createEvent(30);
        BookingRepository bookings(m_db);
        auto made = bookings.book(request(eventId, 2, QStringLiteral("0891234567")));
        QVERIFY(made.ok());

        auto byId = bookings.get(made->bookingId);
        QVERIFY(byId.ok());
        QCOMPARE(byId->quantity, 2);
        QCOMPARE(byId->tickets.size(), 2);
        QCOMPARE(byId->customerPhone, QStringLiteral("0891234567"));
        QVERIFY(!byId->eventTitle.isEmpty());

        auto byCode = bookings.byTicketCode(made->ticketCodes.first().toLower());
        QVERIFY(byCode.ok());
        QCOMPARE(byCode->id, made->bookingId);
        QCOMPARE(bookings.byTicketCode(QStringLiteral("TKT-20000101-AAAAAAAA")).error().code(), ErrorCode::TicketNotFound);

        auto byPhone = bookings.byPhone(QStringLiteral("089-123-4567"));
        QVERIFY(byPhone.ok());
        QVERIFY(!byPhone->isEmpty());
        auto byUser = bookings.byUser(byId->userId);
        QVERIFY(byUser.ok());
        QVERIFY(!byUser->isEmpty());
        auto byEvent = bookings.byEvent(eventId);
        QVERIFY(byEvent.ok());
        QCOMPARE(byEvent->size(), 1);

        auto summary = bookings.eventSummary(eventId);
        QVERIFY(summary.ok());
        QCOMPARE(summary->ticketsSold, 2);
        QCOMPARE(summary->remaining, 28);
        QCOMPARE(summary->bookingsCount, 1);
        auto sales = bookings.salesOverTime(eventId);
        QVERIFY(sales.ok());
        QCOMPARE(sales->size(), 1);
        QCOMPARE(sales->first().cumulativeTickets, 2);

        // Find my booking needs the phone it was made with, and the reference (not the id).
        QCOMPARE(made->reference.size(), 8);
        QVERIFY(bookings.findMyBooking(QStringLiteral("0891234567"), made->reference.toLower()).ok());
        QCOMPARE(bookings.findMyBooking(QStringLiteral("0899999999"), made->reference).error().code(), ErrorCode::BookingNotFound);
        QCOMPARE(bookings.findMyBooking(QStringLiteral("0891234567"), QString::number(made->bookingId)).error().code(),
                 ErrorCode::ReferenceInvalid);
        QCOMPARE(bookings.get(99999999).error().code(), ErrorCode::BookingNotFound);
    }

    void checkInOnce()
    {
        const qint64 eventId = createEvent(30);
        BookingRepository bookings(m_db);
        auto made = bookings.book(request(eventId, 1));
        QVERIFY(made.ok());
        // Check-in opens 6 hours before the start.
        QCOMPARE(bookings.checkIn(made->ticketCodes.first()).error().code(), ErrorCode::OutsideCheckInWindow);
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.events SET starts_at = now() + interval '1 hour' WHERE id = %1")
                                    .arg(eventId)));
        QVERIFY(bookings.checkIn(made->ticketCodes.first()).ok());
        QCOMPARE(bookings.checkIn(made->ticketCodes.first()).error().code(), ErrorCode::TicketAlreadyUsed);
        QCOMPARE(bookings.checkIn(QStringLiteral("TKT-20000101-ZZZZZZZZ")).error().code(), ErrorCode::TicketNotFound);
        // Someone came in on it: the booking can no longer be cancelled and its seats stay sold.
        QCOMPARE(bookings.cancel(made->bookingId).error().code(), ErrorCode::BookingCheckedIn);
        QCOMPARE(bookings.get(made->bookingId)->cancelled, false);
    }

    // The connection drops after the booking committed but before the answer was read: the retry with
    // the same key finds the booking and makes no second one.
    void retryAfterDroppedConnectionBooksOnce()
    {
        const qint64 eventId = createEvent(10);
        const QString name = QStringLiteral("dropping");
        ConnectionProfile profile = m_database.superuserProfile();
        profile.applicationName = QStringLiteral("marquee-dropping");
        QSqlDatabase db = m_database.open(name, profile);
        BookingRepository bookings(db);
        const BookingRequest req = request(eventId, 2);
        auto first = bookings.book(req);
        QVERIFY(first.ok());
        QVERIFY(m_database.terminateSessions(QStringLiteral("marquee-dropping")) >= 1);
        auto retried = bookings.book(req);
        QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().detail()));
        QCOMPARE(retried->bookingId, first->bookingId);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(eventId)).toInt(), 1);
    }

    // The connection drops while the booking waits for the seat lock (before commit): the server rolls it
    // back, the repository reconnects and books it, exactly once.
    void dropBeforeCommitIsRetriedAndMadeOnce()
    {
        const qint64 eventId = createEvent(10);
        // Hold the event row so the booking blocks inside book_tickets.
        QSqlDatabase blocker = m_database.open(QStringLiteral("blocker"));
        QSqlQuery hold(blocker);
        QVERIFY(blocker.transaction());
        QVERIFY(hold.exec(QStringLiteral("SELECT 1 FROM marquee.events WHERE id = %1 FOR UPDATE").arg(eventId)));

        const BookingRequest req = request(eventId, 3);
        Result<BookingConfirmation> outcome(Error(ErrorCode::Internal));
        QThread *terminal = QThread::create([&] {
            ConnectionProfile profile = m_database.superuserProfile();
            profile.applicationName = QStringLiteral("marquee-blocked");
            profile.lockTimeoutMs = 0;
            {
                QSqlDatabase db = m_database.open(QStringLiteral("blocked"), profile);
                BookingRepository bookings(db);
                outcome = bookings.book(req);
            }
            Connection::close(QStringLiteral("blocked"));
        });
        terminal->start();
        // Wait until it is blocked on the lock, then cut it off, then let go of the row.
        QTRY_VERIFY_WITH_TIMEOUT(scalar(QStringLiteral(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'marquee-blocked' AND wait_event_type = 'Lock'")).toInt() == 1, 10000);
        QVERIFY(m_database.terminateSessions(QStringLiteral("marquee-blocked")) >= 1);
        QVERIFY(blocker.commit());
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
