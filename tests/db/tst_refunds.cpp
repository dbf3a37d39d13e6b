// Cancelling an event voids its tickets and lists its refunds, however the cancellation arrives; cancelling a
// booking records its refund the same way (issue #11, points 2 and 3). As the real logins:
//   - `UPDATE marquee.events SET status = 'cancelled'` by an admin from SQL: confirmed bookings (checked-in ones
//     too) become refund_due with a refund each (customer, phone, amount, how they paid), reservations are
//     released, no ticket gets in (MQ008), revenue and sold drop to 0; a cancelled event stays cancelled;
//   - cancel_booking answers the amount and method to give back and records it; nothing for a complimentary
//     booking or an unpaid reservation; never more than was paid;
//   - the box office and admins mark a refund given (how, by whom, when); a kiosk can neither read nor mark one;
//   - an event cancelled while a booking of it is in flight: the booking either fails (not on sale) or is voided
//     and listed with the rest, never a valid ticket of a cancelled event.

#include "booking/bookingrepository.h"
#include "events/eventrepository.h"
#include "refunds/refundrepository.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest/QtTest>

#include <atomic>
#include <thread>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestRefunds : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("refunds")};
    std::unique_ptr<SqlSession> m_super;

    ConnectionProfile kiosk() const { return m_database.loginProfile(QStringLiteral("marquee_kiosk")); }
    ConnectionProfile clerk() const { return m_database.loginProfile(QStringLiteral("marquee_box_office")); }
    ConnectionProfile admin() const { return m_database.loginProfile(QStringLiteral("marquee_admin")); }

    qint64 createEvent(int capacity = 100, const QString &startsIn = QStringLiteral("3 hours"))
    {
        return m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, max_tickets_per_booking) "
            "VALUES ('Refunds ' || gen_random_uuid(), 'Main Hall', now() + interval '%2', %1, 400, 50) RETURNING id")
                                  .arg(capacity).arg(startsIn)).toLongLong();
    }

    // booking id, reference, ticket codes
    struct Made
    {
        qint64 id = 0;
        QString reference;
        QStringList codes;
    };
    static Made book(const SqlSession &session, qint64 event, int quantity, const QString &phone, const QString &method,
                     const QString &name = QStringLiteral("Buyer"))
    {
        QSqlQuery q(session.db());
        Made made;
        if (!q.exec(QStringLiteral("SELECT booking_id, reference, array_to_string(ticket_codes, ',') FROM marquee.book_tickets("
                                   "%1, %2, '%5', %3, gen_random_uuid(), '%4')")
                        .arg(event).arg(quantity)
                        .arg(phone.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + phone + QLatin1Char('\''), method, name))
            || !q.next()) {
            qWarning("booking failed: %s", qPrintable(q.lastError().text()));
            return made;
        }
        made.id = q.value(0).toLongLong();
        made.reference = q.value(1).toString();
        made.codes = q.value(2).toString().split(QLatin1Char(','));
        return made;
    }

    QString text(const QString &sql) const { return m_super->value(sql).toString(); }
    int number(const QString &sql) const { return m_super->value(sql).toInt(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QVERIFY(m_database.liftBookingLimits());
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        QVERIFY(m_super->isOpen());
    }

    void cancellingAnEventFromSqlVoidsItAndListsItsRefunds()
    {
        const qint64 event = createEvent();
        SqlSession desk(clerk(), QStringLiteral("desk"));
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        const Made cash = book(desk, event, 2, QStringLiteral("0821000001"), QStringLiteral("cash"), QStringLiteral("Somchai"));
        const Made card = book(desk, event, 1, QStringLiteral("0821000002"), QStringLiteral("card"), QStringLiteral("Malee"));
        const Made walkIn = book(desk, event, 1, QString(), QStringLiteral("cash"), QStringLiteral("Walk-in"));
        const Made free = book(desk, event, 2, QStringLiteral("0821000003"), QStringLiteral("complimentary"));
        const Made reserved = book(terminal, event, 3, QStringLiteral("0821000004"), QStringLiteral("card"));
        QVERIFY(cash.id && card.id && walkIn.id && free.id && reserved.id);
        // Somebody is already inside: checked in, yet the show will not happen.
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.check_in_ticket('%1')").arg(cash.codes.first())), QString());

        SqlSession manager(admin(), QStringLiteral("admin"));
        QCOMPARE(manager.stateOf(QStringLiteral("UPDATE marquee.events SET status = 'cancelled' WHERE id = %1").arg(event)), QString());

        QCOMPARE(text(QStringLiteral("SELECT string_agg(status, ',' ORDER BY id) FROM marquee.bookings WHERE event_id = %1").arg(event)),
                 QStringLiteral("refund_due,refund_due,refund_due,refund_due,cancelled"));
        QCOMPARE(text(QStringLiteral("SELECT tickets_sold || '/' || tickets_reserved || '/' || revenue || '/' || bookings_count "
                                     "FROM marquee.events WHERE id = %1").arg(event)), QStringLiteral("0/0/0.00/0"));
        // No ticket of it gets in, the one already used stays used (history).
        for (const QString &code : cash.codes + card.codes + reserved.codes)
            QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.check_in_ticket('%1')").arg(code)),
                     code == cash.codes.first() ? QStringLiteral("MQ008") : QStringLiteral("MQ008"));
        QCOMPARE(text(QStringLiteral("SELECT status FROM marquee.tickets WHERE code = '%1'").arg(cash.codes.first())), QStringLiteral("used"));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
                                       "WHERE b.event_id = %1 AND t.status = 'active'").arg(event)), 0);

        // The refunds: every paid booking, what was paid and how; nothing for the free and the unpaid ones.
        auto due = RefundRepository(manager.db()).list(RefundQuery{true, event});
        QVERIFY2(due.ok(), qPrintable(due.ok() ? QString() : due.error().detail()));
        QCOMPARE(due->size(), 3);
        QCOMPARE(due->at(0).bookingId, cash.id);
        QCOMPARE(due->at(0).customerName, QStringLiteral("Somchai"));
        QCOMPARE(due->at(0).customerPhone, QStringLiteral("0821000001"));
        QCOMPARE(due->at(0).amount, Money::fromMinorUnits(80000));
        QCOMPARE(due->at(0).paidMethod, QStringLiteral("cash"));
        QCOMPARE(due->at(0).reason, RefundReason::EventCancelled);
        QCOMPARE(due->at(0).recordedBy, manager.value(QStringLiteral("SELECT session_user")).toString());
        QCOMPARE(due->at(1).paidMethod, QStringLiteral("card"));
        QCOMPARE(due->at(2).customerName, QStringLiteral("Walk-in"));
        QVERIFY(due->at(2).customerPhone.isEmpty());

        // The look-ups say so: the desk's (with the refund), the kiosk's (the status, refund at the box office).
        auto looked = BookingRepository(desk.db()).byReference(card.reference);
        QVERIFY(looked.ok());
        QCOMPARE(looked->status, BookingStatus::RefundDue);
        QCOMPARE(looked->eventStatus, EventStatus::Cancelled);
        QVERIFY(looked->refund);
        QCOMPARE(looked->refund->amount, Money::fromMinorUnits(40000));
        QVERIFY(looked->refund->isDue());
        auto mine = BookingRepository(terminal.db()).findMyBooking(QStringLiteral("0821000004"), reserved.reference);
        QVERIFY(mine.ok());
        QCOMPARE(mine->status, BookingStatus::Cancelled);
        QCOMPARE(mine->eventStatus, EventStatus::Cancelled);
        QVERIFY(!mine->refund);

        // A cancelled event stays cancelled: its tickets were voided and its refunds listed.
        QCOMPARE(manager.stateOf(QStringLiteral("UPDATE marquee.events SET status = 'active' WHERE id = %1").arg(event)),
                 QStringLiteral("23514"));
        EventPatch revive;
        revive.status = EventStatus::Active;
        auto refused = EventRepository(manager.db()).patch(event, revive);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::EventCancellationFinal);
        // Nor can anything be sold or paid for it.
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 1, 'Late', '0821000009', gen_random_uuid(), 'cash')")
                                  .arg(event)), QStringLiteral("MQ002"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.pay_reservation('%1', 'cash')").arg(reserved.reference)),
                 QStringLiteral("MQ005"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.cancel_booking(%1)").arg(card.id)), QStringLiteral("MQ005"));
    }

    void theAdminViewsCancelDoesTheSame()
    {
        const qint64 event = createEvent();
        SqlSession desk(clerk(), QStringLiteral("desk"));
        const Made sold = book(desk, event, 2, QStringLiteral("0821000011"), QStringLiteral("card"));
        SqlSession manager(admin(), QStringLiteral("admin"));
        auto cancelled = EventRepository(manager.db()).cancel(event);
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.ok() ? QString() : cancelled.error().detail()));
        QCOMPARE(cancelled->status, EventStatus::Cancelled);
        QCOMPARE(cancelled->ticketsSold, 0);
        QCOMPARE(cancelled->revenue, Money());
        QCOMPARE(text(QStringLiteral("SELECT status FROM marquee.bookings WHERE id = %1").arg(sold.id)), QStringLiteral("refund_due"));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.refunds WHERE booking_id = %1").arg(sold.id)), 1);
    }

    void cancellingABookingRecordsItsRefund()
    {
        const qint64 event = createEvent(100, QStringLiteral("5 days"));
        SqlSession desk(clerk(), QStringLiteral("desk"));
        const Made paid = book(desk, event, 3, QStringLiteral("0821000021"), QStringLiteral("card"));
        const Made free = book(desk, event, 1, QStringLiteral("0821000022"), QStringLiteral("complimentary"));
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        const Made reserved = book(terminal, event, 2, QStringLiteral("0821000023"), QStringLiteral("card"));

        BookingRepository bookings(desk.db());
        auto cancelled = bookings.cancel(paid.id);
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.ok() ? QString() : cancelled.error().detail()));
        QVERIFY(cancelled->hasRefund());
        QCOMPARE(cancelled->refundAmount, Money::fromMinorUnits(120000));
        QCOMPARE(cancelled->refundMethod, PaymentMethod::Card);
        QCOMPARE(cancelled->released, 3);
        QCOMPARE(cancelled->remaining, 100 - 1 - 2);
        auto refund = RefundRepository(desk.db()).forBooking(paid.id);
        QVERIFY(refund.ok());
        QCOMPARE(refund->reason, RefundReason::BookingCancelled);
        QCOMPARE(refund->id, cancelled->refundId);
        QVERIFY(refund->isDue());

        auto noRefund = bookings.cancel(free.id);
        QVERIFY(noRefund.ok());
        QVERIFY(!noRefund->hasRefund());
        // A reservation is released: seats back, nothing to give back, nothing was revenue.
        auto released = bookings.cancel(reserved.id);
        QVERIFY(released.ok());
        QVERIFY(!released->hasRefund());
        QCOMPARE(released->remaining, 100);
        QCOMPARE(text(QStringLiteral("SELECT status FROM marquee.bookings WHERE id = %1").arg(reserved.id)), QStringLiteral("cancelled"));
        QCOMPARE(text(QStringLiteral("SELECT tickets_sold || '/' || tickets_reserved || '/' || revenue || '/' || bookings_count "
                                     "FROM marquee.events WHERE id = %1").arg(event)), QStringLiteral("0/0/0.00/0"));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.refunds WHERE event_id = %1").arg(event)), 1);

        // Never more than was paid, whoever writes the row (the owner here), and one per booking.
        QCOMPARE(m_super->stateOf(QStringLiteral("UPDATE marquee.refunds SET amount = amount + 1 WHERE booking_id = %1").arg(paid.id)),
                 QStringLiteral("23514"));
        QCOMPARE(m_super->stateOf(QStringLiteral("INSERT INTO marquee.refunds (booking_id, event_id, reason, amount, paid_method) "
                                                 "VALUES (%1, %2, 'booking_cancelled', 1, 'cash')").arg(paid.id).arg(event)),
                 QStringLiteral("23505"));
        QCOMPARE(m_super->stateOf(QStringLiteral("INSERT INTO marquee.refunds (booking_id, event_id, reason, amount, paid_method) "
                                                 "VALUES (%1, %2, 'booking_cancelled', 1, 'cash')").arg(free.id).arg(event)),
                 QStringLiteral("23514"));
    }

    void staffMarkRefundsGivenAndKiosksCannotTouchThem()
    {
        const qint64 event = createEvent(100, QStringLiteral("5 days"));
        SqlSession desk(clerk(), QStringLiteral("desk"));
        const Made paid = book(desk, event, 1, QStringLiteral("0821000031"), QStringLiteral("cash"));
        auto cancelled = BookingRepository(desk.db()).cancel(paid.id);
        QVERIFY(cancelled.ok() && cancelled->hasRefund());
        const qint64 refundId = cancelled->refundId;

        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.refunds")), QStringLiteral("42501"));
        QCOMPARE(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.mark_refunded(%1, 'cash')").arg(refundId)), QStringLiteral("42501"));
        QCOMPARE(terminal.stateOf(QStringLiteral("UPDATE marquee.refunds SET refunded_at = now()")), QStringLiteral("42501"));
        QCOMPARE(desk.stateOf(QStringLiteral("UPDATE marquee.refunds SET refunded_at = now(), refunded_by = 'x', refund_method = 'cash'")),
                 QStringLiteral("42501"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.mark_refunded(%1, 'cheque')").arg(refundId)), QStringLiteral("MQ003"));
        QVERIFY(text(QStringLiteral("SELECT refunded_at FROM marquee.refunds WHERE id = %1").arg(refundId)).isEmpty());

        RefundRepository refunds(desk.db());
        auto given = refunds.markRefunded(refundId, RefundMethod::Cash, QStringLiteral("counted twice"));
        QVERIFY2(given.ok(), qPrintable(given.ok() ? QString() : given.error().detail()));
        QVERIFY(!given->isDue());
        QCOMPARE(given->refundedBy, desk.value(QStringLiteral("SELECT session_user")).toString());
        QCOMPARE(given->refundMethod, RefundMethod::Cash);
        QCOMPARE(given->note, QStringLiteral("counted twice"));
        // The same again (its answer lost) is the same refund; another desk, another way: already given.
        QVERIFY(refunds.markRefunded(refundId, RefundMethod::Cash).ok());
        SqlSession manager(admin(), QStringLiteral("admin"));
        auto twice = RefundRepository(manager.db()).markRefunded(refundId, RefundMethod::Transfer);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code(), ErrorCode::RefundNotDue);
        QCOMPARE(RefundRepository(manager.db()).markRefunded(99999999, RefundMethod::Cash).error().code(), ErrorCode::RefundNotDue);
        // The admin's list: due ones by default, given ones on request; the audit log names who gave it.
        auto due = RefundRepository(manager.db()).list(RefundQuery{true, event});
        QVERIFY(due.ok());
        QVERIFY(due->isEmpty());
        auto all = RefundRepository(manager.db()).list(RefundQuery{false, event});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.audit_log WHERE table_name = 'refunds' AND row_id = '%1' "
                                       "AND action = 'UPDATE' AND actor = '%2'")
                            .arg(refundId).arg(given->refundedBy)), 1);
        QCOMPARE(RefundRepository(manager.db()).markRefunded(refundId, RefundMethod::Cash, QString(501, QLatin1Char('x'))).error().code(),
                 ErrorCode::NoteTooLong);
    }

    void anEventCancelledDuringABookingWinsOverIt()
    {
        // The booking holds the event's row (its transaction is open) when the admin cancels: the cancellation
        // waits, then voids that booking too. And the other way round: a booking that waits behind the
        // cancellation finds the event not on sale. Never a valid ticket of a cancelled event.
        const ConnectionProfile deskProfile = clerk();
        const ConnectionProfile adminProfile = admin();
        for (const bool bookingFirst : {true, false}) {
            const qint64 event = createEvent();
            SqlSession first(bookingFirst ? deskProfile : adminProfile, QStringLiteral("first"));
            QVERIFY(first.stateOf(QStringLiteral("BEGIN")).isEmpty());
            if (bookingFirst) {
                QVERIFY(first.stateOf(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 2, 'Racer', '0821000041', "
                                                     "gen_random_uuid(), 'cash')").arg(event)).isEmpty());
            } else {
                QVERIFY(first.stateOf(QStringLiteral("UPDATE marquee.events SET status = 'cancelled' WHERE id = %1").arg(event)).isEmpty());
            }
            std::atomic<bool> done{false};
            QString secondState;
            std::thread second([&] {
                SqlSession session(bookingFirst ? adminProfile : deskProfile, QStringLiteral("second"));
                secondState = session.stateOf(bookingFirst
                    ? QStringLiteral("UPDATE marquee.events SET status = 'cancelled' WHERE id = %1").arg(event)
                    : QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 2, 'Racer', '0821000042', gen_random_uuid(), 'cash')").arg(event));
                done = true;
            });
            // The second is blocked on the event's row while the first is open.
            QTest::qWait(300);
            QVERIFY(!done.load());
            QVERIFY(first.stateOf(QStringLiteral("COMMIT")).isEmpty());
            second.join();
            if (bookingFirst) {
                QCOMPARE(secondState, QString());
                QCOMPARE(text(QStringLiteral("SELECT string_agg(status, ',') FROM marquee.bookings WHERE event_id = %1").arg(event)),
                         QStringLiteral("refund_due"));
                QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.refunds WHERE event_id = %1").arg(event)), 1);
            } else {
                QCOMPARE(secondState, QStringLiteral("MQ002"));
                QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(event)), 0);
            }
            QCOMPARE(number(QStringLiteral("SELECT count(*) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
                                           "WHERE b.event_id = %1 AND t.status = 'active'").arg(event)), 0);
            QCOMPARE(text(QStringLiteral("SELECT tickets_sold || '/' || revenue FROM marquee.events WHERE id = %1").arg(event)),
                     QStringLiteral("0/0.00"));
        }
    }
};

QTEST_GUILESS_MAIN(TestRefunds)
#include "tst_refunds.moc"
