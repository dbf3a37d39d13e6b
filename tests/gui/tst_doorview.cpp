// The door view and the admin's reports, offscreen, against the real server as a door login (and an admin) with
// their passwords:
//   - a scanner types the code and Enter: the answer fills the screen — VALID, ALREADY USED (at HH:MM at entrance
//     X), NOT VALID (another event, no such ticket) — with its own symbol, words, colour property and sound
//     pattern, and the last scans list it; the scan field keeps the focus;
//   - today's events are admitted by default; F6 checks out, F5 back in (re-entry);
//   - the headcount follows check-ins made at another entrance, pushed by the attendance hint;
//   - the reports page: sales by staff and payment method of a period, refunds, attendance per entrance (live),
//     CSV with the exact amounts, a PDF written by Qt's own printing.
#include "door/attendancewatch.h"
#include "door/dooranswerpanel.h"
#include "door/doorlook.h"
#include "door/doorrepository.h"
#include "door/doorscanlistmodel.h"
#include "door/doorsound.h"
#include "door/doorview.h"
#include "reports/attendancereportmodel.h"
#include "reports/reportspage.h"
#include "reports/salestotalsmodel.h"
#include "session/terminalsession.h"
#include "testdatabase.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;

class TestDoorView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Test::TestDatabase>(QStringLiteral("tst_doorview"));
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        QVERIFY(m_db->liftBookingLimits());
        m_tonight = value(QStringLiteral("INSERT INTO marquee.events (title, venue, starts_at, capacity, price) VALUES "
                                         "('Door Tonight', 'Main Hall', now() + interval '1 hour', 100, 250) RETURNING id")).toLongLong();
        m_later = value(QStringLiteral("INSERT INTO marquee.events (title, venue, starts_at, capacity, price) VALUES "
                                       "('Door Next Week', 'Studio', now() + interval '5 days', 100, 100) RETURNING id")).toLongLong();
        SessionInfo info;
        info.login = QStringLiteral("door");
        info.group = StaffGroup::Door;
        m_session = std::make_unique<TerminalSession>(m_db->loginProfile(QStringLiteral("marquee_door")), info);
        m_session->start();
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_db.reset();
    }

    void scansAnswerBigAndClear()
    {
        const QStringList codes = sell(m_tonight, 3);
        const QStringList other = sell(m_later, 1);
        DoorView view(m_session.get(), QStringLiteral("North"));
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(QTest::qWaitFor([&] { return view.eventsLoaded(); }, 10000));
        // Today's event, not next week's.
        QCOMPARE(view.admittedEvents(), QList<qint64>{m_tonight});
        QCOMPARE(view.answerPanel()->answer(), DoorLook::Answer::Waiting);
        QVERIFY(QTest::qWaitFor([&] { return view.scanField()->hasFocus(); }, 2000));

        // A scanner types the code and Enter into the focused field.
        QCOMPARE(scan(view, codes.at(0)), DoorLook::Answer::Valid);
        QCOMPARE(view.answerPanel()->headline(), QStringLiteral("VALID"));
        QCOMPARE(view.answerPanel()->property("answer").toString(), QStringLiteral("valid"));
        QVERIFY(view.answerPanel()->detail().contains(QStringLiteral("Door Tonight")));
        QCOMPARE(view.sound()->lastPattern(), 1);
        QVERIFY(view.scanField()->text().isEmpty());
        QVERIFY(view.scanField()->hasFocus());
        QVERIFY(view.lastAnswerMs() >= 0);

        // The same ticket again: already used, when and where.
        QCOMPARE(scan(view, codes.at(0)), DoorLook::Answer::Used);
        QCOMPARE(view.answerPanel()->headline(), QStringLiteral("ALREADY USED"));
        QVERIFY2(view.answerPanel()->detail().contains(QStringLiteral("entrance North")), qPrintable(view.answerPanel()->detail()));
        QVERIFY(view.answerPanel()->detail().startsWith(QStringLiteral("Used at ")));
        QCOMPARE(view.sound()->lastPattern(), 2);

        // Another event's ticket, and a code that is no ticket: not valid, and why.
        QCOMPARE(scan(view, other.at(0)), DoorLook::Answer::Invalid);
        QCOMPARE(view.answerPanel()->headline(), QStringLiteral("NOT VALID"));
        QVERIFY2(view.answerPanel()->detail().contains(QStringLiteral("Door Next Week")), qPrintable(view.answerPanel()->detail()));
        QCOMPARE(view.sound()->lastPattern(), 3);
        QCOMPARE(scan(view, QStringLiteral("TKT-20000101-ZZZZZZZZ")), DoorLook::Answer::Invalid);
        QCOMPARE(view.answerPanel()->detail(), Error(ErrorCode::TicketNotFound).message());

        // The last scans, newest first, each with its answer in words.
        QCOMPARE(view.lastScans()->rowCount(), 4);
        QCOMPARE(view.lastScans()->row(0).headline, QStringLiteral("NOT VALID"));
        QCOMPARE(view.lastScans()->row(1).headline, QStringLiteral("NOT VALID"));
        QCOMPARE(view.lastScans()->row(2).headline, QStringLiteral("ALREADY USED"));
        QCOMPARE(view.lastScans()->row(3).headline, QStringLiteral("VALID"));
        QCOMPARE(view.lastScans()->row(3).code, codes.at(0));

        // Out (F6) and back in (F5): re-entry.
        QTest::keyClick(view.scanField(), Qt::Key_F6);
        QCOMPARE(view.direction(), DoorScan::Direction::Out);
        QCOMPARE(scan(view, codes.at(0)), DoorLook::Answer::Valid);
        QCOMPARE(view.answerPanel()->headline(), QStringLiteral("CHECKED OUT"));
        QTest::keyClick(view.scanField(), Qt::Key_F5);
        QCOMPARE(view.direction(), DoorScan::Direction::In);
        QCOMPARE(scan(view, codes.at(0)), DoorLook::Answer::Valid);
        QCOMPARE(view.answerPanel()->headline(), QStringLiteral("VALID: BACK IN"));

        // The headcount follows another entrance's check-in, pushed by the hint.
        QVERIFY(QTest::qWaitFor([&] { return view.headcountText() == QStringLiteral("Inside: 1"); }, 5000));
        {
            QSqlDatabase south = m_db->open(QStringLiteral("south"), m_db->loginProfile(QStringLiteral("marquee_door"), QStringLiteral("south")));
            auto in = DoorRepository(south).checkIn(codes.at(1), QStringLiteral("South"), {m_tonight});
            QVERIFY(in && in->outcome == DoorScan::Outcome::Admitted);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("south"));
        QVERIFY2(QTest::qWaitFor([&] { return view.headcountText() == QStringLiteral("Inside: 2"); }, 5000),
                 qPrintable(view.headcountText()));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("doorHeadcountDetail"))->text().contains(QStringLiteral("South: 1 in, 1 inside")));
        if (qEnvironmentVariableIsSet("MARQUEE_SCREENSHOTS"))
            saveShots(view, codes, other);
    }

    void theReportsPageSumsExactlyAndExports()
    {
        QCOMPARE(sell(m_tonight, 2).size(), 2);
        SessionInfo info;
        info.login = QStringLiteral("admin");
        info.group = StaffGroup::Admin;
        TerminalSession admin(m_db->loginProfile(QStringLiteral("marquee_admin")), info);
        admin.start();
        ReportsPage page(&admin);
        page.resize(1200, 800);
        page.show();
        QSignalSpy reloaded(&page, &ReportsPage::reloaded);
        page.setDimension(SalesDimension::PaymentMethod);
        page.reload();
        QVERIFY(reloaded.wait(10000));
        // What the database holds, counted apart: every sale of this test database was cash, paid today.
        const int bookings = value(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE paid_at IS NOT NULL")).toInt();
        const int tickets = value(QStringLiteral("SELECT sum(quantity) FROM marquee.bookings WHERE paid_at IS NOT NULL")).toInt();
        const QString amount = value(QStringLiteral("SELECT sum(total_amount)::text FROM marquee.bookings WHERE paid_at IS NOT NULL")).toString();
        QVERIFY(bookings >= 3);
        const SalesTotal total = page.salesModel()->total();
        QCOMPARE(total.bookings, bookings);
        QCOMPARE(total.tickets, tickets);
        QCOMPARE(total.amount.toDecimalString(), amount);
        QCOMPARE(page.salesModel()->rows().size(), 1);
        QCOMPARE(page.salesModel()->rows().first().key, QStringLiteral("cash"));
        QCOMPARE(page.salesModel()->index(0, SalesTotalsModel::Key).data().toString(), QStringLiteral("Cash"));
        // By desk (the sale's shift, migrations/0044) and by ticket type, as the database names them.
        page.setDimension(SalesDimension::Desk);
        const QString desk = value(QStringLiteral(
            "SELECT coalesce(min(s.desk), '') FROM marquee.bookings b LEFT JOIN marquee.shifts s ON s.id = b.shift_id "
            "WHERE b.paid_at IS NOT NULL")).toString();
        QCOMPARE(page.salesModel()->index(0, SalesTotalsModel::Key).data().toString(),
                 desk.isEmpty() ? QStringLiteral("No shift") : desk);
        page.setDimension(SalesDimension::TicketType);
        const QString type = value(QStringLiteral(
            "SELECT min(tt.name) FROM marquee.tickets t JOIN marquee.ticket_types tt ON tt.id = t.ticket_type_id "
            "JOIN marquee.bookings b ON b.id = t.booking_id WHERE b.paid_at IS NOT NULL")).toString();
        QVERIFY(!type.isEmpty());
        QCOMPARE(page.salesModel()->index(0, SalesTotalsModel::Key).data().toString(), type);

        // Attendance per entrance of the events in the period.
        int north = -1;
        for (const AttendanceLine &line : page.attendanceModel()->lines()) {
            if (line.eventId == m_tonight && line.entrance == QStringLiteral("North"))
                north = line.checkedIn;
        }
        QVERIFY(north >= 1);
        QCOMPARE(north, value(QStringLiteral("SELECT count(*) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
                                             "WHERE b.event_id = %1 AND t.first_entrance = 'North'").arg(m_tonight)).toInt());

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("sales.csv"));
        page.setDimension(SalesDimension::PaymentMethod);
        QVERIFY(page.exportSalesCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes);
        const QString line = QStringLiteral(",%1,%2,%3\r\n").arg(bookings).arg(tickets).arg(amount);
        QVERIFY2(text.contains(QStringLiteral("cash") + line), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("total") + line));
        const QString attendance = dir.filePath(QStringLiteral("attendance.csv"));
        QVERIFY(page.exportAttendanceCsv(attendance));
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(page.exportPdf(pdf));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");

        // The admin's attendance follows the doors live: a check-in at a new entrance shows up by itself.
        const QStringList more = sell(m_tonight, 1);
        {
            QSqlDatabase east = m_db->open(QStringLiteral("east"), m_db->loginProfile(QStringLiteral("marquee_door"), QStringLiteral("east")));
            QVERIFY(DoorRepository(east).checkIn(more.at(0), QStringLiteral("East"), {m_tonight}));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("east"));
        QVERIFY(QTest::qWaitFor([&] {
            for (const AttendanceLine &row : page.attendanceModel()->lines()) {
                if (row.entrance == QStringLiteral("East") && row.checkedIn == 1)
                    return true;
            }
            return false;
        }, 5000));
        if (qEnvironmentVariableIsSet("MARQUEE_SCREENSHOTS"))
            page.grab().save(QString::fromLocal8Bit(qgetenv("MARQUEE_SCREENSHOTS")) + QStringLiteral("/reports-sales.png"));
    }

    void aFloodOfHintsIsReadAtABoundedRate()
    {
        AttendanceWatch watch(m_session->door(), m_session->live());
        QSignalSpy changed(&watch, &AttendanceWatch::attendanceChanged);
        watch.setEvents({m_tonight});
        QVERIFY(changed.wait(5000));   // the first read
        const int before = watch.readCount();
        // Anyone may NOTIFY: 300 hints, forged and real-looking, in a burst.
        {
            QSqlDatabase noisy = m_db->open(QStringLiteral("noisy"), m_db->loginProfile(QStringLiteral("marquee_kiosk")));
            QSqlQuery q(noisy);
            QVERIFY(q.exec(QStringLiteral("SELECT pg_notify('marquee_attendance', CASE WHEN g % 2 = 0 THEN 'junk ' || g "
                                          "ELSE json_build_object('event_id', %1, 'n', g)::text END) FROM generate_series(1, 300) g")
                               .arg(m_tonight)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("noisy"));
        QTest::qWait(1500);
        const int reads = watch.readCount() - before;
        QVERIFY2(reads >= 1 && reads <= 10, qPrintable(QString::number(reads)));
    }

private:
    QVariant value(const QString &sql)
    {
        QVariant result;
        {
            QSqlDatabase db = m_db->open(QStringLiteral("setup"));
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
            else if (q.lastError().isValid())
                qWarning("%s", qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        return result;
    }

    QStringList sell(qint64 eventId, int quantity)
    {
        QStringList codes;
        {
            QSqlDatabase desk = m_db->open(QStringLiteral("desk"), m_db->loginProfile(QStringLiteral("marquee_box_office")));
            QSqlQuery q(desk);
            if (q.exec(QStringLiteral("SELECT array_to_string(ticket_codes, ',') FROM marquee.book_tickets(%1, %2, 'Guest', NULL, "
                                      "gen_random_uuid(), 'cash')").arg(eventId).arg(quantity)) && q.next())
                codes = q.value(0).toString().split(QLatin1Char(','));
            else
                qWarning("%s", qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("desk"));
        return codes;
    }

    // Types the code and Enter as a keyboard-wedge scanner does, and waits for the answer.
    DoorLook::Answer scan(DoorView &view, const QString &code)
    {
        QSignalSpy answered(&view, &DoorView::scanAnswered);
        QTest::keyClicks(view.scanField(), code);
        QTest::keyClick(view.scanField(), Qt::Key_Return);
        if (!answered.wait(10000))
            return DoorLook::Answer::Waiting;
        return view.answerPanel()->answer();
    }

    void saveShots(DoorView &view, const QStringList &codes, const QStringList &other)
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("MARQUEE_SCREENSHOTS"));
        const QStringList fresh = sell(m_tonight, 1);
        scan(view, fresh.at(0));
        view.grab().save(dir + QStringLiteral("/door-valid.png"));
        scan(view, codes.at(1));
        view.grab().save(dir + QStringLiteral("/door-used.png"));
        scan(view, other.at(0));
        view.grab().save(dir + QStringLiteral("/door-invalid.png"));
    }

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<TerminalSession> m_session;
    qint64 m_tonight = 0;
    qint64 m_later = 0;
};

QTEST_MAIN(TestDoorView)
#include "tst_doorview.moc"
