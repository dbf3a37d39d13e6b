// The venue's clock and money (issue #11, point 8), its settings (who may change which), and reprints (point 10).
// This test runs with TZ=America/New_York (tests/CMakeLists.txt) and sessions in yet other zones: nothing it checks
// may follow the terminal's or the session's zone.
//   - venue_settings() for every group; admins change the venue's settings through set_setting (each refusal names
//     its field), never the housekeeping ones; the box office and kiosks change none;
//   - a ticket code carries the venue's date whatever the booking session's TimeZone;
//   - the sales chart's buckets are the venue's hours / days / weeks, chosen from the sale's span, from the bucket
//     of the first sale (no empty ramp before it), counting a reservation when it was paid;
//   - a reprint is recorded with who made it; kiosks cannot record one.

#include "booking/bookingrepository.h"
#include "sqlsession.h"
#include "testdatabase.h"
#include "venue/settingsrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest/QtTest>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestVenueClock : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("venueclock")};
    std::unique_ptr<SqlSession> m_super;

    ConnectionProfile kiosk() const { return m_database.loginProfile(QStringLiteral("marquee_kiosk")); }
    ConnectionProfile clerk() const { return m_database.loginProfile(QStringLiteral("marquee_box_office")); }
    ConnectionProfile admin() const { return m_database.loginProfile(QStringLiteral("marquee_admin")); }

    qint64 createEvent()
    {
        return m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, max_tickets_per_booking) "
            "VALUES ('Clock ' || gen_random_uuid(), 'Main Hall', now() + interval '200 days', 1000, 100, 50) RETURNING id"))
            .toLongLong();
    }

    // A sale (by the owner) paid at this instant. (Two statements: an UPDATE does not see what a function called
    // in the same statement inserted.)
    void sellAt(qint64 event, int quantity, const QString &instant)
    {
        const qint64 booking = m_super->value(QStringLiteral(
            "SELECT booking_id FROM marquee.book_tickets(%1, %2, 'Buyer', NULL, gen_random_uuid(), 'cash')")
                                                  .arg(event).arg(quantity)).toLongLong();
        QVERIFY(booking > 0);
        QVERIFY(m_super->stateOf(QStringLiteral(
            "UPDATE marquee.bookings SET paid_at = '%2'::timestamptz, booked_at = '%2'::timestamptz WHERE id = %1")
                                     .arg(booking).arg(instant)).isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QCOMPARE(qEnvironmentVariable("TZ"), QStringLiteral("America/New_York"));
        QVERIFY(m_database.liftBookingLimits());
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        QVERIFY(m_super->isOpen());
    }

    void everyGroupReadsTheVenuesSettings()
    {
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = 'Asia/Bangkok' WHERE key = 'venue_time_zone'")));
        for (const ConnectionProfile &profile : {kiosk(), clerk(), admin()}) {
            SqlSession session(profile, QStringLiteral("reader"));
            auto venue = SettingsRepository(session.db()).venue();
            QVERIFY2(venue.ok(), qPrintable(venue.ok() ? QString() : venue.error().detail()));
            QCOMPARE(venue->timeZoneId, QStringLiteral("Asia/Bangkok"));
            QCOMPARE(venue->currency, QStringLiteral("THB"));
            QCOMPARE(venue->reservationSeconds, 1200);
            QCOMPARE(venue->lateSaleMinutes, 30);
            QCOMPARE(venue->kioskReservationCapPercent, 5);
            QCOMPARE(venue->kioskReservationCapMinimum, 10);
            QCOMPARE(venue->timeZone().id(), QByteArray("Asia/Bangkok"));
            QCOMPARE(venue->kioskReservationCap(400), 20);
        }
        // The settings table itself stays the admins' to read.
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.settings")), QStringLiteral("42501"));
    }

    void adminsChangeTheVenuesSettingsOnly()
    {
        SqlSession manager(admin(), QStringLiteral("admin"));
        SettingsRepository settings(manager.db());
        QVERIFY(settings.set(QStringLiteral("currency"), QStringLiteral("USD")).ok());
        QVERIFY(settings.set(QStringLiteral("venue_time_zone"), QStringLiteral("Europe/Berlin")).ok());
        QCOMPARE(settings.venue()->currency, QStringLiteral("USD"));

        // Each refusal names its field, checked here and again by the database.
        struct Refusal { const char *key; const char *value; ErrorCode code; };
        const Refusal refusals[] = {
            {"venue_time_zone", "ICT", ErrorCode::TimeZoneInvalid},
            {"venue_time_zone", "UTC+7", ErrorCode::TimeZoneInvalid},
            {"venue_time_zone", "Mars/Olympus", ErrorCode::TimeZoneInvalid},
            {"currency", "thb", ErrorCode::CurrencyInvalid},
            {"currency", "BAHT", ErrorCode::CurrencyInvalid},
            {"reservation_seconds", "0", ErrorCode::SettingOutOfRange},
            {"late_sale_minutes", "-5", ErrorCode::SettingOutOfRange},
            {"kiosk_reservation_cap_percent", "101", ErrorCode::SettingOutOfRange},
            {"idle_in_transaction_seconds", "99999", ErrorCode::PermissionDenied},
        };
        for (const Refusal &refusal : refusals) {
            auto refused = settings.set(QLatin1String(refusal.key), QLatin1String(refusal.value));
            QVERIFY2(!refused.ok(), refusal.value);
            QCOMPARE(refused.error().code(), refusal.code);
            if (refusal.code != ErrorCode::PermissionDenied)
                QCOMPARE(refused.error().field(), QLatin1String(refusal.key));
        }
        // The database refuses the same, with its constraint's name, from psql.
        QCOMPARE(manager.stateOf(QStringLiteral("SELECT marquee.set_setting('venue_time_zone', 'ICT')")), QStringLiteral("23514"));
        QCOMPARE(manager.stateOf(QStringLiteral("SELECT marquee.set_setting('currency', 'thb')")), QStringLiteral("23514"));
        QCOMPARE(manager.stateOf(QStringLiteral("SELECT marquee.set_setting('stuck_lock_holder_seconds', '1')")), QStringLiteral("42501"));
        QCOMPARE(manager.stateOf(QStringLiteral("UPDATE marquee.settings SET value = '1' WHERE key = 'currency'")), QStringLiteral("42501"));
        QCOMPARE(m_super->value(QStringLiteral("SELECT value FROM marquee.settings WHERE key = 'stuck_lock_holder_seconds'")).toString(),
                 QStringLiteral("10"));

        // All at once, all or nothing.
        VenueSettings venue = settings.venue().value();
        venue.timeZoneId = QStringLiteral("Asia/Bangkok");
        venue.currency = QStringLiteral("THB");
        venue.lateSaleMinutes = 45;
        auto saved = settings.saveVenue(venue);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().detail()));
        QCOMPARE(saved->lateSaleMinutes, 45);
        venue.lateSaleMinutes = 30;
        venue.currency = QStringLiteral("bad");
        QCOMPARE(settings.saveVenue(venue).error().code(), ErrorCode::CurrencyInvalid);
        QCOMPARE(settings.venue()->lateSaleMinutes, 45);
        venue.currency = QStringLiteral("THB");
        QVERIFY(settings.saveVenue(venue).ok());
        // Every change is in the audit log, with the admin as its actor.
        QVERIFY(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.audit_log WHERE table_name = 'settings' AND actor = '%1'")
                                   .arg(manager.value(QStringLiteral("SELECT session_user")).toString())).toInt() >= 4);

        // Nobody else changes any.
        for (const ConnectionProfile &profile : {kiosk(), clerk()}) {
            SqlSession session(profile, QStringLiteral("other"));
            QCOMPARE(session.stateOf(QStringLiteral("SELECT marquee.set_setting('currency', 'USD')")), QStringLiteral("42501"));
            QCOMPARE(SettingsRepository(session.db()).set(QStringLiteral("currency"), QStringLiteral("USD")).error().code(),
                     ErrorCode::PermissionDenied);
        }
        // Admins see every setting, which they may change and which not.
        auto all = settings.list();
        QVERIFY(all.ok());
        int editable = 0;
        for (const Setting &setting : all.value())
            editable += setting.adminEditable ? 1 : 0;
        QCOMPARE(editable, 6);
        QVERIFY(all->size() >= 12);
    }

    void aTicketCodeCarriesTheVenuesDate()
    {
        // Kiritimati is UTC+14, Pago Pago UTC-11: on any instant their dates differ by a day.
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = 'Pacific/Pago_Pago' WHERE key = 'venue_time_zone'")));
        const qint64 event = createEvent();
        SqlSession desk(clerk(), QStringLiteral("desk"));
        QVERIFY(desk.stateOf(QStringLiteral("SET TimeZone = 'Pacific/Kiritimati'")).isEmpty());
        QSqlQuery q(desk.db());
        QVERIFY2(q.exec(QStringLiteral("SELECT ticket_codes[1], to_char(now() AT TIME ZONE 'Pacific/Pago_Pago', 'YYYYMMDD'), "
                                       "to_char(now(), 'YYYYMMDD') "
                                       "FROM marquee.book_tickets(%1, 1, 'Buyer', '0831000001', gen_random_uuid(), 'cash')").arg(event)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        const QString code = q.value(0).toString();
        QCOMPARE(code.mid(4, 8), q.value(1).toString());
        QVERIFY(code.mid(4, 8) != q.value(2).toString());
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = 'Asia/Bangkok' WHERE key = 'venue_time_zone'")));
    }

    void theSalesChartBucketsInTheVenuesZone()
    {
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = 'Asia/Bangkok' WHERE key = 'venue_time_zone'")));
        SqlSession manager(admin(), QStringLiteral("admin"));
        QVERIFY(manager.stateOf(QStringLiteral("SET TimeZone = 'America/Los_Angeles'")).isEmpty());
        BookingRepository bookings(manager.db());
        const QTimeZone bangkok("Asia/Bangkok");

        // A day of selling: hours, from the first sale's hour; the hours between are there with 0.
        const qint64 hours = createEvent();
        sellAt(hours, 2, QStringLiteral("2026-03-10 09:40:00+07"));
        sellAt(hours, 1, QStringLiteral("2026-03-10 12:05:00+07"));
        auto curve = bookings.salesOverTime(hours);
        QVERIFY2(curve.ok(), qPrintable(curve.ok() ? QString() : curve.error().detail()));
        QCOMPARE(curve->bucket, SalesBucket::Hour);
        QCOMPARE(curve->points.size(), 4);
        QCOMPARE(curve->points.first().at.toTimeZone(bangkok), QDateTime(QDate(2026, 3, 10), QTime(9, 0), bangkok));
        QCOMPARE(curve->points.at(1).ticketsInPeriod, 0);
        QCOMPARE(curve->points.last().cumulativeTickets, 3);
        QCOMPARE(curve->firstSale.toTimeZone(bangkok), QDateTime(QDate(2026, 3, 10), QTime(9, 40), bangkok));

        // Three weeks of selling: the venue's days, from its midnight. 23:30 in Bangkok is 16:30 UTC: a UTC or
        // New York bucket would put these two sales on different days.
        const qint64 days = createEvent();
        sellAt(days, 1, QStringLiteral("2026-03-01 00:30:00+07"));
        sellAt(days, 1, QStringLiteral("2026-03-01 23:30:00+07"));
        sellAt(days, 4, QStringLiteral("2026-03-20 10:00:00+07"));
        curve = bookings.salesOverTime(days);
        QVERIFY(curve.ok());
        QCOMPARE(curve->bucket, SalesBucket::Day);
        QCOMPARE(curve->points.size(), 20);
        QCOMPARE(curve->points.first().at.toTimeZone(bangkok), QDateTime(QDate(2026, 3, 1), QTime(0, 0), bangkok));
        QCOMPARE(curve->points.first().ticketsInPeriod, 2);
        QCOMPARE(curve->points.last().cumulativeTickets, 6);

        // Half a year: weeks, from the Monday of the first sale's week.
        const qint64 weeks = createEvent();
        sellAt(weeks, 1, QStringLiteral("2026-01-07 12:00:00+07"));   // a Wednesday
        sellAt(weeks, 3, QStringLiteral("2026-06-30 12:00:00+07"));
        curve = bookings.salesOverTime(weeks);
        QVERIFY(curve.ok());
        QCOMPARE(curve->bucket, SalesBucket::Week);
        QCOMPARE(curve->points.first().at.toTimeZone(bangkok), QDateTime(QDate(2026, 1, 5), QTime(0, 0), bangkok));
        QCOMPARE(curve->points.last().cumulativeTickets, 4);

        // No sale, no chart.
        curve = bookings.salesOverTime(createEvent());
        QVERIFY(curve.ok());
        QVERIFY(curve->points.isEmpty());
    }

    void aReservationCountsWhenItIsPaid()
    {
        const qint64 event = createEvent();
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        QSqlQuery q(terminal.db());
        QVERIFY(q.exec(QStringLiteral("SELECT reference FROM marquee.book_tickets(%1, 2, 'Buyer', '0831000010', gen_random_uuid(), 'card')")
                           .arg(event)));
        QVERIFY(q.next());
        SqlSession manager(admin(), QStringLiteral("admin"));
        BookingRepository bookings(manager.db());
        QVERIFY(bookings.salesOverTime(event)->points.isEmpty());
        QVERIFY(bookings.payReservation(q.value(0).toString(), PaymentMethod::Card).ok());
        auto curve = bookings.salesOverTime(event);
        QVERIFY(curve.ok());
        QCOMPARE(curve->points.size(), 1);
        QCOMPARE(curve->points.first().cumulativeTickets, 2);
        auto summary = bookings.eventSummary(event);
        QVERIFY(summary.ok());
        QCOMPARE(summary->ticketsSold, 2);
        QCOMPARE(summary->ticketsReserved, 0);
    }

    void aReprintIsRecordedWithWhoMadeIt()
    {
        const qint64 event = createEvent();
        SqlSession desk(clerk(), QStringLiteral("desk"));
        QSqlQuery q(desk.db());
        QVERIFY(q.exec(QStringLiteral("SELECT booking_id FROM marquee.book_tickets(%1, 1, 'Buyer', '0831000020', gen_random_uuid(), 'cash')")
                           .arg(event)));
        QVERIFY(q.next());
        const qint64 booking = q.value(0).toLongLong();
        BookingRepository bookings(desk.db());
        QCOMPARE(bookings.recordReprint(booking).value(), 1);
        QCOMPARE(bookings.recordReprint(booking).value(), 2);
        QCOMPARE(bookings.get(booking)->reprintCount, 2);
        const QString login = desk.value(QStringLiteral("SELECT session_user")).toString();
        QCOMPARE(m_super->value(QStringLiteral(
                     "SELECT count(*) FROM marquee.audit_log WHERE table_name = 'bookings' AND row_id = '%1' AND action = 'UPDATE' "
                     "AND actor = '%2' AND (new_values ->> 'reprint_count')::int > (old_values ->> 'reprint_count')::int")
                                    .arg(booking).arg(login)).toInt(), 2);
        QCOMPARE(bookings.recordReprint(99999999).error().code(), ErrorCode::BookingNotFound);
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT marquee.record_reprint(%1)").arg(booking)), QStringLiteral("42501"));
        QCOMPARE(desk.stateOf(QStringLiteral("UPDATE marquee.bookings SET reprint_count = 0")), QStringLiteral("42501"));
    }
};

QTEST_GUILESS_MAIN(TestVenueClock)
#include "tst_venueclock.moc"
