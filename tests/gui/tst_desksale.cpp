// The desk's sale with ticket types and seats, against the real server as a box-office login (issue #14 §1, §4):
//   - a quantity per ticket type: 2 adult + 1 child is one booking with the right total and a ticket per type
//     line stored; Tab goes through the quantities; a box-office-only type is offered;
//   - a quantity that is not a number is refused, nothing is stored and no total is shown ("—");
//   - a seated event shows its live map: seats clicked on it are sold, each as a seat line with the hold's token;
//   - "2 stalls" + Enter holds two adjacent seats, which are then sold; an unknown category gets a sentence;
//   - a seat taken meanwhile (the hold ran out, a kiosk sold it) gets MQ016's sentence, nothing is sold, the map
//     reads the seats again;
//   - abandoning the sale (Esc, another event, closing the view) frees the held seats at once;
//   - the tickets and the receipt printed for a seated sale name the type, the zone, the row and the seat.

#include "availability/liveavailability.h"
#include "boxoffice/boxofficeview.h"
#include "boxoffice/paymentpart.h"
#include "boxoffice/salepanel.h"
#include "boxoffice/saleresultpanel.h"
#include "boxoffice/seatpart.h"
#include "boxoffice/ticketquantitiespart.h"
#include "booking/bookingservice.h"
#include "common/ticketprinter.h"
#include "common/error.h"
#include "seating/seatservice.h"
#include "escposdecoder.h"
#include "printing/escposrenderer.h"
#include "printing/linerasteriser.h"
#include "printing/receipt.h"
#include "printing/saleprintout.h"
#include "printing/ticketslip.h"
#include "seating/liveseatmap.h"
#include "seating/seatingplangenerator.h"
#include "seating/seatingplanrepository.h"
#include "seating/seatitem.h"
#include "seating/seatmap.h"
#include "seating/seatmapview.h"
#include "session/terminalsession.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestDeskSale : public QObject
{
    Q_OBJECT

    Test::TestDatabase m_database{QStringLiteral("desksale")};
    std::unique_ptr<SqlSession> m_super;
    std::unique_ptr<TerminalSession> m_session;
    qint64 m_matinee = 0;
    qint64 m_seated = 0;

    QVariant value(const QString &sql) const { return m_super->value(sql); }

    QString stateOf(const QString &guid) const
    {
        return value(QStringLiteral("SELECT state FROM marquee.seat_map(%1) WHERE seat_guid = '%2'").arg(m_seated).arg(guid))
            .toString();
    }

    static QWidget *focused() { return QApplication::focusWidget(); }
    static void type(const QString &text) { QTest::keyClicks(focused(), text); }
    static void press(Qt::Key key) { QTest::keyClick(focused(), key); }

    std::unique_ptr<BoxOfficeView> openView()
    {
        auto view = std::make_unique<BoxOfficeView>(m_session.get());
        view->resize(1366, 768);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get()))
            return nullptr;
        auto *list = view->findChild<QTableView *>(QStringLiteral("eventList"));
        if (!QTest::qWaitFor([list] { return list->model()->rowCount() >= 2; }, 10000))
            return nullptr;
        view->salePanel()->paymentPart()->setMethod(PaymentMethod::Card); // no shift needed
        return view;
    }

    static bool pick(BoxOfficeView *view, const QString &search)
    {
        view->startNewSale();
        view->salePanel()->paymentPart()->setMethod(PaymentMethod::Card);
        auto *list = view->findChild<QTableView *>(QStringLiteral("eventList"));
        QTest::keyClicks(focused(), search);
        if (!QTest::qWaitFor([list] { return list->model()->rowCount() == 1; }, 5000))
            return false;
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        return true;
    }

    static bool waitForSeatMap(BoxOfficeView *view, const QString &guid)
    {
        SalePanel *panel = view->salePanel();
        return QTest::qWaitFor([panel, guid] {
            SeatMap *map = panel->seatPart()->liveMap()->map();
            return panel->isSeated() && panel->seatPart()->isVisible() && map->seatItem(guid)
                && map->seatItem(guid)->state() == SeatState::Free;
        }, 10000);
    }

    static bool waitForResult(BoxOfficeView *view)
    {
        auto *stack = view->findChild<QStackedWidget *>(QStringLiteral("sellStack"));
        return QTest::qWaitFor([stack, view] { return stack->currentWidget() == view->resultPanel(); }, 10000);
    }

    static void click(SeatMap *map, const QString &guid)
    {
        QTest::mouseClick(map->view()->viewport(), Qt::LeftButton, {}, map->view()->mapFromScene(map->seatItem(guid)->pos()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QVERIFY(m_database.liftBookingLimits());
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));

        // A general-admission matinee: its one type becomes Adult; Child and a box-office-only Concession join it.
        m_matinee = value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
            "VALUES ('Family Matinee', 'Main Hall', now() + interval '5 days', 100, 300) RETURNING id")).toLongLong();
        QVERIFY(m_matinee > 0);
        QVERIFY(m_super->stateOf(QStringLiteral("UPDATE marquee.ticket_types SET name = 'Adult' WHERE event_id = %1").arg(m_matinee)).isEmpty());
        QVERIFY(m_super->stateOf(QStringLiteral(
            "INSERT INTO marquee.ticket_types (event_id, name, price, sort_order, box_office_only) VALUES "
            "(%1, 'Child', 150, 10, false), (%1, 'Concession', 200, 20, true)").arg(m_matinee)).isEmpty());

        // A seated studio: stalls and a balcony; its one type sells any seat, a Child type too.
        SeatingPlanLayout layout;
        layout.name = QStringLiteral("Studio");
        layout.blocks = {{QStringLiteral("Stalls"), QString(), 6, 12}, {QStringLiteral("Balcony"), QString(), 2, 10}};
        layout.aisleEvery = 6;
        SqlSession admin(m_database.loginProfile(QStringLiteral("marquee_admin")), QStringLiteral("admin"));
        auto planId = SeatingPlanRepository(admin.db()).create(SeatingPlanGenerator(layout).plan());
        QVERIFY(planId.ok());
        m_seated = value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, seating_plan_id) "
            "VALUES ('Studio Seats', 'Studio', now() + interval '6 days', 1, 400, %1) RETURNING id").arg(planId.value()))
                       .toLongLong();
        QVERIFY(m_seated > 0);
        QVERIFY(m_super->stateOf(QStringLiteral("UPDATE marquee.ticket_types SET name = 'Adult' WHERE event_id = %1").arg(m_seated)).isEmpty());
        QVERIFY(m_super->stateOf(QStringLiteral(
            "INSERT INTO marquee.ticket_types (event_id, name, price, sort_order) VALUES (%1, 'Child', 250, 10)").arg(m_seated)).isEmpty());

        SessionInfo info;
        info.login = QStringLiteral("desk");
        info.group = StaffGroup::BoxOffice;
        m_session = std::make_unique<TerminalSession>(m_database.loginProfile(QStringLiteral("marquee_box_office")), info);
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->live()->isConnected(), 10000);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_super.reset();
    }

    void mixedTypesAreOneBooking()
    {
        auto view = openView();
        QVERIFY(view);
        QVERIFY(pick(view.get(), QStringLiteral("family")));
        TicketQuantitiesPart *quantities = view->salePanel()->quantitiesPart();
        QTRY_COMPARE_WITH_TIMEOUT(quantities->fields().size(), 3, 10000); // the box-office-only type too
        QCOMPARE(focused(), quantities->fields().at(0));
        type(QStringLiteral("2"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), quantities->fields().at(1));
        type(QStringLiteral("1"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), quantities->fields().at(2));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), view->findChild<QLineEdit *>(QStringLiteral("phone")));
        const QLocale locale;
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("total"))->text(), Money::fromMinorUnits(75000).toDisplayString(locale));
        press(Qt::Key_Return);
        QVERIFY(waitForResult(view.get()));
        const qint64 booking = view->resultPanel()->booking().id;
        QVERIFY(booking > 0);
        QCOMPARE(value(QStringLiteral("SELECT total_amount::text FROM marquee.bookings WHERE id = %1").arg(booking)).toString(),
                 QStringLiteral("750.00"));
        QCOMPARE(value(QStringLiteral(
                     "SELECT string_agg(name || ':' || n, ',' ORDER BY name) FROM (SELECT tt.name, count(*) AS n "
                     "FROM marquee.tickets t JOIN marquee.ticket_types tt ON tt.id = t.ticket_type_id "
                     "WHERE t.booking_id = %1 GROUP BY tt.name) x").arg(booking)).toString(),
                 QStringLiteral("Adult:2,Child:1"));
        // The result's ticket list says each ticket's type.
        auto *tickets = view->findChild<QListView *>(QStringLiteral("ticketList"));
        QTRY_COMPARE(tickets->model()->rowCount(), 3);
        QString shown;
        for (int i = 0; i < 3; ++i)
            shown += tickets->model()->index(i, 0).data().toString();
        QVERIFY2(shown.count(QStringLiteral("Adult")) == 2 && shown.count(QStringLiteral("Child")) == 1, qPrintable(shown));
    }

    void invalidQuantityShowsNoTotalAndStoresNothing()
    {
        auto view = openView();
        QVERIFY(view);
        const int before = value(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt();
        QVERIFY(pick(view.get(), QStringLiteral("family")));
        TicketQuantitiesPart *quantities = view->salePanel()->quantitiesPart();
        QTRY_COMPARE_WITH_TIMEOUT(quantities->fields().size(), 3, 10000);
        QCOMPARE(focused(), quantities->fields().at(0));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), quantities->fields().at(1));
        type(QStringLiteral("2x"));
        auto *total = view->findChild<QLabel *>(QStringLiteral("total"));
        QCOMPARE(total->text(), QStringLiteral("—"));
        press(Qt::Key_Return);
        auto *error = view->findChild<QLabel *>(QStringLiteral("quantityError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Child")), qPrintable(error->text()));
        QCOMPARE(quantities->fields().at(1)->text(), QStringLiteral("2x")); // as typed, never changed
        QCOMPARE(focused(), quantities->fields().at(1));
        // Too many of a type is refused too, and the total comes back once every quantity is a number.
        quantities->fields().at(1)->setText(QStringLiteral("3"));
        QCOMPARE(total->text(), Money::fromMinorUnits(30000 + 45000).toDisplayString(QLocale()));
        QTest::qWait(300);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt(), before);
    }

    void seatsClickedOnTheMapAreSold()
    {
        auto view = openView();
        QVERIFY(view);
        QVERIFY(pick(view.get(), QStringLiteral("studio")));
        QVERIFY(waitForSeatMap(view.get(), QStringLiteral("stalls-C-4")));
        SeatPart *seats = view->salePanel()->seatPart();
        SeatMap *map = seats->liveMap()->map();
        click(map, QStringLiteral("stalls-C-4"));
        click(map, QStringLiteral("stalls-C-5"));
        QTRY_COMPARE_WITH_TIMEOUT(seats->heldCount(), 2, 10000);
        QCOMPARE(stateOf(QStringLiteral("stalls-C-4")), QStringLiteral("held"));
        // The second seat is sold as Child: its own type choice.
        auto *second = view->findChild<QComboBox *>(QStringLiteral("seatType2"));
        QVERIFY(second);
        const int child = second->findText(QStringLiteral("Child"), Qt::MatchStartsWith);
        QVERIFY(child >= 0);
        second->setCurrentIndex(child);
        // Tab goes from best available through each seat's type.
        seats->bestAvailableField()->setFocus();
        press(Qt::Key_Tab);
        QCOMPARE(focused(), view->findChild<QComboBox *>(QStringLiteral("seatType1")));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), static_cast<QWidget *>(second));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("total"))->text(), Money::fromMinorUnits(40000 + 25000).toDisplayString(QLocale()));
        view->findChild<QLineEdit *>(QStringLiteral("phone"))->setFocus();
        press(Qt::Key_Return);
        QVERIFY(waitForResult(view.get()));
        const Booking sold = view->resultPanel()->booking();
        QCOMPARE(value(QStringLiteral("SELECT total_amount::text FROM marquee.bookings WHERE id = %1").arg(sold.id)).toString(),
                 QStringLiteral("650.00"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-C-4")), QStringLiteral("sold"), 10000);
        QCOMPARE(stateOf(QStringLiteral("stalls-C-5")), QStringLiteral("sold"));
        QCOMPARE(seats->heldCount(), 0); // forgotten: the next sale has a hold of its own

        // What is printed names the type, the zone, the row and the seat (tickets and receipt).
        QCOMPARE(sold.tickets.size(), 2);
        const LineRasteriser rasteriser;
        const QString text = Test::EscPosDecoder::toText(Test::EscPosDecoder::decode(EscPosRenderer(rasteriser).render(
            SalePrintout::compose(Receipt::forBooking(sold, false), TicketSlip::forBooking(sold, false)))));
        QVERIFY2(text.contains(QStringLiteral("Stalls, row C, seat 4")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Stalls, row C, seat 5")));
        QVERIFY(text.contains(QStringLiteral("1 x Adult, Stalls, row C, seat 4")));
        QVERIFY(text.contains(QStringLiteral("1 x Child, Stalls, row C, seat 5")));
        // And the sale's ticket list on screen.
        auto *tickets = view->findChild<QListView *>(QStringLiteral("ticketList"));
        QTRY_COMPARE(tickets->model()->rowCount(), 2);
        QVERIFY(tickets->model()->index(0, 0).data().toString().contains(QStringLiteral("row C, seat 4")));

        // The desk's PDF tickets too (ui/common/ticketprinter), read back as text.
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils, scripts/install-deps.sh) is not installed: the PDF's text is not checked");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("tickets.pdf"));
        QVERIFY(TicketPrinter::writePdf(pdf, sold));
        QProcess reader;
        reader.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(reader.waitForFinished(20000));
        const QString pdfText = QString::fromUtf8(reader.readAllStandardOutput());
        QVERIFY2(pdfText.contains(QStringLiteral("Stalls, row C, seat 4")) && pdfText.contains(QStringLiteral("Stalls, row C, seat 5")),
                 qPrintable(pdfText));
        QVERIFY(pdfText.contains(QStringLiteral("Child")));
    }

    void bestAvailableByCategoryIsSold()
    {
        auto view = openView();
        QVERIFY(view);
        QVERIFY(pick(view.get(), QStringLiteral("studio")));
        QVERIFY(waitForSeatMap(view.get(), QStringLiteral("balcony-A-1")));
        SeatPart *seats = view->salePanel()->seatPart();
        QCOMPARE(focused(), seats->bestAvailableField());
        // A category the plan does not have: a sentence, nothing held.
        type(QStringLiteral("2 boxes"));
        press(Qt::Key_Return);
        auto *message = view->findChild<QLabel *>(QStringLiteral("seatMessage"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("boxes")) && message->text().contains(QStringLiteral("Balcony")),
                 qPrintable(message->text()));
        QCOMPARE(seats->heldCount(), 0);
        // "2 BALCONY": case does not matter; two adjacent seats in one row are held.
        seats->bestAvailableField()->selectAll();
        type(QStringLiteral("2 BALCONY"));
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(seats->heldCount(), 2, 10000);
        const QStringList held = seats->liveMap()->heldSeats();
        QVERIFY(held.at(0).startsWith(QStringLiteral("balcony-")));
        const QStringList a = held.at(0).split(QLatin1Char('-'));
        const QStringList b = held.at(1).split(QLatin1Char('-'));
        QCOMPARE(a.at(1), b.at(1));                                     // one row
        QCOMPARE(qAbs(a.at(2).toInt() - b.at(2).toInt()), 1);           // side by side
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(held.at(0)), QStringLiteral("held"), 10000);
        press(Qt::Key_Tab);
        press(Qt::Key_Return);
        QVERIFY(waitForResult(view.get()));
        const qint64 booking = view->resultPanel()->booking().id;
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(held.at(0)), QStringLiteral("sold"), 10000);
        QCOMPARE(stateOf(held.at(1)), QStringLiteral("sold"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM marquee.tickets WHERE booking_id = %1 AND seat_id IS NOT NULL")
                           .arg(booking)).toInt(), 2);
    }

    // Just "3": the best three seats together in any category; Esc gives them back.
    void bestAvailableInAnyCategory()
    {
        auto view = openView();
        QVERIFY(view);
        QVERIFY(pick(view.get(), QStringLiteral("studio")));
        QVERIFY(waitForSeatMap(view.get(), QStringLiteral("stalls-A-1")));
        SeatPart *seats = view->salePanel()->seatPart();
        QCOMPARE(focused(), seats->bestAvailableField());
        type(QStringLiteral("3"));
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(seats->heldCount(), 3, 10000);
        const QStringList held = seats->liveMap()->heldSeats();
        for (const QString &guid : held)
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(guid), QStringLiteral("held"), 10000);
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("total"))->text(), Money::fromMinorUnits(3 * 40000).toDisplayString(QLocale()));
        QTest::keyClick(view->salePanel(), Qt::Key_Escape);
        for (const QString &guid : held)
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(guid), QStringLiteral("free"), 10000);
    }

    // The desk's hold ran out and a kiosk sold the seat meanwhile: Confirm gets MQ016's sentence, nothing is sold,
    // and the map reads the seats again (the seat shows sold and leaves this sale).
    void aSeatTakenMeanwhileIsSaidAndReread()
    {
        auto view = openView();
        QVERIFY(view);
        QVERIFY(pick(view.get(), QStringLiteral("studio")));
        QVERIFY(waitForSeatMap(view.get(), QStringLiteral("stalls-B-2")));
        SeatPart *seats = view->salePanel()->seatPart();
        click(seats->liveMap()->map(), QStringLiteral("stalls-B-2"));
        QTRY_COMPARE_WITH_TIMEOUT(seats->heldCount(), 1, 10000);
        QVERIFY(m_super->stateOf(QStringLiteral("UPDATE marquee.event_seats SET held_until = now() - interval '1 second' "
                                                "WHERE hold_token = '%1'").arg(seats->holdToken().toString(QUuid::WithoutBraces))).isEmpty());
        TerminalSession kiosk(m_database.loginProfile(QStringLiteral("marquee_kiosk")), [] {
            SessionInfo info;
            info.login = QStringLiteral("kiosk");
            info.group = StaffGroup::Kiosk;
            return info;
        }());
        kiosk.start();
        OrderRequest order;
        order.eventId = m_seated;
        order.lines = {OrderLine{0, 0, QStringLiteral("stalls-B-2")}};
        order.customerName = QStringLiteral("Kay");
        order.customerPhone = QStringLiteral("0811000010");
        const QUuid token = QUuid::createUuid();
        QVERIFY(kiosk.seats().hold(m_seated, {QStringLiteral("stalls-B-2")}, token, 300).wait(10000).ok());
        order.holdToken = token;
        QVERIFY(kiosk.bookings().order(order).wait(10000).ok());
        const int before = value(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt();

        view->findChild<QLineEdit *>(QStringLiteral("phone"))->setFocus();
        press(Qt::Key_Return);
        auto *message = view->findChild<QLabel *>(QStringLiteral("seatMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
        QCOMPARE(message->text(), Error(ErrorCode::SeatNotAvailable).message());
        QCOMPARE(view->findChild<QStackedWidget *>(QStringLiteral("sellStack"))->currentWidget(),
                 static_cast<QWidget *>(view->salePanel()));
        QTRY_COMPARE_WITH_TIMEOUT(seats->liveMap()->map()->seatItem(QStringLiteral("stalls-B-2"))->state(), SeatState::Sold, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(seats->heldCount(), 0, 10000);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt(), before);
    }

    void abandoningReleasesTheHold()
    {
        auto view = openView();
        QVERIFY(view);
        QVERIFY(pick(view.get(), QStringLiteral("studio")));
        QVERIFY(waitForSeatMap(view.get(), QStringLiteral("stalls-E-7")));
        SeatMap *map = view->salePanel()->seatPart()->liveMap()->map();
        // Esc: a new sale.
        click(map, QStringLiteral("stalls-E-7"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-E-7")), QStringLiteral("held"), 10000);
        QTest::keyClick(view->salePanel(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-E-7")), QStringLiteral("free"), 10000);

        // Another event picked.
        QVERIFY(pick(view.get(), QStringLiteral("studio")));
        QVERIFY(waitForSeatMap(view.get(), QStringLiteral("stalls-E-8")));
        click(map, QStringLiteral("stalls-E-8"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-E-8")), QStringLiteral("held"), 10000);
        view->startNewSale();
        QVERIFY(pick(view.get(), QStringLiteral("family")));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-E-8")), QStringLiteral("free"), 10000);
        QVERIFY(!view->salePanel()->seatPart()->isVisible());

        // The view closing.
        QVERIFY(pick(view.get(), QStringLiteral("studio")));
        QVERIFY(waitForSeatMap(view.get(), QStringLiteral("stalls-E-9")));
        click(map, QStringLiteral("stalls-E-9"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-E-9")), QStringLiteral("held"), 10000);
        view.reset();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-E-9")), QStringLiteral("free"), 10000);
    }
    // A sale at the counter may outlast one hold: the desk renews it before it ends, up to the hold's life in the
    // database, and then says until when the seats stay held.
    void aLongSaleRenewsItsHoldUntilItsLife()
    {
        auto view = openView();
        QVERIFY(view);
        QVERIFY(pick(view.get(), QStringLiteral("studio")));
        QVERIFY(waitForSeatMap(view.get(), QStringLiteral("stalls-F-3")));
        SeatPart *seats = view->salePanel()->seatPart();
        // A hold of 122 s is renewed two minutes before its end: after about two seconds.
        seats->liveMap()->setHoldSeconds(122);
        click(seats->liveMap()->map(), QStringLiteral("stalls-F-3"));
        QTRY_COMPARE_WITH_TIMEOUT(seats->heldCount(), 1, 10000);
        const QString token = seats->holdToken().toString(QUuid::WithoutBraces);
        const QString heldUntil = QStringLiteral("SELECT extract(epoch FROM held_until) FROM marquee.event_seats WHERE hold_token = '%1'")
                                      .arg(token);
        const double first = value(heldUntil).toDouble();
        QVERIFY(first > 0);
        QTRY_VERIFY_WITH_TIMEOUT(value(heldUntil).toDouble() > first + 0.5, 10000);

        // The token's life ends at the seats' present end: no renewal can move it, and the desk says so.
        QVERIFY(m_super->stateOf(QStringLiteral("UPDATE marquee.seat_holds SET life_ends = (SELECT max(held_until) "
                                                "FROM marquee.event_seats WHERE hold_token = '%1') WHERE hold_token = '%1'")
                                     .arg(token)).isEmpty());
        auto *message = view->findChild<QLabel *>(QStringLiteral("seatMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && message->text().contains(QLatin1String("cannot be held longer")), 10000);
        QCOMPARE(seats->heldCount(), 1);
        QTest::keyClick(view->salePanel(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("stalls-F-3")), QStringLiteral("free"), 10000);
    }
};

QTEST_MAIN(TestDeskSale)
#include "tst_desksale.moc"
