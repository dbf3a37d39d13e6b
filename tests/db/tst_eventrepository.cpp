#include "booking/bookingrepository.h"
#include "database/connection.h"
#include "events/eventrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QtTest/QtTest>

using namespace Marquee;

// Events as admins manage them and as everyone else sees them: create, get, full and partial
// update, soft cancel, search, filters and keyset paging, and the database's own refusals.
// Admin work runs as an admin login, the public listing as a kiosk login, sales as a box-office login;
// the superuser only empties and bulk-fills the table for the paging and index tests.
class TestEventRepository : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("event_repository")};
    QSqlDatabase m_db;     // an admin login
    QSqlDatabase m_kiosk;
    QSqlDatabase m_clerk;  // sells: a desk's sale is paid (a kiosk's booking would be a reservation)

    bool sell(qint64 eventId, int quantity, const QString &phone)
    {
        BookingRequest request;
        request.eventId = eventId;
        request.quantity = quantity;
        request.customerName = QStringLiteral("A");
        request.customerPhone = phone;
        auto booked = BookingRepository(m_clerk).book(request);
        if (!booked)
            qWarning("booking failed: %s", qPrintable(booked.error().detail()));
        return booked.ok();
    }

    EventDraft draft(const QString &title, const QString &venue, int daysAhead, int capacity = 100)
    {
        EventDraft d;
        d.title = title;
        d.venue = venue;
        d.description = QStringLiteral("About %1").arg(title);
        d.startsAt = QDateTime::currentDateTimeUtc().addDays(daysAhead);
        d.capacity = capacity;
        d.price = *Money::fromDecimalString(QStringLiteral("1234.56"));
        return d;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        m_db = m_database.open(QStringLiteral("events"), m_database.loginProfile(QStringLiteral("marquee_admin")));
        m_kiosk = m_database.open(QStringLiteral("kiosk"), m_database.loginProfile(QStringLiteral("marquee_kiosk")));
        m_clerk = m_database.open(QStringLiteral("box-office"), m_database.loginProfile(QStringLiteral("marquee_box_office")));
        QVERIFY(m_db.isOpen() && m_kiosk.isOpen() && m_clerk.isOpen());
    }

    void cleanupTestCase()
    {
        m_db = m_kiosk = m_clerk = QSqlDatabase();
        Connection::close(QStringLiteral("events"));
        Connection::close(QStringLiteral("box-office"));
        Connection::close(QStringLiteral("kiosk"));
    }

    void createAndGet()
    {
        EventRepository events(m_db);
        EventDraft d = draft(QStringLiteral("Jazz at Sunset"), QStringLiteral("Riverside Terrace"), 10);
        d.description = QString(); // a null QString must still be stored as an empty description
        auto created = events.create(d);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detail()));
        QVERIFY(created->id > 0);
        QCOMPARE(created->status, EventStatus::Active);
        QCOMPARE(created->price.toDecimalString(), QStringLiteral("1234.56"));
        QCOMPARE(created->ticketsSold, 0);
        QVERIFY(created->createdAt.isValid());
        // Instants survive the round trip exactly (to the millisecond we sent).
        QCOMPARE(created->startsAt.toUTC().toSecsSinceEpoch(), d.startsAt.toUTC().toSecsSinceEpoch());

        auto fetched = events.get(created->id);
        QVERIFY(fetched.ok());
        QCOMPARE(fetched->title, QStringLiteral("Jazz at Sunset"));
        QCOMPARE(fetched->description, QString());
        QCOMPARE(events.get(987654).error().code(), ErrorCode::NotFound);

        // What a kiosk sees of it: no revenue.
        auto publicView = EventRepository(m_kiosk).getPublic(created->id);
        QVERIFY2(publicView.ok(), qPrintable(publicView.ok() ? QString() : publicView.error().detail()));
        QCOMPARE(publicView->remaining(), 100);
        QCOMPARE(publicView->revenue, Money());
    }

    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("code");
        QTest::newRow("empty title") << 0 << int(ErrorCode::TitleRequired);
        QTest::newRow("empty venue") << 1 << int(ErrorCode::VenueRequired);
        QTest::newRow("zero capacity") << 2 << int(ErrorCode::CapacityNotPositive);
        QTest::newRow("negative price") << 3 << int(ErrorCode::PriceNegative);
        QTest::newRow("start in the past") << 4 << int(ErrorCode::StartNotInFuture);
        QTest::newRow("title too long") << 5 << int(ErrorCode::TitleTooLong);
    }
    void refusals()
    {
        QFETCH(int, which);
        QFETCH(int, code);
        EventDraft d = draft(QStringLiteral("Refused"), QStringLiteral("Hall"), 5);
        switch (which) {
        case 0: d.title = QStringLiteral("   "); break;
        case 1: d.venue = QString(); break;
        case 2: d.capacity = 0; break;
        case 3: d.price = Money::fromMinorUnits(-100); break;
        case 4: d.startsAt = QDateTime::currentDateTimeUtc().addSecs(-3600); break;
        case 5: d.title = QString(201, QLatin1Char('x')); break;
        }
        EventRepository events(m_db);
        QSqlQuery count(m_db);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM marquee.events")) && count.next());
        const int before = count.value(0).toInt();
        auto created = events.create(d);
        QVERIFY(!created.ok());
        QCOMPARE(int(created.error().code()), code);
        QVERIFY(!created.error().field().isEmpty());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM marquee.events")) && count.next());
        QCOMPARE(count.value(0).toInt(), before);
    }

    void databaseRefusesWhatTheClientLetThrough()
    {
        // Straight to SQL, as psql would: the database's own constraints answer, mapped to fields.
        EventRepository events(m_db);
        auto created = events.create(draft(QStringLiteral("Direct"), QStringLiteral("Hall"), 5, 10));
        QVERIFY(created.ok());
        QVERIFY(sell(created->id, 8, QStringLiteral("0812345678")));
        EventPatch shrink;
        shrink.capacity = 5;
        auto shrunk = events.patch(created->id, shrink);
        QVERIFY(!shrunk.ok());
        QCOMPARE(shrunk.error().code(), ErrorCode::CapacityBelowTaken);
        QCOMPARE(shrunk.error().field(), QStringLiteral("capacity"));
        QCOMPARE(events.get(created->id)->capacity, 10);
    }

    void fullAndPartialUpdate()
    {
        EventRepository events(m_db);
        auto created = events.create(draft(QStringLiteral("Old title"), QStringLiteral("Old hall"), 20));
        QVERIFY(created.ok());

        EventDraft full = draft(QStringLiteral("New title"), QStringLiteral("New hall"), 25, 150);
        full.price = *Money::fromDecimalString(QStringLiteral("99.90"));
        auto updated = events.update(created->id, full);
        QVERIFY(updated.ok());
        QCOMPARE(updated->title, QStringLiteral("New title"));
        QCOMPARE(updated->capacity, 150);
        QCOMPARE(updated->price.toDecimalString(), QStringLiteral("99.90"));
        QVERIFY(updated->updatedAt >= created->updatedAt);

        EventPatch onlyPrice;
        onlyPrice.price = *Money::fromDecimalString(QStringLiteral("0.10"));
        auto patched = events.patch(created->id, onlyPrice);
        QVERIFY(patched.ok());
        QCOMPARE(patched->title, QStringLiteral("New title"));
        QCOMPARE(patched->price.toDecimalString(), QStringLiteral("0.10"));
        QCOMPARE(events.patch(424242, onlyPrice).error().code(), ErrorCode::NotFound);
    }

    void cancelIsSoft()
    {
        EventRepository events(m_db);
        auto created = events.create(draft(QStringLiteral("To cancel"), QStringLiteral("Hall"), 9));
        QVERIFY(created.ok());
        QVERIFY(sell(created->id, 2, QStringLiteral("0812345679")));
        auto cancelled = events.cancel(created->id);
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled->status, EventStatus::Cancelled);
        // Nothing is sold any more: its bookings stay, each with its refund due (the revenue goes with them).
        QCOMPARE(cancelled->ticketsSold, 0);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1 AND status = 'refund_due'").arg(created->id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void searchFiltersAndPaging()
    {
        // Setup: an empty table (no login may delete events or bookings, so only the superuser can).
        QVERIFY(m_database.exec(QStringLiteral("DELETE FROM marquee.refunds; DELETE FROM marquee.tickets; DELETE FROM marquee.bookings; DELETE FROM marquee.events")));
        EventRepository events(m_db);
        for (int i = 0; i < 25; ++i) {
            const QString venue = i % 2 ? QStringLiteral("Studio Theatre") : QStringLiteral("Main Hall");
            QVERIFY(events.create(draft(QStringLiteral("Show %1").arg(i, 2, 10, QLatin1Char('0')), venue, i + 1)).ok());
        }
        QVERIFY(events.create(draft(QStringLiteral("100% Fun_Night"), QStringLiteral("Bar"), 40)).ok());

        EventQuery query;
        query.search = QStringLiteral("studio");
        auto studio = events.list(query);
        QVERIFY(studio.ok());
        QCOMPARE(studio->size(), 12);
        QCOMPARE(events.count(query).value(), 12);

        // Pattern characters are matched literally.
        query.search = QStringLiteral("100%");
        QCOMPARE(events.list(query)->size(), 1);
        query.search = QStringLiteral("_");
        QCOMPARE(events.list(query)->size(), 1);

        query = EventQuery();
        query.from = QDateTime::currentDateTimeUtc().addDays(10);
        query.until = QDateTime::currentDateTimeUtc().addDays(15).addSecs(60);
        QCOMPARE(events.list(query)->size(), 5);

        query = EventQuery();
        query.status = EventStatus::Cancelled;
        QCOMPARE(events.list(query)->size(), 0);

        // Keyset paging walks every event once, in start order: the kiosk's listing.
        EventRepository listing(m_kiosk);
        EventQuery page;
        page.limit = 7;
        QList<qint64> seen;
        for (int guard = 0; guard < 10; ++guard) {
            auto rows = listing.listPublic(page);
            QVERIFY(rows.ok());
            for (const Event &e : rows.value())
                seen << e.id;
            if (rows->size() < page.limit)
                break;
            page.afterStartsAt = rows->last().startsAt;
            page.afterId = rows->last().id;
        }
        QCOMPARE(seen.size(), 26);
        QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 26);

        // Offset paging too (the REST-style list).
        EventQuery offsetPage;
        offsetPage.limit = 10;
        offsetPage.offset = 20;
        QCOMPARE(events.list(offsetPage)->size(), 6);
    }

    void searchUsesTheTrigramIndex()
    {
        // Setup: 5,000 events in one statement, and fresh statistics (ANALYZE needs the table's owner).
        QVERIFY(m_database.exec(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
            "SELECT 'Generated ' || g, 'Venue ' || (g % 50), now() + interval '1 day' + g * interval '1 minute', 100, 10 "
            "FROM generate_series(1, 5000) g; ANALYZE marquee.events")));
        QSqlQuery q(m_db);
        // With a small table the planner may rightly prefer a scan; what matters is that the index can serve the pattern.
        QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
        QVERIFY(q.exec(QStringLiteral("EXPLAIN SELECT id FROM marquee.events WHERE title ILIKE '%erated 42%' OR venue ILIKE '%erated 42%'")));
        QString plan;
        while (q.next())
            plan += q.value(0).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("events_title_trgm")), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestEventRepository)
#include "tst_eventrepository.moc"
