// Shifts and cash-up (issue #15 §1), as the real logins:
//   - open_shift(float, desk) answers the shift's id; the desk defaults to the terminal's name; one open shift
//     per login (MQ030); a float that is not money is refused (MQ032);
//   - a box-office login's cash sale (and a reservation collected in cash, and cash given back) without an open
//     shift is refused with MQ017 and stores nothing; a card sale is allowed and belongs to no shift;
//   - close_shift's figures are exact: sales by method (a sale cancelled later still counts), refunds in the
//     shift that paid them out, expected = float + cash sales - cash refunds, variance = counted - expected,
//     bookings and tickets with complimentary ones; closing is final (MQ031), even for the owner;
//   - an admin force-closes a forgotten shift (recorded as such) and lists shifts; a box office cannot;
//   - "no sale" drawer openings are recorded with who and in which shift;
//   - receipt numbers are gap-free per desk: a refused sale takes no number;
//   - a kiosk can call none of it (42501).

#include "shifts/shiftrepository.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest/QtTest>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestShifts : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("shifts")};
    std::unique_ptr<SqlSession> m_super;

    // A box-office login of its own per test, starting without a shift (the test support opens one).
    ConnectionProfile clerk(const QString &suffix)
    {
        ConnectionProfile profile = m_database.loginProfile(QStringLiteral("marquee_box_office"), suffix);
        m_database.closeShiftOf(profile.user);
        return profile;
    }
    ConnectionProfile kiosk() const { return m_database.loginProfile(QStringLiteral("marquee_kiosk")); }
    ConnectionProfile admin() const { return m_database.loginProfile(QStringLiteral("marquee_admin")); }

    qint64 createEvent()
    {
        return m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, max_tickets_per_booking) "
            "VALUES ('Shifts ' || gen_random_uuid(), 'Main Hall', now() + interval '3 days', 500, 333.33, 50) "
            "RETURNING id")).toLongLong();
    }

    // The booking's id, or 0 with the SQLSTATE in `state`.
    static qint64 sell(const SqlSession &session, qint64 event, int quantity, const QString &method,
                       QString *state = nullptr, const QString &phone = QStringLiteral("NULL"))
    {
        QSqlQuery q(session.db());
        if (!q.exec(QStringLiteral("SELECT booking_id FROM marquee.book_tickets(%1, %2, 'Walk-in', %4, "
                                   "gen_random_uuid(), '%3')").arg(event).arg(quantity).arg(method, phone))
            || !q.next()) {
            if (state)
                *state = q.lastError().nativeErrorCode();
            return 0;
        }
        return q.value(0).toLongLong();
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

    void cashNeedsAnOpenShiftCardDoesNot()
    {
        const qint64 event = createEvent();
        const ConnectionProfile profile = clerk(QStringLiteral("cash"));
        SqlSession desk(profile, QStringLiteral("desk"));
        QString state;
        QCOMPARE(sell(desk, event, 2, QStringLiteral("cash"), &state), 0);
        QCOMPARE(state, QStringLiteral("MQ017"));
        QCOMPARE(number(QStringLiteral("SELECT tickets_sold FROM marquee.events WHERE id = %1").arg(event)), 0);
        // Card outside a shift: allowed, reported as "no shift".
        const qint64 card = sell(desk, event, 1, QStringLiteral("card"));
        QVERIFY(card > 0);
        QCOMPARE(text(QStringLiteral("SELECT coalesce(shift_id::text, 'none') FROM marquee.bookings WHERE id = %1").arg(card)),
                 QStringLiteral("none"));
        // Complimentary takes no money: no shift needed either.
        QVERIFY(sell(desk, event, 1, QStringLiteral("complimentary")) > 0);

        // A kiosk's reservation collected in cash is cash taken: the same rule.
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        const QString reference = terminal.value(QStringLiteral(
            "SELECT reference FROM marquee.book_tickets(%1, 1, 'Somchai', '0812345678', gen_random_uuid(), 'cash')")
                                                     .arg(event)).toString();
        QVERIFY(!reference.isEmpty());
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.pay_reservation('%1', 'cash')").arg(reference)),
                 QStringLiteral("MQ017"));
        QCOMPARE(text(QStringLiteral("SELECT status FROM marquee.bookings WHERE reference = '%1'").arg(reference)),
                 QStringLiteral("reserved"));

        // Once the shift is open, cash sells and belongs to it.
        const qint64 shift = desk.value(QStringLiteral("SELECT marquee.open_shift(1000)")).toLongLong();
        QVERIFY(shift > 0);
        const qint64 cash = sell(desk, event, 2, QStringLiteral("cash"));
        QVERIFY(cash > 0);
        QCOMPARE(number(QStringLiteral("SELECT shift_id FROM marquee.bookings WHERE id = %1").arg(cash)), int(shift));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.pay_reservation('%1', 'cash')").arg(reference)), QString());
        QCOMPARE(number(QStringLiteral("SELECT shift_id FROM marquee.bookings WHERE reference = '%1'").arg(reference)), int(shift));
    }

    void oneOpenShiftPerLoginAndTheFloatIsMoney()
    {
        const ConnectionProfile profile = clerk(QStringLiteral("open"));
        SqlSession desk(profile, QStringLiteral("desk"));
        for (const QString &bad : {QStringLiteral("-1"), QStringLiteral("10.005"), QStringLiteral("NULL")})
            QCOMPARE(desk.stateOf(QStringLiteral("SELECT marquee.open_shift(%1)").arg(bad)), QStringLiteral("MQ032"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT marquee.open_shift(500, E'Desk\\u202e1')")), QStringLiteral("23514"));
        QVERIFY(desk.value(QStringLiteral("SELECT marquee.open_shift(500)")).toLongLong() > 0);
        // The desk defaults to the terminal's name.
        QCOMPARE(text(QStringLiteral("SELECT desk FROM marquee.shifts WHERE login = '%1' AND closed_at IS NULL").arg(profile.user)),
                 profile.user);
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT marquee.open_shift(500, 'Desk 2')")), QStringLiteral("MQ030"));
        // Another session of the same login: the same login, so the same refusal.
        SqlSession again(profile, QStringLiteral("again"));
        QCOMPARE(again.stateOf(QStringLiteral("SELECT marquee.open_shift(0)")), QStringLiteral("MQ030"));
        // Not the terminals' to write: only through the functions.
        QCOMPARE(desk.stateOf(QStringLiteral("UPDATE marquee.shifts SET opening_float = 0")), QStringLiteral("42501"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.shifts")), QStringLiteral("42501"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.force_close_shift(1)")), QStringLiteral("42501"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.list_shifts()")), QStringLiteral("42501"));
    }

    void cashUpIsExact()
    {
        const qint64 event = createEvent();
        const ConnectionProfile profile = clerk(QStringLiteral("cashup"));
        SqlSession desk(profile, QStringLiteral("desk"));
        ShiftRepository shifts(desk.db());
        auto opened = shifts.open(Money::fromMinorUnits(200000), QStringLiteral("Front desk"));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail()));

        const qint64 cash1 = sell(desk, event, 3, QStringLiteral("cash"));   // 999.99
        const qint64 cash2 = sell(desk, event, 1, QStringLiteral("cash"));   // 333.33, cancelled later
        const qint64 card = sell(desk, event, 2, QStringLiteral("card"));    // 666.66
        const qint64 comp = sell(desk, event, 4, QStringLiteral("complimentary"));
        QVERIFY(cash1 && cash2 && card && comp);

        auto current = shifts.current();
        QVERIFY(current.ok());
        QCOMPARE(current->id, opened.value());
        QCOMPARE(current->desk, QStringLiteral("Front desk"));
        QCOMPARE(current->cashSales, Money::fromMinorUnits(133332));
        QCOMPARE(current->cardSales, Money::fromMinorUnits(66666));
        QCOMPARE(current->tickets, 10);

        // The cash sale is cancelled and its money given back from this drawer; the card one is cancelled and
        // its refund left due (paid out later, elsewhere: not this shift's).
        const qint64 refund = desk.value(QStringLiteral("SELECT refund_id FROM marquee.cancel_booking(%1)").arg(cash2)).toLongLong();
        QVERIFY(refund > 0);
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.mark_refunded(%1, 'cash')").arg(refund)), QString());
        QVERIFY(desk.value(QStringLiteral("SELECT refund_id FROM marquee.cancel_booking(%1)").arg(card)).toLongLong() > 0);
        QVERIFY(shifts.recordNoSale().ok());

        auto closed = shifts.close(Money::fromMinorUnits(300000));
        QVERIFY2(closed.ok(), qPrintable(closed.ok() ? QString() : closed.error().detail()));
        QCOMPARE(closed->shiftId, opened.value());
        QCOMPARE(closed->openingFloat, Money::fromMinorUnits(200000));
        QCOMPARE(closed->cashSales, Money::fromMinorUnits(133332));     // a cancelled sale still counts as taken
        QCOMPARE(closed->cardSales, Money::fromMinorUnits(66666));
        QCOMPARE(closed->cashRefunds, Money::fromMinorUnits(33333));
        QCOMPARE(closed->cardRefunds, Money());
        QCOMPARE(closed->expectedCash, Money::fromMinorUnits(200000 + 133332 - 33333));
        QCOMPARE(*closed->countedCash, Money::fromMinorUnits(300000));
        QCOMPARE(*closed->variance, Money::fromMinorUnits(300000 - 299999));
        QCOMPARE(closed->bookings, 4);
        QCOMPARE(closed->tickets, 10);

        // Closing is final: again, or from psql, or even as the owner.
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.close_shift(0)")), QStringLiteral("MQ031"));
        QCOMPARE(m_super->stateOf(QStringLiteral("UPDATE marquee.shifts SET counted_cash = 0 WHERE id = %1").arg(opened.value())),
                 QStringLiteral("MQ031"));
        QCOMPARE(m_super->stateOf(QStringLiteral("DELETE FROM marquee.shifts WHERE id = %1").arg(opened.value())),
                 QStringLiteral("MQ031"));
        // Cash again needs a new shift; the drawer too.
        QString state;
        QCOMPARE(sell(desk, event, 1, QStringLiteral("cash"), &state), 0);
        QCOMPARE(state, QStringLiteral("MQ017"));
        QCOMPARE(desk.stateOf(QStringLiteral("SELECT marquee.record_no_sale()")), QStringLiteral("MQ031"));

        // The admin's list shows it as closed, with the no-sale, found by desk, staff and the venue's day.
        SqlSession manager(admin(), QStringLiteral("admin"));
        ShiftQuery query;
        query.desk = QStringLiteral("Front desk");
        query.login = profile.user;
        query.day = m_super->value(QStringLiteral(
            "SELECT (now() AT TIME ZONE marquee.setting_text('venue_time_zone', 'UTC'))::date")).toDate();
        auto listed = ShiftRepository(manager.db()).list(query);
        QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().detail()));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().noSales, 1);
        QVERIFY(!listed->first().isOpen());
        QCOMPARE(*listed->first().variance, Money::fromMinorUnits(1));
        // Audited: who opened and closed it.
        QVERIFY(number(QStringLiteral("SELECT count(*) FROM marquee.audit_log WHERE table_name = 'shifts' "
                                      "AND row_id = '%1'").arg(opened.value())) >= 2);
    }

    void refundsCountWhereTheyArePaidOut()
    {
        const qint64 event = createEvent();
        SqlSession morning(clerk(QStringLiteral("morning")), QStringLiteral("morning"));
        const ConnectionProfile eveningProfile = clerk(QStringLiteral("evening"));
        SqlSession evening(eveningProfile, QStringLiteral("evening"));
        QVERIFY(morning.value(QStringLiteral("SELECT marquee.open_shift(0)")).toLongLong() > 0);
        const qint64 sold = sell(morning, event, 2, QStringLiteral("cash"));
        QVERIFY(sold > 0);
        // The evening desk cancels it without a shift: recorded as due; giving cash back needs a shift.
        const qint64 refund = evening.value(QStringLiteral("SELECT refund_id FROM marquee.cancel_booking(%1)").arg(sold)).toLongLong();
        QVERIFY(refund > 0);
        QCOMPARE(evening.stateOf(QStringLiteral("SELECT * FROM marquee.mark_refunded(%1, 'cash')").arg(refund)),
                 QStringLiteral("MQ017"));
        const qint64 eveningShift = evening.value(QStringLiteral("SELECT marquee.open_shift(100)")).toLongLong();
        QCOMPARE(evening.stateOf(QStringLiteral("SELECT * FROM marquee.mark_refunded(%1, 'cash')").arg(refund)), QString());
        QCOMPARE(number(QStringLiteral("SELECT shift_id FROM marquee.refunds WHERE id = %1").arg(refund)), int(eveningShift));

        QSqlQuery q(evening.db());
        QVERIFY(q.exec(QStringLiteral("SELECT cash_sales, cash_refunds, expected_cash, bookings FROM marquee.close_shift(0)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("0.00"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("666.66"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("-566.66"));
        QCOMPARE(q.value(3).toInt(), 0);
        QSqlQuery m(morning.db());
        QVERIFY(m.exec(QStringLiteral("SELECT cash_sales, cash_refunds FROM marquee.close_shift(666.66)")));
        QVERIFY(m.next());
        QCOMPARE(m.value(0).toString(), QStringLiteral("666.66"));
        QCOMPARE(m.value(1).toString(), QStringLiteral("0.00"));
        Q_UNUSED(eveningProfile);
    }

    void adminForceClosesAForgottenShift()
    {
        const ConnectionProfile profile = clerk(QStringLiteral("forgot"));
        SqlSession desk(profile, QStringLiteral("desk"));
        const qint64 shift = desk.value(QStringLiteral("SELECT marquee.open_shift(250.50, 'Side desk')")).toLongLong();
        QVERIFY(shift > 0);
        SqlSession manager(admin(), QStringLiteral("admin"));
        auto closed = ShiftRepository(manager.db()).forceClose(shift, std::nullopt);
        QVERIFY2(closed.ok(), qPrintable(closed.ok() ? QString() : closed.error().detail()));
        QCOMPARE(closed->expectedCash, Money::fromMinorUnits(25050));
        QVERIFY(!closed->countedCash);
        QCOMPARE(text(QStringLiteral("SELECT force_closed || ',' || closed_by FROM marquee.shifts WHERE id = %1").arg(shift)),
                 QStringLiteral("true,") + admin().user);
        QCOMPARE(ShiftRepository(manager.db()).forceClose(shift, std::nullopt).error().code(), ErrorCode::NoOpenShift);
        // The desk's own shift is gone: it opens a new one.
        QCOMPARE(ShiftRepository(desk.db()).current().error().code(), ErrorCode::NoOpenShift);
        QVERIFY(ShiftRepository(desk.db()).open(Money()).ok());
    }

    void receiptNumbersAreGapFreePerDesk()
    {
        const qint64 event = createEvent();
        SqlSession desk(clerk(QStringLiteral("receipts")), QStringLiteral("desk"));
        QVERIFY(desk.value(QStringLiteral("SELECT marquee.open_shift(0, 'Receipt desk')")).toLongLong() > 0);
        QVERIFY(sell(desk, event, 1, QStringLiteral("cash")) > 0);
        QString state;
        QCOMPARE(sell(desk, event, 999, QStringLiteral("cash"), &state), 0);  // refused: takes no number
        QVERIFY(sell(desk, event, 1, QStringLiteral("card")) > 0);
        QCOMPARE(text(QStringLiteral("SELECT string_agg(receipt_number::text, ',' ORDER BY id) FROM marquee.bookings "
                                     "WHERE receipt_desk = 'Receipt desk'")),
                 QStringLiteral("1,2"));
    }

    void kioskCallsNone()
    {
        SqlSession terminal(kiosk(), QStringLiteral("kiosk"));
        for (const QString &sql : {QStringLiteral("SELECT marquee.open_shift(0)"),
                                   QStringLiteral("SELECT * FROM marquee.close_shift(0)"),
                                   QStringLiteral("SELECT * FROM marquee.current_shift()"),
                                   QStringLiteral("SELECT marquee.record_no_sale()"),
                                   QStringLiteral("SELECT * FROM marquee.shift_report")})
            QCOMPARE(terminal.stateOf(sql), QStringLiteral("42501"));
    }
};

QTEST_GUILESS_MAIN(TestShifts)
#include "tst_shifts.moc"
