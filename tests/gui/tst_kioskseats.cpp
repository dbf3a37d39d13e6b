// The kiosk with ticket types and seats (issue #14 §1, §4; issue #13's promises), against the real server as the
// real kiosk login: a number per type booked with the right total; seats tapped on the kiosk's map, held and
// reserved; best available; the idle reset releases the hold; a seat sold elsewhere turns sold on the kiosk's map
// without a refresh; the seat list by row names seats and offers only free ones; accessibility mode gives the
// hold token twice the life.

#include "availability/liveavailability.h"
#include "booking/bookingservice.h"
#include "domain/session.h"
#include "kiosk/kioskassistance.h"
#include "kiosk/kioskflow.h"
#include "kiosk/kioskseatpage.h"
#include "kiosk/kioskview.h"
#include "models/eventfiltermodel.h"
#include "models/eventtablemodel.h"
#include "seating/liveseatmap.h"
#include "seating/seatingplangenerator.h"
#include "seating/seatingplanrepository.h"
#include "seating/seatitem.h"
#include "seating/seatmap.h"
#include "seating/seatmapview.h"
#include "seating/seatservice.h"
#include "session/terminalsession.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTreeView>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;
using Marquee::Test::SqlSession;

namespace {

template<typename T>
T *child(const QWidget &view, const QString &name)
{
    T *widget = view.findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

void click(QWidget *widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName()));
    QTest::mouseClick(widget, Qt::LeftButton);
}

QString screenshotPath(const QString &name)
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_BINARY_DIR")) + QLatin1Char('/') + name;
}

} // namespace

class TestKioskSeats : public QObject
{
    Q_OBJECT

    Test::TestDatabase m_database{QStringLiteral("kioskseats")};
    std::unique_ptr<SqlSession> m_super;
    qint64 m_typed = 0;
    qint64 m_seated = 0;
    qint64 m_adult = 0;
    qint64 m_child = 0;
    std::unique_ptr<TerminalSession> m_session;
    std::unique_ptr<KioskView> m_view;

    QString stateOf(const QString &guid) const
    {
        return m_super->value(QStringLiteral("SELECT state FROM marquee.seat_map(%1) WHERE seat_guid = '%2'").arg(m_seated).arg(guid)).toString();
    }

    static QPoint onScreen(SeatMap *map, const QString &guid)
    {
        return map->view()->mapFromScene(map->seatItem(guid)->pos());
    }

    LiveSeatMap *live() const { return m_view->seatPage()->liveMap(); }

    // From the start page to the event page of this event, its types and seats known.
    void openEvent(qint64 eventId)
    {
        m_view->resetForNextCustomer();
        QSignalSpy loaded(m_view->eventFilter(), &EventFilterModel::firstPageLoaded);
        m_view->showEvents();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->events()->eventById(eventId), 10000);
        m_view->chooseEvent(eventId);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Event);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->flow()->order().typesKnown, 10000);
    }

    void openSeats()
    {
        openEvent(m_seated);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->flow()->order().seated, 10000);
        // The plan is drawn again for each customer: wait for it (and the states) before tapping.
        QSignalSpy planShown(live(), &LiveSeatMap::planShown);
        click(child<QPushButton>(*m_view, QStringLiteral("kioskNext")));
        QCOMPARE(m_view->currentPage(), KioskView::Page::Seats);
        QTRY_VERIFY_WITH_TIMEOUT(planShown.count() >= 1, 10000);
        // Row A is never sold here: its first seat reads free once the map has its states.
        QTRY_VERIFY_WITH_TIMEOUT(live()->map()->seatItem(QStringLiteral("stalls-A-1"))
                                     && live()->map()->stateOf(QStringLiteral("stalls-A-1")) == SeatState::Free,
                                 10000);
    }

    void fillDetailsAndConfirm()
    {
        QCOMPARE(m_view->currentPage(), KioskView::Page::Details);
        QTest::keyClicks(child<QLineEdit>(*m_view, QStringLiteral("kioskName")), QStringLiteral("Malee Seats"));
        QTest::keyClicks(child<QLineEdit>(*m_view, QStringLiteral("kioskPhone")), QStringLiteral("0812223344"));
        click(child<QPushButton>(*m_view, QStringLiteral("kioskConfirm")));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->currentPage(), KioskView::Page::Confirmation, 10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QVERIFY(m_database.liftBookingLimits());
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));

        // General admission with three types: Adult (the event's own), Child, and a box-office-only Concession.
        m_typed = m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
            "VALUES ('Family matinee', 'Main Hall', now() + interval '2 days', 50, 300) RETURNING id")).toLongLong();
        QVERIFY(m_typed > 0);
        m_adult = m_super->value(QStringLiteral("UPDATE marquee.ticket_types SET name = 'Adult' WHERE event_id = %1 RETURNING id")
                                     .arg(m_typed)).toLongLong();
        m_child = m_super->value(QStringLiteral("INSERT INTO marquee.ticket_types (event_id, name, price, sort_order) "
                                                "VALUES (%1, 'Child', 150, 10) RETURNING id").arg(m_typed)).toLongLong();
        QVERIFY(m_super->value(QStringLiteral("INSERT INTO marquee.ticket_types (event_id, name, price, sort_order, box_office_only) "
                                              "VALUES (%1, 'Concession', 100, 20, true) RETURNING id").arg(m_typed)).toLongLong() > 0);
        QVERIFY(m_adult > 0 && m_child > 0);

        // A seated studio: stalls and a balcony.
        SeatingPlanLayout layout;
        layout.name = QStringLiteral("Studio");
        layout.blocks = {{QStringLiteral("Stalls"), QString(), 6, 12}, {QStringLiteral("Balcony"), QString(), 2, 10}};
        layout.aisleEvery = 6;
        SqlSession office(m_database.loginProfile(QStringLiteral("marquee_admin")), QStringLiteral("admin"));
        auto planId = SeatingPlanRepository(office.db()).create(SeatingPlanGenerator(layout).plan());
        QVERIFY(planId.ok());
        m_seated = m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, seating_plan_id, max_tickets_per_booking) "
            "VALUES ('Studio night', 'Studio', now() + interval '3 days', 1, 400, %1, 8) RETURNING id").arg(planId.value())).toLongLong();
        QVERIFY(m_seated > 0);

        qputenv("MARQUEE_KIOSK_SPEECH_ENGINE", "none");
        SessionInfo info;
        info.group = StaffGroup::Kiosk;
        const ConnectionProfile profile = m_database.loginProfile(QStringLiteral("marquee_kiosk"));
        info.login = profile.user;
        m_session = std::make_unique<TerminalSession>(profile, info);
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->venueSettingsLoaded() && m_session->live()->isConnected(), 10000);
        m_view = std::make_unique<KioskView>(m_session.get());
        m_view->resize(1366, 768);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_session.reset();
        m_super.reset();
    }

    // §1: a number per type (the box-office-only type not offered), the live total, one line per type.
    void mixedTypesAreReservedWithTheRightTotal()
    {
        openEvent(m_typed);
        QCOMPARE(m_view->flow()->order().ticketTypes.size(), 2); // Concession is for the box office
        auto *adult = child<QSpinBox>(*m_view, QStringLiteral("kioskTypeQuantity_%1").arg(m_adult));
        auto *kid = child<QSpinBox>(*m_view, QStringLiteral("kioskTypeQuantity_%1").arg(m_child));
        QVERIFY(adult && kid);
        QTRY_VERIFY(adult->isVisible());
        QCOMPARE(adult->value(), 1);
        QCOMPARE(kid->value(), 0);
        QCOMPARE(kid->accessibleName(), QStringLiteral("Number of Child tickets"));
        click(child<QPushButton>(*m_view, QStringLiteral("kioskTypeMore_%1").arg(m_adult)));
        click(child<QPushButton>(*m_view, QStringLiteral("kioskTypeMore_%1").arg(m_child)));
        QCOMPARE(adult->value(), 2);
        QCOMPARE(kid->value(), 1);
        QVERIFY(child<QLabel>(*m_view, QStringLiteral("kioskTotal"))->text().contains(QStringLiteral("750")));
        const QString out = screenshotPath(QStringLiteral("kiosk-tickettypes.png"));
        QVERIFY(m_view->grab().save(out));
        click(child<QPushButton>(*m_view, QStringLiteral("kioskNext")));
        const QString tickets = child<QLabel>(*m_view, QStringLiteral("kioskDetailsTickets"))->text();
        QVERIFY2(tickets.contains(QStringLiteral("2 × Adult")) && tickets.contains(QStringLiteral("1 × Child")), qPrintable(tickets));
        fillDetailsAndConfirm();
        const BookingConfirmation booked = *m_view->lastConfirmation();
        QVERIFY(booked.isReservation());
        QCOMPARE(booked.totalAmount, Money::fromMinorUnits(75000));
        QCOMPARE(booked.ticketCodes.size(), 3);
        QCOMPARE(m_super->value(QStringLiteral("SELECT string_agg(tt.name, ',' ORDER BY tt.name) FROM marquee.tickets t "
                                               "JOIN marquee.ticket_types tt ON tt.id = t.ticket_type_id WHERE t.booking_id = %1")
                                    .arg(booked.bookingId)).toString(),
                 QStringLiteral("Adult,Adult,Child"));
        // The confirmation names the types.
        const QString details = child<QLabel>(*m_view, QStringLiteral("kioskConfirmationDetails"))->text();
        QVERIFY2(details.contains(QStringLiteral("2 × Adult")) && details.contains(QStringLiteral("1 × Child")), qPrintable(details));
    }

    // §2: tapping seats on the kiosk's map holds them; they are reserved with the hold's token.
    void tappedSeatsAreReserved()
    {
        openSeats();
        SeatMap *map = live()->map();
        QTest::mouseClick(map->view()->viewport(), Qt::LeftButton, {}, onScreen(map, QStringLiteral("stalls-C-4")));
        QTest::mouseClick(map->view()->viewport(), Qt::LeftButton, {}, onScreen(map, QStringLiteral("stalls-C-5")));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->flow()->order().seats.size(), 2, 10000);
        QCOMPARE(stateOf(QStringLiteral("stalls-C-4")), QStringLiteral("held"));
        QTRY_VERIFY(child<QLabel>(*m_view, QStringLiteral("kioskHoldCountdown"))->isVisible());
        QVERIFY(child<QLabel>(*m_view, QStringLiteral("kioskHoldCountdown"))->text().startsWith(QStringLiteral("Your seats are held for ")));
        const QString out = screenshotPath(QStringLiteral("kiosk-seatmap.png"));
        QVERIFY(m_view->grab().save(out));
        const QUuid token = live()->holdToken();
        click(child<QPushButton>(*m_view, QStringLiteral("kioskSeatsNext")));
        fillDetailsAndConfirm();
        const BookingConfirmation booked = *m_view->lastConfirmation();
        QCOMPARE(booked.ticketCodes.size(), 2);
        QCOMPARE(booked.totalAmount, Money::fromMinorUnits(80000));
        QCOMPARE(stateOf(QStringLiteral("stalls-C-4")), QStringLiteral("sold"));
        QCOMPARE(stateOf(QStringLiteral("stalls-C-5")), QStringLiteral("sold"));
        // The booked seats are not the next customer's hold: a new token.
        QVERIFY(live()->holdToken() != token);
        QVERIFY(live()->heldSeats().isEmpty());
    }

    // §2: best available by category and number, with the large controls.
    void bestAvailableHoldsABlock()
    {
        openSeats();
        auto *count = child<QSpinBox>(*m_view, QStringLiteral("kioskSeatCount"));
        click(child<QPushButton>(*m_view, QStringLiteral("kioskSeatCountMore")));
        click(child<QPushButton>(*m_view, QStringLiteral("kioskSeatCountMore")));
        QCOMPARE(count->value(), 3);
        auto *balcony = child<QRadioButton>(*m_view, QStringLiteral("kioskSeatCategory_2"));
        QVERIFY(balcony);
        QCOMPARE(balcony->text(), QStringLiteral("Balcony"));
        click(balcony);
        click(child<QPushButton>(*m_view, QStringLiteral("kioskBestAvailable")));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->flow()->order().seats.size(), 3, 10000);
        for (const KioskSeatChoice &seat : m_view->flow()->order().seats) {
            QVERIFY(seat.guid.startsWith(QStringLiteral("balcony-")));
            QCOMPARE(stateOf(seat.guid), QStringLiteral("held"));
        }
        // The countdown knows when the block's hold ends.
        QTRY_VERIFY_WITH_TIMEOUT(m_view->flow()->order().heldUntil.isValid(), 10000);
        // Back releases it.
        const QString first = m_view->flow()->order().seats.first().guid;
        click(child<QPushButton>(*m_view, QStringLiteral("kioskSeatsBack")));
        QCOMPARE(m_view->currentPage(), KioskView::Page::Event);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(first), QStringLiteral("free"), 10000);
    }

    // §2: the idle reset ("are you still there?" unanswered) releases the hold.
    void idleResetReleasesTheHold()
    {
        openSeats();
        live()->map()->toggle(QStringLiteral("stalls-D-2"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-D-2")), QStringLiteral("held"), 10000);
        m_view->setIdleTimeout(300);
        m_view->setWarningTime(300);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->currentPage(), KioskView::Page::Start, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-D-2")), QStringLiteral("free"), 10000);
        m_view->setIdleTimeout(KioskFlow::DefaultIdleTimeoutMs);
        m_view->setWarningTime(KioskFlow::DefaultWarningMs);
    }

    // §2: a hold that runs out releases the seats and tells the customer (a 3-second hold, not renewed).
    void aHoldThatRunsOutIsReleased()
    {
        openSeats();
        KioskSeatPage *page = m_view->seatPage();
        page->setRenewSeconds(0);
        live()->setHoldSeconds(3);
        QSignalSpy held(live(), &LiveSeatMap::holdChanged);
        QSignalSpy problem(live(), &LiveSeatMap::problem);
        live()->map()->toggle(QStringLiteral("stalls-B-3"));
        auto *message = child<QLabel>(*m_view, QStringLiteral("kioskSeatsMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(held.count() >= 1 || problem.count() >= 1, 10000);
        QCOMPARE(problem.count(), 0);
        QCOMPARE(held.first().at(0).toStringList(), QStringList{QStringLiteral("stalls-B-3")});
        // The warning first (the hold is shorter than the warning time)...
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("more second")), 5000);
        // ...and the customer goes on to the details, which say until when the seats are held...
        click(child<QPushButton>(*m_view, QStringLiteral("kioskSeatsNext")));
        QCOMPARE(m_view->currentPage(), KioskView::Page::Details);
        QVERIFY(child<QLabel>(*m_view, QStringLiteral("kioskDetailsTickets"))->text().contains(QStringLiteral("held for you until")));
        // ...then the hold runs out: back to the seats, told why.
        QTRY_COMPARE_WITH_TIMEOUT(m_view->currentPage(), KioskView::Page::Seats, 10000);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().startsWith(QStringLiteral("Your time to choose ran out")));
        QVERIFY(m_view->flow()->order().seats.isEmpty());
        QVERIFY(live()->map()->selection().isEmpty());
        QCOMPARE(stateOf(QStringLiteral("stalls-B-3")), QStringLiteral("free"));
        QVERIFY(!child<QPushButton>(*m_view, QStringLiteral("kioskSeatsNext"))->isEnabled());
        page->setRenewSeconds(120);
        m_view->resetForNextCustomer();
    }

    // #13 §2: the seat page's controls as assistive technology sees them.
    void seatPageAccessibleTree()
    {
        openSeats();
        auto *count = child<QSpinBox>(*m_view, QStringLiteral("kioskSeatCount"));
        QAccessibleInterface *countIface = QAccessible::queryAccessibleInterface(count);
        QVERIFY(countIface);
        QCOMPARE(countIface->role(), QAccessible::SpinBox);
        QCOMPARE(countIface->text(QAccessible::Name), QStringLiteral("Number of seats"));
        auto *any = child<QRadioButton>(*m_view, QStringLiteral("kioskSeatCategory_0"));
        QAccessibleInterface *anyIface = QAccessible::queryAccessibleInterface(any);
        QCOMPARE(anyIface->role(), QAccessible::RadioButton);
        QCOMPARE(anyIface->text(QAccessible::Name), QStringLiteral("Any area"));
        QTreeView *list = m_view->seatPage()->seatList();
        QAccessibleInterface *listIface = QAccessible::queryAccessibleInterface(list);
        QCOMPARE(listIface->role(), QAccessible::Tree);
        QCOMPARE(listIface->text(QAccessible::Name), QStringLiteral("Seats by row"));
        QCOMPARE(QAccessible::queryAccessibleInterface(child<QPushButton>(*m_view, QStringLiteral("kioskBestAvailable")))
                     ->text(QAccessible::Name),
                 QStringLiteral("Find the best seats"));
        QCOMPARE(QAccessible::queryAccessibleInterface(child<QLabel>(*m_view, QStringLiteral("kioskSeatsHeading")))->role(),
                 QAccessible::Heading);
        m_view->resetForNextCustomer();
    }

    // §4: a seat sold by another terminal turns sold on the kiosk's map (and in its list) without a refresh.
    void seatSoldElsewhereTurnsSold()
    {
        openSeats();
        SeatItem *item = live()->map()->seatItem(QStringLiteral("stalls-E-7"));
        QCOMPARE(item->state(), SeatState::Free);
        TerminalSession desk(m_database.loginProfile(QStringLiteral("marquee_box_office")), SessionInfo{});
        desk.start();
        OrderRequest order;
        order.eventId = m_seated;
        order.lines = {OrderLine{0, 0, QStringLiteral("stalls-E-7")}};
        order.customerName = QStringLiteral("Desk Buyer");
        order.customerPhone = QStringLiteral("0811000099");
        const QUuid token = QUuid::createUuid();
        QVERIFY(desk.seats().hold(m_seated, {QStringLiteral("stalls-E-7")}, token, 300).wait(10000).ok());
        order.holdToken = token;
        QVERIFY(desk.bookings().order(order).wait(10000).ok());
        QTRY_COMPARE_WITH_TIMEOUT(item->state(), SeatState::Sold, 10000);
        QCOMPARE(live()->map()->seatItem(QStringLiteral("stalls-E-7")), item); // nothing rebuilt
    }

    // #13 §1: the seats as a list by row, named as a screen reader says them; only free seats can be chosen.
    void seatListByRowOffersOnlyFreeSeats()
    {
        openSeats();
        click(child<QRadioButton>(*m_view, QStringLiteral("kioskSeatsListMode")));
        QTreeView *list = m_view->seatPage()->seatList();
        QVERIFY(list->isVisible());
        QCOMPARE(list->accessibleName(), QStringLiteral("Seats by row"));
        QStandardItemModel *model = m_view->seatPage()->seatListModel();
        QCOMPARE(model->rowCount(), 8); // six stalls rows and two balcony rows
        QStandardItem *rowC = nullptr;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->item(r)->text() == QStringLiteral("Row C, Stalls"))
                rowC = model->item(r);
        }
        QVERIFY(rowC);
        QStandardItem *sold = nullptr;
        QStandardItem *free = nullptr;
        for (int s = 0; s < rowC->rowCount(); ++s) {
            QStandardItem *seat = rowC->child(s);
            QCOMPARE(seat->text(), live()->map()->accessibleNameOf(seat->data(Qt::UserRole + 1).toString()));
            if (seat->data(Qt::UserRole + 1).toString() == QStringLiteral("stalls-C-4"))
                sold = seat;
            if (seat->data(Qt::UserRole + 1).toString() == QStringLiteral("stalls-C-8"))
                free = seat;
        }
        QVERIFY(sold && free);
        QCOMPARE(sold->text(), QStringLiteral("Row C, seat 4, Stalls, sold"));
        QVERIFY(!(sold->flags() & Qt::ItemIsEnabled));
        QVERIFY(free->flags() & Qt::ItemIsEnabled);
        // By keyboard: the sold seat does nothing; the free one is chosen and held.
        emit list->activated(sold->index());
        QVERIFY(live()->map()->selection().isEmpty());
        list->setFocus();
        list->setCurrentIndex(free->index());
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(live()->map()->selection(), QStringList{QStringLiteral("stalls-C-8")});
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-C-8")), QStringLiteral("held"), 10000);
        QTRY_COMPARE(free->checkState(), Qt::Checked);
        const QString out = screenshotPath(QStringLiteral("kiosk-seatlist.png"));
        QVERIFY(m_view->grab().save(out));
        m_view->resetForNextCustomer();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-C-8")), QStringLiteral("free"), 10000);
    }

    // #13 §4: in accessibility mode the kiosk says so with its holds, and the token lives twice as long.
    void accessibilityModeDoublesTheTokenLife()
    {
        m_view->resetForNextCustomer();
        KioskAssistance assistance;
        assistance.moreTime = true;
        m_view->flow()->setAssistance(assistance);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Start);
        // openSeats() starts with a new customer: keep the assistance by choosing the event directly.
        m_view->showEvents();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->events()->eventById(m_seated), 10000);
        m_view->chooseEvent(m_seated);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->flow()->order().seated, 10000);
        QSignalSpy planShown(live(), &LiveSeatMap::planShown);
        click(child<QPushButton>(*m_view, QStringLiteral("kioskNext")));
        QCOMPARE(m_view->currentPage(), KioskView::Page::Seats);
        QTRY_VERIFY_WITH_TIMEOUT(planShown.count() >= 1, 10000);
        QVERIFY(m_view->seatPage()->seatList()->isVisible()); // accessibility mode starts with the list
        QCOMPARE(live()->holdSeconds(), 900);
        QTRY_VERIFY_WITH_TIMEOUT(live()->map()->stateOf(QStringLiteral("stalls-F-9")) == SeatState::Free, 10000);
        live()->map()->toggle(QStringLiteral("stalls-F-9"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-F-9")), QStringLiteral("held"), 10000);
        const QString token = live()->holdToken().toString(QUuid::WithoutBraces);
        QCOMPARE(m_super->value(QStringLiteral("SELECT extract(epoch FROM life_ends - created_at)::integer FROM marquee.seat_holds "
                                               "WHERE hold_token = '%1'").arg(token)).toInt(), 3600);
        QCOMPARE(m_super->value(QStringLiteral("SELECT login FROM marquee.seat_holds WHERE hold_token = '%1'").arg(token)).toString(),
                 m_session->info().login);
        // The normal mode: the next customer's token lives 30 minutes.
        m_view->resetForNextCustomer();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-F-9")), QStringLiteral("free"), 10000);
        openSeats();
        QCOMPARE(live()->holdSeconds(), 600);
        live()->map()->toggle(QStringLiteral("stalls-F-10"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-F-10")), QStringLiteral("held"), 10000);
        const QString normal = live()->holdToken().toString(QUuid::WithoutBraces);
        QCOMPARE(m_super->value(QStringLiteral("SELECT extract(epoch FROM life_ends - created_at)::integer FROM marquee.seat_holds "
                                               "WHERE hold_token = '%1'").arg(normal)).toInt(), 1800);
        m_view->resetForNextCustomer();
    }
};

QTEST_MAIN(TestKioskSeats)
#include "tst_kioskseats.moc"
