// Seating in the admin view (issue #14 §1, §2, §4), against the real server as an admin login with its password:
// ticket types edited and saved from the event form (a bad price refused with nothing stored), plans imported
// (a valid file stored, a bad one refused with its sentence and nothing stored) and made on the Seating page,
// a plan chosen for an event (its capacity becomes the plan's seats; an event with tickets keeps its plan and
// says so), house holds placed and lifted from the event's seats (seat_map says blocked, capacity −2) and a
// wheelchair mark given.

#include "admin/eventdetailpanel.h"
#include "admin/eventform.h"
#include "admin/eventseatsdialog.h"
#include "admin/newseatingplandialog.h"
#include "admin/seatingpage.h"
#include "admin/seatingplantablemodel.h"
#include "availability/liveavailability.h"
#include "booking/bookingrepository.h"
#include "domain/session.h"
#include "events/eventservice.h"
#include "seating/liveseats.h"
#include "seating/seatingplanrepository.h"
#include "seating/seatingplanservice.h"
#include "seating/seatmap.h"
#include "session/terminalsession.h"
#include "sqlsession.h"
#include "testdatabase.h"
#include "tickettypes/tickettypeseditor.h"
#include "tickettypes/tickettypetablemodel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestAdminSeating : public QObject
{
    Q_OBJECT

    Test::TestDatabase m_database{QStringLiteral("adminseating")};
    std::unique_ptr<SqlSession> m_super;
    std::unique_ptr<TerminalSession> m_session;
    QTemporaryDir m_dir;
    qint64 m_plan = 0;      // made on the Seating page: 3×4 + 2×5 = 22 seats

    static QString source(const QString &path)
    {
        return QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_SOURCE_DIR")) + QLatin1Char('/') + path;
    }

    qint64 createEvent(const QString &title)
    {
        return m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
            "VALUES ('%1', 'Hall', now() + interval '3 days', 100, 300) RETURNING id").arg(title)).toLongLong();
    }

    Event eventOf(qint64 id)
    {
        auto event = m_session->events().get(id).wait(10000);
        return event ? event.value() : Event();
    }

    int plans() const { return m_super->value(QStringLiteral("SELECT count(*) FROM marquee.seating_plans")).toInt(); }

    QString stateOf(qint64 event, const QString &guid) const
    {
        return m_super->value(QStringLiteral("SELECT state FROM marquee.seat_map(%1) WHERE seat_guid = '%2'").arg(event).arg(guid)).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QVERIFY(m_dir.isValid());
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        SessionInfo info;
        info.login = QStringLiteral("admin");
        info.group = StaffGroup::Admin;
        m_session = std::make_unique<TerminalSession>(m_database.loginProfile(QStringLiteral("marquee_admin")), info);
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->live()->isConnected(), 10000);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_super.reset();
    }

    void ticketTypesFromTheEventForm()
    {
        // A new event's form says its types come once it is saved.
        {
            EventForm form(m_session.get());
            QVERIFY(!form.ticketTypes()->isEnabled());
        }
        const qint64 event = createEvent(QStringLiteral("Types from the form"));
        const Event existing = eventOf(event);
        QCOMPARE(existing.id, event);
        EventForm form(m_session.get(), existing);
        QSignalSpy loaded(form.ticketTypes(), &TicketTypesEditor::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        TicketTypeTableModel *model = form.ticketTypes()->model();
        QCOMPARE(model->rowCount(), 1);

        // A bad price is refused at once with its sentence, and nothing is stored.
        form.ticketTypes()->addType();
        QVERIFY(model->setData(model->index(1, TicketTypeTableModel::Name), QStringLiteral("Child")));
        QSignalSpy rejected(model, &TicketTypeTableModel::rejected);
        QVERIFY(!model->setData(model->index(1, TicketTypeTableModel::Price), QStringLiteral("twelve")));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!rejected.first().at(0).toString().isEmpty());
        QVERIFY(form.ticketTypes()->status() == rejected.first().at(0).toString());
        QCOMPARE(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.ticket_types WHERE event_id = %1").arg(event)).toInt(), 1);

        QVERIFY(model->setData(model->index(1, TicketTypeTableModel::Price), QStringLiteral("150.50")));
        QSignalSpy saved(&form, &EventForm::saved);
        form.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QCOMPARE(m_super->value(QStringLiteral("SELECT price::text FROM marquee.ticket_types WHERE event_id = %1 AND name = 'Child'")
                                    .arg(event)).toString(), QStringLiteral("150.50"));
    }

    void importOnTheSeatingPage()
    {
        SeatingPage page(m_session.get());
        QSignalSpy loaded(&page, &SeatingPage::plansLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        const int before = plans();

        // A file that is not a plan: its one sentence, nothing stored.
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"name": "Broken", "categories": [], "zones": [], "size": {"width": 10, "height": 10}, "colour": 1})");
        }
        QSignalSpy refused(&page, &SeatingPage::refused);
        page.importFile(bad);
        QCOMPARE(refused.count(), 1);
        QVERIFY(page.status().startsWith(QStringLiteral("bad.json")));
        QCOMPARE(plans(), before);

        // A valid file: stored, listed, previewed.
        QSignalSpy created(&page, &SeatingPage::planCreated);
        QSignalSpy previewed(&page, &SeatingPage::previewShown);
        page.importFile(source(QStringLiteral("tests/data/seating/current-form.json")));
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
        QCOMPARE(plans(), before + 1);
        const qint64 id = created.first().at(0).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(id) >= 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.previewedPlan(), id, 10000);
        QVERIFY(!page.preview()->seatGuids().isEmpty());

        // Exported back to the format: the file reads as a plan again.
        const QString out = m_dir.filePath(QStringLiteral("out.json"));
        QSignalSpy exported(&page, &SeatingPage::exported);
        page.exportPlan(id, out);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 10000);
        QVERIFY(exported.first().at(0).toBool());
        page.importFile(out);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 2, 10000);
    }

    void makeAPlan()
    {
        // The dialog refuses a layout the generator cannot make, with its sentence.
        NewSeatingPlanDialog dialog;
        dialog.setPlanName(QString());
        dialog.check();
        QVERIFY(!dialog.problem().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.setPlanName(QStringLiteral("Studio"));
        dialog.setZones({{QStringLiteral("Stalls"), QString(), 3, 4}, {QStringLiteral("Stalls"), QString(), 2, 5}});
        dialog.check();
        QVERIFY(dialog.problem().contains(QStringLiteral("Stalls")));
        dialog.setZones({{QStringLiteral("Stalls"), QString(), 3, 4}, {QStringLiteral("Balcony"), QString(), 2, 5}});
        dialog.setRowNames(SeatingPlanLayout::RowNames::Letters);
        dialog.check();
        QVERIFY(dialog.problem().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        SeatingPage page(m_session.get());
        QSignalSpy created(&page, &SeatingPage::planCreated);
        page.makePlan(dialog.planLayout());
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
        m_plan = created.first().at(0).toLongLong();
        QCOMPARE(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.seating_seats WHERE plan_id = %1").arg(m_plan)).toInt(), 22);
        QCOMPARE(m_super->value(QStringLiteral("SELECT name FROM marquee.seating_plans WHERE id = %1").arg(m_plan)).toString(),
                 QStringLiteral("Studio"));
    }

    void choosePlanInTheEventForm()
    {
        QVERIFY(m_plan > 0);
        const qint64 event = createEvent(QStringLiteral("Seated from the form"));
        {
            EventForm form(m_session.get(), eventOf(event));
            QSignalSpy plansLoaded(&form, &EventForm::plansLoaded);
            QTRY_VERIFY_WITH_TIMEOUT(plansLoaded.count() >= 1, 10000);
            QVERIFY(form.capacityFromPlan().isEmpty());
            form.setSeatingPlan(m_plan);
            QVERIFY(form.capacityFromPlan().contains(QStringLiteral("22")));
            // The categories of the plan are offered for the ticket types.
            QTRY_COMPARE_WITH_TIMEOUT(form.ticketTypes()->seatCategories().size(), 2, 10000);
            QVERIFY(form.ticketTypes()->seatCategories().contains(QStringLiteral("Balcony")));
            QVERIFY(form.ticketTypes()->seatCategories().contains(QStringLiteral("Stalls")));
            QSignalSpy saved(&form, &EventForm::saved);
            form.save();
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        }
        QCOMPARE(m_super->value(QStringLiteral("SELECT seating_plan_id FROM marquee.events WHERE id = %1").arg(event)).toLongLong(), m_plan);
        QCOMPARE(m_super->value(QStringLiteral("SELECT capacity FROM marquee.events WHERE id = %1").arg(event)).toInt(), 22);

        // Editing the seated event again keeps its plan and capacity.
        {
            EventForm form(m_session.get(), eventOf(event));
            QCOMPARE(form.seatingPlan(), m_plan);
            QSignalSpy saved(&form, &EventForm::saved);
            form.save();
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        }
        QCOMPARE(m_super->value(QStringLiteral("SELECT seating_plan_id FROM marquee.events WHERE id = %1").arg(event)).toLongLong(), m_plan);

        // A new event made seated in its form: its capacity is the plan's.
        {
            EventForm form(m_session.get());
            QSignalSpy plansLoaded(&form, &EventForm::plansLoaded);
            QTRY_VERIFY_WITH_TIMEOUT(plansLoaded.count() >= 1, 10000);
            form.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("New and seated"));
            form.findChild<QLineEdit *>(QStringLiteral("venueEdit"))->setText(QStringLiteral("Studio"));
            form.setSeatingPlan(m_plan);
            QSignalSpy saved(&form, &EventForm::saved);
            form.save();
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
            const Event created = saved.first().at(0).value<Event>();
            QCOMPARE(created.seatingPlanId, m_plan);
            QCOMPARE(created.capacity, 22);
            QCOMPARE(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.event_seats WHERE event_id = %1").arg(created.id)).toInt(), 22);
        }

        // An event with tickets keeps its seating: the database's sentence beside the plan, nothing changed.
        const qint64 sold = createEvent(QStringLiteral("Sold general admission"));
        SqlSession office(m_database.loginProfile(QStringLiteral("marquee_box_office")), QStringLiteral("office"));
        BookingRequest request;
        request.eventId = sold;
        request.quantity = 2;
        request.customerName = QStringLiteral("Early Bird");
        request.customerPhone = QStringLiteral("0811111111");
        QVERIFY(BookingRepository(office.db()).book(request).ok());
        EventForm form(m_session.get(), eventOf(sold));
        QSignalSpy plansLoaded(&form, &EventForm::plansLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(plansLoaded.count() >= 1, 10000);
        form.setSeatingPlan(m_plan);
        QSignalSpy saved(&form, &EventForm::saved);
        form.save();
        QTRY_COMPARE_WITH_TIMEOUT(form.fieldError(QStringLiteral("seatingPlan")), Error(ErrorCode::SeatingFixed).message(), 10000);
        QCOMPARE(saved.count(), 0);
        QVERIFY(m_super->value(QStringLiteral("SELECT seating_plan_id IS NULL FROM marquee.events WHERE id = %1").arg(sold)).toBool());
    }

    void houseHoldsAndMarksFromTheEventsSeats()
    {
        QVERIFY(m_plan > 0);
        const qint64 event = m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, seating_plan_id) "
            "VALUES ('House holds', 'Studio', now() + interval '3 days', 1, 300, %1) RETURNING id").arg(m_plan)).toLongLong();
        QCOMPARE(m_super->value(QStringLiteral("SELECT capacity FROM marquee.events WHERE id = %1").arg(event)).toInt(), 22);

        // From the event's detail: a seated event offers its seats.
        EventDetailPanel detail(m_session.get());
        detail.setEventId(event, QStringLiteral("House holds"));
        detail.setSeatingPlan(m_plan);
        EventSeatsDialog *dialog = detail.openSeats();
        QVERIFY(dialog);
        QSignalSpy ready(dialog, &EventSeatsDialog::ready);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        QCOMPARE(dialog->capacity(), 22);
        const QString a1 = QStringLiteral("stalls-A-1");
        const QString a2 = QStringLiteral("stalls-A-2");
        QTRY_COMPARE_WITH_TIMEOUT(dialog->map()->stateOf(a1), SeatState::Free, 10000);

        QSignalSpy changed(dialog, &EventSeatsDialog::changed);
        dialog->map()->toggle(a1);
        dialog->map()->toggle(a2);
        QCOMPARE(dialog->map()->selection().size(), 2);
        dialog->blockSelection();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
        QCOMPARE(changed.first().at(0).toInt(), 20);
        QCOMPARE(dialog->capacity(), 20);
        QCOMPARE(stateOf(event, a1), QStringLiteral("blocked"));
        QCOMPARE(stateOf(event, a2), QStringLiteral("blocked"));
        QCOMPARE(m_super->value(QStringLiteral("SELECT capacity FROM marquee.events WHERE id = %1").arg(event)).toInt(), 20);
        // The map follows: both read blocked, and blocked seats may be picked to lift the hold.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->map()->stateOf(a1), SeatState::Blocked, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->map()->stateOf(a2), SeatState::Blocked, 10000);
        dialog->map()->toggle(a1);
        dialog->map()->toggle(a2);
        QCOMPARE(dialog->map()->selection().size(), 2);
        dialog->unblockSelection();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
        QCOMPARE(dialog->capacity(), 22);
        QCOMPARE(stateOf(event, a1), QStringLiteral("free"));

        // A wheelchair space: the plan's seat is marked.
        dialog->map()->toggle(QStringLiteral("stalls-C-4"));
        dialog->markSelection(SeatMark::Wheelchair, true);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, 10000);
        QVERIFY(m_super->value(QStringLiteral("SELECT wheelchair FROM marquee.seating_seats WHERE plan_id = %1 AND seat_guid = 'stalls-C-4'")
                                   .arg(m_plan)).toBool());
        QCOMPARE(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.seating_seats WHERE plan_id = %1 AND wheelchair").arg(m_plan)).toInt(), 1);
        dialog->close();

        // All of the seats or none: a guid the plan lacks changes nothing. A box-office login may not mark at all.
        auto refused = m_session->seatingPlans().setSeatMark(m_plan, {QStringLiteral("stalls-A-3"), QStringLiteral("nowhere-Z-9")},
                                                             SeatMark::Companion, true).wait(10000);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::SeatNotAvailable);
        QCOMPARE(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.seating_seats WHERE plan_id = %1 AND companion").arg(m_plan)).toInt(), 0);
        SqlSession office(m_database.loginProfile(QStringLiteral("marquee_box_office")), QStringLiteral("office_marks"));
        auto notAllowed = SeatingPlanRepository(office.db()).setSeatMark(m_plan, {QStringLiteral("stalls-A-3")}, SeatMark::Companion, true);
        QVERIFY(!notAllowed.ok());
        QCOMPARE(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.seating_seats WHERE plan_id = %1 AND companion").arg(m_plan)).toInt(), 0);
    }
};

QTEST_MAIN(TestAdminSeating)
#include "tst_adminseating.moc"
